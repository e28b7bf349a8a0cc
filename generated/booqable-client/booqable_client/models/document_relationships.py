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
        coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon, Unset):
            coupon = self.coupon.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        lines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = self.lines.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        signature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signature, Unset):
            signature = self.signature.to_dict()

        tax_region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_region, Unset):
            tax_region = self.tax_region.to_dict()

        tax_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_values, Unset):
            tax_values = self.tax_values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if customer is not UNSET:
            field_dict["customer"] = customer
        if lines is not UNSET:
            field_dict["lines"] = lines
        if order is not UNSET:
            field_dict["order"] = order
        if properties is not UNSET:
            field_dict["properties"] = properties
        if signature is not UNSET:
            field_dict["signature"] = signature
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
            raise FieldError("object (DocumentRelationships)", src_dict)
        d = dict(src_dict)
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

        _lines = d.pop("lines", UNSET)
        lines: Relationship | Unset = UNSET
        if _lines is not UNSET:
            try:
                lines = Relationship.from_dict(_lines)
            except FieldError as field__error:
                field__error.segments.append("lines")
                raise

        _order = d.pop("order", UNSET)
        order: Relationship | Unset = UNSET
        if _order is not UNSET:
            try:
                order = Relationship.from_dict(_order)
            except FieldError as field__error:
                field__error.segments.append("order")
                raise

        _properties = d.pop("properties", UNSET)
        properties: Relationship | Unset = UNSET
        if _properties is not UNSET:
            try:
                properties = Relationship.from_dict(_properties)
            except FieldError as field__error:
                field__error.segments.append("properties")
                raise

        _signature = d.pop("signature", UNSET)
        signature: Relationship | Unset = UNSET
        if _signature is not UNSET:
            try:
                signature = Relationship.from_dict(_signature)
            except FieldError as field__error:
                field__error.segments.append("signature")
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

        document_relationships = cls(
            coupon=coupon,
            customer=customer,
            lines=lines,
            order=order,
            properties=properties,
            signature=signature,
            tax_region=tax_region,
            tax_values=tax_values,
        )

        document_relationships.additional_properties = d
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
