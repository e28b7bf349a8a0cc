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
from ..models.price_period import PricePeriod
from ..models.price_type import PriceType
from ..models.product_type import ProductType
from ..models.tracking_type import TrackingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductGroupWriteAttributes")


@_attrs_define
class ProductGroupWriteAttributes:
    """Attributes that can be sent when creating or updating a product group.

    Attributes:
        allow_shortage (bool | Unset):
        buffer_time_after (int | Unset):
        buffer_time_before (int | Unset):
        confirm_shortage (bool | Unset): Send true to go ahead despite a shortage warning.
        create_url_redirect (bool | Unset):
        default_purchase_cost_in_cents (int | Unset): Default purchase cost, in cents.
        deposit_in_cents (int | Unset): Deposit, in cents.
        discountable (bool | Unset):
        excerpt (None | str | Unset):
        extra_information (None | str | Unset):
        flat_fee_price_in_cents (int | Unset): Flat fee price, in cents.
        has_variations (bool | Unset):
        name (str | Unset):
        photo_base64 (str | Unset):
        price_period (PricePeriod | Unset): Base period of a simple price.
        price_ruleset_id (None | Unset | UUID): ID of the related price ruleset.
        price_structure_id (None | Unset | UUID): ID of the related price structure.
        price_type (PriceType | Unset): How prices are calculated.
        product_type (ProductType | Unset): What kind of product it is.
        properties_attributes (Sequence[dict[str, Any]] | Unset): Creates or updates the nested properties in the same
            request. Unverified: the element type is not documented.
        remote_photo_url (str | Unset):
        seo_description (None | str | Unset):
        seo_title (None | str | Unset):
        shortage_limit (int | Unset):
        show_in_store (bool | Unset):
        sku (str | Unset):
        slug (str | Unset):
        sorting_weight (int | Unset):
        stock_item_properties (Sequence[str] | Unset):
        structure_price_in_cents (int | Unset): Structure price, in cents.
        tag_list (Sequence[str] | Unset):
        tax_category_id (None | Unset | UUID): ID of the related tax category.
        taxable (bool | Unset):
        trackable (bool | Unset): Can only be set when the record is created.
        tracking_type (TrackingType | Unset): How stock of the product is tracked.
        variation_fields (Sequence[str] | Unset):
        weight (dict[str, Any] | None | Unset):
    """

    allow_shortage: bool | Unset = UNSET
    buffer_time_after: int | Unset = UNSET
    buffer_time_before: int | Unset = UNSET
    confirm_shortage: bool | Unset = UNSET
    create_url_redirect: bool | Unset = UNSET
    default_purchase_cost_in_cents: int | Unset = UNSET
    deposit_in_cents: int | Unset = UNSET
    discountable: bool | Unset = UNSET
    excerpt: None | str | Unset = UNSET
    extra_information: None | str | Unset = UNSET
    flat_fee_price_in_cents: int | Unset = UNSET
    has_variations: bool | Unset = UNSET
    name: str | Unset = UNSET
    photo_base64: str | Unset = UNSET
    price_period: PricePeriod | Unset = UNSET
    price_ruleset_id: None | Unset | UUID = UNSET
    price_structure_id: None | Unset | UUID = UNSET
    price_type: PriceType | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    properties_attributes: Sequence[dict[str, Any]] | Unset = UNSET
    remote_photo_url: str | Unset = UNSET
    seo_description: None | str | Unset = UNSET
    seo_title: None | str | Unset = UNSET
    shortage_limit: int | Unset = UNSET
    show_in_store: bool | Unset = UNSET
    sku: str | Unset = UNSET
    slug: str | Unset = UNSET
    sorting_weight: int | Unset = UNSET
    stock_item_properties: Sequence[str] | Unset = UNSET
    structure_price_in_cents: int | Unset = UNSET
    tag_list: Sequence[str] | Unset = UNSET
    tax_category_id: None | Unset | UUID = UNSET
    taxable: bool | Unset = UNSET
    trackable: bool | Unset = UNSET
    tracking_type: TrackingType | Unset = UNSET
    variation_fields: Sequence[str] | Unset = UNSET
    weight: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        allow_shortage = self.allow_shortage
        if allow_shortage is not UNSET:
            field_dict["allow_shortage"] = allow_shortage
        buffer_time_after = self.buffer_time_after
        if buffer_time_after is not UNSET:
            field_dict["buffer_time_after"] = buffer_time_after
        buffer_time_before = self.buffer_time_before
        if buffer_time_before is not UNSET:
            field_dict["buffer_time_before"] = buffer_time_before
        confirm_shortage = self.confirm_shortage
        if confirm_shortage is not UNSET:
            field_dict["confirm_shortage"] = confirm_shortage
        create_url_redirect = self.create_url_redirect
        if create_url_redirect is not UNSET:
            field_dict["create_url_redirect"] = create_url_redirect
        default_purchase_cost_in_cents = self.default_purchase_cost_in_cents
        if default_purchase_cost_in_cents is not UNSET:
            field_dict["default_purchase_cost_in_cents"] = default_purchase_cost_in_cents
        deposit_in_cents = self.deposit_in_cents
        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
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
        flat_fee_price_in_cents = self.flat_fee_price_in_cents
        if flat_fee_price_in_cents is not UNSET:
            field_dict["flat_fee_price_in_cents"] = flat_fee_price_in_cents
        has_variations = self.has_variations
        if has_variations is not UNSET:
            field_dict["has_variations"] = has_variations
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        photo_base64 = self.photo_base64
        if photo_base64 is not UNSET:
            field_dict["photo_base64"] = photo_base64
        price_period: str | Unset = UNSET
        if not isinstance(self.price_period, Unset):
            price_period = self.price_period.value

        if price_period is not UNSET:
            field_dict["price_period"] = price_period
        price_ruleset_id: None | str | Unset
        if isinstance(self.price_ruleset_id, Unset):
            price_ruleset_id = UNSET
        elif isinstance(self.price_ruleset_id, UUID):
            price_ruleset_id = str(self.price_ruleset_id)
        else:
            price_ruleset_id = self.price_ruleset_id
        if price_ruleset_id is not UNSET:
            field_dict["price_ruleset_id"] = price_ruleset_id
        price_structure_id: None | str | Unset
        if isinstance(self.price_structure_id, Unset):
            price_structure_id = UNSET
        elif isinstance(self.price_structure_id, UUID):
            price_structure_id = str(self.price_structure_id)
        else:
            price_structure_id = self.price_structure_id
        if price_structure_id is not UNSET:
            field_dict["price_structure_id"] = price_structure_id
        price_type: str | Unset = UNSET
        if not isinstance(self.price_type, Unset):
            price_type = self.price_type.value

        if price_type is not UNSET:
            field_dict["price_type"] = price_type
        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type.value

        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        properties_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties_attributes, Unset):
            properties_attributes = list(self.properties_attributes)

        if properties_attributes is not UNSET:
            field_dict["properties_attributes"] = properties_attributes
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
        shortage_limit = self.shortage_limit
        if shortage_limit is not UNSET:
            field_dict["shortage_limit"] = shortage_limit
        show_in_store = self.show_in_store
        if show_in_store is not UNSET:
            field_dict["show_in_store"] = show_in_store
        sku = self.sku
        if sku is not UNSET:
            field_dict["sku"] = sku
        slug = self.slug
        if slug is not UNSET:
            field_dict["slug"] = slug
        sorting_weight = self.sorting_weight
        if sorting_weight is not UNSET:
            field_dict["sorting_weight"] = sorting_weight
        stock_item_properties: list[str] | Unset = UNSET
        if not isinstance(self.stock_item_properties, Unset):
            stock_item_properties = list(self.stock_item_properties)

        if stock_item_properties is not UNSET:
            field_dict["stock_item_properties"] = stock_item_properties
        structure_price_in_cents = self.structure_price_in_cents
        if structure_price_in_cents is not UNSET:
            field_dict["structure_price_in_cents"] = structure_price_in_cents
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
        trackable = self.trackable
        if trackable is not UNSET:
            field_dict["trackable"] = trackable
        tracking_type: str | Unset = UNSET
        if not isinstance(self.tracking_type, Unset):
            tracking_type = self.tracking_type.value

        if tracking_type is not UNSET:
            field_dict["tracking_type"] = tracking_type
        variation_fields: list[str] | Unset = UNSET
        if not isinstance(self.variation_fields, Unset):
            variation_fields = list(self.variation_fields)

        if variation_fields is not UNSET:
            field_dict["variation_fields"] = variation_fields
        weight: dict[str, Any] | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ProductGroupWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        allow_shortage = d.get("allow_shortage", UNSET)
        if not (allow_shortage is True or allow_shortage is False):
            if allow_shortage is UNSET:
                n__absent += 1
            elif not isinstance(allow_shortage, bool):
                raise FieldError("boolean", allow_shortage, "allow_shortage")

        buffer_time_after = d.get("buffer_time_after", UNSET)
        if not (type(buffer_time_after) is int):
            if buffer_time_after is UNSET:
                n__absent += 1
            elif not (
                isinstance(buffer_time_after, int) and buffer_time_after is not True and buffer_time_after is not False
            ):
                raise FieldError("integer", buffer_time_after, "buffer_time_after")

        buffer_time_before = d.get("buffer_time_before", UNSET)
        if not (type(buffer_time_before) is int):
            if buffer_time_before is UNSET:
                n__absent += 1
            elif not (
                isinstance(buffer_time_before, int)
                and buffer_time_before is not True
                and buffer_time_before is not False
            ):
                raise FieldError("integer", buffer_time_before, "buffer_time_before")

        confirm_shortage = d.get("confirm_shortage", UNSET)
        if not (confirm_shortage is True or confirm_shortage is False):
            if confirm_shortage is UNSET:
                n__absent += 1
            elif not isinstance(confirm_shortage, bool):
                raise FieldError("boolean", confirm_shortage, "confirm_shortage")

        create_url_redirect = d.get("create_url_redirect", UNSET)
        if not (create_url_redirect is True or create_url_redirect is False):
            if create_url_redirect is UNSET:
                n__absent += 1
            elif not isinstance(create_url_redirect, bool):
                raise FieldError("boolean", create_url_redirect, "create_url_redirect")

        default_purchase_cost_in_cents = d.get("default_purchase_cost_in_cents", UNSET)
        if not (type(default_purchase_cost_in_cents) is int):
            if default_purchase_cost_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(default_purchase_cost_in_cents, int)
                and default_purchase_cost_in_cents is not True
                and default_purchase_cost_in_cents is not False
            ):
                raise FieldError("integer", default_purchase_cost_in_cents, "default_purchase_cost_in_cents")

        deposit_in_cents = d.get("deposit_in_cents", UNSET)
        if not (type(deposit_in_cents) is int):
            if deposit_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(deposit_in_cents, int) and deposit_in_cents is not True and deposit_in_cents is not False
            ):
                raise FieldError("integer", deposit_in_cents, "deposit_in_cents")

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

        flat_fee_price_in_cents = d.get("flat_fee_price_in_cents", UNSET)
        if not (type(flat_fee_price_in_cents) is int):
            if flat_fee_price_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(flat_fee_price_in_cents, int)
                and flat_fee_price_in_cents is not True
                and flat_fee_price_in_cents is not False
            ):
                raise FieldError("integer", flat_fee_price_in_cents, "flat_fee_price_in_cents")

        has_variations = d.get("has_variations", UNSET)
        if not (has_variations is True or has_variations is False):
            if has_variations is UNSET:
                n__absent += 1
            elif not isinstance(has_variations, bool):
                raise FieldError("boolean", has_variations, "has_variations")

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

        _price_period = d.get("price_period", UNSET)
        price_period: PricePeriod | Unset = UNSET
        if type(_price_period) is str:
            price_period = PricePeriod._by__value.get(_price_period) or PricePeriod(_price_period)
        elif isinstance(_price_period, str):
            price_period = PricePeriod(_price_period)
        elif _price_period is not UNSET:
            raise FieldError("string (PricePeriod)", _price_period, "price_period")

        if price_period is UNSET:
            n__absent += 1

        _price_ruleset_id = d.get("price_ruleset_id", UNSET)
        price_ruleset_id: None | Unset | UUID
        if _price_ruleset_id is None or _price_ruleset_id is UNSET:
            price_ruleset_id = _price_ruleset_id
        elif isinstance(_price_ruleset_id, str):
            _price_ruleset_id_type_0 = _price_ruleset_id
            try:
                price_ruleset_id_type_0 = parse_uuid(_price_ruleset_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _price_ruleset_id_type_0, "price_ruleset_id") from None

            price_ruleset_id = price_ruleset_id_type_0
        else:
            raise FieldError("UUID string or null", _price_ruleset_id, "price_ruleset_id")

        if price_ruleset_id is UNSET:
            n__absent += 1

        _price_structure_id = d.get("price_structure_id", UNSET)
        price_structure_id: None | Unset | UUID
        if _price_structure_id is None or _price_structure_id is UNSET:
            price_structure_id = _price_structure_id
        elif isinstance(_price_structure_id, str):
            _price_structure_id_type_0 = _price_structure_id
            try:
                price_structure_id_type_0 = parse_uuid(_price_structure_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _price_structure_id_type_0, "price_structure_id") from None

            price_structure_id = price_structure_id_type_0
        else:
            raise FieldError("UUID string or null", _price_structure_id, "price_structure_id")

        if price_structure_id is UNSET:
            n__absent += 1

        _price_type = d.get("price_type", UNSET)
        price_type: PriceType | Unset = UNSET
        if type(_price_type) is str:
            price_type = PriceType._by__value.get(_price_type) or PriceType(_price_type)
        elif isinstance(_price_type, str):
            price_type = PriceType(_price_type)
        elif _price_type is not UNSET:
            raise FieldError("string (PriceType)", _price_type, "price_type")

        if price_type is UNSET:
            n__absent += 1

        _product_type = d.get("product_type", UNSET)
        product_type: ProductType | Unset = UNSET
        if type(_product_type) is str:
            product_type = ProductType._by__value.get(_product_type) or ProductType(_product_type)
        elif isinstance(_product_type, str):
            product_type = ProductType(_product_type)
        elif _product_type is not UNSET:
            raise FieldError("string (ProductType)", _product_type, "product_type")

        if product_type is UNSET:
            n__absent += 1

        _properties_attributes = d.get("properties_attributes", UNSET)
        properties_attributes: Sequence[dict[str, Any]] | Unset = UNSET
        if isinstance(_properties_attributes, list):
            for properties_attributes_item in _properties_attributes:
                if not (type(properties_attributes_item) is dict) and not isinstance(properties_attributes_item, dict):
                    raise FieldError(
                        "object",
                        properties_attributes_item,
                        _position(_properties_attributes, properties_attributes_item),
                        "properties_attributes",
                    )
            properties_attributes = _properties_attributes
        elif _properties_attributes is not UNSET:
            raise FieldError("array", _properties_attributes, "properties_attributes")

        if properties_attributes is UNSET:
            n__absent += 1

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

        shortage_limit = d.get("shortage_limit", UNSET)
        if not (type(shortage_limit) is int):
            if shortage_limit is UNSET:
                n__absent += 1
            elif not (isinstance(shortage_limit, int) and shortage_limit is not True and shortage_limit is not False):
                raise FieldError("integer", shortage_limit, "shortage_limit")

        show_in_store = d.get("show_in_store", UNSET)
        if not (show_in_store is True or show_in_store is False):
            if show_in_store is UNSET:
                n__absent += 1
            elif not isinstance(show_in_store, bool):
                raise FieldError("boolean", show_in_store, "show_in_store")

        sku = d.get("sku", UNSET)
        if not (type(sku) is str):
            if sku is UNSET:
                n__absent += 1
            elif not isinstance(sku, str):
                raise FieldError("string", sku, "sku")

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

        _stock_item_properties = d.get("stock_item_properties", UNSET)
        stock_item_properties: Sequence[str] | Unset = UNSET
        if isinstance(_stock_item_properties, list):
            for stock_item_properties_item in _stock_item_properties:
                if not (type(stock_item_properties_item) is str) and not isinstance(stock_item_properties_item, str):
                    raise FieldError(
                        "string",
                        stock_item_properties_item,
                        _position(_stock_item_properties, stock_item_properties_item),
                        "stock_item_properties",
                    )
            stock_item_properties = _stock_item_properties
        elif _stock_item_properties is not UNSET:
            raise FieldError("array", _stock_item_properties, "stock_item_properties")

        if stock_item_properties is UNSET:
            n__absent += 1

        structure_price_in_cents = d.get("structure_price_in_cents", UNSET)
        if not (type(structure_price_in_cents) is int):
            if structure_price_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(structure_price_in_cents, int)
                and structure_price_in_cents is not True
                and structure_price_in_cents is not False
            ):
                raise FieldError("integer", structure_price_in_cents, "structure_price_in_cents")

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

        trackable = d.get("trackable", UNSET)
        if not (trackable is True or trackable is False):
            if trackable is UNSET:
                n__absent += 1
            elif not isinstance(trackable, bool):
                raise FieldError("boolean", trackable, "trackable")

        _tracking_type = d.get("tracking_type", UNSET)
        tracking_type: TrackingType | Unset = UNSET
        if type(_tracking_type) is str:
            tracking_type = TrackingType._by__value.get(_tracking_type) or TrackingType(_tracking_type)
        elif isinstance(_tracking_type, str):
            tracking_type = TrackingType(_tracking_type)
        elif _tracking_type is not UNSET:
            raise FieldError("string (TrackingType)", _tracking_type, "tracking_type")

        if tracking_type is UNSET:
            n__absent += 1

        _variation_fields = d.get("variation_fields", UNSET)
        variation_fields: Sequence[str] | Unset = UNSET
        if isinstance(_variation_fields, list):
            for variation_fields_item in _variation_fields:
                if not (type(variation_fields_item) is str) and not isinstance(variation_fields_item, str):
                    raise FieldError(
                        "string",
                        variation_fields_item,
                        _position(_variation_fields, variation_fields_item),
                        "variation_fields",
                    )
            variation_fields = _variation_fields
        elif _variation_fields is not UNSET:
            raise FieldError("array", _variation_fields, "variation_fields")

        if variation_fields is UNSET:
            n__absent += 1

        weight = d.get("weight", UNSET)
        if not (type(weight) is dict or weight is None):
            if weight is UNSET:
                n__absent += 1
            elif not (isinstance(weight, dict) or weight is None):
                raise FieldError("object or null", weight, "weight")

        if cls is _plain__class:
            product_group_write_attributes = _new__object(cls)
            product_group_write_attributes.allow_shortage = allow_shortage
            product_group_write_attributes.buffer_time_after = buffer_time_after
            product_group_write_attributes.buffer_time_before = buffer_time_before
            product_group_write_attributes.confirm_shortage = confirm_shortage
            product_group_write_attributes.create_url_redirect = create_url_redirect
            product_group_write_attributes.default_purchase_cost_in_cents = default_purchase_cost_in_cents
            product_group_write_attributes.deposit_in_cents = deposit_in_cents
            product_group_write_attributes.discountable = discountable
            product_group_write_attributes.excerpt = excerpt
            product_group_write_attributes.extra_information = extra_information
            product_group_write_attributes.flat_fee_price_in_cents = flat_fee_price_in_cents
            product_group_write_attributes.has_variations = has_variations
            product_group_write_attributes.name = name
            product_group_write_attributes.photo_base64 = photo_base64
            product_group_write_attributes.price_period = price_period
            product_group_write_attributes.price_ruleset_id = price_ruleset_id
            product_group_write_attributes.price_structure_id = price_structure_id
            product_group_write_attributes.price_type = price_type
            product_group_write_attributes.product_type = product_type
            product_group_write_attributes.properties_attributes = properties_attributes
            product_group_write_attributes.remote_photo_url = remote_photo_url
            product_group_write_attributes.seo_description = seo_description
            product_group_write_attributes.seo_title = seo_title
            product_group_write_attributes.shortage_limit = shortage_limit
            product_group_write_attributes.show_in_store = show_in_store
            product_group_write_attributes.sku = sku
            product_group_write_attributes.slug = slug
            product_group_write_attributes.sorting_weight = sorting_weight
            product_group_write_attributes.stock_item_properties = stock_item_properties
            product_group_write_attributes.structure_price_in_cents = structure_price_in_cents
            product_group_write_attributes.tag_list = tag_list
            product_group_write_attributes.tax_category_id = tax_category_id
            product_group_write_attributes.taxable = taxable
            product_group_write_attributes.trackable = trackable
            product_group_write_attributes.tracking_type = tracking_type
            product_group_write_attributes.variation_fields = variation_fields
            product_group_write_attributes.weight = weight
            product_group_write_attributes.additional_properties = {}
        else:
            product_group_write_attributes = cls(
                allow_shortage,
                buffer_time_after,
                buffer_time_before,
                confirm_shortage,
                create_url_redirect,
                default_purchase_cost_in_cents,
                deposit_in_cents,
                discountable,
                excerpt,
                extra_information,
                flat_fee_price_in_cents,
                has_variations,
                name,
                photo_base64,
                price_period,
                price_ruleset_id,
                price_structure_id,
                price_type,
                product_type,
                properties_attributes,
                remote_photo_url,
                seo_description,
                seo_title,
                shortage_limit,
                show_in_store,
                sku,
                slug,
                sorting_weight,
                stock_item_properties,
                structure_price_in_cents,
                tag_list,
                tax_category_id,
                taxable,
                trackable,
                tracking_type,
                variation_fields,
                weight,
            )
        if len(d) + n__absent != 37:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "allow_shortage",
                    "buffer_time_after",
                    "buffer_time_before",
                    "confirm_shortage",
                    "create_url_redirect",
                    "default_purchase_cost_in_cents",
                    "deposit_in_cents",
                    "discountable",
                    "excerpt",
                    "extra_information",
                    "flat_fee_price_in_cents",
                    "has_variations",
                    "name",
                    "photo_base64",
                    "price_period",
                    "price_ruleset_id",
                    "price_structure_id",
                    "price_type",
                    "product_type",
                    "properties_attributes",
                    "remote_photo_url",
                    "seo_description",
                    "seo_title",
                    "shortage_limit",
                    "show_in_store",
                    "sku",
                    "slug",
                    "sorting_weight",
                    "stock_item_properties",
                    "structure_price_in_cents",
                    "tag_list",
                    "tax_category_id",
                    "taxable",
                    "trackable",
                    "tracking_type",
                    "variation_fields",
                    "weight",
                }
            }
            product_group_write_attributes.additional_properties = extra__props
        return product_group_write_attributes

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
        from ..models.price_ruleset import PriceRuleset
        from ..models.price_structure import PriceStructure
        from ..models.tax_category import TaxCategory

    def relate(
        self,
        *,
        price_ruleset: PriceRuleset | None | Unset = UNSET,
        price_structure: PriceStructure | None | Unset = UNSET,
        tax_category: TaxCategory | None | Unset = UNSET,
    ) -> ProductGroupWriteAttributes:
        """Point this product group at related records, by model: each keyword sets an id attribute.

        `price_ruleset=` sets `price_ruleset_id` (`None` clears it).
        `price_structure=` sets `price_structure_id` (`None` clears it).
        `tax_category=` sets `tax_category_id` (`None` clears it).
        Returns this object, so it can be written inline."""
        if not isinstance(price_ruleset, Unset):
            self.price_ruleset_id = None if price_ruleset is None else price_ruleset.id
        if not isinstance(price_structure, Unset):
            self.price_structure_id = None if price_structure is None else price_structure.id
        if not isinstance(tax_category, Unset):
            self.tax_category_id = None if tax_category is None else tax_category.id
        return self


_plain__class: type[ProductGroupWriteAttributes] | None = (
    ProductGroupWriteAttributes
    if {field.name for field in _attrs_fields(ProductGroupWriteAttributes)}
    == {
        "allow_shortage",
        "buffer_time_after",
        "buffer_time_before",
        "confirm_shortage",
        "create_url_redirect",
        "default_purchase_cost_in_cents",
        "deposit_in_cents",
        "discountable",
        "excerpt",
        "extra_information",
        "flat_fee_price_in_cents",
        "has_variations",
        "name",
        "photo_base64",
        "price_period",
        "price_ruleset_id",
        "price_structure_id",
        "price_type",
        "product_type",
        "properties_attributes",
        "remote_photo_url",
        "seo_description",
        "seo_title",
        "shortage_limit",
        "show_in_store",
        "sku",
        "slug",
        "sorting_weight",
        "stock_item_properties",
        "structure_price_in_cents",
        "tag_list",
        "tax_category_id",
        "taxable",
        "trackable",
        "tracking_type",
        "variation_fields",
        "weight",
        "additional_properties",
    }
    and not hasattr(ProductGroupWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
