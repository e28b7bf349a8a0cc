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
from ..models.document_status import DocumentStatus
from ..models.document_type import DocumentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.date_operators import DateOperators
    from ..models.datetime_between_operators import DatetimeBetweenOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.document_status_equal_operators import DocumentStatusEqualOperators
    from ..models.document_type_operators import DocumentTypeOperators
    from ..models.hash_operators import HashOperators
    from ..models.id_operators import IdOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.number_operators import NumberOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_equal_operators import UuidEqualOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DateOperators: Callable[[Mapping[str, Any]], DateOperators]
_from_dict__DatetimeBetweenOperators: Callable[[Mapping[str, Any]], DatetimeBetweenOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__DocumentStatusEqualOperators: Callable[[Mapping[str, Any]], DocumentStatusEqualOperators]
_from_dict__DocumentTypeOperators: Callable[[Mapping[str, Any]], DocumentTypeOperators]
_from_dict__HashOperators: Callable[[Mapping[str, Any]], HashOperators]
_from_dict__IdOperators: Callable[[Mapping[str, Any]], IdOperators]
_from_dict__IntegerOperators: Callable[[Mapping[str, Any]], IntegerOperators]
_from_dict__NumberOperators: Callable[[Mapping[str, Any]], NumberOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidEqualOperators: Callable[[Mapping[str, Any]], UuidEqualOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DateOperators, DatetimeBetweenOperators, DatetimeOperators, DocumentStatusEqualOperators, DocumentTypeOperators, HashOperators, IdOperators, IntegerOperators, NumberOperators, StringEqualOperators, TextOperators, UuidEqualOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DateOperators, _from_dict__DatetimeBetweenOperators, _from_dict__DatetimeOperators, _from_dict__DocumentStatusEqualOperators, _from_dict__DocumentTypeOperators, _from_dict__HashOperators, _from_dict__IdOperators, _from_dict__IntegerOperators, _from_dict__NumberOperators, _from_dict__StringEqualOperators, _from_dict__TextOperators, _from_dict__UuidEqualOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.date_operators import DateOperators  # noqa: PLC0415
    from ..models.datetime_between_operators import DatetimeBetweenOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.document_status_equal_operators import DocumentStatusEqualOperators  # noqa: PLC0415
    from ..models.document_type_operators import DocumentTypeOperators  # noqa: PLC0415
    from ..models.hash_operators import HashOperators  # noqa: PLC0415
    from ..models.id_operators import IdOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.number_operators import NumberOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DateOperators = DateOperators.from_dict
    _from_dict__DatetimeBetweenOperators = DatetimeBetweenOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__DocumentStatusEqualOperators = DocumentStatusEqualOperators.from_dict
    _from_dict__DocumentTypeOperators = DocumentTypeOperators.from_dict
    _from_dict__HashOperators = HashOperators.from_dict
    _from_dict__IdOperators = IdOperators.from_dict
    _from_dict__IntegerOperators = IntegerOperators.from_dict
    _from_dict__NumberOperators = NumberOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidEqualOperators = UuidEqualOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="DocumentFilter")


def _parse__archived_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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


def _parse__confirmed_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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


def _parse__date_or_created_at(data: object) -> datetime.datetime | DatetimeBetweenOperators | Unset:
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


def _parse__document_type(
    data: object,
) -> DocumentType | Literal["contract", "invoice", "quote"] | DocumentTypeOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[DocumentType | Literal["contract", "invoice", "quote"] | DocumentTypeOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_document_type_condition_type_0 = _from_dict__DocumentTypeOperators(data)

                if choice.take(componentsschemas_document_type_condition_type_0):
                    return componentsschemas_document_type_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_document_type_condition_type_1 = data
                if type(_componentsschemas_document_type_condition_type_1) is str:
                    componentsschemas_document_type_condition_type_1 = DocumentType._by__value.get(
                        _componentsschemas_document_type_condition_type_1
                    ) or DocumentType(_componentsschemas_document_type_condition_type_1)
                elif isinstance(_componentsschemas_document_type_condition_type_1, str):
                    componentsschemas_document_type_condition_type_1 = DocumentType(
                        _componentsschemas_document_type_condition_type_1
                    )
                else:
                    raise FieldError("string (DocumentType)", _componentsschemas_document_type_condition_type_1)

                if choice.take(componentsschemas_document_type_condition_type_1):
                    return componentsschemas_document_type_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DocumentTypeOperators), string (DocumentType)", data)


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


def _parse__start_location_id(data: object) -> Unset | UUID | UuidEqualOperators:
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
    DocumentStatus
    | Literal[
        "confirmed", "overpaid", "paid", "partially_paid", "payment_due", "process_deposit", "revised", "unconfirmed"
    ]
    | DocumentStatusEqualOperators
    | Unset
):
    if isinstance(data, Unset):
        return data
    choice: Choice[
        DocumentStatus
        | Literal[
            "confirmed",
            "overpaid",
            "paid",
            "partially_paid",
            "payment_due",
            "process_deposit",
            "revised",
            "unconfirmed",
        ]
        | DocumentStatusEqualOperators
        | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_document_status_equal_condition_type_0 = _from_dict__DocumentStatusEqualOperators(
                    data
                )

                if choice.take(componentsschemas_document_status_equal_condition_type_0):
                    return componentsschemas_document_status_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_document_status_equal_condition_type_1 = data
                if type(_componentsschemas_document_status_equal_condition_type_1) is str:
                    componentsschemas_document_status_equal_condition_type_1 = DocumentStatus._by__value.get(
                        _componentsschemas_document_status_equal_condition_type_1
                    ) or DocumentStatus(_componentsschemas_document_status_equal_condition_type_1)
                elif isinstance(_componentsschemas_document_status_equal_condition_type_1, str):
                    componentsschemas_document_status_equal_condition_type_1 = DocumentStatus(
                        _componentsschemas_document_status_equal_condition_type_1
                    )
                else:
                    raise FieldError(
                        "string (DocumentStatus)", _componentsschemas_document_status_equal_condition_type_1
                    )

                if choice.take(componentsschemas_document_status_equal_condition_type_1):
                    return componentsschemas_document_status_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DocumentStatusEqualOperators), string (DocumentStatus)", data)


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
            conditions (dict[str, Any] | HashOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
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
            document_type (DocumentType | Literal["contract", "invoice", "quote"] | DocumentTypeOperators | Unset): A filter
                on a `DocumentType` attribute: either an object of operators, or a bare value as shorthand for `eq`.
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
            status (DocumentStatus | Literal["confirmed", "overpaid", "paid", "partially_paid", "payment_due",
                "process_deposit", "revised", "unconfirmed"] | DocumentStatusEqualOperators | Unset): A filter on a
                `DocumentStatus` attribute: either an object of operators, or a bare value as shorthand for `eq`.
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
    conditions: dict[str, Any] | HashOperators | Unset = UNSET
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
    document_type: DocumentType | Literal["contract", "invoice", "quote"] | DocumentTypeOperators | Unset = UNSET
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
    status: (
        DocumentStatus
        | Literal[
            "confirmed",
            "overpaid",
            "paid",
            "partially_paid",
            "payment_due",
            "process_deposit",
            "revised",
            "unconfirmed",
        ]
        | DocumentStatusEqualOperators
        | Unset
    ) = UNSET
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
        field_dict: dict[str, Any] = {}

        address: dict[str, Any] | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, TextOperators):
            address = self.address.to_dict()
        else:
            address = self.address
        if address is not UNSET:
            field_dict["address"] = address
        archived: bool | dict[str, Any] | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        elif isinstance(self.archived, BooleanOperators):
            archived = self.archived.to_dict()
        else:
            archived = self.archived
        if archived is not UNSET:
            field_dict["archived"] = archived
        archived_at: dict[str, Any] | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, DatetimeOperators):
            archived_at = self.archived_at.to_dict()
        else:
            archived_at = (
                self.archived_at.isoformat().replace("+00:00", "Z")
                if self.archived_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        conditions: dict[str, Any] | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, HashOperators):
            conditions = self.conditions.to_dict()
        else:
            conditions = self.conditions
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        confirmed: bool | dict[str, Any] | Unset
        if isinstance(self.confirmed, Unset):
            confirmed = UNSET
        elif isinstance(self.confirmed, BooleanOperators):
            confirmed = self.confirmed.to_dict()
        else:
            confirmed = self.confirmed
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        confirmed_at: dict[str, Any] | str | Unset
        if isinstance(self.confirmed_at, Unset):
            confirmed_at = UNSET
        elif isinstance(self.confirmed_at, DatetimeOperators):
            confirmed_at = self.confirmed_at.to_dict()
        else:
            confirmed_at = (
                self.confirmed_at.isoformat().replace("+00:00", "Z")
                if self.confirmed_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if confirmed_at is not UNSET:
            field_dict["confirmed_at"] = confirmed_at
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
        date: dict[str, Any] | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, DateOperators):
            date = self.date.to_dict()
        else:
            date = self.date
        if date is not UNSET:
            field_dict["date"] = date
        date_or_created_at: dict[str, Any] | str | Unset
        if isinstance(self.date_or_created_at, Unset):
            date_or_created_at = UNSET
        elif isinstance(self.date_or_created_at, DatetimeBetweenOperators):
            date_or_created_at = self.date_or_created_at.to_dict()
        else:
            date_or_created_at = (
                self.date_or_created_at.isoformat().replace("+00:00", "Z")
                if self.date_or_created_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeBetweenCondition_type_1")
            )

        if date_or_created_at is not UNSET:
            field_dict["date_or_created_at"] = date_or_created_at
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
        elif isinstance(self.discount_type, TextOperators):
            discount_type = self.discount_type.to_dict()
        else:
            discount_type = self.discount_type
        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        document_type: dict[str, Any] | str | Unset
        if isinstance(self.document_type, Unset):
            document_type = UNSET
        elif isinstance(self.document_type, DocumentTypeOperators):
            document_type = self.document_type.to_dict()
        else:
            document_type = DocumentType(self.document_type).value

        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        due_date: dict[str, Any] | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, DateOperators):
            due_date = self.due_date.to_dict()
        else:
            due_date = self.due_date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        finalized: bool | dict[str, Any] | Unset
        if isinstance(self.finalized, Unset):
            finalized = UNSET
        elif isinstance(self.finalized, BooleanOperators):
            finalized = self.finalized.to_dict()
        else:
            finalized = self.finalized
        if finalized is not UNSET:
            field_dict["finalized"] = finalized
        fulfillment_type: dict[str, Any] | str | Unset
        if isinstance(self.fulfillment_type, Unset):
            fulfillment_type = UNSET
        elif isinstance(self.fulfillment_type, StringEqualOperators):
            fulfillment_type = self.fulfillment_type.to_dict()
        else:
            fulfillment_type = self.fulfillment_type
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
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, IdOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        name: dict[str, Any] | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TextOperators):
            name = self.name.to_dict()
        else:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        number: dict[str, Any] | int | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        elif isinstance(self.number, IntegerOperators):
            number = self.number.to_dict()
        else:
            number = self.number
        if number is not UNSET:
            field_dict["number"] = number
        order_id: dict[str, Any] | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UuidOperators):
            order_id = self.order_id.to_dict()
        else:
            order_id = str(self.order_id)

        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        paid_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.paid_in_cents, Unset):
            paid_in_cents = UNSET
        elif isinstance(self.paid_in_cents, IntegerOperators):
            paid_in_cents = self.paid_in_cents.to_dict()
        else:
            paid_in_cents = self.paid_in_cents
        if paid_in_cents is not UNSET:
            field_dict["paid_in_cents"] = paid_in_cents
        prefix: dict[str, Any] | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        elif isinstance(self.prefix, TextOperators):
            prefix = self.prefix.to_dict()
        else:
            prefix = self.prefix
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        prefix_with_number: dict[str, Any] | str | Unset
        if isinstance(self.prefix_with_number, Unset):
            prefix_with_number = UNSET
        elif isinstance(self.prefix_with_number, TextOperators):
            prefix_with_number = self.prefix_with_number.to_dict()
        else:
            prefix_with_number = self.prefix_with_number
        if prefix_with_number is not UNSET:
            field_dict["prefix_with_number"] = prefix_with_number
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
        revised: bool | dict[str, Any] | Unset
        if isinstance(self.revised, Unset):
            revised = UNSET
        elif isinstance(self.revised, BooleanOperators):
            revised = self.revised.to_dict()
        else:
            revised = self.revised
        if revised is not UNSET:
            field_dict["revised"] = revised
        revision: dict[str, Any] | str | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        elif isinstance(self.revision, TextOperators):
            revision = self.revision.to_dict()
        else:
            revision = self.revision
        if revision is not UNSET:
            field_dict["revision"] = revision
        sent: bool | dict[str, Any] | Unset
        if isinstance(self.sent, Unset):
            sent = UNSET
        elif isinstance(self.sent, BooleanOperators):
            sent = self.sent.to_dict()
        else:
            sent = self.sent
        if sent is not UNSET:
            field_dict["sent"] = sent
        signed: bool | dict[str, Any] | Unset
        if isinstance(self.signed, Unset):
            signed = UNSET
        elif isinstance(self.signed, BooleanOperators):
            signed = self.signed.to_dict()
        else:
            signed = self.signed
        if signed is not UNSET:
            field_dict["signed"] = signed
        start_location_id: dict[str, Any] | str | Unset
        if isinstance(self.start_location_id, Unset):
            start_location_id = UNSET
        elif isinstance(self.start_location_id, UuidEqualOperators):
            start_location_id = self.start_location_id.to_dict()
        else:
            start_location_id = str(self.start_location_id)

        if start_location_id is not UNSET:
            field_dict["start_location_id"] = start_location_id
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
        elif isinstance(self.status, DocumentStatusEqualOperators):
            status = self.status.to_dict()
        else:
            status = DocumentStatus(self.status).value

        if status is not UNSET:
            field_dict["status"] = status
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
                raise FieldError("object (DocumentFilter)", d)
            d = dict(d)
        n__absent = 0
        _address = d.get("address", UNSET)
        address: str | TextOperators | Unset
        if _address is UNSET:
            address = _address
        elif isinstance(_address, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_address)
            except FieldError as field__error:
                field__error.segments.append("address")
                raise

            address = componentsschemas_text_condition_type_0
        elif isinstance(_address, str):
            address = _address
        else:
            raise FieldError("one of object (TextOperators), string", _address, "address")

        if address is UNSET:
            n__absent += 1

        _archived = d.get("archived", UNSET)
        archived: bool | BooleanOperators | Unset
        if _archived is UNSET:
            archived = _archived
        elif isinstance(_archived, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_archived)
            except FieldError as field__error:
                field__error.segments.append("archived")
                raise

            archived = componentsschemas_boolean_condition_type_0
        elif isinstance(_archived, bool):
            archived = _archived
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _archived, "archived")

        if archived is UNSET:
            n__absent += 1

        try:
            archived_at = _parse__archived_at(d.get("archived_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("archived_at")
            raise

        if archived_at is UNSET:
            n__absent += 1

        try:
            conditions = _parse__conditions(d.get("conditions", UNSET))
        except FieldError as field__error:
            field__error.segments.append("conditions")
            raise

        if conditions is UNSET:
            n__absent += 1

        _confirmed = d.get("confirmed", UNSET)
        confirmed: bool | BooleanOperators | Unset
        if _confirmed is UNSET:
            confirmed = _confirmed
        elif isinstance(_confirmed, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_confirmed)
            except FieldError as field__error:
                field__error.segments.append("confirmed")
                raise

            confirmed = componentsschemas_boolean_condition_type_0
        elif isinstance(_confirmed, bool):
            confirmed = _confirmed
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _confirmed, "confirmed")

        if confirmed is UNSET:
            n__absent += 1

        try:
            confirmed_at = _parse__confirmed_at(d.get("confirmed_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("confirmed_at")
            raise

        if confirmed_at is UNSET:
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
            date_or_created_at = _parse__date_or_created_at(d.get("date_or_created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("date_or_created_at")
            raise

        if date_or_created_at is UNSET:
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

        _discount_type = d.get("discount_type", UNSET)
        discount_type: str | TextOperators | Unset
        if _discount_type is UNSET:
            discount_type = _discount_type
        elif isinstance(_discount_type, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_discount_type)
            except FieldError as field__error:
                field__error.segments.append("discount_type")
                raise

            discount_type = componentsschemas_text_condition_type_0
        elif isinstance(_discount_type, str):
            discount_type = _discount_type
        else:
            raise FieldError("one of object (TextOperators), string", _discount_type, "discount_type")

        if discount_type is UNSET:
            n__absent += 1

        try:
            document_type = _parse__document_type(d.get("document_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("document_type")
            raise

        if document_type is UNSET:
            n__absent += 1

        _due_date = d.get("due_date", UNSET)
        due_date: DateOperators | str | Unset
        if _due_date is UNSET:
            due_date = _due_date
        elif isinstance(_due_date, dict):
            try:
                componentsschemas_date_condition_type_0 = _from_dict__DateOperators(_due_date)
            except FieldError as field__error:
                field__error.segments.append("due_date")
                raise

            due_date = componentsschemas_date_condition_type_0
        elif isinstance(_due_date, str):
            due_date = _due_date
        else:
            raise FieldError("one of object (DateOperators), string", _due_date, "due_date")

        if due_date is UNSET:
            n__absent += 1

        _finalized = d.get("finalized", UNSET)
        finalized: bool | BooleanOperators | Unset
        if _finalized is UNSET:
            finalized = _finalized
        elif isinstance(_finalized, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_finalized)
            except FieldError as field__error:
                field__error.segments.append("finalized")
                raise

            finalized = componentsschemas_boolean_condition_type_0
        elif isinstance(_finalized, bool):
            finalized = _finalized
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _finalized, "finalized")

        if finalized is UNSET:
            n__absent += 1

        _fulfillment_type = d.get("fulfillment_type", UNSET)
        fulfillment_type: str | StringEqualOperators | Unset
        if _fulfillment_type is UNSET:
            fulfillment_type = _fulfillment_type
        elif isinstance(_fulfillment_type, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_fulfillment_type)
            except FieldError as field__error:
                field__error.segments.append("fulfillment_type")
                raise

            fulfillment_type = componentsschemas_string_equal_condition_type_0
        elif isinstance(_fulfillment_type, str):
            fulfillment_type = _fulfillment_type
        else:
            raise FieldError("one of object (StringEqualOperators), string", _fulfillment_type, "fulfillment_type")

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

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        _name = d.get("name", UNSET)
        name: str | TextOperators | Unset
        if _name is UNSET:
            name = _name
        elif isinstance(_name, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_name)
            except FieldError as field__error:
                field__error.segments.append("name")
                raise

            name = componentsschemas_text_condition_type_0
        elif isinstance(_name, str):
            name = _name
        else:
            raise FieldError("one of object (TextOperators), string", _name, "name")

        if name is UNSET:
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
            order_id = _parse__order_id(d.get("order_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_id")
            raise

        if order_id is UNSET:
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

        _prefix = d.get("prefix", UNSET)
        prefix: str | TextOperators | Unset
        if _prefix is UNSET:
            prefix = _prefix
        elif isinstance(_prefix, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_prefix)
            except FieldError as field__error:
                field__error.segments.append("prefix")
                raise

            prefix = componentsschemas_text_condition_type_0
        elif isinstance(_prefix, str):
            prefix = _prefix
        else:
            raise FieldError("one of object (TextOperators), string", _prefix, "prefix")

        if prefix is UNSET:
            n__absent += 1

        _prefix_with_number = d.get("prefix_with_number", UNSET)
        prefix_with_number: str | TextOperators | Unset
        if _prefix_with_number is UNSET:
            prefix_with_number = _prefix_with_number
        elif isinstance(_prefix_with_number, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_prefix_with_number)
            except FieldError as field__error:
                field__error.segments.append("prefix_with_number")
                raise

            prefix_with_number = componentsschemas_text_condition_type_0
        elif isinstance(_prefix_with_number, str):
            prefix_with_number = _prefix_with_number
        else:
            raise FieldError("one of object (TextOperators), string", _prefix_with_number, "prefix_with_number")

        if prefix_with_number is UNSET:
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

        _revised = d.get("revised", UNSET)
        revised: bool | BooleanOperators | Unset
        if _revised is UNSET:
            revised = _revised
        elif isinstance(_revised, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_revised)
            except FieldError as field__error:
                field__error.segments.append("revised")
                raise

            revised = componentsschemas_boolean_condition_type_0
        elif isinstance(_revised, bool):
            revised = _revised
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _revised, "revised")

        if revised is UNSET:
            n__absent += 1

        _revision = d.get("revision", UNSET)
        revision: str | TextOperators | Unset
        if _revision is UNSET:
            revision = _revision
        elif isinstance(_revision, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_revision)
            except FieldError as field__error:
                field__error.segments.append("revision")
                raise

            revision = componentsschemas_text_condition_type_0
        elif isinstance(_revision, str):
            revision = _revision
        else:
            raise FieldError("one of object (TextOperators), string", _revision, "revision")

        if revision is UNSET:
            n__absent += 1

        _sent = d.get("sent", UNSET)
        sent: bool | BooleanOperators | Unset
        if _sent is UNSET:
            sent = _sent
        elif isinstance(_sent, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_sent)
            except FieldError as field__error:
                field__error.segments.append("sent")
                raise

            sent = componentsschemas_boolean_condition_type_0
        elif isinstance(_sent, bool):
            sent = _sent
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _sent, "sent")

        if sent is UNSET:
            n__absent += 1

        _signed = d.get("signed", UNSET)
        signed: bool | BooleanOperators | Unset
        if _signed is UNSET:
            signed = _signed
        elif isinstance(_signed, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_signed)
            except FieldError as field__error:
                field__error.segments.append("signed")
                raise

            signed = componentsschemas_boolean_condition_type_0
        elif isinstance(_signed, bool):
            signed = _signed
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _signed, "signed")

        if signed is UNSET:
            n__absent += 1

        try:
            start_location_id = _parse__start_location_id(d.get("start_location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("start_location_id")
            raise

        if start_location_id is UNSET:
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

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            document_filter = _new__object(cls)
            document_filter.address = address
            document_filter.archived = archived
            document_filter.archived_at = archived_at
            document_filter.conditions = conditions
            document_filter.confirmed = confirmed
            document_filter.confirmed_at = confirmed_at
            document_filter.coupon_discount_in_cents = coupon_discount_in_cents
            document_filter.coupon_id = coupon_id
            document_filter.created_at = created_at
            document_filter.customer_id = customer_id
            document_filter.date = date
            document_filter.date_or_created_at = date_or_created_at
            document_filter.deposit_held_in_cents = deposit_held_in_cents
            document_filter.deposit_in_cents = deposit_in_cents
            document_filter.deposit_paid_in_cents = deposit_paid_in_cents
            document_filter.deposit_refunded_in_cents = deposit_refunded_in_cents
            document_filter.deposit_to_refund_in_cents = deposit_to_refund_in_cents
            document_filter.deposit_type = deposit_type
            document_filter.discount_in_cents = discount_in_cents
            document_filter.discount_percentage = discount_percentage
            document_filter.discount_type = discount_type
            document_filter.document_type = document_type
            document_filter.due_date = due_date
            document_filter.finalized = finalized
            document_filter.fulfillment_type = fulfillment_type
            document_filter.grand_total_in_cents = grand_total_in_cents
            document_filter.grand_total_with_tax_in_cents = grand_total_with_tax_in_cents
            document_filter.id = id
            document_filter.name = name
            document_filter.number = number
            document_filter.order_id = order_id
            document_filter.paid_in_cents = paid_in_cents
            document_filter.prefix = prefix
            document_filter.prefix_with_number = prefix_with_number
            document_filter.price_in_cents = price_in_cents
            document_filter.q = q
            document_filter.revised = revised
            document_filter.revision = revision
            document_filter.sent = sent
            document_filter.signed = signed
            document_filter.start_location_id = start_location_id
            document_filter.starts_at = starts_at
            document_filter.status = status
            document_filter.stop_location_id = stop_location_id
            document_filter.stops_at = stops_at
            document_filter.tag_list = tag_list
            document_filter.tax_in_cents = tax_in_cents
            document_filter.tax_region_id = tax_region_id
            document_filter.to_be_paid_in_cents = to_be_paid_in_cents
            document_filter.total_discount_in_cents = total_discount_in_cents
            document_filter.updated_at = updated_at
        else:
            document_filter = cls(
                address,
                archived,
                archived_at,
                conditions,
                confirmed,
                confirmed_at,
                coupon_discount_in_cents,
                coupon_id,
                created_at,
                customer_id,
                date,
                date_or_created_at,
                deposit_held_in_cents,
                deposit_in_cents,
                deposit_paid_in_cents,
                deposit_refunded_in_cents,
                deposit_to_refund_in_cents,
                deposit_type,
                discount_in_cents,
                discount_percentage,
                discount_type,
                document_type,
                due_date,
                finalized,
                fulfillment_type,
                grand_total_in_cents,
                grand_total_with_tax_in_cents,
                id,
                name,
                number,
                order_id,
                paid_in_cents,
                prefix,
                prefix_with_number,
                price_in_cents,
                q,
                revised,
                revision,
                sent,
                signed,
                start_location_id,
                starts_at,
                status,
                stop_location_id,
                stops_at,
                tag_list,
                tax_in_cents,
                tax_region_id,
                to_be_paid_in_cents,
                total_discount_in_cents,
                updated_at,
            )
        if len(d) + n__absent != 51:
            for prop_name in d:
                if prop_name not in {
                    "address",
                    "archived",
                    "archived_at",
                    "conditions",
                    "confirmed",
                    "confirmed_at",
                    "coupon_discount_in_cents",
                    "coupon_id",
                    "created_at",
                    "customer_id",
                    "date",
                    "date_or_created_at",
                    "deposit_held_in_cents",
                    "deposit_in_cents",
                    "deposit_paid_in_cents",
                    "deposit_refunded_in_cents",
                    "deposit_to_refund_in_cents",
                    "deposit_type",
                    "discount_in_cents",
                    "discount_percentage",
                    "discount_type",
                    "document_type",
                    "due_date",
                    "finalized",
                    "fulfillment_type",
                    "grand_total_in_cents",
                    "grand_total_with_tax_in_cents",
                    "id",
                    "name",
                    "number",
                    "order_id",
                    "paid_in_cents",
                    "prefix",
                    "prefix_with_number",
                    "price_in_cents",
                    "q",
                    "revised",
                    "revision",
                    "sent",
                    "signed",
                    "start_location_id",
                    "starts_at",
                    "status",
                    "stop_location_id",
                    "stops_at",
                    "tag_list",
                    "tax_in_cents",
                    "tax_region_id",
                    "to_be_paid_in_cents",
                    "total_discount_in_cents",
                    "updated_at",
                }:
                    raise FieldError("no such property (DocumentFilter allows no others)", None, prop_name, found="one")
        return document_filter

    __repr__ = _model__repr


_plain__class: type[DocumentFilter] | None = (
    DocumentFilter
    if {field.name for field in _attrs_fields(DocumentFilter)}
    == {
        "address",
        "archived",
        "archived_at",
        "conditions",
        "confirmed",
        "confirmed_at",
        "coupon_discount_in_cents",
        "coupon_id",
        "created_at",
        "customer_id",
        "date",
        "date_or_created_at",
        "deposit_held_in_cents",
        "deposit_in_cents",
        "deposit_paid_in_cents",
        "deposit_refunded_in_cents",
        "deposit_to_refund_in_cents",
        "deposit_type",
        "discount_in_cents",
        "discount_percentage",
        "discount_type",
        "document_type",
        "due_date",
        "finalized",
        "fulfillment_type",
        "grand_total_in_cents",
        "grand_total_with_tax_in_cents",
        "id",
        "name",
        "number",
        "order_id",
        "paid_in_cents",
        "prefix",
        "prefix_with_number",
        "price_in_cents",
        "q",
        "revised",
        "revision",
        "sent",
        "signed",
        "start_location_id",
        "starts_at",
        "status",
        "stop_location_id",
        "stops_at",
        "tag_list",
        "tax_in_cents",
        "tax_region_id",
        "to_be_paid_in_cents",
        "total_discount_in_cents",
        "updated_at",
    }
    and not hasattr(DocumentFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
