from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.logical_operator import LogicalOperator
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.order_filter import OrderFilter

_refs__resolved = False
_from_dict__OrderFilter: Callable[[Mapping[str, Any]], OrderFilter]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, OrderFilter  # noqa: PLW0603
    global _from_dict__OrderFilter  # noqa: PLW0603
    from ..models.order_filter import OrderFilter  # noqa: PLC0415

    _from_dict__OrderFilter = OrderFilter.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="OrderSearchGroup")


def _parse__attributes__attributes_item(data: object) -> OrderFilter | OrderSearchGroup:
    choice: Choice[OrderFilter | OrderSearchGroup] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                attributes_item_type_0 = _from_dict__OrderSearchGroup(data)

                if choice.take(attributes_item_type_0):
                    return attributes_item_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            try:
                attributes_item_type_1 = _from_dict__OrderFilter(data)

                if choice.take(attributes_item_type_1):
                    return attributes_item_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (OrderSearchGroup), object (OrderFilter)", data)


@_attrs_define
class OrderSearchGroup:
    """A group of conditions on orders: each entry is an attribute filter or a nested group, combined with `operator`.

    Attributes:
        operator (LogicalOperator): How the conditions of a search group combine.
        attributes (Sequence[OrderFilter | OrderSearchGroup]):
    """

    operator: LogicalOperator
    attributes: Sequence[OrderFilter | OrderSearchGroup]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        operator = self.operator.value
        field_dict["operator"] = operator
        attributes = []
        for attributes_item_data in self.attributes:
            attributes_item: dict[str, Any]
            if isinstance(attributes_item_data, OrderSearchGroup):
                attributes_item = attributes_item_data.to_dict()
            else:
                attributes_item = attributes_item_data.to_dict()

            attributes.append(attributes_item)

        field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderSearchGroup)", d)
            d = dict(d)
        _operator = d.get("operator", UNSET)
        if type(_operator) is str:
            operator = LogicalOperator._by__value.get(_operator) or LogicalOperator(_operator)
        elif isinstance(_operator, str):
            operator = LogicalOperator(_operator)
        else:
            raise FieldError("string (LogicalOperator)", _operator, "operator")

        _attributes = d.get("attributes", UNSET)
        if isinstance(_attributes, list):
            attributes = []
            try:
                for attributes_item_data in _attributes:
                    attributes_item = _parse__attributes__attributes_item(attributes_item_data)

                    attributes.append(attributes_item)
            except FieldError as field__error:
                field__error.segments.append(len(attributes))
                field__error.segments.append("attributes")
                raise
        else:
            raise FieldError("array", _attributes, "attributes")

        if cls is _plain__class:
            order_search_group = _new__object(cls)
            order_search_group.operator = operator
            order_search_group.attributes = attributes
            order_search_group.additional_properties = {}
        else:
            order_search_group = cls(
                operator,
                attributes,
            )
        if len(d) != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"operator", "attributes"}
            }
            order_search_group.additional_properties = extra__props
        return order_search_group

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


_from_dict__OrderSearchGroup = OrderSearchGroup.from_dict
"""What the nested properties of this class's own type call (the other models are bound in `_resolve__refs`)."""

_plain__class: type[OrderSearchGroup] | None = (
    OrderSearchGroup
    if {field.name for field in _attrs_fields(OrderSearchGroup)} == {"operator", "attributes", "additional_properties"}
    and not hasattr(OrderSearchGroup, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
