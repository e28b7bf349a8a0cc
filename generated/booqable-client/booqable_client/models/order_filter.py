from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_between_operators import DatetimeBetweenOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.hash_operators import HashOperators
    from ..models.id_operators import IdOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.json_object import JsonObject
    from ..models.number_operators import NumberOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.string_operators import StringOperators
    from ..models.uuid_equal_operators import UuidEqualOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, BooleanOperators, DatetimeBetweenOperators, DatetimeOperators, HashOperators, IdOperators, IntegerOperators, JsonObject, NumberOperators, StringEqualOperators, StringOperators, UuidEqualOperators, UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_between_operators import DatetimeBetweenOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.hash_operators import HashOperators  # noqa: PLC0415
    from ..models.id_operators import IdOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.json_object import JsonObject  # noqa: PLC0415
    from ..models.number_operators import NumberOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.string_operators import StringOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="OrderFilter")


@_attrs_define
class OrderFilter:
    """Filters for orders: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            amount_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            amount_paid_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            amount_to_be_paid_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            any_shortage (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            billing_address_property_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            conditions (HashOperators | JsonObject | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            coupon_discount_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            coupon_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            customer_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            delivery_address_property_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            deposit_held_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            deposit_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            deposit_paid_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            deposit_refunded_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            deposit_to_be_paid_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            deposit_to_refund_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            deposit_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            discount_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            discount_percentage (float | NumberOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            discount_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            discount_value (float | NumberOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            fulfillment_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            grand_total_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            grand_total_with_tax_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            has_signed_contract (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            id (IdOperators | Unset | UUID): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            item_count (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            item_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            location_shortage (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            number (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            order_delivery_rate_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            paid_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            payment_status (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            price_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            shortage (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            start_location_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            start_or_stop_time (datetime.datetime | DatetimeBetweenOperators | Unset): A filter on one attribute: either an
                object of operators, or a bare value as shorthand for `eq`.
            starts_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            status (str | StringOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            statuses (str | StringOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            stock_item_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            stop_location_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            stops_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            tag_list (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            tax_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            tax_region_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            to_be_paid_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            total_discount_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            total_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            total_paid_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            total_to_be_paid_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    amount_in_cents: int | IntegerOperators | Unset = UNSET
    amount_paid_in_cents: int | IntegerOperators | Unset = UNSET
    amount_to_be_paid_in_cents: int | IntegerOperators | Unset = UNSET
    any_shortage: bool | BooleanOperators | Unset = UNSET
    billing_address_property_id: Unset | UUID | UuidOperators = UNSET
    conditions: HashOperators | JsonObject | Unset = UNSET
    coupon_discount_in_cents: int | IntegerOperators | Unset = UNSET
    coupon_id: Unset | UUID | UuidOperators = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    customer_id: Unset | UUID | UuidOperators = UNSET
    delivery_address_property_id: Unset | UUID | UuidOperators = UNSET
    deposit_held_in_cents: int | IntegerOperators | Unset = UNSET
    deposit_in_cents: int | IntegerOperators | Unset = UNSET
    deposit_paid_in_cents: int | IntegerOperators | Unset = UNSET
    deposit_refunded_in_cents: int | IntegerOperators | Unset = UNSET
    deposit_to_be_paid_in_cents: int | IntegerOperators | Unset = UNSET
    deposit_to_refund_in_cents: int | IntegerOperators | Unset = UNSET
    deposit_type: str | StringEqualOperators | Unset = UNSET
    discount_in_cents: int | IntegerOperators | Unset = UNSET
    discount_percentage: float | NumberOperators | Unset = UNSET
    discount_type: str | StringEqualOperators | Unset = UNSET
    discount_value: float | NumberOperators | Unset = UNSET
    fulfillment_type: str | StringEqualOperators | Unset = UNSET
    grand_total_in_cents: int | IntegerOperators | Unset = UNSET
    grand_total_with_tax_in_cents: int | IntegerOperators | Unset = UNSET
    has_signed_contract: bool | BooleanOperators | Unset = UNSET
    id: IdOperators | Unset | UUID = UNSET
    item_count: int | IntegerOperators | Unset = UNSET
    item_id: Unset | UUID | UuidEqualOperators = UNSET
    location_shortage: bool | BooleanOperators | Unset = UNSET
    number: int | IntegerOperators | Unset = UNSET
    order_delivery_rate_id: Unset | UUID | UuidOperators = UNSET
    paid_in_cents: int | IntegerOperators | Unset = UNSET
    payment_status: str | StringEqualOperators | Unset = UNSET
    price_in_cents: int | IntegerOperators | Unset = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    shortage: bool | BooleanOperators | Unset = UNSET
    start_location_id: Unset | UUID | UuidOperators = UNSET
    start_or_stop_time: datetime.datetime | DatetimeBetweenOperators | Unset = UNSET
    starts_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    status: str | StringOperators | Unset = UNSET
    statuses: str | StringOperators | Unset = UNSET
    stock_item_id: Unset | UUID | UuidEqualOperators = UNSET
    stop_location_id: Unset | UUID | UuidOperators = UNSET
    stops_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    tag_list: str | StringEqualOperators | Unset = UNSET
    tax_in_cents: int | IntegerOperators | Unset = UNSET
    tax_region_id: Unset | UUID | UuidOperators = UNSET
    to_be_paid_in_cents: int | IntegerOperators | Unset = UNSET
    total_discount_in_cents: int | IntegerOperators | Unset = UNSET
    total_in_cents: int | IntegerOperators | Unset = UNSET
    total_paid_in_cents: int | IntegerOperators | Unset = UNSET
    total_to_be_paid_in_cents: int | IntegerOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        amount_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.amount_in_cents, Unset):
            amount_in_cents = UNSET
        elif isinstance(self.amount_in_cents, IntegerOperators):
            amount_in_cents = self.amount_in_cents.to_dict()
        else:
            amount_in_cents = self.amount_in_cents

        amount_paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.amount_paid_in_cents, Unset):
            amount_paid_in_cents = UNSET
        elif isinstance(self.amount_paid_in_cents, IntegerOperators):
            amount_paid_in_cents = self.amount_paid_in_cents.to_dict()
        else:
            amount_paid_in_cents = self.amount_paid_in_cents

        amount_to_be_paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.amount_to_be_paid_in_cents, Unset):
            amount_to_be_paid_in_cents = UNSET
        elif isinstance(self.amount_to_be_paid_in_cents, IntegerOperators):
            amount_to_be_paid_in_cents = self.amount_to_be_paid_in_cents.to_dict()
        else:
            amount_to_be_paid_in_cents = self.amount_to_be_paid_in_cents

        any_shortage: bool | dict[str, Any] | Unset
        if isinstance(self.any_shortage, Unset):
            any_shortage = UNSET
        elif isinstance(self.any_shortage, BooleanOperators):
            any_shortage = self.any_shortage.to_dict()
        else:
            any_shortage = self.any_shortage

        billing_address_property_id: dict[str, Any] | str | Unset
        if isinstance(self.billing_address_property_id, Unset):
            billing_address_property_id = UNSET
        elif isinstance(self.billing_address_property_id, UuidOperators):
            billing_address_property_id = self.billing_address_property_id.to_dict()
        else:
            billing_address_property_id = str(self.billing_address_property_id)

        conditions: dict[str, Any] | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, HashOperators):
            conditions = self.conditions.to_dict()
        else:
            conditions = self.conditions.to_dict()

        coupon_discount_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.coupon_discount_in_cents, Unset):
            coupon_discount_in_cents = UNSET
        elif isinstance(self.coupon_discount_in_cents, IntegerOperators):
            coupon_discount_in_cents = self.coupon_discount_in_cents.to_dict()
        else:
            coupon_discount_in_cents = self.coupon_discount_in_cents

        coupon_id: dict[str, Any] | str | Unset
        if isinstance(self.coupon_id, Unset):
            coupon_id = UNSET
        elif isinstance(self.coupon_id, UuidOperators):
            coupon_id = self.coupon_id.to_dict()
        else:
            coupon_id = str(self.coupon_id)

        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        customer_id: dict[str, Any] | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UuidOperators):
            customer_id = self.customer_id.to_dict()
        else:
            customer_id = str(self.customer_id)

        delivery_address_property_id: dict[str, Any] | str | Unset
        if isinstance(self.delivery_address_property_id, Unset):
            delivery_address_property_id = UNSET
        elif isinstance(self.delivery_address_property_id, UuidOperators):
            delivery_address_property_id = self.delivery_address_property_id.to_dict()
        else:
            delivery_address_property_id = str(self.delivery_address_property_id)

        deposit_held_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.deposit_held_in_cents, Unset):
            deposit_held_in_cents = UNSET
        elif isinstance(self.deposit_held_in_cents, IntegerOperators):
            deposit_held_in_cents = self.deposit_held_in_cents.to_dict()
        else:
            deposit_held_in_cents = self.deposit_held_in_cents

        deposit_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.deposit_in_cents, Unset):
            deposit_in_cents = UNSET
        elif isinstance(self.deposit_in_cents, IntegerOperators):
            deposit_in_cents = self.deposit_in_cents.to_dict()
        else:
            deposit_in_cents = self.deposit_in_cents

        deposit_paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.deposit_paid_in_cents, Unset):
            deposit_paid_in_cents = UNSET
        elif isinstance(self.deposit_paid_in_cents, IntegerOperators):
            deposit_paid_in_cents = self.deposit_paid_in_cents.to_dict()
        else:
            deposit_paid_in_cents = self.deposit_paid_in_cents

        deposit_refunded_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.deposit_refunded_in_cents, Unset):
            deposit_refunded_in_cents = UNSET
        elif isinstance(self.deposit_refunded_in_cents, IntegerOperators):
            deposit_refunded_in_cents = self.deposit_refunded_in_cents.to_dict()
        else:
            deposit_refunded_in_cents = self.deposit_refunded_in_cents

        deposit_to_be_paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.deposit_to_be_paid_in_cents, Unset):
            deposit_to_be_paid_in_cents = UNSET
        elif isinstance(self.deposit_to_be_paid_in_cents, IntegerOperators):
            deposit_to_be_paid_in_cents = self.deposit_to_be_paid_in_cents.to_dict()
        else:
            deposit_to_be_paid_in_cents = self.deposit_to_be_paid_in_cents

        deposit_to_refund_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.deposit_to_refund_in_cents, Unset):
            deposit_to_refund_in_cents = UNSET
        elif isinstance(self.deposit_to_refund_in_cents, IntegerOperators):
            deposit_to_refund_in_cents = self.deposit_to_refund_in_cents.to_dict()
        else:
            deposit_to_refund_in_cents = self.deposit_to_refund_in_cents

        deposit_type: dict[str, Any] | str | Unset
        if isinstance(self.deposit_type, Unset):
            deposit_type = UNSET
        elif isinstance(self.deposit_type, StringEqualOperators):
            deposit_type = self.deposit_type.to_dict()
        else:
            deposit_type = self.deposit_type

        discount_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.discount_in_cents, Unset):
            discount_in_cents = UNSET
        elif isinstance(self.discount_in_cents, IntegerOperators):
            discount_in_cents = self.discount_in_cents.to_dict()
        else:
            discount_in_cents = self.discount_in_cents

        discount_percentage: dict[str, Any] | float | Unset
        if isinstance(self.discount_percentage, Unset):
            discount_percentage = UNSET
        elif isinstance(self.discount_percentage, NumberOperators):
            discount_percentage = self.discount_percentage.to_dict()
        else:
            discount_percentage = self.discount_percentage

        discount_type: dict[str, Any] | str | Unset
        if isinstance(self.discount_type, Unset):
            discount_type = UNSET
        elif isinstance(self.discount_type, StringEqualOperators):
            discount_type = self.discount_type.to_dict()
        else:
            discount_type = self.discount_type

        discount_value: dict[str, Any] | float | Unset
        if isinstance(self.discount_value, Unset):
            discount_value = UNSET
        elif isinstance(self.discount_value, NumberOperators):
            discount_value = self.discount_value.to_dict()
        else:
            discount_value = self.discount_value

        fulfillment_type: dict[str, Any] | str | Unset
        if isinstance(self.fulfillment_type, Unset):
            fulfillment_type = UNSET
        elif isinstance(self.fulfillment_type, StringEqualOperators):
            fulfillment_type = self.fulfillment_type.to_dict()
        else:
            fulfillment_type = self.fulfillment_type

        grand_total_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.grand_total_in_cents, Unset):
            grand_total_in_cents = UNSET
        elif isinstance(self.grand_total_in_cents, IntegerOperators):
            grand_total_in_cents = self.grand_total_in_cents.to_dict()
        else:
            grand_total_in_cents = self.grand_total_in_cents

        grand_total_with_tax_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.grand_total_with_tax_in_cents, Unset):
            grand_total_with_tax_in_cents = UNSET
        elif isinstance(self.grand_total_with_tax_in_cents, IntegerOperators):
            grand_total_with_tax_in_cents = self.grand_total_with_tax_in_cents.to_dict()
        else:
            grand_total_with_tax_in_cents = self.grand_total_with_tax_in_cents

        has_signed_contract: bool | dict[str, Any] | Unset
        if isinstance(self.has_signed_contract, Unset):
            has_signed_contract = UNSET
        elif isinstance(self.has_signed_contract, BooleanOperators):
            has_signed_contract = self.has_signed_contract.to_dict()
        else:
            has_signed_contract = self.has_signed_contract

        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, IdOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        item_count: dict[str, Any] | int | Unset
        if isinstance(self.item_count, Unset):
            item_count = UNSET
        elif isinstance(self.item_count, IntegerOperators):
            item_count = self.item_count.to_dict()
        else:
            item_count = self.item_count

        item_id: dict[str, Any] | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        elif isinstance(self.item_id, UuidEqualOperators):
            item_id = self.item_id.to_dict()
        else:
            item_id = str(self.item_id)

        location_shortage: bool | dict[str, Any] | Unset
        if isinstance(self.location_shortage, Unset):
            location_shortage = UNSET
        elif isinstance(self.location_shortage, BooleanOperators):
            location_shortage = self.location_shortage.to_dict()
        else:
            location_shortage = self.location_shortage

        number: dict[str, Any] | int | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        elif isinstance(self.number, IntegerOperators):
            number = self.number.to_dict()
        else:
            number = self.number

        order_delivery_rate_id: dict[str, Any] | str | Unset
        if isinstance(self.order_delivery_rate_id, Unset):
            order_delivery_rate_id = UNSET
        elif isinstance(self.order_delivery_rate_id, UuidOperators):
            order_delivery_rate_id = self.order_delivery_rate_id.to_dict()
        else:
            order_delivery_rate_id = str(self.order_delivery_rate_id)

        paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.paid_in_cents, Unset):
            paid_in_cents = UNSET
        elif isinstance(self.paid_in_cents, IntegerOperators):
            paid_in_cents = self.paid_in_cents.to_dict()
        else:
            paid_in_cents = self.paid_in_cents

        payment_status: dict[str, Any] | str | Unset
        if isinstance(self.payment_status, Unset):
            payment_status = UNSET
        elif isinstance(self.payment_status, StringEqualOperators):
            payment_status = self.payment_status.to_dict()
        else:
            payment_status = self.payment_status

        price_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.price_in_cents, Unset):
            price_in_cents = UNSET
        elif isinstance(self.price_in_cents, IntegerOperators):
            price_in_cents = self.price_in_cents.to_dict()
        else:
            price_in_cents = self.price_in_cents

        q: dict[str, Any] | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        elif isinstance(self.q, StringEqualOperators):
            q = self.q.to_dict()
        else:
            q = self.q

        shortage: bool | dict[str, Any] | Unset
        if isinstance(self.shortage, Unset):
            shortage = UNSET
        elif isinstance(self.shortage, BooleanOperators):
            shortage = self.shortage.to_dict()
        else:
            shortage = self.shortage

        start_location_id: dict[str, Any] | str | Unset
        if isinstance(self.start_location_id, Unset):
            start_location_id = UNSET
        elif isinstance(self.start_location_id, UuidOperators):
            start_location_id = self.start_location_id.to_dict()
        else:
            start_location_id = str(self.start_location_id)

        start_or_stop_time: dict[str, Any] | str | Unset
        if isinstance(self.start_or_stop_time, Unset):
            start_or_stop_time = UNSET
        elif isinstance(self.start_or_stop_time, DatetimeBetweenOperators):
            start_or_stop_time = self.start_or_stop_time.to_dict()
        else:
            start_or_stop_time = self.start_or_stop_time.isoformat().replace("+00:00", "Z")

        starts_at: dict[str, Any] | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, DatetimeOperators):
            starts_at = self.starts_at.to_dict()
        else:
            starts_at = self.starts_at.isoformat().replace("+00:00", "Z")

        status: dict[str, Any] | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, StringOperators):
            status = self.status.to_dict()
        else:
            status = self.status

        statuses: dict[str, Any] | str | Unset
        if isinstance(self.statuses, Unset):
            statuses = UNSET
        elif isinstance(self.statuses, StringOperators):
            statuses = self.statuses.to_dict()
        else:
            statuses = self.statuses

        stock_item_id: dict[str, Any] | str | Unset
        if isinstance(self.stock_item_id, Unset):
            stock_item_id = UNSET
        elif isinstance(self.stock_item_id, UuidEqualOperators):
            stock_item_id = self.stock_item_id.to_dict()
        else:
            stock_item_id = str(self.stock_item_id)

        stop_location_id: dict[str, Any] | str | Unset
        if isinstance(self.stop_location_id, Unset):
            stop_location_id = UNSET
        elif isinstance(self.stop_location_id, UuidOperators):
            stop_location_id = self.stop_location_id.to_dict()
        else:
            stop_location_id = str(self.stop_location_id)

        stops_at: dict[str, Any] | str | Unset
        if isinstance(self.stops_at, Unset):
            stops_at = UNSET
        elif isinstance(self.stops_at, DatetimeOperators):
            stops_at = self.stops_at.to_dict()
        else:
            stops_at = self.stops_at.isoformat().replace("+00:00", "Z")

        tag_list: dict[str, Any] | str | Unset
        if isinstance(self.tag_list, Unset):
            tag_list = UNSET
        elif isinstance(self.tag_list, StringEqualOperators):
            tag_list = self.tag_list.to_dict()
        else:
            tag_list = self.tag_list

        tax_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.tax_in_cents, Unset):
            tax_in_cents = UNSET
        elif isinstance(self.tax_in_cents, IntegerOperators):
            tax_in_cents = self.tax_in_cents.to_dict()
        else:
            tax_in_cents = self.tax_in_cents

        tax_region_id: dict[str, Any] | str | Unset
        if isinstance(self.tax_region_id, Unset):
            tax_region_id = UNSET
        elif isinstance(self.tax_region_id, UuidOperators):
            tax_region_id = self.tax_region_id.to_dict()
        else:
            tax_region_id = str(self.tax_region_id)

        to_be_paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.to_be_paid_in_cents, Unset):
            to_be_paid_in_cents = UNSET
        elif isinstance(self.to_be_paid_in_cents, IntegerOperators):
            to_be_paid_in_cents = self.to_be_paid_in_cents.to_dict()
        else:
            to_be_paid_in_cents = self.to_be_paid_in_cents

        total_discount_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.total_discount_in_cents, Unset):
            total_discount_in_cents = UNSET
        elif isinstance(self.total_discount_in_cents, IntegerOperators):
            total_discount_in_cents = self.total_discount_in_cents.to_dict()
        else:
            total_discount_in_cents = self.total_discount_in_cents

        total_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.total_in_cents, Unset):
            total_in_cents = UNSET
        elif isinstance(self.total_in_cents, IntegerOperators):
            total_in_cents = self.total_in_cents.to_dict()
        else:
            total_in_cents = self.total_in_cents

        total_paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.total_paid_in_cents, Unset):
            total_paid_in_cents = UNSET
        elif isinstance(self.total_paid_in_cents, IntegerOperators):
            total_paid_in_cents = self.total_paid_in_cents.to_dict()
        else:
            total_paid_in_cents = self.total_paid_in_cents

        total_to_be_paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.total_to_be_paid_in_cents, Unset):
            total_to_be_paid_in_cents = UNSET
        elif isinstance(self.total_to_be_paid_in_cents, IntegerOperators):
            total_to_be_paid_in_cents = self.total_to_be_paid_in_cents.to_dict()
        else:
            total_to_be_paid_in_cents = self.total_to_be_paid_in_cents

        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if amount_in_cents is not UNSET:
            field_dict["amount_in_cents"] = amount_in_cents
        if amount_paid_in_cents is not UNSET:
            field_dict["amount_paid_in_cents"] = amount_paid_in_cents
        if amount_to_be_paid_in_cents is not UNSET:
            field_dict["amount_to_be_paid_in_cents"] = amount_to_be_paid_in_cents
        if any_shortage is not UNSET:
            field_dict["any_shortage"] = any_shortage
        if billing_address_property_id is not UNSET:
            field_dict["billing_address_property_id"] = billing_address_property_id
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if coupon_discount_in_cents is not UNSET:
            field_dict["coupon_discount_in_cents"] = coupon_discount_in_cents
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if delivery_address_property_id is not UNSET:
            field_dict["delivery_address_property_id"] = delivery_address_property_id
        if deposit_held_in_cents is not UNSET:
            field_dict["deposit_held_in_cents"] = deposit_held_in_cents
        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        if deposit_paid_in_cents is not UNSET:
            field_dict["deposit_paid_in_cents"] = deposit_paid_in_cents
        if deposit_refunded_in_cents is not UNSET:
            field_dict["deposit_refunded_in_cents"] = deposit_refunded_in_cents
        if deposit_to_be_paid_in_cents is not UNSET:
            field_dict["deposit_to_be_paid_in_cents"] = deposit_to_be_paid_in_cents
        if deposit_to_refund_in_cents is not UNSET:
            field_dict["deposit_to_refund_in_cents"] = deposit_to_refund_in_cents
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type
        if discount_in_cents is not UNSET:
            field_dict["discount_in_cents"] = discount_in_cents
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        if discount_value is not UNSET:
            field_dict["discount_value"] = discount_value
        if fulfillment_type is not UNSET:
            field_dict["fulfillment_type"] = fulfillment_type
        if grand_total_in_cents is not UNSET:
            field_dict["grand_total_in_cents"] = grand_total_in_cents
        if grand_total_with_tax_in_cents is not UNSET:
            field_dict["grand_total_with_tax_in_cents"] = grand_total_with_tax_in_cents
        if has_signed_contract is not UNSET:
            field_dict["has_signed_contract"] = has_signed_contract
        if id is not UNSET:
            field_dict["id"] = id
        if item_count is not UNSET:
            field_dict["item_count"] = item_count
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if location_shortage is not UNSET:
            field_dict["location_shortage"] = location_shortage
        if number is not UNSET:
            field_dict["number"] = number
        if order_delivery_rate_id is not UNSET:
            field_dict["order_delivery_rate_id"] = order_delivery_rate_id
        if paid_in_cents is not UNSET:
            field_dict["paid_in_cents"] = paid_in_cents
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if price_in_cents is not UNSET:
            field_dict["price_in_cents"] = price_in_cents
        if q is not UNSET:
            field_dict["q"] = q
        if shortage is not UNSET:
            field_dict["shortage"] = shortage
        if start_location_id is not UNSET:
            field_dict["start_location_id"] = start_location_id
        if start_or_stop_time is not UNSET:
            field_dict["start_or_stop_time"] = start_or_stop_time
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if status is not UNSET:
            field_dict["status"] = status
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if stock_item_id is not UNSET:
            field_dict["stock_item_id"] = stock_item_id
        if stop_location_id is not UNSET:
            field_dict["stop_location_id"] = stop_location_id
        if stops_at is not UNSET:
            field_dict["stops_at"] = stops_at
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if tax_in_cents is not UNSET:
            field_dict["tax_in_cents"] = tax_in_cents
        if tax_region_id is not UNSET:
            field_dict["tax_region_id"] = tax_region_id
        if to_be_paid_in_cents is not UNSET:
            field_dict["to_be_paid_in_cents"] = to_be_paid_in_cents
        if total_discount_in_cents is not UNSET:
            field_dict["total_discount_in_cents"] = total_discount_in_cents
        if total_in_cents is not UNSET:
            field_dict["total_in_cents"] = total_in_cents
        if total_paid_in_cents is not UNSET:
            field_dict["total_paid_in_cents"] = total_paid_in_cents
        if total_to_be_paid_in_cents is not UNSET:
            field_dict["total_to_be_paid_in_cents"] = total_to_be_paid_in_cents
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OrderFilter)", src_dict)
        d = dict(src_dict)

        def _parse_amount_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            amount_in_cents = _parse_amount_in_cents(d.pop("amount_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("amount_in_cents")
            raise

        def _parse_amount_paid_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            amount_paid_in_cents = _parse_amount_paid_in_cents(d.pop("amount_paid_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("amount_paid_in_cents")
            raise

        def _parse_amount_to_be_paid_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            amount_to_be_paid_in_cents = _parse_amount_to_be_paid_in_cents(d.pop("amount_to_be_paid_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("amount_to_be_paid_in_cents")
            raise

        def _parse_any_shortage(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            any_shortage = _parse_any_shortage(d.pop("any_shortage", UNSET))
        except FieldError as field__error:
            field__error.segments.append("any_shortage")
            raise

        def _parse_billing_address_property_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            billing_address_property_id = _parse_billing_address_property_id(
                d.pop("billing_address_property_id", UNSET)
            )
        except FieldError as field__error:
            field__error.segments.append("billing_address_property_id")
            raise

        def _parse_conditions(data: object) -> HashOperators | JsonObject | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[HashOperators | JsonObject | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_hash_condition_type_0 = HashOperators.from_dict(data)

                        if choice.take(componentsschemas_hash_condition_type_0):
                            return componentsschemas_hash_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, dict):
                    try:
                        componentsschemas_hash_condition_type_1 = JsonObject.from_dict(data)

                        if choice.take(componentsschemas_hash_condition_type_1):
                            return componentsschemas_hash_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (HashOperators), object (JsonObject)", data)

        try:
            conditions = _parse_conditions(d.pop("conditions", UNSET))
        except FieldError as field__error:
            field__error.segments.append("conditions")
            raise

        def _parse_coupon_discount_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            coupon_discount_in_cents = _parse_coupon_discount_in_cents(d.pop("coupon_discount_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("coupon_discount_in_cents")
            raise

        def _parse_coupon_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            coupon_id = _parse_coupon_id(d.pop("coupon_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("coupon_id")
            raise

        def _parse_created_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_condition_type_0 = DatetimeOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_condition_type_0):
                            return componentsschemas_datetime_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_condition_type_1 = data
                        try:
                            componentsschemas_datetime_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_condition_type_1):
                            return componentsschemas_datetime_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeOperators), date-time string", data)

        try:
            created_at = _parse_created_at(d.pop("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        def _parse_customer_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            customer_id = _parse_customer_id(d.pop("customer_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("customer_id")
            raise

        def _parse_delivery_address_property_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            delivery_address_property_id = _parse_delivery_address_property_id(
                d.pop("delivery_address_property_id", UNSET)
            )
        except FieldError as field__error:
            field__error.segments.append("delivery_address_property_id")
            raise

        def _parse_deposit_held_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            deposit_held_in_cents = _parse_deposit_held_in_cents(d.pop("deposit_held_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("deposit_held_in_cents")
            raise

        def _parse_deposit_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            deposit_in_cents = _parse_deposit_in_cents(d.pop("deposit_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("deposit_in_cents")
            raise

        def _parse_deposit_paid_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            deposit_paid_in_cents = _parse_deposit_paid_in_cents(d.pop("deposit_paid_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("deposit_paid_in_cents")
            raise

        def _parse_deposit_refunded_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            deposit_refunded_in_cents = _parse_deposit_refunded_in_cents(d.pop("deposit_refunded_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("deposit_refunded_in_cents")
            raise

        def _parse_deposit_to_be_paid_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            deposit_to_be_paid_in_cents = _parse_deposit_to_be_paid_in_cents(
                d.pop("deposit_to_be_paid_in_cents", UNSET)
            )
        except FieldError as field__error:
            field__error.segments.append("deposit_to_be_paid_in_cents")
            raise

        def _parse_deposit_to_refund_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            deposit_to_refund_in_cents = _parse_deposit_to_refund_in_cents(d.pop("deposit_to_refund_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("deposit_to_refund_in_cents")
            raise

        def _parse_deposit_type(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            deposit_type = _parse_deposit_type(d.pop("deposit_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("deposit_type")
            raise

        def _parse_discount_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            discount_in_cents = _parse_discount_in_cents(d.pop("discount_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("discount_in_cents")
            raise

        def _parse_discount_percentage(data: object) -> float | NumberOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[float | NumberOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_number_condition_type_0 = NumberOperators.from_dict(data)

                        if choice.take(componentsschemas_number_condition_type_0):
                            return componentsschemas_number_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, float) or (isinstance(data, int) and data is not True and data is not False):
                    return data
            return choice.result("one of object (NumberOperators), number", data)

        try:
            discount_percentage = _parse_discount_percentage(d.pop("discount_percentage", UNSET))
        except FieldError as field__error:
            field__error.segments.append("discount_percentage")
            raise

        def _parse_discount_type(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            discount_type = _parse_discount_type(d.pop("discount_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("discount_type")
            raise

        def _parse_discount_value(data: object) -> float | NumberOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[float | NumberOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_number_condition_type_0 = NumberOperators.from_dict(data)

                        if choice.take(componentsschemas_number_condition_type_0):
                            return componentsschemas_number_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, float) or (isinstance(data, int) and data is not True and data is not False):
                    return data
            return choice.result("one of object (NumberOperators), number", data)

        try:
            discount_value = _parse_discount_value(d.pop("discount_value", UNSET))
        except FieldError as field__error:
            field__error.segments.append("discount_value")
            raise

        def _parse_fulfillment_type(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            fulfillment_type = _parse_fulfillment_type(d.pop("fulfillment_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("fulfillment_type")
            raise

        def _parse_grand_total_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            grand_total_in_cents = _parse_grand_total_in_cents(d.pop("grand_total_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("grand_total_in_cents")
            raise

        def _parse_grand_total_with_tax_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            grand_total_with_tax_in_cents = _parse_grand_total_with_tax_in_cents(
                d.pop("grand_total_with_tax_in_cents", UNSET)
            )
        except FieldError as field__error:
            field__error.segments.append("grand_total_with_tax_in_cents")
            raise

        def _parse_has_signed_contract(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            has_signed_contract = _parse_has_signed_contract(d.pop("has_signed_contract", UNSET))
        except FieldError as field__error:
            field__error.segments.append("has_signed_contract")
            raise

        def _parse_id(data: object) -> IdOperators | Unset | UUID:
            if isinstance(data, Unset):
                return data
            choice: Choice[IdOperators | Unset | UUID] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_id_condition_type_0 = IdOperators.from_dict(data)

                        if choice.take(componentsschemas_id_condition_type_0):
                            return componentsschemas_id_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_id_condition_type_1 = data
                        try:
                            componentsschemas_id_condition_type_1 = UUID(_componentsschemas_id_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_id_condition_type_1) from None

                        if choice.take(componentsschemas_id_condition_type_1):
                            return componentsschemas_id_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (IdOperators), UUID string", data)

        try:
            id = _parse_id(d.pop("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        def _parse_item_count(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            item_count = _parse_item_count(d.pop("item_count", UNSET))
        except FieldError as field__error:
            field__error.segments.append("item_count")
            raise

        def _parse_item_id(data: object) -> Unset | UUID | UuidEqualOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_equal_condition_type_0 = UuidEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_equal_condition_type_0):
                            return componentsschemas_uuid_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_equal_condition_type_1 = data
                        try:
                            componentsschemas_uuid_equal_condition_type_1 = UUID(
                                _componentsschemas_uuid_equal_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "UUID", _componentsschemas_uuid_equal_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_uuid_equal_condition_type_1):
                            return componentsschemas_uuid_equal_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidEqualOperators), UUID string", data)

        try:
            item_id = _parse_item_id(d.pop("item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("item_id")
            raise

        def _parse_location_shortage(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            location_shortage = _parse_location_shortage(d.pop("location_shortage", UNSET))
        except FieldError as field__error:
            field__error.segments.append("location_shortage")
            raise

        def _parse_number(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            number = _parse_number(d.pop("number", UNSET))
        except FieldError as field__error:
            field__error.segments.append("number")
            raise

        def _parse_order_delivery_rate_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            order_delivery_rate_id = _parse_order_delivery_rate_id(d.pop("order_delivery_rate_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_delivery_rate_id")
            raise

        def _parse_paid_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            paid_in_cents = _parse_paid_in_cents(d.pop("paid_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("paid_in_cents")
            raise

        def _parse_payment_status(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            payment_status = _parse_payment_status(d.pop("payment_status", UNSET))
        except FieldError as field__error:
            field__error.segments.append("payment_status")
            raise

        def _parse_price_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            price_in_cents = _parse_price_in_cents(d.pop("price_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("price_in_cents")
            raise

        def _parse_q(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            q = _parse_q(d.pop("q", UNSET))
        except FieldError as field__error:
            field__error.segments.append("q")
            raise

        def _parse_shortage(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            shortage = _parse_shortage(d.pop("shortage", UNSET))
        except FieldError as field__error:
            field__error.segments.append("shortage")
            raise

        def _parse_start_location_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            start_location_id = _parse_start_location_id(d.pop("start_location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("start_location_id")
            raise

        def _parse_start_or_stop_time(data: object) -> datetime.datetime | DatetimeBetweenOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeBetweenOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_between_condition_type_0 = DatetimeBetweenOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_between_condition_type_0):
                            return componentsschemas_datetime_between_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_between_condition_type_1 = data
                        try:
                            componentsschemas_datetime_between_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_between_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_between_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_between_condition_type_1):
                            return componentsschemas_datetime_between_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeBetweenOperators), date-time string", data)

        try:
            start_or_stop_time = _parse_start_or_stop_time(d.pop("start_or_stop_time", UNSET))
        except FieldError as field__error:
            field__error.segments.append("start_or_stop_time")
            raise

        def _parse_starts_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_condition_type_0 = DatetimeOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_condition_type_0):
                            return componentsschemas_datetime_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_condition_type_1 = data
                        try:
                            componentsschemas_datetime_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_condition_type_1):
                            return componentsschemas_datetime_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeOperators), date-time string", data)

        try:
            starts_at = _parse_starts_at(d.pop("starts_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("starts_at")
            raise

        def _parse_status(data: object) -> str | StringOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_condition_type_0 = StringOperators.from_dict(data)

                        if choice.take(componentsschemas_string_condition_type_0):
                            return componentsschemas_string_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringOperators), string", data)

        try:
            status = _parse_status(d.pop("status", UNSET))
        except FieldError as field__error:
            field__error.segments.append("status")
            raise

        def _parse_statuses(data: object) -> str | StringOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_condition_type_0 = StringOperators.from_dict(data)

                        if choice.take(componentsschemas_string_condition_type_0):
                            return componentsschemas_string_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringOperators), string", data)

        try:
            statuses = _parse_statuses(d.pop("statuses", UNSET))
        except FieldError as field__error:
            field__error.segments.append("statuses")
            raise

        def _parse_stock_item_id(data: object) -> Unset | UUID | UuidEqualOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_equal_condition_type_0 = UuidEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_equal_condition_type_0):
                            return componentsschemas_uuid_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_equal_condition_type_1 = data
                        try:
                            componentsschemas_uuid_equal_condition_type_1 = UUID(
                                _componentsschemas_uuid_equal_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "UUID", _componentsschemas_uuid_equal_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_uuid_equal_condition_type_1):
                            return componentsschemas_uuid_equal_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidEqualOperators), UUID string", data)

        try:
            stock_item_id = _parse_stock_item_id(d.pop("stock_item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stock_item_id")
            raise

        def _parse_stop_location_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            stop_location_id = _parse_stop_location_id(d.pop("stop_location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stop_location_id")
            raise

        def _parse_stops_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_condition_type_0 = DatetimeOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_condition_type_0):
                            return componentsschemas_datetime_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_condition_type_1 = data
                        try:
                            componentsschemas_datetime_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_condition_type_1):
                            return componentsschemas_datetime_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeOperators), date-time string", data)

        try:
            stops_at = _parse_stops_at(d.pop("stops_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stops_at")
            raise

        def _parse_tag_list(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            tag_list = _parse_tag_list(d.pop("tag_list", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tag_list")
            raise

        def _parse_tax_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            tax_in_cents = _parse_tax_in_cents(d.pop("tax_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tax_in_cents")
            raise

        def _parse_tax_region_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            tax_region_id = _parse_tax_region_id(d.pop("tax_region_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tax_region_id")
            raise

        def _parse_to_be_paid_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            to_be_paid_in_cents = _parse_to_be_paid_in_cents(d.pop("to_be_paid_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("to_be_paid_in_cents")
            raise

        def _parse_total_discount_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            total_discount_in_cents = _parse_total_discount_in_cents(d.pop("total_discount_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("total_discount_in_cents")
            raise

        def _parse_total_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            total_in_cents = _parse_total_in_cents(d.pop("total_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("total_in_cents")
            raise

        def _parse_total_paid_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            total_paid_in_cents = _parse_total_paid_in_cents(d.pop("total_paid_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("total_paid_in_cents")
            raise

        def _parse_total_to_be_paid_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            total_to_be_paid_in_cents = _parse_total_to_be_paid_in_cents(d.pop("total_to_be_paid_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("total_to_be_paid_in_cents")
            raise

        def _parse_updated_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_condition_type_0 = DatetimeOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_condition_type_0):
                            return componentsschemas_datetime_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_condition_type_1 = data
                        try:
                            componentsschemas_datetime_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_condition_type_1):
                            return componentsschemas_datetime_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeOperators), date-time string", data)

        try:
            updated_at = _parse_updated_at(d.pop("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        order_filter = cls(
            amount_in_cents=amount_in_cents,
            amount_paid_in_cents=amount_paid_in_cents,
            amount_to_be_paid_in_cents=amount_to_be_paid_in_cents,
            any_shortage=any_shortage,
            billing_address_property_id=billing_address_property_id,
            conditions=conditions,
            coupon_discount_in_cents=coupon_discount_in_cents,
            coupon_id=coupon_id,
            created_at=created_at,
            customer_id=customer_id,
            delivery_address_property_id=delivery_address_property_id,
            deposit_held_in_cents=deposit_held_in_cents,
            deposit_in_cents=deposit_in_cents,
            deposit_paid_in_cents=deposit_paid_in_cents,
            deposit_refunded_in_cents=deposit_refunded_in_cents,
            deposit_to_be_paid_in_cents=deposit_to_be_paid_in_cents,
            deposit_to_refund_in_cents=deposit_to_refund_in_cents,
            deposit_type=deposit_type,
            discount_in_cents=discount_in_cents,
            discount_percentage=discount_percentage,
            discount_type=discount_type,
            discount_value=discount_value,
            fulfillment_type=fulfillment_type,
            grand_total_in_cents=grand_total_in_cents,
            grand_total_with_tax_in_cents=grand_total_with_tax_in_cents,
            has_signed_contract=has_signed_contract,
            id=id,
            item_count=item_count,
            item_id=item_id,
            location_shortage=location_shortage,
            number=number,
            order_delivery_rate_id=order_delivery_rate_id,
            paid_in_cents=paid_in_cents,
            payment_status=payment_status,
            price_in_cents=price_in_cents,
            q=q,
            shortage=shortage,
            start_location_id=start_location_id,
            start_or_stop_time=start_or_stop_time,
            starts_at=starts_at,
            status=status,
            statuses=statuses,
            stock_item_id=stock_item_id,
            stop_location_id=stop_location_id,
            stops_at=stops_at,
            tag_list=tag_list,
            tax_in_cents=tax_in_cents,
            tax_region_id=tax_region_id,
            to_be_paid_in_cents=to_be_paid_in_cents,
            total_discount_in_cents=total_discount_in_cents,
            total_in_cents=total_in_cents,
            total_paid_in_cents=total_paid_in_cents,
            total_to_be_paid_in_cents=total_to_be_paid_in_cents,
            updated_at=updated_at,
        )

        if d:
            raise FieldError("no such property (OrderFilter allows no others)", None, next(iter(d)), found="one")
        return order_filter
