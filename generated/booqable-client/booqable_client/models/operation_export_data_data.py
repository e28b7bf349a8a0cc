from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..models.operation_export_data_data_target_type import OperationExportDataDataTargetType
from ..types import UNSET

T = TypeVar("T", bound="OperationExportDataData")


@_attrs_define
class OperationExportDataData:
    """What the operation works on; which keys are required is not documented beyond `target_type` and `target_ids`.

    Attributes:
        target_type (OperationExportDataDataTargetType):
        target_ids (Sequence[str]): IDs of the records. Listed as UUIDs, but the examples use short numbers such as
            `"123"`, so any text is accepted.
    """

    target_type: OperationExportDataDataTargetType
    target_ids: Sequence[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        target_type = self.target_type.value
        field_dict["target_type"] = target_type
        target_ids = list(self.target_ids)

        field_dict["target_ids"] = target_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OperationExportDataData)", d)
            d = dict(d)
        _target_type = d.get("target_type", UNSET)
        if type(_target_type) is str:
            target_type = OperationExportDataDataTargetType._by__value.get(
                _target_type
            ) or OperationExportDataDataTargetType(_target_type)
        elif isinstance(_target_type, str):
            target_type = OperationExportDataDataTargetType(_target_type)
        else:
            raise FieldError("string (OperationExportDataDataTargetType)", _target_type, "target_type")

        _target_ids = d.get("target_ids", UNSET)
        if isinstance(_target_ids, list):
            for target_ids_item in _target_ids:
                if not (type(target_ids_item) is str) and not isinstance(target_ids_item, str):
                    raise FieldError("string", target_ids_item, _position(_target_ids, target_ids_item), "target_ids")
            target_ids = _target_ids
        else:
            raise FieldError("array", _target_ids, "target_ids")

        if cls is _plain__class:
            operation_export_data_data = _new__object(cls)
            operation_export_data_data.target_type = target_type
            operation_export_data_data.target_ids = target_ids
            operation_export_data_data.additional_properties = {}
        else:
            operation_export_data_data = cls(
                target_type,
                target_ids,
            )
        if len(d) != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"target_type", "target_ids"}
            }
            operation_export_data_data.additional_properties = extra__props
        return operation_export_data_data

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


_plain__class: type[OperationExportDataData] | None = (
    OperationExportDataData
    if {field.name for field in _attrs_fields(OperationExportDataData)}
    == {"target_type", "target_ids", "additional_properties"}
    and not hasattr(OperationExportDataData, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
