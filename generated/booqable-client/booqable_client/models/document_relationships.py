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


T = TypeVar("T", bound="DocumentRelationships")


@_attrs_define
class DocumentRelationships:
    """Relationships of a document: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            coupon (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            customer (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            lines (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            order (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            properties (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
            signature (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            tax_region (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
            tax_values (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    coupon: Relationship | Unset = UNSET
    customer: Relationship | Unset = UNSET
    lines: Relationship | Unset = UNSET
    order: Relationship | Unset = UNSET
    properties: Relationship | Unset = UNSET
    signature: Relationship | Unset = UNSET
    tax_region: Relationship | Unset = UNSET
    tax_values: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

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
        lines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = self.lines.to_dict()
        if lines is not UNSET:
            field_dict["lines"] = lines
        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()
        if order is not UNSET:
            field_dict["order"] = order
        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()
        if properties is not UNSET:
            field_dict["properties"] = properties
        signature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signature, Unset):
            signature = self.signature.to_dict()
        if signature is not UNSET:
            field_dict["signature"] = signature
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
                raise FieldError("object (DocumentRelationships)", d)
            d = dict(d)
        n__absent = 0
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

        _order = d.get("order", UNSET)
        order: Relationship | Unset = UNSET
        if _order is not UNSET:
            try:
                order = _from_dict__Relationship(_order)
            except FieldError as field__error:
                field__error.segments.append("order")
                raise

        if order is UNSET:
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

        _signature = d.get("signature", UNSET)
        signature: Relationship | Unset = UNSET
        if _signature is not UNSET:
            try:
                signature = _from_dict__Relationship(_signature)
            except FieldError as field__error:
                field__error.segments.append("signature")
                raise

        if signature is UNSET:
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
            document_relationships = _new__object(cls)
            document_relationships.coupon = coupon
            document_relationships.customer = customer
            document_relationships.lines = lines
            document_relationships.order = order
            document_relationships.properties = properties
            document_relationships.signature = signature
            document_relationships.tax_region = tax_region
            document_relationships.tax_values = tax_values
            document_relationships.additional_properties = {}
        else:
            document_relationships = cls(
                coupon,
                customer,
                lines,
                order,
                properties,
                signature,
                tax_region,
                tax_values,
            )
        if len(d) + n__absent != 8:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {"coupon", "customer", "lines", "order", "properties", "signature", "tax_region", "tax_values"}
            }
            document_relationships.additional_properties = extra__props
        return document_relationships

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


_plain__class: type[DocumentRelationships] | None = (
    DocumentRelationships
    if {field.name for field in _attrs_fields(DocumentRelationships)}
    == {
        "coupon",
        "customer",
        "lines",
        "order",
        "properties",
        "signature",
        "tax_region",
        "tax_values",
        "additional_properties",
    }
    and not hasattr(DocumentRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
