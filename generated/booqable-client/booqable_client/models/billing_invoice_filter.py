from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..models.billing_invoice_billing_reason import BillingInvoiceBillingReason
from ..models.billing_invoice_status import BillingInvoiceStatus
from ..models.billing_invoice_strategy import BillingInvoiceStrategy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_invoice_billing_reason_equal_operators import BillingInvoiceBillingReasonEqualOperators
    from ..models.billing_invoice_status_equal_operators import BillingInvoiceStatusEqualOperators
    from ..models.billing_invoice_strategy_equal_operators import BillingInvoiceStrategyEqualOperators
    from ..models.date_operators import DateOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BillingInvoiceBillingReasonEqualOperators: Callable[
    [Mapping[str, Any]], BillingInvoiceBillingReasonEqualOperators
]
_from_dict__BillingInvoiceStatusEqualOperators: Callable[[Mapping[str, Any]], BillingInvoiceStatusEqualOperators]
_from_dict__BillingInvoiceStrategyEqualOperators: Callable[[Mapping[str, Any]], BillingInvoiceStrategyEqualOperators]
_from_dict__DateOperators: Callable[[Mapping[str, Any]], DateOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BillingInvoiceBillingReasonEqualOperators, BillingInvoiceStatusEqualOperators, BillingInvoiceStrategyEqualOperators, DateOperators, DatetimeOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BillingInvoiceBillingReasonEqualOperators, _from_dict__BillingInvoiceStatusEqualOperators, _from_dict__BillingInvoiceStrategyEqualOperators, _from_dict__DateOperators, _from_dict__DatetimeOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.billing_invoice_billing_reason_equal_operators import BillingInvoiceBillingReasonEqualOperators  # noqa: PLC0415
    from ..models.billing_invoice_status_equal_operators import BillingInvoiceStatusEqualOperators  # noqa: PLC0415
    from ..models.billing_invoice_strategy_equal_operators import BillingInvoiceStrategyEqualOperators  # noqa: PLC0415
    from ..models.date_operators import DateOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BillingInvoiceBillingReasonEqualOperators = BillingInvoiceBillingReasonEqualOperators.from_dict
    _from_dict__BillingInvoiceStatusEqualOperators = BillingInvoiceStatusEqualOperators.from_dict
    _from_dict__BillingInvoiceStrategyEqualOperators = BillingInvoiceStrategyEqualOperators.from_dict
    _from_dict__DateOperators = DateOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="BillingInvoiceFilter")


