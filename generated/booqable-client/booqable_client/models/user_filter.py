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
from ..models.user_status import UserStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_operators import DatetimeOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.user_status_equal_operators import UserStatusEqualOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UserStatusEqualOperators: Callable[[Mapping[str, Any]], UserStatusEqualOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DatetimeOperators, StringEqualOperators, TextOperators, UserStatusEqualOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__DatetimeOperators, _from_dict__StringEqualOperators, _from_dict__TextOperators, _from_dict__UserStatusEqualOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.user_status_equal_operators import UserStatusEqualOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UserStatusEqualOperators = UserStatusEqualOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="UserFilter")


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


def _parse__status(
    data: object,
) -> Unset | UserStatus | Literal["active", "disabled", "invited", "unconfirmed"] | UserStatusEqualOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[
        Unset | UserStatus | Literal["active", "disabled", "invited", "unconfirmed"] | UserStatusEqualOperators
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_user_status_equal_condition_type_0 = _from_dict__UserStatusEqualOperators(data)

                if choice.take(componentsschemas_user_status_equal_condition_type_0):
                    return componentsschemas_user_status_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_user_status_equal_condition_type_1 = data
                if type(_componentsschemas_user_status_equal_condition_type_1) is str:
                    componentsschemas_user_status_equal_condition_type_1 = UserStatus._by__value.get(
                        _componentsschemas_user_status_equal_condition_type_1
                    ) or UserStatus(_componentsschemas_user_status_equal_condition_type_1)
                elif isinstance(_componentsschemas_user_status_equal_condition_type_1, str):
                    componentsschemas_user_status_equal_condition_type_1 = UserStatus(
                        _componentsschemas_user_status_equal_condition_type_1
                    )
                else:
                    raise FieldError("string (UserStatus)", _componentsschemas_user_status_equal_condition_type_1)

                if choice.take(componentsschemas_user_status_equal_condition_type_1):
                    return componentsschemas_user_status_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UserStatusEqualOperators), string (UserStatus)", data)


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
class UserFilter:
    """Filters for users: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            customer_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            email (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            first_name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            last_name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            status (Unset | UserStatus | Literal["active", "disabled", "invited", "unconfirmed"] |
                UserStatusEqualOperators): A filter on an `UserStatus` attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    customer_id: Unset | UUID | UuidOperators = UNSET
    email: str | TextOperators | Unset = UNSET
    first_name: str | TextOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    last_name: str | TextOperators | Unset = UNSET
    name: str | TextOperators | Unset = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    status: Unset | UserStatus | Literal["active", "disabled", "invited", "unconfirmed"] | UserStatusEqualOperators = (
        UNSET
    )
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

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
        customer_id: dict[str, Any] | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UuidOperators):
            customer_id = self.customer_id.to_dict()
        else:
            customer_id = str(self.customer_id)

        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        email: dict[str, Any] | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        elif isinstance(self.email, TextOperators):
            email = self.email.to_dict()
        else:
            email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        first_name: dict[str, Any] | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        elif isinstance(self.first_name, TextOperators):
            first_name = self.first_name.to_dict()
        else:
            first_name = self.first_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        last_name: dict[str, Any] | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        elif isinstance(self.last_name, TextOperators):
            last_name = self.last_name.to_dict()
        else:
            last_name = self.last_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        name: dict[str, Any] | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TextOperators):
            name = self.name.to_dict()
        else:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        q: dict[str, Any] | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        elif isinstance(self.q, StringEqualOperators):
            q = self.q.to_dict()
        else:
            q = self.q
        if q is not UNSET:
            field_dict["q"] = q
        status: dict[str, Any] | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, UserStatusEqualOperators):
            status = self.status.to_dict()
        else:
            status = UserStatus(self.status).value

        if status is not UNSET:
            field_dict["status"] = status
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
                raise FieldError("object (UserFilter)", d)
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
            customer_id = _parse__customer_id(d.get("customer_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("customer_id")
            raise

        if customer_id is UNSET:
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

        _first_name = d.get("first_name", UNSET)
        first_name: str | TextOperators | Unset
        if _first_name is UNSET:
            first_name = _first_name
        elif isinstance(_first_name, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_first_name)
            except FieldError as field__error:
                field__error.segments.append("first_name")
                raise

            first_name = componentsschemas_text_condition_type_0
        elif isinstance(_first_name, str):
            first_name = _first_name
        else:
            raise FieldError("one of object (TextOperators), string", _first_name, "first_name")

        if first_name is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        _last_name = d.get("last_name", UNSET)
        last_name: str | TextOperators | Unset
        if _last_name is UNSET:
            last_name = _last_name
        elif isinstance(_last_name, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_last_name)
            except FieldError as field__error:
                field__error.segments.append("last_name")
                raise

            last_name = componentsschemas_text_condition_type_0
        elif isinstance(_last_name, str):
            last_name = _last_name
        else:
            raise FieldError("one of object (TextOperators), string", _last_name, "last_name")

        if last_name is UNSET:
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

        try:
            status = _parse__status(d.get("status", UNSET))
        except FieldError as field__error:
            field__error.segments.append("status")
            raise

        if status is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            user_filter = _new__object(cls)
            user_filter.created_at = created_at
            user_filter.customer_id = customer_id
            user_filter.email = email
            user_filter.first_name = first_name
            user_filter.id = id
            user_filter.last_name = last_name
            user_filter.name = name
            user_filter.q = q
            user_filter.status = status
            user_filter.updated_at = updated_at
        else:
            user_filter = cls(
                created_at,
                customer_id,
                email,
                first_name,
                id,
                last_name,
                name,
                q,
                status,
                updated_at,
            )
        if len(d) + n__absent != 10:
            for prop_name in d:
                if prop_name not in {
                    "created_at",
                    "customer_id",
                    "email",
                    "first_name",
                    "id",
                    "last_name",
                    "name",
                    "q",
                    "status",
                    "updated_at",
                }:
                    raise FieldError("no such property (UserFilter allows no others)", None, prop_name, found="one")
        return user_filter

    __repr__ = _model__repr


_plain__class: type[UserFilter] | None = (
    UserFilter
    if {field.name for field in _attrs_fields(UserFilter)}
    == {"created_at", "customer_id", "email", "first_name", "id", "last_name", "name", "q", "status", "updated_at"}
    and not hasattr(UserFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
