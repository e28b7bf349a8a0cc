from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.book_bundle_action import BookBundleAction
    from ..models.book_product_action import BookProductAction
    from ..models.book_stock_items_action import BookStockItemsAction
    from ..models.specify_stock_items_action import SpecifyStockItemsAction
    from ..models.start_product_action import StartProductAction
    from ..models.start_stock_items_action import StartStockItemsAction
    from ..models.stop_product_action import StopProductAction
    from ..models.stop_stock_items_action import StopStockItemsAction

_refs__resolved = False
_from_dict__BookBundleAction: Callable[[Mapping[str, Any]], BookBundleAction]
_from_dict__BookProductAction: Callable[[Mapping[str, Any]], BookProductAction]
_from_dict__BookStockItemsAction: Callable[[Mapping[str, Any]], BookStockItemsAction]
_from_dict__SpecifyStockItemsAction: Callable[[Mapping[str, Any]], SpecifyStockItemsAction]
_from_dict__StartProductAction: Callable[[Mapping[str, Any]], StartProductAction]
_from_dict__StartStockItemsAction: Callable[[Mapping[str, Any]], StartStockItemsAction]
_from_dict__StopProductAction: Callable[[Mapping[str, Any]], StopProductAction]
_from_dict__StopStockItemsAction: Callable[[Mapping[str, Any]], StopStockItemsAction]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BookBundleAction, BookProductAction, BookStockItemsAction, SpecifyStockItemsAction, StartProductAction, StartStockItemsAction, StopProductAction, StopStockItemsAction  # noqa: PLW0603
    global _from_dict__BookBundleAction, _from_dict__BookProductAction, _from_dict__BookStockItemsAction, _from_dict__SpecifyStockItemsAction, _from_dict__StartProductAction, _from_dict__StartStockItemsAction, _from_dict__StopProductAction, _from_dict__StopStockItemsAction  # noqa: PLW0603
    from ..models.book_bundle_action import BookBundleAction  # noqa: PLC0415
    from ..models.book_product_action import BookProductAction  # noqa: PLC0415
    from ..models.book_stock_items_action import BookStockItemsAction  # noqa: PLC0415
    from ..models.specify_stock_items_action import SpecifyStockItemsAction  # noqa: PLC0415
    from ..models.start_product_action import StartProductAction  # noqa: PLC0415
    from ..models.start_stock_items_action import StartStockItemsAction  # noqa: PLC0415
    from ..models.stop_product_action import StopProductAction  # noqa: PLC0415
    from ..models.stop_stock_items_action import StopStockItemsAction  # noqa: PLC0415

    _from_dict__BookBundleAction = BookBundleAction.from_dict
    _from_dict__BookProductAction = BookProductAction.from_dict
    _from_dict__BookStockItemsAction = BookStockItemsAction.from_dict
    _from_dict__SpecifyStockItemsAction = SpecifyStockItemsAction.from_dict
    _from_dict__StartProductAction = StartProductAction.from_dict
    _from_dict__StartStockItemsAction = StartStockItemsAction.from_dict
    _from_dict__StopProductAction = StopProductAction.from_dict
    _from_dict__StopStockItemsAction = StopStockItemsAction.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="OrderFulfillmentAttributes")


