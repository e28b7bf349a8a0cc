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
from ..models.tax_value_owner_type import TaxValueOwnerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_operators import DatetimeOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.number_operators import NumberOperators
    from ..models.tax_value_owner_type_operators import TaxValueOwnerTypeOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__IntegerOperators: Callable[[Mapping[str, Any]], IntegerOperators]
_from_dict__NumberOperators: Callable[[Mapping[str, Any]], NumberOperators]
_from_dict__TaxValueOwnerTypeOperators: Callable[[Mapping[str, Any]], TaxValueOwnerTypeOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DatetimeOperators, IntegerOperators, NumberOperators, TaxValueOwnerTypeOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__DatetimeOperators, _from_dict__IntegerOperators, _from_dict__NumberOperators, _from_dict__TaxValueOwnerTypeOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.number_operators import NumberOperators  # noqa: PLC0415
    from ..models.tax_value_owner_type_operators import TaxValueOwnerTypeOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__IntegerOperators = IntegerOperators.from_dict
    _from_dict__NumberOperators = NumberOperators.from_dict
    _from_dict__TaxValueOwnerTypeOperators = TaxValueOwnerTypeOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="TaxValueFilter")


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


def _parse__owner_type(
    data: object,
) -> TaxValueOwnerType | Literal["documents", "orders"] | TaxValueOwnerTypeOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[TaxValueOwnerType | Literal["documents", "orders"] | TaxValueOwnerTypeOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_tax_value_owner_type_condition_type_0 = _from_dict__TaxValueOwnerTypeOperators(data)

                if choice.take(componentsschemas_tax_value_owner_type_condition_type_0):
                    return componentsschemas_tax_value_owner_type_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_tax_value_owner_type_condition_type_1 = data
                if type(_componentsschemas_tax_value_owner_type_condition_type_1) is str:
                    componentsschemas_tax_value_owner_type_condition_type_1 = TaxValueOwnerType._by__value.get(
                        _componentsschemas_tax_value_owner_type_condition_type_1
                    ) or TaxValueOwnerType(_componentsschemas_tax_value_owner_type_condition_type_1)
                elif isinstance(_componentsschemas_tax_value_owner_type_condition_type_1, str):
                    componentsschemas_tax_value_owner_type_condition_type_1 = TaxValueOwnerType(
                        _componentsschemas_tax_value_owner_type_condition_type_1
                    )
                else:
                    raise FieldError(
                        "string (TaxValueOwnerType)", _componentsschemas_tax_value_owner_type_condition_type_1
                    )

                if choice.take(componentsschemas_tax_value_owner_type_condition_type_1):
                    return componentsschemas_tax_value_owner_type_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (TaxValueOwnerTypeOperators), string (TaxValueOwnerType)", data)


def _parse__tax_rate_id(data: object) -> Unset | UUID | UuidOperators:
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
class TaxValueFilter:
    """Filters for tax values: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            owner_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            owner_type (TaxValueOwnerType | Literal["documents", "orders"] | TaxValueOwnerTypeOperators | Unset): A filter
                on a `TaxValueOwnerType` attribute: either an object of operators, or a bare value as shorthand for `eq`.
            percentage (float | NumberOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            tax_rate_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            value_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
    """

    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    name: str | TextOperators | Unset = UNSET
    owner_id: Unset | UUID | UuidOperators = UNSET
    owner_type: TaxValueOwnerType | Literal["documents", "orders"] | TaxValueOwnerTypeOperators | Unset = UNSET
    percentage: float | NumberOperators | Unset = UNSET
    tax_rate_id: Unset | UUID | UuidOperators = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    value_in_cents: int | IntegerOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

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
        elif isinstance(self.owner_type, TaxValueOwnerTypeOperators):
            owner_type = self.owner_type.to_dict()
        else:
            owner_type = TaxValueOwnerType(self.owner_type).value

        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        percentage: dict[str, Any] | float | Unset
        if isinstance(self.percentage, Unset):
            percentage = UNSET
        elif isinstance(self.percentage, NumberOperators):
            percentage = self.percentage.to_dict()
        else:
            percentage = self.percentage
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        tax_rate_id: dict[str, Any] | str | Unset
        if isinstance(self.tax_rate_id, Unset):
            tax_rate_id = UNSET
        elif isinstance(self.tax_rate_id, UuidOperators):
            tax_rate_id = self.tax_rate_id.to_dict()
        else:
            tax_rate_id = str(self.tax_rate_id)

        if tax_rate_id is not UNSET:
            field_dict["tax_rate_id"] = tax_rate_id
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
        value_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.value_in_cents, Unset):
            value_in_cents = UNSET
        elif isinstance(self.value_in_cents, IntegerOperators):
            value_in_cents = self.value_in_cents.to_dict()
        else:
            value_in_cents = self.value_in_cents
        if value_in_cents is not UNSET:
            field_dict["value_in_cents"] = value_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TaxValueFilter)", d)
            d = dict(d)
        n__absent = 0
        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
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

        _percentage = d.get("percentage", UNSET)
        percentage: float | NumberOperators | Unset
        if _percentage is UNSET:
            percentage = _percentage
        elif isinstance(_percentage, dict):
            try:
                componentsschemas_number_condition_type_0 = _from_dict__NumberOperators(_percentage)
            except FieldError as field__error:
                field__error.segments.append("percentage")
                raise

            percentage = componentsschemas_number_condition_type_0
        elif isinstance(_percentage, float) or (
            isinstance(_percentage, int) and _percentage is not True and _percentage is not False
        ):
            percentage = _percentage
        else:
            raise FieldError("one of object (NumberOperators), number", _percentage, "percentage")

        if percentage is UNSET:
            n__absent += 1

        try:
            tax_rate_id = _parse__tax_rate_id(d.get("tax_rate_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tax_rate_id")
            raise

        if tax_rate_id is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        _value_in_cents = d.get("value_in_cents", UNSET)
        value_in_cents: int | IntegerOperators | Unset
        if _value_in_cents is UNSET:
            value_in_cents = _value_in_cents
        elif isinstance(_value_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_value_in_cents)
            except FieldError as field__error:
                field__error.segments.append("value_in_cents")
                raise

            value_in_cents = componentsschemas_integer_condition_type_0
        elif isinstance(_value_in_cents, int) and _value_in_cents is not True and _value_in_cents is not False:
            value_in_cents = _value_in_cents
        else:
            raise FieldError("one of object (IntegerOperators), integer", _value_in_cents, "value_in_cents")

        if value_in_cents is UNSET:
            n__absent += 1

        if cls is _plain__class:
            tax_value_filter = _new__object(cls)
            tax_value_filter.created_at = created_at
            tax_value_filter.id = id
            tax_value_filter.name = name
            tax_value_filter.owner_id = owner_id
            tax_value_filter.owner_type = owner_type
            tax_value_filter.percentage = percentage
            tax_value_filter.tax_rate_id = tax_rate_id
            tax_value_filter.updated_at = updated_at
            tax_value_filter.value_in_cents = value_in_cents
        else:
            tax_value_filter = cls(
                created_at,
                id,
                name,
                owner_id,
                owner_type,
                percentage,
                tax_rate_id,
                updated_at,
                value_in_cents,
            )
        if len(d) + n__absent != 9:
            for prop_name in d:
                if prop_name not in {
                    "created_at",
                    "id",
                    "name",
                    "owner_id",
                    "owner_type",
                    "percentage",
                    "tax_rate_id",
                    "updated_at",
                    "value_in_cents",
                }:
                    raise FieldError("no such property (TaxValueFilter allows no others)", None, prop_name, found="one")
        return tax_value_filter

    __repr__ = _model__repr


_plain__class: type[TaxValueFilter] | None = (
    TaxValueFilter
    if {field.name for field in _attrs_fields(TaxValueFilter)}
    == {
        "created_at",
        "id",
        "name",
        "owner_id",
        "owner_type",
        "percentage",
        "tax_rate_id",
        "updated_at",
        "value_in_cents",
    }
    and not hasattr(TaxValueFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
