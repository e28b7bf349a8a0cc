from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.start_stock_items_action_action import StartStockItemsActionAction
from ..types import UNSET

T = TypeVar("T", bound="StartStockItemsAction")


@_attrs_define
class StartStockItemsAction:
    """Starts (hands out) specific stock items of a trackable product.

    Attributes:
        action (StartStockItemsActionAction): Which action this is.
        product_id (UUID): ID of the product.
        planning_id (UUID): ID of the planning the action works on.
        stock_item_ids (list[UUID]): IDs of the stock items to start.
    """

    action: StartStockItemsActionAction
    product_id: UUID
    planning_id: UUID
    stock_item_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        product_id = str(self.product_id)

        planning_id = str(self.planning_id)

        stock_item_ids = []
        for stock_item_ids_item_data in self.stock_item_ids:
            stock_item_ids_item = str(stock_item_ids_item_data)
            stock_item_ids.append(stock_item_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "product_id": product_id,
                "planning_id": planning_id,
                "stock_item_ids": stock_item_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (StartStockItemsAction)", src_dict)
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        if isinstance(_action, str):
            action = StartStockItemsActionAction(_action)
        else:
            raise FieldError("string (StartStockItemsActionAction)", _action, "action")

        _product_id = d.pop("product_id", UNSET)
        try:
            product_id = UUID(_product_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        _planning_id = d.pop("planning_id", UNSET)
        try:
            planning_id = UUID(_planning_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _planning_id, "planning_id") from None

        _stock_item_ids = d.pop("stock_item_ids", UNSET)
        if isinstance(_stock_item_ids, list):
            stock_item_ids = []
            try:
                for stock_item_ids_item_data in _stock_item_ids:
                    _stock_item_ids_item = stock_item_ids_item_data
                    try:
                        stock_item_ids_item = UUID(_stock_item_ids_item)
                    except (TypeError, ValueError, AttributeError):
                        raise FieldError.unparsable("UUID", _stock_item_ids_item) from None

                    stock_item_ids.append(stock_item_ids_item)
            except FieldError as field__error:
                field__error.segments.append(len(stock_item_ids))
                field__error.segments.append("stock_item_ids")
                raise
        else:
            raise FieldError("array", _stock_item_ids, "stock_item_ids")

        start_stock_items_action = cls(
            action=action,
            product_id=product_id,
            planning_id=planning_id,
            stock_item_ids=stock_item_ids,
        )

        start_stock_items_action.additional_properties = d
        return start_stock_items_action

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
