from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryLevelAttributes")


@_attrs_define
class InventoryLevelAttributes:
    """Attributes of an inventory level as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            item_id (UUID | Unset): ID of the related item.
            location_available (int | Unset):
            location_id (UUID | Unset): ID of the related location.
            location_needed (int | Unset):
            location_plannable (int | Unset):
            location_planned (int | Unset):
            location_stock_count (int | Unset):
            order_id (None | Unset | UUID): ID of the related order. Unverified: the examples show `null`, which the field
                list does not allow.
    """

    item_id: UUID | Unset = UNSET
    location_available: int | Unset = UNSET
    location_id: UUID | Unset = UNSET
    location_needed: int | Unset = UNSET
    location_plannable: int | Unset = UNSET
    location_planned: int | Unset = UNSET
    location_stock_count: int | Unset = UNSET
    order_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id: str | Unset = UNSET
        if not isinstance(self.item_id, Unset):
            item_id = str(self.item_id)

        location_available = self.location_available

        location_id: str | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = str(self.location_id)

        location_needed = self.location_needed

        location_plannable = self.location_plannable

        location_planned = self.location_planned

        location_stock_count = self.location_stock_count

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UUID):
            order_id = str(self.order_id)
        else:
            order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if location_available is not UNSET:
            field_dict["location_available"] = location_available
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if location_needed is not UNSET:
            field_dict["location_needed"] = location_needed
        if location_plannable is not UNSET:
            field_dict["location_plannable"] = location_plannable
        if location_planned is not UNSET:
            field_dict["location_planned"] = location_planned
        if location_stock_count is not UNSET:
            field_dict["location_stock_count"] = location_stock_count
        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (InventoryLevelAttributes)", src_dict)
        d = dict(src_dict)
        _item_id = d.pop("item_id", UNSET)
        item_id: UUID | Unset = UNSET
        if _item_id is not UNSET:
            try:
                item_id = UUID(_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _item_id, "item_id") from None

        location_available = d.pop("location_available", UNSET)
        if (
            not (
                isinstance(location_available, int)
                and location_available is not True
                and location_available is not False
            )
            and location_available is not UNSET
        ):
            raise FieldError("integer", location_available, "location_available")

        _location_id = d.pop("location_id", UNSET)
        location_id: UUID | Unset = UNSET
        if _location_id is not UNSET:
            try:
                location_id = UUID(_location_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _location_id, "location_id") from None

        location_needed = d.pop("location_needed", UNSET)
        if (
            not (isinstance(location_needed, int) and location_needed is not True and location_needed is not False)
            and location_needed is not UNSET
        ):
            raise FieldError("integer", location_needed, "location_needed")

        location_plannable = d.pop("location_plannable", UNSET)
        if (
            not (
                isinstance(location_plannable, int)
                and location_plannable is not True
                and location_plannable is not False
            )
            and location_plannable is not UNSET
        ):
            raise FieldError("integer", location_plannable, "location_plannable")

        location_planned = d.pop("location_planned", UNSET)
        if (
            not (isinstance(location_planned, int) and location_planned is not True and location_planned is not False)
            and location_planned is not UNSET
        ):
            raise FieldError("integer", location_planned, "location_planned")

        location_stock_count = d.pop("location_stock_count", UNSET)
        if (
            not (
                isinstance(location_stock_count, int)
                and location_stock_count is not True
                and location_stock_count is not False
            )
            and location_stock_count is not UNSET
        ):
            raise FieldError("integer", location_stock_count, "location_stock_count")

        _order_id = d.pop("order_id", UNSET)
        order_id: None | Unset | UUID
        if _order_id is None or _order_id is UNSET:
            order_id = _order_id
        elif isinstance(_order_id, str):
            _order_id_type_0 = _order_id
            try:
                order_id_type_0 = UUID(_order_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id_type_0, "order_id") from None

            order_id = order_id_type_0
        else:
            raise FieldError("UUID string or null", _order_id, "order_id")

        inventory_level_attributes = cls(
            item_id=item_id,
            location_available=location_available,
            location_id=location_id,
            location_needed=location_needed,
            location_plannable=location_plannable,
            location_planned=location_planned,
            location_stock_count=location_stock_count,
            order_id=order_id,
        )

        inventory_level_attributes.additional_properties = d
        return inventory_level_attributes

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
