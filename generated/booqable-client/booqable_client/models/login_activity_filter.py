from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, StringEqualOperators, TextOperators, UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="LoginActivityFilter")


@_attrs_define
class LoginActivityFilter:
    """Filters for login activities: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            city (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            country (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            failure_reason (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            ip (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            region (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            strategy (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            success (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            user_agent (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
    """

    city: str | TextOperators | Unset = UNSET
    country: str | TextOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    failure_reason: str | StringEqualOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    ip: str | TextOperators | Unset = UNSET
    region: str | TextOperators | Unset = UNSET
    strategy: str | StringEqualOperators | Unset = UNSET
    success: bool | BooleanOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    user_agent: str | TextOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        city: dict[str, Any] | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        elif isinstance(self.city, TextOperators):
            city = self.city.to_dict()
        else:
            city = self.city

        country: dict[str, Any] | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, TextOperators):
            country = self.country.to_dict()
        else:
            country = self.country

        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        failure_reason: dict[str, Any] | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        elif isinstance(self.failure_reason, StringEqualOperators):
            failure_reason = self.failure_reason.to_dict()
        else:
            failure_reason = self.failure_reason

        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        ip: dict[str, Any] | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        elif isinstance(self.ip, TextOperators):
            ip = self.ip.to_dict()
        else:
            ip = self.ip

        region: dict[str, Any] | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, TextOperators):
            region = self.region.to_dict()
        else:
            region = self.region

        strategy: dict[str, Any] | str | Unset
        if isinstance(self.strategy, Unset):
            strategy = UNSET
        elif isinstance(self.strategy, StringEqualOperators):
            strategy = self.strategy.to_dict()
        else:
            strategy = self.strategy

        success: bool | dict[str, Any] | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        elif isinstance(self.success, BooleanOperators):
            success = self.success.to_dict()
        else:
            success = self.success

        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        user_agent: dict[str, Any] | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        elif isinstance(self.user_agent, TextOperators):
            user_agent = self.user_agent.to_dict()
        else:
            user_agent = self.user_agent

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if id is not UNSET:
            field_dict["id"] = id
        if ip is not UNSET:
            field_dict["ip"] = ip
        if region is not UNSET:
            field_dict["region"] = region
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if success is not UNSET:
            field_dict["success"] = success
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (LoginActivityFilter)", src_dict)
        d = dict(src_dict)

        def _parse_city(data: object) -> str | TextOperators | Unset:
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
            city = _parse_city(d.pop("city", UNSET))
        except FieldError as field__error:
            field__error.segments.append("city")
            raise

        def _parse_country(data: object) -> str | TextOperators | Unset:
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
            country = _parse_country(d.pop("country", UNSET))
        except FieldError as field__error:
            field__error.segments.append("country")
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

        def _parse_failure_reason(data: object) -> str | StringEqualOperators | Unset:
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
            failure_reason = _parse_failure_reason(d.pop("failure_reason", UNSET))
        except FieldError as field__error:
            field__error.segments.append("failure_reason")
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

        def _parse_ip(data: object) -> str | TextOperators | Unset:
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
            ip = _parse_ip(d.pop("ip", UNSET))
        except FieldError as field__error:
            field__error.segments.append("ip")
            raise

        def _parse_region(data: object) -> str | TextOperators | Unset:
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
            region = _parse_region(d.pop("region", UNSET))
        except FieldError as field__error:
            field__error.segments.append("region")
            raise

        def _parse_strategy(data: object) -> str | StringEqualOperators | Unset:
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
            strategy = _parse_strategy(d.pop("strategy", UNSET))
        except FieldError as field__error:
            field__error.segments.append("strategy")
            raise

        def _parse_success(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            success = _parse_success(d.pop("success", UNSET))
        except FieldError as field__error:
            field__error.segments.append("success")
            raise

        def _parse_updated_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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
            updated_at = _parse_updated_at(d.pop("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        def _parse_user_agent(data: object) -> str | TextOperators | Unset:
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
            user_agent = _parse_user_agent(d.pop("user_agent", UNSET))
        except FieldError as field__error:
            field__error.segments.append("user_agent")
            raise

        login_activity_filter = cls(
            city=city,
            country=country,
            created_at=created_at,
            failure_reason=failure_reason,
            id=id,
            ip=ip,
            region=region,
            strategy=strategy,
            success=success,
            updated_at=updated_at,
            user_agent=user_agent,
        )

        if d:
            raise FieldError(
                "no such property (LoginActivityFilter allows no others)", None, next(iter(d)), found="one"
            )
        return login_activity_filter
