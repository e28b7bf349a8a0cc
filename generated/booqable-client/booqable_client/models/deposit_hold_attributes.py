from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="DepositHoldAttributes")


@_attrs_define
class DepositHoldAttributes:
    """Attributes of a deposit hold as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            amount_in_cents (int | Unset): Amount, in cents.
            deposit_line_id (UUID | Unset): ID of the related deposit line.
            order_id (UUID | Unset): ID of the related order.
            reason (str | Unset):
    """

    amount_in_cents: int | Unset = UNSET
    deposit_line_id: UUID | Unset = UNSET
    order_id: UUID | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_in_cents = self.amount_in_cents

        deposit_line_id: str | Unset = UNSET
        if not isinstance(self.deposit_line_id, Unset):
            deposit_line_id = str(self.deposit_line_id)

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_in_cents is not UNSET:
            field_dict["amount_in_cents"] = amount_in_cents
        if deposit_line_id is not UNSET:
            field_dict["deposit_line_id"] = deposit_line_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DepositHoldAttributes)", src_dict)
        d = dict(src_dict)
        amount_in_cents = d.pop("amount_in_cents", UNSET)
        if (
            not (isinstance(amount_in_cents, int) and amount_in_cents is not True and amount_in_cents is not False)
            and amount_in_cents is not UNSET
        ):
            raise FieldError("integer", amount_in_cents, "amount_in_cents")

        _deposit_line_id = d.pop("deposit_line_id", UNSET)
        deposit_line_id: UUID | Unset = UNSET
        if _deposit_line_id is not UNSET:
            try:
                deposit_line_id = UUID(_deposit_line_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _deposit_line_id, "deposit_line_id") from None

        _order_id = d.pop("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = UUID(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        reason = d.pop("reason", UNSET)
        if not isinstance(reason, str) and reason is not UNSET:
            raise FieldError("string", reason, "reason")

        deposit_hold_attributes = cls(
            amount_in_cents=amount_in_cents,
            deposit_line_id=deposit_line_id,
            order_id=order_id,
            reason=reason,
        )

        deposit_hold_attributes.additional_properties = d
        return deposit_hold_attributes

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
