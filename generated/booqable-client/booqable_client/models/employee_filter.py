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
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="EmployeeFilter")


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


def _parse__deactivated_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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
class EmployeeFilter:
    """Filters for employees: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            active (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            confirmed (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            deactivated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            email (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            locale (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            owner (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            third_party_id (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    active: bool | BooleanOperators | Unset = UNSET
    confirmed: bool | BooleanOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    deactivated_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    email: str | TextOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    locale: str | TextOperators | Unset = UNSET
    owner: bool | BooleanOperators | Unset = UNSET
    third_party_id: str | TextOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        active: bool | dict[str, Any] | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        elif isinstance(self.active, BooleanOperators):
            active = self.active.to_dict()
        else:
            active = self.active
        if active is not UNSET:
            field_dict["active"] = active
        confirmed: bool | dict[str, Any] | Unset
        if isinstance(self.confirmed, Unset):
            confirmed = UNSET
        elif isinstance(self.confirmed, BooleanOperators):
            confirmed = self.confirmed.to_dict()
        else:
            confirmed = self.confirmed
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
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
        deactivated_at: dict[str, Any] | str | Unset
        if isinstance(self.deactivated_at, Unset):
            deactivated_at = UNSET
        elif isinstance(self.deactivated_at, DatetimeOperators):
            deactivated_at = self.deactivated_at.to_dict()
        else:
            deactivated_at = (
                self.deactivated_at.isoformat().replace("+00:00", "Z")
                if self.deactivated_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if deactivated_at is not UNSET:
            field_dict["deactivated_at"] = deactivated_at
        email: dict[str, Any] | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        elif isinstance(self.email, TextOperators):
            email = self.email.to_dict()
        else:
            email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        locale: dict[str, Any] | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, TextOperators):
            locale = self.locale.to_dict()
        else:
            locale = self.locale
        if locale is not UNSET:
            field_dict["locale"] = locale
        owner: bool | dict[str, Any] | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, BooleanOperators):
            owner = self.owner.to_dict()
        else:
            owner = self.owner
        if owner is not UNSET:
            field_dict["owner"] = owner
        third_party_id: dict[str, Any] | str | Unset
        if isinstance(self.third_party_id, Unset):
            third_party_id = UNSET
        elif isinstance(self.third_party_id, TextOperators):
            third_party_id = self.third_party_id.to_dict()
        else:
            third_party_id = self.third_party_id
        if third_party_id is not UNSET:
            field_dict["third_party_id"] = third_party_id
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
                raise FieldError("object (EmployeeFilter)", d)
            d = dict(d)
        n__absent = 0
        _active = d.get("active", UNSET)
        active: bool | BooleanOperators | Unset
        if _active is UNSET:
            active = _active
        elif isinstance(_active, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_active)
            except FieldError as field__error:
                field__error.segments.append("active")
                raise

            active = componentsschemas_boolean_condition_type_0
        elif isinstance(_active, bool):
            active = _active
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _active, "active")

        if active is UNSET:
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
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        try:
            deactivated_at = _parse__deactivated_at(d.get("deactivated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("deactivated_at")
            raise

        if deactivated_at is UNSET:
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

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        _locale = d.get("locale", UNSET)
        locale: str | TextOperators | Unset
        if _locale is UNSET:
            locale = _locale
        elif isinstance(_locale, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_locale)
            except FieldError as field__error:
                field__error.segments.append("locale")
                raise

            locale = componentsschemas_text_condition_type_0
        elif isinstance(_locale, str):
            locale = _locale
        else:
            raise FieldError("one of object (TextOperators), string", _locale, "locale")

        if locale is UNSET:
            n__absent += 1

        _owner = d.get("owner", UNSET)
        owner: bool | BooleanOperators | Unset
        if _owner is UNSET:
            owner = _owner
        elif isinstance(_owner, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_owner)
            except FieldError as field__error:
                field__error.segments.append("owner")
                raise

            owner = componentsschemas_boolean_condition_type_0
        elif isinstance(_owner, bool):
            owner = _owner
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _owner, "owner")

        if owner is UNSET:
            n__absent += 1

        _third_party_id = d.get("third_party_id", UNSET)
        third_party_id: str | TextOperators | Unset
        if _third_party_id is UNSET:
            third_party_id = _third_party_id
        elif isinstance(_third_party_id, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_third_party_id)
            except FieldError as field__error:
                field__error.segments.append("third_party_id")
                raise

            third_party_id = componentsschemas_text_condition_type_0
        elif isinstance(_third_party_id, str):
            third_party_id = _third_party_id
        else:
            raise FieldError("one of object (TextOperators), string", _third_party_id, "third_party_id")

        if third_party_id is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            employee_filter = _new__object(cls)
            employee_filter.active = active
            employee_filter.confirmed = confirmed
            employee_filter.created_at = created_at
            employee_filter.deactivated_at = deactivated_at
            employee_filter.email = email
            employee_filter.id = id
            employee_filter.locale = locale
            employee_filter.owner = owner
            employee_filter.third_party_id = third_party_id
            employee_filter.updated_at = updated_at
        else:
            employee_filter = cls(
                active,
                confirmed,
                created_at,
                deactivated_at,
                email,
                id,
                locale,
                owner,
                third_party_id,
                updated_at,
            )
        if len(d) + n__absent != 10:
            for prop_name in d:
                if prop_name not in {
                    "active",
                    "confirmed",
                    "created_at",
                    "deactivated_at",
                    "email",
                    "id",
                    "locale",
                    "owner",
                    "third_party_id",
                    "updated_at",
                }:
                    raise FieldError("no such property (EmployeeFilter allows no others)", None, prop_name, found="one")
        return employee_filter

    __repr__ = _model__repr


_plain__class: type[EmployeeFilter] | None = (
    EmployeeFilter
    if {field.name for field in _attrs_fields(EmployeeFilter)}
    == {
        "active",
        "confirmed",
        "created_at",
        "deactivated_at",
        "email",
        "id",
        "locale",
        "owner",
        "third_party_id",
        "updated_at",
    }
    and not hasattr(EmployeeFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
