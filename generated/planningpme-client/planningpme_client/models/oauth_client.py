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

T = TypeVar("T", bound="OauthClient")


@_attrs_define
class OauthClient:
    """An OAuth client registered for a partner application.

    Attributes:
        id (str): Identifier of the client (32 hexadecimal digits); the `client_id` of token requests.
        name (str | Unset):
    """

    id: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["id"] = self.id
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OauthClient)", d)
            d = dict(d)
        n__absent = 0
        id = d.get("id", UNSET)
        if not (type(id) is str) and not isinstance(id, str):
            raise FieldError("string", id, "id")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        if cls is _plain__class:
            oauth_client = _new__object(cls)
            oauth_client.id = id
            oauth_client.name = name
            oauth_client.additional_properties = {}
        else:
            oauth_client = cls(
                id,
                name,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"id", "name"}
            }
            oauth_client.additional_properties = extra__props
        return oauth_client

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


_plain__class: type[OauthClient] | None = (
    OauthClient
    if {field.name for field in _attrs_fields(OauthClient)} == {"id", "name", "additional_properties"}
    and not hasattr(OauthClient, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
