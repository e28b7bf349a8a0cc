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
from ..lib._fields import position as _position
from ..models.webhook_endpoint_version import WebhookEndpointVersion
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEndpointAttributes")


@_attrs_define
class WebhookEndpointAttributes:
    """Attributes of a webhook endpoint as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        if events is not UNSET:
            field_dict["events"] = events
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        url = self.url
        if url is not UNSET:
            field_dict["url"] = url
        version: int | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.value

        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (WebhookEndpointAttributes)", d)
            d = dict(d)
        n__absent = 0
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        _events = d.get("events", UNSET)
        events: list[str] | Unset = UNSET
        if isinstance(_events, list):
            for events_item in _events:
                if not (type(events_item) is str) and not isinstance(events_item, str):
                    raise FieldError("string", events_item, _position(_events, events_item), "events")
            events = _events
        elif _events is not UNSET:
            raise FieldError("array", _events, "events")

        if events is UNSET:
            n__absent += 1

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        url = d.get("url", UNSET)
        if not (type(url) is str):
            if url is UNSET:
                n__absent += 1
            elif not isinstance(url, str):
                raise FieldError("string", url, "url")

        _version = d.get("version", UNSET)
        version: WebhookEndpointVersion | Unset = UNSET
        if type(_version) is int:
            version = WebhookEndpointVersion._by__value.get(_version) or WebhookEndpointVersion(_version)
        elif isinstance(_version, int) and _version is not True and _version is not False:
            version = WebhookEndpointVersion(_version)
        elif _version is not UNSET:
            raise FieldError("integer (WebhookEndpointVersion)", _version, "version")

        if version is UNSET:
            n__absent += 1

        if cls is _plain__class:
            webhook_endpoint_attributes = _new__object(cls)
            webhook_endpoint_attributes.created_at = created_at
            webhook_endpoint_attributes.events = events
            webhook_endpoint_attributes.updated_at = updated_at
            webhook_endpoint_attributes.url = url
            webhook_endpoint_attributes.version = version
            webhook_endpoint_attributes.additional_properties = {}
        else:
            webhook_endpoint_attributes = cls(
                created_at,
                events,
                updated_at,
                url,
                version,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"created_at", "events", "updated_at", "url", "version"}
            }
            webhook_endpoint_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[WebhookEndpointAttributes] | None = (
    WebhookEndpointAttributes
    if {field.name for field in _attrs_fields(WebhookEndpointAttributes)}
    == {"created_at", "events", "updated_at", "url", "version", "additional_properties"}
    and not hasattr(WebhookEndpointAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
