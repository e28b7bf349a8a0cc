from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_order_restriction import OrderOrderRestriction

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, OrderOrderRestriction  # noqa: PLW0603
    from ..models.order_order_restriction import OrderOrderRestriction  # noqa: PLC0415

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
        name = self.name

        restrictions = []
        for restrictions_item_data in self.restrictions:
            restrictions_item = restrictions_item_data.to_dict()
            restrictions.append(restrictions_item)

        business_id = self.business_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "restrictions": restrictions,
            }
        )
        if business_id is not UNSET:
            field_dict["business_id"] = business_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OrderOrderRestrictionSet)", src_dict)
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, str):
            raise FieldError("string", name, "name")

        _restrictions = d.pop("restrictions", UNSET)
        if isinstance(_restrictions, list):
            restrictions = []
            try:
                for restrictions_item_data in _restrictions:
                    restrictions_item = OrderOrderRestriction.from_dict(restrictions_item_data)

                    restrictions.append(restrictions_item)
            except FieldError as field__error:
                field__error.segments.append(len(restrictions))
                field__error.segments.append("restrictions")
                raise
        else:
            raise FieldError("array", _restrictions, "restrictions")

        business_id = d.pop("business_id", UNSET)
        if not isinstance(business_id, str) and business_id is not UNSET:
            raise FieldError("string", business_id, "business_id")

        order_order_restriction_set = cls(
            name=name,
            restrictions=restrictions,
            business_id=business_id,
        )

        order_order_restriction_set.additional_properties = d
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
