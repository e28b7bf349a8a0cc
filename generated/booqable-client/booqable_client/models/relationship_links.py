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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        related: None | str | Unset
        if isinstance(self.related, Unset):
            related = UNSET
        else:
            related = self.related
        if related is not UNSET:
            field_dict["related"] = related
        self_ = self.self_
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (RelationshipLinks)", d)
            d = dict(d)
        n__absent = 0
        related = d.get("related", UNSET)
        if not (type(related) is str or related is None):
            if related is UNSET:
                n__absent += 1
            elif not (isinstance(related, str) or related is None):
                raise FieldError("string or null", related, "related")

        self_ = d.get("self", UNSET)
        if not (type(self_) is str):
            if self_ is UNSET:
                n__absent += 1
            elif not isinstance(self_, str):
                raise FieldError("string", self_, "self")

        if cls is _plain__class:
            relationship_links = _new__object(cls)
            relationship_links.related = related
            relationship_links.self_ = self_
            relationship_links.additional_properties = {}
        else:
            relationship_links = cls(
                related,
                self_,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"related", "self"}
            }
            relationship_links.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[RelationshipLinks] | None = (
    RelationshipLinks
    if {field.name for field in _attrs_fields(RelationshipLinks)} == {"related", "self_", "additional_properties"}
    and not hasattr(RelationshipLinks, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
