from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.order_order_restriction_type import OrderOrderRestrictionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderOrderRestriction")


@_attrs_define
class OrderOrderRestriction:
    """A rule between orders carrying `order_label_1` and orders carrying `order_label_2`, optionally only in vehicles
    carrying `vehicle_label`.

        Attributes:
            order_label_1 (str): Label of the first group of orders. Example: ambient.
            type_ (OrderOrderRestrictionType): What the rule forbids between the two groups of orders.
            order_label_2 (str): Label of the second group of orders. Example: chilled.
            vehicle_label (None | str | Unset): When set, the rule only holds in vehicles with this label. Example: cooler
                truck.
    """

    order_label_1: str
    type_: OrderOrderRestrictionType
    order_label_2: str
    vehicle_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_label_1 = self.order_label_1

        type_ = self.type_.value

        order_label_2 = self.order_label_2

        vehicle_label: None | str | Unset
        if isinstance(self.vehicle_label, Unset):
            vehicle_label = UNSET
        else:
            vehicle_label = self.vehicle_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_label_1": order_label_1,
                "type": type_,
                "order_label_2": order_label_2,
            }
        )
        if vehicle_label is not UNSET:
            field_dict["vehicle_label"] = vehicle_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OrderOrderRestriction)", src_dict)
        d = dict(src_dict)
        order_label_1 = d.pop("order_label_1", UNSET)
        if not isinstance(order_label_1, str):
            raise FieldError("string", order_label_1, "order_label_1")

        _type_ = d.pop("type", UNSET)
        if isinstance(_type_, str):
            type_ = OrderOrderRestrictionType(_type_)
        else:
            raise FieldError("string (OrderOrderRestrictionType)", _type_, "type")

        order_label_2 = d.pop("order_label_2", UNSET)
        if not isinstance(order_label_2, str):
            raise FieldError("string", order_label_2, "order_label_2")

        vehicle_label = d.pop("vehicle_label", UNSET)
        if not (isinstance(vehicle_label, str) or vehicle_label is None) and vehicle_label is not UNSET:
            raise FieldError("string or null", vehicle_label, "vehicle_label")

        order_order_restriction = cls(
            order_label_1=order_label_1,
            type_=type_,
            order_label_2=order_label_2,
            vehicle_label=vehicle_label,
        )

        order_order_restriction.additional_properties = d
        return order_order_restriction

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
