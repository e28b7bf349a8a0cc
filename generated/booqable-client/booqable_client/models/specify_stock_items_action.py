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
from ..models.specify_stock_items_action_action import SpecifyStockItemsActionAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpecifyStockItemsAction")


@_attrs_define
class SpecifyStockItemsAction:
    """Assigns stock items to an existing planning, or takes them off it. A planning cannot get more stock items than its
    quantity, and started stock items cannot be taken off.

        Attributes:
            action (SpecifyStockItemsActionAction): Which action this is. Default:
                SpecifyStockItemsActionAction.SPECIFY_STOCK_ITEMS.
            product_id (UUID): ID of the product.
            planning_id (UUID): ID of the planning the action works on.
            stock_item_ids_to_add (list[UUID] | Unset): IDs of the stock items to assign.
            stock_item_ids_to_remove (list[UUID] | Unset): IDs of the stock items to take off.
    """

    product_id: UUID
    planning_id: UUID
    action: SpecifyStockItemsActionAction = SpecifyStockItemsActionAction.SPECIFY_STOCK_ITEMS
    stock_item_ids_to_add: list[UUID] | Unset = UNSET
    stock_item_ids_to_remove: list[UUID] | Unset = UNSET
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
        stock_item_ids_to_add: list[str] | Unset = UNSET
        if not isinstance(self.stock_item_ids_to_add, Unset):
            stock_item_ids_to_add = []
            for stock_item_ids_to_add_item_data in self.stock_item_ids_to_add:
                stock_item_ids_to_add_item = str(stock_item_ids_to_add_item_data)
                stock_item_ids_to_add.append(stock_item_ids_to_add_item)

        if stock_item_ids_to_add is not UNSET:
            field_dict["stock_item_ids_to_add"] = stock_item_ids_to_add
        stock_item_ids_to_remove: list[str] | Unset = UNSET
        if not isinstance(self.stock_item_ids_to_remove, Unset):
            stock_item_ids_to_remove = []
            for stock_item_ids_to_remove_item_data in self.stock_item_ids_to_remove:
                stock_item_ids_to_remove_item = str(stock_item_ids_to_remove_item_data)
                stock_item_ids_to_remove.append(stock_item_ids_to_remove_item)

        if stock_item_ids_to_remove is not UNSET:
            field_dict["stock_item_ids_to_remove"] = stock_item_ids_to_remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (SpecifyStockItemsAction)", d)
            d = dict(d)
        n__absent = 0
        _action = d.get("action", UNSET)
        if type(_action) is str:
            action = SpecifyStockItemsActionAction._by__value.get(_action) or SpecifyStockItemsActionAction(_action)
        elif isinstance(_action, str):
            action = SpecifyStockItemsActionAction(_action)
        else:
            raise FieldError("string (SpecifyStockItemsActionAction)", _action, "action")

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

        _stock_item_ids_to_add = d.get("stock_item_ids_to_add", UNSET)
        stock_item_ids_to_add: list[UUID] | Unset = UNSET
        if isinstance(_stock_item_ids_to_add, list):
            stock_item_ids_to_add = []
            try:
                for stock_item_ids_to_add_item_data in _stock_item_ids_to_add:
                    _stock_item_ids_to_add_item = stock_item_ids_to_add_item_data
                    try:
                        stock_item_ids_to_add_item = parse_uuid(_stock_item_ids_to_add_item)
                    except (TypeError, ValueError, AttributeError):
                        raise FieldError.unparsable("UUID", _stock_item_ids_to_add_item) from None

                    stock_item_ids_to_add.append(stock_item_ids_to_add_item)
            except FieldError as field__error:
                field__error.segments.append(len(stock_item_ids_to_add))
                field__error.segments.append("stock_item_ids_to_add")
                raise
        elif _stock_item_ids_to_add is not UNSET:
            raise FieldError("array", _stock_item_ids_to_add, "stock_item_ids_to_add")

        if stock_item_ids_to_add is UNSET:
            n__absent += 1

        _stock_item_ids_to_remove = d.get("stock_item_ids_to_remove", UNSET)
        stock_item_ids_to_remove: list[UUID] | Unset = UNSET
        if isinstance(_stock_item_ids_to_remove, list):
            stock_item_ids_to_remove = []
            try:
                for stock_item_ids_to_remove_item_data in _stock_item_ids_to_remove:
                    _stock_item_ids_to_remove_item = stock_item_ids_to_remove_item_data
                    try:
                        stock_item_ids_to_remove_item = parse_uuid(_stock_item_ids_to_remove_item)
                    except (TypeError, ValueError, AttributeError):
                        raise FieldError.unparsable("UUID", _stock_item_ids_to_remove_item) from None

                    stock_item_ids_to_remove.append(stock_item_ids_to_remove_item)
            except FieldError as field__error:
                field__error.segments.append(len(stock_item_ids_to_remove))
                field__error.segments.append("stock_item_ids_to_remove")
                raise
        elif _stock_item_ids_to_remove is not UNSET:
            raise FieldError("array", _stock_item_ids_to_remove, "stock_item_ids_to_remove")

        if stock_item_ids_to_remove is UNSET:
            n__absent += 1

        if cls is _plain__class:
            specify_stock_items_action = _new__object(cls)
            specify_stock_items_action.action = action
            specify_stock_items_action.product_id = product_id
            specify_stock_items_action.planning_id = planning_id
            specify_stock_items_action.stock_item_ids_to_add = stock_item_ids_to_add
            specify_stock_items_action.stock_item_ids_to_remove = stock_item_ids_to_remove
            specify_stock_items_action.additional_properties = {}
        else:
            specify_stock_items_action = cls(
                product_id,
                planning_id,
                action,
                stock_item_ids_to_add,
                stock_item_ids_to_remove,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {"action", "product_id", "planning_id", "stock_item_ids_to_add", "stock_item_ids_to_remove"}
            }
            specify_stock_items_action.additional_properties = extra__props
        return specify_stock_items_action

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


_plain__class: type[SpecifyStockItemsAction] | None = (
    SpecifyStockItemsAction
    if {field.name for field in _attrs_fields(SpecifyStockItemsAction)}
    == {
        "action",
        "product_id",
        "planning_id",
        "stock_item_ids_to_add",
        "stock_item_ids_to_remove",
        "additional_properties",
    }
    and not hasattr(SpecifyStockItemsAction, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
