from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.device_token_environment import DeviceTokenEnvironment
from ..models.device_token_kind import DeviceTokenKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceTokenWriteAttributes")


@_attrs_define
class DeviceTokenWriteAttributes:
    """Attributes that can be sent when creating or updating a device token.

    Attributes:
        environment (DeviceTokenEnvironment | Unset): Values of `environment` on device tokens.
        kind (DeviceTokenKind | Unset): Values of `kind` on device tokens.
        token (str | Unset):
        version (int | Unset):
    """

    environment: DeviceTokenEnvironment | Unset = UNSET
    kind: DeviceTokenKind | Unset = UNSET
    token: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment: str | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        token = self.token

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment is not UNSET:
            field_dict["environment"] = environment
        if kind is not UNSET:
            field_dict["kind"] = kind
        if token is not UNSET:
            field_dict["token"] = token
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DeviceTokenWriteAttributes)", src_dict)
        d = dict(src_dict)
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

        version = d.pop("version", UNSET)
        if not (isinstance(version, int) and version is not True and version is not False) and version is not UNSET:
            raise FieldError("integer", version, "version")

        device_token_write_attributes = cls(
            environment=environment,
            kind=kind,
            token=token,
            version=version,
        )

        device_token_write_attributes.additional_properties = d
        return device_token_write_attributes

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
