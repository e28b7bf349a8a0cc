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
from ..models.discount_type import DiscountType
from ..models.fulfillment_type import FulfillmentType
from ..models.payment_status import PaymentStatus
from ..models.rental_status import RentalStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_between_operators import DatetimeBetweenOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.discount_type_equal_operators import DiscountTypeEqualOperators
    from ..models.fulfillment_type_equal_operators import FulfillmentTypeEqualOperators
    from ..models.hash_operators import HashOperators
    from ..models.id_operators import IdOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.number_operators import NumberOperators
    from ..models.payment_status_equal_operators import PaymentStatusEqualOperators
    from ..models.rental_status_operators import RentalStatusOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.string_operators import StringOperators
    from ..models.uuid_equal_operators import UuidEqualOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeBetweenOperators: Callable[[Mapping[str, Any]], DatetimeBetweenOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__DiscountTypeEqualOperators: Callable[[Mapping[str, Any]], DiscountTypeEqualOperators]
_from_dict__FulfillmentTypeEqualOperators: Callable[[Mapping[str, Any]], FulfillmentTypeEqualOperators]
_from_dict__HashOperators: Callable[[Mapping[str, Any]], HashOperators]
_from_dict__IdOperators: Callable[[Mapping[str, Any]], IdOperators]
_from_dict__IntegerOperators: Callable[[Mapping[str, Any]], IntegerOperators]
_from_dict__NumberOperators: Callable[[Mapping[str, Any]], NumberOperators]
_from_dict__PaymentStatusEqualOperators: Callable[[Mapping[str, Any]], PaymentStatusEqualOperators]
_from_dict__RentalStatusOperators: Callable[[Mapping[str, Any]], RentalStatusOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__StringOperators: Callable[[Mapping[str, Any]], StringOperators]
_from_dict__UuidEqualOperators: Callable[[Mapping[str, Any]], UuidEqualOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeBetweenOperators, DatetimeOperators, DiscountTypeEqualOperators, FulfillmentTypeEqualOperators, HashOperators, IdOperators, IntegerOperators, NumberOperators, PaymentStatusEqualOperators, RentalStatusOperators, StringEqualOperators, StringOperators, UuidEqualOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeBetweenOperators, _from_dict__DatetimeOperators, _from_dict__DiscountTypeEqualOperators, _from_dict__FulfillmentTypeEqualOperators, _from_dict__HashOperators, _from_dict__IdOperators, _from_dict__IntegerOperators, _from_dict__NumberOperators, _from_dict__PaymentStatusEqualOperators, _from_dict__RentalStatusOperators, _from_dict__StringEqualOperators, _from_dict__StringOperators, _from_dict__UuidEqualOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_between_operators import DatetimeBetweenOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.discount_type_equal_operators import DiscountTypeEqualOperators  # noqa: PLC0415
    from ..models.fulfillment_type_equal_operators import FulfillmentTypeEqualOperators  # noqa: PLC0415
    from ..models.hash_operators import HashOperators  # noqa: PLC0415
    from ..models.id_operators import IdOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.number_operators import NumberOperators  # noqa: PLC0415
    from ..models.payment_status_equal_operators import PaymentStatusEqualOperators  # noqa: PLC0415
    from ..models.rental_status_operators import RentalStatusOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.string_operators import StringOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeBetweenOperators = DatetimeBetweenOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__DiscountTypeEqualOperators = DiscountTypeEqualOperators.from_dict
    _from_dict__FulfillmentTypeEqualOperators = FulfillmentTypeEqualOperators.from_dict
    _from_dict__HashOperators = HashOperators.from_dict
    _from_dict__IdOperators = IdOperators.from_dict
    _from_dict__IntegerOperators = IntegerOperators.from_dict
    _from_dict__NumberOperators = NumberOperators.from_dict
    _from_dict__PaymentStatusEqualOperators = PaymentStatusEqualOperators.from_dict
    _from_dict__RentalStatusOperators = RentalStatusOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__StringOperators = StringOperators.from_dict
    _from_dict__UuidEqualOperators = UuidEqualOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="OrderFilter")


def _parse__billing_address_property_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__conditions(data: object) -> dict[str, Any] | HashOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[dict[str, Any] | HashOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_hash_condition_type_0 = _from_dict__HashOperators(data)

                if choice.take(componentsschemas_hash_condition_type_0):
                    return componentsschemas_hash_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            return data
    return choice.result("one of object (HashOperators), object", data)


def _parse__coupon_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__delivery_address_property_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__discount_type(
    data: object,
) -> DiscountType | Literal["fixed", "percentage"] | DiscountTypeEqualOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[DiscountType | Literal["fixed", "percentage"] | DiscountTypeEqualOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_discount_type_equal_condition_type_0 = _from_dict__DiscountTypeEqualOperators(data)

                if choice.take(componentsschemas_discount_type_equal_condition_type_0):
                    return componentsschemas_discount_type_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_discount_type_equal_condition_type_1 = data
                if type(_componentsschemas_discount_type_equal_condition_type_1) is str:
                    componentsschemas_discount_type_equal_condition_type_1 = DiscountType._by__value.get(
                        _componentsschemas_discount_type_equal_condition_type_1
                    ) or DiscountType(_componentsschemas_discount_type_equal_condition_type_1)
                elif isinstance(_componentsschemas_discount_type_equal_condition_type_1, str):
                    componentsschemas_discount_type_equal_condition_type_1 = DiscountType(
                        _componentsschemas_discount_type_equal_condition_type_1
                    )
                else:
                    raise FieldError("string (DiscountType)", _componentsschemas_discount_type_equal_condition_type_1)

                if choice.take(componentsschemas_discount_type_equal_condition_type_1):
                    return componentsschemas_discount_type_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DiscountTypeEqualOperators), string (DiscountType)", data)


def _parse__fulfillment_type(
    data: object,
) -> FulfillmentType | Literal["delivery", "pickup"] | FulfillmentTypeEqualOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[FulfillmentType | Literal["delivery", "pickup"] | FulfillmentTypeEqualOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_fulfillment_type_equal_condition_type_0 = _from_dict__FulfillmentTypeEqualOperators(
                    data
                )

                if choice.take(componentsschemas_fulfillment_type_equal_condition_type_0):
                    return componentsschemas_fulfillment_type_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_fulfillment_type_equal_condition_type_1 = data
                if type(_componentsschemas_fulfillment_type_equal_condition_type_1) is str:
                    componentsschemas_fulfillment_type_equal_condition_type_1 = FulfillmentType._by__value.get(
                        _componentsschemas_fulfillment_type_equal_condition_type_1
                    ) or FulfillmentType(_componentsschemas_fulfillment_type_equal_condition_type_1)
                elif isinstance(_componentsschemas_fulfillment_type_equal_condition_type_1, str):
                    componentsschemas_fulfillment_type_equal_condition_type_1 = FulfillmentType(
                        _componentsschemas_fulfillment_type_equal_condition_type_1
                    )
                else:
                    raise FieldError(
                        "string (FulfillmentType)", _componentsschemas_fulfillment_type_equal_condition_type_1
                    )

                if choice.take(componentsschemas_fulfillment_type_equal_condition_type_1):
                    return componentsschemas_fulfillment_type_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (FulfillmentTypeEqualOperators), string (FulfillmentType)", data)


def _parse__id(data: object) -> IdOperators | Unset | UUID:
    if isinstance(data, Unset):
        return data
    choice: Choice[IdOperators | Unset | UUID] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_id_condition_type_0 = _from_dict__IdOperators(data)

                if choice.take(componentsschemas_id_condition_type_0):
                    return componentsschemas_id_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_id_condition_type_1 = data
                try:
                    componentsschemas_id_condition_type_1 = parse_uuid(_componentsschemas_id_condition_type_1)
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_id_condition_type_1) from None

                if choice.take(componentsschemas_id_condition_type_1):
                    return componentsschemas_id_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (IdOperators), UUID string", data)


def _parse__item_id(data: object) -> Unset | UUID | UuidEqualOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[Unset | UUID | UuidEqualOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_equal_condition_type_0 = _from_dict__UuidEqualOperators(data)

                if choice.take(componentsschemas_uuid_equal_condition_type_0):
                    return componentsschemas_uuid_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_equal_condition_type_1 = data
                try:
                    componentsschemas_uuid_equal_condition_type_1 = parse_uuid(
                        _componentsschemas_uuid_equal_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_equal_condition_type_1) from None

                if choice.take(componentsschemas_uuid_equal_condition_type_1):
                    return componentsschemas_uuid_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidEqualOperators), UUID string", data)


def _parse__order_delivery_rate_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__payment_status(
    data: object,
) -> (
    PaymentStatus
    | Literal["overpaid", "paid", "partially_paid", "payment_due", "process_deposit"]
    | PaymentStatusEqualOperators
    | Unset
):
    if isinstance(data, Unset):
        return data
    choice: Choice[
        PaymentStatus
        | Literal["overpaid", "paid", "partially_paid", "payment_due", "process_deposit"]
        | PaymentStatusEqualOperators
        | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_payment_status_equal_condition_type_0 = _from_dict__PaymentStatusEqualOperators(data)

                if choice.take(componentsschemas_payment_status_equal_condition_type_0):
                    return componentsschemas_payment_status_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_payment_status_equal_condition_type_1 = data
                if type(_componentsschemas_payment_status_equal_condition_type_1) is str:
                    componentsschemas_payment_status_equal_condition_type_1 = PaymentStatus._by__value.get(
                        _componentsschemas_payment_status_equal_condition_type_1
                    ) or PaymentStatus(_componentsschemas_payment_status_equal_condition_type_1)
                elif isinstance(_componentsschemas_payment_status_equal_condition_type_1, str):
                    componentsschemas_payment_status_equal_condition_type_1 = PaymentStatus(
                        _componentsschemas_payment_status_equal_condition_type_1
                    )
                else:
                    raise FieldError("string (PaymentStatus)", _componentsschemas_payment_status_equal_condition_type_1)

                if choice.take(componentsschemas_payment_status_equal_condition_type_1):
                    return componentsschemas_payment_status_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (PaymentStatusEqualOperators), string (PaymentStatus)", data)


def _parse__start_location_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__start_or_stop_time(data: object) -> datetime.datetime | DatetimeBetweenOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeBetweenOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_between_condition_type_0 = _from_dict__DatetimeBetweenOperators(data)

                if choice.take(componentsschemas_datetime_between_condition_type_0):
                    return componentsschemas_datetime_between_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_between_condition_type_1 = data
                try:
                    componentsschemas_datetime_between_condition_type_1 = _datetime__parse(
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


def _parse__starts_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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


def _parse__status(
    data: object,
) -> (
    RentalStatus
    | Literal["archived", "canceled", "concept", "draft", "new", "reserved", "started", "stopped"]
    | RentalStatusOperators
    | Unset
):
    if isinstance(data, Unset):
        return data
    choice: Choice[
        RentalStatus
        | Literal["archived", "canceled", "concept", "draft", "new", "reserved", "started", "stopped"]
        | RentalStatusOperators
        | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_rental_status_condition_type_0 = _from_dict__RentalStatusOperators(data)

                if choice.take(componentsschemas_rental_status_condition_type_0):
                    return componentsschemas_rental_status_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_rental_status_condition_type_1 = data
                if type(_componentsschemas_rental_status_condition_type_1) is str:
                    componentsschemas_rental_status_condition_type_1 = RentalStatus._by__value.get(
                        _componentsschemas_rental_status_condition_type_1
                    ) or RentalStatus(_componentsschemas_rental_status_condition_type_1)
                elif isinstance(_componentsschemas_rental_status_condition_type_1, str):
                    componentsschemas_rental_status_condition_type_1 = RentalStatus(
                        _componentsschemas_rental_status_condition_type_1
                    )
                else:
                    raise FieldError("string (RentalStatus)", _componentsschemas_rental_status_condition_type_1)

                if choice.take(componentsschemas_rental_status_condition_type_1):
                    return componentsschemas_rental_status_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (RentalStatusOperators), string (RentalStatus)", data)


def _parse__stock_item_id(data: object) -> Unset | UUID | UuidEqualOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[Unset | UUID | UuidEqualOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_equal_condition_type_0 = _from_dict__UuidEqualOperators(data)

                if choice.take(componentsschemas_uuid_equal_condition_type_0):
                    return componentsschemas_uuid_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_equal_condition_type_1 = data
                try:
                    componentsschemas_uuid_equal_condition_type_1 = parse_uuid(
                        _componentsschemas_uuid_equal_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_equal_condition_type_1) from None

                if choice.take(componentsschemas_uuid_equal_condition_type_1):
                    return componentsschemas_uuid_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidEqualOperators), UUID string", data)


def _parse__stop_location_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__stops_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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


def _parse__tax_region_id(data: object) -> Unset | UUID | UuidOperators:
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
            conditions (dict[str, Any] | HashOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
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
            discount_type (DiscountType | Literal["fixed", "percentage"] | DiscountTypeEqualOperators | Unset): A filter on
                a `DiscountType` attribute: either an object of operators, or a bare value as shorthand for `eq`.
            discount_value (float | NumberOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            fulfillment_type (FulfillmentType | Literal["delivery", "pickup"] | FulfillmentTypeEqualOperators | Unset): A
                filter on a `FulfillmentType` attribute: either an object of operators, or a bare value as shorthand for `eq`.
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
            payment_status (PaymentStatus | Literal["overpaid", "paid", "partially_paid", "payment_due", "process_deposit"]
                | PaymentStatusEqualOperators | Unset): A filter on a `PaymentStatus` attribute: either an object of operators,
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
            status (RentalStatus | Literal["archived", "canceled", "concept", "draft", "new", "reserved", "started",
                "stopped"] | RentalStatusOperators | Unset): A filter on a `RentalStatus` attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
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
    conditions: dict[str, Any] | HashOperators | Unset = UNSET
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
    discount_type: DiscountType | Literal["fixed", "percentage"] | DiscountTypeEqualOperators | Unset = UNSET
    discount_value: float | NumberOperators | Unset = UNSET
    fulfillment_type: FulfillmentType | Literal["delivery", "pickup"] | FulfillmentTypeEqualOperators | Unset = UNSET
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
    payment_status: (
        PaymentStatus
        | Literal["overpaid", "paid", "partially_paid", "payment_due", "process_deposit"]
        | PaymentStatusEqualOperators
        | Unset
    ) = UNSET
    price_in_cents: int | IntegerOperators | Unset = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    shortage: bool | BooleanOperators | Unset = UNSET
    start_location_id: Unset | UUID | UuidOperators = UNSET
    start_or_stop_time: datetime.datetime | DatetimeBetweenOperators | Unset = UNSET
    starts_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    status: (
        RentalStatus
        | Literal["archived", "canceled", "concept", "draft", "new", "reserved", "started", "stopped"]
        | RentalStatusOperators
        | Unset
    ) = UNSET
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
        amount_paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.amount_paid_in_cents, Unset):
            amount_paid_in_cents = UNSET
        elif isinstance(self.amount_paid_in_cents, IntegerOperators):
            amount_paid_in_cents = self.amount_paid_in_cents.to_dict()
        else:
            amount_paid_in_cents = self.amount_paid_in_cents
        if amount_paid_in_cents is not UNSET:
            field_dict["amount_paid_in_cents"] = amount_paid_in_cents
        amount_to_be_paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.amount_to_be_paid_in_cents, Unset):
            amount_to_be_paid_in_cents = UNSET
        elif isinstance(self.amount_to_be_paid_in_cents, IntegerOperators):
            amount_to_be_paid_in_cents = self.amount_to_be_paid_in_cents.to_dict()
        else:
            amount_to_be_paid_in_cents = self.amount_to_be_paid_in_cents
        if amount_to_be_paid_in_cents is not UNSET:
            field_dict["amount_to_be_paid_in_cents"] = amount_to_be_paid_in_cents
        any_shortage: bool | dict[str, Any] | Unset
        if isinstance(self.any_shortage, Unset):
            any_shortage = UNSET
        elif isinstance(self.any_shortage, BooleanOperators):
            any_shortage = self.any_shortage.to_dict()
        else:
            any_shortage = self.any_shortage
        if any_shortage is not UNSET:
            field_dict["any_shortage"] = any_shortage
        billing_address_property_id: dict[str, Any] | str | Unset
        if isinstance(self.billing_address_property_id, Unset):
            billing_address_property_id = UNSET
        elif isinstance(self.billing_address_property_id, UuidOperators):
            billing_address_property_id = self.billing_address_property_id.to_dict()
        else:
            billing_address_property_id = str(self.billing_address_property_id)

        if billing_address_property_id is not UNSET:
            field_dict["billing_address_property_id"] = billing_address_property_id
        conditions: dict[str, Any] | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, HashOperators):
            conditions = self.conditions.to_dict()
        else:
            conditions = self.conditions
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        coupon_discount_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.coupon_discount_in_cents, Unset):
            coupon_discount_in_cents = UNSET
        elif isinstance(self.coupon_discount_in_cents, IntegerOperators):
            coupon_discount_in_cents = self.coupon_discount_in_cents.to_dict()
        else:
            coupon_discount_in_cents = self.coupon_discount_in_cents
        if coupon_discount_in_cents is not UNSET:
            field_dict["coupon_discount_in_cents"] = coupon_discount_in_cents
        coupon_id: dict[str, Any] | str | Unset
        if isinstance(self.coupon_id, Unset):
            coupon_id = UNSET
        elif isinstance(self.coupon_id, UuidOperators):
            coupon_id = self.coupon_id.to_dict()
        else:
            coupon_id = str(self.coupon_id)

        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
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
        customer_id: dict[str, Any] | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UuidOperators):
            customer_id = self.customer_id.to_dict()
        else:
            customer_id = str(self.customer_id)

        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        delivery_address_property_id: dict[str, Any] | str | Unset
        if isinstance(self.delivery_address_property_id, Unset):
            delivery_address_property_id = UNSET
        elif isinstance(self.delivery_address_property_id, UuidOperators):
            delivery_address_property_id = self.delivery_address_property_id.to_dict()
        else:
            delivery_address_property_id = str(self.delivery_address_property_id)

        if delivery_address_property_id is not UNSET:
            field_dict["delivery_address_property_id"] = delivery_address_property_id
        deposit_held_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.deposit_held_in_cents, Unset):
            deposit_held_in_cents = UNSET
        elif isinstance(self.deposit_held_in_cents, IntegerOperators):
            deposit_held_in_cents = self.deposit_held_in_cents.to_dict()
        else:
            deposit_held_in_cents = self.deposit_held_in_cents
        if deposit_held_in_cents is not UNSET:
            field_dict["deposit_held_in_cents"] = deposit_held_in_cents
        deposit_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.deposit_in_cents, Unset):
            deposit_in_cents = UNSET
        elif isinstance(self.deposit_in_cents, IntegerOperators):
            deposit_in_cents = self.deposit_in_cents.to_dict()
        else:
            deposit_in_cents = self.deposit_in_cents
        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        deposit_paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.deposit_paid_in_cents, Unset):
            deposit_paid_in_cents = UNSET
        elif isinstance(self.deposit_paid_in_cents, IntegerOperators):
            deposit_paid_in_cents = self.deposit_paid_in_cents.to_dict()
        else:
            deposit_paid_in_cents = self.deposit_paid_in_cents
        if deposit_paid_in_cents is not UNSET:
            field_dict["deposit_paid_in_cents"] = deposit_paid_in_cents
        deposit_refunded_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.deposit_refunded_in_cents, Unset):
            deposit_refunded_in_cents = UNSET
        elif isinstance(self.deposit_refunded_in_cents, IntegerOperators):
            deposit_refunded_in_cents = self.deposit_refunded_in_cents.to_dict()
        else:
            deposit_refunded_in_cents = self.deposit_refunded_in_cents
        if deposit_refunded_in_cents is not UNSET:
            field_dict["deposit_refunded_in_cents"] = deposit_refunded_in_cents
        deposit_to_be_paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.deposit_to_be_paid_in_cents, Unset):
            deposit_to_be_paid_in_cents = UNSET
        elif isinstance(self.deposit_to_be_paid_in_cents, IntegerOperators):
            deposit_to_be_paid_in_cents = self.deposit_to_be_paid_in_cents.to_dict()
        else:
            deposit_to_be_paid_in_cents = self.deposit_to_be_paid_in_cents
        if deposit_to_be_paid_in_cents is not UNSET:
            field_dict["deposit_to_be_paid_in_cents"] = deposit_to_be_paid_in_cents
        deposit_to_refund_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.deposit_to_refund_in_cents, Unset):
            deposit_to_refund_in_cents = UNSET
        elif isinstance(self.deposit_to_refund_in_cents, IntegerOperators):
            deposit_to_refund_in_cents = self.deposit_to_refund_in_cents.to_dict()
        else:
            deposit_to_refund_in_cents = self.deposit_to_refund_in_cents
        if deposit_to_refund_in_cents is not UNSET:
            field_dict["deposit_to_refund_in_cents"] = deposit_to_refund_in_cents
        deposit_type: dict[str, Any] | str | Unset
        if isinstance(self.deposit_type, Unset):
            deposit_type = UNSET
        elif isinstance(self.deposit_type, StringEqualOperators):
            deposit_type = self.deposit_type.to_dict()
        else:
            deposit_type = self.deposit_type
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type
        discount_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.discount_in_cents, Unset):
            discount_in_cents = UNSET
        elif isinstance(self.discount_in_cents, IntegerOperators):
            discount_in_cents = self.discount_in_cents.to_dict()
        else:
            discount_in_cents = self.discount_in_cents
        if discount_in_cents is not UNSET:
            field_dict["discount_in_cents"] = discount_in_cents
        discount_percentage: dict[str, Any] | float | Unset
        if isinstance(self.discount_percentage, Unset):
            discount_percentage = UNSET
        elif isinstance(self.discount_percentage, NumberOperators):
            discount_percentage = self.discount_percentage.to_dict()
        else:
            discount_percentage = self.discount_percentage
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        discount_type: dict[str, Any] | str | Unset
        if isinstance(self.discount_type, Unset):
            discount_type = UNSET
        elif isinstance(self.discount_type, DiscountTypeEqualOperators):
            discount_type = self.discount_type.to_dict()
        else:
            discount_type = DiscountType(self.discount_type).value

        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        discount_value: dict[str, Any] | float | Unset
        if isinstance(self.discount_value, Unset):
            discount_value = UNSET
        elif isinstance(self.discount_value, NumberOperators):
            discount_value = self.discount_value.to_dict()
        else:
            discount_value = self.discount_value
        if discount_value is not UNSET:
            field_dict["discount_value"] = discount_value
        fulfillment_type: dict[str, Any] | str | Unset
        if isinstance(self.fulfillment_type, Unset):
            fulfillment_type = UNSET
        elif isinstance(self.fulfillment_type, FulfillmentTypeEqualOperators):
            fulfillment_type = self.fulfillment_type.to_dict()
        else:
            fulfillment_type = FulfillmentType(self.fulfillment_type).value

        if fulfillment_type is not UNSET:
            field_dict["fulfillment_type"] = fulfillment_type
        grand_total_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.grand_total_in_cents, Unset):
            grand_total_in_cents = UNSET
        elif isinstance(self.grand_total_in_cents, IntegerOperators):
            grand_total_in_cents = self.grand_total_in_cents.to_dict()
        else:
            grand_total_in_cents = self.grand_total_in_cents
        if grand_total_in_cents is not UNSET:
            field_dict["grand_total_in_cents"] = grand_total_in_cents
        grand_total_with_tax_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.grand_total_with_tax_in_cents, Unset):
            grand_total_with_tax_in_cents = UNSET
        elif isinstance(self.grand_total_with_tax_in_cents, IntegerOperators):
            grand_total_with_tax_in_cents = self.grand_total_with_tax_in_cents.to_dict()
        else:
            grand_total_with_tax_in_cents = self.grand_total_with_tax_in_cents
        if grand_total_with_tax_in_cents is not UNSET:
            field_dict["grand_total_with_tax_in_cents"] = grand_total_with_tax_in_cents
        has_signed_contract: bool | dict[str, Any] | Unset
        if isinstance(self.has_signed_contract, Unset):
            has_signed_contract = UNSET
        elif isinstance(self.has_signed_contract, BooleanOperators):
            has_signed_contract = self.has_signed_contract.to_dict()
        else:
            has_signed_contract = self.has_signed_contract
        if has_signed_contract is not UNSET:
            field_dict["has_signed_contract"] = has_signed_contract
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, IdOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        item_count: dict[str, Any] | int | Unset
        if isinstance(self.item_count, Unset):
            item_count = UNSET
        elif isinstance(self.item_count, IntegerOperators):
            item_count = self.item_count.to_dict()
        else:
            item_count = self.item_count
        if item_count is not UNSET:
            field_dict["item_count"] = item_count
        item_id: dict[str, Any] | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        elif isinstance(self.item_id, UuidEqualOperators):
            item_id = self.item_id.to_dict()
        else:
            item_id = str(self.item_id)

        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        location_shortage: bool | dict[str, Any] | Unset
        if isinstance(self.location_shortage, Unset):
            location_shortage = UNSET
        elif isinstance(self.location_shortage, BooleanOperators):
            location_shortage = self.location_shortage.to_dict()
        else:
            location_shortage = self.location_shortage
        if location_shortage is not UNSET:
            field_dict["location_shortage"] = location_shortage
        number: dict[str, Any] | int | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        elif isinstance(self.number, IntegerOperators):
            number = self.number.to_dict()
        else:
            number = self.number
        if number is not UNSET:
            field_dict["number"] = number
        order_delivery_rate_id: dict[str, Any] | str | Unset
        if isinstance(self.order_delivery_rate_id, Unset):
            order_delivery_rate_id = UNSET
        elif isinstance(self.order_delivery_rate_id, UuidOperators):
            order_delivery_rate_id = self.order_delivery_rate_id.to_dict()
        else:
            order_delivery_rate_id = str(self.order_delivery_rate_id)

        if order_delivery_rate_id is not UNSET:
            field_dict["order_delivery_rate_id"] = order_delivery_rate_id
        paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.paid_in_cents, Unset):
            paid_in_cents = UNSET
        elif isinstance(self.paid_in_cents, IntegerOperators):
            paid_in_cents = self.paid_in_cents.to_dict()
        else:
            paid_in_cents = self.paid_in_cents
        if paid_in_cents is not UNSET:
            field_dict["paid_in_cents"] = paid_in_cents
        payment_status: dict[str, Any] | str | Unset
        if isinstance(self.payment_status, Unset):
            payment_status = UNSET
        elif isinstance(self.payment_status, PaymentStatusEqualOperators):
            payment_status = self.payment_status.to_dict()
        else:
            payment_status = PaymentStatus(self.payment_status).value

        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        price_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.price_in_cents, Unset):
            price_in_cents = UNSET
        elif isinstance(self.price_in_cents, IntegerOperators):
            price_in_cents = self.price_in_cents.to_dict()
        else:
            price_in_cents = self.price_in_cents
        if price_in_cents is not UNSET:
            field_dict["price_in_cents"] = price_in_cents
        q: dict[str, Any] | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        elif isinstance(self.q, StringEqualOperators):
            q = self.q.to_dict()
        else:
            q = self.q
        if q is not UNSET:
            field_dict["q"] = q
        shortage: bool | dict[str, Any] | Unset
        if isinstance(self.shortage, Unset):
            shortage = UNSET
        elif isinstance(self.shortage, BooleanOperators):
            shortage = self.shortage.to_dict()
        else:
            shortage = self.shortage
        if shortage is not UNSET:
            field_dict["shortage"] = shortage
        start_location_id: dict[str, Any] | str | Unset
        if isinstance(self.start_location_id, Unset):
            start_location_id = UNSET
        elif isinstance(self.start_location_id, UuidOperators):
            start_location_id = self.start_location_id.to_dict()
        else:
            start_location_id = str(self.start_location_id)

        if start_location_id is not UNSET:
            field_dict["start_location_id"] = start_location_id
        start_or_stop_time: dict[str, Any] | str | Unset
        if isinstance(self.start_or_stop_time, Unset):
            start_or_stop_time = UNSET
        elif isinstance(self.start_or_stop_time, DatetimeBetweenOperators):
            start_or_stop_time = self.start_or_stop_time.to_dict()
        else:
            start_or_stop_time = (
                self.start_or_stop_time.isoformat().replace("+00:00", "Z")
                if self.start_or_stop_time.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeBetweenCondition_type_1")
            )

        if start_or_stop_time is not UNSET:
            field_dict["start_or_stop_time"] = start_or_stop_time
        starts_at: dict[str, Any] | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, DatetimeOperators):
            starts_at = self.starts_at.to_dict()
        else:
            starts_at = (
                self.starts_at.isoformat().replace("+00:00", "Z")
                if self.starts_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        status: dict[str, Any] | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RentalStatusOperators):
            status = self.status.to_dict()
        else:
            status = RentalStatus(self.status).value

        if status is not UNSET:
            field_dict["status"] = status
        statuses: dict[str, Any] | str | Unset
        if isinstance(self.statuses, Unset):
            statuses = UNSET
        elif isinstance(self.statuses, StringOperators):
            statuses = self.statuses.to_dict()
        else:
            statuses = self.statuses
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        stock_item_id: dict[str, Any] | str | Unset
        if isinstance(self.stock_item_id, Unset):
            stock_item_id = UNSET
        elif isinstance(self.stock_item_id, UuidEqualOperators):
            stock_item_id = self.stock_item_id.to_dict()
        else:
            stock_item_id = str(self.stock_item_id)

        if stock_item_id is not UNSET:
            field_dict["stock_item_id"] = stock_item_id
        stop_location_id: dict[str, Any] | str | Unset
        if isinstance(self.stop_location_id, Unset):
            stop_location_id = UNSET
        elif isinstance(self.stop_location_id, UuidOperators):
            stop_location_id = self.stop_location_id.to_dict()
        else:
            stop_location_id = str(self.stop_location_id)

        if stop_location_id is not UNSET:
            field_dict["stop_location_id"] = stop_location_id
        stops_at: dict[str, Any] | str | Unset
        if isinstance(self.stops_at, Unset):
            stops_at = UNSET
        elif isinstance(self.stops_at, DatetimeOperators):
            stops_at = self.stops_at.to_dict()
        else:
            stops_at = (
                self.stops_at.isoformat().replace("+00:00", "Z")
                if self.stops_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if stops_at is not UNSET:
            field_dict["stops_at"] = stops_at
        tag_list: dict[str, Any] | str | Unset
        if isinstance(self.tag_list, Unset):
            tag_list = UNSET
        elif isinstance(self.tag_list, StringEqualOperators):
            tag_list = self.tag_list.to_dict()
        else:
            tag_list = self.tag_list
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        tax_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.tax_in_cents, Unset):
            tax_in_cents = UNSET
        elif isinstance(self.tax_in_cents, IntegerOperators):
            tax_in_cents = self.tax_in_cents.to_dict()
        else:
            tax_in_cents = self.tax_in_cents
        if tax_in_cents is not UNSET:
            field_dict["tax_in_cents"] = tax_in_cents
        tax_region_id: dict[str, Any] | str | Unset
        if isinstance(self.tax_region_id, Unset):
            tax_region_id = UNSET
        elif isinstance(self.tax_region_id, UuidOperators):
            tax_region_id = self.tax_region_id.to_dict()
        else:
            tax_region_id = str(self.tax_region_id)

        if tax_region_id is not UNSET:
            field_dict["tax_region_id"] = tax_region_id
        to_be_paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.to_be_paid_in_cents, Unset):
            to_be_paid_in_cents = UNSET
        elif isinstance(self.to_be_paid_in_cents, IntegerOperators):
            to_be_paid_in_cents = self.to_be_paid_in_cents.to_dict()
        else:
            to_be_paid_in_cents = self.to_be_paid_in_cents
        if to_be_paid_in_cents is not UNSET:
            field_dict["to_be_paid_in_cents"] = to_be_paid_in_cents
        total_discount_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.total_discount_in_cents, Unset):
            total_discount_in_cents = UNSET
        elif isinstance(self.total_discount_in_cents, IntegerOperators):
            total_discount_in_cents = self.total_discount_in_cents.to_dict()
        else:
            total_discount_in_cents = self.total_discount_in_cents
        if total_discount_in_cents is not UNSET:
            field_dict["total_discount_in_cents"] = total_discount_in_cents
        total_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.total_in_cents, Unset):
            total_in_cents = UNSET
        elif isinstance(self.total_in_cents, IntegerOperators):
            total_in_cents = self.total_in_cents.to_dict()
        else:
            total_in_cents = self.total_in_cents
        if total_in_cents is not UNSET:
            field_dict["total_in_cents"] = total_in_cents
        total_paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.total_paid_in_cents, Unset):
            total_paid_in_cents = UNSET
        elif isinstance(self.total_paid_in_cents, IntegerOperators):
            total_paid_in_cents = self.total_paid_in_cents.to_dict()
        else:
            total_paid_in_cents = self.total_paid_in_cents
        if total_paid_in_cents is not UNSET:
            field_dict["total_paid_in_cents"] = total_paid_in_cents
        total_to_be_paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.total_to_be_paid_in_cents, Unset):
            total_to_be_paid_in_cents = UNSET
        elif isinstance(self.total_to_be_paid_in_cents, IntegerOperators):
            total_to_be_paid_in_cents = self.total_to_be_paid_in_cents.to_dict()
        else:
            total_to_be_paid_in_cents = self.total_to_be_paid_in_cents
        if total_to_be_paid_in_cents is not UNSET:
            field_dict["total_to_be_paid_in_cents"] = total_to_be_paid_in_cents
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
                raise FieldError("object (OrderFilter)", d)
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

        _amount_paid_in_cents = d.get("amount_paid_in_cents", UNSET)
        amount_paid_in_cents: int | IntegerOperators | Unset
        if _amount_paid_in_cents is UNSET:
            amount_paid_in_cents = _amount_paid_in_cents
        elif isinstance(_amount_paid_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_amount_paid_in_cents)
            except FieldError as field__error:
                field__error.segments.append("amount_paid_in_cents")
                raise

            amount_paid_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_amount_paid_in_cents, int)
            and _amount_paid_in_cents is not True
            and _amount_paid_in_cents is not False
        ):
            amount_paid_in_cents = _amount_paid_in_cents
        else:
            raise FieldError("one of object (IntegerOperators), integer", _amount_paid_in_cents, "amount_paid_in_cents")

        if amount_paid_in_cents is UNSET:
            n__absent += 1

        _amount_to_be_paid_in_cents = d.get("amount_to_be_paid_in_cents", UNSET)
        amount_to_be_paid_in_cents: int | IntegerOperators | Unset
        if _amount_to_be_paid_in_cents is UNSET:
            amount_to_be_paid_in_cents = _amount_to_be_paid_in_cents
        elif isinstance(_amount_to_be_paid_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_amount_to_be_paid_in_cents)
            except FieldError as field__error:
                field__error.segments.append("amount_to_be_paid_in_cents")
                raise

            amount_to_be_paid_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_amount_to_be_paid_in_cents, int)
            and _amount_to_be_paid_in_cents is not True
            and _amount_to_be_paid_in_cents is not False
        ):
            amount_to_be_paid_in_cents = _amount_to_be_paid_in_cents
        else:
            raise FieldError(
                "one of object (IntegerOperators), integer", _amount_to_be_paid_in_cents, "amount_to_be_paid_in_cents"
            )

        if amount_to_be_paid_in_cents is UNSET:
            n__absent += 1

        _any_shortage = d.get("any_shortage", UNSET)
        any_shortage: bool | BooleanOperators | Unset
        if _any_shortage is UNSET:
            any_shortage = _any_shortage
        elif isinstance(_any_shortage, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_any_shortage)
            except FieldError as field__error:
                field__error.segments.append("any_shortage")
                raise

            any_shortage = componentsschemas_boolean_condition_type_0
        elif isinstance(_any_shortage, bool):
            any_shortage = _any_shortage
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _any_shortage, "any_shortage")

        if any_shortage is UNSET:
            n__absent += 1

        try:
            billing_address_property_id = _parse__billing_address_property_id(
                d.get("billing_address_property_id", UNSET)
            )
        except FieldError as field__error:
            field__error.segments.append("billing_address_property_id")
            raise

        if billing_address_property_id is UNSET:
            n__absent += 1

        try:
            conditions = _parse__conditions(d.get("conditions", UNSET))
        except FieldError as field__error:
            field__error.segments.append("conditions")
            raise

        if conditions is UNSET:
            n__absent += 1

        _coupon_discount_in_cents = d.get("coupon_discount_in_cents", UNSET)
        coupon_discount_in_cents: int | IntegerOperators | Unset
        if _coupon_discount_in_cents is UNSET:
            coupon_discount_in_cents = _coupon_discount_in_cents
        elif isinstance(_coupon_discount_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_coupon_discount_in_cents)
            except FieldError as field__error:
                field__error.segments.append("coupon_discount_in_cents")
                raise

            coupon_discount_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_coupon_discount_in_cents, int)
            and _coupon_discount_in_cents is not True
            and _coupon_discount_in_cents is not False
        ):
            coupon_discount_in_cents = _coupon_discount_in_cents
        else:
            raise FieldError(
                "one of object (IntegerOperators), integer", _coupon_discount_in_cents, "coupon_discount_in_cents"
            )

        if coupon_discount_in_cents is UNSET:
            n__absent += 1

        try:
            coupon_id = _parse__coupon_id(d.get("coupon_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("coupon_id")
            raise

        if coupon_id is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        try:
            customer_id = _parse__customer_id(d.get("customer_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("customer_id")
            raise

        if customer_id is UNSET:
            n__absent += 1

        try:
            delivery_address_property_id = _parse__delivery_address_property_id(
                d.get("delivery_address_property_id", UNSET)
            )
        except FieldError as field__error:
            field__error.segments.append("delivery_address_property_id")
            raise

        if delivery_address_property_id is UNSET:
            n__absent += 1

        _deposit_held_in_cents = d.get("deposit_held_in_cents", UNSET)
        deposit_held_in_cents: int | IntegerOperators | Unset
        if _deposit_held_in_cents is UNSET:
            deposit_held_in_cents = _deposit_held_in_cents
        elif isinstance(_deposit_held_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_deposit_held_in_cents)
            except FieldError as field__error:
                field__error.segments.append("deposit_held_in_cents")
                raise

            deposit_held_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_deposit_held_in_cents, int)
            and _deposit_held_in_cents is not True
            and _deposit_held_in_cents is not False
        ):
            deposit_held_in_cents = _deposit_held_in_cents
        else:
            raise FieldError(
                "one of object (IntegerOperators), integer", _deposit_held_in_cents, "deposit_held_in_cents"
            )

        if deposit_held_in_cents is UNSET:
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

        _deposit_paid_in_cents = d.get("deposit_paid_in_cents", UNSET)
        deposit_paid_in_cents: int | IntegerOperators | Unset
        if _deposit_paid_in_cents is UNSET:
            deposit_paid_in_cents = _deposit_paid_in_cents
        elif isinstance(_deposit_paid_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_deposit_paid_in_cents)
            except FieldError as field__error:
                field__error.segments.append("deposit_paid_in_cents")
                raise

            deposit_paid_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_deposit_paid_in_cents, int)
            and _deposit_paid_in_cents is not True
            and _deposit_paid_in_cents is not False
        ):
            deposit_paid_in_cents = _deposit_paid_in_cents
        else:
            raise FieldError(
                "one of object (IntegerOperators), integer", _deposit_paid_in_cents, "deposit_paid_in_cents"
            )

        if deposit_paid_in_cents is UNSET:
            n__absent += 1

        _deposit_refunded_in_cents = d.get("deposit_refunded_in_cents", UNSET)
        deposit_refunded_in_cents: int | IntegerOperators | Unset
        if _deposit_refunded_in_cents is UNSET:
            deposit_refunded_in_cents = _deposit_refunded_in_cents
        elif isinstance(_deposit_refunded_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_deposit_refunded_in_cents)
            except FieldError as field__error:
                field__error.segments.append("deposit_refunded_in_cents")
                raise

            deposit_refunded_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_deposit_refunded_in_cents, int)
            and _deposit_refunded_in_cents is not True
            and _deposit_refunded_in_cents is not False
        ):
            deposit_refunded_in_cents = _deposit_refunded_in_cents
        else:
            raise FieldError(
                "one of object (IntegerOperators), integer", _deposit_refunded_in_cents, "deposit_refunded_in_cents"
            )

        if deposit_refunded_in_cents is UNSET:
            n__absent += 1

        _deposit_to_be_paid_in_cents = d.get("deposit_to_be_paid_in_cents", UNSET)
        deposit_to_be_paid_in_cents: int | IntegerOperators | Unset
        if _deposit_to_be_paid_in_cents is UNSET:
            deposit_to_be_paid_in_cents = _deposit_to_be_paid_in_cents
        elif isinstance(_deposit_to_be_paid_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_deposit_to_be_paid_in_cents)
            except FieldError as field__error:
                field__error.segments.append("deposit_to_be_paid_in_cents")
                raise

            deposit_to_be_paid_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_deposit_to_be_paid_in_cents, int)
            and _deposit_to_be_paid_in_cents is not True
            and _deposit_to_be_paid_in_cents is not False
        ):
            deposit_to_be_paid_in_cents = _deposit_to_be_paid_in_cents
        else:
            raise FieldError(
                "one of object (IntegerOperators), integer", _deposit_to_be_paid_in_cents, "deposit_to_be_paid_in_cents"
            )

        if deposit_to_be_paid_in_cents is UNSET:
            n__absent += 1

        _deposit_to_refund_in_cents = d.get("deposit_to_refund_in_cents", UNSET)
        deposit_to_refund_in_cents: int | IntegerOperators | Unset
        if _deposit_to_refund_in_cents is UNSET:
            deposit_to_refund_in_cents = _deposit_to_refund_in_cents
        elif isinstance(_deposit_to_refund_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_deposit_to_refund_in_cents)
            except FieldError as field__error:
                field__error.segments.append("deposit_to_refund_in_cents")
                raise

            deposit_to_refund_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_deposit_to_refund_in_cents, int)
            and _deposit_to_refund_in_cents is not True
            and _deposit_to_refund_in_cents is not False
        ):
            deposit_to_refund_in_cents = _deposit_to_refund_in_cents
        else:
            raise FieldError(
                "one of object (IntegerOperators), integer", _deposit_to_refund_in_cents, "deposit_to_refund_in_cents"
            )

        if deposit_to_refund_in_cents is UNSET:
            n__absent += 1

        _deposit_type = d.get("deposit_type", UNSET)
        deposit_type: str | StringEqualOperators | Unset
        if _deposit_type is UNSET:
            deposit_type = _deposit_type
        elif isinstance(_deposit_type, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_deposit_type)
            except FieldError as field__error:
                field__error.segments.append("deposit_type")
                raise

            deposit_type = componentsschemas_string_equal_condition_type_0
        elif isinstance(_deposit_type, str):
            deposit_type = _deposit_type
        else:
            raise FieldError("one of object (StringEqualOperators), string", _deposit_type, "deposit_type")

        if deposit_type is UNSET:
            n__absent += 1

        _discount_in_cents = d.get("discount_in_cents", UNSET)
        discount_in_cents: int | IntegerOperators | Unset
        if _discount_in_cents is UNSET:
            discount_in_cents = _discount_in_cents
        elif isinstance(_discount_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_discount_in_cents)
            except FieldError as field__error:
                field__error.segments.append("discount_in_cents")
                raise

            discount_in_cents = componentsschemas_integer_condition_type_0
        elif isinstance(_discount_in_cents, int) and _discount_in_cents is not True and _discount_in_cents is not False:
            discount_in_cents = _discount_in_cents
        else:
            raise FieldError("one of object (IntegerOperators), integer", _discount_in_cents, "discount_in_cents")

        if discount_in_cents is UNSET:
            n__absent += 1

        _discount_percentage = d.get("discount_percentage", UNSET)
        discount_percentage: float | NumberOperators | Unset
        if _discount_percentage is UNSET:
            discount_percentage = _discount_percentage
        elif isinstance(_discount_percentage, dict):
            try:
                componentsschemas_number_condition_type_0 = _from_dict__NumberOperators(_discount_percentage)
            except FieldError as field__error:
                field__error.segments.append("discount_percentage")
                raise

            discount_percentage = componentsschemas_number_condition_type_0
        elif isinstance(_discount_percentage, float) or (
            isinstance(_discount_percentage, int)
            and _discount_percentage is not True
            and _discount_percentage is not False
        ):
            discount_percentage = _discount_percentage
        else:
            raise FieldError("one of object (NumberOperators), number", _discount_percentage, "discount_percentage")

        if discount_percentage is UNSET:
            n__absent += 1

        try:
            discount_type = _parse__discount_type(d.get("discount_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("discount_type")
            raise

        if discount_type is UNSET:
            n__absent += 1

        _discount_value = d.get("discount_value", UNSET)
        discount_value: float | NumberOperators | Unset
        if _discount_value is UNSET:
            discount_value = _discount_value
        elif isinstance(_discount_value, dict):
            try:
                componentsschemas_number_condition_type_0 = _from_dict__NumberOperators(_discount_value)
            except FieldError as field__error:
                field__error.segments.append("discount_value")
                raise

            discount_value = componentsschemas_number_condition_type_0
        elif isinstance(_discount_value, float) or (
            isinstance(_discount_value, int) and _discount_value is not True and _discount_value is not False
        ):
            discount_value = _discount_value
        else:
            raise FieldError("one of object (NumberOperators), number", _discount_value, "discount_value")

        if discount_value is UNSET:
            n__absent += 1

        try:
            fulfillment_type = _parse__fulfillment_type(d.get("fulfillment_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("fulfillment_type")
            raise

        if fulfillment_type is UNSET:
            n__absent += 1

        _grand_total_in_cents = d.get("grand_total_in_cents", UNSET)
        grand_total_in_cents: int | IntegerOperators | Unset
        if _grand_total_in_cents is UNSET:
            grand_total_in_cents = _grand_total_in_cents
        elif isinstance(_grand_total_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_grand_total_in_cents)
            except FieldError as field__error:
                field__error.segments.append("grand_total_in_cents")
                raise

            grand_total_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_grand_total_in_cents, int)
            and _grand_total_in_cents is not True
            and _grand_total_in_cents is not False
        ):
            grand_total_in_cents = _grand_total_in_cents
        else:
            raise FieldError("one of object (IntegerOperators), integer", _grand_total_in_cents, "grand_total_in_cents")

        if grand_total_in_cents is UNSET:
            n__absent += 1

        _grand_total_with_tax_in_cents = d.get("grand_total_with_tax_in_cents", UNSET)
        grand_total_with_tax_in_cents: int | IntegerOperators | Unset
        if _grand_total_with_tax_in_cents is UNSET:
            grand_total_with_tax_in_cents = _grand_total_with_tax_in_cents
        elif isinstance(_grand_total_with_tax_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(
                    _grand_total_with_tax_in_cents
                )
            except FieldError as field__error:
                field__error.segments.append("grand_total_with_tax_in_cents")
                raise

            grand_total_with_tax_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_grand_total_with_tax_in_cents, int)
            and _grand_total_with_tax_in_cents is not True
            and _grand_total_with_tax_in_cents is not False
        ):
            grand_total_with_tax_in_cents = _grand_total_with_tax_in_cents
        else:
            raise FieldError(
                "one of object (IntegerOperators), integer",
                _grand_total_with_tax_in_cents,
                "grand_total_with_tax_in_cents",
            )

        if grand_total_with_tax_in_cents is UNSET:
            n__absent += 1

        _has_signed_contract = d.get("has_signed_contract", UNSET)
        has_signed_contract: bool | BooleanOperators | Unset
        if _has_signed_contract is UNSET:
            has_signed_contract = _has_signed_contract
        elif isinstance(_has_signed_contract, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_has_signed_contract)
            except FieldError as field__error:
                field__error.segments.append("has_signed_contract")
                raise

            has_signed_contract = componentsschemas_boolean_condition_type_0
        elif isinstance(_has_signed_contract, bool):
            has_signed_contract = _has_signed_contract
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _has_signed_contract, "has_signed_contract")

        if has_signed_contract is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        _item_count = d.get("item_count", UNSET)
        item_count: int | IntegerOperators | Unset
        if _item_count is UNSET:
            item_count = _item_count
        elif isinstance(_item_count, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_item_count)
            except FieldError as field__error:
                field__error.segments.append("item_count")
                raise

            item_count = componentsschemas_integer_condition_type_0
        elif isinstance(_item_count, int) and _item_count is not True and _item_count is not False:
            item_count = _item_count
        else:
            raise FieldError("one of object (IntegerOperators), integer", _item_count, "item_count")

        if item_count is UNSET:
            n__absent += 1

        try:
            item_id = _parse__item_id(d.get("item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("item_id")
            raise

        if item_id is UNSET:
            n__absent += 1

        _location_shortage = d.get("location_shortage", UNSET)
        location_shortage: bool | BooleanOperators | Unset
        if _location_shortage is UNSET:
            location_shortage = _location_shortage
        elif isinstance(_location_shortage, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_location_shortage)
            except FieldError as field__error:
                field__error.segments.append("location_shortage")
                raise

            location_shortage = componentsschemas_boolean_condition_type_0
        elif isinstance(_location_shortage, bool):
            location_shortage = _location_shortage
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _location_shortage, "location_shortage")

        if location_shortage is UNSET:
            n__absent += 1

        _number = d.get("number", UNSET)
        number: int | IntegerOperators | Unset
        if _number is UNSET:
            number = _number
        elif isinstance(_number, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_number)
            except FieldError as field__error:
                field__error.segments.append("number")
                raise

            number = componentsschemas_integer_condition_type_0
        elif isinstance(_number, int) and _number is not True and _number is not False:
            number = _number
        else:
            raise FieldError("one of object (IntegerOperators), integer", _number, "number")

        if number is UNSET:
            n__absent += 1

        try:
            order_delivery_rate_id = _parse__order_delivery_rate_id(d.get("order_delivery_rate_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_delivery_rate_id")
            raise

        if order_delivery_rate_id is UNSET:
            n__absent += 1

        _paid_in_cents = d.get("paid_in_cents", UNSET)
        paid_in_cents: int | IntegerOperators | Unset
        if _paid_in_cents is UNSET:
            paid_in_cents = _paid_in_cents
        elif isinstance(_paid_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_paid_in_cents)
            except FieldError as field__error:
                field__error.segments.append("paid_in_cents")
                raise

            paid_in_cents = componentsschemas_integer_condition_type_0
        elif isinstance(_paid_in_cents, int) and _paid_in_cents is not True and _paid_in_cents is not False:
            paid_in_cents = _paid_in_cents
        else:
            raise FieldError("one of object (IntegerOperators), integer", _paid_in_cents, "paid_in_cents")

        if paid_in_cents is UNSET:
            n__absent += 1

        try:
            payment_status = _parse__payment_status(d.get("payment_status", UNSET))
        except FieldError as field__error:
            field__error.segments.append("payment_status")
            raise

        if payment_status is UNSET:
            n__absent += 1

        _price_in_cents = d.get("price_in_cents", UNSET)
        price_in_cents: int | IntegerOperators | Unset
        if _price_in_cents is UNSET:
            price_in_cents = _price_in_cents
        elif isinstance(_price_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_price_in_cents)
            except FieldError as field__error:
                field__error.segments.append("price_in_cents")
                raise

            price_in_cents = componentsschemas_integer_condition_type_0
        elif isinstance(_price_in_cents, int) and _price_in_cents is not True and _price_in_cents is not False:
            price_in_cents = _price_in_cents
        else:
            raise FieldError("one of object (IntegerOperators), integer", _price_in_cents, "price_in_cents")

        if price_in_cents is UNSET:
            n__absent += 1

        _q = d.get("q", UNSET)
        q: str | StringEqualOperators | Unset
        if _q is UNSET:
            q = _q
        elif isinstance(_q, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_q)
            except FieldError as field__error:
                field__error.segments.append("q")
                raise

            q = componentsschemas_string_equal_condition_type_0
        elif isinstance(_q, str):
            q = _q
        else:
            raise FieldError("one of object (StringEqualOperators), string", _q, "q")

        if q is UNSET:
            n__absent += 1

        _shortage = d.get("shortage", UNSET)
        shortage: bool | BooleanOperators | Unset
        if _shortage is UNSET:
            shortage = _shortage
        elif isinstance(_shortage, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_shortage)
            except FieldError as field__error:
                field__error.segments.append("shortage")
                raise

            shortage = componentsschemas_boolean_condition_type_0
        elif isinstance(_shortage, bool):
            shortage = _shortage
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _shortage, "shortage")

        if shortage is UNSET:
            n__absent += 1

        try:
            start_location_id = _parse__start_location_id(d.get("start_location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("start_location_id")
            raise

        if start_location_id is UNSET:
            n__absent += 1

        try:
            start_or_stop_time = _parse__start_or_stop_time(d.get("start_or_stop_time", UNSET))
        except FieldError as field__error:
            field__error.segments.append("start_or_stop_time")
            raise

        if start_or_stop_time is UNSET:
            n__absent += 1

        try:
            starts_at = _parse__starts_at(d.get("starts_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("starts_at")
            raise

        if starts_at is UNSET:
            n__absent += 1

        try:
            status = _parse__status(d.get("status", UNSET))
        except FieldError as field__error:
            field__error.segments.append("status")
            raise

        if status is UNSET:
            n__absent += 1

        _statuses = d.get("statuses", UNSET)
        statuses: str | StringOperators | Unset
        if _statuses is UNSET:
            statuses = _statuses
        elif isinstance(_statuses, dict):
            try:
                componentsschemas_string_condition_type_0 = _from_dict__StringOperators(_statuses)
            except FieldError as field__error:
                field__error.segments.append("statuses")
                raise

            statuses = componentsschemas_string_condition_type_0
        elif isinstance(_statuses, str):
            statuses = _statuses
        else:
            raise FieldError("one of object (StringOperators), string", _statuses, "statuses")

        if statuses is UNSET:
            n__absent += 1

        try:
            stock_item_id = _parse__stock_item_id(d.get("stock_item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stock_item_id")
            raise

        if stock_item_id is UNSET:
            n__absent += 1

        try:
            stop_location_id = _parse__stop_location_id(d.get("stop_location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stop_location_id")
            raise

        if stop_location_id is UNSET:
            n__absent += 1

        try:
            stops_at = _parse__stops_at(d.get("stops_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stops_at")
            raise

        if stops_at is UNSET:
            n__absent += 1

        _tag_list = d.get("tag_list", UNSET)
        tag_list: str | StringEqualOperators | Unset
        if _tag_list is UNSET:
            tag_list = _tag_list
        elif isinstance(_tag_list, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_tag_list)
            except FieldError as field__error:
                field__error.segments.append("tag_list")
                raise

            tag_list = componentsschemas_string_equal_condition_type_0
        elif isinstance(_tag_list, str):
            tag_list = _tag_list
        else:
            raise FieldError("one of object (StringEqualOperators), string", _tag_list, "tag_list")

        if tag_list is UNSET:
            n__absent += 1

        _tax_in_cents = d.get("tax_in_cents", UNSET)
        tax_in_cents: int | IntegerOperators | Unset
        if _tax_in_cents is UNSET:
            tax_in_cents = _tax_in_cents
        elif isinstance(_tax_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_tax_in_cents)
            except FieldError as field__error:
                field__error.segments.append("tax_in_cents")
                raise

            tax_in_cents = componentsschemas_integer_condition_type_0
        elif isinstance(_tax_in_cents, int) and _tax_in_cents is not True and _tax_in_cents is not False:
            tax_in_cents = _tax_in_cents
        else:
            raise FieldError("one of object (IntegerOperators), integer", _tax_in_cents, "tax_in_cents")

        if tax_in_cents is UNSET:
            n__absent += 1

        try:
            tax_region_id = _parse__tax_region_id(d.get("tax_region_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tax_region_id")
            raise

        if tax_region_id is UNSET:
            n__absent += 1

        _to_be_paid_in_cents = d.get("to_be_paid_in_cents", UNSET)
        to_be_paid_in_cents: int | IntegerOperators | Unset
        if _to_be_paid_in_cents is UNSET:
            to_be_paid_in_cents = _to_be_paid_in_cents
        elif isinstance(_to_be_paid_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_to_be_paid_in_cents)
            except FieldError as field__error:
                field__error.segments.append("to_be_paid_in_cents")
                raise

            to_be_paid_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_to_be_paid_in_cents, int)
            and _to_be_paid_in_cents is not True
            and _to_be_paid_in_cents is not False
        ):
            to_be_paid_in_cents = _to_be_paid_in_cents
        else:
            raise FieldError("one of object (IntegerOperators), integer", _to_be_paid_in_cents, "to_be_paid_in_cents")

        if to_be_paid_in_cents is UNSET:
            n__absent += 1

        _total_discount_in_cents = d.get("total_discount_in_cents", UNSET)
        total_discount_in_cents: int | IntegerOperators | Unset
        if _total_discount_in_cents is UNSET:
            total_discount_in_cents = _total_discount_in_cents
        elif isinstance(_total_discount_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_total_discount_in_cents)
            except FieldError as field__error:
                field__error.segments.append("total_discount_in_cents")
                raise

            total_discount_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_total_discount_in_cents, int)
            and _total_discount_in_cents is not True
            and _total_discount_in_cents is not False
        ):
            total_discount_in_cents = _total_discount_in_cents
        else:
            raise FieldError(
                "one of object (IntegerOperators), integer", _total_discount_in_cents, "total_discount_in_cents"
            )

        if total_discount_in_cents is UNSET:
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

        _total_paid_in_cents = d.get("total_paid_in_cents", UNSET)
        total_paid_in_cents: int | IntegerOperators | Unset
        if _total_paid_in_cents is UNSET:
            total_paid_in_cents = _total_paid_in_cents
        elif isinstance(_total_paid_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_total_paid_in_cents)
            except FieldError as field__error:
                field__error.segments.append("total_paid_in_cents")
                raise

            total_paid_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_total_paid_in_cents, int)
            and _total_paid_in_cents is not True
            and _total_paid_in_cents is not False
        ):
            total_paid_in_cents = _total_paid_in_cents
        else:
            raise FieldError("one of object (IntegerOperators), integer", _total_paid_in_cents, "total_paid_in_cents")

        if total_paid_in_cents is UNSET:
            n__absent += 1

        _total_to_be_paid_in_cents = d.get("total_to_be_paid_in_cents", UNSET)
        total_to_be_paid_in_cents: int | IntegerOperators | Unset
        if _total_to_be_paid_in_cents is UNSET:
            total_to_be_paid_in_cents = _total_to_be_paid_in_cents
        elif isinstance(_total_to_be_paid_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_total_to_be_paid_in_cents)
            except FieldError as field__error:
                field__error.segments.append("total_to_be_paid_in_cents")
                raise

            total_to_be_paid_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_total_to_be_paid_in_cents, int)
            and _total_to_be_paid_in_cents is not True
            and _total_to_be_paid_in_cents is not False
        ):
            total_to_be_paid_in_cents = _total_to_be_paid_in_cents
        else:
            raise FieldError(
                "one of object (IntegerOperators), integer", _total_to_be_paid_in_cents, "total_to_be_paid_in_cents"
            )

        if total_to_be_paid_in_cents is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            order_filter = _new__object(cls)
            order_filter.amount_in_cents = amount_in_cents
            order_filter.amount_paid_in_cents = amount_paid_in_cents
            order_filter.amount_to_be_paid_in_cents = amount_to_be_paid_in_cents
            order_filter.any_shortage = any_shortage
            order_filter.billing_address_property_id = billing_address_property_id
            order_filter.conditions = conditions
            order_filter.coupon_discount_in_cents = coupon_discount_in_cents
            order_filter.coupon_id = coupon_id
            order_filter.created_at = created_at
            order_filter.customer_id = customer_id
            order_filter.delivery_address_property_id = delivery_address_property_id
            order_filter.deposit_held_in_cents = deposit_held_in_cents
            order_filter.deposit_in_cents = deposit_in_cents
            order_filter.deposit_paid_in_cents = deposit_paid_in_cents
            order_filter.deposit_refunded_in_cents = deposit_refunded_in_cents
            order_filter.deposit_to_be_paid_in_cents = deposit_to_be_paid_in_cents
            order_filter.deposit_to_refund_in_cents = deposit_to_refund_in_cents
            order_filter.deposit_type = deposit_type
            order_filter.discount_in_cents = discount_in_cents
            order_filter.discount_percentage = discount_percentage
            order_filter.discount_type = discount_type
            order_filter.discount_value = discount_value
            order_filter.fulfillment_type = fulfillment_type
            order_filter.grand_total_in_cents = grand_total_in_cents
            order_filter.grand_total_with_tax_in_cents = grand_total_with_tax_in_cents
            order_filter.has_signed_contract = has_signed_contract
            order_filter.id = id
            order_filter.item_count = item_count
            order_filter.item_id = item_id
            order_filter.location_shortage = location_shortage
            order_filter.number = number
            order_filter.order_delivery_rate_id = order_delivery_rate_id
            order_filter.paid_in_cents = paid_in_cents
            order_filter.payment_status = payment_status
            order_filter.price_in_cents = price_in_cents
            order_filter.q = q
            order_filter.shortage = shortage
            order_filter.start_location_id = start_location_id
            order_filter.start_or_stop_time = start_or_stop_time
            order_filter.starts_at = starts_at
            order_filter.status = status
            order_filter.statuses = statuses
            order_filter.stock_item_id = stock_item_id
            order_filter.stop_location_id = stop_location_id
            order_filter.stops_at = stops_at
            order_filter.tag_list = tag_list
            order_filter.tax_in_cents = tax_in_cents
            order_filter.tax_region_id = tax_region_id
            order_filter.to_be_paid_in_cents = to_be_paid_in_cents
            order_filter.total_discount_in_cents = total_discount_in_cents
            order_filter.total_in_cents = total_in_cents
            order_filter.total_paid_in_cents = total_paid_in_cents
            order_filter.total_to_be_paid_in_cents = total_to_be_paid_in_cents
            order_filter.updated_at = updated_at
        else:
            order_filter = cls(
                amount_in_cents,
                amount_paid_in_cents,
                amount_to_be_paid_in_cents,
                any_shortage,
                billing_address_property_id,
                conditions,
                coupon_discount_in_cents,
                coupon_id,
                created_at,
                customer_id,
                delivery_address_property_id,
                deposit_held_in_cents,
                deposit_in_cents,
                deposit_paid_in_cents,
                deposit_refunded_in_cents,
                deposit_to_be_paid_in_cents,
                deposit_to_refund_in_cents,
                deposit_type,
                discount_in_cents,
                discount_percentage,
                discount_type,
                discount_value,
                fulfillment_type,
                grand_total_in_cents,
                grand_total_with_tax_in_cents,
                has_signed_contract,
                id,
                item_count,
                item_id,
                location_shortage,
                number,
                order_delivery_rate_id,
                paid_in_cents,
                payment_status,
                price_in_cents,
                q,
                shortage,
                start_location_id,
                start_or_stop_time,
                starts_at,
                status,
                statuses,
                stock_item_id,
                stop_location_id,
                stops_at,
                tag_list,
                tax_in_cents,
                tax_region_id,
                to_be_paid_in_cents,
                total_discount_in_cents,
                total_in_cents,
                total_paid_in_cents,
                total_to_be_paid_in_cents,
                updated_at,
            )
        if len(d) + n__absent != 54:
            for prop_name in d:
                if prop_name not in {
                    "amount_in_cents",
                    "amount_paid_in_cents",
                    "amount_to_be_paid_in_cents",
                    "any_shortage",
                    "billing_address_property_id",
                    "conditions",
                    "coupon_discount_in_cents",
                    "coupon_id",
                    "created_at",
                    "customer_id",
                    "delivery_address_property_id",
                    "deposit_held_in_cents",
                    "deposit_in_cents",
                    "deposit_paid_in_cents",
                    "deposit_refunded_in_cents",
                    "deposit_to_be_paid_in_cents",
                    "deposit_to_refund_in_cents",
                    "deposit_type",
                    "discount_in_cents",
                    "discount_percentage",
                    "discount_type",
                    "discount_value",
                    "fulfillment_type",
                    "grand_total_in_cents",
                    "grand_total_with_tax_in_cents",
                    "has_signed_contract",
                    "id",
                    "item_count",
                    "item_id",
                    "location_shortage",
                    "number",
                    "order_delivery_rate_id",
                    "paid_in_cents",
                    "payment_status",
                    "price_in_cents",
                    "q",
                    "shortage",
                    "start_location_id",
                    "start_or_stop_time",
                    "starts_at",
                    "status",
                    "statuses",
                    "stock_item_id",
                    "stop_location_id",
                    "stops_at",
                    "tag_list",
                    "tax_in_cents",
                    "tax_region_id",
                    "to_be_paid_in_cents",
                    "total_discount_in_cents",
                    "total_in_cents",
                    "total_paid_in_cents",
                    "total_to_be_paid_in_cents",
                    "updated_at",
                }:
                    raise FieldError("no such property (OrderFilter allows no others)", None, prop_name, found="one")
        return order_filter

    __repr__ = _model__repr


_plain__class: type[OrderFilter] | None = (
    OrderFilter
    if {field.name for field in _attrs_fields(OrderFilter)}
    == {
        "amount_in_cents",
        "amount_paid_in_cents",
        "amount_to_be_paid_in_cents",
        "any_shortage",
        "billing_address_property_id",
        "conditions",
        "coupon_discount_in_cents",
        "coupon_id",
        "created_at",
        "customer_id",
        "delivery_address_property_id",
        "deposit_held_in_cents",
        "deposit_in_cents",
        "deposit_paid_in_cents",
        "deposit_refunded_in_cents",
        "deposit_to_be_paid_in_cents",
        "deposit_to_refund_in_cents",
        "deposit_type",
        "discount_in_cents",
        "discount_percentage",
        "discount_type",
        "discount_value",
        "fulfillment_type",
        "grand_total_in_cents",
        "grand_total_with_tax_in_cents",
        "has_signed_contract",
        "id",
        "item_count",
        "item_id",
        "location_shortage",
        "number",
        "order_delivery_rate_id",
        "paid_in_cents",
        "payment_status",
        "price_in_cents",
        "q",
        "shortage",
        "start_location_id",
        "start_or_stop_time",
        "starts_at",
        "status",
        "statuses",
        "stock_item_id",
        "stop_location_id",
        "stops_at",
        "tag_list",
        "tax_in_cents",
        "tax_region_id",
        "to_be_paid_in_cents",
        "total_discount_in_cents",
        "total_in_cents",
        "total_paid_in_cents",
        "total_to_be_paid_in_cents",
        "updated_at",
    }
    and not hasattr(OrderFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
