from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relationship import Relationship

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, Relationship  # noqa: PLW0603
    from ..models.relationship import Relationship  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="ProvinceRelationships")


@_attrs_define
class ProvinceRelationships:
    """Relationships of a province: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            country (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    country: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ProvinceRelationships)", src_dict)
        d = dict(src_dict)
        _country = d.pop("country", UNSET)
        country: Relationship | Unset = UNSET
        if _country is not UNSET:
            try:
                country = Relationship.from_dict(_country)
            except FieldError as field__error:
                field__error.segments.append("country")
                raise

        province_relationships = cls(
            country=country,
        )

        province_relationships.additional_properties = d
        return province_relationships

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
