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
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentProfileAttributes")


@_attrs_define
class PaymentProfileAttributes:
    """Attributes of a payment profile as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            active (bool | Unset):
            config (dict[str, Any] | Unset): A free-form JSON object.
            created_at (datetime.datetime | Unset): When the record was created.
            provider (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    active: bool | Unset = UNSET
    config: dict[str, Any] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    provider: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        active = self.active
        if active is not UNSET:
            field_dict["active"] = active
        config = self.config
        if config is not UNSET:
            field_dict["config"] = config
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        provider = self.provider
        if provider is not UNSET:
            field_dict["provider"] = provider
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PaymentProfileAttributes)", d)
            d = dict(d)
        n__absent = 0
        active = d.get("active", UNSET)
        if not (active is True or active is False):
            if active is UNSET:
                n__absent += 1
            elif not isinstance(active, bool):
                raise FieldError("boolean", active, "active")

        config = d.get("config", UNSET)
        if not (type(config) is dict):
            if config is UNSET:
                n__absent += 1
            elif not isinstance(config, dict):
                raise FieldError("object", config, "config")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        provider = d.get("provider", UNSET)
        if not (type(provider) is str):
            if provider is UNSET:
                n__absent += 1
            elif not isinstance(provider, str):
                raise FieldError("string", provider, "provider")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            payment_profile_attributes = _new__object(cls)
            payment_profile_attributes.active = active
            payment_profile_attributes.config = config
            payment_profile_attributes.created_at = created_at
            payment_profile_attributes.provider = provider
            payment_profile_attributes.updated_at = updated_at
            payment_profile_attributes.additional_properties = {}
        else:
            payment_profile_attributes = cls(
                active,
                config,
                created_at,
                provider,
                updated_at,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"active", "config", "created_at", "provider", "updated_at"}
            }
            payment_profile_attributes.additional_properties = extra__props
        return payment_profile_attributes

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


_plain__class: type[PaymentProfileAttributes] | None = (
    PaymentProfileAttributes
    if {field.name for field in _attrs_fields(PaymentProfileAttributes)}
    == {"active", "config", "created_at", "provider", "updated_at", "additional_properties"}
    and not hasattr(PaymentProfileAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
