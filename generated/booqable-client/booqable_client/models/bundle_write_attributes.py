from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


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
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        _bundle_items_attributes = d.pop("bundle_items_attributes", UNSET)
        bundle_items_attributes: list[JsonObject] | Unset = UNSET
        if _bundle_items_attributes is not UNSET:
            bundle_items_attributes = []
            for bundle_items_attributes_item_data in _bundle_items_attributes:
                bundle_items_attributes_item = JsonObject.from_dict(bundle_items_attributes_item_data)

                bundle_items_attributes.append(bundle_items_attributes_item)

        create_url_redirect = d.pop("create_url_redirect", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        discountable = d.pop("discountable", UNSET)

        def _parse_excerpt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        excerpt = _parse_excerpt(d.pop("excerpt", UNSET))

        def _parse_extra_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extra_information = _parse_extra_information(d.pop("extra_information", UNSET))

        name = d.pop("name", UNSET)

        photo_base64 = d.pop("photo_base64", UNSET)

        remote_photo_url = d.pop("remote_photo_url", UNSET)

        def _parse_seo_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seo_description = _parse_seo_description(d.pop("seo_description", UNSET))

        def _parse_seo_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seo_title = _parse_seo_title(d.pop("seo_title", UNSET))

        show_in_store = d.pop("show_in_store", UNSET)

        slug = d.pop("slug", UNSET)

        sorting_weight = d.pop("sorting_weight", UNSET)

        tag_list = cast(list[str], d.pop("tag_list", UNSET))

        def _parse_tax_category_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tax_category_id_type_0 = UUID(data)

                return tax_category_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        tax_category_id = _parse_tax_category_id(d.pop("tax_category_id", UNSET))

        taxable = d.pop("taxable", UNSET)

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