def _parse__billing_reason(
    data: object,
) -> (
    BillingInvoiceBillingReason
    | Literal[
        "manual",
        "processing_fee",
        "refund",
        "subscription",
        "subscription_create",
        "subscription_cycle",
        "subscription_update",
        "uncollectible",
    ]
    | BillingInvoiceBillingReasonEqualOperators
    | Unset
):
    if isinstance(data, Unset):
        return data
    choice: Choice[
        BillingInvoiceBillingReason
        | Literal[
            "manual",
            "processing_fee",
            "refund",
            "subscription",
            "subscription_create",
            "subscription_cycle",
            "subscription_update",
            "uncollectible",
        ]
        | BillingInvoiceBillingReasonEqualOperators
        | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_billing_invoice_billing_reason_equal_condition_type_0 = (
                    _from_dict__BillingInvoiceBillingReasonEqualOperators(data)
                )

                if choice.take(componentsschemas_billing_invoice_billing_reason_equal_condition_type_0):
                    return componentsschemas_billing_invoice_billing_reason_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_billing_invoice_billing_reason_equal_condition_type_1 = data
                if type(_componentsschemas_billing_invoice_billing_reason_equal_condition_type_1) is str:
                    componentsschemas_billing_invoice_billing_reason_equal_condition_type_1 = (
                        BillingInvoiceBillingReason._by__value.get(
                            _componentsschemas_billing_invoice_billing_reason_equal_condition_type_1
                        )
                        or BillingInvoiceBillingReason(
                            _componentsschemas_billing_invoice_billing_reason_equal_condition_type_1
                        )
                    )
                elif isinstance(_componentsschemas_billing_invoice_billing_reason_equal_condition_type_1, str):
                    componentsschemas_billing_invoice_billing_reason_equal_condition_type_1 = (
                        BillingInvoiceBillingReason(
                            _componentsschemas_billing_invoice_billing_reason_equal_condition_type_1
                        )
                    )
                else:
                    raise FieldError(
                        "string (BillingInvoiceBillingReason)",
                        _componentsschemas_billing_invoice_billing_reason_equal_condition_type_1,
                    )

                if choice.take(componentsschemas_billing_invoice_billing_reason_equal_condition_type_1):
                    return componentsschemas_billing_invoice_billing_reason_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result(
        "one of object (BillingInvoiceBillingReasonEqualOperators), string (BillingInvoiceBillingReason)", data
    )


def _parse__created_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_condition_type_0 = _from_dict__DatetimeOperators(data)

                if choice.take(componentsschemas_datetime_condition_type_0):
                    return componentsschemas_datetime_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_condition_type_1 = data
                try:
                    componentsschemas_datetime_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("date-time", _componentsschemas_datetime_condition_type_1) from None

                if choice.take(componentsschemas_datetime_condition_type_1):
                    return componentsschemas_datetime_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeOperators), date-time string", data)


def _parse__id(data: object) -> Unset | UUID | UuidOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[Unset | UUID | UuidOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_condition_type_0 = _from_dict__UuidOperators(data)

                if choice.take(componentsschemas_uuid_condition_type_0):
                    return componentsschemas_uuid_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_condition_type_1 = data
                try:
                    componentsschemas_uuid_condition_type_1 = parse_uuid(_componentsschemas_uuid_condition_type_1)
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                if choice.take(componentsschemas_uuid_condition_type_1):
                    return componentsschemas_uuid_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidOperators), UUID string", data)


