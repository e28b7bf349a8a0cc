from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.device_token_environment import DeviceTokenEnvironment
from ..models.device_token_kind import DeviceTokenKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceTokenAttributes")


@_attrs_define
class DeviceTokenAttributes:
    """Attributes of a device token as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            environment (DeviceTokenEnvironment | Unset): Values of `environment` on device tokens.
            kind (DeviceTokenKind | Unset): Values of `kind` on device tokens.
            token (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            version (int | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    environment: DeviceTokenEnvironment | Unset = UNSET
    kind: DeviceTokenKind | Unset = UNSET
    token: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        environment: str | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        token = self.token

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if environment is not UNSET:
            field_dict["environment"] = environment
        if kind is not UNSET:
            field_dict["kind"] = kind
        if token is not UNSET:
            field_dict["token"] = token
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DeviceTokenAttributes)", src_dict)
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        _environment = d.pop("environment", UNSET)
        environment: DeviceTokenEnvironment | Unset = UNSET
        if isinstance(_environment, str):
            environment = DeviceTokenEnvironment(_environment)
        elif _environment is not UNSET:
            raise FieldError("string (DeviceTokenEnvironment)", _environment, "environment")

        _kind = d.pop("kind", UNSET)
        kind: DeviceTokenKind | Unset = UNSET
        if isinstance(_kind, str):
            kind = DeviceTokenKind(_kind)
        elif _kind is not UNSET:
            raise FieldError("string (DeviceTokenKind)", _kind, "kind")

        token = d.pop("token", UNSET)
        if not isinstance(token, str) and token is not UNSET:
            raise FieldError("string", token, "token")

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

        device_token_attributes = cls(
            created_at=created_at,
            environment=environment,
            kind=kind,
            token=token,
            updated_at=updated_at,
            version=version,
        )

        device_token_attributes.additional_properties = d
        return device_token_attributes

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
