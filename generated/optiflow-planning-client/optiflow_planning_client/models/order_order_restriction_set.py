from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_order_restriction import OrderOrderRestriction

_refs__resolved = False
_from_dict__OrderOrderRestriction: Callable[[Mapping[str, Any]], OrderOrderRestriction]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, OrderOrderRestriction  # noqa: PLW0603
    global _from_dict__OrderOrderRestriction  # noqa: PLW0603
    from ..models.order_order_restriction import OrderOrderRestriction  # noqa: PLC0415

    _from_dict__OrderOrderRestriction = OrderOrderRestriction.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="OrderOrderRestrictionSet")


@_attrs_define
class OrderOrderRestrictionSet:
    """A named group of rules about which orders may not share a vehicle or follow each other.

    Attributes:
        name (str): Name of the set. Example: Ambient goods not with chilled goods.
        restrictions (list[OrderOrderRestriction]): The rules of the set.
        business_id (str | Unset): Identifier of the set (the `business_id` of the path). Example: ambient-not-with-
            chilled.
    """

    name: str
    restrictions: list[OrderOrderRestriction]
    business_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["name"] = self.name
        restrictions = []
        for restrictions_item_data in self.restrictions:
            restrictions_item = restrictions_item_data.to_dict()
            restrictions.append(restrictions_item)

        field_dict["restrictions"] = restrictions
        business_id = self.business_id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderOrderRestrictionSet)", d)
            d = dict(d)
        n__absent = 0
        name = d.get("name", UNSET)
        if not (type(name) is str) and not isinstance(name, str):
            raise FieldError("string", name, "name")

        _restrictions = d.get("restrictions", UNSET)
        if isinstance(_restrictions, list):
            restrictions = []
            try:
                for restrictions_item_data in _restrictions:
                    restrictions_item = _from_dict__OrderOrderRestriction(restrictions_item_data)

                    restrictions.append(restrictions_item)
            except FieldError as field__error:
                field__error.segments.append(len(restrictions))
                field__error.segments.append("restrictions")
                raise
        else:
            raise FieldError("array", _restrictions, "restrictions")

        business_id = d.get("business_id", UNSET)
        if not (type(business_id) is str):
            if business_id is UNSET:
                n__absent += 1
            elif not isinstance(business_id, str):
                raise FieldError("string", business_id, "business_id")

        if cls is _plain__class:
            order_order_restriction_set = _new__object(cls)
            order_order_restriction_set.name = name
            order_order_restriction_set.restrictions = restrictions
            order_order_restriction_set.business_id = business_id
            order_order_restriction_set.additional_properties = {}
        else:
            order_order_restriction_set = cls(
                name,
                restrictions,
                business_id,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"name", "restrictions", "business_id"}
            }
            order_order_restriction_set.additional_properties = extra__props
        return order_order_restriction_set

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


_plain__class: type[OrderOrderRestrictionSet] | None = (
    OrderOrderRestrictionSet
    if {field.name for field in _attrs_fields(OrderOrderRestrictionSet)}
    == {"name", "restrictions", "business_id", "additional_properties"}
    and not hasattr(OrderOrderRestrictionSet, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
