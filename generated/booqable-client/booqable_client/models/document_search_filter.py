from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_search_group import DocumentSearchGroup

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, DocumentSearchGroup  # noqa: PLW0603
    from ..models.document_search_group import DocumentSearchGroup  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="DocumentSearchFilter")


@_attrs_define
class DocumentSearchFilter:
    """The filter of a search body.

    Attributes:
        conditions (DocumentSearchGroup | Unset): A group of conditions on documents: each entry is an attribute filter
            or a nested group, combined with `operator`.
    """

    conditions: DocumentSearchGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DocumentSearchFilter)", src_dict)
        d = dict(src_dict)
        _conditions = d.pop("conditions", UNSET)
        conditions: DocumentSearchGroup | Unset = UNSET
        if _conditions is not UNSET:
            try:
                conditions = DocumentSearchGroup.from_dict(_conditions)
            except FieldError as field__error:
                field__error.segments.append("conditions")
                raise

        document_search_filter = cls(
            conditions=conditions,
        )

        document_search_filter.additional_properties = d
        return document_search_filter

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
