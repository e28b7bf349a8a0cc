from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.grant_type import GrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """Form fields of a token request. Which fields go with which grant: `password` needs `username` and `password`; the
    JWT bearer grant needs `assertion`, plus `client_id` when the assertion belongs to an OAuth client.

        Attributes:
            grant_type (GrantType): How the caller proves who it is: `password` (user name and password) or the JWT bearer
                grant (an account or OAuth client token as `assertion`).
            username (str | Unset): User name (password grant).
            password (str | Unset): Password (password grant).
            assertion (str | Unset): Service-account token or OAuth client token (JWT bearer grant).
            client_id (str | Unset): Identifier of the OAuth client the assertion belongs to.
    """

    grant_type: GrantType
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    assertion: str | Unset = UNSET
    client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        username = self.username

        password = self.password

        assertion = self.assertion

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if assertion is not UNSET:
            field_dict["assertion"] = assertion
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (TokenRequest)", src_dict)
        d = dict(src_dict)
        _grant_type = d.pop("grant_type", UNSET)
        if isinstance(_grant_type, str):
            grant_type = GrantType(_grant_type)
        else:
            raise FieldError("string (GrantType)", _grant_type, "grant_type")

        username = d.pop("username", UNSET)
        if not isinstance(username, str) and username is not UNSET:
            raise FieldError("string", username, "username")

        password = d.pop("password", UNSET)
        if not isinstance(password, str) and password is not UNSET:
            raise FieldError("string", password, "password")

        assertion = d.pop("assertion", UNSET)
        if not isinstance(assertion, str) and assertion is not UNSET:
            raise FieldError("string", assertion, "assertion")

        client_id = d.pop("client_id", UNSET)
        if not isinstance(client_id, str) and client_id is not UNSET:
            raise FieldError("string", client_id, "client_id")

        token_request = cls(
            grant_type=grant_type,
            username=username,
            password=password,
            assertion=assertion,
            client_id=client_id,
        )

        token_request.additional_properties = d
        return token_request

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
