from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.price_tile_period import PriceTilePeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceTileAttributes")


@_attrs_define
class PriceTileAttributes:
    """Attributes of a price tile as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

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
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        length = self.length

        multiplier = self.multiplier

        name = self.name

        period: str | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.value

        price_structure_id: str | Unset = UNSET
        if not isinstance(self.price_structure_id, Unset):
            price_structure_id = str(self.price_structure_id)

        quantity = self.quantity

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if length is not UNSET:
            field_dict["length"] = length
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if name is not UNSET:
            field_dict["name"] = name
        if period is not UNSET:
            field_dict["period"] = period
        if price_structure_id is not UNSET:
            field_dict["price_structure_id"] = price_structure_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PriceTileAttributes)", src_dict)
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        length = d.pop("length", UNSET)
        if not (isinstance(length, int) and length is not True and length is not False) and length is not UNSET:
            raise FieldError("integer", length, "length")

        multiplier = d.pop("multiplier", UNSET)
        if (
            not (
                isinstance(multiplier, float)
                or (isinstance(multiplier, int) and multiplier is not True and multiplier is not False)
            )
            and multiplier is not UNSET
        ):
            raise FieldError("number", multiplier, "multiplier")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _period = d.pop("period", UNSET)
        period: PriceTilePeriod | Unset = UNSET
        if isinstance(_period, str):
            period = PriceTilePeriod(_period)
        elif _period is not UNSET:
            raise FieldError("string (PriceTilePeriod)", _period, "period")

        _price_structure_id = d.pop("price_structure_id", UNSET)
        price_structure_id: UUID | Unset = UNSET
        if _price_structure_id is not UNSET:
            try:
                price_structure_id = UUID(_price_structure_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _price_structure_id, "price_structure_id") from None

        quantity = d.pop("quantity", UNSET)
        if not (isinstance(quantity, int) and quantity is not True and quantity is not False) and quantity is not UNSET:
            raise FieldError("integer", quantity, "quantity")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        price_tile_attributes = cls(
            created_at=created_at,
            length=length,
            multiplier=multiplier,
            name=name,
            period=period,
            price_structure_id=price_structure_id,
            quantity=quantity,
            updated_at=updated_at,
        )

        price_tile_attributes.additional_properties = d
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
