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
from ..lib._fields import position as _position
from ..models.bundle_product_type import BundleProductType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundleAttributes")


@_attrs_define
class BundleAttributes:
    """Attributes of a bundle as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            created_at (datetime.datetime | Unset): When the record was created.
            description (None | str | Unset):
            discountable (bool | Unset):
            excerpt (None | str | Unset):
            extra_information (None | str | Unset):
            name (str | Unset):
            photo_id (None | Unset | UUID): ID of the related photo.
            photo_url (None | str | Unset):
            product_type (BundleProductType | Unset): The product type of a bundle, which is always `bundle`.
            seo_description (None | str | Unset):
            seo_title (None | str | Unset):
            show_in_store (bool | Unset):
            slug (str | Unset):
            sorting_weight (int | Unset):
            tag_list (list[str] | Unset):
            tax_category_id (None | Unset | UUID): ID of the related tax category.
            taxable (bool | Unset):
            type_ (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            bundle_items_attributes (list[dict[str, Any]] | Unset):
            create_url_redirect (bool | Unset):
            photo_base64 (str | Unset):
            remote_photo_url (str | Unset):
    """

    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    discountable: bool | Unset = UNSET
    excerpt: None | str | Unset = UNSET
    extra_information: None | str | Unset = UNSET
    name: str | Unset = UNSET
    photo_id: None | Unset | UUID = UNSET
    photo_url: None | str | Unset = UNSET
    product_type: BundleProductType | Unset = UNSET
    seo_description: None | str | Unset = UNSET
    seo_title: None | str | Unset = UNSET
    show_in_store: bool | Unset = UNSET
    slug: str | Unset = UNSET
    sorting_weight: int | Unset = UNSET
    tag_list: list[str] | Unset = UNSET
    tax_category_id: None | Unset | UUID = UNSET
    taxable: bool | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    bundle_items_attributes: list[dict[str, Any]] | Unset = UNSET
    create_url_redirect: bool | Unset = UNSET
    photo_base64: str | Unset = UNSET
    remote_photo_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        archived = self.archived
        if archived is not UNSET:
            field_dict["archived"] = archived
        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = (
                self.archived_at.isoformat().replace("+00:00", "Z")
                if self.archived_at.tzinfo is not None
                else _naive__datetime("archived_at_type_0")
            )
        else:
            archived_at = self.archived_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        if description is not UNSET:
            field_dict["description"] = description
        discountable = self.discountable
        if discountable is not UNSET:
            field_dict["discountable"] = discountable
        excerpt: None | str | Unset
        if isinstance(self.excerpt, Unset):
            excerpt = UNSET
        else:
            excerpt = self.excerpt
        if excerpt is not UNSET:
            field_dict["excerpt"] = excerpt
        extra_information: None | str | Unset
        if isinstance(self.extra_information, Unset):
            extra_information = UNSET
        else:
            extra_information = self.extra_information
        if extra_information is not UNSET:
            field_dict["extra_information"] = extra_information
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        photo_id: None | str | Unset
        if isinstance(self.photo_id, Unset):
            photo_id = UNSET
        elif isinstance(self.photo_id, UUID):
            photo_id = str(self.photo_id)
        else:
            photo_id = self.photo_id
        if photo_id is not UNSET:
            field_dict["photo_id"] = photo_id
        photo_url: None | str | Unset
        if isinstance(self.photo_url, Unset):
            photo_url = UNSET
        else:
            photo_url = self.photo_url
        if photo_url is not UNSET:
            field_dict["photo_url"] = photo_url
        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type.value

        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        seo_description: None | str | Unset
        if isinstance(self.seo_description, Unset):
            seo_description = UNSET
        else:
            seo_description = self.seo_description
        if seo_description is not UNSET:
            field_dict["seo_description"] = seo_description
        seo_title: None | str | Unset
        if isinstance(self.seo_title, Unset):
            seo_title = UNSET
        else:
            seo_title = self.seo_title
        if seo_title is not UNSET:
            field_dict["seo_title"] = seo_title
        show_in_store = self.show_in_store
        if show_in_store is not UNSET:
            field_dict["show_in_store"] = show_in_store
        slug = self.slug
        if slug is not UNSET:
            field_dict["slug"] = slug
        sorting_weight = self.sorting_weight
        if sorting_weight is not UNSET:
            field_dict["sorting_weight"] = sorting_weight
        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = self.tag_list

        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        tax_category_id: None | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        elif isinstance(self.tax_category_id, UUID):
            tax_category_id = str(self.tax_category_id)
        else:
            tax_category_id = self.tax_category_id
        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id
        taxable = self.taxable
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        bundle_items_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bundle_items_attributes, Unset):
            bundle_items_attributes = self.bundle_items_attributes

        if bundle_items_attributes is not UNSET:
            field_dict["bundle_items_attributes"] = bundle_items_attributes
        create_url_redirect = self.create_url_redirect
        if create_url_redirect is not UNSET:
            field_dict["create_url_redirect"] = create_url_redirect
        photo_base64 = self.photo_base64
        if photo_base64 is not UNSET:
            field_dict["photo_base64"] = photo_base64
        remote_photo_url = self.remote_photo_url
        if remote_photo_url is not UNSET:
            field_dict["remote_photo_url"] = remote_photo_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BundleAttributes)", d)
            d = dict(d)
        n__absent = 0
        archived = d.get("archived", UNSET)
        if not (archived is True or archived is False):
            if archived is UNSET:
                n__absent += 1
            elif not isinstance(archived, bool):
                raise FieldError("boolean", archived, "archived")

        _archived_at = d.get("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        elif isinstance(_archived_at, str):
            _archived_at_type_0 = _archived_at
            try:
                archived_at_type_0 = _datetime__parse(_archived_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _archived_at_type_0, "archived_at") from None

            archived_at = archived_at_type_0
        else:
            raise FieldError("date-time string or null", _archived_at, "archived_at")

        if archived_at is UNSET:
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

        description = d.get("description", UNSET)
        if not (type(description) is str or description is None):
            if description is UNSET:
                n__absent += 1
            elif not (isinstance(description, str) or description is None):
                raise FieldError("string or null", description, "description")

        discountable = d.get("discountable", UNSET)
        if not (discountable is True or discountable is False):
            if discountable is UNSET:
                n__absent += 1
            elif not isinstance(discountable, bool):
                raise FieldError("boolean", discountable, "discountable")

        excerpt = d.get("excerpt", UNSET)
        if not (type(excerpt) is str or excerpt is None):
            if excerpt is UNSET:
                n__absent += 1
            elif not (isinstance(excerpt, str) or excerpt is None):
                raise FieldError("string or null", excerpt, "excerpt")

        extra_information = d.get("extra_information", UNSET)
        if not (type(extra_information) is str or extra_information is None):
            if extra_information is UNSET:
                n__absent += 1
            elif not (isinstance(extra_information, str) or extra_information is None):
                raise FieldError("string or null", extra_information, "extra_information")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _photo_id = d.get("photo_id", UNSET)
        photo_id: None | Unset | UUID
        if _photo_id is None or _photo_id is UNSET:
            photo_id = _photo_id
        elif isinstance(_photo_id, str):
            _photo_id_type_0 = _photo_id
            try:
                photo_id_type_0 = parse_uuid(_photo_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _photo_id_type_0, "photo_id") from None

            photo_id = photo_id_type_0
        else:
            raise FieldError("UUID string or null", _photo_id, "photo_id")

        if photo_id is UNSET:
            n__absent += 1

        photo_url = d.get("photo_url", UNSET)
        if not (type(photo_url) is str or photo_url is None):
            if photo_url is UNSET:
                n__absent += 1
            elif not (isinstance(photo_url, str) or photo_url is None):
                raise FieldError("string or null", photo_url, "photo_url")

        _product_type = d.get("product_type", UNSET)
        product_type: BundleProductType | Unset = UNSET
        if type(_product_type) is str:
            product_type = BundleProductType._by__value.get(_product_type) or BundleProductType(_product_type)
        elif isinstance(_product_type, str):
            product_type = BundleProductType(_product_type)
        elif _product_type is not UNSET:
            raise FieldError("string (BundleProductType)", _product_type, "product_type")

        if product_type is UNSET:
            n__absent += 1

        seo_description = d.get("seo_description", UNSET)
        if not (type(seo_description) is str or seo_description is None):
            if seo_description is UNSET:
                n__absent += 1
            elif not (isinstance(seo_description, str) or seo_description is None):
                raise FieldError("string or null", seo_description, "seo_description")

        seo_title = d.get("seo_title", UNSET)
        if not (type(seo_title) is str or seo_title is None):
            if seo_title is UNSET:
                n__absent += 1
            elif not (isinstance(seo_title, str) or seo_title is None):
                raise FieldError("string or null", seo_title, "seo_title")

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

        sorting_weight = d.get("sorting_weight", UNSET)
        if not (type(sorting_weight) is int):
            if sorting_weight is UNSET:
                n__absent += 1
            elif not (isinstance(sorting_weight, int) and sorting_weight is not True and sorting_weight is not False):
                raise FieldError("integer", sorting_weight, "sorting_weight")

        _tag_list = d.get("tag_list", UNSET)
        tag_list: list[str] | Unset = UNSET
        if isinstance(_tag_list, list):
            for tag_list_item in _tag_list:
                if not (type(tag_list_item) is str) and not isinstance(tag_list_item, str):
                    raise FieldError("string", tag_list_item, _position(_tag_list, tag_list_item), "tag_list")
            tag_list = _tag_list
        elif _tag_list is not UNSET:
            raise FieldError("array", _tag_list, "tag_list")

        if tag_list is UNSET:
            n__absent += 1

        _tax_category_id = d.get("tax_category_id", UNSET)
        tax_category_id: None | Unset | UUID
        if _tax_category_id is None or _tax_category_id is UNSET:
            tax_category_id = _tax_category_id
        elif isinstance(_tax_category_id, str):
            _tax_category_id_type_0 = _tax_category_id
            try:
                tax_category_id_type_0 = parse_uuid(_tax_category_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _tax_category_id_type_0, "tax_category_id") from None

            tax_category_id = tax_category_id_type_0
        else:
            raise FieldError("UUID string or null", _tax_category_id, "tax_category_id")

        if tax_category_id is UNSET:
            n__absent += 1

        taxable = d.get("taxable", UNSET)
        if not (taxable is True or taxable is False):
            if taxable is UNSET:
                n__absent += 1
            elif not isinstance(taxable, bool):
                raise FieldError("boolean", taxable, "taxable")

        type_ = d.get("type", UNSET)
        if not (type(type_) is str):
            if type_ is UNSET:
                n__absent += 1
            elif not isinstance(type_, str):
                raise FieldError("string", type_, "type")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        _bundle_items_attributes = d.get("bundle_items_attributes", UNSET)
        bundle_items_attributes: list[dict[str, Any]] | Unset = UNSET
        if isinstance(_bundle_items_attributes, list):
            for bundle_items_attributes_item in _bundle_items_attributes:
                if not (type(bundle_items_attributes_item) is dict) and not isinstance(
                    bundle_items_attributes_item, dict
                ):
                    raise FieldError(
                        "object",
                        bundle_items_attributes_item,
                        _position(_bundle_items_attributes, bundle_items_attributes_item),
                        "bundle_items_attributes",
                    )
            bundle_items_attributes = _bundle_items_attributes
        elif _bundle_items_attributes is not UNSET:
            raise FieldError("array", _bundle_items_attributes, "bundle_items_attributes")

        if bundle_items_attributes is UNSET:
            n__absent += 1

        create_url_redirect = d.get("create_url_redirect", UNSET)
        if not (create_url_redirect is True or create_url_redirect is False):
            if create_url_redirect is UNSET:
                n__absent += 1
            elif not isinstance(create_url_redirect, bool):
                raise FieldError("boolean", create_url_redirect, "create_url_redirect")

        photo_base64 = d.get("photo_base64", UNSET)
        if not (type(photo_base64) is str):
            if photo_base64 is UNSET:
                n__absent += 1
            elif not isinstance(photo_base64, str):
                raise FieldError("string", photo_base64, "photo_base64")

        remote_photo_url = d.get("remote_photo_url", UNSET)
        if not (type(remote_photo_url) is str):
            if remote_photo_url is UNSET:
                n__absent += 1
            elif not isinstance(remote_photo_url, str):
                raise FieldError("string", remote_photo_url, "remote_photo_url")

        if cls is _plain__class:
            bundle_attributes = _new__object(cls)
            bundle_attributes.archived = archived
            bundle_attributes.archived_at = archived_at
            bundle_attributes.created_at = created_at
            bundle_attributes.description = description
            bundle_attributes.discountable = discountable
            bundle_attributes.excerpt = excerpt
            bundle_attributes.extra_information = extra_information
            bundle_attributes.name = name
            bundle_attributes.photo_id = photo_id
            bundle_attributes.photo_url = photo_url
            bundle_attributes.product_type = product_type
            bundle_attributes.seo_description = seo_description
            bundle_attributes.seo_title = seo_title
            bundle_attributes.show_in_store = show_in_store
            bundle_attributes.slug = slug
            bundle_attributes.sorting_weight = sorting_weight
            bundle_attributes.tag_list = tag_list
            bundle_attributes.tax_category_id = tax_category_id
            bundle_attributes.taxable = taxable
            bundle_attributes.type_ = type_
            bundle_attributes.updated_at = updated_at
            bundle_attributes.bundle_items_attributes = bundle_items_attributes
            bundle_attributes.create_url_redirect = create_url_redirect
            bundle_attributes.photo_base64 = photo_base64
            bundle_attributes.remote_photo_url = remote_photo_url
            bundle_attributes.additional_properties = {}
        else:
            bundle_attributes = cls(
                archived,
                archived_at,
                created_at,
                description,
                discountable,
                excerpt,
                extra_information,
                name,
                photo_id,
                photo_url,
                product_type,
                seo_description,
                seo_title,
                show_in_store,
                slug,
                sorting_weight,
                tag_list,
                tax_category_id,
                taxable,
                type_,
                updated_at,
                bundle_items_attributes,
                create_url_redirect,
                photo_base64,
                remote_photo_url,
            )
        if len(d) + n__absent != 25:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "archived",
                    "archived_at",
                    "created_at",
                    "description",
                    "discountable",
                    "excerpt",
                    "extra_information",
                    "name",
                    "photo_id",
                    "photo_url",
                    "product_type",
                    "seo_description",
                    "seo_title",
                    "show_in_store",
                    "slug",
                    "sorting_weight",
                    "tag_list",
                    "tax_category_id",
                    "taxable",
                    "type",
                    "updated_at",
                    "bundle_items_attributes",
                    "create_url_redirect",
                    "photo_base64",
                    "remote_photo_url",
                }
            }
            bundle_attributes.additional_properties = extra__props
        return bundle_attributes

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


_plain__class: type[BundleAttributes] | None = (
    BundleAttributes
    if {field.name for field in _attrs_fields(BundleAttributes)}
    == {
        "archived",
        "archived_at",
        "created_at",
        "description",
        "discountable",
        "excerpt",
        "extra_information",
        "name",
        "photo_id",
        "photo_url",
        "product_type",
        "seo_description",
        "seo_title",
        "show_in_store",
        "slug",
        "sorting_weight",
        "tag_list",
        "tax_category_id",
        "taxable",
        "type_",
        "updated_at",
        "bundle_items_attributes",
        "create_url_redirect",
        "photo_base64",
        "remote_photo_url",
        "additional_properties",
    }
    and not hasattr(BundleAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
