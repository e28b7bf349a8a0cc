from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.authentication_method_algorithm import AuthenticationMethodAlgorithm
from ..models.authentication_method_kind import AuthenticationMethodKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthenticationMethodWriteAttributes")


@_attrs_define
class AuthenticationMethodWriteAttributes:
    """Attributes that can be sent when creating or updating an authentication method.

    Attributes:
        algorithm (AuthenticationMethodAlgorithm | Unset): Values of `algorithm` on authentication methods.
        key (str | Unset):
        kind (AuthenticationMethodKind | Unset): Values of `kind` on authentication methods.
        name (str | Unset):
    """

    algorithm: AuthenticationMethodAlgorithm | Unset = UNSET
    key: str | Unset = UNSET
    kind: AuthenticationMethodKind | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        algorithm: str | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.value

        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        key = self.key
        if key is not UNSET:
            field_dict["key"] = key
        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        if kind is not UNSET:
            field_dict["kind"] = kind
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (AuthenticationMethodWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        _algorithm = d.get("algorithm", UNSET)
        algorithm: AuthenticationMethodAlgorithm | Unset = UNSET
        if type(_algorithm) is str:
            algorithm = AuthenticationMethodAlgorithm._by__value.get(_algorithm) or AuthenticationMethodAlgorithm(
                _algorithm
            )
        elif isinstance(_algorithm, str):
            algorithm = AuthenticationMethodAlgorithm(_algorithm)
        elif _algorithm is not UNSET:
            raise FieldError("string (AuthenticationMethodAlgorithm)", _algorithm, "algorithm")

        if algorithm is UNSET:
            n__absent += 1

        key = d.get("key", UNSET)
        if not (type(key) is str):
            if key is UNSET:
                n__absent += 1
            elif not isinstance(key, str):
                raise FieldError("string", key, "key")

        _kind = d.get("kind", UNSET)
        kind: AuthenticationMethodKind | Unset = UNSET
        if type(_kind) is str:
            kind = AuthenticationMethodKind._by__value.get(_kind) or AuthenticationMethodKind(_kind)
        elif isinstance(_kind, str):
            kind = AuthenticationMethodKind(_kind)
        elif _kind is not UNSET:
            raise FieldError("string (AuthenticationMethodKind)", _kind, "kind")

        if kind is UNSET:
            n__absent += 1

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        if cls is _plain__class:
            authentication_method_write_attributes = _new__object(cls)
            authentication_method_write_attributes.algorithm = algorithm
            authentication_method_write_attributes.key = key
            authentication_method_write_attributes.kind = kind
            authentication_method_write_attributes.name = name
            authentication_method_write_attributes.additional_properties = {}
        else:
            authentication_method_write_attributes = cls(
                algorithm,
                key,
                kind,
                name,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"algorithm", "key", "kind", "name"}
            }
            authentication_method_write_attributes.additional_properties = extra__props
        return authentication_method_write_attributes

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


_plain__class: type[AuthenticationMethodWriteAttributes] | None = (
    AuthenticationMethodWriteAttributes
    if {field.name for field in _attrs_fields(AuthenticationMethodWriteAttributes)}
    == {"algorithm", "key", "kind", "name", "additional_properties"}
    and not hasattr(AuthenticationMethodWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
