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
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductGroupDuplicationAttributes")


@_attrs_define
class ProductGroupDuplicationAttributes:
    """Attributes of a product group duplication as read from the API. `required` lists the attributes Booqable always
    sends; a sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not
    sent.

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        buffer_times = self.buffer_times
        if buffer_times is not UNSET:
            field_dict["buffer_times"] = buffer_times
        collections = self.collections
        if collections is not UNSET:
            field_dict["collections"] = collections
        custom_fields = self.custom_fields
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        description = self.description
        if description is not UNSET:
            field_dict["description"] = description
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        new_product_group_id: str | Unset = UNSET
        if not isinstance(self.new_product_group_id, Unset):
            new_product_group_id = str(self.new_product_group_id)
        if new_product_group_id is not UNSET:
            field_dict["new_product_group_id"] = new_product_group_id
        original_product_group_id: str | Unset = UNSET
        if not isinstance(self.original_product_group_id, Unset):
            original_product_group_id = str(self.original_product_group_id)
        if original_product_group_id is not UNSET:
            field_dict["original_product_group_id"] = original_product_group_id
        photo_base64: None | str | Unset
        if isinstance(self.photo_base64, Unset):
            photo_base64 = UNSET
        else:
            photo_base64 = self.photo_base64
        if photo_base64 is not UNSET:
            field_dict["photo_base64"] = photo_base64
        price_settings = self.price_settings
        if price_settings is not UNSET:
            field_dict["price_settings"] = price_settings
        remote_photo_url: None | str | Unset
        if isinstance(self.remote_photo_url, Unset):
            remote_photo_url = UNSET
        else:
            remote_photo_url = self.remote_photo_url
        if remote_photo_url is not UNSET:
            field_dict["remote_photo_url"] = remote_photo_url
        shortage_settings = self.shortage_settings
        if shortage_settings is not UNSET:
            field_dict["shortage_settings"] = shortage_settings
        show_in_store = self.show_in_store
        if show_in_store is not UNSET:
            field_dict["show_in_store"] = show_in_store
        tags = self.tags
        if tags is not UNSET:
            field_dict["tags"] = tags
        tax_settings = self.tax_settings
        if tax_settings is not UNSET:
            field_dict["tax_settings"] = tax_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ProductGroupDuplicationAttributes)", d)
            d = dict(d)
        n__absent = 0
        buffer_times = d.get("buffer_times", UNSET)
        if not (buffer_times is True or buffer_times is False):
            if buffer_times is UNSET:
                n__absent += 1
            elif not isinstance(buffer_times, bool):
                raise FieldError("boolean", buffer_times, "buffer_times")

        collections = d.get("collections", UNSET)
        if not (collections is True or collections is False):
            if collections is UNSET:
                n__absent += 1
            elif not isinstance(collections, bool):
                raise FieldError("boolean", collections, "collections")

        custom_fields = d.get("custom_fields", UNSET)
        if not (custom_fields is True or custom_fields is False):
            if custom_fields is UNSET:
                n__absent += 1
            elif not isinstance(custom_fields, bool):
                raise FieldError("boolean", custom_fields, "custom_fields")

        description = d.get("description", UNSET)
        if not (type(description) is str):
            if description is UNSET:
                n__absent += 1
            elif not isinstance(description, str):
                raise FieldError("string", description, "description")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _new_product_group_id = d.get("new_product_group_id", UNSET)
        new_product_group_id: UUID | Unset = UNSET
        if _new_product_group_id is not UNSET:
            try:
                new_product_group_id = parse_uuid(_new_product_group_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _new_product_group_id, "new_product_group_id") from None

        if new_product_group_id is UNSET:
            n__absent += 1

        _original_product_group_id = d.get("original_product_group_id", UNSET)
        original_product_group_id: UUID | Unset = UNSET
        if _original_product_group_id is not UNSET:
            try:
                original_product_group_id = parse_uuid(_original_product_group_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _original_product_group_id, "original_product_group_id") from None

        if original_product_group_id is UNSET:
            n__absent += 1

        photo_base64 = d.get("photo_base64", UNSET)
        if not (type(photo_base64) is str or photo_base64 is None):
            if photo_base64 is UNSET:
                n__absent += 1
            elif not (isinstance(photo_base64, str) or photo_base64 is None):
                raise FieldError("string or null", photo_base64, "photo_base64")

        price_settings = d.get("price_settings", UNSET)
        if not (price_settings is True or price_settings is False):
            if price_settings is UNSET:
                n__absent += 1
            elif not isinstance(price_settings, bool):
                raise FieldError("boolean", price_settings, "price_settings")

        remote_photo_url = d.get("remote_photo_url", UNSET)
        if not (type(remote_photo_url) is str or remote_photo_url is None):
            if remote_photo_url is UNSET:
                n__absent += 1
            elif not (isinstance(remote_photo_url, str) or remote_photo_url is None):
                raise FieldError("string or null", remote_photo_url, "remote_photo_url")

        shortage_settings = d.get("shortage_settings", UNSET)
        if not (shortage_settings is True or shortage_settings is False):
            if shortage_settings is UNSET:
                n__absent += 1
            elif not isinstance(shortage_settings, bool):
                raise FieldError("boolean", shortage_settings, "shortage_settings")

        show_in_store = d.get("show_in_store", UNSET)
        if not (show_in_store is True or show_in_store is False):
            if show_in_store is UNSET:
                n__absent += 1
            elif not isinstance(show_in_store, bool):
                raise FieldError("boolean", show_in_store, "show_in_store")

        tags = d.get("tags", UNSET)
        if not (tags is True or tags is False):
            if tags is UNSET:
                n__absent += 1
            elif not isinstance(tags, bool):
                raise FieldError("boolean", tags, "tags")

        tax_settings = d.get("tax_settings", UNSET)
        if not (tax_settings is True or tax_settings is False):
            if tax_settings is UNSET:
                n__absent += 1
            elif not isinstance(tax_settings, bool):
                raise FieldError("boolean", tax_settings, "tax_settings")

        if cls is _plain__class:
            product_group_duplication_attributes = _new__object(cls)
            product_group_duplication_attributes.buffer_times = buffer_times
            product_group_duplication_attributes.collections = collections
            product_group_duplication_attributes.custom_fields = custom_fields
            product_group_duplication_attributes.description = description
            product_group_duplication_attributes.name = name
            product_group_duplication_attributes.new_product_group_id = new_product_group_id
            product_group_duplication_attributes.original_product_group_id = original_product_group_id
            product_group_duplication_attributes.photo_base64 = photo_base64
            product_group_duplication_attributes.price_settings = price_settings
            product_group_duplication_attributes.remote_photo_url = remote_photo_url
            product_group_duplication_attributes.shortage_settings = shortage_settings
            product_group_duplication_attributes.show_in_store = show_in_store
            product_group_duplication_attributes.tags = tags
            product_group_duplication_attributes.tax_settings = tax_settings
            product_group_duplication_attributes.additional_properties = {}
        else:
            product_group_duplication_attributes = cls(
                buffer_times,
                collections,
                custom_fields,
                description,
                name,
                new_product_group_id,
                original_product_group_id,
                photo_base64,
                price_settings,
                remote_photo_url,
                shortage_settings,
                show_in_store,
                tags,
                tax_settings,
            )
        if len(d) + n__absent != 14:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "buffer_times",
                    "collections",
                    "custom_fields",
                    "description",
                    "name",
                    "new_product_group_id",
                    "original_product_group_id",
                    "photo_base64",
                    "price_settings",
                    "remote_photo_url",
                    "shortage_settings",
                    "show_in_store",
                    "tags",
                    "tax_settings",
                }
            }
            product_group_duplication_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[ProductGroupDuplicationAttributes] | None = (
    ProductGroupDuplicationAttributes
    if {field.name for field in _attrs_fields(ProductGroupDuplicationAttributes)}
    == {
        "buffer_times",
        "collections",
        "custom_fields",
        "description",
        "name",
        "new_product_group_id",
        "original_product_group_id",
        "photo_base64",
        "price_settings",
        "remote_photo_url",
        "shortage_settings",
        "show_in_store",
        "tags",
        "tax_settings",
        "additional_properties",
    }
    and not hasattr(ProductGroupDuplicationAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
