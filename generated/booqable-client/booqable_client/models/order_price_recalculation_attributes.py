from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderPriceRecalculationAttributes")


@_attrs_define
class OrderPriceRecalculationAttributes:
    """Attributes of an order price recalculation as read from the API. Every attribute is optional because sparse
    fieldsets (`fields[...]`) can leave any of them out.

        Attributes:
            charge_length (int | Unset): Charge period in seconds to price every line for; left out, the order's rental
                period is used. Can only be set when the record is created.
            order_id (UUID | Unset): ID of the related order. Can only be set when the record is created.
    """

    charge_length: int | Unset = UNSET
    order_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_length = self.charge_length

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_length is not UNSET:
            field_dict["charge_length"] = charge_length
        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OrderPriceRecalculationAttributes)", src_dict)
        d = dict(src_dict)
        charge_length = d.pop("charge_length", UNSET)
        if (
            not (isinstance(charge_length, int) and charge_length is not True and charge_length is not False)
            and charge_length is not UNSET
        ):
            raise FieldError("integer", charge_length, "charge_length")

        _order_id = d.pop("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = UUID(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        order_price_recalculation_attributes = cls(
            charge_length=charge_length,
            order_id=order_id,
        )

        order_price_recalculation_attributes.additional_properties = d
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
