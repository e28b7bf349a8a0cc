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

T = TypeVar("T", bound="OauthToken")


@_attrs_define
class OauthToken:
    """A token of an OAuth client, as listed (without its secret value).

    Attributes:
        id (str): Identifier of the token.
        user_key (int | Unset): Key of the user the token acts as.
        expiration_date (datetime.datetime | Unset):
        resume (str | Unset): Shortened form of the token, enough to recognise it.
        invalid (bool | Unset): Whether the token has been revoked or is otherwise unusable.
    """

    id: str
    user_key: int | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    resume: str | Unset = UNSET
    invalid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["id"] = self.id
        user_key = self.user_key
        if user_key is not UNSET:
            field_dict["userKey"] = user_key
        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = (
                self.expiration_date.isoformat()
                if self.expiration_date.tzinfo is not None
                else _naive__datetime("expirationDate")
            )
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        resume = self.resume
        if resume is not UNSET:
            field_dict["resume"] = resume
        invalid = self.invalid
        if invalid is not UNSET:
            field_dict["invalid"] = invalid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OauthToken)", d)
            d = dict(d)
        n__absent = 0
        id = d.get("id", UNSET)
        if not (type(id) is str) and not isinstance(id, str):
            raise FieldError("string", id, "id")

        user_key = d.get("userKey", UNSET)
        if not (type(user_key) is int):
            if user_key is UNSET:
                n__absent += 1
            elif not (isinstance(user_key, int) and user_key is not True and user_key is not False):
                raise FieldError("integer", user_key, "userKey")

        _expiration_date = d.get("expirationDate", UNSET)
        expiration_date: datetime.datetime | Unset = UNSET
        if _expiration_date is not UNSET:
            try:
                expiration_date = _datetime__parse(_expiration_date)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _expiration_date, "expirationDate") from None

        if expiration_date is UNSET:
            n__absent += 1

        resume = d.get("resume", UNSET)
        if not (type(resume) is str):
            if resume is UNSET:
                n__absent += 1
            elif not isinstance(resume, str):
                raise FieldError("string", resume, "resume")

        invalid = d.get("invalid", UNSET)
        if not (invalid is True or invalid is False):
            if invalid is UNSET:
                n__absent += 1
            elif not isinstance(invalid, bool):
                raise FieldError("boolean", invalid, "invalid")

        if cls is _plain__class:
            oauth_token = _new__object(cls)
            oauth_token.id = id
            oauth_token.user_key = user_key
            oauth_token.expiration_date = expiration_date
            oauth_token.resume = resume
            oauth_token.invalid = invalid
            oauth_token.additional_properties = {}
        else:
            oauth_token = cls(
                id,
                user_key,
                expiration_date,
                resume,
                invalid,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"id", "userKey", "expirationDate", "resume", "invalid"}
            }
            oauth_token.additional_properties = extra__props
        return oauth_token

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


_plain__class: type[OauthToken] | None = (
    OauthToken
    if {field.name for field in _attrs_fields(OauthToken)}
    == {"id", "user_key", "expiration_date", "resume", "invalid", "additional_properties"}
    and not hasattr(OauthToken, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
