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


T = TypeVar("T", bound="SignatureRelationships")


@_attrs_define
class SignatureRelationships:
    """Relationships of a signature: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            document (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    document: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document is not UNSET:
            field_dict["document"] = document

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (SignatureRelationships)", src_dict)
        d = dict(src_dict)
        _document = d.pop("document", UNSET)
        document: Relationship | Unset = UNSET
        if _document is not UNSET:
            try:
                document = Relationship.from_dict(_document)
            except FieldError as field__error:
                field__error.segments.append("document")
                raise

        signature_relationships = cls(
            document=document,
        )

        signature_relationships.additional_properties = d
        return signature_relationships

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
