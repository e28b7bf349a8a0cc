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

T = TypeVar("T", bound="TokenError")


@_attrs_define
class TokenError:
    """Error answer of `POST /token`, assumed to follow the OAuth 2.0 error format (RFC 6749, section 5.2).

    Attributes:
        error (str | Unset): Error code, such as `invalid_grant`.
        error_description (str | Unset): Human-readable explanation.
    """

    error: str | Unset = UNSET
    error_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        error = self.error
        if error is not UNSET:
            field_dict["error"] = error
        error_description = self.error_description
        if error_description is not UNSET:
            field_dict["error_description"] = error_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TokenError)", d)
            d = dict(d)
        n__absent = 0
        error = d.get("error", UNSET)
        if not (type(error) is str):
            if error is UNSET:
                n__absent += 1
            elif not isinstance(error, str):
                raise FieldError("string", error, "error")

        error_description = d.get("error_description", UNSET)
        if not (type(error_description) is str):
            if error_description is UNSET:
                n__absent += 1
            elif not isinstance(error_description, str):
                raise FieldError("string", error_description, "error_description")

        if cls is _plain__class:
            token_error = _new__object(cls)
            token_error.error = error
            token_error.error_description = error_description
            token_error.additional_properties = {}
        else:
            token_error = cls(
                error,
                error_description,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"error", "error_description"}
            }
            token_error.additional_properties = extra__props
        return token_error

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


_plain__class: type[TokenError] | None = (
    TokenError
    if {field.name for field in _attrs_fields(TokenError)} == {"error", "error_description", "additional_properties"}
    and not hasattr(TokenError, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
