from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PriceTileWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
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

        if cls is _plain__class:
            price_tile_write_attributes = _new__object(cls)
            price_tile_write_attributes.multiplier = multiplier
            price_tile_write_attributes.name = name
            price_tile_write_attributes.period = period
            price_tile_write_attributes.price_structure_id = price_structure_id
            price_tile_write_attributes.quantity = quantity
            price_tile_write_attributes.additional_properties = {}
        else:
            price_tile_write_attributes = cls(
                multiplier,
                name,
                period,
                price_structure_id,
                quantity,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"multiplier", "name", "period", "price_structure_id", "quantity"}
            }
            price_tile_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr

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


_plain__class: type[PriceTileWriteAttributes] | None = (
    PriceTileWriteAttributes
    if {field.name for field in _attrs_fields(PriceTileWriteAttributes)}
    == {"multiplier", "name", "period", "price_structure_id", "quantity", "additional_properties"}
    and not hasattr(PriceTileWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
