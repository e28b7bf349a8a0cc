from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryAvailabilityAttributes")


@_attrs_define
class InventoryAvailabilityAttributes:
    """Attributes of an inventory availability as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            available (int | Unset): Units that can be booked for the period at the location.
            item_id (UUID | Unset): ID of the related item.
            plannable (int | Unset): Units that can be planned for the period at the location; more than `available` when
                the product allows a shortage.
    """

    available: int | Unset = UNSET
    item_id: UUID | Unset = UNSET
    plannable: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        item_id: str | Unset = UNSET
        if not isinstance(self.item_id, Unset):
            item_id = str(self.item_id)

        plannable = self.plannable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available is not UNSET:
            field_dict["available"] = available
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if plannable is not UNSET:
            field_dict["plannable"] = plannable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (InventoryAvailabilityAttributes)", src_dict)
        d = dict(src_dict)
        available = d.pop("available", UNSET)
        if (
            not (isinstance(available, int) and available is not True and available is not False)
            and available is not UNSET
        ):
            raise FieldError("integer", available, "available")

        _item_id = d.pop("item_id", UNSET)
        item_id: UUID | Unset = UNSET
        if _item_id is not UNSET:
            try:
                item_id = UUID(_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _item_id, "item_id") from None

        plannable = d.pop("plannable", UNSET)
        if (
            not (isinstance(plannable, int) and plannable is not True and plannable is not False)
            and plannable is not UNSET
        ):
            raise FieldError("integer", plannable, "plannable")

        inventory_availability_attributes = cls(
            available=available,
            item_id=item_id,
            plannable=plannable,
        )

        inventory_availability_attributes.additional_properties = d
        return inventory_availability_attributes

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
