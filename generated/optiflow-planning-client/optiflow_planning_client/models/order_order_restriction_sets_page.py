from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.forward_cursor import ForwardCursor
    from ..models.order_order_restriction_set import OrderOrderRestrictionSet

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, ForwardCursor, OrderOrderRestrictionSet  # noqa: PLW0603
    from ..models.forward_cursor import ForwardCursor  # noqa: PLC0415
    from ..models.order_order_restriction_set import OrderOrderRestrictionSet  # noqa: PLC0415

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
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        cursors = self.cursors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "cursors": cursors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OrderOrderRestrictionSetsPage)", src_dict)
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        if isinstance(_data, list):
            data = []
            try:
                for data_item_data in _data:
                    data_item = OrderOrderRestrictionSet.from_dict(data_item_data)

                    data.append(data_item)
            except FieldError as field__error:
                field__error.segments.append(len(data))
                field__error.segments.append("data")
                raise
        else:
            raise FieldError("array", _data, "data")

        try:
            cursors = ForwardCursor.from_dict(d.pop("cursors", UNSET))
        except FieldError as field__error:
            field__error.segments.append("cursors")
            raise

        order_order_restriction_sets_page = cls(
            data=data,
            cursors=cursors,
        )

        order_order_restriction_sets_page.additional_properties = d
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
