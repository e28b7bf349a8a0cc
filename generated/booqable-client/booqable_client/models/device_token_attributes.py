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
from ..models.device_token_environment import DeviceTokenEnvironment
from ..models.device_token_kind import DeviceTokenKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceTokenAttributes")


@_attrs_define
class DeviceTokenAttributes:
    """Attributes of a device token as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            environment (DeviceTokenEnvironment | Unset): Values of `environment` on device tokens.
            kind (DeviceTokenKind | Unset): Values of `kind` on device tokens.
            updated_at (datetime.datetime | Unset): When the record last changed.
            version (int | Unset):
            token (str | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    environment: DeviceTokenEnvironment | Unset = UNSET
    kind: DeviceTokenKind | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    version: int | Unset = UNSET
    token: str | Unset = UNSET
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
        token = self.token
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DeviceTokenAttributes)", d)
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

        token = d.get("token", UNSET)
        if not (type(token) is str):
            if token is UNSET:
                n__absent += 1
            elif not isinstance(token, str):
                raise FieldError("string", token, "token")

        if cls is _plain__class:
            device_token_attributes = _new__object(cls)
            device_token_attributes.created_at = created_at
            device_token_attributes.environment = environment
            device_token_attributes.kind = kind
            device_token_attributes.updated_at = updated_at
            device_token_attributes.version = version
            device_token_attributes.token = token
            device_token_attributes.additional_properties = {}
        else:
            device_token_attributes = cls(
                created_at,
                environment,
                kind,
                updated_at,
                version,
                token,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"created_at", "environment", "kind", "updated_at", "version", "token"}
            }
            device_token_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[DeviceTokenAttributes] | None = (
    DeviceTokenAttributes
    if {field.name for field in _attrs_fields(DeviceTokenAttributes)}
    == {"created_at", "environment", "kind", "updated_at", "version", "token", "additional_properties"}
    and not hasattr(DeviceTokenAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
