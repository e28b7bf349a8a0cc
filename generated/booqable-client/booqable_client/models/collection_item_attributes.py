from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionItemAttributes")


@_attrs_define
class CollectionItemAttributes:
    """Attributes of a collection item as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            collection_id (UUID | Unset): ID of the related collection. Can only be set when the record is created.
            created_at (datetime.datetime | Unset): When the record was created.
            implicit (bool | Unset):
            item_id (UUID | Unset): ID of the related item. Can only be set when the record is created.
            position (int | None | Unset): Unverified: the examples show `null`, which the field list does not allow.
            source_collections (list[Any] | Unset): Left out unless asked for with `extra_fields[<type>]`. Unverified: the
                element type is not documented.
            updated_at (datetime.datetime | Unset): Returned in the examples but missing from the field list; its type is
                inferred. When the record last changed.
    """

    collection_id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    implicit: bool | Unset = UNSET
    item_id: UUID | Unset = UNSET
    position: int | None | Unset = UNSET
    source_collections: list[Any] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_id: str | Unset = UNSET
        if not isinstance(self.collection_id, Unset):
            collection_id = str(self.collection_id)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        implicit = self.implicit

        item_id: str | Unset = UNSET
        if not isinstance(self.item_id, Unset):
            item_id = str(self.item_id)

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        source_collections: list[Any] | Unset = UNSET
        if not isinstance(self.source_collections, Unset):
            source_collections = self.source_collections

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if implicit is not UNSET:
            field_dict["implicit"] = implicit
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if position is not UNSET:
            field_dict["position"] = position
        if source_collections is not UNSET:
            field_dict["source_collections"] = source_collections
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CollectionItemAttributes)", src_dict)
        d = dict(src_dict)
        _collection_id = d.pop("collection_id", UNSET)
        collection_id: UUID | Unset = UNSET
        if _collection_id is not UNSET:
            try:
                collection_id = UUID(_collection_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _collection_id, "collection_id") from None

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        implicit = d.pop("implicit", UNSET)
        if not isinstance(implicit, bool) and implicit is not UNSET:
            raise FieldError("boolean", implicit, "implicit")

        _item_id = d.pop("item_id", UNSET)
        item_id: UUID | Unset = UNSET
        if _item_id is not UNSET:
            try:
                item_id = UUID(_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _item_id, "item_id") from None

        position = d.pop("position", UNSET)
        if (
            not (isinstance(position, int) and position is not True and position is not False or position is None)
            and position is not UNSET
        ):
            raise FieldError("integer or null", position, "position")

        _source_collections = d.pop("source_collections", UNSET)
        source_collections: list[Any] | Unset = UNSET
        if isinstance(_source_collections, list):
            source_collections = _source_collections
        elif _source_collections is not UNSET:
            raise FieldError("array", _source_collections, "source_collections")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        collection_item_attributes = cls(
            collection_id=collection_id,
            created_at=created_at,
            implicit=implicit,
            item_id=item_id,
            position=position,
            source_collections=source_collections,
            updated_at=updated_at,
        )

        collection_item_attributes.additional_properties = d
        return collection_item_attributes

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
