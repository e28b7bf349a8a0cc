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

T = TypeVar("T", bound="InventoryLevelAttributes")


@_attrs_define
class InventoryLevelAttributes:
    """Attributes of an inventory level as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        item_id: str | Unset = UNSET
        if not isinstance(self.item_id, Unset):
            item_id = str(self.item_id)
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        location_available = self.location_available
        if location_available is not UNSET:
            field_dict["location_available"] = location_available
        location_id: str | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = str(self.location_id)
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        location_needed = self.location_needed
        if location_needed is not UNSET:
            field_dict["location_needed"] = location_needed
        location_plannable = self.location_plannable
        if location_plannable is not UNSET:
            field_dict["location_plannable"] = location_plannable
        location_planned = self.location_planned
        if location_planned is not UNSET:
            field_dict["location_planned"] = location_planned
        location_stock_count = self.location_stock_count
        if location_stock_count is not UNSET:
            field_dict["location_stock_count"] = location_stock_count
        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UUID):
            order_id = str(self.order_id)
        else:
            order_id = self.order_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (InventoryLevelAttributes)", d)
            d = dict(d)
        n__absent = 0
        _item_id = d.get("item_id", UNSET)
        item_id: UUID | Unset = UNSET
        if _item_id is not UNSET:
            try:
                item_id = parse_uuid(_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _item_id, "item_id") from None

        if item_id is UNSET:
            n__absent += 1

        location_available = d.get("location_available", UNSET)
        if not (type(location_available) is int):
            if location_available is UNSET:
                n__absent += 1
            elif not (
                isinstance(location_available, int)
                and location_available is not True
                and location_available is not False
            ):
                raise FieldError("integer", location_available, "location_available")

        _location_id = d.get("location_id", UNSET)
        location_id: UUID | Unset = UNSET
        if _location_id is not UNSET:
            try:
                location_id = parse_uuid(_location_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _location_id, "location_id") from None

        if location_id is UNSET:
            n__absent += 1

        location_needed = d.get("location_needed", UNSET)
        if not (type(location_needed) is int):
            if location_needed is UNSET:
                n__absent += 1
            elif not (
                isinstance(location_needed, int) and location_needed is not True and location_needed is not False
            ):
                raise FieldError("integer", location_needed, "location_needed")

        location_plannable = d.get("location_plannable", UNSET)
        if not (type(location_plannable) is int):
            if location_plannable is UNSET:
                n__absent += 1
            elif not (
                isinstance(location_plannable, int)
                and location_plannable is not True
                and location_plannable is not False
            ):
                raise FieldError("integer", location_plannable, "location_plannable")

        location_planned = d.get("location_planned", UNSET)
        if not (type(location_planned) is int):
            if location_planned is UNSET:
                n__absent += 1
            elif not (
                isinstance(location_planned, int) and location_planned is not True and location_planned is not False
            ):
                raise FieldError("integer", location_planned, "location_planned")

        location_stock_count = d.get("location_stock_count", UNSET)
        if not (type(location_stock_count) is int):
            if location_stock_count is UNSET:
                n__absent += 1
            elif not (
                isinstance(location_stock_count, int)
                and location_stock_count is not True
                and location_stock_count is not False
            ):
                raise FieldError("integer", location_stock_count, "location_stock_count")

        _order_id = d.get("order_id", UNSET)
        order_id: None | Unset | UUID
        if _order_id is None or _order_id is UNSET:
            order_id = _order_id
        elif isinstance(_order_id, str):
            _order_id_type_0 = _order_id
            try:
                order_id_type_0 = parse_uuid(_order_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id_type_0, "order_id") from None

            order_id = order_id_type_0
        else:
            raise FieldError("UUID string or null", _order_id, "order_id")

        if order_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            inventory_level_attributes = _new__object(cls)
            inventory_level_attributes.item_id = item_id
            inventory_level_attributes.location_available = location_available
            inventory_level_attributes.location_id = location_id
            inventory_level_attributes.location_needed = location_needed
            inventory_level_attributes.location_plannable = location_plannable
            inventory_level_attributes.location_planned = location_planned
            inventory_level_attributes.location_stock_count = location_stock_count
            inventory_level_attributes.order_id = order_id
            inventory_level_attributes.additional_properties = {}
        else:
            inventory_level_attributes = cls(
                item_id,
                location_available,
                location_id,
                location_needed,
                location_plannable,
                location_planned,
                location_stock_count,
                order_id,
            )
        if len(d) + n__absent != 8:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "item_id",
                    "location_available",
                    "location_id",
                    "location_needed",
                    "location_plannable",
                    "location_planned",
                    "location_stock_count",
                    "order_id",
                }
            }
            inventory_level_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[InventoryLevelAttributes] | None = (
    InventoryLevelAttributes
    if {field.name for field in _attrs_fields(InventoryLevelAttributes)}
    == {
        "item_id",
        "location_available",
        "location_id",
        "location_needed",
        "location_plannable",
        "location_planned",
        "location_stock_count",
        "order_id",
        "additional_properties",
    }
    and not hasattr(InventoryLevelAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
