from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.operation_export_data_type import OperationExportDataType
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.operation_export_data_data import OperationExportDataData

_refs__resolved = False
_from_dict__OperationExportDataData: Callable[[Mapping[str, Any]], OperationExportDataData]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, OperationExportDataData  # noqa: PLW0603
    global _from_dict__OperationExportDataData  # noqa: PLW0603
    from ..models.operation_export_data_data import OperationExportDataData  # noqa: PLC0415

    _from_dict__OperationExportDataData = OperationExportDataData.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="OperationExportData")


@_attrs_define
class OperationExportData:
    """Starts an operation of type `export` (export).

    Attributes:
        type_ (OperationExportDataType):  Default: OperationExportDataType.EXPORT.
        data (OperationExportDataData): What the operation works on; which keys are required is not documented beyond
            `target_type` and `target_ids`.
    """

    data: OperationExportDataData
    type_: OperationExportDataType = OperationExportDataType.EXPORT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        type_ = self.type_.value
        field_dict["type"] = type_
        data = self.data.to_dict()
        field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OperationExportData)", d)
            d = dict(d)
        _type_ = d.get("type", UNSET)
        if type(_type_) is str:
            type_ = OperationExportDataType._by__value.get(_type_) or OperationExportDataType(_type_)
        elif isinstance(_type_, str):
            type_ = OperationExportDataType(_type_)
        else:
            raise FieldError("string (OperationExportDataType)", _type_, "type")

        try:
            data = _from_dict__OperationExportDataData(d.get("data", UNSET))
        except FieldError as field__error:
            field__error.segments.append("data")
            raise

        if cls is _plain__class:
            operation_export_data = _new__object(cls)
            operation_export_data.type_ = type_
            operation_export_data.data = data
            operation_export_data.additional_properties = {}
        else:
            operation_export_data = cls(
                data,
                type_,
            )
        if len(d) != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"type", "data"}
            }
            operation_export_data.additional_properties = extra__props
        return operation_export_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    __repr__ = _model__repr


_plain__class: type[OperationExportData] | None = (
    OperationExportData
    if {field.name for field in _attrs_fields(OperationExportData)} == {"type_", "data", "additional_properties"}
    and not hasattr(OperationExportData, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
