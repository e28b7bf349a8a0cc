from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_order_restriction import OrderOrderRestriction


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
        from ..models.order_order_restriction import OrderOrderRestriction  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        restrictions = []
        _restrictions = d.pop("restrictions")
        for restrictions_item_data in _restrictions:
            restrictions_item = OrderOrderRestriction.from_dict(restrictions_item_data)

            restrictions.append(restrictions_item)

        business_id = d.pop("business_id", UNSET)

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
