from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.key_ref import KeyRef


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
        from ..models.key_ref import KeyRef  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("clientId")

        user = KeyRef.from_dict(d.pop("user"))

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
