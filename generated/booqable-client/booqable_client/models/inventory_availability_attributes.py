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

T = TypeVar("T", bound="InventoryAvailabilityAttributes")


@_attrs_define
class InventoryAvailabilityAttributes:
    """Attributes of an inventory availability as read from the API. `required` lists the attributes Booqable always sends;
    a sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        available = self.available
        if available is not UNSET:
            field_dict["available"] = available
        item_id: str | Unset = UNSET
        if not isinstance(self.item_id, Unset):
            item_id = str(self.item_id)
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        plannable = self.plannable
        if plannable is not UNSET:
            field_dict["plannable"] = plannable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (InventoryAvailabilityAttributes)", d)
            d = dict(d)
        n__absent = 0
        available = d.get("available", UNSET)
        if not (type(available) is int):
            if available is UNSET:
                n__absent += 1
            elif not (isinstance(available, int) and available is not True and available is not False):
                raise FieldError("integer", available, "available")

        _item_id = d.get("item_id", UNSET)
        item_id: UUID | Unset = UNSET
        if _item_id is not UNSET:
            try:
                item_id = parse_uuid(_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _item_id, "item_id") from None

        if item_id is UNSET:
            n__absent += 1

        plannable = d.get("plannable", UNSET)
        if not (type(plannable) is int):
            if plannable is UNSET:
                n__absent += 1
            elif not (isinstance(plannable, int) and plannable is not True and plannable is not False):
                raise FieldError("integer", plannable, "plannable")

        if cls is _plain__class:
            inventory_availability_attributes = _new__object(cls)
            inventory_availability_attributes.available = available
            inventory_availability_attributes.item_id = item_id
            inventory_availability_attributes.plannable = plannable
            inventory_availability_attributes.additional_properties = {}
        else:
            inventory_availability_attributes = cls(
                available,
                item_id,
                plannable,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"available", "item_id", "plannable"}
            }
            inventory_availability_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[InventoryAvailabilityAttributes] | None = (
    InventoryAvailabilityAttributes
    if {field.name for field in _attrs_fields(InventoryAvailabilityAttributes)}
    == {"available", "item_id", "plannable", "additional_properties"}
    and not hasattr(InventoryAvailabilityAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
