from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection import Collection
    from ..models.document_meta import DocumentMeta
    from ..models.pagination_links import PaginationLinks
    from ..models.resource_object import ResourceObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, Collection, DocumentMeta, PaginationLinks, ResourceObject  # noqa: PLW0603
    from ..models.collection import Collection  # noqa: PLC0415
    from ..models.document_meta import DocumentMeta  # noqa: PLC0415
    from ..models.pagination_links import PaginationLinks  # noqa: PLC0415
    from ..models.resource_object import ResourceObject  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="CollectionListResponse")


@_attrs_define
class CollectionListResponse:
    """A response holding one page of collections.

    Attributes:
        data (list[Collection]):
        included (list[ResourceObject] | Unset): Sideloaded records asked for with `include`.
        links (PaginationLinks | Unset): Links to pages of the same list. Not every response carries them; the recorded
            responses have none, so page through with `page[number]` and `meta.stats.total.count`.
        meta (DocumentMeta | Unset): Top-level meta of a response; `stats` is present when aggregations were requested.
    """

    data: list[Collection]
    included: list[ResourceObject] | Unset = UNSET
    links: PaginationLinks | Unset = UNSET
    meta: DocumentMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item = included_item_data.to_dict()
                included.append(included_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CollectionListResponse)", src_dict)
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        if isinstance(_data, list):
            data = []
            try:
                for data_item_data in _data:
                    data_item = Collection.from_dict(data_item_data)

                    data.append(data_item)
            except FieldError as field__error:
                field__error.segments.append(len(data))
                field__error.segments.append("data")
                raise
        else:
            raise FieldError("array", _data, "data")

        _included = d.pop("included", UNSET)
        included: list[ResourceObject] | Unset = UNSET
        if isinstance(_included, list):
            included = []
            try:
                for included_item_data in _included:
                    included_item = ResourceObject.from_dict(included_item_data)

                    included.append(included_item)
            except FieldError as field__error:
                field__error.segments.append(len(included))
                field__error.segments.append("included")
                raise
        elif _included is not UNSET:
            raise FieldError("array", _included, "included")

        _links = d.pop("links", UNSET)
        links: PaginationLinks | Unset = UNSET
        if _links is not UNSET:
            try:
                links = PaginationLinks.from_dict(_links)
            except FieldError as field__error:
                field__error.segments.append("links")
                raise

        _meta = d.pop("meta", UNSET)
        meta: DocumentMeta | Unset = UNSET
        if _meta is not UNSET:
            try:
                meta = DocumentMeta.from_dict(_meta)
            except FieldError as field__error:
                field__error.segments.append("meta")
                raise

        collection_list_response = cls(
            data=data,
            included=included,
            links=links,
            meta=meta,
        )

        collection_list_response.additional_properties = d
        return collection_list_response

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

    def __attrs_post_init__(self) -> None:
        """Let the records in `data` resolve their relationships from `included` (lazily: nothing is read now)."""
        from ..lib._jsonapi import link_document  # noqa: PLC0415

        link_document(self)
