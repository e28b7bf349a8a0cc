from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="OauthTokenCreated")


@_attrs_define
class OauthTokenCreated:
    """A token just created, with its full value.

    Attributes:
        id (str): Identifier of the token.
        jwt (str): The full token, to pass as `assertion` to `requestToken`. Returned only here, never again.
        user_key (int | Unset): Key of the user the token acts as.
        expiration_date (datetime.datetime | Unset):
        resume (str | Unset): Shortened form of the token, enough to recognise it.
        invalid (bool | Unset): Whether the token has been revoked or is otherwise unusable.
    """

    id: str
    jwt: str
    user_key: int | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    resume: str | Unset = UNSET
    invalid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        jwt = self.jwt

        user_key = self.user_key

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        resume = self.resume

        invalid = self.invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "jwt": jwt,
            }
        )
        if user_key is not UNSET:
            field_dict["userKey"] = user_key
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if resume is not UNSET:
            field_dict["resume"] = resume
        if invalid is not UNSET:
            field_dict["invalid"] = invalid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OauthTokenCreated)", src_dict)
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, str):
            raise FieldError("string", id, "id")

        jwt = d.pop("jwt", UNSET)
        if not isinstance(jwt, str):
            raise FieldError("string", jwt, "jwt")

        user_key = d.pop("userKey", UNSET)
        if not (isinstance(user_key, int) and user_key is not True and user_key is not False) and user_key is not UNSET:
            raise FieldError("integer", user_key, "userKey")

        _expiration_date = d.pop("expirationDate", UNSET)
        expiration_date: datetime.datetime | Unset = UNSET
        if _expiration_date is not UNSET:
            try:
                expiration_date = datetime.datetime.fromisoformat(_expiration_date)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _expiration_date, "expirationDate") from None

        resume = d.pop("resume", UNSET)
        if not isinstance(resume, str) and resume is not UNSET:
            raise FieldError("string", resume, "resume")

        invalid = d.pop("invalid", UNSET)
        if not isinstance(invalid, bool) and invalid is not UNSET:
            raise FieldError("boolean", invalid, "invalid")

        oauth_token_created = cls(
            id=id,
            jwt=jwt,
            user_key=user_key,
            expiration_date=expiration_date,
            resume=resume,
            invalid=invalid,
        )

        oauth_token_created.additional_properties = d
        return oauth_token_created

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
