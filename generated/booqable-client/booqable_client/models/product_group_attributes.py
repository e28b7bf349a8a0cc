from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.price_period import PricePeriod
from ..models.price_type import PriceType
from ..models.product_type import ProductType
from ..models.tracking_type import TrackingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.weight import Weight


T = TypeVar("T", bound="ProductGroupAttributes")


@_attrs_define
class ProductGroupAttributes:
    """Attributes of a product group as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            allow_shortage (bool | Unset):
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            base_price_in_cents (int | Unset): Base price, in cents.
            buffer_time_after (int | Unset):
            buffer_time_before (int | Unset):
            confirm_shortage (bool | Unset):
            create_url_redirect (bool | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            default_purchase_cost_in_cents (int | None | Unset): Default purchase cost, in cents.
            deposit_in_cents (int | Unset): Deposit, in cents.
            description (None | str | Unset):
            discountable (bool | Unset):
            excerpt (None | str | Unset):
            extra_information (None | str | Unset):
            flat_fee_price_in_cents (int | Unset): Flat fee price, in cents.
            group_name (None | str | Unset):
            has_variations (bool | Unset):
            name (str | Unset):
            photo_base64 (str | Unset):
            photo_id (None | Unset | UUID): ID of the related photo.
            photo_url (None | str | Unset):
            price_period (PricePeriod | Unset): Base period of a simple price.
            price_ruleset_id (None | Unset | UUID): ID of the related price ruleset.
            price_structure_id (None | Unset | UUID): ID of the related price structure.
            price_type (PriceType | Unset): How prices are calculated.
            product_type (ProductType | Unset): What kind of product it is.
            properties (JsonObject | Unset): A free-form JSON object.
            properties_attributes (list[JsonObject] | Unset):
            remote_photo_url (str | Unset):
            seo_description (None | str | Unset):
            seo_title (None | str | Unset):
            shortage_limit (int | Unset):
            show_in_store (bool | Unset):
            sku (str | Unset):
            slug (str | Unset):
            sorting_weight (int | Unset):
            stock_item_properties (list[str] | Unset):
            structure_price_in_cents (int | Unset): Structure price, in cents.
            tag_list (list[str] | Unset):
            tax_category_id (None | Unset | UUID): ID of the related tax category.
            taxable (bool | Unset):
            trackable (bool | Unset): Can only be set when the record is created.
            tracking_type (TrackingType | Unset): How stock of the product is tracked.
            type_ (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            variation (bool | Unset):
            variation_fields (list[str] | Unset):
            weight (None | Unset | Weight):
    """

    allow_shortage: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    base_price_in_cents: int | Unset = UNSET
    buffer_time_after: int | Unset = UNSET
    buffer_time_before: int | Unset = UNSET
    confirm_shortage: bool | Unset = UNSET
    create_url_redirect: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    default_purchase_cost_in_cents: int | None | Unset = UNSET
    deposit_in_cents: int | Unset = UNSET
    description: None | str | Unset = UNSET
    discountable: bool | Unset = UNSET
    excerpt: None | str | Unset = UNSET
    extra_information: None | str | Unset = UNSET
    flat_fee_price_in_cents: int | Unset = UNSET
    group_name: None | str | Unset = UNSET
    has_variations: bool | Unset = UNSET
    name: str | Unset = UNSET
    photo_base64: str | Unset = UNSET
    photo_id: None | Unset | UUID = UNSET
    photo_url: None | str | Unset = UNSET
    price_period: PricePeriod | Unset = UNSET
    price_ruleset_id: None | Unset | UUID = UNSET
    price_structure_id: None | Unset | UUID = UNSET
    price_type: PriceType | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    properties: JsonObject | Unset = UNSET
    properties_attributes: list[JsonObject] | Unset = UNSET
    remote_photo_url: str | Unset = UNSET
    seo_description: None | str | Unset = UNSET
    seo_title: None | str | Unset = UNSET
    shortage_limit: int | Unset = UNSET
    show_in_store: bool | Unset = UNSET
    sku: str | Unset = UNSET
    slug: str | Unset = UNSET
    sorting_weight: int | Unset = UNSET
    stock_item_properties: list[str] | Unset = UNSET
    structure_price_in_cents: int | Unset = UNSET
    tag_list: list[str] | Unset = UNSET
    tax_category_id: None | Unset | UUID = UNSET
    taxable: bool | Unset = UNSET
    trackable: bool | Unset = UNSET
    tracking_type: TrackingType | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    variation: bool | Unset = UNSET
    variation_fields: list[str] | Unset = UNSET
    weight: None | Unset | Weight = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.weight import Weight  # noqa: PLC0415

        allow_shortage = self.allow_shortage

        archived = self.archived

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat().replace("+00:00", "Z")
        else:
            archived_at = self.archived_at

        base_price_in_cents = self.base_price_in_cents

        buffer_time_after = self.buffer_time_after

        buffer_time_before = self.buffer_time_before

        confirm_shortage = self.confirm_shortage

        create_url_redirect = self.create_url_redirect

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        default_purchase_cost_in_cents: int | None | Unset
        if isinstance(self.default_purchase_cost_in_cents, Unset):
            default_purchase_cost_in_cents = UNSET
        else:
            default_purchase_cost_in_cents = self.default_purchase_cost_in_cents

        deposit_in_cents = self.deposit_in_cents

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

        flat_fee_price_in_cents = self.flat_fee_price_in_cents

        group_name: None | str | Unset
        if isinstance(self.group_name, Unset):
            group_name = UNSET
        else:
            group_name = self.group_name

        has_variations = self.has_variations

        name = self.name

        photo_base64 = self.photo_base64

        photo_id: None | str | Unset
        if isinstance(self.photo_id, Unset):
            photo_id = UNSET
        elif isinstance(self.photo_id, UUID):
            photo_id = str(self.photo_id)
        else:
            photo_id = self.photo_id

        photo_url: None | str | Unset
        if isinstance(self.photo_url, Unset):
            photo_url = UNSET
        else:
            photo_url = self.photo_url

        price_period: str | Unset = UNSET
        if not isinstance(self.price_period, Unset):
            price_period = self.price_period.value

        price_ruleset_id: None | str | Unset
        if isinstance(self.price_ruleset_id, Unset):
            price_ruleset_id = UNSET
        elif isinstance(self.price_ruleset_id, UUID):
            price_ruleset_id = str(self.price_ruleset_id)
        else:
            price_ruleset_id = self.price_ruleset_id

        price_structure_id: None | str | Unset
        if isinstance(self.price_structure_id, Unset):
            price_structure_id = UNSET
        elif isinstance(self.price_structure_id, UUID):
            price_structure_id = str(self.price_structure_id)
        else:
            price_structure_id = self.price_structure_id

        price_type: str | Unset = UNSET
        if not isinstance(self.price_type, Unset):
            price_type = self.price_type.value

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type.value

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        properties_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties_attributes, Unset):
            properties_attributes = []
            for properties_attributes_item_data in self.properties_attributes:
                properties_attributes_item = properties_attributes_item_data.to_dict()
                properties_attributes.append(properties_attributes_item)

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

        shortage_limit = self.shortage_limit

        show_in_store = self.show_in_store

        sku = self.sku

        slug = self.slug

        sorting_weight = self.sorting_weight

        stock_item_properties: list[str] | Unset = UNSET
        if not isinstance(self.stock_item_properties, Unset):
            stock_item_properties = self.stock_item_properties

        structure_price_in_cents = self.structure_price_in_cents

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

        trackable = self.trackable

        tracking_type: str | Unset = UNSET
        if not isinstance(self.tracking_type, Unset):
            tracking_type = self.tracking_type.value

        type_ = self.type_

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        variation = self.variation

        variation_fields: list[str] | Unset = UNSET
        if not isinstance(self.variation_fields, Unset):
            variation_fields = self.variation_fields

        weight: dict[str, Any] | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        elif isinstance(self.weight, Weight):
            weight = self.weight.to_dict()
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_shortage is not UNSET:
            field_dict["allow_shortage"] = allow_shortage
        if archived is not UNSET:
            field_dict["archived"] = archived
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if base_price_in_cents is not UNSET:
            field_dict["base_price_in_cents"] = base_price_in_cents
        if buffer_time_after is not UNSET:
            field_dict["buffer_time_after"] = buffer_time_after
        if buffer_time_before is not UNSET:
            field_dict["buffer_time_before"] = buffer_time_before
        if confirm_shortage is not UNSET:
            field_dict["confirm_shortage"] = confirm_shortage
        if create_url_redirect is not UNSET:
            field_dict["create_url_redirect"] = create_url_redirect
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if default_purchase_cost_in_cents is not UNSET:
            field_dict["default_purchase_cost_in_cents"] = default_purchase_cost_in_cents
        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        if description is not UNSET:
            field_dict["description"] = description
        if discountable is not UNSET:
            field_dict["discountable"] = discountable
        if excerpt is not UNSET:
            field_dict["excerpt"] = excerpt
        if extra_information is not UNSET:
            field_dict["extra_information"] = extra_information
        if flat_fee_price_in_cents is not UNSET:
            field_dict["flat_fee_price_in_cents"] = flat_fee_price_in_cents
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if has_variations is not UNSET:
            field_dict["has_variations"] = has_variations
        if name is not UNSET:
            field_dict["name"] = name
        if photo_base64 is not UNSET:
            field_dict["photo_base64"] = photo_base64
        if photo_id is not UNSET:
            field_dict["photo_id"] = photo_id
        if photo_url is not UNSET:
            field_dict["photo_url"] = photo_url
        if price_period is not UNSET:
            field_dict["price_period"] = price_period
        if price_ruleset_id is not UNSET:
            field_dict["price_ruleset_id"] = price_ruleset_id
        if price_structure_id is not UNSET:
            field_dict["price_structure_id"] = price_structure_id
        if price_type is not UNSET:
            field_dict["price_type"] = price_type
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if properties is not UNSET:
            field_dict["properties"] = properties
        if properties_attributes is not UNSET:
            field_dict["properties_attributes"] = properties_attributes
        if remote_photo_url is not UNSET:
            field_dict["remote_photo_url"] = remote_photo_url
        if seo_description is not UNSET:
            field_dict["seo_description"] = seo_description
        if seo_title is not UNSET:
            field_dict["seo_title"] = seo_title
        if shortage_limit is not UNSET:
            field_dict["shortage_limit"] = shortage_limit
        if show_in_store is not UNSET:
            field_dict["show_in_store"] = show_in_store
        if sku is not UNSET:
            field_dict["sku"] = sku
        if slug is not UNSET:
            field_dict["slug"] = slug
        if sorting_weight is not UNSET:
            field_dict["sorting_weight"] = sorting_weight
        if stock_item_properties is not UNSET:
            field_dict["stock_item_properties"] = stock_item_properties
        if structure_price_in_cents is not UNSET:
            field_dict["structure_price_in_cents"] = structure_price_in_cents
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if trackable is not UNSET:
            field_dict["trackable"] = trackable
        if tracking_type is not UNSET:
            field_dict["tracking_type"] = tracking_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if variation is not UNSET:
            field_dict["variation"] = variation
        if variation_fields is not UNSET:
            field_dict["variation_fields"] = variation_fields
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.weight import Weight  # noqa: PLC0415

        d = dict(src_dict)
        allow_shortage = d.pop("allow_shortage", UNSET)

        archived = d.pop("archived", UNSET)

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        base_price_in_cents = d.pop("base_price_in_cents", UNSET)

        buffer_time_after = d.pop("buffer_time_after", UNSET)

        buffer_time_before = d.pop("buffer_time_before", UNSET)

        confirm_shortage = d.pop("confirm_shortage", UNSET)

        create_url_redirect = d.pop("create_url_redirect", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_default_purchase_cost_in_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_purchase_cost_in_cents = _parse_default_purchase_cost_in_cents(
            d.pop("default_purchase_cost_in_cents", UNSET)
        )

        deposit_in_cents = d.pop("deposit_in_cents", UNSET)

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

        flat_fee_price_in_cents = d.pop("flat_fee_price_in_cents", UNSET)

        def _parse_group_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_name = _parse_group_name(d.pop("group_name", UNSET))

        has_variations = d.pop("has_variations", UNSET)

        name = d.pop("name", UNSET)

        photo_base64 = d.pop("photo_base64", UNSET)

        def _parse_photo_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                photo_id_type_0 = UUID(data)

                return photo_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        photo_id = _parse_photo_id(d.pop("photo_id", UNSET))

        def _parse_photo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        photo_url = _parse_photo_url(d.pop("photo_url", UNSET))

        _price_period = d.pop("price_period", UNSET)
        price_period: PricePeriod | Unset
        if isinstance(_price_period, Unset):
            price_period = UNSET
        else:
            price_period = PricePeriod(_price_period)

        def _parse_price_ruleset_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                price_ruleset_id_type_0 = UUID(data)

                return price_ruleset_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        price_ruleset_id = _parse_price_ruleset_id(d.pop("price_ruleset_id", UNSET))

        def _parse_price_structure_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                price_structure_id_type_0 = UUID(data)

                return price_structure_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        price_structure_id = _parse_price_structure_id(d.pop("price_structure_id", UNSET))

        _price_type = d.pop("price_type", UNSET)
        price_type: PriceType | Unset
        if isinstance(_price_type, Unset):
            price_type = UNSET
        else:
            price_type = PriceType(_price_type)

        _product_type = d.pop("product_type", UNSET)
        product_type: ProductType | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = ProductType(_product_type)

        _properties = d.pop("properties", UNSET)
        properties: JsonObject | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = JsonObject.from_dict(_properties)

        _properties_attributes = d.pop("properties_attributes", UNSET)
        properties_attributes: list[JsonObject] | Unset = UNSET
        if _properties_attributes is not UNSET:
            properties_attributes = []
            for properties_attributes_item_data in _properties_attributes:
                properties_attributes_item = JsonObject.from_dict(properties_attributes_item_data)

                properties_attributes.append(properties_attributes_item)

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

        shortage_limit = d.pop("shortage_limit", UNSET)

        show_in_store = d.pop("show_in_store", UNSET)

        sku = d.pop("sku", UNSET)

        slug = d.pop("slug", UNSET)

        sorting_weight = d.pop("sorting_weight", UNSET)

        stock_item_properties = cast(list[str], d.pop("stock_item_properties", UNSET))

        structure_price_in_cents = d.pop("structure_price_in_cents", UNSET)

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

        trackable = d.pop("trackable", UNSET)

        _tracking_type = d.pop("tracking_type", UNSET)
        tracking_type: TrackingType | Unset
        if isinstance(_tracking_type, Unset):
            tracking_type = UNSET
        else:
            tracking_type = TrackingType(_tracking_type)

        type_ = d.pop("type", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        variation = d.pop("variation", UNSET)

        variation_fields = cast(list[str], d.pop("variation_fields", UNSET))

        def _parse_weight(data: object) -> None | Unset | Weight:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                weight_type_0 = Weight.from_dict(data)

                return weight_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Weight, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        product_group_attributes = cls(
            allow_shortage=allow_shortage,
            archived=archived,
            archived_at=archived_at,
            base_price_in_cents=base_price_in_cents,
            buffer_time_after=buffer_time_after,
            buffer_time_before=buffer_time_before,
            confirm_shortage=confirm_shortage,
            create_url_redirect=create_url_redirect,
            created_at=created_at,
            default_purchase_cost_in_cents=default_purchase_cost_in_cents,
            deposit_in_cents=deposit_in_cents,
            description=description,
            discountable=discountable,
            excerpt=excerpt,
            extra_information=extra_information,
            flat_fee_price_in_cents=flat_fee_price_in_cents,
            group_name=group_name,
            has_variations=has_variations,
            name=name,
            photo_base64=photo_base64,
            photo_id=photo_id,
            photo_url=photo_url,
            price_period=price_period,
            price_ruleset_id=price_ruleset_id,
            price_structure_id=price_structure_id,
            price_type=price_type,
            product_type=product_type,
            properties=properties,
            properties_attributes=properties_attributes,
            remote_photo_url=remote_photo_url,
            seo_description=seo_description,
            seo_title=seo_title,
            shortage_limit=shortage_limit,
            show_in_store=show_in_store,
            sku=sku,
            slug=slug,
            sorting_weight=sorting_weight,
            stock_item_properties=stock_item_properties,
            structure_price_in_cents=structure_price_in_cents,
            tag_list=tag_list,
            tax_category_id=tax_category_id,
            taxable=taxable,
            trackable=trackable,
            tracking_type=tracking_type,
            type_=type_,
            updated_at=updated_at,
            variation=variation,
            variation_fields=variation_fields,
            weight=weight,
        )

        product_group_attributes.additional_properties = d
        return product_group_attributes

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
