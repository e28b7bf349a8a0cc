from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        grant_type = self.grant_type.value
        field_dict["grant_type"] = grant_type
        username = self.username
        if username is not UNSET:
            field_dict["username"] = username
        password = self.password
        if password is not UNSET:
            field_dict["password"] = password
        assertion = self.assertion
        if assertion is not UNSET:
            field_dict["assertion"] = assertion
        client_id = self.client_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TokenRequest)", d)
            d = dict(d)
        n__absent = 0
        _grant_type = d.get("grant_type", UNSET)
        if type(_grant_type) is str:
            grant_type = GrantType._by__value.get(_grant_type) or GrantType(_grant_type)
        elif isinstance(_grant_type, str):
            grant_type = GrantType(_grant_type)
        else:
            raise FieldError("string (GrantType)", _grant_type, "grant_type")

        username = d.get("username", UNSET)
        if not (type(username) is str):
            if username is UNSET:
                n__absent += 1
            elif not isinstance(username, str):
                raise FieldError("string", username, "username")

        password = d.get("password", UNSET)
        if not (type(password) is str):
            if password is UNSET:
                n__absent += 1
            elif not isinstance(password, str):
                raise FieldError("string", password, "password")

        assertion = d.get("assertion", UNSET)
        if not (type(assertion) is str):
            if assertion is UNSET:
                n__absent += 1
            elif not isinstance(assertion, str):
                raise FieldError("string", assertion, "assertion")

        client_id = d.get("client_id", UNSET)
        if not (type(client_id) is str):
            if client_id is UNSET:
                n__absent += 1
            elif not isinstance(client_id, str):
                raise FieldError("string", client_id, "client_id")

        if cls is _plain__class:
            token_request = _new__object(cls)
            token_request.grant_type = grant_type
            token_request.username = username
            token_request.password = password
            token_request.assertion = assertion
            token_request.client_id = client_id
            token_request.additional_properties = {}
        else:
            token_request = cls(
                grant_type,
                username,
                password,
                assertion,
                client_id,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"grant_type", "username", "password", "assertion", "client_id"}
            }
            token_request.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[TokenRequest] | None = (
    TokenRequest
    if {field.name for field in _attrs_fields(TokenRequest)}
    == {"grant_type", "username", "password", "assertion", "client_id", "additional_properties"}
    and not hasattr(TokenRequest, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
