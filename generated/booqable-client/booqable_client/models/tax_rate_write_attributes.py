from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.tax_rate_owner_type import TaxRateOwnerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxRateWriteAttributes")


@_attrs_define
class TaxRateWriteAttributes:
    """Attributes that can be sent when creating or updating a tax rate.

    Attributes:
        name (str | Unset):
        owner_id (UUID | Unset): ID of the related owner. Can only be set when the record is created.
        owner_type (TaxRateOwnerType | Unset): Values of `owner_type` on tax rates.
        value (float | Unset):
    """

    name: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    owner_type: TaxRateOwnerType | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type.value

        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        value = self.value
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TaxRateWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _owner_id = d.get("owner_id", UNSET)
        owner_id: UUID | Unset = UNSET
        if _owner_id is not UNSET:
            try:
                owner_id = parse_uuid(_owner_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _owner_id, "owner_id") from None

        if owner_id is UNSET:
            n__absent += 1

        _owner_type = d.get("owner_type", UNSET)
        owner_type: TaxRateOwnerType | Unset = UNSET
        if type(_owner_type) is str:
            owner_type = TaxRateOwnerType._by__value.get(_owner_type) or TaxRateOwnerType(_owner_type)
        elif isinstance(_owner_type, str):
            owner_type = TaxRateOwnerType(_owner_type)
        elif _owner_type is not UNSET:
            raise FieldError("string (TaxRateOwnerType)", _owner_type, "owner_type")

        if owner_type is UNSET:
            n__absent += 1

        value = d.get("value", UNSET)
        if not (type(value) is float or type(value) is int):
            if value is UNSET:
                n__absent += 1
            elif not (
                isinstance(value, float) or (isinstance(value, int) and value is not True and value is not False)
            ):
                raise FieldError("number", value, "value")

        if cls is _plain__class:
            tax_rate_write_attributes = _new__object(cls)
            tax_rate_write_attributes.name = name
            tax_rate_write_attributes.owner_id = owner_id
            tax_rate_write_attributes.owner_type = owner_type
            tax_rate_write_attributes.value = value
            tax_rate_write_attributes.additional_properties = {}
        else:
            tax_rate_write_attributes = cls(
                name,
                owner_id,
                owner_type,
                value,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"name", "owner_id", "owner_type", "value"}
            }
            tax_rate_write_attributes.additional_properties = extra__props
        return tax_rate_write_attributes

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


_plain__class: type[TaxRateWriteAttributes] | None = (
    TaxRateWriteAttributes
    if {field.name for field in _attrs_fields(TaxRateWriteAttributes)}
    == {"name", "owner_id", "owner_type", "value", "additional_properties"}
    and not hasattr(TaxRateWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
