from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.operating_rule_data_type import OperatingRuleDataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OperatingRuleWriteAttributes")


@_attrs_define
class OperatingRuleWriteAttributes:
    """Attributes that can be sent when creating or updating an operating rule.

    Attributes:
        data (dict[str, Any] | Unset): A free-form JSON object.
        data_type (OperatingRuleDataType | Unset): Values of `data_type` on operating rules.
    """

    data: dict[str, Any] | Unset = UNSET
    data_type: OperatingRuleDataType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        data = self.data
        if data is not UNSET:
            field_dict["data"] = data
        data_type: str | Unset = UNSET
        if not isinstance(self.data_type, Unset):
            data_type = self.data_type.value

        if data_type is not UNSET:
            field_dict["data_type"] = data_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OperatingRuleWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        data = d.get("data", UNSET)
        if not (type(data) is dict):
            if data is UNSET:
                n__absent += 1
            elif not isinstance(data, dict):
                raise FieldError("object", data, "data")

        _data_type = d.get("data_type", UNSET)
        data_type: OperatingRuleDataType | Unset = UNSET
        if type(_data_type) is str:
            data_type = OperatingRuleDataType._by__value.get(_data_type) or OperatingRuleDataType(_data_type)
        elif isinstance(_data_type, str):
            data_type = OperatingRuleDataType(_data_type)
        elif _data_type is not UNSET:
            raise FieldError("string (OperatingRuleDataType)", _data_type, "data_type")

        if data_type is UNSET:
            n__absent += 1

        if cls is _plain__class:
            operating_rule_write_attributes = _new__object(cls)
            operating_rule_write_attributes.data = data
            operating_rule_write_attributes.data_type = data_type
            operating_rule_write_attributes.additional_properties = {}
        else:
            operating_rule_write_attributes = cls(
                data,
                data_type,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"data", "data_type"}
            }
            operating_rule_write_attributes.additional_properties = extra__props
        return operating_rule_write_attributes

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


_plain__class: type[OperatingRuleWriteAttributes] | None = (
    OperatingRuleWriteAttributes
    if {field.name for field in _attrs_fields(OperatingRuleWriteAttributes)}
    == {"data", "data_type", "additional_properties"}
    and not hasattr(OperatingRuleWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
