from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.stock_item_suggestion_status import StockItemSuggestionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="StockItemSuggestionAttributes")


@_attrs_define
class StockItemSuggestionAttributes:
    """Attributes of a stock item suggestion as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

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
        item_id: str | Unset = UNSET
        if not isinstance(self.item_id, Unset):
            item_id = str(self.item_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        stock_item_id: str | Unset = UNSET
        if not isinstance(self.stock_item_id, Unset):
            stock_item_id = str(self.stock_item_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if status is not UNSET:
            field_dict["status"] = status
        if stock_item_id is not UNSET:
            field_dict["stock_item_id"] = stock_item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (StockItemSuggestionAttributes)", src_dict)
        d = dict(src_dict)
        _item_id = d.pop("item_id", UNSET)
        item_id: UUID | Unset = UNSET
        if _item_id is not UNSET:
            try:
                item_id = UUID(_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _item_id, "item_id") from None

        _status = d.pop("status", UNSET)
        status: StockItemSuggestionStatus | Unset = UNSET
        if isinstance(_status, str):
            status = StockItemSuggestionStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (StockItemSuggestionStatus)", _status, "status")

        _stock_item_id = d.pop("stock_item_id", UNSET)
        stock_item_id: UUID | Unset = UNSET
        if _stock_item_id is not UNSET:
            try:
                stock_item_id = UUID(_stock_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _stock_item_id, "stock_item_id") from None

        stock_item_suggestion_attributes = cls(
            item_id=item_id,
            status=status,
            stock_item_id=stock_item_id,
        )

        stock_item_suggestion_attributes.additional_properties = d
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
