from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="WebhookAttributes")


@_attrs_define
class WebhookAttributes:
    """Attributes of a webhook as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            data (JsonObject | Unset): A free-form JSON object.
            event (WebhookEvent | Unset): Values of `event` on webhooks.
            resource_type (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            version (int | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    data: JsonObject | Unset = UNSET
    event: WebhookEvent | Unset = UNSET
    resource_type: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        resource_type = self.resource_type

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data is not UNSET:
            field_dict["data"] = data
        if event is not UNSET:
            field_dict["event"] = event
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (WebhookAttributes)", src_dict)
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        _data = d.pop("data", UNSET)
        data: JsonObject | Unset = UNSET
        if _data is not UNSET:
            try:
                data = JsonObject.from_dict(_data)
            except FieldError as field__error:
                field__error.segments.append("data")
                raise

        _event = d.pop("event", UNSET)
        event: WebhookEvent | Unset = UNSET
        if isinstance(_event, str):
            event = WebhookEvent(_event)
        elif _event is not UNSET:
            raise FieldError("string (WebhookEvent)", _event, "event")

        resource_type = d.pop("resource_type", UNSET)
        if not isinstance(resource_type, str) and resource_type is not UNSET:
            raise FieldError("string", resource_type, "resource_type")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        version = d.pop("version", UNSET)
        if not (isinstance(version, int) and version is not True and version is not False) and version is not UNSET:
            raise FieldError("integer", version, "version")

        webhook_attributes = cls(
            created_at=created_at,
            data=data,
            event=event,
            resource_type=resource_type,
            updated_at=updated_at,
            version=version,
        )

        webhook_attributes.additional_properties = d
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
