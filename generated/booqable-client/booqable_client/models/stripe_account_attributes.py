from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="StripeAccountAttributes")


@_attrs_define
class StripeAccountAttributes:
    """Attributes of a stripe account as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            account_id (str | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            domain_id (None | str | Unset):
            domain_name (None | str | Unset):
            email (None | str | Unset):
            publishable_key (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    account_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    domain_id: None | str | Unset = UNSET
    domain_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    publishable_key: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        else:
            domain_id = self.domain_id

        domain_name: None | str | Unset
        if isinstance(self.domain_name, Unset):
            domain_name = UNSET
        else:
            domain_name = self.domain_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        publishable_key = self.publishable_key

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if email is not UNSET:
            field_dict["email"] = email
        if publishable_key is not UNSET:
            field_dict["publishable_key"] = publishable_key
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (StripeAccountAttributes)", src_dict)
        d = dict(src_dict)
        account_id = d.pop("account_id", UNSET)
        if not isinstance(account_id, str) and account_id is not UNSET:
            raise FieldError("string", account_id, "account_id")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        domain_id = d.pop("domain_id", UNSET)
        if not (isinstance(domain_id, str) or domain_id is None) and domain_id is not UNSET:
            raise FieldError("string or null", domain_id, "domain_id")

        domain_name = d.pop("domain_name", UNSET)
        if not (isinstance(domain_name, str) or domain_name is None) and domain_name is not UNSET:
            raise FieldError("string or null", domain_name, "domain_name")

        email = d.pop("email", UNSET)
        if not (isinstance(email, str) or email is None) and email is not UNSET:
            raise FieldError("string or null", email, "email")

        publishable_key = d.pop("publishable_key", UNSET)
        if not isinstance(publishable_key, str) and publishable_key is not UNSET:
            raise FieldError("string", publishable_key, "publishable_key")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        stripe_account_attributes = cls(
            account_id=account_id,
            created_at=created_at,
            domain_id=domain_id,
            domain_name=domain_name,
            email=email,
            publishable_key=publishable_key,
            updated_at=updated_at,
        )

        stripe_account_attributes.additional_properties = d
        return stripe_account_attributes

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
