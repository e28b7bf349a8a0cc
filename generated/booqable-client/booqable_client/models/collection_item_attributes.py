from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionItemAttributes")


@_attrs_define
class CollectionItemAttributes:
    """Attributes of a collection item as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            collection_id (UUID | Unset): ID of the related collection. Can only be set when the record is created.
            created_at (datetime.datetime | Unset): When the record was created.
            implicit (bool | Unset):
            item_id (UUID | Unset): ID of the related item. Can only be set when the record is created.
            position (int | None | Unset): Unverified: the examples show `null`, which the field list does not allow.
            updated_at (datetime.datetime | Unset): Returned in the examples but missing from the field list; its type is
                inferred. When the record last changed.
            source_collections (list[Any] | Unset): Left out unless asked for with `extra_fields[<type>]`. Unverified: the
                element type is not documented.
    """

    collection_id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    implicit: bool | Unset = UNSET
    item_id: UUID | Unset = UNSET
    position: int | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    source_collections: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        collection_id: str | Unset = UNSET
        if not isinstance(self.collection_id, Unset):
            collection_id = str(self.collection_id)
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        implicit = self.implicit
        if implicit is not UNSET:
            field_dict["implicit"] = implicit
        item_id: str | Unset = UNSET
        if not isinstance(self.item_id, Unset):
            item_id = str(self.item_id)
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position
        if position is not UNSET:
            field_dict["position"] = position
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        source_collections: list[Any] | Unset = UNSET
        if not isinstance(self.source_collections, Unset):
            source_collections = self.source_collections

        if source_collections is not UNSET:
            field_dict["source_collections"] = source_collections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CollectionItemAttributes)", d)
            d = dict(d)
        n__absent = 0
        _collection_id = d.get("collection_id", UNSET)
        collection_id: UUID | Unset = UNSET
        if _collection_id is not UNSET:
            try:
                collection_id = parse_uuid(_collection_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _collection_id, "collection_id") from None

        if collection_id is UNSET:
            n__absent += 1

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        implicit = d.get("implicit", UNSET)
        if not (implicit is True or implicit is False):
            if implicit is UNSET:
                n__absent += 1
            elif not isinstance(implicit, bool):
                raise FieldError("boolean", implicit, "implicit")

        _item_id = d.get("item_id", UNSET)
        item_id: UUID | Unset = UNSET
        if _item_id is not UNSET:
            try:
                item_id = parse_uuid(_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _item_id, "item_id") from None

        if item_id is UNSET:
            n__absent += 1

        position = d.get("position", UNSET)
        if not (type(position) is int or position is None):
            if position is UNSET:
                n__absent += 1
            elif not (isinstance(position, int) and position is not True and position is not False or position is None):
                raise FieldError("integer or null", position, "position")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        _source_collections = d.get("source_collections", UNSET)
        source_collections: list[Any] | Unset = UNSET
        if isinstance(_source_collections, list):
            source_collections = _source_collections
        elif _source_collections is not UNSET:
            raise FieldError("array", _source_collections, "source_collections")

        if source_collections is UNSET:
            n__absent += 1

        if cls is _plain__class:
            collection_item_attributes = _new__object(cls)
            collection_item_attributes.collection_id = collection_id
            collection_item_attributes.created_at = created_at
            collection_item_attributes.implicit = implicit
            collection_item_attributes.item_id = item_id
            collection_item_attributes.position = position
            collection_item_attributes.updated_at = updated_at
            collection_item_attributes.source_collections = source_collections
            collection_item_attributes.additional_properties = {}
        else:
            collection_item_attributes = cls(
                collection_id,
                created_at,
                implicit,
                item_id,
                position,
                updated_at,
                source_collections,
            )
        if len(d) + n__absent != 7:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "collection_id",
                    "created_at",
                    "implicit",
                    "item_id",
                    "position",
                    "updated_at",
                    "source_collections",
                }
            }
            collection_item_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[CollectionItemAttributes] | None = (
    CollectionItemAttributes
    if {field.name for field in _attrs_fields(CollectionItemAttributes)}
    == {
        "collection_id",
        "created_at",
        "implicit",
        "item_id",
        "position",
        "updated_at",
        "source_collections",
        "additional_properties",
    }
    and not hasattr(CollectionItemAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
