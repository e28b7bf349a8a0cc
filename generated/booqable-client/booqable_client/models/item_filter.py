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
    from ..models.hash_operators import HashOperators
    from ..models.id_operators import IdOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.string_operators import StringOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_equal_operators import UuidEqualOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__HashOperators: Callable[[Mapping[str, Any]], HashOperators]
_from_dict__IdOperators: Callable[[Mapping[str, Any]], IdOperators]
_from_dict__IntegerOperators: Callable[[Mapping[str, Any]], IntegerOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__StringOperators: Callable[[Mapping[str, Any]], StringOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidEqualOperators: Callable[[Mapping[str, Any]], UuidEqualOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, HashOperators, IdOperators, IntegerOperators, StringEqualOperators, StringOperators, TextOperators, UuidEqualOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__HashOperators, _from_dict__IdOperators, _from_dict__IntegerOperators, _from_dict__StringEqualOperators, _from_dict__StringOperators, _from_dict__TextOperators, _from_dict__UuidEqualOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.hash_operators import HashOperators  # noqa: PLC0415
    from ..models.id_operators import IdOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.string_operators import StringOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__HashOperators = HashOperators.from_dict
    _from_dict__IdOperators = IdOperators.from_dict
    _from_dict__IntegerOperators = IntegerOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__StringOperators = StringOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidEqualOperators = UuidEqualOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="ItemFilter")


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


def _parse__collection_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__photo_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__price_ruleset_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__product_group_id(data: object) -> Unset | UUID | UuidEqualOperators:
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


def _parse__tax_category_id(data: object) -> Unset | UUID | UuidEqualOperators:
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
class ItemFilter:
    """Filters for items: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            archived (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            archived_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            base_price_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            buffer_time_after (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            buffer_time_before (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            collection_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            conditions (dict[str, Any] | HashOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            default_purchase_cost_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            deposit_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            description (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            discountable (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            excerpt (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            extra_information (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            group_name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            has_variations (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            id (IdOperators | Unset | UUID): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            photo_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            price_period (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            price_ruleset_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            price_structure_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            price_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            product_group_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            product_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            seo_description (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            seo_title (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            show_in_store (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            sku (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            slug (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            sorting_weight (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            tag_list (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            tax_category_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            taxable (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            trackable (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            tracking_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            type_ (str | StringOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            variation (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
    """

    archived: bool | BooleanOperators | Unset = UNSET
    archived_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    base_price_in_cents: int | IntegerOperators | Unset = UNSET
    buffer_time_after: int | IntegerOperators | Unset = UNSET
    buffer_time_before: int | IntegerOperators | Unset = UNSET
    collection_id: Unset | UUID | UuidOperators = UNSET
    conditions: dict[str, Any] | HashOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    default_purchase_cost_in_cents: int | IntegerOperators | Unset = UNSET
    deposit_in_cents: int | IntegerOperators | Unset = UNSET
    description: str | TextOperators | Unset = UNSET
    discountable: bool | BooleanOperators | Unset = UNSET
    excerpt: str | TextOperators | Unset = UNSET
    extra_information: str | TextOperators | Unset = UNSET
    group_name: str | TextOperators | Unset = UNSET
    has_variations: bool | BooleanOperators | Unset = UNSET
    id: IdOperators | Unset | UUID = UNSET
    name: str | TextOperators | Unset = UNSET
    photo_id: Unset | UUID | UuidOperators = UNSET
    price_period: str | StringEqualOperators | Unset = UNSET
    price_ruleset_id: Unset | UUID | UuidOperators = UNSET
    price_structure_id: Unset | UUID | UuidOperators = UNSET
    price_type: str | StringEqualOperators | Unset = UNSET
    product_group_id: Unset | UUID | UuidEqualOperators = UNSET
    product_type: str | StringEqualOperators | Unset = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    seo_description: str | TextOperators | Unset = UNSET
    seo_title: str | TextOperators | Unset = UNSET
    show_in_store: bool | BooleanOperators | Unset = UNSET
    sku: str | TextOperators | Unset = UNSET
    slug: str | TextOperators | Unset = UNSET
    sorting_weight: int | IntegerOperators | Unset = UNSET
    tag_list: str | StringEqualOperators | Unset = UNSET
    tax_category_id: Unset | UUID | UuidEqualOperators = UNSET
    taxable: bool | BooleanOperators | Unset = UNSET
    trackable: bool | BooleanOperators | Unset = UNSET
    tracking_type: str | StringEqualOperators | Unset = UNSET
    type_: str | StringOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    variation: bool | BooleanOperators | Unset = UNSET

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
        base_price_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.base_price_in_cents, Unset):
            base_price_in_cents = UNSET
        elif isinstance(self.base_price_in_cents, IntegerOperators):
            base_price_in_cents = self.base_price_in_cents.to_dict()
        else:
            base_price_in_cents = self.base_price_in_cents
        if base_price_in_cents is not UNSET:
            field_dict["base_price_in_cents"] = base_price_in_cents
        buffer_time_after: dict[str, Any] | int | Unset
        if isinstance(self.buffer_time_after, Unset):
            buffer_time_after = UNSET
        elif isinstance(self.buffer_time_after, IntegerOperators):
            buffer_time_after = self.buffer_time_after.to_dict()
        else:
            buffer_time_after = self.buffer_time_after
        if buffer_time_after is not UNSET:
            field_dict["buffer_time_after"] = buffer_time_after
        buffer_time_before: dict[str, Any] | int | Unset
        if isinstance(self.buffer_time_before, Unset):
            buffer_time_before = UNSET
        elif isinstance(self.buffer_time_before, IntegerOperators):
            buffer_time_before = self.buffer_time_before.to_dict()
        else:
            buffer_time_before = self.buffer_time_before
        if buffer_time_before is not UNSET:
            field_dict["buffer_time_before"] = buffer_time_before
        collection_id: dict[str, Any] | str | Unset
        if isinstance(self.collection_id, Unset):
            collection_id = UNSET
        elif isinstance(self.collection_id, UuidOperators):
            collection_id = self.collection_id.to_dict()
        else:
            collection_id = str(self.collection_id)

        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
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
        default_purchase_cost_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.default_purchase_cost_in_cents, Unset):
            default_purchase_cost_in_cents = UNSET
        elif isinstance(self.default_purchase_cost_in_cents, IntegerOperators):
            default_purchase_cost_in_cents = self.default_purchase_cost_in_cents.to_dict()
        else:
            default_purchase_cost_in_cents = self.default_purchase_cost_in_cents
        if default_purchase_cost_in_cents is not UNSET:
            field_dict["default_purchase_cost_in_cents"] = default_purchase_cost_in_cents
        deposit_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.deposit_in_cents, Unset):
            deposit_in_cents = UNSET
        elif isinstance(self.deposit_in_cents, IntegerOperators):
            deposit_in_cents = self.deposit_in_cents.to_dict()
        else:
            deposit_in_cents = self.deposit_in_cents
        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        description: dict[str, Any] | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, TextOperators):
            description = self.description.to_dict()
        else:
            description = self.description
        if description is not UNSET:
            field_dict["description"] = description
        discountable: bool | dict[str, Any] | Unset
        if isinstance(self.discountable, Unset):
            discountable = UNSET
        elif isinstance(self.discountable, BooleanOperators):
            discountable = self.discountable.to_dict()
        else:
            discountable = self.discountable
        if discountable is not UNSET:
            field_dict["discountable"] = discountable
        excerpt: dict[str, Any] | str | Unset
        if isinstance(self.excerpt, Unset):
            excerpt = UNSET
        elif isinstance(self.excerpt, TextOperators):
            excerpt = self.excerpt.to_dict()
        else:
            excerpt = self.excerpt
        if excerpt is not UNSET:
            field_dict["excerpt"] = excerpt
        extra_information: dict[str, Any] | str | Unset
        if isinstance(self.extra_information, Unset):
            extra_information = UNSET
        elif isinstance(self.extra_information, TextOperators):
            extra_information = self.extra_information.to_dict()
        else:
            extra_information = self.extra_information
        if extra_information is not UNSET:
            field_dict["extra_information"] = extra_information
        group_name: dict[str, Any] | str | Unset
        if isinstance(self.group_name, Unset):
            group_name = UNSET
        elif isinstance(self.group_name, TextOperators):
            group_name = self.group_name.to_dict()
        else:
            group_name = self.group_name
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        has_variations: bool | dict[str, Any] | Unset
        if isinstance(self.has_variations, Unset):
            has_variations = UNSET
        elif isinstance(self.has_variations, BooleanOperators):
            has_variations = self.has_variations.to_dict()
        else:
            has_variations = self.has_variations
        if has_variations is not UNSET:
            field_dict["has_variations"] = has_variations
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
        photo_id: dict[str, Any] | str | Unset
        if isinstance(self.photo_id, Unset):
            photo_id = UNSET
        elif isinstance(self.photo_id, UuidOperators):
            photo_id = self.photo_id.to_dict()
        else:
            photo_id = str(self.photo_id)

        if photo_id is not UNSET:
            field_dict["photo_id"] = photo_id
        price_period: dict[str, Any] | str | Unset
        if isinstance(self.price_period, Unset):
            price_period = UNSET
        elif isinstance(self.price_period, StringEqualOperators):
            price_period = self.price_period.to_dict()
        else:
            price_period = self.price_period
        if price_period is not UNSET:
            field_dict["price_period"] = price_period
        price_ruleset_id: dict[str, Any] | str | Unset
        if isinstance(self.price_ruleset_id, Unset):
            price_ruleset_id = UNSET
        elif isinstance(self.price_ruleset_id, UuidOperators):
            price_ruleset_id = self.price_ruleset_id.to_dict()
        else:
            price_ruleset_id = str(self.price_ruleset_id)

        if price_ruleset_id is not UNSET:
            field_dict["price_ruleset_id"] = price_ruleset_id
        price_structure_id: dict[str, Any] | str | Unset
        if isinstance(self.price_structure_id, Unset):
            price_structure_id = UNSET
        elif isinstance(self.price_structure_id, UuidOperators):
            price_structure_id = self.price_structure_id.to_dict()
        else:
            price_structure_id = str(self.price_structure_id)

        if price_structure_id is not UNSET:
            field_dict["price_structure_id"] = price_structure_id
        price_type: dict[str, Any] | str | Unset
        if isinstance(self.price_type, Unset):
            price_type = UNSET
        elif isinstance(self.price_type, StringEqualOperators):
            price_type = self.price_type.to_dict()
        else:
            price_type = self.price_type
        if price_type is not UNSET:
            field_dict["price_type"] = price_type
        product_group_id: dict[str, Any] | str | Unset
        if isinstance(self.product_group_id, Unset):
            product_group_id = UNSET
        elif isinstance(self.product_group_id, UuidEqualOperators):
            product_group_id = self.product_group_id.to_dict()
        else:
            product_group_id = str(self.product_group_id)

        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        product_type: dict[str, Any] | str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        elif isinstance(self.product_type, StringEqualOperators):
            product_type = self.product_type.to_dict()
        else:
            product_type = self.product_type
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        q: dict[str, Any] | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        elif isinstance(self.q, StringEqualOperators):
            q = self.q.to_dict()
        else:
            q = self.q
        if q is not UNSET:
            field_dict["q"] = q
        seo_description: dict[str, Any] | str | Unset
        if isinstance(self.seo_description, Unset):
            seo_description = UNSET
        elif isinstance(self.seo_description, TextOperators):
            seo_description = self.seo_description.to_dict()
        else:
            seo_description = self.seo_description
        if seo_description is not UNSET:
            field_dict["seo_description"] = seo_description
        seo_title: dict[str, Any] | str | Unset
        if isinstance(self.seo_title, Unset):
            seo_title = UNSET
        elif isinstance(self.seo_title, TextOperators):
            seo_title = self.seo_title.to_dict()
        else:
            seo_title = self.seo_title
        if seo_title is not UNSET:
            field_dict["seo_title"] = seo_title
        show_in_store: bool | dict[str, Any] | Unset
        if isinstance(self.show_in_store, Unset):
            show_in_store = UNSET
        elif isinstance(self.show_in_store, BooleanOperators):
            show_in_store = self.show_in_store.to_dict()
        else:
            show_in_store = self.show_in_store
        if show_in_store is not UNSET:
            field_dict["show_in_store"] = show_in_store
        sku: dict[str, Any] | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        elif isinstance(self.sku, TextOperators):
            sku = self.sku.to_dict()
        else:
            sku = self.sku
        if sku is not UNSET:
            field_dict["sku"] = sku
        slug: dict[str, Any] | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        elif isinstance(self.slug, TextOperators):
            slug = self.slug.to_dict()
        else:
            slug = self.slug
        if slug is not UNSET:
            field_dict["slug"] = slug
        sorting_weight: dict[str, Any] | int | Unset
        if isinstance(self.sorting_weight, Unset):
            sorting_weight = UNSET
        elif isinstance(self.sorting_weight, IntegerOperators):
            sorting_weight = self.sorting_weight.to_dict()
        else:
            sorting_weight = self.sorting_weight
        if sorting_weight is not UNSET:
            field_dict["sorting_weight"] = sorting_weight
        tag_list: dict[str, Any] | str | Unset
        if isinstance(self.tag_list, Unset):
            tag_list = UNSET
        elif isinstance(self.tag_list, StringEqualOperators):
            tag_list = self.tag_list.to_dict()
        else:
            tag_list = self.tag_list
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        tax_category_id: dict[str, Any] | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        elif isinstance(self.tax_category_id, UuidEqualOperators):
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
        trackable: bool | dict[str, Any] | Unset
        if isinstance(self.trackable, Unset):
            trackable = UNSET
        elif isinstance(self.trackable, BooleanOperators):
            trackable = self.trackable.to_dict()
        else:
            trackable = self.trackable
        if trackable is not UNSET:
            field_dict["trackable"] = trackable
        tracking_type: dict[str, Any] | str | Unset
        if isinstance(self.tracking_type, Unset):
            tracking_type = UNSET
        elif isinstance(self.tracking_type, StringEqualOperators):
            tracking_type = self.tracking_type.to_dict()
        else:
            tracking_type = self.tracking_type
        if tracking_type is not UNSET:
            field_dict["tracking_type"] = tracking_type
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
        variation: bool | dict[str, Any] | Unset
        if isinstance(self.variation, Unset):
            variation = UNSET
        elif isinstance(self.variation, BooleanOperators):
            variation = self.variation.to_dict()
        else:
            variation = self.variation
        if variation is not UNSET:
            field_dict["variation"] = variation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ItemFilter)", d)
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

        _base_price_in_cents = d.get("base_price_in_cents", UNSET)
        base_price_in_cents: int | IntegerOperators | Unset
        if _base_price_in_cents is UNSET:
            base_price_in_cents = _base_price_in_cents
        elif isinstance(_base_price_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_base_price_in_cents)
            except FieldError as field__error:
                field__error.segments.append("base_price_in_cents")
                raise

            base_price_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_base_price_in_cents, int)
            and _base_price_in_cents is not True
            and _base_price_in_cents is not False
        ):
            base_price_in_cents = _base_price_in_cents
        else:
            raise FieldError("one of object (IntegerOperators), integer", _base_price_in_cents, "base_price_in_cents")

        if base_price_in_cents is UNSET:
            n__absent += 1

        _buffer_time_after = d.get("buffer_time_after", UNSET)
        buffer_time_after: int | IntegerOperators | Unset
        if _buffer_time_after is UNSET:
            buffer_time_after = _buffer_time_after
        elif isinstance(_buffer_time_after, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_buffer_time_after)
            except FieldError as field__error:
                field__error.segments.append("buffer_time_after")
                raise

            buffer_time_after = componentsschemas_integer_condition_type_0
        elif isinstance(_buffer_time_after, int) and _buffer_time_after is not True and _buffer_time_after is not False:
            buffer_time_after = _buffer_time_after
        else:
            raise FieldError("one of object (IntegerOperators), integer", _buffer_time_after, "buffer_time_after")

        if buffer_time_after is UNSET:
            n__absent += 1

        _buffer_time_before = d.get("buffer_time_before", UNSET)
        buffer_time_before: int | IntegerOperators | Unset
        if _buffer_time_before is UNSET:
            buffer_time_before = _buffer_time_before
        elif isinstance(_buffer_time_before, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_buffer_time_before)
            except FieldError as field__error:
                field__error.segments.append("buffer_time_before")
                raise

            buffer_time_before = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_buffer_time_before, int)
            and _buffer_time_before is not True
            and _buffer_time_before is not False
        ):
            buffer_time_before = _buffer_time_before
        else:
            raise FieldError("one of object (IntegerOperators), integer", _buffer_time_before, "buffer_time_before")

        if buffer_time_before is UNSET:
            n__absent += 1

        try:
            collection_id = _parse__collection_id(d.get("collection_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("collection_id")
            raise

        if collection_id is UNSET:
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

        _default_purchase_cost_in_cents = d.get("default_purchase_cost_in_cents", UNSET)
        default_purchase_cost_in_cents: int | IntegerOperators | Unset
        if _default_purchase_cost_in_cents is UNSET:
            default_purchase_cost_in_cents = _default_purchase_cost_in_cents
        elif isinstance(_default_purchase_cost_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(
                    _default_purchase_cost_in_cents
                )
            except FieldError as field__error:
                field__error.segments.append("default_purchase_cost_in_cents")
                raise

            default_purchase_cost_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_default_purchase_cost_in_cents, int)
            and _default_purchase_cost_in_cents is not True
            and _default_purchase_cost_in_cents is not False
        ):
            default_purchase_cost_in_cents = _default_purchase_cost_in_cents
        else:
            raise FieldError(
                "one of object (IntegerOperators), integer",
                _default_purchase_cost_in_cents,
                "default_purchase_cost_in_cents",
            )

        if default_purchase_cost_in_cents is UNSET:
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

        _description = d.get("description", UNSET)
        description: str | TextOperators | Unset
        if _description is UNSET:
            description = _description
        elif isinstance(_description, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_description)
            except FieldError as field__error:
                field__error.segments.append("description")
                raise

            description = componentsschemas_text_condition_type_0
        elif isinstance(_description, str):
            description = _description
        else:
            raise FieldError("one of object (TextOperators), string", _description, "description")

        if description is UNSET:
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

        _excerpt = d.get("excerpt", UNSET)
        excerpt: str | TextOperators | Unset
        if _excerpt is UNSET:
            excerpt = _excerpt
        elif isinstance(_excerpt, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_excerpt)
            except FieldError as field__error:
                field__error.segments.append("excerpt")
                raise

            excerpt = componentsschemas_text_condition_type_0
        elif isinstance(_excerpt, str):
            excerpt = _excerpt
        else:
            raise FieldError("one of object (TextOperators), string", _excerpt, "excerpt")

        if excerpt is UNSET:
            n__absent += 1

        _extra_information = d.get("extra_information", UNSET)
        extra_information: str | TextOperators | Unset
        if _extra_information is UNSET:
            extra_information = _extra_information
        elif isinstance(_extra_information, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_extra_information)
            except FieldError as field__error:
                field__error.segments.append("extra_information")
                raise

            extra_information = componentsschemas_text_condition_type_0
        elif isinstance(_extra_information, str):
            extra_information = _extra_information
        else:
            raise FieldError("one of object (TextOperators), string", _extra_information, "extra_information")

        if extra_information is UNSET:
            n__absent += 1

        _group_name = d.get("group_name", UNSET)
        group_name: str | TextOperators | Unset
        if _group_name is UNSET:
            group_name = _group_name
        elif isinstance(_group_name, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_group_name)
            except FieldError as field__error:
                field__error.segments.append("group_name")
                raise

            group_name = componentsschemas_text_condition_type_0
        elif isinstance(_group_name, str):
            group_name = _group_name
        else:
            raise FieldError("one of object (TextOperators), string", _group_name, "group_name")

        if group_name is UNSET:
            n__absent += 1

        _has_variations = d.get("has_variations", UNSET)
        has_variations: bool | BooleanOperators | Unset
        if _has_variations is UNSET:
            has_variations = _has_variations
        elif isinstance(_has_variations, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_has_variations)
            except FieldError as field__error:
                field__error.segments.append("has_variations")
                raise

            has_variations = componentsschemas_boolean_condition_type_0
        elif isinstance(_has_variations, bool):
            has_variations = _has_variations
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _has_variations, "has_variations")

        if has_variations is UNSET:
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

        try:
            photo_id = _parse__photo_id(d.get("photo_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("photo_id")
            raise

        if photo_id is UNSET:
            n__absent += 1

        _price_period = d.get("price_period", UNSET)
        price_period: str | StringEqualOperators | Unset
        if _price_period is UNSET:
            price_period = _price_period
        elif isinstance(_price_period, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_price_period)
            except FieldError as field__error:
                field__error.segments.append("price_period")
                raise

            price_period = componentsschemas_string_equal_condition_type_0
        elif isinstance(_price_period, str):
            price_period = _price_period
        else:
            raise FieldError("one of object (StringEqualOperators), string", _price_period, "price_period")

        if price_period is UNSET:
            n__absent += 1

        try:
            price_ruleset_id = _parse__price_ruleset_id(d.get("price_ruleset_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("price_ruleset_id")
            raise

        if price_ruleset_id is UNSET:
            n__absent += 1

        try:
            price_structure_id = _parse__price_structure_id(d.get("price_structure_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("price_structure_id")
            raise

        if price_structure_id is UNSET:
            n__absent += 1

        _price_type = d.get("price_type", UNSET)
        price_type: str | StringEqualOperators | Unset
        if _price_type is UNSET:
            price_type = _price_type
        elif isinstance(_price_type, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_price_type)
            except FieldError as field__error:
                field__error.segments.append("price_type")
                raise

            price_type = componentsschemas_string_equal_condition_type_0
        elif isinstance(_price_type, str):
            price_type = _price_type
        else:
            raise FieldError("one of object (StringEqualOperators), string", _price_type, "price_type")

        if price_type is UNSET:
            n__absent += 1

        try:
            product_group_id = _parse__product_group_id(d.get("product_group_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("product_group_id")
            raise

        if product_group_id is UNSET:
            n__absent += 1

        _product_type = d.get("product_type", UNSET)
        product_type: str | StringEqualOperators | Unset
        if _product_type is UNSET:
            product_type = _product_type
        elif isinstance(_product_type, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_product_type)
            except FieldError as field__error:
                field__error.segments.append("product_type")
                raise

            product_type = componentsschemas_string_equal_condition_type_0
        elif isinstance(_product_type, str):
            product_type = _product_type
        else:
            raise FieldError("one of object (StringEqualOperators), string", _product_type, "product_type")

        if product_type is UNSET:
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

        _seo_description = d.get("seo_description", UNSET)
        seo_description: str | TextOperators | Unset
        if _seo_description is UNSET:
            seo_description = _seo_description
        elif isinstance(_seo_description, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_seo_description)
            except FieldError as field__error:
                field__error.segments.append("seo_description")
                raise

            seo_description = componentsschemas_text_condition_type_0
        elif isinstance(_seo_description, str):
            seo_description = _seo_description
        else:
            raise FieldError("one of object (TextOperators), string", _seo_description, "seo_description")

        if seo_description is UNSET:
            n__absent += 1

        _seo_title = d.get("seo_title", UNSET)
        seo_title: str | TextOperators | Unset
        if _seo_title is UNSET:
            seo_title = _seo_title
        elif isinstance(_seo_title, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_seo_title)
            except FieldError as field__error:
                field__error.segments.append("seo_title")
                raise

            seo_title = componentsschemas_text_condition_type_0
        elif isinstance(_seo_title, str):
            seo_title = _seo_title
        else:
            raise FieldError("one of object (TextOperators), string", _seo_title, "seo_title")

        if seo_title is UNSET:
            n__absent += 1

        _show_in_store = d.get("show_in_store", UNSET)
        show_in_store: bool | BooleanOperators | Unset
        if _show_in_store is UNSET:
            show_in_store = _show_in_store
        elif isinstance(_show_in_store, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_show_in_store)
            except FieldError as field__error:
                field__error.segments.append("show_in_store")
                raise

            show_in_store = componentsschemas_boolean_condition_type_0
        elif isinstance(_show_in_store, bool):
            show_in_store = _show_in_store
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _show_in_store, "show_in_store")

        if show_in_store is UNSET:
            n__absent += 1

        _sku = d.get("sku", UNSET)
        sku: str | TextOperators | Unset
        if _sku is UNSET:
            sku = _sku
        elif isinstance(_sku, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_sku)
            except FieldError as field__error:
                field__error.segments.append("sku")
                raise

            sku = componentsschemas_text_condition_type_0
        elif isinstance(_sku, str):
            sku = _sku
        else:
            raise FieldError("one of object (TextOperators), string", _sku, "sku")

        if sku is UNSET:
            n__absent += 1

        _slug = d.get("slug", UNSET)
        slug: str | TextOperators | Unset
        if _slug is UNSET:
            slug = _slug
        elif isinstance(_slug, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_slug)
            except FieldError as field__error:
                field__error.segments.append("slug")
                raise

            slug = componentsschemas_text_condition_type_0
        elif isinstance(_slug, str):
            slug = _slug
        else:
            raise FieldError("one of object (TextOperators), string", _slug, "slug")

        if slug is UNSET:
            n__absent += 1

        _sorting_weight = d.get("sorting_weight", UNSET)
        sorting_weight: int | IntegerOperators | Unset
        if _sorting_weight is UNSET:
            sorting_weight = _sorting_weight
        elif isinstance(_sorting_weight, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_sorting_weight)
            except FieldError as field__error:
                field__error.segments.append("sorting_weight")
                raise

            sorting_weight = componentsschemas_integer_condition_type_0
        elif isinstance(_sorting_weight, int) and _sorting_weight is not True and _sorting_weight is not False:
            sorting_weight = _sorting_weight
        else:
            raise FieldError("one of object (IntegerOperators), integer", _sorting_weight, "sorting_weight")

        if sorting_weight is UNSET:
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

        _trackable = d.get("trackable", UNSET)
        trackable: bool | BooleanOperators | Unset
        if _trackable is UNSET:
            trackable = _trackable
        elif isinstance(_trackable, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_trackable)
            except FieldError as field__error:
                field__error.segments.append("trackable")
                raise

            trackable = componentsschemas_boolean_condition_type_0
        elif isinstance(_trackable, bool):
            trackable = _trackable
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _trackable, "trackable")

        if trackable is UNSET:
            n__absent += 1

        _tracking_type = d.get("tracking_type", UNSET)
        tracking_type: str | StringEqualOperators | Unset
        if _tracking_type is UNSET:
            tracking_type = _tracking_type
        elif isinstance(_tracking_type, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_tracking_type)
            except FieldError as field__error:
                field__error.segments.append("tracking_type")
                raise

            tracking_type = componentsschemas_string_equal_condition_type_0
        elif isinstance(_tracking_type, str):
            tracking_type = _tracking_type
        else:
            raise FieldError("one of object (StringEqualOperators), string", _tracking_type, "tracking_type")

        if tracking_type is UNSET:
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

        _variation = d.get("variation", UNSET)
        variation: bool | BooleanOperators | Unset
        if _variation is UNSET:
            variation = _variation
        elif isinstance(_variation, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_variation)
            except FieldError as field__error:
                field__error.segments.append("variation")
                raise

            variation = componentsschemas_boolean_condition_type_0
        elif isinstance(_variation, bool):
            variation = _variation
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _variation, "variation")

        if variation is UNSET:
            n__absent += 1

        if cls is _plain__class:
            item_filter = _new__object(cls)
            item_filter.archived = archived
            item_filter.archived_at = archived_at
            item_filter.base_price_in_cents = base_price_in_cents
            item_filter.buffer_time_after = buffer_time_after
            item_filter.buffer_time_before = buffer_time_before
            item_filter.collection_id = collection_id
            item_filter.conditions = conditions
            item_filter.created_at = created_at
            item_filter.default_purchase_cost_in_cents = default_purchase_cost_in_cents
            item_filter.deposit_in_cents = deposit_in_cents
            item_filter.description = description
            item_filter.discountable = discountable
            item_filter.excerpt = excerpt
            item_filter.extra_information = extra_information
            item_filter.group_name = group_name
            item_filter.has_variations = has_variations
            item_filter.id = id
            item_filter.name = name
            item_filter.photo_id = photo_id
            item_filter.price_period = price_period
            item_filter.price_ruleset_id = price_ruleset_id
            item_filter.price_structure_id = price_structure_id
            item_filter.price_type = price_type
            item_filter.product_group_id = product_group_id
            item_filter.product_type = product_type
            item_filter.q = q
            item_filter.seo_description = seo_description
            item_filter.seo_title = seo_title
            item_filter.show_in_store = show_in_store
            item_filter.sku = sku
            item_filter.slug = slug
            item_filter.sorting_weight = sorting_weight
            item_filter.tag_list = tag_list
            item_filter.tax_category_id = tax_category_id
            item_filter.taxable = taxable
            item_filter.trackable = trackable
            item_filter.tracking_type = tracking_type
            item_filter.type_ = type_
            item_filter.updated_at = updated_at
            item_filter.variation = variation
        else:
            item_filter = cls(
                archived,
                archived_at,
                base_price_in_cents,
                buffer_time_after,
                buffer_time_before,
                collection_id,
                conditions,
                created_at,
                default_purchase_cost_in_cents,
                deposit_in_cents,
                description,
                discountable,
                excerpt,
                extra_information,
                group_name,
                has_variations,
                id,
                name,
                photo_id,
                price_period,
                price_ruleset_id,
                price_structure_id,
                price_type,
                product_group_id,
                product_type,
                q,
                seo_description,
                seo_title,
                show_in_store,
                sku,
                slug,
                sorting_weight,
                tag_list,
                tax_category_id,
                taxable,
                trackable,
                tracking_type,
                type_,
                updated_at,
                variation,
            )
        if len(d) + n__absent != 40:
            for prop_name in d:
                if prop_name not in {
                    "archived",
                    "archived_at",
                    "base_price_in_cents",
                    "buffer_time_after",
                    "buffer_time_before",
                    "collection_id",
                    "conditions",
                    "created_at",
                    "default_purchase_cost_in_cents",
                    "deposit_in_cents",
                    "description",
                    "discountable",
                    "excerpt",
                    "extra_information",
                    "group_name",
                    "has_variations",
                    "id",
                    "name",
                    "photo_id",
                    "price_period",
                    "price_ruleset_id",
                    "price_structure_id",
                    "price_type",
                    "product_group_id",
                    "product_type",
                    "q",
                    "seo_description",
                    "seo_title",
                    "show_in_store",
                    "sku",
                    "slug",
                    "sorting_weight",
                    "tag_list",
                    "tax_category_id",
                    "taxable",
                    "trackable",
                    "tracking_type",
                    "type",
                    "updated_at",
                    "variation",
                }:
                    raise FieldError("no such property (ItemFilter allows no others)", None, prop_name, found="one")
        return item_filter

    __repr__ = _model__repr


_plain__class: type[ItemFilter] | None = (
    ItemFilter
    if {field.name for field in _attrs_fields(ItemFilter)}
    == {
        "archived",
        "archived_at",
        "base_price_in_cents",
        "buffer_time_after",
        "buffer_time_before",
        "collection_id",
        "conditions",
        "created_at",
        "default_purchase_cost_in_cents",
        "deposit_in_cents",
        "description",
        "discountable",
        "excerpt",
        "extra_information",
        "group_name",
        "has_variations",
        "id",
        "name",
        "photo_id",
        "price_period",
        "price_ruleset_id",
        "price_structure_id",
        "price_type",
        "product_group_id",
        "product_type",
        "q",
        "seo_description",
        "seo_title",
        "show_in_store",
        "sku",
        "slug",
        "sorting_weight",
        "tag_list",
        "tax_category_id",
        "taxable",
        "trackable",
        "tracking_type",
        "type_",
        "updated_at",
        "variation",
    }
    and not hasattr(ItemFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
