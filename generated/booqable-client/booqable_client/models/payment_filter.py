from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_operators import DatetimeOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.string_operators import StringOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__IntegerOperators: Callable[[Mapping[str, Any]], IntegerOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__StringOperators: Callable[[Mapping[str, Any]], StringOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DatetimeOperators, IntegerOperators, StringEqualOperators, StringOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__DatetimeOperators, _from_dict__IntegerOperators, _from_dict__StringEqualOperators, _from_dict__StringOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.string_operators import StringOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__IntegerOperators = IntegerOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__StringOperators = StringOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="PaymentFilter")


def _parse__canceled_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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


def _parse__cart_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__customer_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__employee_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__expired_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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


def _parse__failed_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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


def _parse__order_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__succeeded_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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
class PaymentFilter:
    """Filters for payments: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            amount_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            canceled_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            cart_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            currency (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            customer_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            deposit_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            employee_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            expired_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            failed_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            order_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            provider (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            provider_id (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            provider_link (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            provider_method (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            provider_secret (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            succeeded_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            total_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            type_ (str | StringOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    amount_in_cents: int | IntegerOperators | Unset = UNSET
    canceled_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    cart_id: Unset | UUID | UuidOperators = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    currency: str | TextOperators | Unset = UNSET
    customer_id: Unset | UUID | UuidOperators = UNSET
    deposit_in_cents: int | IntegerOperators | Unset = UNSET
    employee_id: Unset | UUID | UuidOperators = UNSET
    expired_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    failed_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    order_id: Unset | UUID | UuidOperators = UNSET
    provider: str | StringEqualOperators | Unset = UNSET
    provider_id: str | TextOperators | Unset = UNSET
    provider_link: str | TextOperators | Unset = UNSET
    provider_method: str | TextOperators | Unset = UNSET
    provider_secret: str | TextOperators | Unset = UNSET
    succeeded_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    total_in_cents: int | IntegerOperators | Unset = UNSET
    type_: str | StringOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        amount_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.amount_in_cents, Unset):
            amount_in_cents = UNSET
        elif isinstance(self.amount_in_cents, IntegerOperators):
            amount_in_cents = self.amount_in_cents.to_dict()
        else:
            amount_in_cents = self.amount_in_cents
        if amount_in_cents is not UNSET:
            field_dict["amount_in_cents"] = amount_in_cents
        canceled_at: dict[str, Any] | str | Unset
        if isinstance(self.canceled_at, Unset):
            canceled_at = UNSET
        elif isinstance(self.canceled_at, DatetimeOperators):
            canceled_at = self.canceled_at.to_dict()
        else:
            canceled_at = (
                self.canceled_at.isoformat().replace("+00:00", "Z")
                if self.canceled_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if canceled_at is not UNSET:
            field_dict["canceled_at"] = canceled_at
        cart_id: dict[str, Any] | str | Unset
        if isinstance(self.cart_id, Unset):
            cart_id = UNSET
        elif isinstance(self.cart_id, UuidOperators):
            cart_id = self.cart_id.to_dict()
        else:
            cart_id = str(self.cart_id)

        if cart_id is not UNSET:
            field_dict["cart_id"] = cart_id
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
        currency: dict[str, Any] | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, TextOperators):
            currency = self.currency.to_dict()
        else:
            currency = self.currency
        if currency is not UNSET:
            field_dict["currency"] = currency
        customer_id: dict[str, Any] | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UuidOperators):
            customer_id = self.customer_id.to_dict()
        else:
            customer_id = str(self.customer_id)

        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        deposit_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.deposit_in_cents, Unset):
            deposit_in_cents = UNSET
        elif isinstance(self.deposit_in_cents, IntegerOperators):
            deposit_in_cents = self.deposit_in_cents.to_dict()
        else:
            deposit_in_cents = self.deposit_in_cents
        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        employee_id: dict[str, Any] | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UuidOperators):
            employee_id = self.employee_id.to_dict()
        else:
            employee_id = str(self.employee_id)

        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        expired_at: dict[str, Any] | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        elif isinstance(self.expired_at, DatetimeOperators):
            expired_at = self.expired_at.to_dict()
        else:
            expired_at = (
                self.expired_at.isoformat().replace("+00:00", "Z")
                if self.expired_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        failed_at: dict[str, Any] | str | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        elif isinstance(self.failed_at, DatetimeOperators):
            failed_at = self.failed_at.to_dict()
        else:
            failed_at = (
                self.failed_at.isoformat().replace("+00:00", "Z")
                if self.failed_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        order_id: dict[str, Any] | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UuidOperators):
            order_id = self.order_id.to_dict()
        else:
            order_id = str(self.order_id)

        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        provider: dict[str, Any] | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, StringEqualOperators):
            provider = self.provider.to_dict()
        else:
            provider = self.provider
        if provider is not UNSET:
            field_dict["provider"] = provider
        provider_id: dict[str, Any] | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        elif isinstance(self.provider_id, TextOperators):
            provider_id = self.provider_id.to_dict()
        else:
            provider_id = self.provider_id
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        provider_link: dict[str, Any] | str | Unset
        if isinstance(self.provider_link, Unset):
            provider_link = UNSET
        elif isinstance(self.provider_link, TextOperators):
            provider_link = self.provider_link.to_dict()
        else:
            provider_link = self.provider_link
        if provider_link is not UNSET:
            field_dict["provider_link"] = provider_link
        provider_method: dict[str, Any] | str | Unset
        if isinstance(self.provider_method, Unset):
            provider_method = UNSET
        elif isinstance(self.provider_method, TextOperators):
            provider_method = self.provider_method.to_dict()
        else:
            provider_method = self.provider_method
        if provider_method is not UNSET:
            field_dict["provider_method"] = provider_method
        provider_secret: dict[str, Any] | str | Unset
        if isinstance(self.provider_secret, Unset):
            provider_secret = UNSET
        elif isinstance(self.provider_secret, TextOperators):
            provider_secret = self.provider_secret.to_dict()
        else:
            provider_secret = self.provider_secret
        if provider_secret is not UNSET:
            field_dict["provider_secret"] = provider_secret
        succeeded_at: dict[str, Any] | str | Unset
        if isinstance(self.succeeded_at, Unset):
            succeeded_at = UNSET
        elif isinstance(self.succeeded_at, DatetimeOperators):
            succeeded_at = self.succeeded_at.to_dict()
        else:
            succeeded_at = (
                self.succeeded_at.isoformat().replace("+00:00", "Z")
                if self.succeeded_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if succeeded_at is not UNSET:
            field_dict["succeeded_at"] = succeeded_at
        total_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.total_in_cents, Unset):
            total_in_cents = UNSET
        elif isinstance(self.total_in_cents, IntegerOperators):
            total_in_cents = self.total_in_cents.to_dict()
        else:
            total_in_cents = self.total_in_cents
        if total_in_cents is not UNSET:
            field_dict["total_in_cents"] = total_in_cents
        type_: dict[str, Any] | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, StringOperators):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_
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
                raise FieldError("object (PaymentFilter)", d)
            d = dict(d)
        n__absent = 0
        _amount_in_cents = d.get("amount_in_cents", UNSET)
        amount_in_cents: int | IntegerOperators | Unset
        if _amount_in_cents is UNSET:
            amount_in_cents = _amount_in_cents
        elif isinstance(_amount_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_amount_in_cents)
            except FieldError as field__error:
                field__error.segments.append("amount_in_cents")
                raise

            amount_in_cents = componentsschemas_integer_condition_type_0
        elif isinstance(_amount_in_cents, int) and _amount_in_cents is not True and _amount_in_cents is not False:
            amount_in_cents = _amount_in_cents
        else:
            raise FieldError("one of object (IntegerOperators), integer", _amount_in_cents, "amount_in_cents")

        if amount_in_cents is UNSET:
            n__absent += 1

        try:
            canceled_at = _parse__canceled_at(d.get("canceled_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("canceled_at")
            raise

        if canceled_at is UNSET:
            n__absent += 1

        try:
            cart_id = _parse__cart_id(d.get("cart_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("cart_id")
            raise

        if cart_id is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        _currency = d.get("currency", UNSET)
        currency: str | TextOperators | Unset
        if _currency is UNSET:
            currency = _currency
        elif isinstance(_currency, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_currency)
            except FieldError as field__error:
                field__error.segments.append("currency")
                raise

            currency = componentsschemas_text_condition_type_0
        elif isinstance(_currency, str):
            currency = _currency
        else:
            raise FieldError("one of object (TextOperators), string", _currency, "currency")

        if currency is UNSET:
            n__absent += 1

        try:
            customer_id = _parse__customer_id(d.get("customer_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("customer_id")
            raise

        if customer_id is UNSET:
            n__absent += 1

        _deposit_in_cents = d.get("deposit_in_cents", UNSET)
        deposit_in_cents: int | IntegerOperators | Unset
        if _deposit_in_cents is UNSET:
            deposit_in_cents = _deposit_in_cents
        elif isinstance(_deposit_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_deposit_in_cents)
            except FieldError as field__error:
                field__error.segments.append("deposit_in_cents")
                raise

            deposit_in_cents = componentsschemas_integer_condition_type_0
        elif isinstance(_deposit_in_cents, int) and _deposit_in_cents is not True and _deposit_in_cents is not False:
            deposit_in_cents = _deposit_in_cents
        else:
            raise FieldError("one of object (IntegerOperators), integer", _deposit_in_cents, "deposit_in_cents")

        if deposit_in_cents is UNSET:
            n__absent += 1

        try:
            employee_id = _parse__employee_id(d.get("employee_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("employee_id")
            raise

        if employee_id is UNSET:
            n__absent += 1

        try:
            expired_at = _parse__expired_at(d.get("expired_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("expired_at")
            raise

        if expired_at is UNSET:
            n__absent += 1

        try:
            failed_at = _parse__failed_at(d.get("failed_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("failed_at")
            raise

        if failed_at is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        try:
            order_id = _parse__order_id(d.get("order_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_id")
            raise

        if order_id is UNSET:
            n__absent += 1

        _provider = d.get("provider", UNSET)
        provider: str | StringEqualOperators | Unset
        if _provider is UNSET:
            provider = _provider
        elif isinstance(_provider, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_provider)
            except FieldError as field__error:
                field__error.segments.append("provider")
                raise

            provider = componentsschemas_string_equal_condition_type_0
        elif isinstance(_provider, str):
            provider = _provider
        else:
            raise FieldError("one of object (StringEqualOperators), string", _provider, "provider")

        if provider is UNSET:
            n__absent += 1

        _provider_id = d.get("provider_id", UNSET)
        provider_id: str | TextOperators | Unset
        if _provider_id is UNSET:
            provider_id = _provider_id
        elif isinstance(_provider_id, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_provider_id)
            except FieldError as field__error:
                field__error.segments.append("provider_id")
                raise

            provider_id = componentsschemas_text_condition_type_0
        elif isinstance(_provider_id, str):
            provider_id = _provider_id
        else:
            raise FieldError("one of object (TextOperators), string", _provider_id, "provider_id")

        if provider_id is UNSET:
            n__absent += 1

        _provider_link = d.get("provider_link", UNSET)
        provider_link: str | TextOperators | Unset
        if _provider_link is UNSET:
            provider_link = _provider_link
        elif isinstance(_provider_link, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_provider_link)
            except FieldError as field__error:
                field__error.segments.append("provider_link")
                raise

            provider_link = componentsschemas_text_condition_type_0
        elif isinstance(_provider_link, str):
            provider_link = _provider_link
        else:
            raise FieldError("one of object (TextOperators), string", _provider_link, "provider_link")

        if provider_link is UNSET:
            n__absent += 1

        _provider_method = d.get("provider_method", UNSET)
        provider_method: str | TextOperators | Unset
        if _provider_method is UNSET:
            provider_method = _provider_method
        elif isinstance(_provider_method, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_provider_method)
            except FieldError as field__error:
                field__error.segments.append("provider_method")
                raise

            provider_method = componentsschemas_text_condition_type_0
        elif isinstance(_provider_method, str):
            provider_method = _provider_method
        else:
            raise FieldError("one of object (TextOperators), string", _provider_method, "provider_method")

        if provider_method is UNSET:
            n__absent += 1

        _provider_secret = d.get("provider_secret", UNSET)
        provider_secret: str | TextOperators | Unset
        if _provider_secret is UNSET:
            provider_secret = _provider_secret
        elif isinstance(_provider_secret, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_provider_secret)
            except FieldError as field__error:
                field__error.segments.append("provider_secret")
                raise

            provider_secret = componentsschemas_text_condition_type_0
        elif isinstance(_provider_secret, str):
            provider_secret = _provider_secret
        else:
            raise FieldError("one of object (TextOperators), string", _provider_secret, "provider_secret")

        if provider_secret is UNSET:
            n__absent += 1

        try:
            succeeded_at = _parse__succeeded_at(d.get("succeeded_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("succeeded_at")
            raise

        if succeeded_at is UNSET:
            n__absent += 1

        _total_in_cents = d.get("total_in_cents", UNSET)
        total_in_cents: int | IntegerOperators | Unset
        if _total_in_cents is UNSET:
            total_in_cents = _total_in_cents
        elif isinstance(_total_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_total_in_cents)
            except FieldError as field__error:
                field__error.segments.append("total_in_cents")
                raise

            total_in_cents = componentsschemas_integer_condition_type_0
        elif isinstance(_total_in_cents, int) and _total_in_cents is not True and _total_in_cents is not False:
            total_in_cents = _total_in_cents
        else:
            raise FieldError("one of object (IntegerOperators), integer", _total_in_cents, "total_in_cents")

        if total_in_cents is UNSET:
            n__absent += 1

        _type_ = d.get("type", UNSET)
        type_: str | StringOperators | Unset
        if _type_ is UNSET:
            type_ = _type_
        elif isinstance(_type_, dict):
            try:
                componentsschemas_string_condition_type_0 = _from_dict__StringOperators(_type_)
            except FieldError as field__error:
                field__error.segments.append("type")
                raise

            type_ = componentsschemas_string_condition_type_0
        elif isinstance(_type_, str):
            type_ = _type_
        else:
            raise FieldError("one of object (StringOperators), string", _type_, "type")

        if type_ is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            payment_filter = _new__object(cls)
            payment_filter.amount_in_cents = amount_in_cents
            payment_filter.canceled_at = canceled_at
            payment_filter.cart_id = cart_id
            payment_filter.created_at = created_at
            payment_filter.currency = currency
            payment_filter.customer_id = customer_id
            payment_filter.deposit_in_cents = deposit_in_cents
            payment_filter.employee_id = employee_id
            payment_filter.expired_at = expired_at
            payment_filter.failed_at = failed_at
            payment_filter.id = id
            payment_filter.order_id = order_id
            payment_filter.provider = provider
            payment_filter.provider_id = provider_id
            payment_filter.provider_link = provider_link
            payment_filter.provider_method = provider_method
            payment_filter.provider_secret = provider_secret
            payment_filter.succeeded_at = succeeded_at
            payment_filter.total_in_cents = total_in_cents
            payment_filter.type_ = type_
            payment_filter.updated_at = updated_at
        else:
            payment_filter = cls(
                amount_in_cents,
                canceled_at,
                cart_id,
                created_at,
                currency,
                customer_id,
                deposit_in_cents,
                employee_id,
                expired_at,
                failed_at,
                id,
                order_id,
                provider,
                provider_id,
                provider_link,
                provider_method,
                provider_secret,
                succeeded_at,
                total_in_cents,
                type_,
                updated_at,
            )
        if len(d) + n__absent != 21:
            for prop_name in d:
                if prop_name not in {
                    "amount_in_cents",
                    "canceled_at",
                    "cart_id",
                    "created_at",
                    "currency",
                    "customer_id",
                    "deposit_in_cents",
                    "employee_id",
                    "expired_at",
                    "failed_at",
                    "id",
                    "order_id",
                    "provider",
                    "provider_id",
                    "provider_link",
                    "provider_method",
                    "provider_secret",
                    "succeeded_at",
                    "total_in_cents",
                    "type",
                    "updated_at",
                }:
                    raise FieldError("no such property (PaymentFilter allows no others)", None, prop_name, found="one")
        return payment_filter

    __repr__ = _model__repr


_plain__class: type[PaymentFilter] | None = (
    PaymentFilter
    if {field.name for field in _attrs_fields(PaymentFilter)}
    == {
        "amount_in_cents",
        "canceled_at",
        "cart_id",
        "created_at",
        "currency",
        "customer_id",
        "deposit_in_cents",
        "employee_id",
        "expired_at",
        "failed_at",
        "id",
        "order_id",
        "provider",
        "provider_id",
        "provider_link",
        "provider_method",
        "provider_secret",
        "succeeded_at",
        "total_in_cents",
        "type_",
        "updated_at",
    }
    and not hasattr(PaymentFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
