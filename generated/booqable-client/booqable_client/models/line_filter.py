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
from ..models.line_owner_type import LineOwnerType
from ..models.line_type import LineType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.line_owner_type_operators import LineOwnerTypeOperators
    from ..models.line_type_equal_operators import LineTypeEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_equal_operators import UuidEqualOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__IntegerOperators: Callable[[Mapping[str, Any]], IntegerOperators]
_from_dict__LineOwnerTypeOperators: Callable[[Mapping[str, Any]], LineOwnerTypeOperators]
_from_dict__LineTypeEqualOperators: Callable[[Mapping[str, Any]], LineTypeEqualOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidEqualOperators: Callable[[Mapping[str, Any]], UuidEqualOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, IntegerOperators, LineOwnerTypeOperators, LineTypeEqualOperators, TextOperators, UuidEqualOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__IntegerOperators, _from_dict__LineOwnerTypeOperators, _from_dict__LineTypeEqualOperators, _from_dict__TextOperators, _from_dict__UuidEqualOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.line_owner_type_operators import LineOwnerTypeOperators  # noqa: PLC0415
    from ..models.line_type_equal_operators import LineTypeEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__IntegerOperators = IntegerOperators.from_dict
    _from_dict__LineOwnerTypeOperators = LineOwnerTypeOperators.from_dict
    _from_dict__LineTypeEqualOperators = LineTypeEqualOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidEqualOperators = UuidEqualOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="LineFilter")


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


def _parse__bundle_item_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__item_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__line_type(
    data: object,
) -> (
    LineType
    | Literal["charge", "delivery_rate", "deposit_charge", "legacy_migration", "proration", "section"]
    | LineTypeEqualOperators
    | Unset
):
    if isinstance(data, Unset):
        return data
    choice: Choice[
        LineType
        | Literal["charge", "delivery_rate", "deposit_charge", "legacy_migration", "proration", "section"]
        | LineTypeEqualOperators
        | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_line_type_equal_condition_type_0 = _from_dict__LineTypeEqualOperators(data)

                if choice.take(componentsschemas_line_type_equal_condition_type_0):
                    return componentsschemas_line_type_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_line_type_equal_condition_type_1 = data
                if type(_componentsschemas_line_type_equal_condition_type_1) is str:
                    componentsschemas_line_type_equal_condition_type_1 = LineType._by__value.get(
                        _componentsschemas_line_type_equal_condition_type_1
                    ) or LineType(_componentsschemas_line_type_equal_condition_type_1)
                elif isinstance(_componentsschemas_line_type_equal_condition_type_1, str):
                    componentsschemas_line_type_equal_condition_type_1 = LineType(
                        _componentsschemas_line_type_equal_condition_type_1
                    )
                else:
                    raise FieldError("string (LineType)", _componentsschemas_line_type_equal_condition_type_1)

                if choice.take(componentsschemas_line_type_equal_condition_type_1):
                    return componentsschemas_line_type_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (LineTypeEqualOperators), string (LineType)", data)


def _parse__order_id(data: object) -> Unset | UUID | UuidEqualOperators:
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


def _parse__owner_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__owner_type(data: object) -> LineOwnerType | Literal["documents", "orders"] | LineOwnerTypeOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[LineOwnerType | Literal["documents", "orders"] | LineOwnerTypeOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_line_owner_type_condition_type_0 = _from_dict__LineOwnerTypeOperators(data)

                if choice.take(componentsschemas_line_owner_type_condition_type_0):
                    return componentsschemas_line_owner_type_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_line_owner_type_condition_type_1 = data
                if type(_componentsschemas_line_owner_type_condition_type_1) is str:
                    componentsschemas_line_owner_type_condition_type_1 = LineOwnerType._by__value.get(
                        _componentsschemas_line_owner_type_condition_type_1
                    ) or LineOwnerType(_componentsschemas_line_owner_type_condition_type_1)
                elif isinstance(_componentsschemas_line_owner_type_condition_type_1, str):
                    componentsschemas_line_owner_type_condition_type_1 = LineOwnerType(
                        _componentsschemas_line_owner_type_condition_type_1
                    )
                else:
                    raise FieldError("string (LineOwnerType)", _componentsschemas_line_owner_type_condition_type_1)

                if choice.take(componentsschemas_line_owner_type_condition_type_1):
                    return componentsschemas_line_owner_type_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (LineOwnerTypeOperators), string (LineOwnerType)", data)


def _parse__parent_line_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__planning_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__price_structure_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__price_tile_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__tax_category_id(data: object) -> Unset | UUID | UuidOperators:
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
class LineFilter:
    """Filters for lines: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            archived (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            archived_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            bundle_item_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            discountable (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            item_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            line_type (LineType | Literal["charge", "delivery_rate", "deposit_charge", "legacy_migration", "proration",
                "section"] | LineTypeEqualOperators | Unset): A filter on a `LineType` attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            order_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            owner_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            owner_type (LineOwnerType | Literal["documents", "orders"] | LineOwnerTypeOperators | Unset): A filter on a
                `LineOwnerType` attribute: either an object of operators, or a bare value as shorthand for `eq`.
            parent_line_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            planning_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            price_structure_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            price_tile_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            quantity (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            relevant (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            tax_category_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            taxable (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            title (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    archived: bool | BooleanOperators | Unset = UNSET
    archived_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    bundle_item_id: Unset | UUID | UuidOperators = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    discountable: bool | BooleanOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    item_id: Unset | UUID | UuidOperators = UNSET
    line_type: (
        LineType
        | Literal["charge", "delivery_rate", "deposit_charge", "legacy_migration", "proration", "section"]
        | LineTypeEqualOperators
        | Unset
    ) = UNSET
    order_id: Unset | UUID | UuidEqualOperators = UNSET
    owner_id: Unset | UUID | UuidOperators = UNSET
    owner_type: LineOwnerType | Literal["documents", "orders"] | LineOwnerTypeOperators | Unset = UNSET
    parent_line_id: Unset | UUID | UuidOperators = UNSET
    planning_id: Unset | UUID | UuidOperators = UNSET
    price_structure_id: Unset | UUID | UuidOperators = UNSET
    price_tile_id: Unset | UUID | UuidOperators = UNSET
    quantity: int | IntegerOperators | Unset = UNSET
    relevant: bool | BooleanOperators | Unset = UNSET
    tax_category_id: Unset | UUID | UuidOperators = UNSET
    taxable: bool | BooleanOperators | Unset = UNSET
    title: str | TextOperators | Unset = UNSET
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
        bundle_item_id: dict[str, Any] | str | Unset
        if isinstance(self.bundle_item_id, Unset):
            bundle_item_id = UNSET
        elif isinstance(self.bundle_item_id, UuidOperators):
            bundle_item_id = self.bundle_item_id.to_dict()
        else:
            bundle_item_id = str(self.bundle_item_id)

        if bundle_item_id is not UNSET:
            field_dict["bundle_item_id"] = bundle_item_id
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
        discountable: bool | dict[str, Any] | Unset
        if isinstance(self.discountable, Unset):
            discountable = UNSET
        elif isinstance(self.discountable, BooleanOperators):
            discountable = self.discountable.to_dict()
        else:
            discountable = self.discountable
        if discountable is not UNSET:
            field_dict["discountable"] = discountable
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        item_id: dict[str, Any] | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        elif isinstance(self.item_id, UuidOperators):
            item_id = self.item_id.to_dict()
        else:
            item_id = str(self.item_id)

        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        line_type: dict[str, Any] | str | Unset
        if isinstance(self.line_type, Unset):
            line_type = UNSET
        elif isinstance(self.line_type, LineTypeEqualOperators):
            line_type = self.line_type.to_dict()
        else:
            line_type = LineType(self.line_type).value

        if line_type is not UNSET:
            field_dict["line_type"] = line_type
        order_id: dict[str, Any] | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UuidEqualOperators):
            order_id = self.order_id.to_dict()
        else:
            order_id = str(self.order_id)

        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        owner_id: dict[str, Any] | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UuidOperators):
            owner_id = self.owner_id.to_dict()
        else:
            owner_id = str(self.owner_id)

        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        owner_type: dict[str, Any] | str | Unset
        if isinstance(self.owner_type, Unset):
            owner_type = UNSET
        elif isinstance(self.owner_type, LineOwnerTypeOperators):
            owner_type = self.owner_type.to_dict()
        else:
            owner_type = LineOwnerType(self.owner_type).value

        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        parent_line_id: dict[str, Any] | str | Unset
        if isinstance(self.parent_line_id, Unset):
            parent_line_id = UNSET
        elif isinstance(self.parent_line_id, UuidOperators):
            parent_line_id = self.parent_line_id.to_dict()
        else:
            parent_line_id = str(self.parent_line_id)

        if parent_line_id is not UNSET:
            field_dict["parent_line_id"] = parent_line_id
        planning_id: dict[str, Any] | str | Unset
        if isinstance(self.planning_id, Unset):
            planning_id = UNSET
        elif isinstance(self.planning_id, UuidOperators):
            planning_id = self.planning_id.to_dict()
        else:
            planning_id = str(self.planning_id)

        if planning_id is not UNSET:
            field_dict["planning_id"] = planning_id
        price_structure_id: dict[str, Any] | str | Unset
        if isinstance(self.price_structure_id, Unset):
            price_structure_id = UNSET
        elif isinstance(self.price_structure_id, UuidOperators):
            price_structure_id = self.price_structure_id.to_dict()
        else:
            price_structure_id = str(self.price_structure_id)

        if price_structure_id is not UNSET:
            field_dict["price_structure_id"] = price_structure_id
        price_tile_id: dict[str, Any] | str | Unset
        if isinstance(self.price_tile_id, Unset):
            price_tile_id = UNSET
        elif isinstance(self.price_tile_id, UuidOperators):
            price_tile_id = self.price_tile_id.to_dict()
        else:
            price_tile_id = str(self.price_tile_id)

        if price_tile_id is not UNSET:
            field_dict["price_tile_id"] = price_tile_id
        quantity: dict[str, Any] | int | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        elif isinstance(self.quantity, IntegerOperators):
            quantity = self.quantity.to_dict()
        else:
            quantity = self.quantity
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        relevant: bool | dict[str, Any] | Unset
        if isinstance(self.relevant, Unset):
            relevant = UNSET
        elif isinstance(self.relevant, BooleanOperators):
            relevant = self.relevant.to_dict()
        else:
            relevant = self.relevant
        if relevant is not UNSET:
            field_dict["relevant"] = relevant
        tax_category_id: dict[str, Any] | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        elif isinstance(self.tax_category_id, UuidOperators):
            tax_category_id = self.tax_category_id.to_dict()
        else:
            tax_category_id = str(self.tax_category_id)

        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id
        taxable: bool | dict[str, Any] | Unset
        if isinstance(self.taxable, Unset):
            taxable = UNSET
        elif isinstance(self.taxable, BooleanOperators):
            taxable = self.taxable.to_dict()
        else:
            taxable = self.taxable
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        title: dict[str, Any] | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        elif isinstance(self.title, TextOperators):
            title = self.title.to_dict()
        else:
            title = self.title
        if title is not UNSET:
            field_dict["title"] = title
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
                raise FieldError("object (LineFilter)", d)
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

        try:
            bundle_item_id = _parse__bundle_item_id(d.get("bundle_item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("bundle_item_id")
            raise

        if bundle_item_id is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        _discountable = d.get("discountable", UNSET)
        discountable: bool | BooleanOperators | Unset
        if _discountable is UNSET:
            discountable = _discountable
        elif isinstance(_discountable, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_discountable)
            except FieldError as field__error:
                field__error.segments.append("discountable")
                raise

            discountable = componentsschemas_boolean_condition_type_0
        elif isinstance(_discountable, bool):
            discountable = _discountable
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _discountable, "discountable")

        if discountable is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        try:
            item_id = _parse__item_id(d.get("item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("item_id")
            raise

        if item_id is UNSET:
            n__absent += 1

        try:
            line_type = _parse__line_type(d.get("line_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("line_type")
            raise

        if line_type is UNSET:
            n__absent += 1

        try:
            order_id = _parse__order_id(d.get("order_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_id")
            raise

        if order_id is UNSET:
            n__absent += 1

        try:
            owner_id = _parse__owner_id(d.get("owner_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("owner_id")
            raise

        if owner_id is UNSET:
            n__absent += 1

        try:
            owner_type = _parse__owner_type(d.get("owner_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("owner_type")
            raise

        if owner_type is UNSET:
            n__absent += 1

        try:
            parent_line_id = _parse__parent_line_id(d.get("parent_line_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("parent_line_id")
            raise

        if parent_line_id is UNSET:
            n__absent += 1

        try:
            planning_id = _parse__planning_id(d.get("planning_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("planning_id")
            raise

        if planning_id is UNSET:
            n__absent += 1

        try:
            price_structure_id = _parse__price_structure_id(d.get("price_structure_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("price_structure_id")
            raise

        if price_structure_id is UNSET:
            n__absent += 1

        try:
            price_tile_id = _parse__price_tile_id(d.get("price_tile_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("price_tile_id")
            raise

        if price_tile_id is UNSET:
            n__absent += 1

        _quantity = d.get("quantity", UNSET)
        quantity: int | IntegerOperators | Unset
        if _quantity is UNSET:
            quantity = _quantity
        elif isinstance(_quantity, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_quantity)
            except FieldError as field__error:
                field__error.segments.append("quantity")
                raise

            quantity = componentsschemas_integer_condition_type_0
        elif isinstance(_quantity, int) and _quantity is not True and _quantity is not False:
            quantity = _quantity
        else:
            raise FieldError("one of object (IntegerOperators), integer", _quantity, "quantity")

        if quantity is UNSET:
            n__absent += 1

        _relevant = d.get("relevant", UNSET)
        relevant: bool | BooleanOperators | Unset
        if _relevant is UNSET:
            relevant = _relevant
        elif isinstance(_relevant, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_relevant)
            except FieldError as field__error:
                field__error.segments.append("relevant")
                raise

            relevant = componentsschemas_boolean_condition_type_0
        elif isinstance(_relevant, bool):
            relevant = _relevant
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _relevant, "relevant")

        if relevant is UNSET:
            n__absent += 1

        try:
            tax_category_id = _parse__tax_category_id(d.get("tax_category_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tax_category_id")
            raise

        if tax_category_id is UNSET:
            n__absent += 1

        _taxable = d.get("taxable", UNSET)
        taxable: bool | BooleanOperators | Unset
        if _taxable is UNSET:
            taxable = _taxable
        elif isinstance(_taxable, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_taxable)
            except FieldError as field__error:
                field__error.segments.append("taxable")
                raise

            taxable = componentsschemas_boolean_condition_type_0
        elif isinstance(_taxable, bool):
            taxable = _taxable
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _taxable, "taxable")

        if taxable is UNSET:
            n__absent += 1

        _title = d.get("title", UNSET)
        title: str | TextOperators | Unset
        if _title is UNSET:
            title = _title
        elif isinstance(_title, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_title)
            except FieldError as field__error:
                field__error.segments.append("title")
                raise

            title = componentsschemas_text_condition_type_0
        elif isinstance(_title, str):
            title = _title
        else:
            raise FieldError("one of object (TextOperators), string", _title, "title")

        if title is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            line_filter = _new__object(cls)
            line_filter.archived = archived
            line_filter.archived_at = archived_at
            line_filter.bundle_item_id = bundle_item_id
            line_filter.created_at = created_at
            line_filter.discountable = discountable
            line_filter.id = id
            line_filter.item_id = item_id
            line_filter.line_type = line_type
            line_filter.order_id = order_id
            line_filter.owner_id = owner_id
            line_filter.owner_type = owner_type
            line_filter.parent_line_id = parent_line_id
            line_filter.planning_id = planning_id
            line_filter.price_structure_id = price_structure_id
            line_filter.price_tile_id = price_tile_id
            line_filter.quantity = quantity
            line_filter.relevant = relevant
            line_filter.tax_category_id = tax_category_id
            line_filter.taxable = taxable
            line_filter.title = title
            line_filter.updated_at = updated_at
        else:
            line_filter = cls(
                archived,
                archived_at,
                bundle_item_id,
                created_at,
                discountable,
                id,
                item_id,
                line_type,
                order_id,
                owner_id,
                owner_type,
                parent_line_id,
                planning_id,
                price_structure_id,
                price_tile_id,
                quantity,
                relevant,
                tax_category_id,
                taxable,
                title,
                updated_at,
            )
        if len(d) + n__absent != 21:
            for prop_name in d:
                if prop_name not in {
                    "archived",
                    "archived_at",
                    "bundle_item_id",
                    "created_at",
                    "discountable",
                    "id",
                    "item_id",
                    "line_type",
                    "order_id",
                    "owner_id",
                    "owner_type",
                    "parent_line_id",
                    "planning_id",
                    "price_structure_id",
                    "price_tile_id",
                    "quantity",
                    "relevant",
                    "tax_category_id",
                    "taxable",
                    "title",
                    "updated_at",
                }:
                    raise FieldError("no such property (LineFilter allows no others)", None, prop_name, found="one")
        return line_filter

    __repr__ = _model__repr


_plain__class: type[LineFilter] | None = (
    LineFilter
    if {field.name for field in _attrs_fields(LineFilter)}
    == {
        "archived",
        "archived_at",
        "bundle_item_id",
        "created_at",
        "discountable",
        "id",
        "item_id",
        "line_type",
        "order_id",
        "owner_id",
        "owner_type",
        "parent_line_id",
        "planning_id",
        "price_structure_id",
        "price_tile_id",
        "quantity",
        "relevant",
        "tax_category_id",
        "taxable",
        "title",
        "updated_at",
    }
    and not hasattr(LineFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
