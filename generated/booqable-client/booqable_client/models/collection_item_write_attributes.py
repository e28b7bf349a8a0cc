from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionItemWriteAttributes")


@_attrs_define
class CollectionItemWriteAttributes:
    """Attributes that can be sent when creating or updating a collection item.

    Attributes:
        collection_id (UUID | Unset): ID of the related collection. Can only be set when the record is created.
        item_id (UUID | Unset): ID of the related item. Can only be set when the record is created.
    """

    collection_id: UUID | Unset = UNSET
    item_id: UUID | Unset = UNSET
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
        item_id: str | Unset = UNSET
        if not isinstance(self.item_id, Unset):
            item_id = str(self.item_id)
        if item_id is not UNSET:
            field_dict["item_id"] = item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CollectionItemWriteAttributes)", d)
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

        _item_id = d.get("item_id", UNSET)
        item_id: UUID | Unset = UNSET
        if _item_id is not UNSET:
            try:
                item_id = parse_uuid(_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _item_id, "item_id") from None

        if item_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            collection_item_write_attributes = _new__object(cls)
            collection_item_write_attributes.collection_id = collection_id
            collection_item_write_attributes.item_id = item_id
            collection_item_write_attributes.additional_properties = {}
        else:
            collection_item_write_attributes = cls(
                collection_id,
                item_id,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"collection_id", "item_id"}
            }
            collection_item_write_attributes.additional_properties = extra__props
        return collection_item_write_attributes

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

    if TYPE_CHECKING:
        from ..models.bundle import Bundle
        from ..models.collection import Collection
        from ..models.product import Product
        from ..models.product_group import ProductGroup

    def relate(
        self,
        *,
        collection: Collection | Unset = UNSET,
        item: Product | Bundle | ProductGroup | Unset = UNSET,
    ) -> CollectionItemWriteAttributes:
        """Point this collection item at related records, by model: each keyword sets an id attribute.

        `collection=` sets `collection_id`.
        `item=` sets `item_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(collection, Unset):
            self.collection_id = collection.id
        if not isinstance(item, Unset):
            self.item_id = item.id
        return self


_plain__class: type[CollectionItemWriteAttributes] | None = (
    CollectionItemWriteAttributes
    if {field.name for field in _attrs_fields(CollectionItemWriteAttributes)}
    == {"collection_id", "item_id", "additional_properties"}
    and not hasattr(CollectionItemWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
