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


T = TypeVar("T", bound="OrderRelationships")


@_attrs_define
class OrderRelationships:
    """Relationships of a order: links to related records and, when they are sideloaded with `include`, their identifiers.

    Attributes:
        barcode (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        coupon (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        customer (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        documents (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        lines (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        notes (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        order_delivery_rate (Relationship | Unset): One relationship of a record. `data` is only present when the
            relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
        payments (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        plannings (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        properties (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
            was sideloaded with `include`: an identifier, a list of identifiers or null.
        start_location (Relationship | Unset): One relationship of a record. `data` is only present when the
            relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
        stock_item_plannings (Relationship | Unset): One relationship of a record. `data` is only present when the
            relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
        stop_location (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
            was sideloaded with `include`: an identifier, a list of identifiers or null.
        tax_region (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
            was sideloaded with `include`: an identifier, a list of identifiers or null.
        tax_values (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
            was sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    barcode: Relationship | Unset = UNSET
    coupon: Relationship | Unset = UNSET
    customer: Relationship | Unset = UNSET
    documents: Relationship | Unset = UNSET
    lines: Relationship | Unset = UNSET
    notes: Relationship | Unset = UNSET
    order_delivery_rate: Relationship | Unset = UNSET
    payments: Relationship | Unset = UNSET
    plannings: Relationship | Unset = UNSET
    properties: Relationship | Unset = UNSET
    start_location: Relationship | Unset = UNSET
    stock_item_plannings: Relationship | Unset = UNSET
    stop_location: Relationship | Unset = UNSET
    tax_region: Relationship | Unset = UNSET
    tax_values: Relationship | Unset = UNSET
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
        coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon, Unset):
            coupon = self.coupon.to_dict()
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()
        if customer is not UNSET:
            field_dict["customer"] = customer
        documents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = self.documents.to_dict()
        if documents is not UNSET:
            field_dict["documents"] = documents
        lines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = self.lines.to_dict()
        if lines is not UNSET:
            field_dict["lines"] = lines
        notes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes.to_dict()
        if notes is not UNSET:
            field_dict["notes"] = notes
        order_delivery_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_delivery_rate, Unset):
            order_delivery_rate = self.order_delivery_rate.to_dict()
        if order_delivery_rate is not UNSET:
            field_dict["order_delivery_rate"] = order_delivery_rate
        payments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = self.payments.to_dict()
        if payments is not UNSET:
            field_dict["payments"] = payments
        plannings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plannings, Unset):
            plannings = self.plannings.to_dict()
        if plannings is not UNSET:
            field_dict["plannings"] = plannings
        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()
        if properties is not UNSET:
            field_dict["properties"] = properties
        start_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_location, Unset):
            start_location = self.start_location.to_dict()
        if start_location is not UNSET:
            field_dict["start_location"] = start_location
        stock_item_plannings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stock_item_plannings, Unset):
            stock_item_plannings = self.stock_item_plannings.to_dict()
        if stock_item_plannings is not UNSET:
            field_dict["stock_item_plannings"] = stock_item_plannings
        stop_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stop_location, Unset):
            stop_location = self.stop_location.to_dict()
        if stop_location is not UNSET:
            field_dict["stop_location"] = stop_location
        tax_region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_region, Unset):
            tax_region = self.tax_region.to_dict()
        if tax_region is not UNSET:
            field_dict["tax_region"] = tax_region
        tax_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_values, Unset):
            tax_values = self.tax_values.to_dict()
        if tax_values is not UNSET:
            field_dict["tax_values"] = tax_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderRelationships)", d)
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

        _coupon = d.get("coupon", UNSET)
        coupon: Relationship | Unset = UNSET
        if _coupon is not UNSET:
            try:
                coupon = _from_dict__Relationship(_coupon)
            except FieldError as field__error:
                field__error.segments.append("coupon")
                raise

        if coupon is UNSET:
            n__absent += 1

        _customer = d.get("customer", UNSET)
        customer: Relationship | Unset = UNSET
        if _customer is not UNSET:
            try:
                customer = _from_dict__Relationship(_customer)
            except FieldError as field__error:
                field__error.segments.append("customer")
                raise

        if customer is UNSET:
            n__absent += 1

        _documents = d.get("documents", UNSET)
        documents: Relationship | Unset = UNSET
        if _documents is not UNSET:
            try:
                documents = _from_dict__Relationship(_documents)
            except FieldError as field__error:
                field__error.segments.append("documents")
                raise

        if documents is UNSET:
            n__absent += 1

        _lines = d.get("lines", UNSET)
        lines: Relationship | Unset = UNSET
        if _lines is not UNSET:
            try:
                lines = _from_dict__Relationship(_lines)
            except FieldError as field__error:
                field__error.segments.append("lines")
                raise

        if lines is UNSET:
            n__absent += 1

        _notes = d.get("notes", UNSET)
        notes: Relationship | Unset = UNSET
        if _notes is not UNSET:
            try:
                notes = _from_dict__Relationship(_notes)
            except FieldError as field__error:
                field__error.segments.append("notes")
                raise

        if notes is UNSET:
            n__absent += 1

        _order_delivery_rate = d.get("order_delivery_rate", UNSET)
        order_delivery_rate: Relationship | Unset = UNSET
        if _order_delivery_rate is not UNSET:
            try:
                order_delivery_rate = _from_dict__Relationship(_order_delivery_rate)
            except FieldError as field__error:
                field__error.segments.append("order_delivery_rate")
                raise

        if order_delivery_rate is UNSET:
            n__absent += 1

        _payments = d.get("payments", UNSET)
        payments: Relationship | Unset = UNSET
        if _payments is not UNSET:
            try:
                payments = _from_dict__Relationship(_payments)
            except FieldError as field__error:
                field__error.segments.append("payments")
                raise

        if payments is UNSET:
            n__absent += 1

        _plannings = d.get("plannings", UNSET)
        plannings: Relationship | Unset = UNSET
        if _plannings is not UNSET:
            try:
                plannings = _from_dict__Relationship(_plannings)
            except FieldError as field__error:
                field__error.segments.append("plannings")
                raise

        if plannings is UNSET:
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

        _start_location = d.get("start_location", UNSET)
        start_location: Relationship | Unset = UNSET
        if _start_location is not UNSET:
            try:
                start_location = _from_dict__Relationship(_start_location)
            except FieldError as field__error:
                field__error.segments.append("start_location")
                raise

        if start_location is UNSET:
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

        _stop_location = d.get("stop_location", UNSET)
        stop_location: Relationship | Unset = UNSET
        if _stop_location is not UNSET:
            try:
                stop_location = _from_dict__Relationship(_stop_location)
            except FieldError as field__error:
                field__error.segments.append("stop_location")
                raise

        if stop_location is UNSET:
            n__absent += 1

        _tax_region = d.get("tax_region", UNSET)
        tax_region: Relationship | Unset = UNSET
        if _tax_region is not UNSET:
            try:
                tax_region = _from_dict__Relationship(_tax_region)
            except FieldError as field__error:
                field__error.segments.append("tax_region")
                raise

        if tax_region is UNSET:
            n__absent += 1

        _tax_values = d.get("tax_values", UNSET)
        tax_values: Relationship | Unset = UNSET
        if _tax_values is not UNSET:
            try:
                tax_values = _from_dict__Relationship(_tax_values)
            except FieldError as field__error:
                field__error.segments.append("tax_values")
                raise

        if tax_values is UNSET:
            n__absent += 1

        if cls is _plain__class:
            order_relationships = _new__object(cls)
            order_relationships.barcode = barcode
            order_relationships.coupon = coupon
            order_relationships.customer = customer
            order_relationships.documents = documents
            order_relationships.lines = lines
            order_relationships.notes = notes
            order_relationships.order_delivery_rate = order_delivery_rate
            order_relationships.payments = payments
            order_relationships.plannings = plannings
            order_relationships.properties = properties
            order_relationships.start_location = start_location
            order_relationships.stock_item_plannings = stock_item_plannings
            order_relationships.stop_location = stop_location
            order_relationships.tax_region = tax_region
            order_relationships.tax_values = tax_values
            order_relationships.additional_properties = {}
        else:
            order_relationships = cls(
                barcode,
                coupon,
                customer,
                documents,
                lines,
                notes,
                order_delivery_rate,
                payments,
                plannings,
                properties,
                start_location,
                stock_item_plannings,
                stop_location,
                tax_region,
                tax_values,
            )
        if len(d) + n__absent != 15:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "barcode",
                    "coupon",
                    "customer",
                    "documents",
                    "lines",
                    "notes",
                    "order_delivery_rate",
                    "payments",
                    "plannings",
                    "properties",
                    "start_location",
                    "stock_item_plannings",
                    "stop_location",
                    "tax_region",
                    "tax_values",
                }
            }
            order_relationships.additional_properties = extra__props
        return order_relationships

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


_plain__class: type[OrderRelationships] | None = (
    OrderRelationships
    if {field.name for field in _attrs_fields(OrderRelationships)}
    == {
        "barcode",
        "coupon",
        "customer",
        "documents",
        "lines",
        "notes",
        "order_delivery_rate",
        "payments",
        "plannings",
        "properties",
        "start_location",
        "stock_item_plannings",
        "stop_location",
        "tax_region",
        "tax_values",
        "additional_properties",
    }
    and not hasattr(OrderRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
