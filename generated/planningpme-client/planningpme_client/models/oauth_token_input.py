from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.key_ref import KeyRef

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, KeyRef  # noqa: PLW0603
    from ..models.key_ref import KeyRef  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="OauthTokenInput")


@_attrs_define
class OauthTokenInput:
    """A new token for an OAuth client, acting as a given user.

    Attributes:
        client_id (str): Identifier of the OAuth client.
        user (KeyRef): A reference to an item by its key.
    """

    client_id: str
    user: KeyRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        client_id = self.client_id

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OauthTokenInput)", src_dict)
        d = dict(src_dict)
        client_id = d.pop("clientId", UNSET)
        if not isinstance(client_id, str):
            raise FieldError("string", client_id, "clientId")

        try:
            user = KeyRef.from_dict(d.pop("user", UNSET))
        except FieldError as field__error:
            field__error.segments.append("user")
            raise

        oauth_token_input = cls(
            client_id=client_id,
            user=user,
        )

        oauth_token_input.additional_properties = d
        return oauth_token_input

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
