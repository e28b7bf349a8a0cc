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


T = TypeVar("T", bound="ActivityLogFilter")


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


def _parse__relation_id(data: object) -> Unset | UUID | UuidOperators:
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


@_attrs_define
class ActivityLogFilter:
    """Filters for activity logs: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            action_key (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            employee_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            relation_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
    """

    action_key: str | TextOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    employee_id: Unset | UUID | UuidOperators = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    relation_id: Unset | UUID | UuidOperators = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        action_key: dict[str, Any] | str | Unset
        if isinstance(self.action_key, Unset):
            action_key = UNSET
        elif isinstance(self.action_key, TextOperators):
            action_key = self.action_key.to_dict()
        else:
            action_key = self.action_key
        if action_key is not UNSET:
            field_dict["action_key"] = action_key
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
        relation_id: dict[str, Any] | str | Unset
        if isinstance(self.relation_id, Unset):
            relation_id = UNSET
        elif isinstance(self.relation_id, UuidOperators):
            relation_id = self.relation_id.to_dict()
        else:
            relation_id = str(self.relation_id)

        if relation_id is not UNSET:
            field_dict["relation_id"] = relation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ActivityLogFilter)", d)
            d = dict(d)
        n__absent = 0
        _action_key = d.get("action_key", UNSET)
        action_key: str | TextOperators | Unset
        if _action_key is UNSET:
            action_key = _action_key
        elif isinstance(_action_key, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_action_key)
            except FieldError as field__error:
                field__error.segments.append("action_key")
                raise

            action_key = componentsschemas_text_condition_type_0
        elif isinstance(_action_key, str):
            action_key = _action_key
        else:
            raise FieldError("one of object (TextOperators), string", _action_key, "action_key")

        if action_key is UNSET:
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
            relation_id = _parse__relation_id(d.get("relation_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("relation_id")
            raise

        if relation_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            activity_log_filter = _new__object(cls)
            activity_log_filter.action_key = action_key
            activity_log_filter.created_at = created_at
            activity_log_filter.employee_id = employee_id
            activity_log_filter.id = id
            activity_log_filter.relation_id = relation_id
        else:
            activity_log_filter = cls(
                action_key,
                created_at,
                employee_id,
                id,
                relation_id,
            )
        if len(d) + n__absent != 5:
            for prop_name in d:
                if prop_name not in {"action_key", "created_at", "employee_id", "id", "relation_id"}:
                    raise FieldError(
                        "no such property (ActivityLogFilter allows no others)", None, prop_name, found="one"
                    )
        return activity_log_filter

    __repr__ = _model__repr


_plain__class: type[ActivityLogFilter] | None = (
    ActivityLogFilter
    if {field.name for field in _attrs_fields(ActivityLogFilter)}
    == {"action_key", "created_at", "employee_id", "id", "relation_id"}
    and not hasattr(ActivityLogFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
