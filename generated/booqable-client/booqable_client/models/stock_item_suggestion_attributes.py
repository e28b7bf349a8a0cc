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
from ..models.stock_item_suggestion_status import StockItemSuggestionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="StockItemSuggestionAttributes")


@_attrs_define
class StockItemSuggestionAttributes:
    """Attributes of a stock item suggestion as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            item_id (UUID | Unset): ID of the related item.
            status (StockItemSuggestionStatus | Unset): Values of `status` on stock item suggestions.
            stock_item_id (UUID | Unset): ID of the related stock item.
    """

    item_id: UUID | Unset = UNSET
    status: StockItemSuggestionStatus | Unset = UNSET
    stock_item_id: UUID | Unset = UNSET
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
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status
        stock_item_id: str | Unset = UNSET
        if not isinstance(self.stock_item_id, Unset):
            stock_item_id = str(self.stock_item_id)
        if stock_item_id is not UNSET:
            field_dict["stock_item_id"] = stock_item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (StockItemSuggestionAttributes)", d)
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

        _status = d.get("status", UNSET)
        status: StockItemSuggestionStatus | Unset = UNSET
        if type(_status) is str:
            status = StockItemSuggestionStatus._by__value.get(_status) or StockItemSuggestionStatus(_status)
        elif isinstance(_status, str):
            status = StockItemSuggestionStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (StockItemSuggestionStatus)", _status, "status")

        if status is UNSET:
            n__absent += 1

        _stock_item_id = d.get("stock_item_id", UNSET)
        stock_item_id: UUID | Unset = UNSET
        if _stock_item_id is not UNSET:
            try:
                stock_item_id = parse_uuid(_stock_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _stock_item_id, "stock_item_id") from None

        if stock_item_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            stock_item_suggestion_attributes = _new__object(cls)
            stock_item_suggestion_attributes.item_id = item_id
            stock_item_suggestion_attributes.status = status
            stock_item_suggestion_attributes.stock_item_id = stock_item_id
            stock_item_suggestion_attributes.additional_properties = {}
        else:
            stock_item_suggestion_attributes = cls(
                item_id,
                status,
                stock_item_id,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"item_id", "status", "stock_item_id"}
            }
            stock_item_suggestion_attributes.additional_properties = extra__props
        return stock_item_suggestion_attributes

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


_plain__class: type[StockItemSuggestionAttributes] | None = (
    StockItemSuggestionAttributes
    if {field.name for field in _attrs_fields(StockItemSuggestionAttributes)}
    == {"item_id", "status", "stock_item_id", "additional_properties"}
    and not hasattr(StockItemSuggestionAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
