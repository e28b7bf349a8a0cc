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
    from ..models.datetime_operators import DatetimeOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DatetimeOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__DatetimeOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="StripeAccountFilter")


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
class StripeAccountFilter:
    """Filters for stripe accounts: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            account_id (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            domain_id (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            domain_name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            email (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            publishable_key (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    account_id: str | TextOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    domain_id: str | TextOperators | Unset = UNSET
    domain_name: str | TextOperators | Unset = UNSET
    email: str | TextOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    publishable_key: str | TextOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        account_id: dict[str, Any] | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        elif isinstance(self.account_id, TextOperators):
            account_id = self.account_id.to_dict()
        else:
            account_id = self.account_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
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
        domain_id: dict[str, Any] | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        elif isinstance(self.domain_id, TextOperators):
            domain_id = self.domain_id.to_dict()
        else:
            domain_id = self.domain_id
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        domain_name: dict[str, Any] | str | Unset
        if isinstance(self.domain_name, Unset):
            domain_name = UNSET
        elif isinstance(self.domain_name, TextOperators):
            domain_name = self.domain_name.to_dict()
        else:
            domain_name = self.domain_name
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
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
        publishable_key: dict[str, Any] | str | Unset
        if isinstance(self.publishable_key, Unset):
            publishable_key = UNSET
        elif isinstance(self.publishable_key, TextOperators):
            publishable_key = self.publishable_key.to_dict()
        else:
            publishable_key = self.publishable_key
        if publishable_key is not UNSET:
            field_dict["publishable_key"] = publishable_key
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
                raise FieldError("object (StripeAccountFilter)", d)
            d = dict(d)
        n__absent = 0
        _account_id = d.get("account_id", UNSET)
        account_id: str | TextOperators | Unset
        if _account_id is UNSET:
            account_id = _account_id
        elif isinstance(_account_id, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_account_id)
            except FieldError as field__error:
                field__error.segments.append("account_id")
                raise

            account_id = componentsschemas_text_condition_type_0
        elif isinstance(_account_id, str):
            account_id = _account_id
        else:
            raise FieldError("one of object (TextOperators), string", _account_id, "account_id")

        if account_id is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        _domain_id = d.get("domain_id", UNSET)
        domain_id: str | TextOperators | Unset
        if _domain_id is UNSET:
            domain_id = _domain_id
        elif isinstance(_domain_id, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_domain_id)
            except FieldError as field__error:
                field__error.segments.append("domain_id")
                raise

            domain_id = componentsschemas_text_condition_type_0
        elif isinstance(_domain_id, str):
            domain_id = _domain_id
        else:
            raise FieldError("one of object (TextOperators), string", _domain_id, "domain_id")

        if domain_id is UNSET:
            n__absent += 1

        _domain_name = d.get("domain_name", UNSET)
        domain_name: str | TextOperators | Unset
        if _domain_name is UNSET:
            domain_name = _domain_name
        elif isinstance(_domain_name, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_domain_name)
            except FieldError as field__error:
                field__error.segments.append("domain_name")
                raise

            domain_name = componentsschemas_text_condition_type_0
        elif isinstance(_domain_name, str):
            domain_name = _domain_name
        else:
            raise FieldError("one of object (TextOperators), string", _domain_name, "domain_name")

        if domain_name is UNSET:
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

        _publishable_key = d.get("publishable_key", UNSET)
        publishable_key: str | TextOperators | Unset
        if _publishable_key is UNSET:
            publishable_key = _publishable_key
        elif isinstance(_publishable_key, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_publishable_key)
            except FieldError as field__error:
                field__error.segments.append("publishable_key")
                raise

            publishable_key = componentsschemas_text_condition_type_0
        elif isinstance(_publishable_key, str):
            publishable_key = _publishable_key
        else:
            raise FieldError("one of object (TextOperators), string", _publishable_key, "publishable_key")

        if publishable_key is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            stripe_account_filter = _new__object(cls)
            stripe_account_filter.account_id = account_id
            stripe_account_filter.created_at = created_at
            stripe_account_filter.domain_id = domain_id
            stripe_account_filter.domain_name = domain_name
            stripe_account_filter.email = email
            stripe_account_filter.id = id
            stripe_account_filter.publishable_key = publishable_key
            stripe_account_filter.updated_at = updated_at
        else:
            stripe_account_filter = cls(
                account_id,
                created_at,
                domain_id,
                domain_name,
                email,
                id,
                publishable_key,
                updated_at,
            )
        if len(d) + n__absent != 8:
            for prop_name in d:
                if prop_name not in {
                    "account_id",
                    "created_at",
                    "domain_id",
                    "domain_name",
                    "email",
                    "id",
                    "publishable_key",
                    "updated_at",
                }:
                    raise FieldError(
                        "no such property (StripeAccountFilter allows no others)", None, prop_name, found="one"
                    )
        return stripe_account_filter

    __repr__ = _model__repr


_plain__class: type[StripeAccountFilter] | None = (
    StripeAccountFilter
    if {field.name for field in _attrs_fields(StripeAccountFilter)}
    == {"account_id", "created_at", "domain_id", "domain_name", "email", "id", "publishable_key", "updated_at"}
    and not hasattr(StripeAccountFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
