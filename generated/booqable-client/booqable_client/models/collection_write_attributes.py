from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.collection_type import CollectionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionWriteAttributes")


@_attrs_define
class CollectionWriteAttributes:
    """Attributes that can be sent when creating or updating a collection.

    Attributes:
        collection_type (CollectionType | Unset): Values of `collection_type` on collections.
        create_url_redirect (bool | Unset):
        external_image_url (str | Unset):
        image_base64 (str | Unset):
        item_count (int | Unset):
        name (str | Unset):
        parent_id (UUID | Unset): ID of the related parent.
        remote_image_url (str | Unset):
        remove_image (bool | Unset):
        seo_description (str | Unset):
        seo_title (str | Unset):
        show_in_store (bool | Unset):
        slug (str | Unset):
        system (bool | Unset):
    """

    collection_type: CollectionType | Unset = UNSET
    create_url_redirect: bool | Unset = UNSET
    external_image_url: str | Unset = UNSET
    image_base64: str | Unset = UNSET
    item_count: int | Unset = UNSET
    name: str | Unset = UNSET
    parent_id: UUID | Unset = UNSET
    remote_image_url: str | Unset = UNSET
    remove_image: bool | Unset = UNSET
    seo_description: str | Unset = UNSET
    seo_title: str | Unset = UNSET
    show_in_store: bool | Unset = UNSET
    slug: str | Unset = UNSET
    system: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        collection_type: str | Unset = UNSET
        if not isinstance(self.collection_type, Unset):
            collection_type = self.collection_type.value

        if collection_type is not UNSET:
            field_dict["collection_type"] = collection_type
        create_url_redirect = self.create_url_redirect
        if create_url_redirect is not UNSET:
            field_dict["create_url_redirect"] = create_url_redirect
        external_image_url = self.external_image_url
        if external_image_url is not UNSET:
            field_dict["external_image_url"] = external_image_url
        image_base64 = self.image_base64
        if image_base64 is not UNSET:
            field_dict["image_base64"] = image_base64
        item_count = self.item_count
        if item_count is not UNSET:
            field_dict["item_count"] = item_count
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        parent_id: str | Unset = UNSET
        if not isinstance(self.parent_id, Unset):
            parent_id = str(self.parent_id)
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        remote_image_url = self.remote_image_url
        if remote_image_url is not UNSET:
            field_dict["remote_image_url"] = remote_image_url
        remove_image = self.remove_image
        if remove_image is not UNSET:
            field_dict["remove_image"] = remove_image
        seo_description = self.seo_description
        if seo_description is not UNSET:
            field_dict["seo_description"] = seo_description
        seo_title = self.seo_title
        if seo_title is not UNSET:
            field_dict["seo_title"] = seo_title
        show_in_store = self.show_in_store
        if show_in_store is not UNSET:
            field_dict["show_in_store"] = show_in_store
        slug = self.slug
        if slug is not UNSET:
            field_dict["slug"] = slug
        system = self.system
        if system is not UNSET:
            field_dict["system"] = system

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CollectionWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        _collection_type = d.get("collection_type", UNSET)
        collection_type: CollectionType | Unset = UNSET
        if type(_collection_type) is str:
            collection_type = CollectionType._by__value.get(_collection_type) or CollectionType(_collection_type)
        elif isinstance(_collection_type, str):
            collection_type = CollectionType(_collection_type)
        elif _collection_type is not UNSET:
            raise FieldError("string (CollectionType)", _collection_type, "collection_type")

        if collection_type is UNSET:
            n__absent += 1

        create_url_redirect = d.get("create_url_redirect", UNSET)
        if not (create_url_redirect is True or create_url_redirect is False):
            if create_url_redirect is UNSET:
                n__absent += 1
            elif not isinstance(create_url_redirect, bool):
                raise FieldError("boolean", create_url_redirect, "create_url_redirect")

        external_image_url = d.get("external_image_url", UNSET)
        if not (type(external_image_url) is str):
            if external_image_url is UNSET:
                n__absent += 1
            elif not isinstance(external_image_url, str):
                raise FieldError("string", external_image_url, "external_image_url")

        image_base64 = d.get("image_base64", UNSET)
        if not (type(image_base64) is str):
            if image_base64 is UNSET:
                n__absent += 1
            elif not isinstance(image_base64, str):
                raise FieldError("string", image_base64, "image_base64")

        item_count = d.get("item_count", UNSET)
        if not (type(item_count) is int):
            if item_count is UNSET:
                n__absent += 1
            elif not (isinstance(item_count, int) and item_count is not True and item_count is not False):
                raise FieldError("integer", item_count, "item_count")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _parent_id = d.get("parent_id", UNSET)
        parent_id: UUID | Unset = UNSET
        if _parent_id is not UNSET:
            try:
                parent_id = parse_uuid(_parent_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _parent_id, "parent_id") from None

        if parent_id is UNSET:
            n__absent += 1

        remote_image_url = d.get("remote_image_url", UNSET)
        if not (type(remote_image_url) is str):
            if remote_image_url is UNSET:
                n__absent += 1
            elif not isinstance(remote_image_url, str):
                raise FieldError("string", remote_image_url, "remote_image_url")

        remove_image = d.get("remove_image", UNSET)
        if not (remove_image is True or remove_image is False):
            if remove_image is UNSET:
                n__absent += 1
            elif not isinstance(remove_image, bool):
                raise FieldError("boolean", remove_image, "remove_image")

        seo_description = d.get("seo_description", UNSET)
        if not (type(seo_description) is str):
            if seo_description is UNSET:
                n__absent += 1
            elif not isinstance(seo_description, str):
                raise FieldError("string", seo_description, "seo_description")

        seo_title = d.get("seo_title", UNSET)
        if not (type(seo_title) is str):
            if seo_title is UNSET:
                n__absent += 1
            elif not isinstance(seo_title, str):
                raise FieldError("string", seo_title, "seo_title")

        show_in_store = d.get("show_in_store", UNSET)
        if not (show_in_store is True or show_in_store is False):
            if show_in_store is UNSET:
                n__absent += 1
            elif not isinstance(show_in_store, bool):
                raise FieldError("boolean", show_in_store, "show_in_store")

        slug = d.get("slug", UNSET)
        if not (type(slug) is str):
            if slug is UNSET:
                n__absent += 1
            elif not isinstance(slug, str):
                raise FieldError("string", slug, "slug")

        system = d.get("system", UNSET)
        if not (system is True or system is False):
            if system is UNSET:
                n__absent += 1
            elif not isinstance(system, bool):
                raise FieldError("boolean", system, "system")

        if cls is _plain__class:
            collection_write_attributes = _new__object(cls)
            collection_write_attributes.collection_type = collection_type
            collection_write_attributes.create_url_redirect = create_url_redirect
            collection_write_attributes.external_image_url = external_image_url
            collection_write_attributes.image_base64 = image_base64
            collection_write_attributes.item_count = item_count
            collection_write_attributes.name = name
            collection_write_attributes.parent_id = parent_id
            collection_write_attributes.remote_image_url = remote_image_url
            collection_write_attributes.remove_image = remove_image
            collection_write_attributes.seo_description = seo_description
            collection_write_attributes.seo_title = seo_title
            collection_write_attributes.show_in_store = show_in_store
            collection_write_attributes.slug = slug
            collection_write_attributes.system = system
            collection_write_attributes.additional_properties = {}
        else:
            collection_write_attributes = cls(
                collection_type,
                create_url_redirect,
                external_image_url,
                image_base64,
                item_count,
                name,
                parent_id,
                remote_image_url,
                remove_image,
                seo_description,
                seo_title,
                show_in_store,
                slug,
                system,
            )
        if len(d) + n__absent != 14:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "collection_type",
                    "create_url_redirect",
                    "external_image_url",
                    "image_base64",
                    "item_count",
                    "name",
                    "parent_id",
                    "remote_image_url",
                    "remove_image",
                    "seo_description",
                    "seo_title",
                    "show_in_store",
                    "slug",
                    "system",
                }
            }
            collection_write_attributes.additional_properties = extra__props
        return collection_write_attributes

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


_plain__class: type[CollectionWriteAttributes] | None = (
    CollectionWriteAttributes
    if {field.name for field in _attrs_fields(CollectionWriteAttributes)}
    == {
        "collection_type",
        "create_url_redirect",
        "external_image_url",
        "image_base64",
        "item_count",
        "name",
        "parent_id",
        "remote_image_url",
        "remove_image",
        "seo_description",
        "seo_title",
        "show_in_store",
        "slug",
        "system",
        "additional_properties",
    }
    and not hasattr(CollectionWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
