from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_equal_operators import DatetimeEqualOperators
    from ..models.integer_equal_operators import IntegerEqualOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.uuid_equal_operators import UuidEqualOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, DatetimeEqualOperators, IntegerEqualOperators, StringEqualOperators, UuidEqualOperators  # noqa: PLW0603
    from ..models.datetime_equal_operators import DatetimeEqualOperators  # noqa: PLC0415
    from ..models.integer_equal_operators import IntegerEqualOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="LineChargeSuggestionFilter")


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
        line_id: dict[str, Any] | str
        if isinstance(self.line_id, UuidEqualOperators):
            line_id = self.line_id.to_dict()
        else:
            line_id = str(self.line_id)

        charge_label: dict[str, Any] | str | Unset
        if isinstance(self.charge_label, Unset):
            charge_label = UNSET
        elif isinstance(self.charge_label, StringEqualOperators):
            charge_label = self.charge_label.to_dict()
        else:
            charge_label = self.charge_label

        charge_length: dict[str, Any] | int | Unset
        if isinstance(self.charge_length, Unset):
            charge_length = UNSET
        elif isinstance(self.charge_length, IntegerEqualOperators):
            charge_length = self.charge_length.to_dict()
        else:
            charge_length = self.charge_length

        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeEqualOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        price_each_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.price_each_in_cents, Unset):
            price_each_in_cents = UNSET
        elif isinstance(self.price_each_in_cents, IntegerEqualOperators):
            price_each_in_cents = self.price_each_in_cents.to_dict()
        else:
            price_each_in_cents = self.price_each_in_cents

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "line_id": line_id,
            }
        )
        if charge_label is not UNSET:
            field_dict["charge_label"] = charge_label
        if charge_length is not UNSET:
            field_dict["charge_length"] = charge_length
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if price_each_in_cents is not UNSET:
            field_dict["price_each_in_cents"] = price_each_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (LineChargeSuggestionFilter)", src_dict)
        d = dict(src_dict)

        def _parse_line_id(data: object) -> UUID | UuidEqualOperators:
            choice: Choice[UUID | UuidEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_equal_condition_type_0 = UuidEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_equal_condition_type_0):
                            return componentsschemas_uuid_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_equal_condition_type_1 = data
                        try:
                            componentsschemas_uuid_equal_condition_type_1 = UUID(
                                _componentsschemas_uuid_equal_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "UUID", _componentsschemas_uuid_equal_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_uuid_equal_condition_type_1):
                            return componentsschemas_uuid_equal_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidEqualOperators), UUID string", data)

        try:
            line_id = _parse_line_id(d.pop("line_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("line_id")
            raise

        def _parse_charge_label(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            charge_label = _parse_charge_label(d.pop("charge_label", UNSET))
        except FieldError as field__error:
            field__error.segments.append("charge_label")
            raise

        def _parse_charge_length(data: object) -> int | IntegerEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_equal_condition_type_0 = IntegerEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_equal_condition_type_0):
                            return componentsschemas_integer_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerEqualOperators), integer", data)

        try:
            charge_length = _parse_charge_length(d.pop("charge_length", UNSET))
        except FieldError as field__error:
            field__error.segments.append("charge_length")
            raise

        def _parse_created_at(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_equal_condition_type_0 = DatetimeEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_equal_condition_type_0):
                            return componentsschemas_datetime_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_equal_condition_type_1 = data
                        try:
                            componentsschemas_datetime_equal_condition_type_1 = datetime.datetime.fromisoformat(
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

        try:
            created_at = _parse_created_at(d.pop("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        def _parse_price_each_in_cents(data: object) -> int | IntegerEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_equal_condition_type_0 = IntegerEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_equal_condition_type_0):
                            return componentsschemas_integer_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerEqualOperators), integer", data)

        try:
            price_each_in_cents = _parse_price_each_in_cents(d.pop("price_each_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("price_each_in_cents")
            raise

        line_charge_suggestion_filter = cls(
            line_id=line_id,
            charge_label=charge_label,
            charge_length=charge_length,
            created_at=created_at,
            price_each_in_cents=price_each_in_cents,
        )

        if d:
            raise FieldError(
                "no such property (LineChargeSuggestionFilter allows no others)", None, next(iter(d)), found="one"
            )
        return line_charge_suggestion_filter
