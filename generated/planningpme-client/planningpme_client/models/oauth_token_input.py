from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.key_ref import KeyRef

_refs__resolved = False
_from_dict__KeyRef: Callable[[Mapping[str, Any]], KeyRef]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, KeyRef  # noqa: PLW0603
    global _from_dict__KeyRef  # noqa: PLW0603
    from ..models.key_ref import KeyRef  # noqa: PLC0415

    _from_dict__KeyRef = KeyRef.from_dict
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["clientId"] = self.client_id
        user = self.user.to_dict()
        field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OauthTokenInput)", d)
            d = dict(d)
        client_id = d.get("clientId", UNSET)
        if not (type(client_id) is str) and not isinstance(client_id, str):
            raise FieldError("string", client_id, "clientId")

        try:
            user = _from_dict__KeyRef(d.get("user", UNSET))
        except FieldError as field__error:
            field__error.segments.append("user")
            raise

        if cls is _plain__class:
            oauth_token_input = _new__object(cls)
            oauth_token_input.client_id = client_id
            oauth_token_input.user = user
            oauth_token_input.additional_properties = {}
        else:
            oauth_token_input = cls(
                client_id,
                user,
            )
        if len(d) != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"clientId", "user"}
            }
            oauth_token_input.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[OauthTokenInput] | None = (
    OauthTokenInput
    if {field.name for field in _attrs_fields(OauthTokenInput)} == {"client_id", "user", "additional_properties"}
    and not hasattr(OauthTokenInput, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
