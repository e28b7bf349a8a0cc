from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..models.tax_value_owner_type import TaxValueOwnerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxValueAttributes")


@_attrs_define
class TaxValueAttributes:
    """Attributes of a tax value as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            name (str | Unset):
            owner_id (UUID | Unset): ID of the related owner.
            owner_type (TaxValueOwnerType | Unset): Values of `owner_type` on tax values.
            percentage (float | Unset):
            tax_rate_id (UUID | Unset): ID of the related tax rate.
            updated_at (datetime.datetime | Unset): When the record last changed.
            value_in_cents (int | Unset): Value, in cents.
    """

    created_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    owner_type: TaxValueOwnerType | Unset = UNSET
    percentage: float | Unset = UNSET
    tax_rate_id: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    value_in_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
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
        percentage = self.percentage
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        tax_rate_id: str | Unset = UNSET
        if not isinstance(self.tax_rate_id, Unset):
            tax_rate_id = str(self.tax_rate_id)
        if tax_rate_id is not UNSET:
            field_dict["tax_rate_id"] = tax_rate_id
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        value_in_cents = self.value_in_cents
        if value_in_cents is not UNSET:
            field_dict["value_in_cents"] = value_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TaxValueAttributes)", d)
            d = dict(d)
        n__absent = 0
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

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
        owner_type: TaxValueOwnerType | Unset = UNSET
        if type(_owner_type) is str:
            owner_type = TaxValueOwnerType._by__value.get(_owner_type) or TaxValueOwnerType(_owner_type)
        elif isinstance(_owner_type, str):
            owner_type = TaxValueOwnerType(_owner_type)
        elif _owner_type is not UNSET:
            raise FieldError("string (TaxValueOwnerType)", _owner_type, "owner_type")

        if owner_type is UNSET:
            n__absent += 1

        percentage = d.get("percentage", UNSET)
        if not (type(percentage) is float or type(percentage) is int):
            if percentage is UNSET:
                n__absent += 1
            elif not (
                isinstance(percentage, float)
                or (isinstance(percentage, int) and percentage is not True and percentage is not False)
            ):
                raise FieldError("number", percentage, "percentage")

        _tax_rate_id = d.get("tax_rate_id", UNSET)
        tax_rate_id: UUID | Unset = UNSET
        if _tax_rate_id is not UNSET:
            try:
                tax_rate_id = parse_uuid(_tax_rate_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _tax_rate_id, "tax_rate_id") from None

        if tax_rate_id is UNSET:
            n__absent += 1

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        value_in_cents = d.get("value_in_cents", UNSET)
        if not (type(value_in_cents) is int):
            if value_in_cents is UNSET:
                n__absent += 1
            elif not (isinstance(value_in_cents, int) and value_in_cents is not True and value_in_cents is not False):
                raise FieldError("integer", value_in_cents, "value_in_cents")

        if cls is _plain__class:
            tax_value_attributes = _new__object(cls)
            tax_value_attributes.created_at = created_at
            tax_value_attributes.name = name
            tax_value_attributes.owner_id = owner_id
            tax_value_attributes.owner_type = owner_type
            tax_value_attributes.percentage = percentage
            tax_value_attributes.tax_rate_id = tax_rate_id
            tax_value_attributes.updated_at = updated_at
            tax_value_attributes.value_in_cents = value_in_cents
            tax_value_attributes.additional_properties = {}
        else:
            tax_value_attributes = cls(
                created_at,
                name,
                owner_id,
                owner_type,
                percentage,
                tax_rate_id,
                updated_at,
                value_in_cents,
            )
        if len(d) + n__absent != 8:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "created_at",
                    "name",
                    "owner_id",
                    "owner_type",
                    "percentage",
                    "tax_rate_id",
                    "updated_at",
                    "value_in_cents",
                }
            }
            tax_value_attributes.additional_properties = extra__props
        return tax_value_attributes

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


_plain__class: type[TaxValueAttributes] | None = (
    TaxValueAttributes
    if {field.name for field in _attrs_fields(TaxValueAttributes)}
    == {
        "created_at",
        "name",
        "owner_id",
        "owner_type",
        "percentage",
        "tax_rate_id",
        "updated_at",
        "value_in_cents",
        "additional_properties",
    }
    and not hasattr(TaxValueAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
