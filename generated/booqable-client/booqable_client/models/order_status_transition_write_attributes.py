from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.order_status_transition_from import OrderStatusTransitionFrom
from ..models.order_status_transition_to import OrderStatusTransitionTo
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderStatusTransitionWriteAttributes")


@_attrs_define
class OrderStatusTransitionWriteAttributes:
    """Attributes that can be sent when creating or updating an order status transition.

    Attributes:
        confirm_shortage (bool | None | Unset): Send true to go ahead despite a shortage warning. Unverified: the
            examples show `null`, which the field list does not allow.
        order_id (UUID | Unset): ID of the order whose status changes.
        revert (bool | None | Unset): True to move the order back to an earlier status. Unverified: the examples show
            `null`, which the field list does not allow.
        transition_from (OrderStatusTransitionFrom | Unset): Values of `transition_from` on order status transitions.
        transition_to (OrderStatusTransitionTo | Unset): Values of `transition_to` on order status transitions.
    """

    confirm_shortage: bool | None | Unset = UNSET
    order_id: UUID | Unset = UNSET
    revert: bool | None | Unset = UNSET
    transition_from: OrderStatusTransitionFrom | Unset = UNSET
    transition_to: OrderStatusTransitionTo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        confirm_shortage: bool | None | Unset
        if isinstance(self.confirm_shortage, Unset):
            confirm_shortage = UNSET
        else:
            confirm_shortage = self.confirm_shortage
        if confirm_shortage is not UNSET:
            field_dict["confirm_shortage"] = confirm_shortage
        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        revert: bool | None | Unset
        if isinstance(self.revert, Unset):
            revert = UNSET
        else:
            revert = self.revert
        if revert is not UNSET:
            field_dict["revert"] = revert
        transition_from: str | Unset = UNSET
        if not isinstance(self.transition_from, Unset):
            transition_from = self.transition_from.value

        if transition_from is not UNSET:
            field_dict["transition_from"] = transition_from
        transition_to: str | Unset = UNSET
        if not isinstance(self.transition_to, Unset):
            transition_to = self.transition_to.value

        if transition_to is not UNSET:
            field_dict["transition_to"] = transition_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderStatusTransitionWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        confirm_shortage = d.get("confirm_shortage", UNSET)
        if not ((confirm_shortage is True or confirm_shortage is False) or confirm_shortage is None):
            if confirm_shortage is UNSET:
                n__absent += 1
            elif not (isinstance(confirm_shortage, bool) or confirm_shortage is None):
                raise FieldError("boolean or null", confirm_shortage, "confirm_shortage")

        _order_id = d.get("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = parse_uuid(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        if order_id is UNSET:
            n__absent += 1

        revert = d.get("revert", UNSET)
        if not ((revert is True or revert is False) or revert is None):
            if revert is UNSET:
                n__absent += 1
            elif not (isinstance(revert, bool) or revert is None):
                raise FieldError("boolean or null", revert, "revert")

        _transition_from = d.get("transition_from", UNSET)
        transition_from: OrderStatusTransitionFrom | Unset = UNSET
        if type(_transition_from) is str:
            transition_from = OrderStatusTransitionFrom._by__value.get(_transition_from) or OrderStatusTransitionFrom(
                _transition_from
            )
        elif isinstance(_transition_from, str):
            transition_from = OrderStatusTransitionFrom(_transition_from)
        elif _transition_from is not UNSET:
            raise FieldError("string (OrderStatusTransitionFrom)", _transition_from, "transition_from")

        if transition_from is UNSET:
            n__absent += 1

        _transition_to = d.get("transition_to", UNSET)
        transition_to: OrderStatusTransitionTo | Unset = UNSET
        if type(_transition_to) is str:
            transition_to = OrderStatusTransitionTo._by__value.get(_transition_to) or OrderStatusTransitionTo(
                _transition_to
            )
        elif isinstance(_transition_to, str):
            transition_to = OrderStatusTransitionTo(_transition_to)
        elif _transition_to is not UNSET:
            raise FieldError("string (OrderStatusTransitionTo)", _transition_to, "transition_to")

        if transition_to is UNSET:
            n__absent += 1

        if cls is _plain__class:
            order_status_transition_write_attributes = _new__object(cls)
            order_status_transition_write_attributes.confirm_shortage = confirm_shortage
            order_status_transition_write_attributes.order_id = order_id
            order_status_transition_write_attributes.revert = revert
            order_status_transition_write_attributes.transition_from = transition_from
            order_status_transition_write_attributes.transition_to = transition_to
            order_status_transition_write_attributes.additional_properties = {}
        else:
            order_status_transition_write_attributes = cls(
                confirm_shortage,
                order_id,
                revert,
                transition_from,
                transition_to,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"confirm_shortage", "order_id", "revert", "transition_from", "transition_to"}
            }
            order_status_transition_write_attributes.additional_properties = extra__props
        return order_status_transition_write_attributes

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

    if TYPE_CHECKING:
        from ..models.order import Order

    def relate(
        self,
        *,
        order: Order | Unset = UNSET,
    ) -> OrderStatusTransitionWriteAttributes:
        """Point this order status transition at related records, by model: each keyword sets an id attribute.

        `order=` sets `order_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(order, Unset):
            self.order_id = order.id
        return self


_plain__class: type[OrderStatusTransitionWriteAttributes] | None = (
    OrderStatusTransitionWriteAttributes
    if {field.name for field in _attrs_fields(OrderStatusTransitionWriteAttributes)}
    == {"confirm_shortage", "order_id", "revert", "transition_from", "transition_to", "additional_properties"}
    and not hasattr(OrderStatusTransitionWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
