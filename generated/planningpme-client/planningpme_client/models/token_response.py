from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["access_token"] = self.access_token
        field_dict["token_type"] = self.token_type
        expires_in = self.expires_in
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        username = self.username
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TokenResponse)", d)
            d = dict(d)
        n__absent = 0
        access_token = d.get("access_token", UNSET)
        if not (type(access_token) is str) and not isinstance(access_token, str):
            raise FieldError("string", access_token, "access_token")

        token_type = d.get("token_type", UNSET)
        if not (type(token_type) is str) and not isinstance(token_type, str):
            raise FieldError("string", token_type, "token_type")

        expires_in = d.get("expires_in", UNSET)
        if not (type(expires_in) is int):
            if expires_in is UNSET:
                n__absent += 1
            elif not (isinstance(expires_in, int) and expires_in is not True and expires_in is not False):
                raise FieldError("integer", expires_in, "expires_in")

        username = d.get("username", UNSET)
        if not (type(username) is str):
            if username is UNSET:
                n__absent += 1
            elif not isinstance(username, str):
                raise FieldError("string", username, "username")

        if cls is _plain__class:
            token_response = _new__object(cls)
            token_response.access_token = access_token
            token_response.token_type = token_type
            token_response.expires_in = expires_in
            token_response.username = username
            token_response.additional_properties = {}
        else:
            token_response = cls(
                access_token,
                token_type,
                expires_in,
                username,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"access_token", "token_type", "expires_in", "username"}
            }
            token_response.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[TokenResponse] | None = (
    TokenResponse
    if {field.name for field in _attrs_fields(TokenResponse)}
    == {"access_token", "token_type", "expires_in", "username", "additional_properties"}
    and not hasattr(TokenResponse, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
