from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        environment: str | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.value

        if environment is not UNSET:
            field_dict["environment"] = environment
        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        if kind is not UNSET:
            field_dict["kind"] = kind
        token = self.token
        if token is not UNSET:
            field_dict["token"] = token
        version = self.version
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DeviceTokenWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        _environment = d.get("environment", UNSET)
        environment: DeviceTokenEnvironment | Unset = UNSET
        if type(_environment) is str:
            environment = DeviceTokenEnvironment._by__value.get(_environment) or DeviceTokenEnvironment(_environment)
        elif isinstance(_environment, str):
            environment = DeviceTokenEnvironment(_environment)
        elif _environment is not UNSET:
            raise FieldError("string (DeviceTokenEnvironment)", _environment, "environment")

        if environment is UNSET:
            n__absent += 1

        _kind = d.get("kind", UNSET)
        kind: DeviceTokenKind | Unset = UNSET
        if type(_kind) is str:
            kind = DeviceTokenKind._by__value.get(_kind) or DeviceTokenKind(_kind)
        elif isinstance(_kind, str):
            kind = DeviceTokenKind(_kind)
        elif _kind is not UNSET:
            raise FieldError("string (DeviceTokenKind)", _kind, "kind")

        if kind is UNSET:
            n__absent += 1

        token = d.get("token", UNSET)
        if not (type(token) is str):
            if token is UNSET:
                n__absent += 1
            elif not isinstance(token, str):
                raise FieldError("string", token, "token")

        version = d.get("version", UNSET)
        if not (type(version) is int):
            if version is UNSET:
                n__absent += 1
            elif not (isinstance(version, int) and version is not True and version is not False):
                raise FieldError("integer", version, "version")

        if cls is _plain__class:
            device_token_write_attributes = _new__object(cls)
            device_token_write_attributes.environment = environment
            device_token_write_attributes.kind = kind
            device_token_write_attributes.token = token
            device_token_write_attributes.version = version
            device_token_write_attributes.additional_properties = {}
        else:
            device_token_write_attributes = cls(
                environment,
                kind,
                token,
                version,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"environment", "kind", "token", "version"}
            }
            device_token_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[DeviceTokenWriteAttributes] | None = (
    DeviceTokenWriteAttributes
    if {field.name for field in _attrs_fields(DeviceTokenWriteAttributes)}
    == {"environment", "kind", "token", "version", "additional_properties"}
    and not hasattr(DeviceTokenWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
