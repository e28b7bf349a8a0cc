from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.tax_value_owner_type import TaxValueOwnerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxValueAttributes")


@_attrs_define
class TaxValueAttributes:
    """Attributes of a tax value as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

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
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        name = self.name

        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)

        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type.value

        percentage = self.percentage

        tax_rate_id: str | Unset = UNSET
        if not isinstance(self.tax_rate_id, Unset):
            tax_rate_id = str(self.tax_rate_id)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        value_in_cents = self.value_in_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if name is not UNSET:
            field_dict["name"] = name
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if tax_rate_id is not UNSET:
            field_dict["tax_rate_id"] = tax_rate_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if value_in_cents is not UNSET:
            field_dict["value_in_cents"] = value_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (TaxValueAttributes)", src_dict)
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _owner_id = d.pop("owner_id", UNSET)
        owner_id: UUID | Unset = UNSET
        if _owner_id is not UNSET:
            try:
                owner_id = UUID(_owner_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _owner_id, "owner_id") from None

        _owner_type = d.pop("owner_type", UNSET)
        owner_type: TaxValueOwnerType | Unset = UNSET
        if isinstance(_owner_type, str):
            owner_type = TaxValueOwnerType(_owner_type)
        elif _owner_type is not UNSET:
            raise FieldError("string (TaxValueOwnerType)", _owner_type, "owner_type")

        percentage = d.pop("percentage", UNSET)
        if (
            not (
                isinstance(percentage, float)
                or (isinstance(percentage, int) and percentage is not True and percentage is not False)
            )
            and percentage is not UNSET
        ):
            raise FieldError("number", percentage, "percentage")

        _tax_rate_id = d.pop("tax_rate_id", UNSET)
        tax_rate_id: UUID | Unset = UNSET
        if _tax_rate_id is not UNSET:
            try:
                tax_rate_id = UUID(_tax_rate_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _tax_rate_id, "tax_rate_id") from None

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        value_in_cents = d.pop("value_in_cents", UNSET)
        if (
            not (isinstance(value_in_cents, int) and value_in_cents is not True and value_in_cents is not False)
            and value_in_cents is not UNSET
        ):
            raise FieldError("integer", value_in_cents, "value_in_cents")

        tax_value_attributes = cls(
            created_at=created_at,
            name=name,
            owner_id=owner_id,
            owner_type=owner_type,
            percentage=percentage,
            tax_rate_id=tax_rate_id,
            updated_at=updated_at,
            value_in_cents=value_in_cents,
        )

        tax_value_attributes.additional_properties = d
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
