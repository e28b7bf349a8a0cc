from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object

T = TypeVar("T", bound="OrderPlanningAvailabilityRelationships")


@_attrs_define
class OrderPlanningAvailabilityRelationships:
    """Relationships of an order planning availability: links to related records and, when they are sideloaded with
    `include`, their identifiers.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderPlanningAvailabilityRelationships)", d)
            d = dict(d)
        if cls is _plain__class:
            order_planning_availability_relationships = _new__object(cls)
            order_planning_availability_relationships.additional_properties = {}
        else:
            order_planning_availability_relationships = cls()
        if d:
            extra__props = dict(d)
            order_planning_availability_relationships.additional_properties = extra__props
        return order_planning_availability_relationships

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


_plain__class: type[OrderPlanningAvailabilityRelationships] | None = (
    OrderPlanningAvailabilityRelationships
    if {field.name for field in _attrs_fields(OrderPlanningAvailabilityRelationships)} == {"additional_properties"}
    and not hasattr(OrderPlanningAvailabilityRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
