from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.relationship_links import RelationshipLinks
    from ..models.resource_identifier import ResourceIdentifier

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject, RelationshipLinks, ResourceIdentifier  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415
    from ..models.relationship_links import RelationshipLinks  # noqa: PLC0415
    from ..models.resource_identifier import ResourceIdentifier  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="Relationship")


@_attrs_define
class Relationship:
    """One relationship of a record. `data` is only present when the relationship was sideloaded with `include`: an
    identifier, a list of identifiers or null.

        Attributes:
            links (RelationshipLinks | Unset): Where the related records can be fetched.
            data (list[ResourceIdentifier] | None | ResourceIdentifier | Unset):
            meta (JsonObject | Unset): A free-form JSON object.
    """

    links: RelationshipLinks | Unset = UNSET
    data: list[ResourceIdentifier] | None | ResourceIdentifier | Unset = UNSET
    meta: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

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

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Relationship)", src_dict)
        d = dict(src_dict)
        _links = d.pop("links", UNSET)
        links: RelationshipLinks | Unset = UNSET
        if _links is not UNSET:
            try:
                links = RelationshipLinks.from_dict(_links)
            except FieldError as field__error:
                field__error.segments.append("links")
                raise

        def _parse_data(data: object) -> list[ResourceIdentifier] | None | ResourceIdentifier | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[list[ResourceIdentifier] | None | ResourceIdentifier | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        data_type_0 = ResourceIdentifier.from_dict(data)

                        if choice.take(data_type_0):
                            return data_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, list):
                    try:
                        _data_type_1 = data
                        if isinstance(_data_type_1, list):
                            data_type_1 = []
                            try:
                                for data_type_1_item_data in _data_type_1:
                                    data_type_1_item = ResourceIdentifier.from_dict(data_type_1_item_data)

                                    data_type_1.append(data_type_1_item)
                            except FieldError as field__error:
                                field__error.segments.append(len(data_type_1))
                                raise
                        else:
                            raise FieldError("array", _data_type_1)

                        if choice.take(data_type_1):
                            return data_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
                if data is None:
                    return data
            return choice.result("one of object (ResourceIdentifier), array or null", data)

        try:
            data = _parse_data(d.pop("data", UNSET))
        except FieldError as field__error:
            field__error.segments.append("data")
            raise

        _meta = d.pop("meta", UNSET)
        meta: JsonObject | Unset = UNSET
        if _meta is not UNSET:
            try:
                meta = JsonObject.from_dict(_meta)
            except FieldError as field__error:
                field__error.segments.append("meta")
                raise

        relationship = cls(
            links=links,
            data=data,
            meta=meta,
        )

        relationship.additional_properties = d
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
