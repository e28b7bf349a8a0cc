from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._jsonapi import adopt as _jsonapi__adopt
from ..lib._jsonapi import carried as _jsonapi__carried
from ..models.product_resource_type import ProductResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_attributes import ProductAttributes
    from ..models.product_relationships import ProductRelationships

_refs__resolved = False
_from_dict__ProductAttributes: Callable[[Mapping[str, Any]], ProductAttributes]
_from_dict__ProductRelationships: Callable[[Mapping[str, Any]], ProductRelationships]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, ProductAttributes, ProductRelationships  # noqa: PLW0603
    global _from_dict__ProductAttributes, _from_dict__ProductRelationships  # noqa: PLW0603
    from ..models.product_attributes import ProductAttributes  # noqa: PLC0415
    from ..models.product_relationships import ProductRelationships  # noqa: PLC0415

    _from_dict__ProductAttributes = ProductAttributes.from_dict
    _from_dict__ProductRelationships = ProductRelationships.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    """A product as a JSON:API resource object.

    Attributes:
        id (UUID):
        type_ (ProductResourceType | Unset): JSON:API type of the record.
        links (dict[str, Any] | Unset): A free-form JSON object.
        meta (dict[str, Any] | Unset): A free-form JSON object.
        attributes (ProductAttributes | Unset): Attributes of a product as read from the API. `required` lists the
            attributes Booqable always sends; a sparse fieldset (`fields[...]`) can still leave any attribute out, and the
            client then reports it as not sent.
        relationships (ProductRelationships | Unset): Relationships of a product: links to related records and, when
            they are sideloaded with `include`, their identifiers.
    """

    id: UUID
    type_: ProductResourceType | Unset = UNSET
    links: dict[str, Any] | Unset = UNSET
    meta: dict[str, Any] | Unset = UNSET
    attributes: ProductAttributes | Unset = UNSET
    relationships: ProductRelationships | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = _jsonapi__carried(self._jsonapi__document)
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        id = str(self.id)
        field_dict["id"] = id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_
        links = self.links
        if links is not UNSET:
            field_dict["links"] = links
        meta = self.meta
        if meta is not UNSET:
            field_dict["meta"] = meta
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Product)", d)
            d = dict(d)
        n__absent = 0
        _id = d.get("id", UNSET)
        try:
            id = parse_uuid(_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _id, "id") from None

        _type_ = d.get("type", UNSET)
        type_: ProductResourceType | Unset = UNSET
        if type(_type_) is str:
            type_ = ProductResourceType._by__value.get(_type_) or ProductResourceType(_type_)
        elif isinstance(_type_, str):
            type_ = ProductResourceType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (ProductResourceType)", _type_, "type")

        if type_ is UNSET:
            n__absent += 1

        links = d.get("links", UNSET)
        if not (type(links) is dict):
            if links is UNSET:
                n__absent += 1
            elif not isinstance(links, dict):
                raise FieldError("object", links, "links")

        meta = d.get("meta", UNSET)
        if not (type(meta) is dict):
            if meta is UNSET:
                n__absent += 1
            elif not isinstance(meta, dict):
                raise FieldError("object", meta, "meta")

        _attributes = d.get("attributes", UNSET)
        attributes: ProductAttributes | Unset = UNSET
        if _attributes is not UNSET:
            try:
                attributes = _from_dict__ProductAttributes(_attributes)
            except FieldError as field__error:
                field__error.segments.append("attributes")
                raise

        if attributes is UNSET:
            n__absent += 1

        _relationships = d.get("relationships", UNSET)
        relationships: ProductRelationships | Unset = UNSET
        if _relationships is not UNSET:
            try:
                relationships = _from_dict__ProductRelationships(_relationships)
            except FieldError as field__error:
                field__error.segments.append("relationships")
                raise

        if relationships is UNSET:
            n__absent += 1

        if cls is _plain__class:
            product = _new__object(cls)
            product.id = id
            product.type_ = type_
            product.links = links
            product.meta = meta
            product.attributes = attributes
            product.relationships = relationships
            product.additional_properties = {}
        else:
            product = cls(
                id,
                type_,
                links,
                meta,
                attributes,
                relationships,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"id", "type", "links", "meta", "attributes", "relationships"}
            }
            product.additional_properties = extra__props
        if type(src_dict) is not dict:
            _jsonapi__adopt(product, src_dict)
        return product

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

    # JSON:API relationships (lib/_jsonapi.py): the response document this record came in, and one accessor per
    # relationship, which reads the related record(s) from the document's `included` on first use.
    _jsonapi__document: Any = _attrs_field(init=False, default=None, eq=False, repr=False)
    _jsonapi__type = "products"

    if TYPE_CHECKING:
        import datetime
        from uuid import UUID

        from ..models.barcode import Barcode
        from ..models.collection_item import CollectionItem
        from ..models.inventory_level import InventoryLevel
        from ..models.photo import Photo
        from ..models.price_period import PricePeriod
        from ..models.price_ruleset import PriceRuleset
        from ..models.price_structure import PriceStructure
        from ..models.price_type import PriceType
        from ..models.product_group import ProductGroup
        from ..models.product_type import ProductType
        from ..models.property_ import Property
        from ..models.tax_category import TaxCategory
        from ..models.tracking_type import TrackingType
        from ..models.weight import Weight
    from ..lib._jsonapi import Attribute as _jsonapi__Attribute
    from ..lib._jsonapi import ToMany as _jsonapi__ToMany
    from ..lib._jsonapi import ToOne as _jsonapi__ToOne

    # The attributes Booqable always sends (the spec's `required`), read directly: `record.<name>` is
    # `record.attributes.<name>`, typed as sent; one a sparse fieldset left out raises `NotSentError`.
    allow_shortage = _jsonapi__Attribute["bool"]()

    archived = _jsonapi__Attribute["bool"]()
    """True once the record is archived."""

    archived_at = _jsonapi__Attribute["datetime.datetime | None"]()
    """When the record was archived."""

    base_price_in_cents = _jsonapi__Attribute["int"]()
    """Base price, in cents."""

    buffer_time_after = _jsonapi__Attribute["int"]()

    buffer_time_before = _jsonapi__Attribute["int"]()

    created_at = _jsonapi__Attribute["datetime.datetime"]()
    """When the record was created."""

    default_purchase_cost_in_cents = _jsonapi__Attribute["int | None"]()
    """Default purchase cost, in cents."""

    deposit_in_cents = _jsonapi__Attribute["int"]()
    """Deposit, in cents."""

    description = _jsonapi__Attribute["None | str"]()

    discountable = _jsonapi__Attribute["bool"]()

    excerpt = _jsonapi__Attribute["None | str"]()

    extra_information = _jsonapi__Attribute["None | str"]()

    group_name = _jsonapi__Attribute["str"]()

    has_variations = _jsonapi__Attribute["bool"]()

    name = _jsonapi__Attribute["str"]()

    photo_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related photo."""

    photo_url = _jsonapi__Attribute["None | str"]()

    price_period = _jsonapi__Attribute["PricePeriod"]()
    """Base period of a simple price."""

    price_ruleset_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related price ruleset."""

    price_structure_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related price structure."""

    price_type = _jsonapi__Attribute["PriceType"]()
    """How prices are calculated."""

    product_group_id = _jsonapi__Attribute["UUID"]()
    """ID of the related product group. Can only be set when the record is created."""

    product_type = _jsonapi__Attribute["ProductType"]()
    """What kind of product it is."""

    seo_description = _jsonapi__Attribute["None | str"]()

    seo_title = _jsonapi__Attribute["None | str"]()

    shortage_limit = _jsonapi__Attribute["int"]()

    show_in_store = _jsonapi__Attribute["bool"]()

    sku = _jsonapi__Attribute["None | str"]()

    slug = _jsonapi__Attribute["str"]()

    sorting_weight = _jsonapi__Attribute["int"]()

    tag_list = _jsonapi__Attribute["list[str]"]()

    tax_category_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related tax category."""

    taxable = _jsonapi__Attribute["bool"]()

    trackable = _jsonapi__Attribute["bool"]()

    tracking_type = _jsonapi__Attribute["TrackingType"]()
    """How stock of the product is tracked."""

    updated_at = _jsonapi__Attribute["datetime.datetime"]()
    """When the record last changed."""

    variation = _jsonapi__Attribute["bool"]()

    variation_values = _jsonapi__Attribute["list[str]"]()

    weight = _jsonapi__Attribute["None | Weight"]()
    """Weight of the variation; write `{"value": null}` to inherit the group's again."""

    weight_overridden = _jsonapi__Attribute["bool"]()

    barcode = _jsonapi__ToOne["Barcode"](("barcodes", "barcode", "Barcode"))
    """The barcode of this product (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="barcode"`)."""

    collection_items = _jsonapi__ToMany["CollectionItem"](("collection_items", "collection_item", "CollectionItem"))
    """The collection items of this product (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="collection_items"`)."""

    inventory_levels = _jsonapi__ToMany["InventoryLevel"](("inventory_levels", "inventory_level", "InventoryLevel"))
    """The inventory levels of this product (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="inventory_levels"`)."""

    photo = _jsonapi__ToOne["Photo"](("photos", "photo", "Photo"))
    """The photo of this product (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="photo"`)."""

    price_ruleset = _jsonapi__ToOne["PriceRuleset"](("price_rulesets", "price_ruleset", "PriceRuleset"))
    """The price ruleset of this product (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="price_ruleset"`)."""

    price_structure = _jsonapi__ToOne["PriceStructure"](("price_structures", "price_structure", "PriceStructure"))
    """The price structure of this product (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="price_structure"`)."""

    product_group = _jsonapi__ToOne["ProductGroup"](("product_groups", "product_group", "ProductGroup"))
    """The product group of this product (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="product_group"`)."""

    properties = _jsonapi__ToMany["Property"](("properties", "property_", "Property"))
    """The properties of this product (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="properties"`)."""

    tax_category = _jsonapi__ToOne["TaxCategory"](("tax_categories", "tax_category", "TaxCategory"))
    """The tax category of this product (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="tax_category"`)."""


_plain__class: type[Product] | None = (
    Product
    if {field.name for field in _attrs_fields(Product)}
    == {"id", "type_", "links", "meta", "attributes", "relationships", "additional_properties"}
    and not hasattr(Product, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
