from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.operation_archive_data_type import OperationArchiveDataType
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.operation_archive_data_data import OperationArchiveDataData

_refs__resolved = False
_from_dict__OperationArchiveDataData: Callable[[Mapping[str, Any]], OperationArchiveDataData]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, OperationArchiveDataData  # noqa: PLW0603
    global _from_dict__OperationArchiveDataData  # noqa: PLW0603
    from ..models.operation_archive_data_data import OperationArchiveDataData  # noqa: PLC0415

    _from_dict__OperationArchiveDataData = OperationArchiveDataData.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="OperationArchiveData")


@_attrs_define
class OperationArchiveData:
    """Starts an operation of type `archive` (archive).

    Attributes:
        type_ (OperationArchiveDataType):  Default: OperationArchiveDataType.ARCHIVE.
        data (OperationArchiveDataData): What the operation works on; which keys are required is not documented beyond
            `target_type` and `target_ids`.
    """

    data: OperationArchiveDataData
    type_: OperationArchiveDataType = OperationArchiveDataType.ARCHIVE
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
                raise FieldError("object (OperationArchiveData)", d)
            d = dict(d)
        _type_ = d.get("type", UNSET)
        if type(_type_) is str:
            type_ = OperationArchiveDataType._by__value.get(_type_) or OperationArchiveDataType(_type_)
        elif isinstance(_type_, str):
            type_ = OperationArchiveDataType(_type_)
        else:
            raise FieldError("string (OperationArchiveDataType)", _type_, "type")

        try:
            data = _from_dict__OperationArchiveDataData(d.get("data", UNSET))
        except FieldError as field__error:
            field__error.segments.append("data")
            raise

        if cls is _plain__class:
            operation_archive_data = _new__object(cls)
            operation_archive_data.type_ = type_
            operation_archive_data.data = data
            operation_archive_data.additional_properties = {}
        else:
            operation_archive_data = cls(
                data,
                type_,
            )
        if len(d) != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"type", "data"}
            }
            operation_archive_data.additional_properties = extra__props
        return operation_archive_data

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


_plain__class: type[OperationArchiveData] | None = (
    OperationArchiveData
    if {field.name for field in _attrs_fields(OperationArchiveData)} == {"type_", "data", "additional_properties"}
    and not hasattr(OperationArchiveData, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
