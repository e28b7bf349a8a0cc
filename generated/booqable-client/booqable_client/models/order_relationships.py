from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relationship import Relationship

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, Relationship  # noqa: PLW0603
    from ..models.relationship import Relationship  # noqa: PLC0415

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
        barcode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.barcode, Unset):
            barcode = self.barcode.to_dict()

        coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon, Unset):
            coupon = self.coupon.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        documents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = self.documents.to_dict()

        lines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = self.lines.to_dict()

        notes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes.to_dict()

        order_delivery_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_delivery_rate, Unset):
            order_delivery_rate = self.order_delivery_rate.to_dict()

        payments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = self.payments.to_dict()

        plannings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plannings, Unset):
            plannings = self.plannings.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        start_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_location, Unset):
            start_location = self.start_location.to_dict()

        stock_item_plannings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stock_item_plannings, Unset):
            stock_item_plannings = self.stock_item_plannings.to_dict()

        stop_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stop_location, Unset):
            stop_location = self.stop_location.to_dict()

        tax_region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_region, Unset):
            tax_region = self.tax_region.to_dict()

        tax_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_values, Unset):
            tax_values = self.tax_values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if customer is not UNSET:
            field_dict["customer"] = customer
        if documents is not UNSET:
            field_dict["documents"] = documents
        if lines is not UNSET:
            field_dict["lines"] = lines
        if notes is not UNSET:
            field_dict["notes"] = notes
        if order_delivery_rate is not UNSET:
            field_dict["order_delivery_rate"] = order_delivery_rate
        if payments is not UNSET:
            field_dict["payments"] = payments
        if plannings is not UNSET:
            field_dict["plannings"] = plannings
        if properties is not UNSET:
            field_dict["properties"] = properties
        if start_location is not UNSET:
            field_dict["start_location"] = start_location
        if stock_item_plannings is not UNSET:
            field_dict["stock_item_plannings"] = stock_item_plannings
        if stop_location is not UNSET:
            field_dict["stop_location"] = stop_location
        if tax_region is not UNSET:
            field_dict["tax_region"] = tax_region
        if tax_values is not UNSET:
            field_dict["tax_values"] = tax_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OrderRelationships)", src_dict)
        d = dict(src_dict)
        _barcode = d.pop("barcode", UNSET)
        barcode: Relationship | Unset = UNSET
        if _barcode is not UNSET:
            try:
                barcode = Relationship.from_dict(_barcode)
            except FieldError as field__error:
                field__error.segments.append("barcode")
                raise

        _coupon = d.pop("coupon", UNSET)
        coupon: Relationship | Unset = UNSET
        if _coupon is not UNSET:
            try:
                coupon = Relationship.from_dict(_coupon)
            except FieldError as field__error:
                field__error.segments.append("coupon")
                raise

        _customer = d.pop("customer", UNSET)
        customer: Relationship | Unset = UNSET
        if _customer is not UNSET:
            try:
                customer = Relationship.from_dict(_customer)
            except FieldError as field__error:
                field__error.segments.append("customer")
                raise

        _documents = d.pop("documents", UNSET)
        documents: Relationship | Unset = UNSET
        if _documents is not UNSET:
            try:
                documents = Relationship.from_dict(_documents)
            except FieldError as field__error:
                field__error.segments.append("documents")
                raise

        _lines = d.pop("lines", UNSET)
        lines: Relationship | Unset = UNSET
        if _lines is not UNSET:
            try:
                lines = Relationship.from_dict(_lines)
            except FieldError as field__error:
                field__error.segments.append("lines")
                raise

        _notes = d.pop("notes", UNSET)
        notes: Relationship | Unset = UNSET
        if _notes is not UNSET:
            try:
                notes = Relationship.from_dict(_notes)
            except FieldError as field__error:
                field__error.segments.append("notes")
                raise

        _order_delivery_rate = d.pop("order_delivery_rate", UNSET)
        order_delivery_rate: Relationship | Unset = UNSET
        if _order_delivery_rate is not UNSET:
            try:
                order_delivery_rate = Relationship.from_dict(_order_delivery_rate)
            except FieldError as field__error:
                field__error.segments.append("order_delivery_rate")
                raise

        _payments = d.pop("payments", UNSET)
        payments: Relationship | Unset = UNSET
        if _payments is not UNSET:
            try:
                payments = Relationship.from_dict(_payments)
            except FieldError as field__error:
                field__error.segments.append("payments")
                raise

        _plannings = d.pop("plannings", UNSET)
        plannings: Relationship | Unset = UNSET
        if _plannings is not UNSET:
            try:
                plannings = Relationship.from_dict(_plannings)
            except FieldError as field__error:
                field__error.segments.append("plannings")
                raise

        _properties = d.pop("properties", UNSET)
        properties: Relationship | Unset = UNSET
        if _properties is not UNSET:
            try:
                properties = Relationship.from_dict(_properties)
            except FieldError as field__error:
                field__error.segments.append("properties")
                raise

        _start_location = d.pop("start_location", UNSET)
        start_location: Relationship | Unset = UNSET
        if _start_location is not UNSET:
            try:
                start_location = Relationship.from_dict(_start_location)
            except FieldError as field__error:
                field__error.segments.append("start_location")
                raise

        _stock_item_plannings = d.pop("stock_item_plannings", UNSET)
        stock_item_plannings: Relationship | Unset = UNSET
        if _stock_item_plannings is not UNSET:
            try:
                stock_item_plannings = Relationship.from_dict(_stock_item_plannings)
            except FieldError as field__error:
                field__error.segments.append("stock_item_plannings")
                raise

        _stop_location = d.pop("stop_location", UNSET)
        stop_location: Relationship | Unset = UNSET
        if _stop_location is not UNSET:
            try:
                stop_location = Relationship.from_dict(_stop_location)
            except FieldError as field__error:
                field__error.segments.append("stop_location")
                raise

        _tax_region = d.pop("tax_region", UNSET)
        tax_region: Relationship | Unset = UNSET
        if _tax_region is not UNSET:
            try:
                tax_region = Relationship.from_dict(_tax_region)
            except FieldError as field__error:
                field__error.segments.append("tax_region")
                raise

        _tax_values = d.pop("tax_values", UNSET)
        tax_values: Relationship | Unset = UNSET
        if _tax_values is not UNSET:
            try:
                tax_values = Relationship.from_dict(_tax_values)
            except FieldError as field__error:
                field__error.segments.append("tax_values")
                raise

        order_relationships = cls(
            barcode=barcode,
            coupon=coupon,
            customer=customer,
            documents=documents,
            lines=lines,
            notes=notes,
            order_delivery_rate=order_delivery_rate,
            payments=payments,
            plannings=plannings,
            properties=properties,
            start_location=start_location,
            stock_item_plannings=stock_item_plannings,
            stop_location=stop_location,
            tax_region=tax_region,
            tax_values=tax_values,
        )

        order_relationships.additional_properties = d
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
