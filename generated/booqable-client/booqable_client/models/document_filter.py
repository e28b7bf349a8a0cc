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
    from ..models.date_operators import DateOperators
    from ..models.datetime_between_operators import DatetimeBetweenOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.hash_operators import HashOperators
    from ..models.id_operators import IdOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.json_object import JsonObject
    from ..models.number_operators import NumberOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.string_operators import StringOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_equal_operators import UuidEqualOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, BooleanOperators, DateOperators, DatetimeBetweenOperators, DatetimeOperators, HashOperators, IdOperators, IntegerOperators, JsonObject, NumberOperators, StringEqualOperators, StringOperators, TextOperators, UuidEqualOperators, UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.date_operators import DateOperators  # noqa: PLC0415
    from ..models.datetime_between_operators import DatetimeBetweenOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.hash_operators import HashOperators  # noqa: PLC0415
    from ..models.id_operators import IdOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.json_object import JsonObject  # noqa: PLC0415
    from ..models.number_operators import NumberOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.string_operators import StringOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="DocumentFilter")


@_attrs_define
class DocumentFilter:
    """Filters for documents: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            address (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            archived (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            archived_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            conditions (HashOperators | JsonObject | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            confirmed (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            confirmed_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            coupon_discount_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            coupon_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            customer_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            date (DateOperators | str | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            date_or_created_at (datetime.datetime | DatetimeBetweenOperators | Unset): A filter on one attribute: either an
                object of operators, or a bare value as shorthand for `eq`.
            deposit_held_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            deposit_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            deposit_paid_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            deposit_refunded_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            deposit_to_refund_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            deposit_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            discount_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            discount_percentage (float | NumberOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            discount_type (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            document_type (str | StringOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            due_date (DateOperators | str | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            finalized (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            fulfillment_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            grand_total_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            grand_total_with_tax_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            id (IdOperators | Unset | UUID): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            number (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            order_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            paid_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            prefix (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            prefix_with_number (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            price_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            revised (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            revision (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            sent (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            signed (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            start_location_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            starts_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            status (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
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
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    address: str | TextOperators | Unset = UNSET
    archived: bool | BooleanOperators | Unset = UNSET
    archived_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    conditions: HashOperators | JsonObject | Unset = UNSET
    confirmed: bool | BooleanOperators | Unset = UNSET
    confirmed_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    coupon_discount_in_cents: int | IntegerOperators | Unset = UNSET
    coupon_id: Unset | UUID | UuidOperators = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    customer_id: Unset | UUID | UuidOperators = UNSET
    date: DateOperators | str | Unset = UNSET
    date_or_created_at: datetime.datetime | DatetimeBetweenOperators | Unset = UNSET
    deposit_held_in_cents: int | IntegerOperators | Unset = UNSET
    deposit_in_cents: int | IntegerOperators | Unset = UNSET
    deposit_paid_in_cents: int | IntegerOperators | Unset = UNSET
    deposit_refunded_in_cents: int | IntegerOperators | Unset = UNSET
    deposit_to_refund_in_cents: int | IntegerOperators | Unset = UNSET
    deposit_type: str | StringEqualOperators | Unset = UNSET
    discount_in_cents: int | IntegerOperators | Unset = UNSET
    discount_percentage: float | NumberOperators | Unset = UNSET
    discount_type: str | TextOperators | Unset = UNSET
    document_type: str | StringOperators | Unset = UNSET
    due_date: DateOperators | str | Unset = UNSET
    finalized: bool | BooleanOperators | Unset = UNSET
    fulfillment_type: str | StringEqualOperators | Unset = UNSET
    grand_total_in_cents: int | IntegerOperators | Unset = UNSET
    grand_total_with_tax_in_cents: int | IntegerOperators | Unset = UNSET
    id: IdOperators | Unset | UUID = UNSET
    name: str | TextOperators | Unset = UNSET
    number: int | IntegerOperators | Unset = UNSET
    order_id: Unset | UUID | UuidOperators = UNSET
    paid_in_cents: int | IntegerOperators | Unset = UNSET
    prefix: str | TextOperators | Unset = UNSET
    prefix_with_number: str | TextOperators | Unset = UNSET
    price_in_cents: int | IntegerOperators | Unset = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    revised: bool | BooleanOperators | Unset = UNSET
    revision: str | TextOperators | Unset = UNSET
    sent: bool | BooleanOperators | Unset = UNSET
    signed: bool | BooleanOperators | Unset = UNSET
    start_location_id: Unset | UUID | UuidEqualOperators = UNSET
    starts_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    status: str | StringEqualOperators | Unset = UNSET
    stop_location_id: Unset | UUID | UuidOperators = UNSET
    stops_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    tag_list: str | StringEqualOperators | Unset = UNSET
    tax_in_cents: int | IntegerOperators | Unset = UNSET
    tax_region_id: Unset | UUID | UuidOperators = UNSET
    to_be_paid_in_cents: int | IntegerOperators | Unset = UNSET
    total_discount_in_cents: int | IntegerOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        address: dict[str, Any] | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, TextOperators):
            address = self.address.to_dict()
        else:
            address = self.address

        archived: bool | dict[str, Any] | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        elif isinstance(self.archived, BooleanOperators):
            archived = self.archived.to_dict()
        else:
            archived = self.archived

        archived_at: dict[str, Any] | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, DatetimeOperators):
            archived_at = self.archived_at.to_dict()
        else:
            archived_at = self.archived_at.isoformat().replace("+00:00", "Z")

        conditions: dict[str, Any] | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, HashOperators):
            conditions = self.conditions.to_dict()
        else:
            conditions = self.conditions.to_dict()

        confirmed: bool | dict[str, Any] | Unset
        if isinstance(self.confirmed, Unset):
            confirmed = UNSET
        elif isinstance(self.confirmed, BooleanOperators):
            confirmed = self.confirmed.to_dict()
        else:
            confirmed = self.confirmed

        confirmed_at: dict[str, Any] | str | Unset
        if isinstance(self.confirmed_at, Unset):
            confirmed_at = UNSET
        elif isinstance(self.confirmed_at, DatetimeOperators):
            confirmed_at = self.confirmed_at.to_dict()
        else:
            confirmed_at = self.confirmed_at.isoformat().replace("+00:00", "Z")

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

        date: dict[str, Any] | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, DateOperators):
            date = self.date.to_dict()
        else:
            date = self.date

        date_or_created_at: dict[str, Any] | str | Unset
        if isinstance(self.date_or_created_at, Unset):
            date_or_created_at = UNSET
        elif isinstance(self.date_or_created_at, DatetimeBetweenOperators):
            date_or_created_at = self.date_or_created_at.to_dict()
        else:
            date_or_created_at = self.date_or_created_at.isoformat().replace("+00:00", "Z")

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
        elif isinstance(self.discount_type, TextOperators):
            discount_type = self.discount_type.to_dict()
        else:
            discount_type = self.discount_type

        document_type: dict[str, Any] | str | Unset
        if isinstance(self.document_type, Unset):
            document_type = UNSET
        elif isinstance(self.document_type, StringOperators):
            document_type = self.document_type.to_dict()
        else:
            document_type = self.document_type

        due_date: dict[str, Any] | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, DateOperators):
            due_date = self.due_date.to_dict()
        else:
            due_date = self.due_date

        finalized: bool | dict[str, Any] | Unset
        if isinstance(self.finalized, Unset):
            finalized = UNSET
        elif isinstance(self.finalized, BooleanOperators):
            finalized = self.finalized.to_dict()
        else:
            finalized = self.finalized

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

        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, IdOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        name: dict[str, Any] | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TextOperators):
            name = self.name.to_dict()
        else:
            name = self.name

        number: dict[str, Any] | int | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        elif isinstance(self.number, IntegerOperators):
            number = self.number.to_dict()
        else:
            number = self.number

        order_id: dict[str, Any] | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UuidOperators):
            order_id = self.order_id.to_dict()
        else:
            order_id = str(self.order_id)

        paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.paid_in_cents, Unset):
            paid_in_cents = UNSET
        elif isinstance(self.paid_in_cents, IntegerOperators):
            paid_in_cents = self.paid_in_cents.to_dict()
        else:
            paid_in_cents = self.paid_in_cents

        prefix: dict[str, Any] | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        elif isinstance(self.prefix, TextOperators):
            prefix = self.prefix.to_dict()
        else:
            prefix = self.prefix

        prefix_with_number: dict[str, Any] | str | Unset
        if isinstance(self.prefix_with_number, Unset):
            prefix_with_number = UNSET
        elif isinstance(self.prefix_with_number, TextOperators):
            prefix_with_number = self.prefix_with_number.to_dict()
        else:
            prefix_with_number = self.prefix_with_number

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

        revised: bool | dict[str, Any] | Unset
        if isinstance(self.revised, Unset):
            revised = UNSET
        elif isinstance(self.revised, BooleanOperators):
            revised = self.revised.to_dict()
        else:
            revised = self.revised

        revision: dict[str, Any] | str | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        elif isinstance(self.revision, TextOperators):
            revision = self.revision.to_dict()
        else:
            revision = self.revision

        sent: bool | dict[str, Any] | Unset
        if isinstance(self.sent, Unset):
            sent = UNSET
        elif isinstance(self.sent, BooleanOperators):
            sent = self.sent.to_dict()
        else:
            sent = self.sent

        signed: bool | dict[str, Any] | Unset
        if isinstance(self.signed, Unset):
            signed = UNSET
        elif isinstance(self.signed, BooleanOperators):
            signed = self.signed.to_dict()
        else:
            signed = self.signed

        start_location_id: dict[str, Any] | str | Unset
        if isinstance(self.start_location_id, Unset):
            start_location_id = UNSET
        elif isinstance(self.start_location_id, UuidEqualOperators):
            start_location_id = self.start_location_id.to_dict()
        else:
            start_location_id = str(self.start_location_id)

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
        elif isinstance(self.status, StringEqualOperators):
            status = self.status.to_dict()
        else:
            status = self.status

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

        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if archived is not UNSET:
            field_dict["archived"] = archived
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if confirmed_at is not UNSET:
            field_dict["confirmed_at"] = confirmed_at
        if coupon_discount_in_cents is not UNSET:
            field_dict["coupon_discount_in_cents"] = coupon_discount_in_cents
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if date is not UNSET:
            field_dict["date"] = date
        if date_or_created_at is not UNSET:
            field_dict["date_or_created_at"] = date_or_created_at
        if deposit_held_in_cents is not UNSET:
            field_dict["deposit_held_in_cents"] = deposit_held_in_cents
        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        if deposit_paid_in_cents is not UNSET:
            field_dict["deposit_paid_in_cents"] = deposit_paid_in_cents
        if deposit_refunded_in_cents is not UNSET:
            field_dict["deposit_refunded_in_cents"] = deposit_refunded_in_cents
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
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if finalized is not UNSET:
            field_dict["finalized"] = finalized
        if fulfillment_type is not UNSET:
            field_dict["fulfillment_type"] = fulfillment_type
        if grand_total_in_cents is not UNSET:
            field_dict["grand_total_in_cents"] = grand_total_in_cents
        if grand_total_with_tax_in_cents is not UNSET:
            field_dict["grand_total_with_tax_in_cents"] = grand_total_with_tax_in_cents
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if paid_in_cents is not UNSET:
            field_dict["paid_in_cents"] = paid_in_cents
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if prefix_with_number is not UNSET:
            field_dict["prefix_with_number"] = prefix_with_number
        if price_in_cents is not UNSET:
            field_dict["price_in_cents"] = price_in_cents
        if q is not UNSET:
            field_dict["q"] = q
        if revised is not UNSET:
            field_dict["revised"] = revised
        if revision is not UNSET:
            field_dict["revision"] = revision
        if sent is not UNSET:
            field_dict["sent"] = sent
        if signed is not UNSET:
            field_dict["signed"] = signed
        if start_location_id is not UNSET:
            field_dict["start_location_id"] = start_location_id
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if status is not UNSET:
            field_dict["status"] = status
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
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DocumentFilter)", src_dict)
        d = dict(src_dict)

        def _parse_address(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            address = _parse_address(d.pop("address", UNSET))
        except FieldError as field__error:
            field__error.segments.append("address")
            raise

        def _parse_archived(data: object) -> bool | BooleanOperators | Unset:
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
            archived = _parse_archived(d.pop("archived", UNSET))
        except FieldError as field__error:
            field__error.segments.append("archived")
            raise

        def _parse_archived_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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
            archived_at = _parse_archived_at(d.pop("archived_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("archived_at")
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

        def _parse_confirmed(data: object) -> bool | BooleanOperators | Unset:
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
            confirmed = _parse_confirmed(d.pop("confirmed", UNSET))
        except FieldError as field__error:
            field__error.segments.append("confirmed")
            raise

        def _parse_confirmed_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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
            confirmed_at = _parse_confirmed_at(d.pop("confirmed_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("confirmed_at")
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

        def _parse_date(data: object) -> DateOperators | str | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[DateOperators | str | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_date_condition_type_0 = DateOperators.from_dict(data)

                        if choice.take(componentsschemas_date_condition_type_0):
                            return componentsschemas_date_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (DateOperators), string", data)

        try:
            date = _parse_date(d.pop("date", UNSET))
        except FieldError as field__error:
            field__error.segments.append("date")
            raise

        def _parse_date_or_created_at(data: object) -> datetime.datetime | DatetimeBetweenOperators | Unset:
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
            date_or_created_at = _parse_date_or_created_at(d.pop("date_or_created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("date_or_created_at")
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

        def _parse_discount_type(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            discount_type = _parse_discount_type(d.pop("discount_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("discount_type")
            raise

        def _parse_document_type(data: object) -> str | StringOperators | Unset:
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
            document_type = _parse_document_type(d.pop("document_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("document_type")
            raise

        def _parse_due_date(data: object) -> DateOperators | str | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[DateOperators | str | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_date_condition_type_0 = DateOperators.from_dict(data)

                        if choice.take(componentsschemas_date_condition_type_0):
                            return componentsschemas_date_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (DateOperators), string", data)

        try:
            due_date = _parse_due_date(d.pop("due_date", UNSET))
        except FieldError as field__error:
            field__error.segments.append("due_date")
            raise

        def _parse_finalized(data: object) -> bool | BooleanOperators | Unset:
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
            finalized = _parse_finalized(d.pop("finalized", UNSET))
        except FieldError as field__error:
            field__error.segments.append("finalized")
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

        def _parse_name(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            name = _parse_name(d.pop("name", UNSET))
        except FieldError as field__error:
            field__error.segments.append("name")
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

        def _parse_order_id(data: object) -> Unset | UUID | UuidOperators:
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
            order_id = _parse_order_id(d.pop("order_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_id")
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

        def _parse_prefix(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            prefix = _parse_prefix(d.pop("prefix", UNSET))
        except FieldError as field__error:
            field__error.segments.append("prefix")
            raise

        def _parse_prefix_with_number(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            prefix_with_number = _parse_prefix_with_number(d.pop("prefix_with_number", UNSET))
        except FieldError as field__error:
            field__error.segments.append("prefix_with_number")
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

        def _parse_revised(data: object) -> bool | BooleanOperators | Unset:
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
            revised = _parse_revised(d.pop("revised", UNSET))
        except FieldError as field__error:
            field__error.segments.append("revised")
            raise

        def _parse_revision(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            revision = _parse_revision(d.pop("revision", UNSET))
        except FieldError as field__error:
            field__error.segments.append("revision")
            raise

        def _parse_sent(data: object) -> bool | BooleanOperators | Unset:
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
            sent = _parse_sent(d.pop("sent", UNSET))
        except FieldError as field__error:
            field__error.segments.append("sent")
            raise

        def _parse_signed(data: object) -> bool | BooleanOperators | Unset:
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
            signed = _parse_signed(d.pop("signed", UNSET))
        except FieldError as field__error:
            field__error.segments.append("signed")
            raise

        def _parse_start_location_id(data: object) -> Unset | UUID | UuidEqualOperators:
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
            start_location_id = _parse_start_location_id(d.pop("start_location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("start_location_id")
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

        def _parse_status(data: object) -> str | StringEqualOperators | Unset:
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
            status = _parse_status(d.pop("status", UNSET))
        except FieldError as field__error:
            field__error.segments.append("status")
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

        document_filter = cls(
            address=address,
            archived=archived,
            archived_at=archived_at,
            conditions=conditions,
            confirmed=confirmed,
            confirmed_at=confirmed_at,
            coupon_discount_in_cents=coupon_discount_in_cents,
            coupon_id=coupon_id,
            created_at=created_at,
            customer_id=customer_id,
            date=date,
            date_or_created_at=date_or_created_at,
            deposit_held_in_cents=deposit_held_in_cents,
            deposit_in_cents=deposit_in_cents,
            deposit_paid_in_cents=deposit_paid_in_cents,
            deposit_refunded_in_cents=deposit_refunded_in_cents,
            deposit_to_refund_in_cents=deposit_to_refund_in_cents,
            deposit_type=deposit_type,
            discount_in_cents=discount_in_cents,
            discount_percentage=discount_percentage,
            discount_type=discount_type,
            document_type=document_type,
            due_date=due_date,
            finalized=finalized,
            fulfillment_type=fulfillment_type,
            grand_total_in_cents=grand_total_in_cents,
            grand_total_with_tax_in_cents=grand_total_with_tax_in_cents,
            id=id,
            name=name,
            number=number,
            order_id=order_id,
            paid_in_cents=paid_in_cents,
            prefix=prefix,
            prefix_with_number=prefix_with_number,
            price_in_cents=price_in_cents,
            q=q,
            revised=revised,
            revision=revision,
            sent=sent,
            signed=signed,
            start_location_id=start_location_id,
            starts_at=starts_at,
            status=status,
            stop_location_id=stop_location_id,
            stops_at=stops_at,
            tag_list=tag_list,
            tax_in_cents=tax_in_cents,
            tax_region_id=tax_region_id,
            to_be_paid_in_cents=to_be_paid_in_cents,
            total_discount_in_cents=total_discount_in_cents,
            updated_at=updated_at,
        )

        if d:
            raise FieldError("no such property (DocumentFilter allows no others)", None, next(iter(d)), found="one")
        return document_filter
