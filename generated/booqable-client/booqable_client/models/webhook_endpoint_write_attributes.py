from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..models.webhook_endpoint_version import WebhookEndpointVersion
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEndpointWriteAttributes")


@_attrs_define
class WebhookEndpointWriteAttributes:
    """Attributes that can be sent when creating or updating a webhook endpoint.

    Attributes:
        events (list[str] | Unset):
        url (str | Unset):
        version (WebhookEndpointVersion | Unset): Values of `version` on webhook endpoints.
    """

    events: list[str] | Unset = UNSET
    url: str | Unset = UNSET
    version: WebhookEndpointVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        url = self.url

        version: int | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if url is not UNSET:
            field_dict["url"] = url
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (WebhookEndpointWriteAttributes)", src_dict)
        d = dict(src_dict)
        _events = d.pop("events", UNSET)
        events: list[str] | Unset = UNSET
        if isinstance(_events, list):
            for events_item in _events:
                if not isinstance(events_item, str):
                    raise FieldError("string", events_item, _position(_events, events_item), "events")
            events = _events
        elif _events is not UNSET:
            raise FieldError("array", _events, "events")

        url = d.pop("url", UNSET)
        if not isinstance(url, str) and url is not UNSET:
            raise FieldError("string", url, "url")

        _version = d.pop("version", UNSET)
        version: WebhookEndpointVersion | Unset = UNSET
        if isinstance(_version, int) and _version is not True and _version is not False:
            version = WebhookEndpointVersion(_version)
        elif _version is not UNSET:
            raise FieldError("integer (WebhookEndpointVersion)", _version, "version")

        webhook_endpoint_write_attributes = cls(
            events=events,
            url=url,
            version=version,
        )

        webhook_endpoint_write_attributes.additional_properties = d
        return webhook_endpoint_write_attributes

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
