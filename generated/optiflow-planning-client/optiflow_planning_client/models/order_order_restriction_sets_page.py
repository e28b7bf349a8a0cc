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
    from ..models.forward_cursor import ForwardCursor
    from ..models.order_order_restriction_set import OrderOrderRestrictionSet

_refs__resolved = False
_from_dict__ForwardCursor: Callable[[Mapping[str, Any]], ForwardCursor]
_from_dict__OrderOrderRestrictionSet: Callable[[Mapping[str, Any]], OrderOrderRestrictionSet]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, ForwardCursor, OrderOrderRestrictionSet  # noqa: PLW0603
    global _from_dict__ForwardCursor, _from_dict__OrderOrderRestrictionSet  # noqa: PLW0603
    from ..models.forward_cursor import ForwardCursor  # noqa: PLC0415
    from ..models.order_order_restriction_set import OrderOrderRestrictionSet  # noqa: PLC0415

    _from_dict__ForwardCursor = ForwardCursor.from_dict
    _from_dict__OrderOrderRestrictionSet = OrderOrderRestrictionSet.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="OrderOrderRestrictionSetsPage")


@_attrs_define
class OrderOrderRestrictionSetsPage:
    """One page of order-order restriction sets with the cursor to the next page.

    Attributes:
        data (list[OrderOrderRestrictionSet]): Order-order restriction sets on this page.
        cursors (ForwardCursor): Cursor for moving forward only; `next` is left out on the last page.
    """

    data: list[OrderOrderRestrictionSet]
    cursors: ForwardCursor
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict["data"] = data
        cursors = self.cursors.to_dict()
        field_dict["cursors"] = cursors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderOrderRestrictionSetsPage)", d)
            d = dict(d)
        _data = d.get("data", UNSET)
        if isinstance(_data, list):
            data = []
            try:
                for data_item_data in _data:
                    data_item = _from_dict__OrderOrderRestrictionSet(data_item_data)

                    data.append(data_item)
            except FieldError as field__error:
                field__error.segments.append(len(data))
                field__error.segments.append("data")
                raise
        else:
            raise FieldError("array", _data, "data")

        try:
            cursors = _from_dict__ForwardCursor(d.get("cursors", UNSET))
        except FieldError as field__error:
            field__error.segments.append("cursors")
            raise

        if cls is _plain__class:
            order_order_restriction_sets_page = _new__object(cls)
            order_order_restriction_sets_page.data = data
            order_order_restriction_sets_page.cursors = cursors
            order_order_restriction_sets_page.additional_properties = {}
        else:
            order_order_restriction_sets_page = cls(
                data,
                cursors,
            )
        if len(d) != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"data", "cursors"}
            }
            order_order_restriction_sets_page.additional_properties = extra__props
        return order_order_restriction_sets_page

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


_plain__class: type[OrderOrderRestrictionSetsPage] | None = (
    OrderOrderRestrictionSetsPage
    if {field.name for field in _attrs_fields(OrderOrderRestrictionSetsPage)}
    == {"data", "cursors", "additional_properties"}
    and not hasattr(OrderOrderRestrictionSetsPage, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
