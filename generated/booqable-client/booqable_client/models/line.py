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
from ..models.line_resource_type import LineResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_attributes import LineAttributes
    from ..models.line_relationships import LineRelationships

_refs__resolved = False
_from_dict__LineAttributes: Callable[[Mapping[str, Any]], LineAttributes]
_from_dict__LineRelationships: Callable[[Mapping[str, Any]], LineRelationships]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, LineAttributes, LineRelationships  # noqa: PLW0603
    global _from_dict__LineAttributes, _from_dict__LineRelationships  # noqa: PLW0603
    from ..models.line_attributes import LineAttributes  # noqa: PLC0415
    from ..models.line_relationships import LineRelationships  # noqa: PLC0415

    _from_dict__LineAttributes = LineAttributes.from_dict
    _from_dict__LineRelationships = LineRelationships.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Line")


@_attrs_define
class Line:
    """A line as a JSON:API resource object.

    Attributes:
        id (UUID):
        type_ (LineResourceType | Unset): JSON:API type of the record.
        links (dict[str, Any] | Unset): A free-form JSON object.
        meta (dict[str, Any] | Unset): A free-form JSON object.
        attributes (LineAttributes | Unset): Attributes of a line as read from the API. `required` lists the attributes
            Booqable always sends; a sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then
            reports it as not sent.
        relationships (LineRelationships | Unset): Relationships of a line: links to related records and, when they are
            sideloaded with `include`, their identifiers.
    """

    id: UUID
    type_: LineResourceType | Unset = UNSET
    links: dict[str, Any] | Unset = UNSET
    meta: dict[str, Any] | Unset = UNSET
    attributes: LineAttributes | Unset = UNSET
    relationships: LineRelationships | Unset = UNSET
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
                raise FieldError("object (Line)", d)
            d = dict(d)
        n__absent = 0
        _id = d.get("id", UNSET)
        try:
            id = parse_uuid(_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _id, "id") from None

        _type_ = d.get("type", UNSET)
        type_: LineResourceType | Unset = UNSET
        if type(_type_) is str:
            type_ = LineResourceType._by__value.get(_type_) or LineResourceType(_type_)
        elif isinstance(_type_, str):
            type_ = LineResourceType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (LineResourceType)", _type_, "type")

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
        attributes: LineAttributes | Unset = UNSET
        if _attributes is not UNSET:
            try:
                attributes = _from_dict__LineAttributes(_attributes)
            except FieldError as field__error:
                field__error.segments.append("attributes")
                raise

        if attributes is UNSET:
            n__absent += 1

        _relationships = d.get("relationships", UNSET)
        relationships: LineRelationships | Unset = UNSET
        if _relationships is not UNSET:
            try:
                relationships = _from_dict__LineRelationships(_relationships)
            except FieldError as field__error:
                field__error.segments.append("relationships")
                raise

        if relationships is UNSET:
            n__absent += 1

        if cls is _plain__class:
            line = _new__object(cls)
            line.id = id
            line.type_ = type_
            line.links = links
            line.meta = meta
            line.attributes = attributes
            line.relationships = relationships
            line.additional_properties = {}
        else:
            line = cls(
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
            line.additional_properties = extra__props
        if type(src_dict) is not dict:
            _jsonapi__adopt(line, src_dict)
        return line

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
    _jsonapi__type = "lines"

    if TYPE_CHECKING:
        import datetime
        from uuid import UUID

        from ..models.bundle import Bundle
        from ..models.bundle_item import BundleItem
        from ..models.document import Document
        from ..models.line_owner_type import LineOwnerType
        from ..models.line_type import LineType
        from ..models.order import Order
        from ..models.planning import Planning
        from ..models.price_structure import PriceStructure
        from ..models.price_tile import PriceTile
        from ..models.product import Product
        from ..models.product_group import ProductGroup
        from ..models.tax_category import TaxCategory
    from ..lib._jsonapi import Attribute as _jsonapi__Attribute
    from ..lib._jsonapi import ToMany as _jsonapi__ToMany
    from ..lib._jsonapi import ToOne as _jsonapi__ToOne

    # The attributes Booqable always sends (the spec's `required`), read directly: `record.<name>` is
    # `record.attributes.<name>`, typed as sent; one a sparse fieldset left out raises `NotSentError`.
    archived = _jsonapi__Attribute["bool"]()
    """True once the record is archived."""

    archived_at = _jsonapi__Attribute["datetime.datetime | None"]()
    """When the record was archived."""

    bundle_item_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related bundle item."""

    charge_label = _jsonapi__Attribute["None | str"]()

    charge_length = _jsonapi__Attribute["int | None"]()

    created_at = _jsonapi__Attribute["datetime.datetime"]()
    """When the record was created."""

    discountable = _jsonapi__Attribute["bool"]()

    extra_information = _jsonapi__Attribute["None | str"]()

    item_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related item."""

    line_type = _jsonapi__Attribute["LineType"]()
    """What a line stands for."""

    nested_position = _jsonapi__Attribute["int | None"]()

    order_id = _jsonapi__Attribute["UUID"]()
    """ID of the related order."""

    original_charge_label = _jsonapi__Attribute["None | str"]()

    original_charge_length = _jsonapi__Attribute["int | None"]()

    original_price_each_in_cents = _jsonapi__Attribute["int | None"]()
    """Original price each, in cents."""

    owner_id = _jsonapi__Attribute["UUID"]()
    """The order or document the line belongs to. Can only be set on create."""

    owner_type = _jsonapi__Attribute["LineOwnerType"]()
    """The kind of record that owns a line."""

    parent_line_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related parent line."""

    planning_id = _jsonapi__Attribute["None | UUID"]()
    """The planning this line prices, for lines that book an item."""

    position = _jsonapi__Attribute["int | None"]()

    price_each_in_cents = _jsonapi__Attribute["int"]()
    """Price each, in cents."""

    price_in_cents = _jsonapi__Attribute["int"]()
    """Price, in cents."""

    price_rule_values = _jsonapi__Attribute["dict[str, Any] | None"]()

    price_structure_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related price structure."""

    price_tile_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related price tile."""

    quantity = _jsonapi__Attribute["int"]()

    relevant = _jsonapi__Attribute["bool"]()

    tax_category_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related tax category."""

    taxable = _jsonapi__Attribute["bool"]()

    title = _jsonapi__Attribute["None | str"]()

    updated_at = _jsonapi__Attribute["datetime.datetime"]()
    """When the record last changed."""

    bundle_item = _jsonapi__ToOne["BundleItem"](("bundle_items", "bundle_item", "BundleItem"))
    """The bundle item of this line (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="bundle_item"`)."""

    item = _jsonapi__ToOne["Product | Bundle | ProductGroup"](
        ("products", "product", "Product"),
        ("bundles", "bundle", "Bundle"),
        ("product_groups", "product_group", "ProductGroup"),
    )
    """The item of this line (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="item"`)."""

    nested_lines = _jsonapi__ToMany["Line"](("lines", "line", "Line"))
    """The nested lines of this line (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="nested_lines"`)."""

    order = _jsonapi__ToOne["Order"](("orders", "order", "Order"))
    """The order of this line (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="order"`)."""

    owner = _jsonapi__ToOne["Order | Document"](("orders", "order", "Order"), ("documents", "document", "Document"))
    """The owner of this line (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="owner"`)."""

    parent_line = _jsonapi__ToOne["Line"](("lines", "line", "Line"))
    """The parent line of this line (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="parent_line"`)."""

    planning = _jsonapi__ToOne["Planning"](("plannings", "planning", "Planning"))
    """The planning of this line (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="planning"`)."""

    price_structure = _jsonapi__ToOne["PriceStructure"](("price_structures", "price_structure", "PriceStructure"))
    """The price structure of this line (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="price_structure"`)."""

    price_tile = _jsonapi__ToOne["PriceTile"](("price_tiles", "price_tile", "PriceTile"))
    """The price tile of this line (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="price_tile"`)."""

    tax_category = _jsonapi__ToOne["TaxCategory"](("tax_categories", "tax_category", "TaxCategory"))
    """The tax category of this line (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="tax_category"`)."""


_plain__class: type[Line] | None = (
    Line
    if {field.name for field in _attrs_fields(Line)}
    == {"id", "type_", "links", "meta", "attributes", "relationships", "additional_properties"}
    and not hasattr(Line, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
