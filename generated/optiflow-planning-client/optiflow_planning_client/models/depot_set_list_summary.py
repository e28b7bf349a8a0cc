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

T = TypeVar("T", bound="DepotSetListSummary")


@_attrs_define
class DepotSetListSummary:
    """Short form of a depot set, as listed.

    Attributes:
        business_id (str | Unset): Identifier of the depot set. Example: cb1fb12c-0abc-413c-a69d-63c62566685f.
        name (str | Unset): Name of the depot set. Example: Belgian Depots.
    """

    business_id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        business_id = self.business_id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DepotSetListSummary)", d)
            d = dict(d)
        n__absent = 0
        business_id = d.get("business_id", UNSET)
        if not (type(business_id) is str):
            if business_id is UNSET:
                n__absent += 1
            elif not isinstance(business_id, str):
                raise FieldError("string", business_id, "business_id")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        if cls is _plain__class:
            depot_set_list_summary = _new__object(cls)
            depot_set_list_summary.business_id = business_id
            depot_set_list_summary.name = name
            depot_set_list_summary.additional_properties = {}
        else:
            depot_set_list_summary = cls(
                business_id,
                name,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"business_id", "name"}
            }
            depot_set_list_summary.additional_properties = extra__props
        return depot_set_list_summary

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


_plain__class: type[DepotSetListSummary] | None = (
    DepotSetListSummary
    if {field.name for field in _attrs_fields(DepotSetListSummary)} == {"business_id", "name", "additional_properties"}
    and not hasattr(DepotSetListSummary, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
