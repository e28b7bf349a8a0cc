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
from ..models.tax_region_strategy import TaxRegionStrategy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.tax_region_strategy_equal_operators import TaxRegionStrategyEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__TaxRegionStrategyEqualOperators: Callable[[Mapping[str, Any]], TaxRegionStrategyEqualOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, TaxRegionStrategyEqualOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__TaxRegionStrategyEqualOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.tax_region_strategy_equal_operators import TaxRegionStrategyEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__TaxRegionStrategyEqualOperators = TaxRegionStrategyEqualOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="TaxRegionFilter")


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


def _parse__strategy(
    data: object,
) -> TaxRegionStrategy | Literal["add_to", "compound", "replace"] | TaxRegionStrategyEqualOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[
        TaxRegionStrategy | Literal["add_to", "compound", "replace"] | TaxRegionStrategyEqualOperators | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_tax_region_strategy_equal_condition_type_0 = (
                    _from_dict__TaxRegionStrategyEqualOperators(data)
                )

                if choice.take(componentsschemas_tax_region_strategy_equal_condition_type_0):
                    return componentsschemas_tax_region_strategy_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_tax_region_strategy_equal_condition_type_1 = data
                if type(_componentsschemas_tax_region_strategy_equal_condition_type_1) is str:
                    componentsschemas_tax_region_strategy_equal_condition_type_1 = TaxRegionStrategy._by__value.get(
                        _componentsschemas_tax_region_strategy_equal_condition_type_1
                    ) or TaxRegionStrategy(_componentsschemas_tax_region_strategy_equal_condition_type_1)
                elif isinstance(_componentsschemas_tax_region_strategy_equal_condition_type_1, str):
                    componentsschemas_tax_region_strategy_equal_condition_type_1 = TaxRegionStrategy(
                        _componentsschemas_tax_region_strategy_equal_condition_type_1
                    )
                else:
                    raise FieldError(
                        "string (TaxRegionStrategy)", _componentsschemas_tax_region_strategy_equal_condition_type_1
                    )

                if choice.take(componentsschemas_tax_region_strategy_equal_condition_type_1):
                    return componentsschemas_tax_region_strategy_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (TaxRegionStrategyEqualOperators), string (TaxRegionStrategy)", data)


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
class TaxRegionFilter:
    """Filters for tax regions: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            archived (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            archived_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            default (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            strategy (TaxRegionStrategy | Literal["add_to", "compound", "replace"] | TaxRegionStrategyEqualOperators |
                Unset): A filter on a `TaxRegionStrategy` attribute: either an object of operators, or a bare value as shorthand
                for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    archived: bool | BooleanOperators | Unset = UNSET
    archived_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    default: bool | BooleanOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    name: str | TextOperators | Unset = UNSET
    strategy: TaxRegionStrategy | Literal["add_to", "compound", "replace"] | TaxRegionStrategyEqualOperators | Unset = (
        UNSET
    )
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
        default: bool | dict[str, Any] | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        elif isinstance(self.default, BooleanOperators):
            default = self.default.to_dict()
        else:
            default = self.default
        if default is not UNSET:
            field_dict["default"] = default
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
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
        strategy: dict[str, Any] | str | Unset
        if isinstance(self.strategy, Unset):
            strategy = UNSET
        elif isinstance(self.strategy, TaxRegionStrategyEqualOperators):
            strategy = self.strategy.to_dict()
        else:
            strategy = TaxRegionStrategy(self.strategy).value

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
                raise FieldError("object (TaxRegionFilter)", d)
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
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        _default = d.get("default", UNSET)
        default: bool | BooleanOperators | Unset
        if _default is UNSET:
            default = _default
        elif isinstance(_default, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_default)
            except FieldError as field__error:
                field__error.segments.append("default")
                raise

            default = componentsschemas_boolean_condition_type_0
        elif isinstance(_default, bool):
            default = _default
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _default, "default")

        if default is UNSET:
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
            tax_region_filter = _new__object(cls)
            tax_region_filter.archived = archived
            tax_region_filter.archived_at = archived_at
            tax_region_filter.created_at = created_at
            tax_region_filter.default = default
            tax_region_filter.id = id
            tax_region_filter.name = name
            tax_region_filter.strategy = strategy
            tax_region_filter.updated_at = updated_at
        else:
            tax_region_filter = cls(
                archived,
                archived_at,
                created_at,
                default,
                id,
                name,
                strategy,
                updated_at,
            )
        if len(d) + n__absent != 8:
            for prop_name in d:
                if prop_name not in {
                    "archived",
                    "archived_at",
                    "created_at",
                    "default",
                    "id",
                    "name",
                    "strategy",
                    "updated_at",
                }:
                    raise FieldError(
                        "no such property (TaxRegionFilter allows no others)", None, prop_name, found="one"
                    )
        return tax_region_filter

    __repr__ = _model__repr


_plain__class: type[TaxRegionFilter] | None = (
    TaxRegionFilter
    if {field.name for field in _attrs_fields(TaxRegionFilter)}
    == {"archived", "archived_at", "created_at", "default", "id", "name", "strategy", "updated_at"}
    and not hasattr(TaxRegionFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
