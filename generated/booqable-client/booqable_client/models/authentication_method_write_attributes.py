from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        algorithm: str | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.value

        key = self.key

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if key is not UNSET:
            field_dict["key"] = key
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (AuthenticationMethodWriteAttributes)", src_dict)
        d = dict(src_dict)
        _algorithm = d.pop("algorithm", UNSET)
        algorithm: AuthenticationMethodAlgorithm | Unset = UNSET
        if isinstance(_algorithm, str):
            algorithm = AuthenticationMethodAlgorithm(_algorithm)
        elif _algorithm is not UNSET:
            raise FieldError("string (AuthenticationMethodAlgorithm)", _algorithm, "algorithm")

        key = d.pop("key", UNSET)
        if not isinstance(key, str) and key is not UNSET:
            raise FieldError("string", key, "key")

        _kind = d.pop("kind", UNSET)
        kind: AuthenticationMethodKind | Unset = UNSET
        if isinstance(_kind, str):
            kind = AuthenticationMethodKind(_kind)
        elif _kind is not UNSET:
            raise FieldError("string (AuthenticationMethodKind)", _kind, "kind")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        authentication_method_write_attributes = cls(
            algorithm=algorithm,
            key=key,
            kind=kind,
            name=name,
        )

        authentication_method_write_attributes.additional_properties = d
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
