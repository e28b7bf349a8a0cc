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
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundablePaymentChargeAttributes")


@_attrs_define
class RefundablePaymentChargeAttributes:
    """Attributes of a refundable payment charge as read from the API. `required` lists the attributes Booqable always
    sends; a sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not
    sent.

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        max_refundable_amount_in_cents = self.max_refundable_amount_in_cents
        if max_refundable_amount_in_cents is not UNSET:
            field_dict["max_refundable_amount_in_cents"] = max_refundable_amount_in_cents
        max_refundable_deposit_in_cents = self.max_refundable_deposit_in_cents
        if max_refundable_deposit_in_cents is not UNSET:
            field_dict["max_refundable_deposit_in_cents"] = max_refundable_deposit_in_cents
        max_refundable_total_in_cents = self.max_refundable_total_in_cents
        if max_refundable_total_in_cents is not UNSET:
            field_dict["max_refundable_total_in_cents"] = max_refundable_total_in_cents
        payment_charge_id: str | Unset = UNSET
        if not isinstance(self.payment_charge_id, Unset):
            payment_charge_id = str(self.payment_charge_id)
        if payment_charge_id is not UNSET:
            field_dict["payment_charge_id"] = payment_charge_id
        position = self.position
        if position is not UNSET:
            field_dict["position"] = position
        priority_type = self.priority_type
        if priority_type is not UNSET:
            field_dict["priority_type"] = priority_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (RefundablePaymentChargeAttributes)", d)
            d = dict(d)
        n__absent = 0
        max_refundable_amount_in_cents = d.get("max_refundable_amount_in_cents", UNSET)
        if not (type(max_refundable_amount_in_cents) is int):
            if max_refundable_amount_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(max_refundable_amount_in_cents, int)
                and max_refundable_amount_in_cents is not True
                and max_refundable_amount_in_cents is not False
            ):
                raise FieldError("integer", max_refundable_amount_in_cents, "max_refundable_amount_in_cents")

        max_refundable_deposit_in_cents = d.get("max_refundable_deposit_in_cents", UNSET)
        if not (type(max_refundable_deposit_in_cents) is int):
            if max_refundable_deposit_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(max_refundable_deposit_in_cents, int)
                and max_refundable_deposit_in_cents is not True
                and max_refundable_deposit_in_cents is not False
            ):
                raise FieldError("integer", max_refundable_deposit_in_cents, "max_refundable_deposit_in_cents")

        max_refundable_total_in_cents = d.get("max_refundable_total_in_cents", UNSET)
        if not (type(max_refundable_total_in_cents) is int):
            if max_refundable_total_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(max_refundable_total_in_cents, int)
                and max_refundable_total_in_cents is not True
                and max_refundable_total_in_cents is not False
            ):
                raise FieldError("integer", max_refundable_total_in_cents, "max_refundable_total_in_cents")

        _payment_charge_id = d.get("payment_charge_id", UNSET)
        payment_charge_id: UUID | Unset = UNSET
        if _payment_charge_id is not UNSET:
            try:
                payment_charge_id = parse_uuid(_payment_charge_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _payment_charge_id, "payment_charge_id") from None

        if payment_charge_id is UNSET:
            n__absent += 1

        position = d.get("position", UNSET)
        if not (type(position) is int):
            if position is UNSET:
                n__absent += 1
            elif not (isinstance(position, int) and position is not True and position is not False):
                raise FieldError("integer", position, "position")

        priority_type = d.get("priority_type", UNSET)
        if not (type(priority_type) is str):
            if priority_type is UNSET:
                n__absent += 1
            elif not isinstance(priority_type, str):
                raise FieldError("string", priority_type, "priority_type")

        if cls is _plain__class:
            refundable_payment_charge_attributes = _new__object(cls)
            refundable_payment_charge_attributes.max_refundable_amount_in_cents = max_refundable_amount_in_cents
            refundable_payment_charge_attributes.max_refundable_deposit_in_cents = max_refundable_deposit_in_cents
            refundable_payment_charge_attributes.max_refundable_total_in_cents = max_refundable_total_in_cents
            refundable_payment_charge_attributes.payment_charge_id = payment_charge_id
            refundable_payment_charge_attributes.position = position
            refundable_payment_charge_attributes.priority_type = priority_type
            refundable_payment_charge_attributes.additional_properties = {}
        else:
            refundable_payment_charge_attributes = cls(
                max_refundable_amount_in_cents,
                max_refundable_deposit_in_cents,
                max_refundable_total_in_cents,
                payment_charge_id,
                position,
                priority_type,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "max_refundable_amount_in_cents",
                    "max_refundable_deposit_in_cents",
                    "max_refundable_total_in_cents",
                    "payment_charge_id",
                    "position",
                    "priority_type",
                }
            }
            refundable_payment_charge_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[RefundablePaymentChargeAttributes] | None = (
    RefundablePaymentChargeAttributes
    if {field.name for field in _attrs_fields(RefundablePaymentChargeAttributes)}
    == {
        "max_refundable_amount_in_cents",
        "max_refundable_deposit_in_cents",
        "max_refundable_total_in_cents",
        "payment_charge_id",
        "position",
        "priority_type",
        "additional_properties",
    }
    and not hasattr(RefundablePaymentChargeAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
