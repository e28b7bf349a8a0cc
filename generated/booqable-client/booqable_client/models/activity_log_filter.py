from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_operators import DatetimeOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, DatetimeOperators, TextOperators, UuidOperators  # noqa: PLW0603
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="ActivityLogFilter")


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
        action_key: dict[str, Any] | str | Unset
        if isinstance(self.action_key, Unset):
            action_key = UNSET
        elif isinstance(self.action_key, TextOperators):
            action_key = self.action_key.to_dict()
        else:
            action_key = self.action_key

        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        employee_id: dict[str, Any] | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UuidOperators):
            employee_id = self.employee_id.to_dict()
        else:
            employee_id = str(self.employee_id)

        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        relation_id: dict[str, Any] | str | Unset
        if isinstance(self.relation_id, Unset):
            relation_id = UNSET
        elif isinstance(self.relation_id, UuidOperators):
            relation_id = self.relation_id.to_dict()
        else:
            relation_id = str(self.relation_id)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if action_key is not UNSET:
            field_dict["action_key"] = action_key
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if id is not UNSET:
            field_dict["id"] = id
        if relation_id is not UNSET:
            field_dict["relation_id"] = relation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ActivityLogFilter)", src_dict)
        d = dict(src_dict)

        def _parse_action_key(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            action_key = _parse_action_key(d.pop("action_key", UNSET))
        except FieldError as field__error:
            field__error.segments.append("action_key")
            raise

        def _parse_created_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_condition_type_0 = DatetimeOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_condition_type_0):
                            return componentsschemas_datetime_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_condition_type_1 = data
                        try:
                            componentsschemas_datetime_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_condition_type_1):
                            return componentsschemas_datetime_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeOperators), date-time string", data)

        try:
            created_at = _parse_created_at(d.pop("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        def _parse_employee_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            employee_id = _parse_employee_id(d.pop("employee_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("employee_id")
            raise

        def _parse_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            id = _parse_id(d.pop("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        def _parse_relation_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            relation_id = _parse_relation_id(d.pop("relation_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("relation_id")
            raise

        activity_log_filter = cls(
            action_key=action_key,
            created_at=created_at,
            employee_id=employee_id,
            id=id,
            relation_id=relation_id,
        )

        if d:
            raise FieldError("no such property (ActivityLogFilter allows no others)", None, next(iter(d)), found="one")
        return activity_log_filter
