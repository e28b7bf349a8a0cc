from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RelationshipLinks")


@_attrs_define
class RelationshipLinks:
    """Where the related records can be fetched.

    Attributes:
        related (None | str | Unset): Relative URL of the related record(s); null when there is none.
        self_ (str | Unset):
    """

    related: None | str | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        related: None | str | Unset
        if isinstance(self.related, Unset):
            related = UNSET
        else:
            related = self.related

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if related is not UNSET:
            field_dict["related"] = related
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (RelationshipLinks)", src_dict)
        d = dict(src_dict)
        related = d.pop("related", UNSET)
        if not (isinstance(related, str) or related is None) and related is not UNSET:
            raise FieldError("string or null", related, "related")

        self_ = d.pop("self", UNSET)
        if not isinstance(self_, str) and self_ is not UNSET:
            raise FieldError("string", self_, "self")

        relationship_links = cls(
            related=related,
            self_=self_,
        )

        relationship_links.additional_properties = d
        return relationship_links

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
