from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.start_product_action_action import StartProductActionAction
from ..types import UNSET

T = TypeVar("T", bound="StartProductAction")


@_attrs_define
class StartProductAction:
    """Starts (hands out) a quantity of a booked product: all of it or part.

    Attributes:
        action (StartProductActionAction): Which action this is.
        product_id (UUID): ID of the product.
        planning_id (UUID): ID of the planning the action works on.
        quantity (int): Number of units.
    """

    action: StartProductActionAction
    product_id: UUID
    planning_id: UUID
    quantity: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        product_id = str(self.product_id)

        planning_id = str(self.planning_id)

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "product_id": product_id,
                "planning_id": planning_id,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (StartProductAction)", src_dict)
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        if isinstance(_action, str):
            action = StartProductActionAction(_action)
        else:
            raise FieldError("string (StartProductActionAction)", _action, "action")

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

        quantity = d.pop("quantity", UNSET)
        if not (isinstance(quantity, int) and quantity is not True and quantity is not False):
            raise FieldError("integer", quantity, "quantity")

        start_product_action = cls(
            action=action,
            product_id=product_id,
            planning_id=planning_id,
            quantity=quantity,
        )

        start_product_action.additional_properties = d
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
