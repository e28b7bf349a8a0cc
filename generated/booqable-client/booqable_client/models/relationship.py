from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relationship_links import RelationshipLinks
    from ..models.resource_identifier import ResourceIdentifier

_refs__resolved = False
_from_dict__RelationshipLinks: Callable[[Mapping[str, Any]], RelationshipLinks]
_from_dict__ResourceIdentifier: Callable[[Mapping[str, Any]], ResourceIdentifier]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, RelationshipLinks, ResourceIdentifier  # noqa: PLW0603
    global _from_dict__RelationshipLinks, _from_dict__ResourceIdentifier  # noqa: PLW0603
    from ..models.relationship_links import RelationshipLinks  # noqa: PLC0415
    from ..models.resource_identifier import ResourceIdentifier  # noqa: PLC0415

    _from_dict__RelationshipLinks = RelationshipLinks.from_dict
    _from_dict__ResourceIdentifier = ResourceIdentifier.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Relationship")


@_attrs_define
class Relationship:
    """One relationship of a record. `data` is only present when the relationship was sideloaded with `include`: an
    identifier, a list of identifiers or null.

        Attributes:
            links (RelationshipLinks | Unset): Where the related records can be fetched.
            data (list[ResourceIdentifier] | None | ResourceIdentifier | Unset):
            meta (dict[str, Any] | Unset): A free-form JSON object.
    """

    links: RelationshipLinks | Unset = UNSET
    data: list[ResourceIdentifier] | None | ResourceIdentifier | Unset = UNSET
    meta: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()
        if links is not UNSET:
            field_dict["links"] = links
        data: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ResourceIdentifier):
            data = self.data.to_dict()
        elif isinstance(self.data, list):
            data = []
            for data_type_1_item_data in self.data:
                data_type_1_item = data_type_1_item_data.to_dict()
                data.append(data_type_1_item)

        else:
            data = self.data
        if data is not UNSET:
            field_dict["data"] = data
        meta = self.meta
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Relationship)", d)
            d = dict(d)
        n__absent = 0
        _links = d.get("links", UNSET)
        links: RelationshipLinks | Unset = UNSET
        if _links is not UNSET:
            try:
                links = _from_dict__RelationshipLinks(_links)
            except FieldError as field__error:
                field__error.segments.append("links")
                raise

        if links is UNSET:
            n__absent += 1

        _data = d.get("data", UNSET)
        data: list[ResourceIdentifier] | None | ResourceIdentifier | Unset
        if _data is None or _data is UNSET:
            data = _data
        elif isinstance(_data, dict):
            try:
                data_type_0 = _from_dict__ResourceIdentifier(_data)
            except FieldError as field__error:
                field__error.segments.append("data")
                raise

            data = data_type_0
        elif isinstance(_data, list):
            _data_type_1 = _data
            if isinstance(_data_type_1, list):
                data_type_1 = []
                try:
                    for data_type_1_item_data in _data_type_1:
                        data_type_1_item = _from_dict__ResourceIdentifier(data_type_1_item_data)

                        data_type_1.append(data_type_1_item)
                except FieldError as field__error:
                    field__error.segments.append(len(data_type_1))
                    field__error.segments.append("data")
                    raise
            else:
                raise FieldError("array", _data_type_1, "data")

            data = data_type_1
        else:
            raise FieldError("one of object (ResourceIdentifier), array or null", _data, "data")

        if data is UNSET:
            n__absent += 1

        meta = d.get("meta", UNSET)
        if not (type(meta) is dict):
            if meta is UNSET:
                n__absent += 1
            elif not isinstance(meta, dict):
                raise FieldError("object", meta, "meta")

        if cls is _plain__class:
            relationship = _new__object(cls)
            relationship.links = links
            relationship.data = data
            relationship.meta = meta
            relationship.additional_properties = {}
        else:
            relationship = cls(
                links,
                data,
                meta,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"links", "data", "meta"}
            }
            relationship.additional_properties = extra__props
        return relationship

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


_plain__class: type[Relationship] | None = (
    Relationship
    if {field.name for field in _attrs_fields(Relationship)} == {"links", "data", "meta", "additional_properties"}
    and not hasattr(Relationship, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