def _parse__actions__actions_item(
    data: object,
) -> (
    BookBundleAction
    | BookProductAction
    | BookStockItemsAction
    | SpecifyStockItemsAction
    | StartProductAction
    | StartStockItemsAction
    | StopProductAction
    | StopStockItemsAction
):
    choice: Choice[
        BookBundleAction
        | BookProductAction
        | BookStockItemsAction
        | SpecifyStockItemsAction
        | StartProductAction
        | StartStockItemsAction
        | StopProductAction
        | StopStockItemsAction
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_order_fulfillment_action_type_0 = _from_dict__BookProductAction(data)

                if choice.take(componentsschemas_order_fulfillment_action_type_0):
                    return componentsschemas_order_fulfillment_action_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            try:
                componentsschemas_order_fulfillment_action_type_1 = _from_dict__BookBundleAction(data)

                if choice.take(componentsschemas_order_fulfillment_action_type_1):
                    return componentsschemas_order_fulfillment_action_type_1
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            try:
                componentsschemas_order_fulfillment_action_type_2 = _from_dict__BookStockItemsAction(data)

                if choice.take(componentsschemas_order_fulfillment_action_type_2):
                    return componentsschemas_order_fulfillment_action_type_2
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            try:
                componentsschemas_order_fulfillment_action_type_3 = _from_dict__SpecifyStockItemsAction(data)

                if choice.take(componentsschemas_order_fulfillment_action_type_3):
                    return componentsschemas_order_fulfillment_action_type_3
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            try:
                componentsschemas_order_fulfillment_action_type_4 = _from_dict__StartProductAction(data)

                if choice.take(componentsschemas_order_fulfillment_action_type_4):
                    return componentsschemas_order_fulfillment_action_type_4
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            try:
                componentsschemas_order_fulfillment_action_type_5 = _from_dict__StartStockItemsAction(data)

                if choice.take(componentsschemas_order_fulfillment_action_type_5):
                    return componentsschemas_order_fulfillment_action_type_5
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            try:
                componentsschemas_order_fulfillment_action_type_6 = _from_dict__StopProductAction(data)

                if choice.take(componentsschemas_order_fulfillment_action_type_6):
                    return componentsschemas_order_fulfillment_action_type_6
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            try:
                componentsschemas_order_fulfillment_action_type_7 = _from_dict__StopStockItemsAction(data)

                if choice.take(componentsschemas_order_fulfillment_action_type_7):
                    return componentsschemas_order_fulfillment_action_type_7
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result(
        "one of object (BookProductAction), object (BookBundleAction), object (BookStockItemsAction), object (SpecifyStockItemsAction), object (StartProductAction), object (StartStockItemsAction), object (StopProductAction), object (StopStockItemsAction)",
        data,
    )


@_attrs_define
class OrderFulfillmentAttributes:
    """Attributes of an order fulfillment as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            order_id (UUID | Unset): ID of the related order. Can only be set when the record is created.
            actions (list[BookBundleAction | BookProductAction | BookStockItemsAction | SpecifyStockItemsAction |
                StartProductAction | StartStockItemsAction | StopProductAction | StopStockItemsAction] | Unset): The actions to
                run; see the write attributes.
            confirm_shortage (bool | Unset): Send true to go ahead despite a shortage warning.
    """

    order_id: UUID | Unset = UNSET
    actions: (
        list[
            BookBundleAction
            | BookProductAction
            | BookStockItemsAction
            | SpecifyStockItemsAction
            | StartProductAction
            | StartStockItemsAction
            | StopProductAction
            | StopStockItemsAction
        ]
        | Unset
    ) = UNSET
    confirm_shortage: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item: dict[str, Any]
                if isinstance(actions_item_data, BookProductAction):
                    actions_item = actions_item_data.to_dict()
                elif isinstance(actions_item_data, BookBundleAction):
                    actions_item = actions_item_data.to_dict()
                elif isinstance(actions_item_data, BookStockItemsAction):
                    actions_item = actions_item_data.to_dict()
                elif isinstance(actions_item_data, SpecifyStockItemsAction):
                    actions_item = actions_item_data.to_dict()
                elif isinstance(actions_item_data, StartProductAction):
                    actions_item = actions_item_data.to_dict()
                elif isinstance(actions_item_data, StartStockItemsAction):
                    actions_item = actions_item_data.to_dict()
                elif isinstance(actions_item_data, StopProductAction):
                    actions_item = actions_item_data.to_dict()
                else:
                    actions_item = actions_item_data.to_dict()

                actions.append(actions_item)

        if actions is not UNSET:
            field_dict["actions"] = actions
        confirm_shortage = self.confirm_shortage
        if confirm_shortage is not UNSET:
            field_dict["confirm_shortage"] = confirm_shortage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderFulfillmentAttributes)", d)
            d = dict(d)
        n__absent = 0
        _order_id = d.get("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = parse_uuid(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        if order_id is UNSET:
            n__absent += 1

        _actions = d.get("actions", UNSET)
        actions: (
            list[
                BookBundleAction
                | BookProductAction
                | BookStockItemsAction
                | SpecifyStockItemsAction
                | StartProductAction
                | StartStockItemsAction
                | StopProductAction
                | StopStockItemsAction
            ]
            | Unset
        ) = UNSET
        if isinstance(_actions, list):
            actions = []
            try:
                for actions_item_data in _actions:
                    actions_item = _parse__actions__actions_item(actions_item_data)

                    actions.append(actions_item)
            except FieldError as field__error:
                field__error.segments.append(len(actions))
                field__error.segments.append("actions")
                raise
        elif _actions is not UNSET:
            raise FieldError("array", _actions, "actions")

        if actions is UNSET:
            n__absent += 1

        confirm_shortage = d.get("confirm_shortage", UNSET)
        if not (confirm_shortage is True or confirm_shortage is False):
            if confirm_shortage is UNSET:
                n__absent += 1
            elif not isinstance(confirm_shortage, bool):
                raise FieldError("boolean", confirm_shortage, "confirm_shortage")

        if cls is _plain__class:
            order_fulfillment_attributes = _new__object(cls)
            order_fulfillment_attributes.order_id = order_id
            order_fulfillment_attributes.actions = actions
            order_fulfillment_attributes.confirm_shortage = confirm_shortage
            order_fulfillment_attributes.additional_properties = {}
        else:
            order_fulfillment_attributes = cls(
                order_id,
                actions,
                confirm_shortage,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"order_id", "actions", "confirm_shortage"}
            }
            order_fulfillment_attributes.additional_properties = extra__props
        return order_fulfillment_attributes

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


_plain__class: type[OrderFulfillmentAttributes] | None = (
    OrderFulfillmentAttributes
    if {field.name for field in _attrs_fields(OrderFulfillmentAttributes)}
    == {"order_id", "actions", "confirm_shortage", "additional_properties"}
    and not hasattr(OrderFulfillmentAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
