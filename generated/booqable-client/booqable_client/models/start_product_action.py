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
from ..models.start_product_action_action import StartProductActionAction
from ..types import UNSET

T = TypeVar("T", bound="StartProductAction")


@_attrs_define
class StartProductAction:
    """Starts (hands out) a quantity of a booked product: all of it or part.

    Attributes:
        action (StartProductActionAction): Which action this is. Default: StartProductActionAction.START_PRODUCT.
        product_id (UUID): ID of the product.
        planning_id (UUID): ID of the planning the action works on.
        quantity (int): Number of units.
    """

    product_id: UUID
    planning_id: UUID
    quantity: int
    action: StartProductActionAction = StartProductActionAction.START_PRODUCT
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
        field_dict["quantity"] = self.quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (StartProductAction)", d)
            d = dict(d)
        _action = d.get("action", UNSET)
        if type(_action) is str:
            action = StartProductActionAction._by__value.get(_action) or StartProductActionAction(_action)
        elif isinstance(_action, str):
            action = StartProductActionAction(_action)
        else:
            raise FieldError("string (StartProductActionAction)", _action, "action")

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

        quantity = d.get("quantity", UNSET)
        if not (type(quantity) is int) and not (
            isinstance(quantity, int) and quantity is not True and quantity is not False
        ):
            raise FieldError("integer", quantity, "quantity")

        if cls is _plain__class:
            start_product_action = _new__object(cls)
            start_product_action.action = action
            start_product_action.product_id = product_id
            start_product_action.planning_id = planning_id
            start_product_action.quantity = quantity
            start_product_action.additional_properties = {}
        else:
            start_product_action = cls(
                product_id,
                planning_id,
                quantity,
                action,
            )
        if len(d) != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"action", "product_id", "planning_id", "quantity"}
            }
            start_product_action.additional_properties = extra__props
        return start_product_action

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


_plain__class: type[StartProductAction] | None = (
    StartProductAction
    if {field.name for field in _attrs_fields(StartProductAction)}
    == {"action", "product_id", "planning_id", "quantity", "additional_properties"}
    and not hasattr(StartProductAction, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
