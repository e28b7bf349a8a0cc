from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.product_resource_type import ProductResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.product_attributes import ProductAttributes
    from ..models.product_relationships import ProductRelationships

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject, ProductAttributes, ProductRelationships  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415
    from ..models.product_attributes import ProductAttributes  # noqa: PLC0415
    from ..models.product_relationships import ProductRelationships  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    """A product as a JSON:API resource object.

    Attributes:
        id (UUID):
        type_ (ProductResourceType | Unset): JSON:API type of the record.
        links (JsonObject | Unset): A free-form JSON object.
        meta (JsonObject | Unset): A free-form JSON object.
        attributes (ProductAttributes | Unset): Attributes of a product as read from the API. Every attribute is
            optional because sparse fieldsets (`fields[...]`) can leave any of them out.
        relationships (ProductRelationships | Unset): Relationships of a product: links to related records and, when
            they are sideloaded with `include`, their identifiers.
    """

    id: UUID
    type_: ProductResourceType | Unset = UNSET
    links: JsonObject | Unset = UNSET
    meta: JsonObject | Unset = UNSET
    attributes: ProductAttributes | Unset = UNSET
    relationships: ProductRelationships | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        id = str(self.id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Product)", src_dict)
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        try:
            id = UUID(_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _id, "id") from None

        _type_ = d.pop("type", UNSET)
        type_: ProductResourceType | Unset = UNSET
        if isinstance(_type_, str):
            type_ = ProductResourceType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (ProductResourceType)", _type_, "type")

        _links = d.pop("links", UNSET)
        links: JsonObject | Unset = UNSET
        if _links is not UNSET:
            try:
                links = JsonObject.from_dict(_links)
            except FieldError as field__error:
                field__error.segments.append("links")
                raise

        _meta = d.pop("meta", UNSET)
        meta: JsonObject | Unset = UNSET
        if _meta is not UNSET:
            try:
                meta = JsonObject.from_dict(_meta)
            except FieldError as field__error:
                field__error.segments.append("meta")
                raise

        _attributes = d.pop("attributes", UNSET)
        attributes: ProductAttributes | Unset = UNSET
        if _attributes is not UNSET:
            try:
                attributes = ProductAttributes.from_dict(_attributes)
            except FieldError as field__error:
                field__error.segments.append("attributes")
                raise

        _relationships = d.pop("relationships", UNSET)
        relationships: ProductRelationships | Unset = UNSET
        if _relationships is not UNSET:
            try:
                relationships = ProductRelationships.from_dict(_relationships)
            except FieldError as field__error:
                field__error.segments.append("relationships")
                raise

        product = cls(
            id=id,
            type_=type_,
            links=links,
            meta=meta,
            attributes=attributes,
            relationships=relationships,
        )

        product.additional_properties = d
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

    # JSON:API relationships (lib/_jsonapi.py): the response document this record came in, and one accessor per
    # relationship, which reads the related record(s) from the document's `included` on first use.
    _jsonapi__document: Any = _attrs_field(init=False, default=None, eq=False, repr=False)
    _jsonapi__type = "products"

    if TYPE_CHECKING:
        from ..models.barcode import Barcode
        from ..models.collection_item import CollectionItem
        from ..models.inventory_level import InventoryLevel
        from ..models.photo import Photo
        from ..models.price_ruleset import PriceRuleset
        from ..models.price_structure import PriceStructure
        from ..models.product_group import ProductGroup
        from ..models.property_ import Property
        from ..models.tax_category import TaxCategory
    from ..lib._jsonapi import ToMany as _jsonapi__ToMany
    from ..lib._jsonapi import ToOne as _jsonapi__ToOne

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
