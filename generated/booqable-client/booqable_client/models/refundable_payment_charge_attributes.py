from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundablePaymentChargeAttributes")


@_attrs_define
class RefundablePaymentChargeAttributes:
    """Attributes of a refundable payment charge as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            max_refundable_amount_in_cents (int | Unset): Max refundable amount, in cents.
            max_refundable_deposit_in_cents (int | Unset): Max refundable deposit, in cents.
            max_refundable_total_in_cents (int | Unset): Max refundable total, in cents.
            payment_charge_id (UUID | Unset): ID of the related payment charge.
            position (int | Unset):
            priority_type (str | Unset):
    """

    max_refundable_amount_in_cents: int | Unset = UNSET
    max_refundable_deposit_in_cents: int | Unset = UNSET
    max_refundable_total_in_cents: int | Unset = UNSET
    payment_charge_id: UUID | Unset = UNSET
    position: int | Unset = UNSET
    priority_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_refundable_amount_in_cents = self.max_refundable_amount_in_cents

        max_refundable_deposit_in_cents = self.max_refundable_deposit_in_cents

        max_refundable_total_in_cents = self.max_refundable_total_in_cents

        payment_charge_id: str | Unset = UNSET
        if not isinstance(self.payment_charge_id, Unset):
            payment_charge_id = str(self.payment_charge_id)

        position = self.position

        priority_type = self.priority_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_refundable_amount_in_cents is not UNSET:
            field_dict["max_refundable_amount_in_cents"] = max_refundable_amount_in_cents
        if max_refundable_deposit_in_cents is not UNSET:
            field_dict["max_refundable_deposit_in_cents"] = max_refundable_deposit_in_cents
        if max_refundable_total_in_cents is not UNSET:
            field_dict["max_refundable_total_in_cents"] = max_refundable_total_in_cents
        if payment_charge_id is not UNSET:
            field_dict["payment_charge_id"] = payment_charge_id
        if position is not UNSET:
            field_dict["position"] = position
        if priority_type is not UNSET:
            field_dict["priority_type"] = priority_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (RefundablePaymentChargeAttributes)", src_dict)
        d = dict(src_dict)
        max_refundable_amount_in_cents = d.pop("max_refundable_amount_in_cents", UNSET)
        if (
            not (
                isinstance(max_refundable_amount_in_cents, int)
                and max_refundable_amount_in_cents is not True
                and max_refundable_amount_in_cents is not False
            )
            and max_refundable_amount_in_cents is not UNSET
        ):
            raise FieldError("integer", max_refundable_amount_in_cents, "max_refundable_amount_in_cents")

        max_refundable_deposit_in_cents = d.pop("max_refundable_deposit_in_cents", UNSET)
        if (
            not (
                isinstance(max_refundable_deposit_in_cents, int)
                and max_refundable_deposit_in_cents is not True
                and max_refundable_deposit_in_cents is not False
            )
            and max_refundable_deposit_in_cents is not UNSET
        ):
            raise FieldError("integer", max_refundable_deposit_in_cents, "max_refundable_deposit_in_cents")

        max_refundable_total_in_cents = d.pop("max_refundable_total_in_cents", UNSET)
        if (
            not (
                isinstance(max_refundable_total_in_cents, int)
                and max_refundable_total_in_cents is not True
                and max_refundable_total_in_cents is not False
            )
            and max_refundable_total_in_cents is not UNSET
        ):
            raise FieldError("integer", max_refundable_total_in_cents, "max_refundable_total_in_cents")

        _payment_charge_id = d.pop("payment_charge_id", UNSET)
        payment_charge_id: UUID | Unset = UNSET
        if _payment_charge_id is not UNSET:
            try:
                payment_charge_id = UUID(_payment_charge_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _payment_charge_id, "payment_charge_id") from None

        position = d.pop("position", UNSET)
        if not (isinstance(position, int) and position is not True and position is not False) and position is not UNSET:
            raise FieldError("integer", position, "position")

        priority_type = d.pop("priority_type", UNSET)
        if not isinstance(priority_type, str) and priority_type is not UNSET:
            raise FieldError("string", priority_type, "priority_type")

        refundable_payment_charge_attributes = cls(
            max_refundable_amount_in_cents=max_refundable_amount_in_cents,
            max_refundable_deposit_in_cents=max_refundable_deposit_in_cents,
            max_refundable_total_in_cents=max_refundable_total_in_cents,
            payment_charge_id=payment_charge_id,
            position=position,
            priority_type=priority_type,
        )

        refundable_payment_charge_attributes.additional_properties = d
        return refundable_payment_charge_attributes

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
