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
from ..models.stop_stock_items_action_action import StopStockItemsActionAction
from ..types import UNSET

T = TypeVar("T", bound="StopStockItemsAction")


@_attrs_define
class StopStockItemsAction:
    """Stops (takes back) specific started stock items of a trackable product.

    Attributes:
        action (StopStockItemsActionAction): Which action this is. Default: StopStockItemsActionAction.STOP_STOCK_ITEMS.
        product_id (UUID): ID of the product.
        planning_id (UUID): ID of the planning the action works on.
        stock_item_ids (list[UUID]): IDs of the stock items to stop.
    """

    product_id: UUID
    planning_id: UUID
    stock_item_ids: list[UUID]
    action: StopStockItemsActionAction = StopStockItemsActionAction.STOP_STOCK_ITEMS
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        action = self.action.value
        field_dict["action"] = action
        product_id = str(self.product_id)
        field_dict["product_id"] = product_id
        planning_id = str(self.planning_id)
        field_dict["planning_id"] = planning_id
        stock_item_ids = []
        for stock_item_ids_item_data in self.stock_item_ids:
            stock_item_ids_item = str(stock_item_ids_item_data)
            stock_item_ids.append(stock_item_ids_item)

        field_dict["stock_item_ids"] = stock_item_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (StopStockItemsAction)", d)
            d = dict(d)
        _action = d.get("action", UNSET)
        if type(_action) is str:
            action = StopStockItemsActionAction._by__value.get(_action) or StopStockItemsActionAction(_action)
        elif isinstance(_action, str):
            action = StopStockItemsActionAction(_action)
        else:
            raise FieldError("string (StopStockItemsActionAction)", _action, "action")

        _product_id = d.get("product_id", UNSET)
        try:
            product_id = parse_uuid(_product_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        _planning_id = d.get("planning_id", UNSET)
        try:
            planning_id = parse_uuid(_planning_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _planning_id, "planning_id") from None

        _stock_item_ids = d.get("stock_item_ids", UNSET)
        if isinstance(_stock_item_ids, list):
            stock_item_ids = []
            try:
                for stock_item_ids_item_data in _stock_item_ids:
                    _stock_item_ids_item = stock_item_ids_item_data
                    try:
                        stock_item_ids_item = parse_uuid(_stock_item_ids_item)
                    except (TypeError, ValueError, AttributeError):
                        raise FieldError.unparsable("UUID", _stock_item_ids_item) from None

                    stock_item_ids.append(stock_item_ids_item)
            except FieldError as field__error:
                field__error.segments.append(len(stock_item_ids))
                field__error.segments.append("stock_item_ids")
                raise
        else:
            raise FieldError("array", _stock_item_ids, "stock_item_ids")

        if cls is _plain__class:
            stop_stock_items_action = _new__object(cls)
            stop_stock_items_action.action = action
            stop_stock_items_action.product_id = product_id
            stop_stock_items_action.planning_id = planning_id
            stop_stock_items_action.stock_item_ids = stock_item_ids
            stop_stock_items_action.additional_properties = {}
        else:
            stop_stock_items_action = cls(
                product_id,
                planning_id,
                stock_item_ids,
                action,
            )
        if len(d) != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"action", "product_id", "planning_id", "stock_item_ids"}
            }
            stop_stock_items_action.additional_properties = extra__props
        return stop_stock_items_action

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


_plain__class: type[StopStockItemsAction] | None = (
    StopStockItemsAction
    if {field.name for field in _attrs_fields(StopStockItemsAction)}
    == {"action", "product_id", "planning_id", "stock_item_ids", "additional_properties"}
    and not hasattr(StopStockItemsAction, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
