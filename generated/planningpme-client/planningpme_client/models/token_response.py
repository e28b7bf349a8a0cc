from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """A user token and how long it lasts.

    Attributes:
        access_token (str): The token to send in the `Authorization` header, after `Bearer `.
        token_type (str): Always `bearer`. Example: bearer.
        expires_in (int | Unset): Seconds until the token expires. The vendor's pages disagree with themselves: their
            text says a token stays valid 8 hours, while their example answer says `86399` (a day). The client keeps a token
            no longer than 8 hours, nor longer than `expires_in` when the answer gives it, renews it a minute before that,
            and renews it at once when the API answers 401.
        username (str | Unset): Name of the user the token stands for.
    """

    access_token: str
    token_type: str
    expires_in: int | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
            }
        )
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (TokenResponse)", src_dict)
        d = dict(src_dict)
        access_token = d.pop("access_token", UNSET)
        if not isinstance(access_token, str):
            raise FieldError("string", access_token, "access_token")

        token_type = d.pop("token_type", UNSET)
        if not isinstance(token_type, str):
            raise FieldError("string", token_type, "token_type")

        expires_in = d.pop("expires_in", UNSET)
        if (
            not (isinstance(expires_in, int) and expires_in is not True and expires_in is not False)
            and expires_in is not UNSET
        ):
            raise FieldError("integer", expires_in, "expires_in")

        username = d.pop("username", UNSET)
        if not isinstance(username, str) and username is not UNSET:
            raise FieldError("string", username, "username")

        token_response = cls(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
            username=username,
        )

        token_response.additional_properties = d
        return token_response

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
