from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..models.webhook_endpoint_version import WebhookEndpointVersion
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEndpointAttributes")


@_attrs_define
class WebhookEndpointAttributes:
    """Attributes of a webhook endpoint as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            events (list[str] | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            url (str | Unset):
            version (WebhookEndpointVersion | Unset): Values of `version` on webhook endpoints.
    """

    created_at: datetime.datetime | Unset = UNSET
    events: list[str] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    version: WebhookEndpointVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        url = self.url

        version: int | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if events is not UNSET:
            field_dict["events"] = events
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if url is not UNSET:
            field_dict["url"] = url
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (WebhookEndpointAttributes)", src_dict)
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        _events = d.pop("events", UNSET)
        events: list[str] | Unset = UNSET
        if isinstance(_events, list):
            for events_item in _events:
                if not isinstance(events_item, str):
                    raise FieldError("string", events_item, _position(_events, events_item), "events")
            events = _events
        elif _events is not UNSET:
            raise FieldError("array", _events, "events")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        url = d.pop("url", UNSET)
        if not isinstance(url, str) and url is not UNSET:
            raise FieldError("string", url, "url")

        _version = d.pop("version", UNSET)
        version: WebhookEndpointVersion | Unset = UNSET
        if isinstance(_version, int) and _version is not True and _version is not False:
            version = WebhookEndpointVersion(_version)
        elif _version is not UNSET:
            raise FieldError("integer (WebhookEndpointVersion)", _version, "version")

        webhook_endpoint_attributes = cls(
            created_at=created_at,
            events=events,
            updated_at=updated_at,
            url=url,
            version=version,
        )

        webhook_endpoint_attributes.additional_properties = d
        return webhook_endpoint_attributes

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
