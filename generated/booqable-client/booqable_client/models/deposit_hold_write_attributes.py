from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="DepositHoldWriteAttributes")


@_attrs_define
class DepositHoldWriteAttributes:
    """Attributes that can be sent when creating or updating a deposit hold.

    Attributes:
        amount_in_cents (int | Unset): Amount, in cents.
        order_id (UUID | Unset): ID of the related order.
        reason (str | Unset):
    """

    amount_in_cents: int | Unset = UNSET
    order_id: UUID | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_in_cents = self.amount_in_cents

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_in_cents is not UNSET:
            field_dict["amount_in_cents"] = amount_in_cents
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DepositHoldWriteAttributes)", src_dict)
        d = dict(src_dict)
        amount_in_cents = d.pop("amount_in_cents", UNSET)
        if (
            not (isinstance(amount_in_cents, int) and amount_in_cents is not True and amount_in_cents is not False)
            and amount_in_cents is not UNSET
        ):
            raise FieldError("integer", amount_in_cents, "amount_in_cents")

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

        deposit_hold_write_attributes = cls(
            amount_in_cents=amount_in_cents,
            order_id=order_id,
            reason=reason,
        )

        deposit_hold_write_attributes.additional_properties = d
        return deposit_hold_write_attributes

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

    if TYPE_CHECKING:
        from ..models.order import Order

    def relate(
        self,
        *,
        order: Order | Unset = UNSET,
    ) -> DepositHoldWriteAttributes:
        """Point this deposit hold at related records, by model: each keyword sets an id attribute.

        `order=` sets `order_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(order, Unset):
            self.order_id = order.id
        return self
