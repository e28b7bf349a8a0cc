from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="BundleWriteAttributes")


@_attrs_define
class BundleWriteAttributes:
    """Attributes that can be sent when creating or updating a bundle.

    Attributes:
        bundle_items_attributes (list[JsonObject] | Unset):
        create_url_redirect (bool | Unset):
        description (None | str | Unset):
        discountable (bool | Unset):
        excerpt (None | str | Unset):
        extra_information (None | str | Unset):
        name (str | Unset):
        photo_base64 (str | Unset):
        remote_photo_url (str | Unset):
        seo_description (None | str | Unset):
        seo_title (None | str | Unset):
        show_in_store (bool | Unset):
        slug (str | Unset):
        sorting_weight (int | Unset):
        tag_list (list[str] | Unset):
        tax_category_id (None | Unset | UUID): ID of the related tax category.
        taxable (bool | Unset):
    """

    bundle_items_attributes: list[JsonObject] | Unset = UNSET
    create_url_redirect: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    discountable: bool | Unset = UNSET
    excerpt: None | str | Unset = UNSET
    extra_information: None | str | Unset = UNSET
    name: str | Unset = UNSET
    photo_base64: str | Unset = UNSET
    remote_photo_url: str | Unset = UNSET
    seo_description: None | str | Unset = UNSET
    seo_title: None | str | Unset = UNSET
    show_in_store: bool | Unset = UNSET
    slug: str | Unset = UNSET
    sorting_weight: int | Unset = UNSET
    tag_list: list[str] | Unset = UNSET
    tax_category_id: None | Unset | UUID = UNSET
    taxable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        bundle_items_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bundle_items_attributes, Unset):
            bundle_items_attributes = []
            for bundle_items_attributes_item_data in self.bundle_items_attributes:
                bundle_items_attributes_item = bundle_items_attributes_item_data.to_dict()
                bundle_items_attributes.append(bundle_items_attributes_item)

        create_url_redirect = self.create_url_redirect

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        discountable = self.discountable

        excerpt: None | str | Unset
        if isinstance(self.excerpt, Unset):
            excerpt = UNSET
        else:
            excerpt = self.excerpt

        extra_information: None | str | Unset
        if isinstance(self.extra_information, Unset):
            extra_information = UNSET
        else:
            extra_information = self.extra_information

        name = self.name

        photo_base64 = self.photo_base64

        remote_photo_url = self.remote_photo_url

        seo_description: None | str | Unset
        if isinstance(self.seo_description, Unset):
            seo_description = UNSET
        else:
            seo_description = self.seo_description

        seo_title: None | str | Unset
        if isinstance(self.seo_title, Unset):
            seo_title = UNSET
        else:
            seo_title = self.seo_title

        show_in_store = self.show_in_store

        slug = self.slug

        sorting_weight = self.sorting_weight

        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = self.tag_list

        tax_category_id: None | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        elif isinstance(self.tax_category_id, UUID):
            tax_category_id = str(self.tax_category_id)
        else:
            tax_category_id = self.tax_category_id

        taxable = self.taxable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundle_items_attributes is not UNSET:
            field_dict["bundle_items_attributes"] = bundle_items_attributes
        if create_url_redirect is not UNSET:
            field_dict["create_url_redirect"] = create_url_redirect
        if description is not UNSET:
            field_dict["description"] = description
        if discountable is not UNSET:
            field_dict["discountable"] = discountable
        if excerpt is not UNSET:
            field_dict["excerpt"] = excerpt
        if extra_information is not UNSET:
            field_dict["extra_information"] = extra_information
        if name is not UNSET:
            field_dict["name"] = name
        if photo_base64 is not UNSET:
            field_dict["photo_base64"] = photo_base64
        if remote_photo_url is not UNSET:
            field_dict["remote_photo_url"] = remote_photo_url
        if seo_description is not UNSET:
            field_dict["seo_description"] = seo_description
        if seo_title is not UNSET:
            field_dict["seo_title"] = seo_title
        if show_in_store is not UNSET:
            field_dict["show_in_store"] = show_in_store
        if slug is not UNSET:
            field_dict["slug"] = slug
        if sorting_weight is not UNSET:
            field_dict["sorting_weight"] = sorting_weight
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id
        if taxable is not UNSET:
            field_dict["taxable"] = taxable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (BundleWriteAttributes)", src_dict)
        d = dict(src_dict)
        _bundle_items_attributes = d.pop("bundle_items_attributes", UNSET)
        bundle_items_attributes: list[JsonObject] | Unset = UNSET
        if isinstance(_bundle_items_attributes, list):
            bundle_items_attributes = []
            try:
                for bundle_items_attributes_item_data in _bundle_items_attributes:
                    bundle_items_attributes_item = JsonObject.from_dict(bundle_items_attributes_item_data)

                    bundle_items_attributes.append(bundle_items_attributes_item)
            except FieldError as field__error:
                field__error.segments.append(len(bundle_items_attributes))
                field__error.segments.append("bundle_items_attributes")
                raise
        elif _bundle_items_attributes is not UNSET:
            raise FieldError("array", _bundle_items_attributes, "bundle_items_attributes")

        create_url_redirect = d.pop("create_url_redirect", UNSET)
        if not isinstance(create_url_redirect, bool) and create_url_redirect is not UNSET:
            raise FieldError("boolean", create_url_redirect, "create_url_redirect")

        description = d.pop("description", UNSET)
        if not (isinstance(description, str) or description is None) and description is not UNSET:
            raise FieldError("string or null", description, "description")

        discountable = d.pop("discountable", UNSET)
        if not isinstance(discountable, bool) and discountable is not UNSET:
            raise FieldError("boolean", discountable, "discountable")

        excerpt = d.pop("excerpt", UNSET)
        if not (isinstance(excerpt, str) or excerpt is None) and excerpt is not UNSET:
            raise FieldError("string or null", excerpt, "excerpt")

        extra_information = d.pop("extra_information", UNSET)
        if not (isinstance(extra_information, str) or extra_information is None) and extra_information is not UNSET:
            raise FieldError("string or null", extra_information, "extra_information")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        photo_base64 = d.pop("photo_base64", UNSET)
        if not isinstance(photo_base64, str) and photo_base64 is not UNSET:
            raise FieldError("string", photo_base64, "photo_base64")

        remote_photo_url = d.pop("remote_photo_url", UNSET)
        if not isinstance(remote_photo_url, str) and remote_photo_url is not UNSET:
            raise FieldError("string", remote_photo_url, "remote_photo_url")

        seo_description = d.pop("seo_description", UNSET)
        if not (isinstance(seo_description, str) or seo_description is None) and seo_description is not UNSET:
            raise FieldError("string or null", seo_description, "seo_description")

        seo_title = d.pop("seo_title", UNSET)
        if not (isinstance(seo_title, str) or seo_title is None) and seo_title is not UNSET:
            raise FieldError("string or null", seo_title, "seo_title")

        show_in_store = d.pop("show_in_store", UNSET)
        if not isinstance(show_in_store, bool) and show_in_store is not UNSET:
            raise FieldError("boolean", show_in_store, "show_in_store")

        slug = d.pop("slug", UNSET)
        if not isinstance(slug, str) and slug is not UNSET:
            raise FieldError("string", slug, "slug")

        sorting_weight = d.pop("sorting_weight", UNSET)
        if (
            not (isinstance(sorting_weight, int) and sorting_weight is not True and sorting_weight is not False)
            and sorting_weight is not UNSET
        ):
            raise FieldError("integer", sorting_weight, "sorting_weight")

        _tag_list = d.pop("tag_list", UNSET)
        tag_list: list[str] | Unset = UNSET
        if isinstance(_tag_list, list):
            for tag_list_item in _tag_list:
                if not isinstance(tag_list_item, str):
                    raise FieldError("string", tag_list_item, _position(_tag_list, tag_list_item), "tag_list")
            tag_list = _tag_list
        elif _tag_list is not UNSET:
            raise FieldError("array", _tag_list, "tag_list")

        _tax_category_id = d.pop("tax_category_id", UNSET)
        tax_category_id: None | Unset | UUID
        if _tax_category_id is None or _tax_category_id is UNSET:
            tax_category_id = _tax_category_id
        elif isinstance(_tax_category_id, str):
            _tax_category_id_type_0 = _tax_category_id
            try:
                tax_category_id_type_0 = UUID(_tax_category_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _tax_category_id_type_0, "tax_category_id") from None

            tax_category_id = tax_category_id_type_0
        else:
            raise FieldError("UUID string or null", _tax_category_id, "tax_category_id")

        taxable = d.pop("taxable", UNSET)
        if not isinstance(taxable, bool) and taxable is not UNSET:
            raise FieldError("boolean", taxable, "taxable")

        bundle_write_attributes = cls(
            bundle_items_attributes=bundle_items_attributes,
            create_url_redirect=create_url_redirect,
            description=description,
            discountable=discountable,
            excerpt=excerpt,
            extra_information=extra_information,
            name=name,
            photo_base64=photo_base64,
            remote_photo_url=remote_photo_url,
            seo_description=seo_description,
            seo_title=seo_title,
            show_in_store=show_in_store,
            slug=slug,
            sorting_weight=sorting_weight,
            tag_list=tag_list,
            tax_category_id=tax_category_id,
            taxable=taxable,
        )

        bundle_write_attributes.additional_properties = d
        return bundle_write_attributes

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

    if TYPE_CHECKING:
        from ..models.tax_category import TaxCategory

    def relate(
        self,
        *,
        tax_category: TaxCategory | None | Unset = UNSET,
    ) -> BundleWriteAttributes:
        """Point this bundle at related records, by model: each keyword sets an id attribute.

        `tax_category=` sets `tax_category_id` (`None` clears it).
        Returns this object, so it can be written inline."""
        if not isinstance(tax_category, Unset):
            self.tax_category_id = None if tax_category is None else tax_category.id
        return self
