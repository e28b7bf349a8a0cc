from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationWorkloadLevellingSet")


@_attrs_define
class LocationWorkloadLevellingSet:
    """Settings that spread the workload over the locations. Only the name is modelled; any other field is kept as it
    comes.

        Attributes:
            name (str): Name of the set. Example: Spread shop deliveries.
            business_id (str | Unset): Identifier of the set (the `business_id` of the path). Example: spread-shop-
                deliveries.
    """

    name: str
    business_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["name"] = self.name
        business_id = self.business_id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (LocationWorkloadLevellingSet)", d)
            d = dict(d)
        n__absent = 0
        name = d.get("name", UNSET)
        if not (type(name) is str) and not isinstance(name, str):
            raise FieldError("string", name, "name")

        business_id = d.get("business_id", UNSET)
        if not (type(business_id) is str):
            if business_id is UNSET:
                n__absent += 1
            elif not isinstance(business_id, str):
                raise FieldError("string", business_id, "business_id")

        if cls is _plain__class:
            location_workload_levelling_set = _new__object(cls)
            location_workload_levelling_set.name = name
            location_workload_levelling_set.business_id = business_id
            location_workload_levelling_set.additional_properties = {}
        else:
            location_workload_levelling_set = cls(
                name,
                business_id,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"name", "business_id"}
            }
            location_workload_levelling_set.additional_properties = extra__props
        return location_workload_levelling_set

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


_plain__class: type[LocationWorkloadLevellingSet] | None = (
    LocationWorkloadLevellingSet
    if {field.name for field in _attrs_fields(LocationWorkloadLevellingSet)}
    == {"name", "business_id", "additional_properties"}
    and not hasattr(LocationWorkloadLevellingSet, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
