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

T = TypeVar("T", bound="StripeAccountAttributes")


@_attrs_define
class StripeAccountAttributes:
    """Attributes of a stripe account as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        account_id = self.account_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        else:
            domain_id = self.domain_id
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        domain_name: None | str | Unset
        if isinstance(self.domain_name, Unset):
            domain_name = UNSET
        else:
            domain_name = self.domain_name
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        publishable_key = self.publishable_key
        if publishable_key is not UNSET:
            field_dict["publishable_key"] = publishable_key
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
                raise FieldError("object (StripeAccountAttributes)", d)
            d = dict(d)
        n__absent = 0
        account_id = d.get("account_id", UNSET)
        if not (type(account_id) is str):
            if account_id is UNSET:
                n__absent += 1
            elif not isinstance(account_id, str):
                raise FieldError("string", account_id, "account_id")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        domain_id = d.get("domain_id", UNSET)
        if not (type(domain_id) is str or domain_id is None):
            if domain_id is UNSET:
                n__absent += 1
            elif not (isinstance(domain_id, str) or domain_id is None):
                raise FieldError("string or null", domain_id, "domain_id")

        domain_name = d.get("domain_name", UNSET)
        if not (type(domain_name) is str or domain_name is None):
            if domain_name is UNSET:
                n__absent += 1
            elif not (isinstance(domain_name, str) or domain_name is None):
                raise FieldError("string or null", domain_name, "domain_name")

        email = d.get("email", UNSET)
        if not (type(email) is str or email is None):
            if email is UNSET:
                n__absent += 1
            elif not (isinstance(email, str) or email is None):
                raise FieldError("string or null", email, "email")

        publishable_key = d.get("publishable_key", UNSET)
        if not (type(publishable_key) is str):
            if publishable_key is UNSET:
                n__absent += 1
            elif not isinstance(publishable_key, str):
                raise FieldError("string", publishable_key, "publishable_key")

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
            stripe_account_attributes = _new__object(cls)
            stripe_account_attributes.account_id = account_id
            stripe_account_attributes.created_at = created_at
            stripe_account_attributes.domain_id = domain_id
            stripe_account_attributes.domain_name = domain_name
            stripe_account_attributes.email = email
            stripe_account_attributes.publishable_key = publishable_key
            stripe_account_attributes.updated_at = updated_at
            stripe_account_attributes.additional_properties = {}
        else:
            stripe_account_attributes = cls(
                account_id,
                created_at,
                domain_id,
                domain_name,
                email,
                publishable_key,
                updated_at,
            )
        if len(d) + n__absent != 7:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "account_id",
                    "created_at",
                    "domain_id",
                    "domain_name",
                    "email",
                    "publishable_key",
                    "updated_at",
                }
            }
            stripe_account_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[StripeAccountAttributes] | None = (
    StripeAccountAttributes
    if {field.name for field in _attrs_fields(StripeAccountAttributes)}
    == {
        "account_id",
        "created_at",
        "domain_id",
        "domain_name",
        "email",
        "publishable_key",
        "updated_at",
        "additional_properties",
    }
    and not hasattr(StripeAccountAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
