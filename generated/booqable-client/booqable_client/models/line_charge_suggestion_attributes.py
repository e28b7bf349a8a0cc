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
from ..types import UNSET, Unset

T = TypeVar("T", bound="LineChargeSuggestionAttributes")


@_attrs_define
class LineChargeSuggestionAttributes:
    """Attributes of a line charge suggestion as read from the API. `required` lists the attributes Booqable always sends;
    a sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        charge_label = self.charge_label
        if charge_label is not UNSET:
            field_dict["charge_label"] = charge_label
        charge_length = self.charge_length
        if charge_length is not UNSET:
            field_dict["charge_length"] = charge_length
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        line_id: str | Unset = UNSET
        if not isinstance(self.line_id, Unset):
            line_id = str(self.line_id)
        if line_id is not UNSET:
            field_dict["line_id"] = line_id
        price_each_in_cents = self.price_each_in_cents
        if price_each_in_cents is not UNSET:
            field_dict["price_each_in_cents"] = price_each_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (LineChargeSuggestionAttributes)", d)
            d = dict(d)
        n__absent = 0
        charge_label = d.get("charge_label", UNSET)
        if not (type(charge_label) is str):
            if charge_label is UNSET:
                n__absent += 1
            elif not isinstance(charge_label, str):
                raise FieldError("string", charge_label, "charge_label")

        charge_length = d.get("charge_length", UNSET)
        if not (type(charge_length) is int):
            if charge_length is UNSET:
                n__absent += 1
            elif not (isinstance(charge_length, int) and charge_length is not True and charge_length is not False):
                raise FieldError("integer", charge_length, "charge_length")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        _line_id = d.get("line_id", UNSET)
        line_id: UUID | Unset = UNSET
        if _line_id is not UNSET:
            try:
                line_id = parse_uuid(_line_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _line_id, "line_id") from None

        if line_id is UNSET:
            n__absent += 1

        price_each_in_cents = d.get("price_each_in_cents", UNSET)
        if not (type(price_each_in_cents) is int):
            if price_each_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(price_each_in_cents, int)
                and price_each_in_cents is not True
                and price_each_in_cents is not False
            ):
                raise FieldError("integer", price_each_in_cents, "price_each_in_cents")

        if cls is _plain__class:
            line_charge_suggestion_attributes = _new__object(cls)
            line_charge_suggestion_attributes.charge_label = charge_label
            line_charge_suggestion_attributes.charge_length = charge_length
            line_charge_suggestion_attributes.created_at = created_at
            line_charge_suggestion_attributes.line_id = line_id
            line_charge_suggestion_attributes.price_each_in_cents = price_each_in_cents
            line_charge_suggestion_attributes.additional_properties = {}
        else:
            line_charge_suggestion_attributes = cls(
                charge_label,
                charge_length,
                created_at,
                line_id,
                price_each_in_cents,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"charge_label", "charge_length", "created_at", "line_id", "price_each_in_cents"}
            }
            line_charge_suggestion_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[LineChargeSuggestionAttributes] | None = (
    LineChargeSuggestionAttributes
    if {field.name for field in _attrs_fields(LineChargeSuggestionAttributes)}
    == {"charge_label", "charge_length", "created_at", "line_id", "price_each_in_cents", "additional_properties"}
    and not hasattr(LineChargeSuggestionAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
