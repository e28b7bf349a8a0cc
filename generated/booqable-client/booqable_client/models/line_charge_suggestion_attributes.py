from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="LineChargeSuggestionAttributes")


@_attrs_define
class LineChargeSuggestionAttributes:
    """Attributes of a line charge suggestion as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            charge_label (str | Unset):
            charge_length (int | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            line_id (UUID | Unset): ID of the related line.
            price_each_in_cents (int | Unset): Price each, in cents.
    """

    charge_label: str | Unset = UNSET
    charge_length: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    line_id: UUID | Unset = UNSET
    price_each_in_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_label = self.charge_label

        charge_length = self.charge_length

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        line_id: str | Unset = UNSET
        if not isinstance(self.line_id, Unset):
            line_id = str(self.line_id)

        price_each_in_cents = self.price_each_in_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_label is not UNSET:
            field_dict["charge_label"] = charge_label
        if charge_length is not UNSET:
            field_dict["charge_length"] = charge_length
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if line_id is not UNSET:
            field_dict["line_id"] = line_id
        if price_each_in_cents is not UNSET:
            field_dict["price_each_in_cents"] = price_each_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (LineChargeSuggestionAttributes)", src_dict)
        d = dict(src_dict)
        charge_label = d.pop("charge_label", UNSET)
        if not isinstance(charge_label, str) and charge_label is not UNSET:
            raise FieldError("string", charge_label, "charge_label")

        charge_length = d.pop("charge_length", UNSET)
        if (
            not (isinstance(charge_length, int) and charge_length is not True and charge_length is not False)
            and charge_length is not UNSET
        ):
            raise FieldError("integer", charge_length, "charge_length")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        _line_id = d.pop("line_id", UNSET)
        line_id: UUID | Unset = UNSET
        if _line_id is not UNSET:
            try:
                line_id = UUID(_line_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _line_id, "line_id") from None

        price_each_in_cents = d.pop("price_each_in_cents", UNSET)
        if (
            not (
                isinstance(price_each_in_cents, int)
                and price_each_in_cents is not True
                and price_each_in_cents is not False
            )
            and price_each_in_cents is not UNSET
        ):
            raise FieldError("integer", price_each_in_cents, "price_each_in_cents")

        line_charge_suggestion_attributes = cls(
            charge_label=charge_label,
            charge_length=charge_length,
            created_at=created_at,
            line_id=line_id,
            price_each_in_cents=price_each_in_cents,
        )

        line_charge_suggestion_attributes.additional_properties = d
        return line_charge_suggestion_attributes

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
