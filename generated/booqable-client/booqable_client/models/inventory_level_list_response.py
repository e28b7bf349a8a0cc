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
    from ..models.document_meta import DocumentMeta
    from ..models.inventory_level import InventoryLevel
    from ..models.pagination_links import PaginationLinks
    from ..models.resource_object import ResourceObject

_refs__resolved = False
_from_dict__DocumentMeta: Callable[[Mapping[str, Any]], DocumentMeta]
_from_dict__InventoryLevel: Callable[[Mapping[str, Any]], InventoryLevel]
_from_dict__PaginationLinks: Callable[[Mapping[str, Any]], PaginationLinks]
_from_dict__ResourceObject: Callable[[Mapping[str, Any]], ResourceObject]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DocumentMeta, InventoryLevel, PaginationLinks, ResourceObject  # noqa: PLW0603
    global _from_dict__DocumentMeta, _from_dict__InventoryLevel, _from_dict__PaginationLinks, _from_dict__ResourceObject  # noqa: PLW0603
    from ..models.document_meta import DocumentMeta  # noqa: PLC0415
    from ..models.inventory_level import InventoryLevel  # noqa: PLC0415
    from ..models.pagination_links import PaginationLinks  # noqa: PLC0415
    from ..models.resource_object import ResourceObject  # noqa: PLC0415

    _from_dict__DocumentMeta = DocumentMeta.from_dict
    _from_dict__InventoryLevel = InventoryLevel.from_dict
    _from_dict__PaginationLinks = PaginationLinks.from_dict
    _from_dict__ResourceObject = ResourceObject.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="InventoryLevelListResponse")


@_attrs_define
class InventoryLevelListResponse:
    """A response holding one page of inventory levels.

    Attributes:
        data (list[InventoryLevel]):
        included (list[ResourceObject] | Unset): Sideloaded records asked for with `include`.
        links (PaginationLinks | Unset): Links to pages of the same list. Not every response carries them; the recorded
            responses have none, so page through with `page[number]` and `meta.stats.total.count`.
        meta (DocumentMeta | Unset): Top-level meta of a response; `stats` is present when aggregations were requested.
    """

    data: list[InventoryLevel]
    included: list[ResourceObject] | Unset = UNSET
    links: PaginationLinks | Unset = UNSET
    meta: DocumentMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict["data"] = data
        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item = included_item_data.to_dict()
                included.append(included_item)

        if included is not UNSET:
            field_dict["included"] = included
        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()
        if links is not UNSET:
            field_dict["links"] = links
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()
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
                raise FieldError("object (InventoryLevelListResponse)", d)
            d = dict(d)
        n__absent = 0
        _data = d.get("data", UNSET)
        if isinstance(_data, list):
            data = []
            try:
                for data_item_data in _data:
                    data_item = _from_dict__InventoryLevel(data_item_data)

                    data.append(data_item)
            except FieldError as field__error:
                field__error.segments.append(len(data))
                field__error.segments.append("data")
                raise
        else:
            raise FieldError("array", _data, "data")

        _included = d.get("included", UNSET)
        included: list[ResourceObject] | Unset = UNSET
        if isinstance(_included, list):
            included = []
            try:
                for included_item_data in _included:
                    included_item = _from_dict__ResourceObject(included_item_data)

                    included.append(included_item)
            except FieldError as field__error:
                field__error.segments.append(len(included))
                field__error.segments.append("included")
                raise
        elif _included is not UNSET:
            raise FieldError("array", _included, "included")

        if included is UNSET:
            n__absent += 1

        _links = d.get("links", UNSET)
        links: PaginationLinks | Unset = UNSET
        if _links is not UNSET:
            try:
                links = _from_dict__PaginationLinks(_links)
            except FieldError as field__error:
                field__error.segments.append("links")
                raise

        if links is UNSET:
            n__absent += 1

        _meta = d.get("meta", UNSET)
        meta: DocumentMeta | Unset = UNSET
        if _meta is not UNSET:
            try:
                meta = _from_dict__DocumentMeta(_meta)
            except FieldError as field__error:
                field__error.segments.append("meta")
                raise

        if meta is UNSET:
            n__absent += 1

        if cls is _plain__class:
            inventory_level_list_response = _new__object(cls)
            inventory_level_list_response.data = data
            inventory_level_list_response.included = included
            inventory_level_list_response.links = links
            inventory_level_list_response.meta = meta
            inventory_level_list_response.additional_properties = {}
        else:
            inventory_level_list_response = cls(
                data,
                included,
                links,
                meta,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"data", "included", "links", "meta"}
            }
            inventory_level_list_response.additional_properties = extra__props
        return inventory_level_list_response

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

    def __attrs_post_init__(self) -> None:
        """Let the records in `data` resolve their relationships from `included` (lazily: nothing is read now)."""
        from ..lib._jsonapi import link_document  # noqa: PLC0415

        link_document(self)


_plain__class: type[InventoryLevelListResponse] | None = (
    InventoryLevelListResponse
    if {field.name for field in _attrs_fields(InventoryLevelListResponse)}
    == {"data", "included", "links", "meta", "additional_properties"}
    and not hasattr(InventoryLevelListResponse, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
