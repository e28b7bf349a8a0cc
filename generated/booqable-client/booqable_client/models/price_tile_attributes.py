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
from ..models.price_tile_period import PriceTilePeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceTileAttributes")


@_attrs_define
class PriceTileAttributes:
    """Attributes of a price tile as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            length (int | Unset): Length of the tile in seconds.
            multiplier (float | Unset): Factor applied to the base price for this tile.
            name (str | Unset):
            period (PriceTilePeriod | Unset): Unit of a price tile's quantity.
            price_structure_id (UUID | Unset): ID of the related price structure. Can only be set when the record is
                created.
            quantity (int | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    created_at: datetime.datetime | Unset = UNSET
    length: int | Unset = UNSET
    multiplier: float | Unset = UNSET
    name: str | Unset = UNSET
    period: PriceTilePeriod | Unset = UNSET
    price_structure_id: UUID | Unset = UNSET
    quantity: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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
        length = self.length
        if length is not UNSET:
            field_dict["length"] = length
        multiplier = self.multiplier
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        period: str | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.value

        if period is not UNSET:
            field_dict["period"] = period
        price_structure_id: str | Unset = UNSET
        if not isinstance(self.price_structure_id, Unset):
            price_structure_id = str(self.price_structure_id)
        if price_structure_id is not UNSET:
            field_dict["price_structure_id"] = price_structure_id
        quantity = self.quantity
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PriceTileAttributes)", d)
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

        length = d.get("length", UNSET)
        if not (type(length) is int):
            if length is UNSET:
                n__absent += 1
            elif not (isinstance(length, int) and length is not True and length is not False):
                raise FieldError("integer", length, "length")

        multiplier = d.get("multiplier", UNSET)
        if not (type(multiplier) is float or type(multiplier) is int):
            if multiplier is UNSET:
                n__absent += 1
            elif not (
                isinstance(multiplier, float)
                or (isinstance(multiplier, int) and multiplier is not True and multiplier is not False)
            ):
                raise FieldError("number", multiplier, "multiplier")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _period = d.get("period", UNSET)
        period: PriceTilePeriod | Unset = UNSET
        if type(_period) is str:
            period = PriceTilePeriod._by__value.get(_period) or PriceTilePeriod(_period)
        elif isinstance(_period, str):
            period = PriceTilePeriod(_period)
        elif _period is not UNSET:
            raise FieldError("string (PriceTilePeriod)", _period, "period")

        if period is UNSET:
            n__absent += 1

        _price_structure_id = d.get("price_structure_id", UNSET)
        price_structure_id: UUID | Unset = UNSET
        if _price_structure_id is not UNSET:
            try:
                price_structure_id = parse_uuid(_price_structure_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _price_structure_id, "price_structure_id") from None

        if price_structure_id is UNSET:
            n__absent += 1

        quantity = d.get("quantity", UNSET)
        if not (type(quantity) is int):
            if quantity is UNSET:
                n__absent += 1
            elif not (isinstance(quantity, int) and quantity is not True and quantity is not False):
                raise FieldError("integer", quantity, "quantity")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            price_tile_attributes = _new__object(cls)
            price_tile_attributes.created_at = created_at
            price_tile_attributes.length = length
            price_tile_attributes.multiplier = multiplier
            price_tile_attributes.name = name
            price_tile_attributes.period = period
            price_tile_attributes.price_structure_id = price_structure_id
            price_tile_attributes.quantity = quantity
            price_tile_attributes.updated_at = updated_at
            price_tile_attributes.additional_properties = {}
        else:
            price_tile_attributes = cls(
                created_at,
                length,
                multiplier,
                name,
                period,
                price_structure_id,
                quantity,
                updated_at,
            )
        if len(d) + n__absent != 8:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "created_at",
                    "length",
                    "multiplier",
                    "name",
                    "period",
                    "price_structure_id",
                    "quantity",
                    "updated_at",
                }
            }
            price_tile_attributes.additional_properties = extra__props
        return price_tile_attributes

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


_plain__class: type[PriceTileAttributes] | None = (
    PriceTileAttributes
    if {field.name for field in _attrs_fields(PriceTileAttributes)}
    == {
        "created_at",
        "length",
        "multiplier",
        "name",
        "period",
        "price_structure_id",
        "quantity",
        "updated_at",
        "additional_properties",
    }
    and not hasattr(PriceTileAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
