from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..models.price_period import PricePeriod
from ..models.price_type import PriceType
from ..models.product_type import ProductType
from ..models.tracking_type import TrackingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.weight import Weight

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject, Weight  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415
    from ..models.weight import Weight  # noqa: PLC0415

    _refs__resolved = True


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
        if not _refs__resolved:
            _resolve__refs()
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
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ProductGroupAttributes)", src_dict)
        d = dict(src_dict)
        allow_shortage = d.pop("allow_shortage", UNSET)
        if not isinstance(allow_shortage, bool) and allow_shortage is not UNSET:
            raise FieldError("boolean", allow_shortage, "allow_shortage")

        archived = d.pop("archived", UNSET)
        if not isinstance(archived, bool) and archived is not UNSET:
            raise FieldError("boolean", archived, "archived")

        _archived_at = d.pop("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        elif isinstance(_archived_at, str):
            _archived_at_type_0 = _archived_at
            try:
                archived_at_type_0 = datetime.datetime.fromisoformat(_archived_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _archived_at_type_0, "archived_at") from None

            archived_at = archived_at_type_0
        else:
            raise FieldError("date-time string or null", _archived_at, "archived_at")

        base_price_in_cents = d.pop("base_price_in_cents", UNSET)
        if (
            not (
                isinstance(base_price_in_cents, int)
                and base_price_in_cents is not True
                and base_price_in_cents is not False
            )
            and base_price_in_cents is not UNSET
        ):
            raise FieldError("integer", base_price_in_cents, "base_price_in_cents")

        buffer_time_after = d.pop("buffer_time_after", UNSET)
        if (
            not (
                isinstance(buffer_time_after, int) and buffer_time_after is not True and buffer_time_after is not False
            )
            and buffer_time_after is not UNSET
        ):
            raise FieldError("integer", buffer_time_after, "buffer_time_after")

        buffer_time_before = d.pop("buffer_time_before", UNSET)
        if (
            not (
                isinstance(buffer_time_before, int)
                and buffer_time_before is not True
                and buffer_time_before is not False
            )
            and buffer_time_before is not UNSET
        ):
            raise FieldError("integer", buffer_time_before, "buffer_time_before")

        confirm_shortage = d.pop("confirm_shortage", UNSET)
        if not isinstance(confirm_shortage, bool) and confirm_shortage is not UNSET:
            raise FieldError("boolean", confirm_shortage, "confirm_shortage")

        create_url_redirect = d.pop("create_url_redirect", UNSET)
        if not isinstance(create_url_redirect, bool) and create_url_redirect is not UNSET:
            raise FieldError("boolean", create_url_redirect, "create_url_redirect")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        default_purchase_cost_in_cents = d.pop("default_purchase_cost_in_cents", UNSET)
        if (
            not (
                isinstance(default_purchase_cost_in_cents, int)
                and default_purchase_cost_in_cents is not True
                and default_purchase_cost_in_cents is not False
                or default_purchase_cost_in_cents is None
            )
            and default_purchase_cost_in_cents is not UNSET
        ):
            raise FieldError("integer or null", default_purchase_cost_in_cents, "default_purchase_cost_in_cents")

        deposit_in_cents = d.pop("deposit_in_cents", UNSET)
        if (
            not (isinstance(deposit_in_cents, int) and deposit_in_cents is not True and deposit_in_cents is not False)
            and deposit_in_cents is not UNSET
        ):
            raise FieldError("integer", deposit_in_cents, "deposit_in_cents")

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

        flat_fee_price_in_cents = d.pop("flat_fee_price_in_cents", UNSET)
        if (
            not (
                isinstance(flat_fee_price_in_cents, int)
                and flat_fee_price_in_cents is not True
                and flat_fee_price_in_cents is not False
            )
            and flat_fee_price_in_cents is not UNSET
        ):
            raise FieldError("integer", flat_fee_price_in_cents, "flat_fee_price_in_cents")

        group_name = d.pop("group_name", UNSET)
        if not (isinstance(group_name, str) or group_name is None) and group_name is not UNSET:
            raise FieldError("string or null", group_name, "group_name")

        has_variations = d.pop("has_variations", UNSET)
        if not isinstance(has_variations, bool) and has_variations is not UNSET:
            raise FieldError("boolean", has_variations, "has_variations")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        photo_base64 = d.pop("photo_base64", UNSET)
        if not isinstance(photo_base64, str) and photo_base64 is not UNSET:
            raise FieldError("string", photo_base64, "photo_base64")

        _photo_id = d.pop("photo_id", UNSET)
        photo_id: None | Unset | UUID
        if _photo_id is None or _photo_id is UNSET:
            photo_id = _photo_id
        elif isinstance(_photo_id, str):
            _photo_id_type_0 = _photo_id
            try:
                photo_id_type_0 = UUID(_photo_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _photo_id_type_0, "photo_id") from None

            photo_id = photo_id_type_0
        else:
            raise FieldError("UUID string or null", _photo_id, "photo_id")

        photo_url = d.pop("photo_url", UNSET)
        if not (isinstance(photo_url, str) or photo_url is None) and photo_url is not UNSET:
            raise FieldError("string or null", photo_url, "photo_url")

        _price_period = d.pop("price_period", UNSET)
        price_period: PricePeriod | Unset = UNSET
        if isinstance(_price_period, str):
            price_period = PricePeriod(_price_period)
        elif _price_period is not UNSET:
            raise FieldError("string (PricePeriod)", _price_period, "price_period")

        _price_ruleset_id = d.pop("price_ruleset_id", UNSET)
        price_ruleset_id: None | Unset | UUID
        if _price_ruleset_id is None or _price_ruleset_id is UNSET:
            price_ruleset_id = _price_ruleset_id
        elif isinstance(_price_ruleset_id, str):
            _price_ruleset_id_type_0 = _price_ruleset_id
            try:
                price_ruleset_id_type_0 = UUID(_price_ruleset_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _price_ruleset_id_type_0, "price_ruleset_id") from None

            price_ruleset_id = price_ruleset_id_type_0
        else:
            raise FieldError("UUID string or null", _price_ruleset_id, "price_ruleset_id")

        _price_structure_id = d.pop("price_structure_id", UNSET)
        price_structure_id: None | Unset | UUID
        if _price_structure_id is None or _price_structure_id is UNSET:
            price_structure_id = _price_structure_id
        elif isinstance(_price_structure_id, str):
            _price_structure_id_type_0 = _price_structure_id
            try:
                price_structure_id_type_0 = UUID(_price_structure_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _price_structure_id_type_0, "price_structure_id") from None

            price_structure_id = price_structure_id_type_0
        else:
            raise FieldError("UUID string or null", _price_structure_id, "price_structure_id")

        _price_type = d.pop("price_type", UNSET)
        price_type: PriceType | Unset = UNSET
        if isinstance(_price_type, str):
            price_type = PriceType(_price_type)
        elif _price_type is not UNSET:
            raise FieldError("string (PriceType)", _price_type, "price_type")

        _product_type = d.pop("product_type", UNSET)
        product_type: ProductType | Unset = UNSET
        if isinstance(_product_type, str):
            product_type = ProductType(_product_type)
        elif _product_type is not UNSET:
            raise FieldError("string (ProductType)", _product_type, "product_type")

        _properties = d.pop("properties", UNSET)
        properties: JsonObject | Unset = UNSET
        if _properties is not UNSET:
            try:
                properties = JsonObject.from_dict(_properties)
            except FieldError as field__error:
                field__error.segments.append("properties")
                raise

        _properties_attributes = d.pop("properties_attributes", UNSET)
        properties_attributes: list[JsonObject] | Unset = UNSET
        if isinstance(_properties_attributes, list):
            properties_attributes = []
            try:
                for properties_attributes_item_data in _properties_attributes:
                    properties_attributes_item = JsonObject.from_dict(properties_attributes_item_data)

                    properties_attributes.append(properties_attributes_item)
            except FieldError as field__error:
                field__error.segments.append(len(properties_attributes))
                field__error.segments.append("properties_attributes")
                raise
        elif _properties_attributes is not UNSET:
            raise FieldError("array", _properties_attributes, "properties_attributes")

        remote_photo_url = d.pop("remote_photo_url", UNSET)
        if not isinstance(remote_photo_url, str) and remote_photo_url is not UNSET:
            raise FieldError("string", remote_photo_url, "remote_photo_url")

        seo_description = d.pop("seo_description", UNSET)
        if not (isinstance(seo_description, str) or seo_description is None) and seo_description is not UNSET:
            raise FieldError("string or null", seo_description, "seo_description")

        seo_title = d.pop("seo_title", UNSET)
        if not (isinstance(seo_title, str) or seo_title is None) and seo_title is not UNSET:
            raise FieldError("string or null", seo_title, "seo_title")

        shortage_limit = d.pop("shortage_limit", UNSET)
        if (
            not (isinstance(shortage_limit, int) and shortage_limit is not True and shortage_limit is not False)
            and shortage_limit is not UNSET
        ):
            raise FieldError("integer", shortage_limit, "shortage_limit")

        show_in_store = d.pop("show_in_store", UNSET)
        if not isinstance(show_in_store, bool) and show_in_store is not UNSET:
            raise FieldError("boolean", show_in_store, "show_in_store")

        sku = d.pop("sku", UNSET)
        if not isinstance(sku, str) and sku is not UNSET:
            raise FieldError("string", sku, "sku")

        slug = d.pop("slug", UNSET)
        if not isinstance(slug, str) and slug is not UNSET:
            raise FieldError("string", slug, "slug")

        sorting_weight = d.pop("sorting_weight", UNSET)
        if (
            not (isinstance(sorting_weight, int) and sorting_weight is not True and sorting_weight is not False)
            and sorting_weight is not UNSET
        ):
            raise FieldError("integer", sorting_weight, "sorting_weight")

        _stock_item_properties = d.pop("stock_item_properties", UNSET)
        stock_item_properties: list[str] | Unset = UNSET
        if isinstance(_stock_item_properties, list):
            for stock_item_properties_item in _stock_item_properties:
                if not isinstance(stock_item_properties_item, str):
                    raise FieldError(
                        "string",
                        stock_item_properties_item,
                        _position(_stock_item_properties, stock_item_properties_item),
                        "stock_item_properties",
                    )
            stock_item_properties = _stock_item_properties
        elif _stock_item_properties is not UNSET:
            raise FieldError("array", _stock_item_properties, "stock_item_properties")

        structure_price_in_cents = d.pop("structure_price_in_cents", UNSET)
        if (
            not (
                isinstance(structure_price_in_cents, int)
                and structure_price_in_cents is not True
                and structure_price_in_cents is not False
            )
            and structure_price_in_cents is not UNSET
        ):
            raise FieldError("integer", structure_price_in_cents, "structure_price_in_cents")

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

        trackable = d.pop("trackable", UNSET)
        if not isinstance(trackable, bool) and trackable is not UNSET:
            raise FieldError("boolean", trackable, "trackable")

        _tracking_type = d.pop("tracking_type", UNSET)
        tracking_type: TrackingType | Unset = UNSET
        if isinstance(_tracking_type, str):
            tracking_type = TrackingType(_tracking_type)
        elif _tracking_type is not UNSET:
            raise FieldError("string (TrackingType)", _tracking_type, "tracking_type")

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, str) and type_ is not UNSET:
            raise FieldError("string", type_, "type")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        variation = d.pop("variation", UNSET)
        if not isinstance(variation, bool) and variation is not UNSET:
            raise FieldError("boolean", variation, "variation")

        _variation_fields = d.pop("variation_fields", UNSET)
        variation_fields: list[str] | Unset = UNSET
        if isinstance(_variation_fields, list):
            for variation_fields_item in _variation_fields:
                if not isinstance(variation_fields_item, str):
                    raise FieldError(
                        "string",
                        variation_fields_item,
                        _position(_variation_fields, variation_fields_item),
                        "variation_fields",
                    )
            variation_fields = _variation_fields
        elif _variation_fields is not UNSET:
            raise FieldError("array", _variation_fields, "variation_fields")

        _weight = d.pop("weight", UNSET)
        weight: None | Unset | Weight
        if _weight is None or _weight is UNSET:
            weight = _weight
        elif isinstance(_weight, dict):
            try:
                weight_type_0 = Weight.from_dict(_weight)
            except FieldError as field__error:
                field__error.segments.append("weight")
                raise

            weight = weight_type_0
        else:
            raise FieldError("object (Weight) or null", _weight, "weight")

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
