from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionTreeAttributes")


@_attrs_define
class CollectionTreeAttributes:
    """Attributes of a collection tree as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            collections (list[dict[str, Any]] | Unset):
    """

    collections: list[dict[str, Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        collections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collections, Unset):
            collections = self.collections

        if collections is not UNSET:
            field_dict["collections"] = collections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CollectionTreeAttributes)", d)
            d = dict(d)
        n__absent = 0
        _collections = d.get("collections", UNSET)
        collections: list[dict[str, Any]] | Unset = UNSET
        if isinstance(_collections, list):
            for collections_item in _collections:
                if not (type(collections_item) is dict) and not isinstance(collections_item, dict):
                    raise FieldError(
                        "object", collections_item, _position(_collections, collections_item), "collections"
                    )
            collections = _collections
        elif _collections is not UNSET:
            raise FieldError("array", _collections, "collections")

        if collections is UNSET:
            n__absent += 1

        if cls is _plain__class:
            collection_tree_attributes = _new__object(cls)
            collection_tree_attributes.collections = collections
            collection_tree_attributes.additional_properties = {}
        else:
            collection_tree_attributes = cls(
                collections,
            )
        if len(d) + n__absent != 1:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"collections"}
            }
            collection_tree_attributes.additional_properties = extra__props
        return collection_tree_attributes

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


_plain__class: type[CollectionTreeAttributes] | None = (
    CollectionTreeAttributes
    if {field.name for field in _attrs_fields(CollectionTreeAttributes)} == {"collections", "additional_properties"}
    and not hasattr(CollectionTreeAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
