from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_date as _date__parse
from ..lib._fields import parse_datetime as _datetime__parse
from ..models.billing_invoice_billing_reason import BillingInvoiceBillingReason
from ..models.billing_invoice_status import BillingInvoiceStatus
from ..models.billing_invoice_strategy import BillingInvoiceStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingInvoiceAttributes")


@_attrs_define
class BillingInvoiceAttributes:
    """Attributes of a billing invoice as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            amount_due_in_cents (int | None | Unset): Amount due, in cents. Unverified: the examples show `null`, which the
                field list does not allow.
            attempt_count (int | None | Unset): Unverified: the examples show `null`, which the field list does not allow.
            attempted (bool | None | Unset): Unverified: the examples show `null`, which the field list does not allow.
            billing_reason (BillingInvoiceBillingReason | Unset): Values of `billing_reason` on billing invoices.
            coupon (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            created_at (datetime.datetime | Unset): When the record was created.
            currency (str | Unset):
            currency_object (dict[str, Any] | Unset): A free-form JSON object.
            date (datetime.date | None | Unset): Unverified: the examples show `null`, which the field list does not allow.
            ending_balance_in_cents (int | None | Unset): Ending balance, in cents. Unverified: the examples show `null`,
                which the field list does not allow.
            next_payment_attempt_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the
                field list does not allow.
            number (int | Unset):
            period_end_at (datetime.date | None | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            period_start_at (datetime.date | None | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            starting_balance_in_cents (int | None | Unset): Starting balance, in cents. Unverified: the examples show
                `null`, which the field list does not allow.
            status (BillingInvoiceStatus | Unset): Values of `status` on billing invoices.
            strategy (BillingInvoiceStrategy | Unset): Values of `strategy` on billing invoices.
            subtotal_in_cents (int | Unset): Subtotal, in cents.
            total_in_cents (int | Unset): Total, in cents.
            updated_at (datetime.datetime | Unset): When the record last changed.
            url (str | Unset):
            vat_in_cents (int | None | Unset): Vat, in cents. Unverified: the examples show `null`, which the field list
                does not allow.
    """

    amount_due_in_cents: int | None | Unset = UNSET
    attempt_count: int | None | Unset = UNSET
    attempted: bool | None | Unset = UNSET
    billing_reason: BillingInvoiceBillingReason | Unset = UNSET
    coupon: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    currency: str | Unset = UNSET
    currency_object: dict[str, Any] | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    ending_balance_in_cents: int | None | Unset = UNSET
    next_payment_attempt_at: datetime.datetime | None | Unset = UNSET
    number: int | Unset = UNSET
    period_end_at: datetime.date | None | Unset = UNSET
    period_start_at: datetime.date | None | Unset = UNSET
    starting_balance_in_cents: int | None | Unset = UNSET
    status: BillingInvoiceStatus | Unset = UNSET
    strategy: BillingInvoiceStrategy | Unset = UNSET
    subtotal_in_cents: int | Unset = UNSET
    total_in_cents: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    vat_in_cents: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        amount_due_in_cents: int | None | Unset
        if isinstance(self.amount_due_in_cents, Unset):
            amount_due_in_cents = UNSET
        else:
            amount_due_in_cents = self.amount_due_in_cents
        if amount_due_in_cents is not UNSET:
            field_dict["amount_due_in_cents"] = amount_due_in_cents
        attempt_count: int | None | Unset
        if isinstance(self.attempt_count, Unset):
            attempt_count = UNSET
        else:
            attempt_count = self.attempt_count
        if attempt_count is not UNSET:
            field_dict["attempt_count"] = attempt_count
        attempted: bool | None | Unset
        if isinstance(self.attempted, Unset):
            attempted = UNSET
        else:
            attempted = self.attempted
        if attempted is not UNSET:
            field_dict["attempted"] = attempted
        billing_reason: str | Unset = UNSET
        if not isinstance(self.billing_reason, Unset):
            billing_reason = self.billing_reason.value

        if billing_reason is not UNSET:
            field_dict["billing_reason"] = billing_reason
        coupon: None | str | Unset
        if isinstance(self.coupon, Unset):
            coupon = UNSET
        else:
            coupon = self.coupon
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        currency = self.currency
        if currency is not UNSET:
            field_dict["currency"] = currency
        currency_object = self.currency_object
        if currency_object is not UNSET:
            field_dict["currency_object"] = currency_object
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date
        if date is not UNSET:
            field_dict["date"] = date
        ending_balance_in_cents: int | None | Unset
        if isinstance(self.ending_balance_in_cents, Unset):
            ending_balance_in_cents = UNSET
        else:
            ending_balance_in_cents = self.ending_balance_in_cents
        if ending_balance_in_cents is not UNSET:
            field_dict["ending_balance_in_cents"] = ending_balance_in_cents
        next_payment_attempt_at: None | str | Unset
        if isinstance(self.next_payment_attempt_at, Unset):
            next_payment_attempt_at = UNSET
        elif isinstance(self.next_payment_attempt_at, datetime.datetime):
            next_payment_attempt_at = (
                self.next_payment_attempt_at.isoformat().replace("+00:00", "Z")
                if self.next_payment_attempt_at.tzinfo is not None
                else _naive__datetime("next_payment_attempt_at_type_0")
            )
        else:
            next_payment_attempt_at = self.next_payment_attempt_at
        if next_payment_attempt_at is not UNSET:
            field_dict["next_payment_attempt_at"] = next_payment_attempt_at
        number = self.number
        if number is not UNSET:
            field_dict["number"] = number
        period_end_at: None | str | Unset
        if isinstance(self.period_end_at, Unset):
            period_end_at = UNSET
        elif isinstance(self.period_end_at, datetime.date):
            period_end_at = self.period_end_at.isoformat()
        else:
            period_end_at = self.period_end_at
        if period_end_at is not UNSET:
            field_dict["period_end_at"] = period_end_at
        period_start_at: None | str | Unset
        if isinstance(self.period_start_at, Unset):
            period_start_at = UNSET
        elif isinstance(self.period_start_at, datetime.date):
            period_start_at = self.period_start_at.isoformat()
        else:
            period_start_at = self.period_start_at
        if period_start_at is not UNSET:
            field_dict["period_start_at"] = period_start_at
        starting_balance_in_cents: int | None | Unset
        if isinstance(self.starting_balance_in_cents, Unset):
            starting_balance_in_cents = UNSET
        else:
            starting_balance_in_cents = self.starting_balance_in_cents
        if starting_balance_in_cents is not UNSET:
            field_dict["starting_balance_in_cents"] = starting_balance_in_cents
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status
        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        subtotal_in_cents = self.subtotal_in_cents
        if subtotal_in_cents is not UNSET:
            field_dict["subtotal_in_cents"] = subtotal_in_cents
        total_in_cents = self.total_in_cents
        if total_in_cents is not UNSET:
            field_dict["total_in_cents"] = total_in_cents
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        url = self.url
        if url is not UNSET:
            field_dict["url"] = url
        vat_in_cents: int | None | Unset
        if isinstance(self.vat_in_cents, Unset):
            vat_in_cents = UNSET
        else:
            vat_in_cents = self.vat_in_cents
        if vat_in_cents is not UNSET:
            field_dict["vat_in_cents"] = vat_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BillingInvoiceAttributes)", d)
            d = dict(d)
        n__absent = 0
        amount_due_in_cents = d.get("amount_due_in_cents", UNSET)
        if not (type(amount_due_in_cents) is int or amount_due_in_cents is None):
            if amount_due_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(amount_due_in_cents, int)
                and amount_due_in_cents is not True
                and amount_due_in_cents is not False
                or amount_due_in_cents is None
            ):
                raise FieldError("integer or null", amount_due_in_cents, "amount_due_in_cents")

        attempt_count = d.get("attempt_count", UNSET)
        if not (type(attempt_count) is int or attempt_count is None):
            if attempt_count is UNSET:
                n__absent += 1
            elif not (
                isinstance(attempt_count, int)
                and attempt_count is not True
                and attempt_count is not False
                or attempt_count is None
            ):
                raise FieldError("integer or null", attempt_count, "attempt_count")

        attempted = d.get("attempted", UNSET)
        if not ((attempted is True or attempted is False) or attempted is None):
            if attempted is UNSET:
                n__absent += 1
            elif not (isinstance(attempted, bool) or attempted is None):
                raise FieldError("boolean or null", attempted, "attempted")

        _billing_reason = d.get("billing_reason", UNSET)
        billing_reason: BillingInvoiceBillingReason | Unset = UNSET
        if type(_billing_reason) is str:
            billing_reason = BillingInvoiceBillingReason._by__value.get(_billing_reason) or BillingInvoiceBillingReason(
                _billing_reason
            )
        elif isinstance(_billing_reason, str):
            billing_reason = BillingInvoiceBillingReason(_billing_reason)
        elif _billing_reason is not UNSET:
            raise FieldError("string (BillingInvoiceBillingReason)", _billing_reason, "billing_reason")

        if billing_reason is UNSET:
            n__absent += 1

        coupon = d.get("coupon", UNSET)
        if not (type(coupon) is str or coupon is None):
            if coupon is UNSET:
                n__absent += 1
            elif not (isinstance(coupon, str) or coupon is None):
                raise FieldError("string or null", coupon, "coupon")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        currency = d.get("currency", UNSET)
        if not (type(currency) is str):
            if currency is UNSET:
                n__absent += 1
            elif not isinstance(currency, str):
                raise FieldError("string", currency, "currency")

        currency_object = d.get("currency_object", UNSET)
        if not (type(currency_object) is dict):
            if currency_object is UNSET:
                n__absent += 1
            elif not isinstance(currency_object, dict):
                raise FieldError("object", currency_object, "currency_object")

        _date = d.get("date", UNSET)
        date: datetime.date | None | Unset
        if _date is None or _date is UNSET:
            date = _date
        elif isinstance(_date, str):
            _date_type_0 = _date
            try:
                date_type_0 = _date__parse(_date_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date", _date_type_0, "date") from None

            date = date_type_0
        else:
            raise FieldError("date string or null", _date, "date")

        if date is UNSET:
            n__absent += 1

        ending_balance_in_cents = d.get("ending_balance_in_cents", UNSET)
        if not (type(ending_balance_in_cents) is int or ending_balance_in_cents is None):
            if ending_balance_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(ending_balance_in_cents, int)
                and ending_balance_in_cents is not True
                and ending_balance_in_cents is not False
                or ending_balance_in_cents is None
            ):
                raise FieldError("integer or null", ending_balance_in_cents, "ending_balance_in_cents")

        _next_payment_attempt_at = d.get("next_payment_attempt_at", UNSET)
        next_payment_attempt_at: datetime.datetime | None | Unset
        if _next_payment_attempt_at is None or _next_payment_attempt_at is UNSET:
            next_payment_attempt_at = _next_payment_attempt_at
        elif isinstance(_next_payment_attempt_at, str):
            _next_payment_attempt_at_type_0 = _next_payment_attempt_at
            try:
                next_payment_attempt_at_type_0 = _datetime__parse(_next_payment_attempt_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable(
                    "date-time", _next_payment_attempt_at_type_0, "next_payment_attempt_at"
                ) from None

            next_payment_attempt_at = next_payment_attempt_at_type_0
        else:
            raise FieldError("date-time string or null", _next_payment_attempt_at, "next_payment_attempt_at")

        if next_payment_attempt_at is UNSET:
            n__absent += 1

        number = d.get("number", UNSET)
        if not (type(number) is int):
            if number is UNSET:
                n__absent += 1
            elif not (isinstance(number, int) and number is not True and number is not False):
                raise FieldError("integer", number, "number")

        _period_end_at = d.get("period_end_at", UNSET)
        period_end_at: datetime.date | None | Unset
        if _period_end_at is None or _period_end_at is UNSET:
            period_end_at = _period_end_at
        elif isinstance(_period_end_at, str):
            _period_end_at_type_0 = _period_end_at
            try:
                period_end_at_type_0 = _date__parse(_period_end_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date", _period_end_at_type_0, "period_end_at") from None

            period_end_at = period_end_at_type_0
        else:
            raise FieldError("date string or null", _period_end_at, "period_end_at")

        if period_end_at is UNSET:
            n__absent += 1

        _period_start_at = d.get("period_start_at", UNSET)
        period_start_at: datetime.date | None | Unset
        if _period_start_at is None or _period_start_at is UNSET:
            period_start_at = _period_start_at
        elif isinstance(_period_start_at, str):
            _period_start_at_type_0 = _period_start_at
            try:
                period_start_at_type_0 = _date__parse(_period_start_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date", _period_start_at_type_0, "period_start_at") from None

            period_start_at = period_start_at_type_0
        else:
            raise FieldError("date string or null", _period_start_at, "period_start_at")

        if period_start_at is UNSET:
            n__absent += 1

        starting_balance_in_cents = d.get("starting_balance_in_cents", UNSET)
        if not (type(starting_balance_in_cents) is int or starting_balance_in_cents is None):
            if starting_balance_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(starting_balance_in_cents, int)
                and starting_balance_in_cents is not True
                and starting_balance_in_cents is not False
                or starting_balance_in_cents is None
            ):
                raise FieldError("integer or null", starting_balance_in_cents, "starting_balance_in_cents")

        _status = d.get("status", UNSET)
        status: BillingInvoiceStatus | Unset = UNSET
        if type(_status) is str:
            status = BillingInvoiceStatus._by__value.get(_status) or BillingInvoiceStatus(_status)
        elif isinstance(_status, str):
            status = BillingInvoiceStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (BillingInvoiceStatus)", _status, "status")

        if status is UNSET:
            n__absent += 1

        _strategy = d.get("strategy", UNSET)
        strategy: BillingInvoiceStrategy | Unset = UNSET
        if type(_strategy) is str:
            strategy = BillingInvoiceStrategy._by__value.get(_strategy) or BillingInvoiceStrategy(_strategy)
        elif isinstance(_strategy, str):
            strategy = BillingInvoiceStrategy(_strategy)
        elif _strategy is not UNSET:
            raise FieldError("string (BillingInvoiceStrategy)", _strategy, "strategy")

        if strategy is UNSET:
            n__absent += 1

        subtotal_in_cents = d.get("subtotal_in_cents", UNSET)
        if not (type(subtotal_in_cents) is int):
            if subtotal_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(subtotal_in_cents, int) and subtotal_in_cents is not True and subtotal_in_cents is not False
            ):
                raise FieldError("integer", subtotal_in_cents, "subtotal_in_cents")

        total_in_cents = d.get("total_in_cents", UNSET)
        if not (type(total_in_cents) is int):
            if total_in_cents is UNSET:
                n__absent += 1
            elif not (isinstance(total_in_cents, int) and total_in_cents is not True and total_in_cents is not False):
                raise FieldError("integer", total_in_cents, "total_in_cents")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        url = d.get("url", UNSET)
        if not (type(url) is str):
            if url is UNSET:
                n__absent += 1
            elif not isinstance(url, str):
                raise FieldError("string", url, "url")

        vat_in_cents = d.get("vat_in_cents", UNSET)
        if not (type(vat_in_cents) is int or vat_in_cents is None):
            if vat_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(vat_in_cents, int)
                and vat_in_cents is not True
                and vat_in_cents is not False
                or vat_in_cents is None
            ):
                raise FieldError("integer or null", vat_in_cents, "vat_in_cents")

        if cls is _plain__class:
            billing_invoice_attributes = _new__object(cls)
            billing_invoice_attributes.amount_due_in_cents = amount_due_in_cents
            billing_invoice_attributes.attempt_count = attempt_count
            billing_invoice_attributes.attempted = attempted
            billing_invoice_attributes.billing_reason = billing_reason
            billing_invoice_attributes.coupon = coupon
            billing_invoice_attributes.created_at = created_at
            billing_invoice_attributes.currency = currency
            billing_invoice_attributes.currency_object = currency_object
            billing_invoice_attributes.date = date
            billing_invoice_attributes.ending_balance_in_cents = ending_balance_in_cents
            billing_invoice_attributes.next_payment_attempt_at = next_payment_attempt_at
            billing_invoice_attributes.number = number
            billing_invoice_attributes.period_end_at = period_end_at
            billing_invoice_attributes.period_start_at = period_start_at
            billing_invoice_attributes.starting_balance_in_cents = starting_balance_in_cents
            billing_invoice_attributes.status = status
            billing_invoice_attributes.strategy = strategy
            billing_invoice_attributes.subtotal_in_cents = subtotal_in_cents
            billing_invoice_attributes.total_in_cents = total_in_cents
            billing_invoice_attributes.updated_at = updated_at
            billing_invoice_attributes.url = url
            billing_invoice_attributes.vat_in_cents = vat_in_cents
            billing_invoice_attributes.additional_properties = {}
        else:
            billing_invoice_attributes = cls(
                amount_due_in_cents,
                attempt_count,
                attempted,
                billing_reason,
                coupon,
                created_at,
                currency,
                currency_object,
                date,
                ending_balance_in_cents,
                next_payment_attempt_at,
                number,
                period_end_at,
                period_start_at,
                starting_balance_in_cents,
                status,
                strategy,
                subtotal_in_cents,
                total_in_cents,
                updated_at,
                url,
                vat_in_cents,
            )
        if len(d) + n__absent != 22:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "amount_due_in_cents",
                    "attempt_count",
                    "attempted",
                    "billing_reason",
                    "coupon",
                    "created_at",
                    "currency",
                    "currency_object",
                    "date",
                    "ending_balance_in_cents",
                    "next_payment_attempt_at",
                    "number",
                    "period_end_at",
                    "period_start_at",
                    "starting_balance_in_cents",
                    "status",
                    "strategy",
                    "subtotal_in_cents",
                    "total_in_cents",
                    "updated_at",
                    "url",
                    "vat_in_cents",
                }
            }
            billing_invoice_attributes.additional_properties = extra__props
        return billing_invoice_attributes

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


_plain__class: type[BillingInvoiceAttributes] | None = (
    BillingInvoiceAttributes
    if {field.name for field in _attrs_fields(BillingInvoiceAttributes)}
    == {
        "amount_due_in_cents",
        "attempt_count",
        "attempted",
        "billing_reason",
        "coupon",
        "created_at",
        "currency",
        "currency_object",
        "date",
        "ending_balance_in_cents",
        "next_payment_attempt_at",
        "number",
        "period_end_at",
        "period_start_at",
        "starting_balance_in_cents",
        "status",
        "strategy",
        "subtotal_in_cents",
        "total_in_cents",
        "updated_at",
        "url",
        "vat_in_cents",
        "additional_properties",
    }
    and not hasattr(BillingInvoiceAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
