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
from ..models.stop_product_action_action import StopProductActionAction
from ..types import UNSET

T = TypeVar("T", bound="StopProductAction")


@_attrs_define
class StopProductAction:
    """Stops (takes back) a quantity of a started product: all of it or part. Sales items and services cannot be stopped.

    Attributes:
        action (StopProductActionAction): Which action this is. Default: StopProductActionAction.STOP_PRODUCT.
        product_id (UUID): ID of the product.
        planning_id (UUID): ID of the planning the action works on.
        quantity (int): Number of units.
    """

    product_id: UUID
    planning_id: UUID
    quantity: int
    action: StopProductActionAction = StopProductActionAction.STOP_PRODUCT
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
                raise FieldError("object (StopProductAction)", d)
            d = dict(d)
        _action = d.get("action", UNSET)
        if type(_action) is str:
            action = StopProductActionAction._by__value.get(_action) or StopProductActionAction(_action)
        elif isinstance(_action, str):
            action = StopProductActionAction(_action)
        else:
            raise FieldError("string (StopProductActionAction)", _action, "action")

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
            stop_product_action = _new__object(cls)
            stop_product_action.action = action
            stop_product_action.product_id = product_id
            stop_product_action.planning_id = planning_id
            stop_product_action.quantity = quantity
            stop_product_action.additional_properties = {}
        else:
            stop_product_action = cls(
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
            stop_product_action.additional_properties = extra__props
        return stop_product_action

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


_plain__class: type[StopProductAction] | None = (
    StopProductAction
    if {field.name for field in _attrs_fields(StopProductAction)}
    == {"action", "product_id", "planning_id", "quantity", "additional_properties"}
    and not hasattr(StopProductAction, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
