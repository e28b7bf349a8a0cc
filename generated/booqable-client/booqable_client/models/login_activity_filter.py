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
from ..models.login_activity_strategy import LoginActivityStrategy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.login_activity_strategy_equal_operators import LoginActivityStrategyEqualOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__LoginActivityStrategyEqualOperators: Callable[[Mapping[str, Any]], LoginActivityStrategyEqualOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, LoginActivityStrategyEqualOperators, StringEqualOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__LoginActivityStrategyEqualOperators, _from_dict__StringEqualOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.login_activity_strategy_equal_operators import LoginActivityStrategyEqualOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__LoginActivityStrategyEqualOperators = LoginActivityStrategyEqualOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="LoginActivityFilter")


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


def _parse__strategy(
    data: object,
) -> (
    LoginActivityStrategy
    | Literal["database_authenticatable", "oauth", "rememberable", "saml", "single_use", "support", "token"]
    | LoginActivityStrategyEqualOperators
    | Unset
):
    if isinstance(data, Unset):
        return data
    choice: Choice[
        LoginActivityStrategy
        | Literal["database_authenticatable", "oauth", "rememberable", "saml", "single_use", "support", "token"]
        | LoginActivityStrategyEqualOperators
        | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_login_activity_strategy_equal_condition_type_0 = (
                    _from_dict__LoginActivityStrategyEqualOperators(data)
                )

                if choice.take(componentsschemas_login_activity_strategy_equal_condition_type_0):
                    return componentsschemas_login_activity_strategy_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_login_activity_strategy_equal_condition_type_1 = data
                if type(_componentsschemas_login_activity_strategy_equal_condition_type_1) is str:
                    componentsschemas_login_activity_strategy_equal_condition_type_1 = (
                        LoginActivityStrategy._by__value.get(
                            _componentsschemas_login_activity_strategy_equal_condition_type_1
                        )
                        or LoginActivityStrategy(_componentsschemas_login_activity_strategy_equal_condition_type_1)
                    )
                elif isinstance(_componentsschemas_login_activity_strategy_equal_condition_type_1, str):
                    componentsschemas_login_activity_strategy_equal_condition_type_1 = LoginActivityStrategy(
                        _componentsschemas_login_activity_strategy_equal_condition_type_1
                    )
                else:
                    raise FieldError(
                        "string (LoginActivityStrategy)",
                        _componentsschemas_login_activity_strategy_equal_condition_type_1,
                    )

                if choice.take(componentsschemas_login_activity_strategy_equal_condition_type_1):
                    return componentsschemas_login_activity_strategy_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (LoginActivityStrategyEqualOperators), string (LoginActivityStrategy)", data)


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
            strategy (LoginActivityStrategy | Literal["database_authenticatable", "oauth", "rememberable", "saml",
                "single_use", "support", "token"] | LoginActivityStrategyEqualOperators | Unset): A filter on a
                `LoginActivityStrategy` attribute: either an object of operators, or a bare value as shorthand for `eq`.
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
    strategy: (
        LoginActivityStrategy
        | Literal["database_authenticatable", "oauth", "rememberable", "saml", "single_use", "support", "token"]
        | LoginActivityStrategyEqualOperators
        | Unset
    ) = UNSET
    success: bool | BooleanOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    user_agent: str | TextOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        city: dict[str, Any] | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        elif isinstance(self.city, TextOperators):
            city = self.city.to_dict()
        else:
            city = self.city
        if city is not UNSET:
            field_dict["city"] = city
        country: dict[str, Any] | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, TextOperators):
            country = self.country.to_dict()
        else:
            country = self.country
        if country is not UNSET:
            field_dict["country"] = country
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
        failure_reason: dict[str, Any] | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        elif isinstance(self.failure_reason, StringEqualOperators):
            failure_reason = self.failure_reason.to_dict()
        else:
            failure_reason = self.failure_reason
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        ip: dict[str, Any] | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        elif isinstance(self.ip, TextOperators):
            ip = self.ip.to_dict()
        else:
            ip = self.ip
        if ip is not UNSET:
            field_dict["ip"] = ip
        region: dict[str, Any] | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, TextOperators):
            region = self.region.to_dict()
        else:
            region = self.region
        if region is not UNSET:
            field_dict["region"] = region
        strategy: dict[str, Any] | str | Unset
        if isinstance(self.strategy, Unset):
            strategy = UNSET
        elif isinstance(self.strategy, LoginActivityStrategyEqualOperators):
            strategy = self.strategy.to_dict()
        else:
            strategy = LoginActivityStrategy(self.strategy).value

        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        success: bool | dict[str, Any] | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        elif isinstance(self.success, BooleanOperators):
            success = self.success.to_dict()
        else:
            success = self.success
        if success is not UNSET:
            field_dict["success"] = success
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
        user_agent: dict[str, Any] | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        elif isinstance(self.user_agent, TextOperators):
            user_agent = self.user_agent.to_dict()
        else:
            user_agent = self.user_agent
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (LoginActivityFilter)", d)
            d = dict(d)
        n__absent = 0
        _city = d.get("city", UNSET)
        city: str | TextOperators | Unset
        if _city is UNSET:
            city = _city
        elif isinstance(_city, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_city)
            except FieldError as field__error:
                field__error.segments.append("city")
                raise

            city = componentsschemas_text_condition_type_0
        elif isinstance(_city, str):
            city = _city
        else:
            raise FieldError("one of object (TextOperators), string", _city, "city")

        if city is UNSET:
            n__absent += 1

        _country = d.get("country", UNSET)
        country: str | TextOperators | Unset
        if _country is UNSET:
            country = _country
        elif isinstance(_country, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_country)
            except FieldError as field__error:
                field__error.segments.append("country")
                raise

            country = componentsschemas_text_condition_type_0
        elif isinstance(_country, str):
            country = _country
        else:
            raise FieldError("one of object (TextOperators), string", _country, "country")

        if country is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        _failure_reason = d.get("failure_reason", UNSET)
        failure_reason: str | StringEqualOperators | Unset
        if _failure_reason is UNSET:
            failure_reason = _failure_reason
        elif isinstance(_failure_reason, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_failure_reason)
            except FieldError as field__error:
                field__error.segments.append("failure_reason")
                raise

            failure_reason = componentsschemas_string_equal_condition_type_0
        elif isinstance(_failure_reason, str):
            failure_reason = _failure_reason
        else:
            raise FieldError("one of object (StringEqualOperators), string", _failure_reason, "failure_reason")

        if failure_reason is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        _ip = d.get("ip", UNSET)
        ip: str | TextOperators | Unset
        if _ip is UNSET:
            ip = _ip
        elif isinstance(_ip, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_ip)
            except FieldError as field__error:
                field__error.segments.append("ip")
                raise

            ip = componentsschemas_text_condition_type_0
        elif isinstance(_ip, str):
            ip = _ip
        else:
            raise FieldError("one of object (TextOperators), string", _ip, "ip")

        if ip is UNSET:
            n__absent += 1

        _region = d.get("region", UNSET)
        region: str | TextOperators | Unset
        if _region is UNSET:
            region = _region
        elif isinstance(_region, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_region)
            except FieldError as field__error:
                field__error.segments.append("region")
                raise

            region = componentsschemas_text_condition_type_0
        elif isinstance(_region, str):
            region = _region
        else:
            raise FieldError("one of object (TextOperators), string", _region, "region")

        if region is UNSET:
            n__absent += 1

        try:
            strategy = _parse__strategy(d.get("strategy", UNSET))
        except FieldError as field__error:
            field__error.segments.append("strategy")
            raise

        if strategy is UNSET:
            n__absent += 1

        _success = d.get("success", UNSET)
        success: bool | BooleanOperators | Unset
        if _success is UNSET:
            success = _success
        elif isinstance(_success, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_success)
            except FieldError as field__error:
                field__error.segments.append("success")
                raise

            success = componentsschemas_boolean_condition_type_0
        elif isinstance(_success, bool):
            success = _success
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _success, "success")

        if success is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        _user_agent = d.get("user_agent", UNSET)
        user_agent: str | TextOperators | Unset
        if _user_agent is UNSET:
            user_agent = _user_agent
        elif isinstance(_user_agent, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_user_agent)
            except FieldError as field__error:
                field__error.segments.append("user_agent")
                raise

            user_agent = componentsschemas_text_condition_type_0
        elif isinstance(_user_agent, str):
            user_agent = _user_agent
        else:
            raise FieldError("one of object (TextOperators), string", _user_agent, "user_agent")

        if user_agent is UNSET:
            n__absent += 1

        if cls is _plain__class:
            login_activity_filter = _new__object(cls)
            login_activity_filter.city = city
            login_activity_filter.country = country
            login_activity_filter.created_at = created_at
            login_activity_filter.failure_reason = failure_reason
            login_activity_filter.id = id
            login_activity_filter.ip = ip
            login_activity_filter.region = region
            login_activity_filter.strategy = strategy
            login_activity_filter.success = success
            login_activity_filter.updated_at = updated_at
            login_activity_filter.user_agent = user_agent
        else:
            login_activity_filter = cls(
                city,
                country,
                created_at,
                failure_reason,
                id,
                ip,
                region,
                strategy,
                success,
                updated_at,
                user_agent,
            )
        if len(d) + n__absent != 11:
            for prop_name in d:
                if prop_name not in {
                    "city",
                    "country",
                    "created_at",
                    "failure_reason",
                    "id",
                    "ip",
                    "region",
                    "strategy",
                    "success",
                    "updated_at",
                    "user_agent",
                }:
                    raise FieldError(
                        "no such property (LoginActivityFilter allows no others)", None, prop_name, found="one"
                    )
        return login_activity_filter

    __repr__ = _model__repr


_plain__class: type[LoginActivityFilter] | None = (
    LoginActivityFilter
    if {field.name for field in _attrs_fields(LoginActivityFilter)}
    == {
        "city",
        "country",
        "created_at",
        "failure_reason",
        "id",
        "ip",
        "region",
        "strategy",
        "success",
        "updated_at",
        "user_agent",
    }
    and not hasattr(LoginActivityFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
