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
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.datetime_range_operators import DatetimeRangeOperators
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
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__DatetimeRangeOperators: Callable[[Mapping[str, Any]], DatetimeRangeOperators]
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
    global _refs__resolved, BooleanOperators, DatetimeOperators, DatetimeRangeOperators, HashOperators, IdOperators, IntegerOperators, NumberOperators, StringEqualOperators, TextOperators, UuidEqualOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__DatetimeRangeOperators, _from_dict__HashOperators, _from_dict__IdOperators, _from_dict__IntegerOperators, _from_dict__NumberOperators, _from_dict__StringEqualOperators, _from_dict__TextOperators, _from_dict__UuidEqualOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.datetime_range_operators import DatetimeRangeOperators  # noqa: PLC0415
    from ..models.hash_operators import HashOperators  # noqa: PLC0415
    from ..models.id_operators import IdOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.number_operators import NumberOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__DatetimeRangeOperators = DatetimeRangeOperators.from_dict
    _from_dict__HashOperators = HashOperators.from_dict
    _from_dict__IdOperators = IdOperators.from_dict
    _from_dict__IntegerOperators = IntegerOperators.from_dict
    _from_dict__NumberOperators = NumberOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidEqualOperators = UuidEqualOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="CustomerFilter")


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


def _parse__latest_order_at(data: object) -> datetime.datetime | DatetimeRangeOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeRangeOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_range_condition_type_0 = _from_dict__DatetimeRangeOperators(data)

                if choice.take(componentsschemas_datetime_range_condition_type_0):
                    return componentsschemas_datetime_range_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_range_condition_type_1 = data
                try:
                    componentsschemas_datetime_range_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_range_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable(
                        "date-time", _componentsschemas_datetime_range_condition_type_1
                    ) from None

                if choice.take(componentsschemas_datetime_range_condition_type_1):
                    return componentsschemas_datetime_range_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeRangeOperators), date-time string", data)


