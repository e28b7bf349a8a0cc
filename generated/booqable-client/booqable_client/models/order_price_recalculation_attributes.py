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
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderPriceRecalculationAttributes")


@_attrs_define
class OrderPriceRecalculationAttributes:
    """Attributes of an order price recalculation as read from the API. `required` lists the attributes Booqable always
    sends; a sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not
    sent.

        Attributes:
            order_id (UUID | Unset): ID of the related order. Can only be set when the record is created.
            charge_length (int | Unset): Charge period in seconds to price every line for; left out, the order's rental
                period is used. Can only be set when the record is created.
    """

    order_id: UUID | Unset = UNSET
    charge_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        charge_length = self.charge_length
        if charge_length is not UNSET:
            field_dict["charge_length"] = charge_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderPriceRecalculationAttributes)", d)
            d = dict(d)
        n__absent = 0
        _order_id = d.get("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = parse_uuid(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        if order_id is UNSET:
            n__absent += 1

        charge_length = d.get("charge_length", UNSET)
        if not (type(charge_length) is int):
            if charge_length is UNSET:
                n__absent += 1
            elif not (isinstance(charge_length, int) and charge_length is not True and charge_length is not False):
                raise FieldError("integer", charge_length, "charge_length")

        if cls is _plain__class:
            order_price_recalculation_attributes = _new__object(cls)
            order_price_recalculation_attributes.order_id = order_id
            order_price_recalculation_attributes.charge_length = charge_length
            order_price_recalculation_attributes.additional_properties = {}
        else:
            order_price_recalculation_attributes = cls(
                order_id,
                charge_length,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"order_id", "charge_length"}
            }
            order_price_recalculation_attributes.additional_properties = extra__props
        return order_price_recalculation_attributes

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


_plain__class: type[OrderPriceRecalculationAttributes] | None = (
    OrderPriceRecalculationAttributes
    if {field.name for field in _attrs_fields(OrderPriceRecalculationAttributes)}
    == {"order_id", "charge_length", "additional_properties"}
    and not hasattr(OrderPriceRecalculationAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
