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
from ..models.authentication_method_kind import AuthenticationMethodKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authentication_method_kind_equal_operators import AuthenticationMethodKindEqualOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__AuthenticationMethodKindEqualOperators: Callable[
    [Mapping[str, Any]], AuthenticationMethodKindEqualOperators
]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, AuthenticationMethodKindEqualOperators, DatetimeOperators, StringEqualOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__AuthenticationMethodKindEqualOperators, _from_dict__DatetimeOperators, _from_dict__StringEqualOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.authentication_method_kind_equal_operators import AuthenticationMethodKindEqualOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__AuthenticationMethodKindEqualOperators = AuthenticationMethodKindEqualOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="AuthenticationMethodFilter")


def _parse__company_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__employee_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__kind(
    data: object,
) -> (
    AuthenticationMethodKind | Literal["oauth", "single_use", "token"] | AuthenticationMethodKindEqualOperators | Unset
):
    if isinstance(data, Unset):
        return data
    choice: Choice[
        AuthenticationMethodKind
        | Literal["oauth", "single_use", "token"]
        | AuthenticationMethodKindEqualOperators
        | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_authentication_method_kind_equal_condition_type_0 = (
                    _from_dict__AuthenticationMethodKindEqualOperators(data)
                )

                if choice.take(componentsschemas_authentication_method_kind_equal_condition_type_0):
                    return componentsschemas_authentication_method_kind_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_authentication_method_kind_equal_condition_type_1 = data
                if type(_componentsschemas_authentication_method_kind_equal_condition_type_1) is str:
                    componentsschemas_authentication_method_kind_equal_condition_type_1 = (
                        AuthenticationMethodKind._by__value.get(
                            _componentsschemas_authentication_method_kind_equal_condition_type_1
                        )
                        or AuthenticationMethodKind(
                            _componentsschemas_authentication_method_kind_equal_condition_type_1
                        )
                    )
                elif isinstance(_componentsschemas_authentication_method_kind_equal_condition_type_1, str):
                    componentsschemas_authentication_method_kind_equal_condition_type_1 = AuthenticationMethodKind(
                        _componentsschemas_authentication_method_kind_equal_condition_type_1
                    )
                else:
                    raise FieldError(
                        "string (AuthenticationMethodKind)",
                        _componentsschemas_authentication_method_kind_equal_condition_type_1,
                    )

                if choice.take(componentsschemas_authentication_method_kind_equal_condition_type_1):
                    return componentsschemas_authentication_method_kind_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result(
        "one of object (AuthenticationMethodKindEqualOperators), string (AuthenticationMethodKind)", data
    )


@_attrs_define
class AuthenticationMethodFilter:
    """Filters for authentication methods: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            algorithm (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            company_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            employee_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            kind (AuthenticationMethodKind | Literal["oauth", "single_use", "token"] |
                AuthenticationMethodKindEqualOperators | Unset): A filter on an `AuthenticationMethodKind` attribute: either an
                object of operators, or a bare value as shorthand for `eq`.
            name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
    """

    algorithm: str | StringEqualOperators | Unset = UNSET
    company_id: Unset | UUID | UuidOperators = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    employee_id: Unset | UUID | UuidOperators = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    kind: (
        AuthenticationMethodKind
        | Literal["oauth", "single_use", "token"]
        | AuthenticationMethodKindEqualOperators
        | Unset
    ) = UNSET
    name: str | TextOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        algorithm: dict[str, Any] | str | Unset
        if isinstance(self.algorithm, Unset):
            algorithm = UNSET
        elif isinstance(self.algorithm, StringEqualOperators):
            algorithm = self.algorithm.to_dict()
        else:
            algorithm = self.algorithm
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        company_id: dict[str, Any] | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        elif isinstance(self.company_id, UuidOperators):
            company_id = self.company_id.to_dict()
        else:
            company_id = str(self.company_id)

        if company_id is not UNSET:
            field_dict["company_id"] = company_id
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
        employee_id: dict[str, Any] | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UuidOperators):
            employee_id = self.employee_id.to_dict()
        else:
            employee_id = str(self.employee_id)

        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        kind: dict[str, Any] | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, AuthenticationMethodKindEqualOperators):
            kind = self.kind.to_dict()
        else:
            kind = AuthenticationMethodKind(self.kind).value

        if kind is not UNSET:
            field_dict["kind"] = kind
        name: dict[str, Any] | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TextOperators):
            name = self.name.to_dict()
        else:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (AuthenticationMethodFilter)", d)
            d = dict(d)
        n__absent = 0
        _algorithm = d.get("algorithm", UNSET)
        algorithm: str | StringEqualOperators | Unset
        if _algorithm is UNSET:
            algorithm = _algorithm
        elif isinstance(_algorithm, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_algorithm)
            except FieldError as field__error:
                field__error.segments.append("algorithm")
                raise

            algorithm = componentsschemas_string_equal_condition_type_0
        elif isinstance(_algorithm, str):
            algorithm = _algorithm
        else:
            raise FieldError("one of object (StringEqualOperators), string", _algorithm, "algorithm")

        if algorithm is UNSET:
            n__absent += 1

        try:
            company_id = _parse__company_id(d.get("company_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("company_id")
            raise

        if company_id is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        try:
            employee_id = _parse__employee_id(d.get("employee_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("employee_id")
            raise

        if employee_id is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        try:
            kind = _parse__kind(d.get("kind", UNSET))
        except FieldError as field__error:
            field__error.segments.append("kind")
            raise

        if kind is UNSET:
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

        if cls is _plain__class:
            authentication_method_filter = _new__object(cls)
            authentication_method_filter.algorithm = algorithm
            authentication_method_filter.company_id = company_id
            authentication_method_filter.created_at = created_at
            authentication_method_filter.employee_id = employee_id
            authentication_method_filter.id = id
            authentication_method_filter.kind = kind
            authentication_method_filter.name = name
        else:
            authentication_method_filter = cls(
                algorithm,
                company_id,
                created_at,
                employee_id,
                id,
                kind,
                name,
            )
        if len(d) + n__absent != 7:
            for prop_name in d:
                if prop_name not in {"algorithm", "company_id", "created_at", "employee_id", "id", "kind", "name"}:
                    raise FieldError(
                        "no such property (AuthenticationMethodFilter allows no others)", None, prop_name, found="one"
                    )
        return authentication_method_filter

    __repr__ = _model__repr


_plain__class: type[AuthenticationMethodFilter] | None = (
    AuthenticationMethodFilter
    if {field.name for field in _attrs_fields(AuthenticationMethodFilter)}
    == {"algorithm", "company_id", "created_at", "employee_id", "id", "kind", "name"}
    and not hasattr(AuthenticationMethodFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
