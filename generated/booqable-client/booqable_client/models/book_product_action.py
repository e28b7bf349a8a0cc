from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.book_product_action_action import BookProductActionAction
from ..models.booking_mode import BookingMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="BookProductAction")


@_attrs_define
class BookProductAction:
    """Books a quantity of any kind of product (trackable ones too) on the order.

    Attributes:
        action (BookProductActionAction): Which action this is.
        mode (BookingMode): Where a booking goes: `create_new` adds a new planning and line, `update_existing` adds to
            the planning named by `planning_id`, `infer_planning` adds to the product's planning when the order has one and
            creates one otherwise.
        product_id (UUID): ID of the product.
        quantity (int): Number of units.
        planning_id (None | Unset | UUID): ID of the planning to add to; needed with `mode: update_existing`. The
            examples send `null` for the other modes.
    """

    action: BookProductActionAction
    mode: BookingMode
    product_id: UUID
    quantity: int
    planning_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        mode = self.mode.value

        product_id = str(self.product_id)

        quantity = self.quantity

        planning_id: None | str | Unset
        if isinstance(self.planning_id, Unset):
            planning_id = UNSET
        elif isinstance(self.planning_id, UUID):
            planning_id = str(self.planning_id)
        else:
            planning_id = self.planning_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "mode": mode,
                "product_id": product_id,
                "quantity": quantity,
            }
        )
        if planning_id is not UNSET:
            field_dict["planning_id"] = planning_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (BookProductAction)", src_dict)
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        if isinstance(_action, str):
            action = BookProductActionAction(_action)
        else:
            raise FieldError("string (BookProductActionAction)", _action, "action")

        _mode = d.pop("mode", UNSET)
        if isinstance(_mode, str):
            mode = BookingMode(_mode)
        else:
            raise FieldError("string (BookingMode)", _mode, "mode")

        _product_id = d.pop("product_id", UNSET)
        try:
            product_id = UUID(_product_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        quantity = d.pop("quantity", UNSET)
        if not (isinstance(quantity, int) and quantity is not True and quantity is not False):
            raise FieldError("integer", quantity, "quantity")

        _planning_id = d.pop("planning_id", UNSET)
        planning_id: None | Unset | UUID
        if _planning_id is None or _planning_id is UNSET:
            planning_id = _planning_id
        elif isinstance(_planning_id, str):
            _planning_id_type_0 = _planning_id
            try:
                planning_id_type_0 = UUID(_planning_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _planning_id_type_0, "planning_id") from None

            planning_id = planning_id_type_0
        else:
            raise FieldError("UUID string or null", _planning_id, "planning_id")

        book_product_action = cls(
            action=action,
            mode=mode,
            product_id=product_id,
            quantity=quantity,
            planning_id=planning_id,
        )

        book_product_action.additional_properties = d
        return book_product_action

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
