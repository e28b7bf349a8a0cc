from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryLevelIntervalAttributes")


@_attrs_define
class InventoryLevelIntervalAttributes:
    """Attributes of an inventory level interval as read from the API. `required` lists the attributes Booqable always
    sends; a sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not
    sent.

        Attributes:
            from_ (datetime.datetime | Unset):
            item_id (UUID | Unset): ID of the related item.
            location_available (int | Unset):
            location_id (UUID | Unset): ID of the related location.
            location_max_available (int | Unset):
            location_max_needed (int | Unset):
            location_max_planned (int | Unset):
            location_max_stock_count (int | Unset):
            location_needed (int | Unset):
            location_planned (int | Unset):
            location_stock_count (int | Unset):
            till (datetime.datetime | Unset):
    """

    from_: datetime.datetime | Unset = UNSET
    item_id: UUID | Unset = UNSET
    location_available: int | Unset = UNSET
    location_id: UUID | Unset = UNSET
    location_max_available: int | Unset = UNSET
    location_max_needed: int | Unset = UNSET
    location_max_planned: int | Unset = UNSET
    location_max_stock_count: int | Unset = UNSET
    location_needed: int | Unset = UNSET
    location_planned: int | Unset = UNSET
    location_stock_count: int | Unset = UNSET
    till: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = (
                self.from_.isoformat().replace("+00:00", "Z")
                if self.from_.tzinfo is not None
                else _naive__datetime("from")
            )
        if from_ is not UNSET:
            field_dict["from"] = from_
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
        location_max_available = self.location_max_available
        if location_max_available is not UNSET:
            field_dict["location_max_available"] = location_max_available
        location_max_needed = self.location_max_needed
        if location_max_needed is not UNSET:
            field_dict["location_max_needed"] = location_max_needed
        location_max_planned = self.location_max_planned
        if location_max_planned is not UNSET:
            field_dict["location_max_planned"] = location_max_planned
        location_max_stock_count = self.location_max_stock_count
        if location_max_stock_count is not UNSET:
            field_dict["location_max_stock_count"] = location_max_stock_count
        location_needed = self.location_needed
        if location_needed is not UNSET:
            field_dict["location_needed"] = location_needed
        location_planned = self.location_planned
        if location_planned is not UNSET:
            field_dict["location_planned"] = location_planned
        location_stock_count = self.location_stock_count
        if location_stock_count is not UNSET:
            field_dict["location_stock_count"] = location_stock_count
        till: str | Unset = UNSET
        if not isinstance(self.till, Unset):
            till = (
                self.till.isoformat().replace("+00:00", "Z")
                if self.till.tzinfo is not None
                else _naive__datetime("till")
            )
        if till is not UNSET:
            field_dict["till"] = till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (InventoryLevelIntervalAttributes)", d)
            d = dict(d)
        n__absent = 0
        _from_ = d.get("from", UNSET)
        from_: datetime.datetime | Unset = UNSET
        if _from_ is not UNSET:
            try:
                from_ = _datetime__parse(_from_)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _from_, "from") from None

        if from_ is UNSET:
            n__absent += 1

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

        location_max_available = d.get("location_max_available", UNSET)
        if not (type(location_max_available) is int):
            if location_max_available is UNSET:
                n__absent += 1
            elif not (
                isinstance(location_max_available, int)
                and location_max_available is not True
                and location_max_available is not False
            ):
                raise FieldError("integer", location_max_available, "location_max_available")

        location_max_needed = d.get("location_max_needed", UNSET)
        if not (type(location_max_needed) is int):
            if location_max_needed is UNSET:
                n__absent += 1
            elif not (
                isinstance(location_max_needed, int)
                and location_max_needed is not True
                and location_max_needed is not False
            ):
                raise FieldError("integer", location_max_needed, "location_max_needed")

        location_max_planned = d.get("location_max_planned", UNSET)
        if not (type(location_max_planned) is int):
            if location_max_planned is UNSET:
                n__absent += 1
            elif not (
                isinstance(location_max_planned, int)
                and location_max_planned is not True
                and location_max_planned is not False
            ):
                raise FieldError("integer", location_max_planned, "location_max_planned")

        location_max_stock_count = d.get("location_max_stock_count", UNSET)
        if not (type(location_max_stock_count) is int):
            if location_max_stock_count is UNSET:
                n__absent += 1
            elif not (
                isinstance(location_max_stock_count, int)
                and location_max_stock_count is not True
                and location_max_stock_count is not False
            ):
                raise FieldError("integer", location_max_stock_count, "location_max_stock_count")

        location_needed = d.get("location_needed", UNSET)
        if not (type(location_needed) is int):
            if location_needed is UNSET:
                n__absent += 1
            elif not (
                isinstance(location_needed, int) and location_needed is not True and location_needed is not False
            ):
                raise FieldError("integer", location_needed, "location_needed")

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

        _till = d.get("till", UNSET)
        till: datetime.datetime | Unset = UNSET
        if _till is not UNSET:
            try:
                till = _datetime__parse(_till)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _till, "till") from None

        if till is UNSET:
            n__absent += 1

        if cls is _plain__class:
            inventory_level_interval_attributes = _new__object(cls)
            inventory_level_interval_attributes.from_ = from_
            inventory_level_interval_attributes.item_id = item_id
            inventory_level_interval_attributes.location_available = location_available
            inventory_level_interval_attributes.location_id = location_id
            inventory_level_interval_attributes.location_max_available = location_max_available
            inventory_level_interval_attributes.location_max_needed = location_max_needed
            inventory_level_interval_attributes.location_max_planned = location_max_planned
            inventory_level_interval_attributes.location_max_stock_count = location_max_stock_count
            inventory_level_interval_attributes.location_needed = location_needed
            inventory_level_interval_attributes.location_planned = location_planned
            inventory_level_interval_attributes.location_stock_count = location_stock_count
            inventory_level_interval_attributes.till = till
            inventory_level_interval_attributes.additional_properties = {}
        else:
            inventory_level_interval_attributes = cls(
                from_,
                item_id,
                location_available,
                location_id,
                location_max_available,
                location_max_needed,
                location_max_planned,
                location_max_stock_count,
                location_needed,
                location_planned,
                location_stock_count,
                till,
            )
        if len(d) + n__absent != 12:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "from",
                    "item_id",
                    "location_available",
                    "location_id",
                    "location_max_available",
                    "location_max_needed",
                    "location_max_planned",
                    "location_max_stock_count",
                    "location_needed",
                    "location_planned",
                    "location_stock_count",
                    "till",
                }
            }
            inventory_level_interval_attributes.additional_properties = extra__props
        return inventory_level_interval_attributes

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


_plain__class: type[InventoryLevelIntervalAttributes] | None = (
    InventoryLevelIntervalAttributes
    if {field.name for field in _attrs_fields(InventoryLevelIntervalAttributes)}
    == {
        "from_",
        "item_id",
        "location_available",
        "location_id",
        "location_max_available",
        "location_max_needed",
        "location_max_planned",
        "location_max_stock_count",
        "location_needed",
        "location_planned",
        "location_stock_count",
        "till",
        "additional_properties",
    }
    and not hasattr(InventoryLevelIntervalAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
