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
from ..models.book_stock_items_action_action import BookStockItemsActionAction
from ..models.booking_mode import BookingMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="BookStockItemsAction")


@_attrs_define
class BookStockItemsAction:
    """Books specific stock items of a trackable product on the order; with `update_existing` the planning's quantity grows
    when needed.

        Attributes:
            action (BookStockItemsActionAction): Which action this is. Default: BookStockItemsActionAction.BOOK_STOCK_ITEMS.
            mode (BookingMode): Where a booking goes: `create_new` adds a new planning and line, `update_existing` adds to
                the planning named by `planning_id`, `infer_planning` adds to the product's planning when the order has one and
                creates one otherwise.
            product_id (UUID): ID of the product.
            stock_item_ids (list[UUID]): IDs of the stock items to book.
            planning_id (None | Unset | UUID): ID of the planning to add to; needed with `mode: update_existing`. The
                examples send `null` for the other modes.
    """

    mode: BookingMode
    product_id: UUID
    stock_item_ids: list[UUID]
    action: BookStockItemsActionAction = BookStockItemsActionAction.BOOK_STOCK_ITEMS
    planning_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        action = self.action.value
        field_dict["action"] = action
        mode = self.mode.value
        field_dict["mode"] = mode
        product_id = str(self.product_id)
        field_dict["product_id"] = product_id
        stock_item_ids = []
        for stock_item_ids_item_data in self.stock_item_ids:
            stock_item_ids_item = str(stock_item_ids_item_data)
            stock_item_ids.append(stock_item_ids_item)

        field_dict["stock_item_ids"] = stock_item_ids
        planning_id: None | str | Unset
        if isinstance(self.planning_id, Unset):
            planning_id = UNSET
        elif isinstance(self.planning_id, UUID):
            planning_id = str(self.planning_id)
        else:
            planning_id = self.planning_id
        if planning_id is not UNSET:
            field_dict["planning_id"] = planning_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BookStockItemsAction)", d)
            d = dict(d)
        n__absent = 0
        _action = d.get("action", UNSET)
        if type(_action) is str:
            action = BookStockItemsActionAction._by__value.get(_action) or BookStockItemsActionAction(_action)
        elif isinstance(_action, str):
            action = BookStockItemsActionAction(_action)
        else:
            raise FieldError("string (BookStockItemsActionAction)", _action, "action")

        _mode = d.get("mode", UNSET)
        if type(_mode) is str:
            mode = BookingMode._by__value.get(_mode) or BookingMode(_mode)
        elif isinstance(_mode, str):
            mode = BookingMode(_mode)
        else:
            raise FieldError("string (BookingMode)", _mode, "mode")

        _product_id = d.get("product_id", UNSET)
        try:
            product_id = parse_uuid(_product_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _product_id, "product_id") from None

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

        _planning_id = d.get("planning_id", UNSET)
        planning_id: None | Unset | UUID
        if _planning_id is None or _planning_id is UNSET:
            planning_id = _planning_id
        elif isinstance(_planning_id, str):
            _planning_id_type_0 = _planning_id
            try:
                planning_id_type_0 = parse_uuid(_planning_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _planning_id_type_0, "planning_id") from None

            planning_id = planning_id_type_0
        else:
            raise FieldError("UUID string or null", _planning_id, "planning_id")

        if planning_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            book_stock_items_action = _new__object(cls)
            book_stock_items_action.action = action
            book_stock_items_action.mode = mode
            book_stock_items_action.product_id = product_id
            book_stock_items_action.stock_item_ids = stock_item_ids
            book_stock_items_action.planning_id = planning_id
            book_stock_items_action.additional_properties = {}
        else:
            book_stock_items_action = cls(
                mode,
                product_id,
                stock_item_ids,
                action,
                planning_id,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"action", "mode", "product_id", "stock_item_ids", "planning_id"}
            }
            book_stock_items_action.additional_properties = extra__props
        return book_stock_items_action

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


_plain__class: type[BookStockItemsAction] | None = (
    BookStockItemsAction
    if {field.name for field in _attrs_fields(BookStockItemsAction)}
    == {"action", "mode", "product_id", "stock_item_ids", "planning_id", "additional_properties"}
    and not hasattr(BookStockItemsAction, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