def _parse__merge_suggestion_customer_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__tax_region_id(data: object) -> Unset | UUID | UuidEqualOperators:
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
class CustomerFilter:
    """Filters for customers: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            archived (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            archived_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            average_order_value_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            balance_due_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            conditions (dict[str, Any] | HashOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            deposit_type (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            deposit_value (float | NumberOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            discount_percentage (float | NumberOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            email (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            email_marketing_consented (bool | BooleanOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            id (IdOperators | Unset | UUID): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            latest_order_at (datetime.datetime | DatetimeRangeOperators | Unset): A filter on one attribute: either an
                object of operators, or a bare value as shorthand for `eq`.
            legal_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            merge_suggestion_customer_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            number (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            order_count (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            revenue_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            stripe_id (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            tag_list (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            tax_region_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    archived: bool | BooleanOperators | Unset = UNSET
    archived_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    average_order_value_in_cents: int | IntegerOperators | Unset = UNSET
    balance_due_in_cents: int | IntegerOperators | Unset = UNSET
    conditions: dict[str, Any] | HashOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    deposit_type: str | TextOperators | Unset = UNSET
    deposit_value: float | NumberOperators | Unset = UNSET
    discount_percentage: float | NumberOperators | Unset = UNSET
    email: str | TextOperators | Unset = UNSET
    email_marketing_consented: bool | BooleanOperators | Unset = UNSET
    id: IdOperators | Unset | UUID = UNSET
    latest_order_at: datetime.datetime | DatetimeRangeOperators | Unset = UNSET
    legal_type: str | StringEqualOperators | Unset = UNSET
    merge_suggestion_customer_id: Unset | UUID | UuidOperators = UNSET
    name: str | TextOperators | Unset = UNSET
    number: int | IntegerOperators | Unset = UNSET
    order_count: int | IntegerOperators | Unset = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    revenue_in_cents: int | IntegerOperators | Unset = UNSET
    stripe_id: str | TextOperators | Unset = UNSET
    tag_list: str | StringEqualOperators | Unset = UNSET
    tax_region_id: Unset | UUID | UuidEqualOperators = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

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
        average_order_value_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.average_order_value_in_cents, Unset):
            average_order_value_in_cents = UNSET
        elif isinstance(self.average_order_value_in_cents, IntegerOperators):
            average_order_value_in_cents = self.average_order_value_in_cents.to_dict()
        else:
            average_order_value_in_cents = self.average_order_value_in_cents
        if average_order_value_in_cents is not UNSET:
            field_dict["average_order_value_in_cents"] = average_order_value_in_cents
        balance_due_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.balance_due_in_cents, Unset):
            balance_due_in_cents = UNSET
        elif isinstance(self.balance_due_in_cents, IntegerOperators):
            balance_due_in_cents = self.balance_due_in_cents.to_dict()
        else:
            balance_due_in_cents = self.balance_due_in_cents
        if balance_due_in_cents is not UNSET:
            field_dict["balance_due_in_cents"] = balance_due_in_cents
        conditions: dict[str, Any] | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, HashOperators):
            conditions = self.conditions.to_dict()
        else:
            conditions = self.conditions
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
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
        deposit_type: dict[str, Any] | str | Unset
        if isinstance(self.deposit_type, Unset):
            deposit_type = UNSET
        elif isinstance(self.deposit_type, TextOperators):
            deposit_type = self.deposit_type.to_dict()
        else:
            deposit_type = self.deposit_type
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type
        deposit_value: dict[str, Any] | float | Unset
        if isinstance(self.deposit_value, Unset):
            deposit_value = UNSET
        elif isinstance(self.deposit_value, NumberOperators):
            deposit_value = self.deposit_value.to_dict()
        else:
            deposit_value = self.deposit_value
        if deposit_value is not UNSET:
            field_dict["deposit_value"] = deposit_value
        discount_percentage: dict[str, Any] | float | Unset
        if isinstance(self.discount_percentage, Unset):
            discount_percentage = UNSET
        elif isinstance(self.discount_percentage, NumberOperators):
            discount_percentage = self.discount_percentage.to_dict()
        else:
            discount_percentage = self.discount_percentage
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        email: dict[str, Any] | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        elif isinstance(self.email, TextOperators):
            email = self.email.to_dict()
        else:
            email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        email_marketing_consented: bool | dict[str, Any] | Unset
        if isinstance(self.email_marketing_consented, Unset):
            email_marketing_consented = UNSET
        elif isinstance(self.email_marketing_consented, BooleanOperators):
            email_marketing_consented = self.email_marketing_consented.to_dict()
        else:
            email_marketing_consented = self.email_marketing_consented
        if email_marketing_consented is not UNSET:
            field_dict["email_marketing_consented"] = email_marketing_consented
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, IdOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        latest_order_at: dict[str, Any] | str | Unset
        if isinstance(self.latest_order_at, Unset):
            latest_order_at = UNSET
        elif isinstance(self.latest_order_at, DatetimeRangeOperators):
            latest_order_at = self.latest_order_at.to_dict()
        else:
            latest_order_at = (
                self.latest_order_at.isoformat().replace("+00:00", "Z")
                if self.latest_order_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeRangeCondition_type_1")
            )

        if latest_order_at is not UNSET:
            field_dict["latest_order_at"] = latest_order_at
        legal_type: dict[str, Any] | str | Unset
        if isinstance(self.legal_type, Unset):
            legal_type = UNSET
        elif isinstance(self.legal_type, StringEqualOperators):
            legal_type = self.legal_type.to_dict()
        else:
            legal_type = self.legal_type
        if legal_type is not UNSET:
            field_dict["legal_type"] = legal_type
        merge_suggestion_customer_id: dict[str, Any] | str | Unset
        if isinstance(self.merge_suggestion_customer_id, Unset):
            merge_suggestion_customer_id = UNSET
        elif isinstance(self.merge_suggestion_customer_id, UuidOperators):
            merge_suggestion_customer_id = self.merge_suggestion_customer_id.to_dict()
        else:
            merge_suggestion_customer_id = str(self.merge_suggestion_customer_id)

        if merge_suggestion_customer_id is not UNSET:
            field_dict["merge_suggestion_customer_id"] = merge_suggestion_customer_id
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
        order_count: dict[str, Any] | int | Unset
        if isinstance(self.order_count, Unset):
            order_count = UNSET
        elif isinstance(self.order_count, IntegerOperators):
            order_count = self.order_count.to_dict()
        else:
            order_count = self.order_count
        if order_count is not UNSET:
            field_dict["order_count"] = order_count
        q: dict[str, Any] | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        elif isinstance(self.q, StringEqualOperators):
            q = self.q.to_dict()
        else:
            q = self.q
        if q is not UNSET:
            field_dict["q"] = q
        revenue_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.revenue_in_cents, Unset):
            revenue_in_cents = UNSET
        elif isinstance(self.revenue_in_cents, IntegerOperators):
            revenue_in_cents = self.revenue_in_cents.to_dict()
        else:
            revenue_in_cents = self.revenue_in_cents
        if revenue_in_cents is not UNSET:
            field_dict["revenue_in_cents"] = revenue_in_cents
        stripe_id: dict[str, Any] | str | Unset
        if isinstance(self.stripe_id, Unset):
            stripe_id = UNSET
        elif isinstance(self.stripe_id, TextOperators):
            stripe_id = self.stripe_id.to_dict()
        else:
            stripe_id = self.stripe_id
        if stripe_id is not UNSET:
            field_dict["stripe_id"] = stripe_id
        tag_list: dict[str, Any] | str | Unset
        if isinstance(self.tag_list, Unset):
            tag_list = UNSET
        elif isinstance(self.tag_list, StringEqualOperators):
            tag_list = self.tag_list.to_dict()
        else:
            tag_list = self.tag_list
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        tax_region_id: dict[str, Any] | str | Unset
        if isinstance(self.tax_region_id, Unset):
            tax_region_id = UNSET
        elif isinstance(self.tax_region_id, UuidEqualOperators):
            tax_region_id = self.tax_region_id.to_dict()
        else:
            tax_region_id = str(self.tax_region_id)

        if tax_region_id is not UNSET:
            field_dict["tax_region_id"] = tax_region_id
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
                raise FieldError("object (CustomerFilter)", d)
            d = dict(d)
        n__absent = 0
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

        _average_order_value_in_cents = d.get("average_order_value_in_cents", UNSET)
        average_order_value_in_cents: int | IntegerOperators | Unset
        if _average_order_value_in_cents is UNSET:
            average_order_value_in_cents = _average_order_value_in_cents
        elif isinstance(_average_order_value_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_average_order_value_in_cents)
            except FieldError as field__error:
                field__error.segments.append("average_order_value_in_cents")
                raise

            average_order_value_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_average_order_value_in_cents, int)
            and _average_order_value_in_cents is not True
            and _average_order_value_in_cents is not False
        ):
            average_order_value_in_cents = _average_order_value_in_cents
        else:
            raise FieldError(
                "one of object (IntegerOperators), integer",
                _average_order_value_in_cents,
                "average_order_value_in_cents",
            )

        if average_order_value_in_cents is UNSET:
            n__absent += 1

        _balance_due_in_cents = d.get("balance_due_in_cents", UNSET)
        balance_due_in_cents: int | IntegerOperators | Unset
        if _balance_due_in_cents is UNSET:
            balance_due_in_cents = _balance_due_in_cents
        elif isinstance(_balance_due_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_balance_due_in_cents)
            except FieldError as field__error:
                field__error.segments.append("balance_due_in_cents")
                raise

            balance_due_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_balance_due_in_cents, int)
            and _balance_due_in_cents is not True
            and _balance_due_in_cents is not False
        ):
            balance_due_in_cents = _balance_due_in_cents
        else:
            raise FieldError("one of object (IntegerOperators), integer", _balance_due_in_cents, "balance_due_in_cents")

        if balance_due_in_cents is UNSET:
            n__absent += 1

        try:
            conditions = _parse__conditions(d.get("conditions", UNSET))
        except FieldError as field__error:
            field__error.segments.append("conditions")
            raise

        if conditions is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        _deposit_type = d.get("deposit_type", UNSET)
        deposit_type: str | TextOperators | Unset
        if _deposit_type is UNSET:
            deposit_type = _deposit_type
        elif isinstance(_deposit_type, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_deposit_type)
            except FieldError as field__error:
                field__error.segments.append("deposit_type")
                raise

            deposit_type = componentsschemas_text_condition_type_0
        elif isinstance(_deposit_type, str):
            deposit_type = _deposit_type
        else:
            raise FieldError("one of object (TextOperators), string", _deposit_type, "deposit_type")

        if deposit_type is UNSET:
            n__absent += 1

        _deposit_value = d.get("deposit_value", UNSET)
        deposit_value: float | NumberOperators | Unset
        if _deposit_value is UNSET:
            deposit_value = _deposit_value
        elif isinstance(_deposit_value, dict):
            try:
                componentsschemas_number_condition_type_0 = _from_dict__NumberOperators(_deposit_value)
            except FieldError as field__error:
                field__error.segments.append("deposit_value")
                raise

            deposit_value = componentsschemas_number_condition_type_0
        elif isinstance(_deposit_value, float) or (
            isinstance(_deposit_value, int) and _deposit_value is not True and _deposit_value is not False
        ):
            deposit_value = _deposit_value
        else:
            raise FieldError("one of object (NumberOperators), number", _deposit_value, "deposit_value")

        if deposit_value is UNSET:
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

        _email = d.get("email", UNSET)
        email: str | TextOperators | Unset
        if _email is UNSET:
            email = _email
        elif isinstance(_email, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_email)
            except FieldError as field__error:
                field__error.segments.append("email")
                raise

            email = componentsschemas_text_condition_type_0
        elif isinstance(_email, str):
            email = _email
        else:
            raise FieldError("one of object (TextOperators), string", _email, "email")

        if email is UNSET:
            n__absent += 1

        _email_marketing_consented = d.get("email_marketing_consented", UNSET)
        email_marketing_consented: bool | BooleanOperators | Unset
        if _email_marketing_consented is UNSET:
            email_marketing_consented = _email_marketing_consented
        elif isinstance(_email_marketing_consented, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_email_marketing_consented)
            except FieldError as field__error:
                field__error.segments.append("email_marketing_consented")
                raise

            email_marketing_consented = componentsschemas_boolean_condition_type_0
        elif isinstance(_email_marketing_consented, bool):
            email_marketing_consented = _email_marketing_consented
        else:
            raise FieldError(
                "one of object (BooleanOperators), boolean", _email_marketing_consented, "email_marketing_consented"
            )

        if email_marketing_consented is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        try:
            latest_order_at = _parse__latest_order_at(d.get("latest_order_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("latest_order_at")
            raise

        if latest_order_at is UNSET:
            n__absent += 1

        _legal_type = d.get("legal_type", UNSET)
        legal_type: str | StringEqualOperators | Unset
        if _legal_type is UNSET:
            legal_type = _legal_type
        elif isinstance(_legal_type, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_legal_type)
            except FieldError as field__error:
                field__error.segments.append("legal_type")
                raise

            legal_type = componentsschemas_string_equal_condition_type_0
        elif isinstance(_legal_type, str):
            legal_type = _legal_type
        else:
            raise FieldError("one of object (StringEqualOperators), string", _legal_type, "legal_type")

        if legal_type is UNSET:
            n__absent += 1

        try:
            merge_suggestion_customer_id = _parse__merge_suggestion_customer_id(
                d.get("merge_suggestion_customer_id", UNSET)
            )
        except FieldError as field__error:
            field__error.segments.append("merge_suggestion_customer_id")
            raise

        if merge_suggestion_customer_id is UNSET:
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

        _order_count = d.get("order_count", UNSET)
        order_count: int | IntegerOperators | Unset
        if _order_count is UNSET:
            order_count = _order_count
        elif isinstance(_order_count, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_order_count)
            except FieldError as field__error:
                field__error.segments.append("order_count")
                raise

            order_count = componentsschemas_integer_condition_type_0
        elif isinstance(_order_count, int) and _order_count is not True and _order_count is not False:
            order_count = _order_count
        else:
            raise FieldError("one of object (IntegerOperators), integer", _order_count, "order_count")

        if order_count is UNSET:
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

        _revenue_in_cents = d.get("revenue_in_cents", UNSET)
        revenue_in_cents: int | IntegerOperators | Unset
        if _revenue_in_cents is UNSET:
            revenue_in_cents = _revenue_in_cents
        elif isinstance(_revenue_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_revenue_in_cents)
            except FieldError as field__error:
                field__error.segments.append("revenue_in_cents")
                raise

            revenue_in_cents = componentsschemas_integer_condition_type_0
        elif isinstance(_revenue_in_cents, int) and _revenue_in_cents is not True and _revenue_in_cents is not False:
            revenue_in_cents = _revenue_in_cents
        else:
            raise FieldError("one of object (IntegerOperators), integer", _revenue_in_cents, "revenue_in_cents")

        if revenue_in_cents is UNSET:
            n__absent += 1

        _stripe_id = d.get("stripe_id", UNSET)
        stripe_id: str | TextOperators | Unset
        if _stripe_id is UNSET:
            stripe_id = _stripe_id
        elif isinstance(_stripe_id, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_stripe_id)
            except FieldError as field__error:
                field__error.segments.append("stripe_id")
                raise

            stripe_id = componentsschemas_text_condition_type_0
        elif isinstance(_stripe_id, str):
            stripe_id = _stripe_id
        else:
            raise FieldError("one of object (TextOperators), string", _stripe_id, "stripe_id")

        if stripe_id is UNSET:
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

        try:
            tax_region_id = _parse__tax_region_id(d.get("tax_region_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tax_region_id")
            raise

        if tax_region_id is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            customer_filter = _new__object(cls)
            customer_filter.archived = archived
            customer_filter.archived_at = archived_at
            customer_filter.average_order_value_in_cents = average_order_value_in_cents
            customer_filter.balance_due_in_cents = balance_due_in_cents
            customer_filter.conditions = conditions
            customer_filter.created_at = created_at
            customer_filter.deposit_type = deposit_type
            customer_filter.deposit_value = deposit_value
            customer_filter.discount_percentage = discount_percentage
            customer_filter.email = email
            customer_filter.email_marketing_consented = email_marketing_consented
            customer_filter.id = id
            customer_filter.latest_order_at = latest_order_at
            customer_filter.legal_type = legal_type
            customer_filter.merge_suggestion_customer_id = merge_suggestion_customer_id
            customer_filter.name = name
            customer_filter.number = number
            customer_filter.order_count = order_count
            customer_filter.q = q
            customer_filter.revenue_in_cents = revenue_in_cents
            customer_filter.stripe_id = stripe_id
            customer_filter.tag_list = tag_list
            customer_filter.tax_region_id = tax_region_id
            customer_filter.updated_at = updated_at
        else:
            customer_filter = cls(
                archived,
                archived_at,
                average_order_value_in_cents,
                balance_due_in_cents,
                conditions,
                created_at,
                deposit_type,
                deposit_value,
                discount_percentage,
                email,
                email_marketing_consented,
                id,
                latest_order_at,
                legal_type,
                merge_suggestion_customer_id,
                name,
                number,
                order_count,
                q,
                revenue_in_cents,
                stripe_id,
                tag_list,
                tax_region_id,
                updated_at,
            )
        if len(d) + n__absent != 24:
            for prop_name in d:
                if prop_name not in {
                    "archived",
                    "archived_at",
                    "average_order_value_in_cents",
                    "balance_due_in_cents",
                    "conditions",
                    "created_at",
                    "deposit_type",
                    "deposit_value",
                    "discount_percentage",
                    "email",
                    "email_marketing_consented",
                    "id",
                    "latest_order_at",
                    "legal_type",
                    "merge_suggestion_customer_id",
                    "name",
                    "number",
                    "order_count",
                    "q",
                    "revenue_in_cents",
                    "stripe_id",
                    "tag_list",
                    "tax_region_id",
                    "updated_at",
                }:
                    raise FieldError("no such property (CustomerFilter allows no others)", None, prop_name, found="one")
        return customer_filter

    __repr__ = _model__repr


_plain__class: type[CustomerFilter] | None = (
    CustomerFilter
    if {field.name for field in _attrs_fields(CustomerFilter)}
    == {
        "archived",
        "archived_at",
        "average_order_value_in_cents",
        "balance_due_in_cents",
        "conditions",
        "created_at",
        "deposit_type",
        "deposit_value",
        "discount_percentage",
        "email",
        "email_marketing_consented",
        "id",
        "latest_order_at",
        "legal_type",
        "merge_suggestion_customer_id",
        "name",
        "number",
        "order_count",
        "q",
        "revenue_in_cents",
        "stripe_id",
        "tag_list",
        "tax_region_id",
        "updated_at",
    }
    and not hasattr(CustomerFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
