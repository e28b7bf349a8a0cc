from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.price_tile_period import PriceTilePeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceTileWriteAttributes")


@_attrs_define
class PriceTileWriteAttributes:
    """Attributes that can be sent when creating or updating a price tile.

    Attributes:
        multiplier (float | Unset): Factor applied to the base price for this tile.
        name (str | Unset):
        period (PriceTilePeriod | Unset): Unit of a price tile's quantity.
        price_structure_id (UUID | Unset): ID of the related price structure. Can only be set when the record is
            created.
        quantity (int | Unset):
    """

    multiplier: float | Unset = UNSET
    name: str | Unset = UNSET
    period: PriceTilePeriod | Unset = UNSET
    price_structure_id: UUID | Unset = UNSET
    quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        multiplier = self.multiplier

        name = self.name

        period: str | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.value

        price_structure_id: str | Unset = UNSET
        if not isinstance(self.price_structure_id, Unset):
            price_structure_id = str(self.price_structure_id)

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PriceTileWriteAttributes)", src_dict)
        d = dict(src_dict)
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

        price_tile_write_attributes = cls(
            multiplier=multiplier,
            name=name,
            period=period,
            price_structure_id=price_structure_id,
            quantity=quantity,
        )

        price_tile_write_attributes.additional_properties = d
        return price_tile_write_attributes

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

    if TYPE_CHECKING:
        from ..models.price_structure import PriceStructure

    def relate(
        self,
        *,
        price_structure: PriceStructure | Unset = UNSET,
    ) -> PriceTileWriteAttributes:
        """Point this price tile at related records, by model: each keyword sets an id attribute.

        `price_structure=` sets `price_structure_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(price_structure, Unset):
            self.price_structure_id = price_structure.id
        return self
