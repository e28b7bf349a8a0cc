from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.data_field_type import DataFieldType

T = TypeVar("T", bound="ConfigEnumsDataFieldType")


@_attrs_define
class ConfigEnumsDataFieldType:
    additional_properties: dict[str, DataFieldType] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ConfigEnumsDataFieldType)", d)
            d = dict(d)
        if cls is _plain__class:
            config_enums_data_field_type = _new__object(cls)
            config_enums_data_field_type.additional_properties = {}
        else:
            config_enums_data_field_type = cls()
        if d:
            extra__props = dict(d)
            additional_properties = {}
            try:
                for prop_name, prop_dict in extra__props.items():
                    _additional_property = prop_dict
                    if type(_additional_property) is str:
                        additional_property = DataFieldType._by__value.get(_additional_property) or DataFieldType(
                            _additional_property
                        )
                    elif isinstance(_additional_property, str):
                        additional_property = DataFieldType(_additional_property)
                    else:
                        raise FieldError("string (DataFieldType)", _additional_property)

                    additional_properties[prop_name] = additional_property
            except FieldError as field__error:
                field__error.segments.append(prop_name)
                raise
            config_enums_data_field_type.additional_properties = additional_properties
        return config_enums_data_field_type

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DataFieldType:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: DataFieldType) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    __repr__ = _model__repr


_plain__class: type[ConfigEnumsDataFieldType] | None = (
    ConfigEnumsDataFieldType
    if {field.name for field in _attrs_fields(ConfigEnumsDataFieldType)} == {"additional_properties"}
    and not hasattr(ConfigEnumsDataFieldType, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
