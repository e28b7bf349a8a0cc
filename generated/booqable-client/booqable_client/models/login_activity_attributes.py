from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.login_activity_failure_reason import LoginActivityFailureReason
from ..models.login_activity_strategy import LoginActivityStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginActivityAttributes")


@_attrs_define
class LoginActivityAttributes:
    """Attributes of a login activity as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            city (None | str | Unset):
            country (None | str | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            failure_reason (LoginActivityFailureReason | None | Unset):
            ip (str | Unset):
            region (None | str | Unset):
            strategy (LoginActivityStrategy | Unset): Values of `strategy` on login activities.
            success (bool | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            user_agent (None | str | Unset):
    """

    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    failure_reason: LoginActivityFailureReason | None | Unset = UNSET
    ip: str | Unset = UNSET
    region: None | str | Unset = UNSET
    strategy: LoginActivityStrategy | Unset = UNSET
    success: bool | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user_agent: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        elif isinstance(self.failure_reason, LoginActivityFailureReason):
            failure_reason = self.failure_reason.value
        else:
            failure_reason = self.failure_reason

        ip = self.ip

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        success = self.success

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (LoginActivityAttributes)", src_dict)
        d = dict(src_dict)
        city = d.pop("city", UNSET)
        if not (isinstance(city, str) or city is None) and city is not UNSET:
            raise FieldError("string or null", city, "city")

        country = d.pop("country", UNSET)
        if not (isinstance(country, str) or country is None) and country is not UNSET:
            raise FieldError("string or null", country, "country")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        _failure_reason = d.pop("failure_reason", UNSET)
        failure_reason: LoginActivityFailureReason | None | Unset
        if _failure_reason is None or _failure_reason is UNSET:
            failure_reason = _failure_reason
        elif isinstance(_failure_reason, str):
            _failure_reason_type_0 = _failure_reason
            if isinstance(_failure_reason_type_0, str):
                failure_reason_type_0 = LoginActivityFailureReason(_failure_reason_type_0)
            else:
                raise FieldError("string (LoginActivityFailureReason)", _failure_reason_type_0, "failure_reason")

            failure_reason = failure_reason_type_0
        else:
            raise FieldError("string (LoginActivityFailureReason) or null", _failure_reason, "failure_reason")

        ip = d.pop("ip", UNSET)
        if not isinstance(ip, str) and ip is not UNSET:
            raise FieldError("string", ip, "ip")

        region = d.pop("region", UNSET)
        if not (isinstance(region, str) or region is None) and region is not UNSET:
            raise FieldError("string or null", region, "region")

        _strategy = d.pop("strategy", UNSET)
        strategy: LoginActivityStrategy | Unset = UNSET
        if isinstance(_strategy, str):
            strategy = LoginActivityStrategy(_strategy)
        elif _strategy is not UNSET:
            raise FieldError("string (LoginActivityStrategy)", _strategy, "strategy")

        success = d.pop("success", UNSET)
        if not isinstance(success, bool) and success is not UNSET:
            raise FieldError("boolean", success, "success")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        user_agent = d.pop("user_agent", UNSET)
        if not (isinstance(user_agent, str) or user_agent is None) and user_agent is not UNSET:
            raise FieldError("string or null", user_agent, "user_agent")

        login_activity_attributes = cls(
            city=city,
            country=country,
            created_at=created_at,
            failure_reason=failure_reason,
            ip=ip,
            region=region,
            strategy=strategy,
            success=success,
            updated_at=updated_at,
            user_agent=user_agent,
        )

        login_activity_attributes.additional_properties = d
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