def _parse__status(
    data: object,
) -> (
    BillingInvoiceStatus
    | Literal["credit", "forgiven", "open", "overdue", "paid", "refunded", "voided"]
    | BillingInvoiceStatusEqualOperators
    | Unset
):
    if isinstance(data, Unset):
        return data
    choice: Choice[
        BillingInvoiceStatus
        | Literal["credit", "forgiven", "open", "overdue", "paid", "refunded", "voided"]
        | BillingInvoiceStatusEqualOperators
        | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_billing_invoice_status_equal_condition_type_0 = (
                    _from_dict__BillingInvoiceStatusEqualOperators(data)
                )

                if choice.take(componentsschemas_billing_invoice_status_equal_condition_type_0):
                    return componentsschemas_billing_invoice_status_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_billing_invoice_status_equal_condition_type_1 = data
                if type(_componentsschemas_billing_invoice_status_equal_condition_type_1) is str:
                    componentsschemas_billing_invoice_status_equal_condition_type_1 = (
                        BillingInvoiceStatus._by__value.get(
                            _componentsschemas_billing_invoice_status_equal_condition_type_1
                        )
                        or BillingInvoiceStatus(_componentsschemas_billing_invoice_status_equal_condition_type_1)
                    )
                elif isinstance(_componentsschemas_billing_invoice_status_equal_condition_type_1, str):
                    componentsschemas_billing_invoice_status_equal_condition_type_1 = BillingInvoiceStatus(
                        _componentsschemas_billing_invoice_status_equal_condition_type_1
                    )
                else:
                    raise FieldError(
                        "string (BillingInvoiceStatus)",
                        _componentsschemas_billing_invoice_status_equal_condition_type_1,
                    )

                if choice.take(componentsschemas_billing_invoice_status_equal_condition_type_1):
                    return componentsschemas_billing_invoice_status_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (BillingInvoiceStatusEqualOperators), string (BillingInvoiceStatus)", data)


def _parse__strategy(
    data: object,
) -> (
    BillingInvoiceStrategy
    | Literal["charge_automatically", "send_invoice"]
    | BillingInvoiceStrategyEqualOperators
    | Unset
):
    if isinstance(data, Unset):
        return data
    choice: Choice[
        BillingInvoiceStrategy
        | Literal["charge_automatically", "send_invoice"]
        | BillingInvoiceStrategyEqualOperators
        | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_billing_invoice_strategy_equal_condition_type_0 = (
                    _from_dict__BillingInvoiceStrategyEqualOperators(data)
                )

                if choice.take(componentsschemas_billing_invoice_strategy_equal_condition_type_0):
                    return componentsschemas_billing_invoice_strategy_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_billing_invoice_strategy_equal_condition_type_1 = data
                if type(_componentsschemas_billing_invoice_strategy_equal_condition_type_1) is str:
                    componentsschemas_billing_invoice_strategy_equal_condition_type_1 = (
                        BillingInvoiceStrategy._by__value.get(
                            _componentsschemas_billing_invoice_strategy_equal_condition_type_1
                        )
                        or BillingInvoiceStrategy(_componentsschemas_billing_invoice_strategy_equal_condition_type_1)
                    )
                elif isinstance(_componentsschemas_billing_invoice_strategy_equal_condition_type_1, str):
                    componentsschemas_billing_invoice_strategy_equal_condition_type_1 = BillingInvoiceStrategy(
                        _componentsschemas_billing_invoice_strategy_equal_condition_type_1
                    )
                else:
                    raise FieldError(
                        "string (BillingInvoiceStrategy)",
                        _componentsschemas_billing_invoice_strategy_equal_condition_type_1,
                    )

                if choice.take(componentsschemas_billing_invoice_strategy_equal_condition_type_1):
                    return componentsschemas_billing_invoice_strategy_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (BillingInvoiceStrategyEqualOperators), string (BillingInvoiceStrategy)", data)


def _parse__updated_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_condition_type_0 = _from_dict__DatetimeOperators(data)

                if choice.take(componentsschemas_datetime_condition_type_0):
                    return componentsschemas_datetime_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_condition_type_1 = data
                try:
                    componentsschemas_datetime_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("date-time", _componentsschemas_datetime_condition_type_1) from None

                if choice.take(componentsschemas_datetime_condition_type_1):
                    return componentsschemas_datetime_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeOperators), date-time string", data)


@_attrs_define
class BillingInvoiceFilter:
    """Filters for billing invoices: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            billing_reason (BillingInvoiceBillingReason | Literal["manual", "processing_fee", "refund", "subscription",
                "subscription_create", "subscription_cycle", "subscription_update", "uncollectible"] |
                BillingInvoiceBillingReasonEqualOperators | Unset): A filter on a `BillingInvoiceBillingReason` attribute:
                either an object of operators, or a bare value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            date (DateOperators | str | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            status (BillingInvoiceStatus | Literal["credit", "forgiven", "open", "overdue", "paid", "refunded", "voided"] |
                BillingInvoiceStatusEqualOperators | Unset): A filter on a `BillingInvoiceStatus` attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            strategy (BillingInvoiceStrategy | Literal["charge_automatically", "send_invoice"] |
                BillingInvoiceStrategyEqualOperators | Unset): A filter on a `BillingInvoiceStrategy` attribute: either an
                object of operators, or a bare value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    billing_reason: (
        BillingInvoiceBillingReason
        | Literal[
            "manual",
            "processing_fee",
            "refund",
            "subscription",
            "subscription_create",
            "subscription_cycle",
            "subscription_update",
            "uncollectible",
        ]
        | BillingInvoiceBillingReasonEqualOperators
        | Unset
    ) = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    date: DateOperators | str | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    status: (
        BillingInvoiceStatus
        | Literal["credit", "forgiven", "open", "overdue", "paid", "refunded", "voided"]
        | BillingInvoiceStatusEqualOperators
        | Unset
    ) = UNSET
    strategy: (
        BillingInvoiceStrategy
        | Literal["charge_automatically", "send_invoice"]
        | BillingInvoiceStrategyEqualOperators
        | Unset
    ) = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        billing_reason: dict[str, Any] | str | Unset
        if isinstance(self.billing_reason, Unset):
            billing_reason = UNSET
        elif isinstance(self.billing_reason, BillingInvoiceBillingReasonEqualOperators):
            billing_reason = self.billing_reason.to_dict()
        else:
            billing_reason = BillingInvoiceBillingReason(self.billing_reason).value

        if billing_reason is not UNSET:
            field_dict["billing_reason"] = billing_reason
        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        date: dict[str, Any] | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, DateOperators):
            date = self.date.to_dict()
        else:
            date = self.date
        if date is not UNSET:
            field_dict["date"] = date
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        status: dict[str, Any] | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, BillingInvoiceStatusEqualOperators):
            status = self.status.to_dict()
        else:
            status = BillingInvoiceStatus(self.status).value

        if status is not UNSET:
            field_dict["status"] = status
        strategy: dict[str, Any] | str | Unset
        if isinstance(self.strategy, Unset):
            strategy = UNSET
        elif isinstance(self.strategy, BillingInvoiceStrategyEqualOperators):
            strategy = self.strategy.to_dict()
        else:
            strategy = BillingInvoiceStrategy(self.strategy).value

        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BillingInvoiceFilter)", d)
            d = dict(d)
        n__absent = 0
        try:
            billing_reason = _parse__billing_reason(d.get("billing_reason", UNSET))
        except FieldError as field__error:
            field__error.segments.append("billing_reason")
            raise

        if billing_reason is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        _date = d.get("date", UNSET)
        date: DateOperators | str | Unset
        if _date is UNSET:
            date = _date
        elif isinstance(_date, dict):
            try:
                componentsschemas_date_condition_type_0 = _from_dict__DateOperators(_date)
            except FieldError as field__error:
                field__error.segments.append("date")
                raise

            date = componentsschemas_date_condition_type_0
        elif isinstance(_date, str):
            date = _date
        else:
            raise FieldError("one of object (DateOperators), string", _date, "date")

        if date is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        try:
            status = _parse__status(d.get("status", UNSET))
        except FieldError as field__error:
            field__error.segments.append("status")
            raise

        if status is UNSET:
            n__absent += 1

        try:
            strategy = _parse__strategy(d.get("strategy", UNSET))
        except FieldError as field__error:
            field__error.segments.append("strategy")
            raise

        if strategy is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            billing_invoice_filter = _new__object(cls)
            billing_invoice_filter.billing_reason = billing_reason
            billing_invoice_filter.created_at = created_at
            billing_invoice_filter.date = date
            billing_invoice_filter.id = id
            billing_invoice_filter.status = status
            billing_invoice_filter.strategy = strategy
            billing_invoice_filter.updated_at = updated_at
        else:
            billing_invoice_filter = cls(
                billing_reason,
                created_at,
                date,
                id,
                status,
                strategy,
                updated_at,
            )
        if len(d) + n__absent != 7:
            for prop_name in d:
                if prop_name not in {"billing_reason", "created_at", "date", "id", "status", "strategy", "updated_at"}:
                    raise FieldError(
                        "no such property (BillingInvoiceFilter allows no others)", None, prop_name, found="one"
                    )
        return billing_invoice_filter

    __repr__ = _model__repr


_plain__class: type[BillingInvoiceFilter] | None = (
    BillingInvoiceFilter
    if {field.name for field in _attrs_fields(BillingInvoiceFilter)}
    == {"billing_reason", "created_at", "date", "id", "status", "strategy", "updated_at"}
    and not hasattr(BillingInvoiceFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
