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
from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookAttributes")


@_attrs_define
class WebhookAttributes:
    """Attributes of a webhook as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            data (dict[str, Any] | Unset): A free-form JSON object.
            event (WebhookEvent | Unset): Values of `event` on webhooks.
            resource_type (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            version (int | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    data: dict[str, Any] | Unset = UNSET
    event: WebhookEvent | Unset = UNSET
    resource_type: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    version: int | Unset = UNSET
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
        data = self.data
        if data is not UNSET:
            field_dict["data"] = data
        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        if event is not UNSET:
            field_dict["event"] = event
        resource_type = self.resource_type
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        version = self.version
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (WebhookAttributes)", d)
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

        data = d.get("data", UNSET)
        if not (type(data) is dict):
            if data is UNSET:
                n__absent += 1
            elif not isinstance(data, dict):
                raise FieldError("object", data, "data")

        _event = d.get("event", UNSET)
        event: WebhookEvent | Unset = UNSET
        if type(_event) is str:
            event = WebhookEvent._by__value.get(_event) or WebhookEvent(_event)
        elif isinstance(_event, str):
            event = WebhookEvent(_event)
        elif _event is not UNSET:
            raise FieldError("string (WebhookEvent)", _event, "event")

        if event is UNSET:
            n__absent += 1

        resource_type = d.get("resource_type", UNSET)
        if not (type(resource_type) is str):
            if resource_type is UNSET:
                n__absent += 1
            elif not isinstance(resource_type, str):
                raise FieldError("string", resource_type, "resource_type")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        version = d.get("version", UNSET)
        if not (type(version) is int):
            if version is UNSET:
                n__absent += 1
            elif not (isinstance(version, int) and version is not True and version is not False):
                raise FieldError("integer", version, "version")

        if cls is _plain__class:
            webhook_attributes = _new__object(cls)
            webhook_attributes.created_at = created_at
            webhook_attributes.data = data
            webhook_attributes.event = event
            webhook_attributes.resource_type = resource_type
            webhook_attributes.updated_at = updated_at
            webhook_attributes.version = version
            webhook_attributes.additional_properties = {}
        else:
            webhook_attributes = cls(
                created_at,
                data,
                event,
                resource_type,
                updated_at,
                version,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"created_at", "data", "event", "resource_type", "updated_at", "version"}
            }
            webhook_attributes.additional_properties = extra__props
        return webhook_attributes

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


_plain__class: type[WebhookAttributes] | None = (
    WebhookAttributes
    if {field.name for field in _attrs_fields(WebhookAttributes)}
    == {"created_at", "data", "event", "resource_type", "updated_at", "version", "additional_properties"}
    and not hasattr(WebhookAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
