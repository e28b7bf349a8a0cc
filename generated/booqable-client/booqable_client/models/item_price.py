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
from ..models.item_price_resource_type import ItemPriceResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_price_attributes import ItemPriceAttributes
    from ..models.item_price_relationships import ItemPriceRelationships

_refs__resolved = False
_from_dict__ItemPriceAttributes: Callable[[Mapping[str, Any]], ItemPriceAttributes]
_from_dict__ItemPriceRelationships: Callable[[Mapping[str, Any]], ItemPriceRelationships]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, ItemPriceAttributes, ItemPriceRelationships  # noqa: PLW0603
    global _from_dict__ItemPriceAttributes, _from_dict__ItemPriceRelationships  # noqa: PLW0603
    from ..models.item_price_attributes import ItemPriceAttributes  # noqa: PLC0415
    from ..models.item_price_relationships import ItemPriceRelationships  # noqa: PLC0415

    _from_dict__ItemPriceAttributes = ItemPriceAttributes.from_dict
    _from_dict__ItemPriceRelationships = ItemPriceRelationships.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="ItemPrice")


@_attrs_define
class ItemPrice:
    """An item price as a JSON:API resource object.

    Attributes:
        id (UUID):
        type_ (ItemPriceResourceType | Unset): JSON:API type of the record.
        links (dict[str, Any] | Unset): A free-form JSON object.
        meta (dict[str, Any] | Unset): A free-form JSON object.
        attributes (ItemPriceAttributes | Unset): Attributes of an item price as read from the API. `required` lists the
            attributes Booqable always sends; a sparse fieldset (`fields[...]`) can still leave any attribute out, and the
            client then reports it as not sent.
        relationships (ItemPriceRelationships | Unset): Relationships of an item price: links to related records and,
            when they are sideloaded with `include`, their identifiers.
    """

    id: UUID
    type_: ItemPriceResourceType | Unset = UNSET
    links: dict[str, Any] | Unset = UNSET
    meta: dict[str, Any] | Unset = UNSET
    attributes: ItemPriceAttributes | Unset = UNSET
    relationships: ItemPriceRelationships | Unset = UNSET
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
                raise FieldError("object (ItemPrice)", d)
            d = dict(d)
        n__absent = 0
        _id = d.get("id", UNSET)
        try:
            id = parse_uuid(_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _id, "id") from None

        _type_ = d.get("type", UNSET)
        type_: ItemPriceResourceType | Unset = UNSET
        if type(_type_) is str:
            type_ = ItemPriceResourceType._by__value.get(_type_) or ItemPriceResourceType(_type_)
        elif isinstance(_type_, str):
            type_ = ItemPriceResourceType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (ItemPriceResourceType)", _type_, "type")

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
        attributes: ItemPriceAttributes | Unset = UNSET
        if _attributes is not UNSET:
            try:
                attributes = _from_dict__ItemPriceAttributes(_attributes)
            except FieldError as field__error:
                field__error.segments.append("attributes")
                raise

        if attributes is UNSET:
            n__absent += 1

        _relationships = d.get("relationships", UNSET)
        relationships: ItemPriceRelationships | Unset = UNSET
        if _relationships is not UNSET:
            try:
                relationships = _from_dict__ItemPriceRelationships(_relationships)
            except FieldError as field__error:
                field__error.segments.append("relationships")
                raise

        if relationships is UNSET:
            n__absent += 1

        if cls is _plain__class:
            item_price = _new__object(cls)
            item_price.id = id
            item_price.type_ = type_
            item_price.links = links
            item_price.meta = meta
            item_price.attributes = attributes
            item_price.relationships = relationships
            item_price.additional_properties = {}
        else:
            item_price = cls(
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
            item_price.additional_properties = extra__props
        if type(src_dict) is not dict:
            _jsonapi__adopt(item_price, src_dict)
        return item_price

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
    _jsonapi__type = "item_prices"

    if TYPE_CHECKING:
        import datetime
        from uuid import UUID

        from ..models.bundle import Bundle
        from ..models.bundle_item import BundleItem
        from ..models.price_ruleset import PriceRuleset
        from ..models.price_structure import PriceStructure
        from ..models.price_tile import PriceTile
        from ..models.product import Product
        from ..models.product_group import ProductGroup
    from ..lib._jsonapi import Attribute as _jsonapi__Attribute
    from ..lib._jsonapi import ToMany as _jsonapi__ToMany
    from ..lib._jsonapi import ToOne as _jsonapi__ToOne

    # The attributes Booqable always sends (the spec's `required`), read directly: `record.<name>` is
    # `record.attributes.<name>`, typed as sent; one a sparse fieldset left out raises `NotSentError`.
    bundle_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related bundle. Unverified: the examples show `null`, which the field list does not allow."""

    bundle_item_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related bundle item. Unverified: the examples show `null`, which the field list does not allow."""

    charge_label = _jsonapi__Attribute["str"]()

    charge_length = _jsonapi__Attribute["int"]()

    from_ = _jsonapi__Attribute["datetime.datetime | None"]("from")
    """Unverified: the examples show `null`, which the field list does not allow."""

    ignore_discount = _jsonapi__Attribute["bool | None"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    item_id = _jsonapi__Attribute["UUID"]()
    """ID of the related item."""

    original_charge_label = _jsonapi__Attribute["str"]()

    original_charge_length = _jsonapi__Attribute["int"]()

    original_price_each_in_cents = _jsonapi__Attribute["int | None"]()
    """Original price each, in cents. Unverified: the examples show `null`, which the field list does not allow."""

    price_each_in_cents = _jsonapi__Attribute["int"]()
    """Price each, in cents."""

    price_rule_values = _jsonapi__Attribute["dict[str, Any] | None"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    price_ruleset_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related price ruleset. Unverified: the examples show `null`, which the field list does not allow."""

    price_structure_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related price structure. Unverified: the examples show `null`, which the field list does not allow."""

    price_tile_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related price tile. Unverified: the examples show `null`, which the field list does not allow."""

    product_group_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related product group. Unverified: the examples show `null`, which the field list does not allow."""

    till = _jsonapi__Attribute["datetime.datetime | None"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    bundle = _jsonapi__ToOne["Bundle"](("bundles", "bundle", "Bundle"))
    """The bundle of this item price (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="bundle"`)."""

    bundle_item = _jsonapi__ToOne["BundleItem"](("bundle_items", "bundle_item", "BundleItem"))
    """The bundle item of this item price (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="bundle_item"`)."""

    item = _jsonapi__ToOne["Product | Bundle | ProductGroup"](
        ("products", "product", "Product"),
        ("bundles", "bundle", "Bundle"),
        ("product_groups", "product_group", "ProductGroup"),
    )
    """The item of this item price (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="item"`)."""

    price_ruleset = _jsonapi__ToOne["PriceRuleset"](("price_rulesets", "price_ruleset", "PriceRuleset"))
    """The price ruleset of this item price (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="price_ruleset"`)."""

    price_structure = _jsonapi__ToOne["PriceStructure"](("price_structures", "price_structure", "PriceStructure"))
    """The price structure of this item price (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="price_structure"`)."""

    price_tile = _jsonapi__ToOne["PriceTile"](("price_tiles", "price_tile", "PriceTile"))
    """The price tile of this item price (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="price_tile"`)."""


_plain__class: type[ItemPrice] | None = (
    ItemPrice
    if {field.name for field in _attrs_fields(ItemPrice)}
    == {"id", "type_", "links", "meta", "attributes", "relationships", "additional_properties"}
    and not hasattr(ItemPrice, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
