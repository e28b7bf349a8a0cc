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
    from ..models.datetime_equal_operators import DatetimeEqualOperators
    from ..models.integer_equal_operators import IntegerEqualOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.uuid_equal_operators import UuidEqualOperators

_refs__resolved = False
_from_dict__DatetimeEqualOperators: Callable[[Mapping[str, Any]], DatetimeEqualOperators]
_from_dict__IntegerEqualOperators: Callable[[Mapping[str, Any]], IntegerEqualOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__UuidEqualOperators: Callable[[Mapping[str, Any]], UuidEqualOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DatetimeEqualOperators, IntegerEqualOperators, StringEqualOperators, UuidEqualOperators  # noqa: PLW0603
    global _from_dict__DatetimeEqualOperators, _from_dict__IntegerEqualOperators, _from_dict__StringEqualOperators, _from_dict__UuidEqualOperators  # noqa: PLW0603
    from ..models.datetime_equal_operators import DatetimeEqualOperators  # noqa: PLC0415
    from ..models.integer_equal_operators import IntegerEqualOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415

    _from_dict__DatetimeEqualOperators = DatetimeEqualOperators.from_dict
    _from_dict__IntegerEqualOperators = IntegerEqualOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__UuidEqualOperators = UuidEqualOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="LineChargeSuggestionFilter")


def _parse__line_id(data: object) -> UUID | UuidEqualOperators:
    choice: Choice[UUID | UuidEqualOperators] = Choice()
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


def _parse__created_at(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeEqualOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_equal_condition_type_0 = _from_dict__DatetimeEqualOperators(data)

                if choice.take(componentsschemas_datetime_equal_condition_type_0):
                    return componentsschemas_datetime_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_equal_condition_type_1 = data
                try:
                    componentsschemas_datetime_equal_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_equal_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable(
                        "date-time", _componentsschemas_datetime_equal_condition_type_1
                    ) from None

                if choice.take(componentsschemas_datetime_equal_condition_type_1):
                    return componentsschemas_datetime_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeEqualOperators), date-time string", data)


@_attrs_define
class LineChargeSuggestionFilter:
    """Filters for line charge suggestions: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`. `line_id` must be given.

        Attributes:
            line_id (UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            charge_label (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            charge_length (int | IntegerEqualOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            price_each_in_cents (int | IntegerEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    line_id: UUID | UuidEqualOperators
    charge_label: str | StringEqualOperators | Unset = UNSET
    charge_length: int | IntegerEqualOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeEqualOperators | Unset = UNSET
    price_each_in_cents: int | IntegerEqualOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        line_id: dict[str, Any] | str
        if isinstance(self.line_id, UuidEqualOperators):
            line_id = self.line_id.to_dict()
        else:
            line_id = str(self.line_id)

        field_dict["line_id"] = line_id
        charge_label: dict[str, Any] | str | Unset
        if isinstance(self.charge_label, Unset):
            charge_label = UNSET
        elif isinstance(self.charge_label, StringEqualOperators):
            charge_label = self.charge_label.to_dict()
        else:
            charge_label = self.charge_label
        if charge_label is not UNSET:
            field_dict["charge_label"] = charge_label
        charge_length: dict[str, Any] | int | Unset
        if isinstance(self.charge_length, Unset):
            charge_length = UNSET
        elif isinstance(self.charge_length, IntegerEqualOperators):
            charge_length = self.charge_length.to_dict()
        else:
            charge_length = self.charge_length
        if charge_length is not UNSET:
            field_dict["charge_length"] = charge_length
        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeEqualOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeEqualCondition_type_1")
            )

        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        price_each_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.price_each_in_cents, Unset):
            price_each_in_cents = UNSET
        elif isinstance(self.price_each_in_cents, IntegerEqualOperators):
            price_each_in_cents = self.price_each_in_cents.to_dict()
        else:
            price_each_in_cents = self.price_each_in_cents
        if price_each_in_cents is not UNSET:
            field_dict["price_each_in_cents"] = price_each_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (LineChargeSuggestionFilter)", d)
            d = dict(d)
        n__absent = 0
        try:
            line_id = _parse__line_id(d.get("line_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("line_id")
            raise

        _charge_label = d.get("charge_label", UNSET)
        charge_label: str | StringEqualOperators | Unset
        if _charge_label is UNSET:
            charge_label = _charge_label
        elif isinstance(_charge_label, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_charge_label)
            except FieldError as field__error:
                field__error.segments.append("charge_label")
                raise

            charge_label = componentsschemas_string_equal_condition_type_0
        elif isinstance(_charge_label, str):
            charge_label = _charge_label
        else:
            raise FieldError("one of object (StringEqualOperators), string", _charge_label, "charge_label")

        if charge_label is UNSET:
            n__absent += 1

        _charge_length = d.get("charge_length", UNSET)
        charge_length: int | IntegerEqualOperators | Unset
        if _charge_length is UNSET:
            charge_length = _charge_length
        elif isinstance(_charge_length, dict):
            try:
                componentsschemas_integer_equal_condition_type_0 = _from_dict__IntegerEqualOperators(_charge_length)
            except FieldError as field__error:
                field__error.segments.append("charge_length")
                raise

            charge_length = componentsschemas_integer_equal_condition_type_0
        elif isinstance(_charge_length, int) and _charge_length is not True and _charge_length is not False:
            charge_length = _charge_length
        else:
            raise FieldError("one of object (IntegerEqualOperators), integer", _charge_length, "charge_length")

        if charge_length is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        _price_each_in_cents = d.get("price_each_in_cents", UNSET)
        price_each_in_cents: int | IntegerEqualOperators | Unset
        if _price_each_in_cents is UNSET:
            price_each_in_cents = _price_each_in_cents
        elif isinstance(_price_each_in_cents, dict):
            try:
                componentsschemas_integer_equal_condition_type_0 = _from_dict__IntegerEqualOperators(
                    _price_each_in_cents
                )
            except FieldError as field__error:
                field__error.segments.append("price_each_in_cents")
                raise

            price_each_in_cents = componentsschemas_integer_equal_condition_type_0
        elif (
            isinstance(_price_each_in_cents, int)
            and _price_each_in_cents is not True
            and _price_each_in_cents is not False
        ):
            price_each_in_cents = _price_each_in_cents
        else:
            raise FieldError(
                "one of object (IntegerEqualOperators), integer", _price_each_in_cents, "price_each_in_cents"
            )

        if price_each_in_cents is UNSET:
            n__absent += 1

        if cls is _plain__class:
            line_charge_suggestion_filter = _new__object(cls)
            line_charge_suggestion_filter.line_id = line_id
            line_charge_suggestion_filter.charge_label = charge_label
            line_charge_suggestion_filter.charge_length = charge_length
            line_charge_suggestion_filter.created_at = created_at
            line_charge_suggestion_filter.price_each_in_cents = price_each_in_cents
        else:
            line_charge_suggestion_filter = cls(
                line_id,
                charge_label,
                charge_length,
                created_at,
                price_each_in_cents,
            )
        if len(d) + n__absent != 5:
            for prop_name in d:
                if prop_name not in {"line_id", "charge_label", "charge_length", "created_at", "price_each_in_cents"}:
                    raise FieldError(
                        "no such property (LineChargeSuggestionFilter allows no others)", None, prop_name, found="one"
                    )
        return line_charge_suggestion_filter

    __repr__ = _model__repr


_plain__class: type[LineChargeSuggestionFilter] | None = (
    LineChargeSuggestionFilter
    if {field.name for field in _attrs_fields(LineChargeSuggestionFilter)}
    == {"line_id", "charge_label", "charge_length", "created_at", "price_each_in_cents"}
    and not hasattr(LineChargeSuggestionFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
