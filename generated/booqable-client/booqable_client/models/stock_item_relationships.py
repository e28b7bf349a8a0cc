from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relationship import Relationship

_refs__resolved = False
_from_dict__Relationship: Callable[[Mapping[str, Any]], Relationship]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Relationship  # noqa: PLW0603
    global _from_dict__Relationship  # noqa: PLW0603
    from ..models.relationship import Relationship  # noqa: PLC0415

    _from_dict__Relationship = Relationship.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="StockItemRelationships")


@_attrs_define
class StockItemRelationships:
    """Relationships of a stock item: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            barcode (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            location (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            product (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            properties (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
            stock_item_plannings (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    barcode: Relationship | Unset = UNSET
    location: Relationship | Unset = UNSET
    product: Relationship | Unset = UNSET
    properties: Relationship | Unset = UNSET
    stock_item_plannings: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        barcode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.barcode, Unset):
            barcode = self.barcode.to_dict()
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()
        if location is not UNSET:
            field_dict["location"] = location
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()
        if product is not UNSET:
            field_dict["product"] = product
        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()
        if properties is not UNSET:
            field_dict["properties"] = properties
        stock_item_plannings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stock_item_plannings, Unset):
            stock_item_plannings = self.stock_item_plannings.to_dict()
        if stock_item_plannings is not UNSET:
            field_dict["stock_item_plannings"] = stock_item_plannings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (StockItemRelationships)", d)
            d = dict(d)
        n__absent = 0
        _barcode = d.get("barcode", UNSET)
        barcode: Relationship | Unset = UNSET
        if _barcode is not UNSET:
            try:
                barcode = _from_dict__Relationship(_barcode)
            except FieldError as field__error:
                field__error.segments.append("barcode")
                raise

        if barcode is UNSET:
            n__absent += 1

        _location = d.get("location", UNSET)
        location: Relationship | Unset = UNSET
        if _location is not UNSET:
            try:
                location = _from_dict__Relationship(_location)
            except FieldError as field__error:
                field__error.segments.append("location")
                raise

        if location is UNSET:
            n__absent += 1

        _product = d.get("product", UNSET)
        product: Relationship | Unset = UNSET
        if _product is not UNSET:
            try:
                product = _from_dict__Relationship(_product)
            except FieldError as field__error:
                field__error.segments.append("product")
                raise

        if product is UNSET:
            n__absent += 1

        _properties = d.get("properties", UNSET)
        properties: Relationship | Unset = UNSET
        if _properties is not UNSET:
            try:
                properties = _from_dict__Relationship(_properties)
            except FieldError as field__error:
                field__error.segments.append("properties")
                raise

        if properties is UNSET:
            n__absent += 1

        _stock_item_plannings = d.get("stock_item_plannings", UNSET)
        stock_item_plannings: Relationship | Unset = UNSET
        if _stock_item_plannings is not UNSET:
            try:
                stock_item_plannings = _from_dict__Relationship(_stock_item_plannings)
            except FieldError as field__error:
                field__error.segments.append("stock_item_plannings")
                raise

        if stock_item_plannings is UNSET:
            n__absent += 1

        if cls is _plain__class:
            stock_item_relationships = _new__object(cls)
            stock_item_relationships.barcode = barcode
            stock_item_relationships.location = location
            stock_item_relationships.product = product
            stock_item_relationships.properties = properties
            stock_item_relationships.stock_item_plannings = stock_item_plannings
            stock_item_relationships.additional_properties = {}
        else:
            stock_item_relationships = cls(
                barcode,
                location,
                product,
                properties,
                stock_item_plannings,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"barcode", "location", "product", "properties", "stock_item_plannings"}
            }
            stock_item_relationships.additional_properties = extra__props
        return stock_item_relationships

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


_plain__class: type[StockItemRelationships] | None = (
    StockItemRelationships
    if {field.name for field in _attrs_fields(StockItemRelationships)}
    == {"barcode", "location", "product", "properties", "stock_item_plannings", "additional_properties"}
    and not hasattr(StockItemRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
