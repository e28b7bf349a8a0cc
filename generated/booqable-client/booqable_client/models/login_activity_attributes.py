from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..models.login_activity_failure_reason import LoginActivityFailureReason
from ..models.login_activity_strategy import LoginActivityStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginActivityAttributes")


@_attrs_define
class LoginActivityAttributes:
    """Attributes of a login activity as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            city (None | str | Unset):
            country (None | str | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            failure_reason (LoginActivityFailureReason | None | Unset):
            ip (str | Unset):
            region (None | str | Unset):
            strategy (LoginActivityStrategy | Unset): Values of `strategy` on login activities.
            success (bool | Unset):
            user_agent (None | str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    failure_reason: LoginActivityFailureReason | None | Unset = UNSET
    ip: str | Unset = UNSET
    region: None | str | Unset = UNSET
    strategy: LoginActivityStrategy | Unset = UNSET
    success: bool | Unset = UNSET
    user_agent: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city
        if city is not UNSET:
            field_dict["city"] = city
        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country
        if country is not UNSET:
            field_dict["country"] = country
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        elif isinstance(self.failure_reason, LoginActivityFailureReason):
            failure_reason = self.failure_reason.value
        else:
            failure_reason = self.failure_reason
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        ip = self.ip
        if ip is not UNSET:
            field_dict["ip"] = ip
        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region
        if region is not UNSET:
            field_dict["region"] = region
        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        success = self.success
        if success is not UNSET:
            field_dict["success"] = success
        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (LoginActivityAttributes)", d)
            d = dict(d)
        n__absent = 0
        city = d.get("city", UNSET)
        if not (type(city) is str or city is None):
            if city is UNSET:
                n__absent += 1
            elif not (isinstance(city, str) or city is None):
                raise FieldError("string or null", city, "city")

        country = d.get("country", UNSET)
        if not (type(country) is str or country is None):
            if country is UNSET:
                n__absent += 1
            elif not (isinstance(country, str) or country is None):
                raise FieldError("string or null", country, "country")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        _failure_reason = d.get("failure_reason", UNSET)
        failure_reason: LoginActivityFailureReason | None | Unset
        if _failure_reason is None or _failure_reason is UNSET:
            failure_reason = _failure_reason
        elif isinstance(_failure_reason, str):
            _failure_reason_type_0 = _failure_reason
            if type(_failure_reason_type_0) is str:
                failure_reason_type_0 = LoginActivityFailureReason._by__value.get(
                    _failure_reason_type_0
                ) or LoginActivityFailureReason(_failure_reason_type_0)
            elif isinstance(_failure_reason_type_0, str):
                failure_reason_type_0 = LoginActivityFailureReason(_failure_reason_type_0)
            else:
                raise FieldError("string (LoginActivityFailureReason)", _failure_reason_type_0, "failure_reason")

            failure_reason = failure_reason_type_0
        else:
            raise FieldError("string (LoginActivityFailureReason) or null", _failure_reason, "failure_reason")

        if failure_reason is UNSET:
            n__absent += 1

        ip = d.get("ip", UNSET)
        if not (type(ip) is str):
            if ip is UNSET:
                n__absent += 1
            elif not isinstance(ip, str):
                raise FieldError("string", ip, "ip")

        region = d.get("region", UNSET)
        if not (type(region) is str or region is None):
            if region is UNSET:
                n__absent += 1
            elif not (isinstance(region, str) or region is None):
                raise FieldError("string or null", region, "region")

        _strategy = d.get("strategy", UNSET)
        strategy: LoginActivityStrategy | Unset = UNSET
        if type(_strategy) is str:
            strategy = LoginActivityStrategy._by__value.get(_strategy) or LoginActivityStrategy(_strategy)
        elif isinstance(_strategy, str):
            strategy = LoginActivityStrategy(_strategy)
        elif _strategy is not UNSET:
            raise FieldError("string (LoginActivityStrategy)", _strategy, "strategy")

        if strategy is UNSET:
            n__absent += 1

        success = d.get("success", UNSET)
        if not (success is True or success is False):
            if success is UNSET:
                n__absent += 1
            elif not isinstance(success, bool):
                raise FieldError("boolean", success, "success")

        user_agent = d.get("user_agent", UNSET)
        if not (type(user_agent) is str or user_agent is None):
            if user_agent is UNSET:
                n__absent += 1
            elif not (isinstance(user_agent, str) or user_agent is None):
                raise FieldError("string or null", user_agent, "user_agent")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            login_activity_attributes = _new__object(cls)
            login_activity_attributes.city = city
            login_activity_attributes.country = country
            login_activity_attributes.created_at = created_at
            login_activity_attributes.failure_reason = failure_reason
            login_activity_attributes.ip = ip
            login_activity_attributes.region = region
            login_activity_attributes.strategy = strategy
            login_activity_attributes.success = success
            login_activity_attributes.user_agent = user_agent
            login_activity_attributes.updated_at = updated_at
            login_activity_attributes.additional_properties = {}
        else:
            login_activity_attributes = cls(
                city,
                country,
                created_at,
                failure_reason,
                ip,
                region,
                strategy,
                success,
                user_agent,
                updated_at,
            )
        if len(d) + n__absent != 10:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "city",
                    "country",
                    "created_at",
                    "failure_reason",
                    "ip",
                    "region",
                    "strategy",
                    "success",
                    "user_agent",
                    "updated_at",
                }
            }
            login_activity_attributes.additional_properties = extra__props
        return login_activity_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    __repr__ = _model__repr


_plain__class: type[LoginActivityAttributes] | None = (
    LoginActivityAttributes
    if {field.name for field in _attrs_fields(LoginActivityAttributes)}
    == {
        "city",
        "country",
        "created_at",
        "failure_reason",
        "ip",
        "region",
        "strategy",
        "success",
        "user_agent",
        "updated_at",
        "additional_properties",
    }
    and not hasattr(LoginActivityAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
