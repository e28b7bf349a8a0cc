from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.customer import Customer

_refs__resolved = False
_from_dict__Customer: Callable[[Mapping[str, Any]], Customer]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Customer  # noqa: PLW0603
    global _from_dict__Customer  # noqa: PLW0603
    from ..models.customer import Customer  # noqa: PLC0415

    _from_dict__Customer = Customer.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="CustomerList")


@_attrs_define
class CustomerList:
    """A page of customers.

    Attributes:
        total_items (int): Number of items in the whole list, not just this page.
        items (list[Customer]):
    """

    total_items: int
    items: list[Customer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["totalItems"] = self.total_items
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CustomerList)", d)
            d = dict(d)
        total_items = d.get("totalItems", UNSET)
        if not (type(total_items) is int) and not (
            isinstance(total_items, int) and total_items is not True and total_items is not False
        ):
            raise FieldError("integer", total_items, "totalItems")

        _items = d.get("items", UNSET)
        if isinstance(_items, list):
            items = []
            try:
                for items_item_data in _items:
                    items_item = _from_dict__Customer(items_item_data)

                    items.append(items_item)
            except FieldError as field__error:
                field__error.segments.append(len(items))
                field__error.segments.append("items")
                raise
        else:
            raise FieldError("array", _items, "items")

        if cls is _plain__class:
            customer_list = _new__object(cls)
            customer_list.total_items = total_items
            customer_list.items = items
            customer_list.additional_properties = {}
        else:
            customer_list = cls(
                total_items,
                items,
            )
        if len(d) != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"totalItems", "items"}
            }
            customer_list.additional_properties = extra__props
        return customer_list

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


_plain__class: type[CustomerList] | None = (
    CustomerList
    if {field.name for field in _attrs_fields(CustomerList)} == {"total_items", "items", "additional_properties"}
    and not hasattr(CustomerList, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
