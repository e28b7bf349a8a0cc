from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["order_label_1"] = self.order_label_1
        type_ = self.type_.value
        field_dict["type"] = type_
        field_dict["order_label_2"] = self.order_label_2
        vehicle_label: None | str | Unset
        if isinstance(self.vehicle_label, Unset):
            vehicle_label = UNSET
        else:
            vehicle_label = self.vehicle_label
        if vehicle_label is not UNSET:
            field_dict["vehicle_label"] = vehicle_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderOrderRestriction)", d)
            d = dict(d)
        n__absent = 0
        order_label_1 = d.get("order_label_1", UNSET)
        if not (type(order_label_1) is str) and not isinstance(order_label_1, str):
            raise FieldError("string", order_label_1, "order_label_1")

        _type_ = d.get("type", UNSET)
        if type(_type_) is str:
            type_ = OrderOrderRestrictionType._by__value.get(_type_) or OrderOrderRestrictionType(_type_)
        elif isinstance(_type_, str):
            type_ = OrderOrderRestrictionType(_type_)
        else:
            raise FieldError("string (OrderOrderRestrictionType)", _type_, "type")

        order_label_2 = d.get("order_label_2", UNSET)
        if not (type(order_label_2) is str) and not isinstance(order_label_2, str):
            raise FieldError("string", order_label_2, "order_label_2")

        vehicle_label = d.get("vehicle_label", UNSET)
        if not (type(vehicle_label) is str or vehicle_label is None):
            if vehicle_label is UNSET:
                n__absent += 1
            elif not (isinstance(vehicle_label, str) or vehicle_label is None):
                raise FieldError("string or null", vehicle_label, "vehicle_label")

        if cls is _plain__class:
            order_order_restriction = _new__object(cls)
            order_order_restriction.order_label_1 = order_label_1
            order_order_restriction.type_ = type_
            order_order_restriction.order_label_2 = order_label_2
            order_order_restriction.vehicle_label = vehicle_label
            order_order_restriction.additional_properties = {}
        else:
            order_order_restriction = cls(
                order_label_1,
                type_,
                order_label_2,
                vehicle_label,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"order_label_1", "type", "order_label_2", "vehicle_label"}
            }
            order_order_restriction.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[OrderOrderRestriction] | None = (
    OrderOrderRestriction
    if {field.name for field in _attrs_fields(OrderOrderRestriction)}
    == {"order_label_1", "type_", "order_label_2", "vehicle_label", "additional_properties"}
    and not hasattr(OrderOrderRestriction, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
