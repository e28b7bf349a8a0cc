from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductGroupDuplicationAttributes")


@_attrs_define
class ProductGroupDuplicationAttributes:
    """Attributes of a product group duplication as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            buffer_times (bool | Unset):
            collections (bool | Unset):
            custom_fields (bool | Unset):
            description (str | Unset):
            name (str | Unset):
            new_product_group_id (UUID | Unset): ID of the related new product group.
            original_product_group_id (UUID | Unset): ID of the related original product group.
            photo_base64 (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            price_settings (bool | Unset):
            remote_photo_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            shortage_settings (bool | Unset):
            show_in_store (bool | Unset):
            tags (bool | Unset):
            tax_settings (bool | Unset):
    """

    buffer_times: bool | Unset = UNSET
    collections: bool | Unset = UNSET
    custom_fields: bool | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    new_product_group_id: UUID | Unset = UNSET
    original_product_group_id: UUID | Unset = UNSET
    photo_base64: None | str | Unset = UNSET
    price_settings: bool | Unset = UNSET
    remote_photo_url: None | str | Unset = UNSET
    shortage_settings: bool | Unset = UNSET
    show_in_store: bool | Unset = UNSET
    tags: bool | Unset = UNSET
    tax_settings: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buffer_times = self.buffer_times

        collections = self.collections

        custom_fields = self.custom_fields

        description = self.description

        name = self.name

        new_product_group_id: str | Unset = UNSET
        if not isinstance(self.new_product_group_id, Unset):
            new_product_group_id = str(self.new_product_group_id)

        original_product_group_id: str | Unset = UNSET
        if not isinstance(self.original_product_group_id, Unset):
            original_product_group_id = str(self.original_product_group_id)

        photo_base64: None | str | Unset
        if isinstance(self.photo_base64, Unset):
            photo_base64 = UNSET
        else:
            photo_base64 = self.photo_base64

        price_settings = self.price_settings

        remote_photo_url: None | str | Unset
        if isinstance(self.remote_photo_url, Unset):
            remote_photo_url = UNSET
        else:
            remote_photo_url = self.remote_photo_url

        shortage_settings = self.shortage_settings

        show_in_store = self.show_in_store

        tags = self.tags

        tax_settings = self.tax_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buffer_times is not UNSET:
            field_dict["buffer_times"] = buffer_times
        if collections is not UNSET:
            field_dict["collections"] = collections
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if new_product_group_id is not UNSET:
            field_dict["new_product_group_id"] = new_product_group_id
        if original_product_group_id is not UNSET:
            field_dict["original_product_group_id"] = original_product_group_id
        if photo_base64 is not UNSET:
            field_dict["photo_base64"] = photo_base64
        if price_settings is not UNSET:
            field_dict["price_settings"] = price_settings
        if remote_photo_url is not UNSET:
            field_dict["remote_photo_url"] = remote_photo_url
        if shortage_settings is not UNSET:
            field_dict["shortage_settings"] = shortage_settings
        if show_in_store is not UNSET:
            field_dict["show_in_store"] = show_in_store
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tax_settings is not UNSET:
            field_dict["tax_settings"] = tax_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ProductGroupDuplicationAttributes)", src_dict)
        d = dict(src_dict)
        buffer_times = d.pop("buffer_times", UNSET)
        if not isinstance(buffer_times, bool) and buffer_times is not UNSET:
            raise FieldError("boolean", buffer_times, "buffer_times")

        collections = d.pop("collections", UNSET)
        if not isinstance(collections, bool) and collections is not UNSET:
            raise FieldError("boolean", collections, "collections")

        custom_fields = d.pop("custom_fields", UNSET)
        if not isinstance(custom_fields, bool) and custom_fields is not UNSET:
            raise FieldError("boolean", custom_fields, "custom_fields")

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and description is not UNSET:
            raise FieldError("string", description, "description")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _new_product_group_id = d.pop("new_product_group_id", UNSET)
        new_product_group_id: UUID | Unset = UNSET
        if _new_product_group_id is not UNSET:
            try:
                new_product_group_id = UUID(_new_product_group_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _new_product_group_id, "new_product_group_id") from None

        _original_product_group_id = d.pop("original_product_group_id", UNSET)
        original_product_group_id: UUID | Unset = UNSET
        if _original_product_group_id is not UNSET:
            try:
                original_product_group_id = UUID(_original_product_group_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _original_product_group_id, "original_product_group_id") from None

        photo_base64 = d.pop("photo_base64", UNSET)
        if not (isinstance(photo_base64, str) or photo_base64 is None) and photo_base64 is not UNSET:
            raise FieldError("string or null", photo_base64, "photo_base64")

        price_settings = d.pop("price_settings", UNSET)
        if not isinstance(price_settings, bool) and price_settings is not UNSET:
            raise FieldError("boolean", price_settings, "price_settings")

        remote_photo_url = d.pop("remote_photo_url", UNSET)
        if not (isinstance(remote_photo_url, str) or remote_photo_url is None) and remote_photo_url is not UNSET:
            raise FieldError("string or null", remote_photo_url, "remote_photo_url")

        shortage_settings = d.pop("shortage_settings", UNSET)
        if not isinstance(shortage_settings, bool) and shortage_settings is not UNSET:
            raise FieldError("boolean", shortage_settings, "shortage_settings")

        show_in_store = d.pop("show_in_store", UNSET)
        if not isinstance(show_in_store, bool) and show_in_store is not UNSET:
            raise FieldError("boolean", show_in_store, "show_in_store")

        tags = d.pop("tags", UNSET)
        if not isinstance(tags, bool) and tags is not UNSET:
            raise FieldError("boolean", tags, "tags")

        tax_settings = d.pop("tax_settings", UNSET)
        if not isinstance(tax_settings, bool) and tax_settings is not UNSET:
            raise FieldError("boolean", tax_settings, "tax_settings")

        product_group_duplication_attributes = cls(
            buffer_times=buffer_times,
            collections=collections,
            custom_fields=custom_fields,
            description=description,
            name=name,
            new_product_group_id=new_product_group_id,
            original_product_group_id=original_product_group_id,
            photo_base64=photo_base64,
            price_settings=price_settings,
            remote_photo_url=remote_photo_url,
            shortage_settings=shortage_settings,
            show_in_store=show_in_store,
            tags=tags,
            tax_settings=tax_settings,
        )

        product_group_duplication_attributes.additional_properties = d
        return product_group_duplication_attributes

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
