from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        collection_type: str | Unset = UNSET
        if not isinstance(self.collection_type, Unset):
            collection_type = self.collection_type.value

        create_url_redirect = self.create_url_redirect

        external_image_url = self.external_image_url

        image_base64 = self.image_base64

        item_count = self.item_count

        name = self.name

        parent_id: str | Unset = UNSET
        if not isinstance(self.parent_id, Unset):
            parent_id = str(self.parent_id)

        remote_image_url = self.remote_image_url

        remove_image = self.remove_image

        seo_description = self.seo_description

        seo_title = self.seo_title

        show_in_store = self.show_in_store

        slug = self.slug

        system = self.system

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collection_type is not UNSET:
            field_dict["collection_type"] = collection_type
        if create_url_redirect is not UNSET:
            field_dict["create_url_redirect"] = create_url_redirect
        if external_image_url is not UNSET:
            field_dict["external_image_url"] = external_image_url
        if image_base64 is not UNSET:
            field_dict["image_base64"] = image_base64
        if item_count is not UNSET:
            field_dict["item_count"] = item_count
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if remote_image_url is not UNSET:
            field_dict["remote_image_url"] = remote_image_url
        if remove_image is not UNSET:
            field_dict["remove_image"] = remove_image
        if seo_description is not UNSET:
            field_dict["seo_description"] = seo_description
        if seo_title is not UNSET:
            field_dict["seo_title"] = seo_title
        if show_in_store is not UNSET:
            field_dict["show_in_store"] = show_in_store
        if slug is not UNSET:
            field_dict["slug"] = slug
        if system is not UNSET:
            field_dict["system"] = system

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CollectionWriteAttributes)", src_dict)
        d = dict(src_dict)
        _collection_type = d.pop("collection_type", UNSET)
        collection_type: CollectionType | Unset = UNSET
        if isinstance(_collection_type, str):
            collection_type = CollectionType(_collection_type)
        elif _collection_type is not UNSET:
            raise FieldError("string (CollectionType)", _collection_type, "collection_type")

        create_url_redirect = d.pop("create_url_redirect", UNSET)
        if not isinstance(create_url_redirect, bool) and create_url_redirect is not UNSET:
            raise FieldError("boolean", create_url_redirect, "create_url_redirect")

        external_image_url = d.pop("external_image_url", UNSET)
        if not isinstance(external_image_url, str) and external_image_url is not UNSET:
            raise FieldError("string", external_image_url, "external_image_url")

        image_base64 = d.pop("image_base64", UNSET)
        if not isinstance(image_base64, str) and image_base64 is not UNSET:
            raise FieldError("string", image_base64, "image_base64")

        item_count = d.pop("item_count", UNSET)
        if (
            not (isinstance(item_count, int) and item_count is not True and item_count is not False)
            and item_count is not UNSET
        ):
            raise FieldError("integer", item_count, "item_count")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _parent_id = d.pop("parent_id", UNSET)
        parent_id: UUID | Unset = UNSET
        if _parent_id is not UNSET:
            try:
                parent_id = UUID(_parent_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _parent_id, "parent_id") from None

        remote_image_url = d.pop("remote_image_url", UNSET)
        if not isinstance(remote_image_url, str) and remote_image_url is not UNSET:
            raise FieldError("string", remote_image_url, "remote_image_url")

        remove_image = d.pop("remove_image", UNSET)
        if not isinstance(remove_image, bool) and remove_image is not UNSET:
            raise FieldError("boolean", remove_image, "remove_image")

        seo_description = d.pop("seo_description", UNSET)
        if not isinstance(seo_description, str) and seo_description is not UNSET:
            raise FieldError("string", seo_description, "seo_description")

        seo_title = d.pop("seo_title", UNSET)
        if not isinstance(seo_title, str) and seo_title is not UNSET:
            raise FieldError("string", seo_title, "seo_title")

        show_in_store = d.pop("show_in_store", UNSET)
        if not isinstance(show_in_store, bool) and show_in_store is not UNSET:
            raise FieldError("boolean", show_in_store, "show_in_store")

        slug = d.pop("slug", UNSET)
        if not isinstance(slug, str) and slug is not UNSET:
            raise FieldError("string", slug, "slug")

        system = d.pop("system", UNSET)
        if not isinstance(system, bool) and system is not UNSET:
            raise FieldError("boolean", system, "system")

        collection_write_attributes = cls(
            collection_type=collection_type,
            create_url_redirect=create_url_redirect,
            external_image_url=external_image_url,
            image_base64=image_base64,
            item_count=item_count,
            name=name,
            parent_id=parent_id,
            remote_image_url=remote_image_url,
            remove_image=remove_image,
            seo_description=seo_description,
            seo_title=seo_title,
            show_in_store=show_in_store,
            slug=slug,
            system=system,
        )

        collection_write_attributes.additional_properties = d
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
