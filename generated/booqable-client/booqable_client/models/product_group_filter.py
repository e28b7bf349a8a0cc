from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.id_operators import IdOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.string_operators import StringOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_equal_operators import UuidEqualOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, IdOperators, IntegerOperators, StringEqualOperators, StringOperators, TextOperators, UuidEqualOperators, UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.id_operators import IdOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.string_operators import StringOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="ProductGroupFilter")


@_attrs_define
class ProductGroupFilter:
    """Filters for product groups: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            allow_shortage (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            archived (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            archived_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            base_price_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            buffer_time_after (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            buffer_time_before (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            collection_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            default_purchase_cost_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            deposit_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            description (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            discountable (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            excerpt (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            extra_information (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            flat_fee_price_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            group_name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            has_variations (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            id (IdOperators | Unset | UUID): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            photo_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            price_period (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            price_ruleset_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            price_structure_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            price_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            product_group_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            product_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            q (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            seo_description (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            seo_title (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            shortage_limit (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            show_in_store (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            sku (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            slug (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            sorting_weight (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            structure_price_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            tag_list (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            tax_category_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            taxable (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            trackable (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            tracking_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            type_ (str | StringOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            variation (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
    """

    allow_shortage: bool | BooleanOperators | Unset = UNSET
    archived: bool | BooleanOperators | Unset = UNSET
    archived_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    base_price_in_cents: int | IntegerOperators | Unset = UNSET
    buffer_time_after: int | IntegerOperators | Unset = UNSET
    buffer_time_before: int | IntegerOperators | Unset = UNSET
    collection_id: Unset | UUID | UuidOperators = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    default_purchase_cost_in_cents: int | IntegerOperators | Unset = UNSET
    deposit_in_cents: int | IntegerOperators | Unset = UNSET
    description: str | TextOperators | Unset = UNSET
    discountable: bool | BooleanOperators | Unset = UNSET
    excerpt: str | TextOperators | Unset = UNSET
    extra_information: str | TextOperators | Unset = UNSET
    flat_fee_price_in_cents: int | IntegerOperators | Unset = UNSET
    group_name: str | TextOperators | Unset = UNSET
    has_variations: bool | BooleanOperators | Unset = UNSET
    id: IdOperators | Unset | UUID = UNSET
    name: str | TextOperators | Unset = UNSET
    photo_id: Unset | UUID | UuidOperators = UNSET
    price_period: str | StringEqualOperators | Unset = UNSET
    price_ruleset_id: Unset | UUID | UuidOperators = UNSET
    price_structure_id: Unset | UUID | UuidOperators = UNSET
    price_type: str | StringEqualOperators | Unset = UNSET
    product_group_id: Unset | UUID | UuidEqualOperators = UNSET
    product_type: str | StringEqualOperators | Unset = UNSET
    q: str | TextOperators | Unset = UNSET
    seo_description: str | TextOperators | Unset = UNSET
    seo_title: str | TextOperators | Unset = UNSET
    shortage_limit: int | IntegerOperators | Unset = UNSET
    show_in_store: bool | BooleanOperators | Unset = UNSET
    sku: str | TextOperators | Unset = UNSET
    slug: str | TextOperators | Unset = UNSET
    sorting_weight: int | IntegerOperators | Unset = UNSET
    structure_price_in_cents: int | IntegerOperators | Unset = UNSET
    tag_list: str | StringEqualOperators | Unset = UNSET
    tax_category_id: Unset | UUID | UuidOperators = UNSET
    taxable: bool | BooleanOperators | Unset = UNSET
    trackable: bool | BooleanOperators | Unset = UNSET
    tracking_type: str | StringEqualOperators | Unset = UNSET
    type_: str | StringOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    variation: bool | BooleanOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        allow_shortage: bool | dict[str, Any] | Unset
        if isinstance(self.allow_shortage, Unset):
            allow_shortage = UNSET
        elif isinstance(self.allow_shortage, BooleanOperators):
            allow_shortage = self.allow_shortage.to_dict()
        else:
            allow_shortage = self.allow_shortage

        archived: bool | dict[str, Any] | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        elif isinstance(self.archived, BooleanOperators):
            archived = self.archived.to_dict()
        else:
            archived = self.archived

        archived_at: dict[str, Any] | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, DatetimeOperators):
            archived_at = self.archived_at.to_dict()
        else:
            archived_at = self.archived_at.isoformat().replace("+00:00", "Z")

        base_price_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.base_price_in_cents, Unset):
            base_price_in_cents = UNSET
        elif isinstance(self.base_price_in_cents, IntegerOperators):
            base_price_in_cents = self.base_price_in_cents.to_dict()
        else:
            base_price_in_cents = self.base_price_in_cents

        buffer_time_after: dict[str, Any] | int | Unset
        if isinstance(self.buffer_time_after, Unset):
            buffer_time_after = UNSET
        elif isinstance(self.buffer_time_after, IntegerOperators):
            buffer_time_after = self.buffer_time_after.to_dict()
        else:
            buffer_time_after = self.buffer_time_after

        buffer_time_before: dict[str, Any] | int | Unset
        if isinstance(self.buffer_time_before, Unset):
            buffer_time_before = UNSET
        elif isinstance(self.buffer_time_before, IntegerOperators):
            buffer_time_before = self.buffer_time_before.to_dict()
        else:
            buffer_time_before = self.buffer_time_before

        collection_id: dict[str, Any] | str | Unset
        if isinstance(self.collection_id, Unset):
            collection_id = UNSET
        elif isinstance(self.collection_id, UuidOperators):
            collection_id = self.collection_id.to_dict()
        else:
            collection_id = str(self.collection_id)

        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        default_purchase_cost_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.default_purchase_cost_in_cents, Unset):
            default_purchase_cost_in_cents = UNSET
        elif isinstance(self.default_purchase_cost_in_cents, IntegerOperators):
            default_purchase_cost_in_cents = self.default_purchase_cost_in_cents.to_dict()
        else:
            default_purchase_cost_in_cents = self.default_purchase_cost_in_cents

        deposit_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.deposit_in_cents, Unset):
            deposit_in_cents = UNSET
        elif isinstance(self.deposit_in_cents, IntegerOperators):
            deposit_in_cents = self.deposit_in_cents.to_dict()
        else:
            deposit_in_cents = self.deposit_in_cents

        description: dict[str, Any] | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, TextOperators):
            description = self.description.to_dict()
        else:
            description = self.description

        discountable: bool | dict[str, Any] | Unset
        if isinstance(self.discountable, Unset):
            discountable = UNSET
        elif isinstance(self.discountable, BooleanOperators):
            discountable = self.discountable.to_dict()
        else:
            discountable = self.discountable

        excerpt: dict[str, Any] | str | Unset
        if isinstance(self.excerpt, Unset):
            excerpt = UNSET
        elif isinstance(self.excerpt, TextOperators):
            excerpt = self.excerpt.to_dict()
        else:
            excerpt = self.excerpt

        extra_information: dict[str, Any] | str | Unset
        if isinstance(self.extra_information, Unset):
            extra_information = UNSET
        elif isinstance(self.extra_information, TextOperators):
            extra_information = self.extra_information.to_dict()
        else:
            extra_information = self.extra_information

        flat_fee_price_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.flat_fee_price_in_cents, Unset):
            flat_fee_price_in_cents = UNSET
        elif isinstance(self.flat_fee_price_in_cents, IntegerOperators):
            flat_fee_price_in_cents = self.flat_fee_price_in_cents.to_dict()
        else:
            flat_fee_price_in_cents = self.flat_fee_price_in_cents

        group_name: dict[str, Any] | str | Unset
        if isinstance(self.group_name, Unset):
            group_name = UNSET
        elif isinstance(self.group_name, TextOperators):
            group_name = self.group_name.to_dict()
        else:
            group_name = self.group_name

        has_variations: bool | dict[str, Any] | Unset
        if isinstance(self.has_variations, Unset):
            has_variations = UNSET
        elif isinstance(self.has_variations, BooleanOperators):
            has_variations = self.has_variations.to_dict()
        else:
            has_variations = self.has_variations

        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, IdOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        name: dict[str, Any] | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TextOperators):
            name = self.name.to_dict()
        else:
            name = self.name

        photo_id: dict[str, Any] | str | Unset
        if isinstance(self.photo_id, Unset):
            photo_id = UNSET
        elif isinstance(self.photo_id, UuidOperators):
            photo_id = self.photo_id.to_dict()
        else:
            photo_id = str(self.photo_id)

        price_period: dict[str, Any] | str | Unset
        if isinstance(self.price_period, Unset):
            price_period = UNSET
        elif isinstance(self.price_period, StringEqualOperators):
            price_period = self.price_period.to_dict()
        else:
            price_period = self.price_period

        price_ruleset_id: dict[str, Any] | str | Unset
        if isinstance(self.price_ruleset_id, Unset):
            price_ruleset_id = UNSET
        elif isinstance(self.price_ruleset_id, UuidOperators):
            price_ruleset_id = self.price_ruleset_id.to_dict()
        else:
            price_ruleset_id = str(self.price_ruleset_id)

        price_structure_id: dict[str, Any] | str | Unset
        if isinstance(self.price_structure_id, Unset):
            price_structure_id = UNSET
        elif isinstance(self.price_structure_id, UuidOperators):
            price_structure_id = self.price_structure_id.to_dict()
        else:
            price_structure_id = str(self.price_structure_id)

        price_type: dict[str, Any] | str | Unset
        if isinstance(self.price_type, Unset):
            price_type = UNSET
        elif isinstance(self.price_type, StringEqualOperators):
            price_type = self.price_type.to_dict()
        else:
            price_type = self.price_type

        product_group_id: dict[str, Any] | str | Unset
        if isinstance(self.product_group_id, Unset):
            product_group_id = UNSET
        elif isinstance(self.product_group_id, UuidEqualOperators):
            product_group_id = self.product_group_id.to_dict()
        else:
            product_group_id = str(self.product_group_id)

        product_type: dict[str, Any] | str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        elif isinstance(self.product_type, StringEqualOperators):
            product_type = self.product_type.to_dict()
        else:
            product_type = self.product_type

        q: dict[str, Any] | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        elif isinstance(self.q, TextOperators):
            q = self.q.to_dict()
        else:
            q = self.q

        seo_description: dict[str, Any] | str | Unset
        if isinstance(self.seo_description, Unset):
            seo_description = UNSET
        elif isinstance(self.seo_description, TextOperators):
            seo_description = self.seo_description.to_dict()
        else:
            seo_description = self.seo_description

        seo_title: dict[str, Any] | str | Unset
        if isinstance(self.seo_title, Unset):
            seo_title = UNSET
        elif isinstance(self.seo_title, TextOperators):
            seo_title = self.seo_title.to_dict()
        else:
            seo_title = self.seo_title

        shortage_limit: dict[str, Any] | int | Unset
        if isinstance(self.shortage_limit, Unset):
            shortage_limit = UNSET
        elif isinstance(self.shortage_limit, IntegerOperators):
            shortage_limit = self.shortage_limit.to_dict()
        else:
            shortage_limit = self.shortage_limit

        show_in_store: bool | dict[str, Any] | Unset
        if isinstance(self.show_in_store, Unset):
            show_in_store = UNSET
        elif isinstance(self.show_in_store, BooleanOperators):
            show_in_store = self.show_in_store.to_dict()
        else:
            show_in_store = self.show_in_store

        sku: dict[str, Any] | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        elif isinstance(self.sku, TextOperators):
            sku = self.sku.to_dict()
        else:
            sku = self.sku

        slug: dict[str, Any] | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        elif isinstance(self.slug, TextOperators):
            slug = self.slug.to_dict()
        else:
            slug = self.slug

        sorting_weight: dict[str, Any] | int | Unset
        if isinstance(self.sorting_weight, Unset):
            sorting_weight = UNSET
        elif isinstance(self.sorting_weight, IntegerOperators):
            sorting_weight = self.sorting_weight.to_dict()
        else:
            sorting_weight = self.sorting_weight

        structure_price_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.structure_price_in_cents, Unset):
            structure_price_in_cents = UNSET
        elif isinstance(self.structure_price_in_cents, IntegerOperators):
            structure_price_in_cents = self.structure_price_in_cents.to_dict()
        else:
            structure_price_in_cents = self.structure_price_in_cents

        tag_list: dict[str, Any] | str | Unset
        if isinstance(self.tag_list, Unset):
            tag_list = UNSET
        elif isinstance(self.tag_list, StringEqualOperators):
            tag_list = self.tag_list.to_dict()
        else:
            tag_list = self.tag_list

        tax_category_id: dict[str, Any] | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        elif isinstance(self.tax_category_id, UuidOperators):
            tax_category_id = self.tax_category_id.to_dict()
        else:
            tax_category_id = str(self.tax_category_id)

        taxable: bool | dict[str, Any] | Unset
        if isinstance(self.taxable, Unset):
            taxable = UNSET
        elif isinstance(self.taxable, BooleanOperators):
            taxable = self.taxable.to_dict()
        else:
            taxable = self.taxable

        trackable: bool | dict[str, Any] | Unset
        if isinstance(self.trackable, Unset):
            trackable = UNSET
        elif isinstance(self.trackable, BooleanOperators):
            trackable = self.trackable.to_dict()
        else:
            trackable = self.trackable

        tracking_type: dict[str, Any] | str | Unset
        if isinstance(self.tracking_type, Unset):
            tracking_type = UNSET
        elif isinstance(self.tracking_type, StringEqualOperators):
            tracking_type = self.tracking_type.to_dict()
        else:
            tracking_type = self.tracking_type

        type_: dict[str, Any] | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, StringOperators):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        variation: bool | dict[str, Any] | Unset
        if isinstance(self.variation, Unset):
            variation = UNSET
        elif isinstance(self.variation, BooleanOperators):
            variation = self.variation.to_dict()
        else:
            variation = self.variation

        field_dict: dict[str, Any] = {}

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
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
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
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if photo_id is not UNSET:
            field_dict["photo_id"] = photo_id
        if price_period is not UNSET:
            field_dict["price_period"] = price_period
        if price_ruleset_id is not UNSET:
            field_dict["price_ruleset_id"] = price_ruleset_id
        if price_structure_id is not UNSET:
            field_dict["price_structure_id"] = price_structure_id
        if price_type is not UNSET:
            field_dict["price_type"] = price_type
        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if q is not UNSET:
            field_dict["q"] = q
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ProductGroupFilter)", src_dict)
        d = dict(src_dict)

        def _parse_allow_shortage(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            allow_shortage = _parse_allow_shortage(d.pop("allow_shortage", UNSET))
        except FieldError as field__error:
            field__error.segments.append("allow_shortage")
            raise

        def _parse_archived(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            archived = _parse_archived(d.pop("archived", UNSET))
        except FieldError as field__error:
            field__error.segments.append("archived")
            raise

        def _parse_archived_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_condition_type_0 = DatetimeOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_condition_type_0):
                            return componentsschemas_datetime_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_condition_type_1 = data
                        try:
                            componentsschemas_datetime_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_condition_type_1):
                            return componentsschemas_datetime_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeOperators), date-time string", data)

        try:
            archived_at = _parse_archived_at(d.pop("archived_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("archived_at")
            raise

        def _parse_base_price_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            base_price_in_cents = _parse_base_price_in_cents(d.pop("base_price_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("base_price_in_cents")
            raise

        def _parse_buffer_time_after(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            buffer_time_after = _parse_buffer_time_after(d.pop("buffer_time_after", UNSET))
        except FieldError as field__error:
            field__error.segments.append("buffer_time_after")
            raise

        def _parse_buffer_time_before(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            buffer_time_before = _parse_buffer_time_before(d.pop("buffer_time_before", UNSET))
        except FieldError as field__error:
            field__error.segments.append("buffer_time_before")
            raise

        def _parse_collection_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            collection_id = _parse_collection_id(d.pop("collection_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("collection_id")
            raise

        def _parse_created_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_condition_type_0 = DatetimeOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_condition_type_0):
                            return componentsschemas_datetime_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_condition_type_1 = data
                        try:
                            componentsschemas_datetime_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_condition_type_1):
                            return componentsschemas_datetime_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeOperators), date-time string", data)

        try:
            created_at = _parse_created_at(d.pop("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        def _parse_default_purchase_cost_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            default_purchase_cost_in_cents = _parse_default_purchase_cost_in_cents(
                d.pop("default_purchase_cost_in_cents", UNSET)
            )
        except FieldError as field__error:
            field__error.segments.append("default_purchase_cost_in_cents")
            raise

        def _parse_deposit_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            deposit_in_cents = _parse_deposit_in_cents(d.pop("deposit_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("deposit_in_cents")
            raise

        def _parse_description(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            description = _parse_description(d.pop("description", UNSET))
        except FieldError as field__error:
            field__error.segments.append("description")
            raise

        def _parse_discountable(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            discountable = _parse_discountable(d.pop("discountable", UNSET))
        except FieldError as field__error:
            field__error.segments.append("discountable")
            raise

        def _parse_excerpt(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            excerpt = _parse_excerpt(d.pop("excerpt", UNSET))
        except FieldError as field__error:
            field__error.segments.append("excerpt")
            raise

        def _parse_extra_information(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            extra_information = _parse_extra_information(d.pop("extra_information", UNSET))
        except FieldError as field__error:
            field__error.segments.append("extra_information")
            raise

        def _parse_flat_fee_price_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            flat_fee_price_in_cents = _parse_flat_fee_price_in_cents(d.pop("flat_fee_price_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("flat_fee_price_in_cents")
            raise

        def _parse_group_name(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            group_name = _parse_group_name(d.pop("group_name", UNSET))
        except FieldError as field__error:
            field__error.segments.append("group_name")
            raise

        def _parse_has_variations(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            has_variations = _parse_has_variations(d.pop("has_variations", UNSET))
        except FieldError as field__error:
            field__error.segments.append("has_variations")
            raise

        def _parse_id(data: object) -> IdOperators | Unset | UUID:
            if isinstance(data, Unset):
                return data
            choice: Choice[IdOperators | Unset | UUID] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_id_condition_type_0 = IdOperators.from_dict(data)

                        if choice.take(componentsschemas_id_condition_type_0):
                            return componentsschemas_id_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_id_condition_type_1 = data
                        try:
                            componentsschemas_id_condition_type_1 = UUID(_componentsschemas_id_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_id_condition_type_1) from None

                        if choice.take(componentsschemas_id_condition_type_1):
                            return componentsschemas_id_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (IdOperators), UUID string", data)

        try:
            id = _parse_id(d.pop("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        def _parse_name(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            name = _parse_name(d.pop("name", UNSET))
        except FieldError as field__error:
            field__error.segments.append("name")
            raise

        def _parse_photo_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            photo_id = _parse_photo_id(d.pop("photo_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("photo_id")
            raise

        def _parse_price_period(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            price_period = _parse_price_period(d.pop("price_period", UNSET))
        except FieldError as field__error:
            field__error.segments.append("price_period")
            raise

        def _parse_price_ruleset_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            price_ruleset_id = _parse_price_ruleset_id(d.pop("price_ruleset_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("price_ruleset_id")
            raise

        def _parse_price_structure_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            price_structure_id = _parse_price_structure_id(d.pop("price_structure_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("price_structure_id")
            raise

        def _parse_price_type(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            price_type = _parse_price_type(d.pop("price_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("price_type")
            raise

        def _parse_product_group_id(data: object) -> Unset | UUID | UuidEqualOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_equal_condition_type_0 = UuidEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_equal_condition_type_0):
                            return componentsschemas_uuid_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_equal_condition_type_1 = data
                        try:
                            componentsschemas_uuid_equal_condition_type_1 = UUID(
                                _componentsschemas_uuid_equal_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "UUID", _componentsschemas_uuid_equal_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_uuid_equal_condition_type_1):
                            return componentsschemas_uuid_equal_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidEqualOperators), UUID string", data)

        try:
            product_group_id = _parse_product_group_id(d.pop("product_group_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("product_group_id")
            raise

        def _parse_product_type(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            product_type = _parse_product_type(d.pop("product_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("product_type")
            raise

        def _parse_q(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            q = _parse_q(d.pop("q", UNSET))
        except FieldError as field__error:
            field__error.segments.append("q")
            raise

        def _parse_seo_description(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            seo_description = _parse_seo_description(d.pop("seo_description", UNSET))
        except FieldError as field__error:
            field__error.segments.append("seo_description")
            raise

        def _parse_seo_title(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            seo_title = _parse_seo_title(d.pop("seo_title", UNSET))
        except FieldError as field__error:
            field__error.segments.append("seo_title")
            raise

        def _parse_shortage_limit(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            shortage_limit = _parse_shortage_limit(d.pop("shortage_limit", UNSET))
        except FieldError as field__error:
            field__error.segments.append("shortage_limit")
            raise

        def _parse_show_in_store(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            show_in_store = _parse_show_in_store(d.pop("show_in_store", UNSET))
        except FieldError as field__error:
            field__error.segments.append("show_in_store")
            raise

        def _parse_sku(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            sku = _parse_sku(d.pop("sku", UNSET))
        except FieldError as field__error:
            field__error.segments.append("sku")
            raise

        def _parse_slug(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            slug = _parse_slug(d.pop("slug", UNSET))
        except FieldError as field__error:
            field__error.segments.append("slug")
            raise

        def _parse_sorting_weight(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            sorting_weight = _parse_sorting_weight(d.pop("sorting_weight", UNSET))
        except FieldError as field__error:
            field__error.segments.append("sorting_weight")
            raise

        def _parse_structure_price_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            structure_price_in_cents = _parse_structure_price_in_cents(d.pop("structure_price_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("structure_price_in_cents")
            raise

        def _parse_tag_list(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            tag_list = _parse_tag_list(d.pop("tag_list", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tag_list")
            raise

        def _parse_tax_category_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            tax_category_id = _parse_tax_category_id(d.pop("tax_category_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tax_category_id")
            raise

        def _parse_taxable(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            taxable = _parse_taxable(d.pop("taxable", UNSET))
        except FieldError as field__error:
            field__error.segments.append("taxable")
            raise

        def _parse_trackable(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            trackable = _parse_trackable(d.pop("trackable", UNSET))
        except FieldError as field__error:
            field__error.segments.append("trackable")
            raise

        def _parse_tracking_type(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            tracking_type = _parse_tracking_type(d.pop("tracking_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tracking_type")
            raise

        def _parse_type_(data: object) -> str | StringOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_condition_type_0 = StringOperators.from_dict(data)

                        if choice.take(componentsschemas_string_condition_type_0):
                            return componentsschemas_string_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringOperators), string", data)

        try:
            type_ = _parse_type_(d.pop("type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("type")
            raise

        def _parse_updated_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_condition_type_0 = DatetimeOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_condition_type_0):
                            return componentsschemas_datetime_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_condition_type_1 = data
                        try:
                            componentsschemas_datetime_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_condition_type_1):
                            return componentsschemas_datetime_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeOperators), date-time string", data)

        try:
            updated_at = _parse_updated_at(d.pop("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        def _parse_variation(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            variation = _parse_variation(d.pop("variation", UNSET))
        except FieldError as field__error:
            field__error.segments.append("variation")
            raise

        product_group_filter = cls(
            allow_shortage=allow_shortage,
            archived=archived,
            archived_at=archived_at,
            base_price_in_cents=base_price_in_cents,
            buffer_time_after=buffer_time_after,
            buffer_time_before=buffer_time_before,
            collection_id=collection_id,
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
            id=id,
            name=name,
            photo_id=photo_id,
            price_period=price_period,
            price_ruleset_id=price_ruleset_id,
            price_structure_id=price_structure_id,
            price_type=price_type,
            product_group_id=product_group_id,
            product_type=product_type,
            q=q,
            seo_description=seo_description,
            seo_title=seo_title,
            shortage_limit=shortage_limit,
            show_in_store=show_in_store,
            sku=sku,
            slug=slug,
            sorting_weight=sorting_weight,
            structure_price_in_cents=structure_price_in_cents,
            tag_list=tag_list,
            tax_category_id=tax_category_id,
            taxable=taxable,
            trackable=trackable,
            tracking_type=tracking_type,
            type_=type_,
            updated_at=updated_at,
            variation=variation,
        )

        if d:
            raise FieldError("no such property (ProductGroupFilter allows no others)", None, next(iter(d)), found="one")
        return product_group_filter
