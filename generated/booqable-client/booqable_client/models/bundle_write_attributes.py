from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundleWriteAttributes")


@_attrs_define
class BundleWriteAttributes:
    """Attributes that can be sent when creating or updating a bundle.

    Attributes:
        bundle_items_attributes (Sequence[dict[str, Any]] | Unset):
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
        tag_list (Sequence[str] | Unset):
        tax_category_id (None | Unset | UUID): ID of the related tax category.
        taxable (bool | Unset):
    """

    bundle_items_attributes: Sequence[dict[str, Any]] | Unset = UNSET
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
    tag_list: Sequence[str] | Unset = UNSET
    tax_category_id: None | Unset | UUID = UNSET
    taxable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        bundle_items_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bundle_items_attributes, Unset):
            bundle_items_attributes = list(self.bundle_items_attributes)

        if bundle_items_attributes is not UNSET:
            field_dict["bundle_items_attributes"] = bundle_items_attributes
        create_url_redirect = self.create_url_redirect
        if create_url_redirect is not UNSET:
            field_dict["create_url_redirect"] = create_url_redirect
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
        photo_base64 = self.photo_base64
        if photo_base64 is not UNSET:
            field_dict["photo_base64"] = photo_base64
        remote_photo_url = self.remote_photo_url
        if remote_photo_url is not UNSET:
            field_dict["remote_photo_url"] = remote_photo_url
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
            tag_list = list(self.tag_list)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BundleWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        _bundle_items_attributes = d.get("bundle_items_attributes", UNSET)
        bundle_items_attributes: Sequence[dict[str, Any]] | Unset = UNSET
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
        tag_list: Sequence[str] | Unset = UNSET
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

        if cls is _plain__class:
            bundle_write_attributes = _new__object(cls)
            bundle_write_attributes.bundle_items_attributes = bundle_items_attributes
            bundle_write_attributes.create_url_redirect = create_url_redirect
            bundle_write_attributes.description = description
            bundle_write_attributes.discountable = discountable
            bundle_write_attributes.excerpt = excerpt
            bundle_write_attributes.extra_information = extra_information
            bundle_write_attributes.name = name
            bundle_write_attributes.photo_base64 = photo_base64
            bundle_write_attributes.remote_photo_url = remote_photo_url
            bundle_write_attributes.seo_description = seo_description
            bundle_write_attributes.seo_title = seo_title
            bundle_write_attributes.show_in_store = show_in_store
            bundle_write_attributes.slug = slug
            bundle_write_attributes.sorting_weight = sorting_weight
            bundle_write_attributes.tag_list = tag_list
            bundle_write_attributes.tax_category_id = tax_category_id
            bundle_write_attributes.taxable = taxable
            bundle_write_attributes.additional_properties = {}
        else:
            bundle_write_attributes = cls(
                bundle_items_attributes,
                create_url_redirect,
                description,
                discountable,
                excerpt,
                extra_information,
                name,
                photo_base64,
                remote_photo_url,
                seo_description,
                seo_title,
                show_in_store,
                slug,
                sorting_weight,
                tag_list,
                tax_category_id,
                taxable,
            )
        if len(d) + n__absent != 17:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "bundle_items_attributes",
                    "create_url_redirect",
                    "description",
                    "discountable",
                    "excerpt",
                    "extra_information",
                    "name",
                    "photo_base64",
                    "remote_photo_url",
                    "seo_description",
                    "seo_title",
                    "show_in_store",
                    "slug",
                    "sorting_weight",
                    "tag_list",
                    "tax_category_id",
                    "taxable",
                }
            }
            bundle_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr

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


_plain__class: type[BundleWriteAttributes] | None = (
    BundleWriteAttributes
    if {field.name for field in _attrs_fields(BundleWriteAttributes)}
    == {
        "bundle_items_attributes",
        "create_url_redirect",
        "description",
        "discountable",
        "excerpt",
        "extra_information",
        "name",
        "photo_base64",
        "remote_photo_url",
        "seo_description",
        "seo_title",
        "show_in_store",
        "slug",
        "sorting_weight",
        "tag_list",
        "tax_category_id",
        "taxable",
        "additional_properties",
    }
    and not hasattr(BundleWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
