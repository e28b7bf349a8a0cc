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


T = TypeVar("T", bound="CustomerRelationships")


@_attrs_define
class CustomerRelationships:
    """Relationships of a customer: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            barcode (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            merge_suggestion_customer (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            notes (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            payment_methods (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            properties (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
            tax_region (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    barcode: Relationship | Unset = UNSET
    merge_suggestion_customer: Relationship | Unset = UNSET
    notes: Relationship | Unset = UNSET
    payment_methods: Relationship | Unset = UNSET
    properties: Relationship | Unset = UNSET
    tax_region: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        barcode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.barcode, Unset):
            barcode = self.barcode.to_dict()

        merge_suggestion_customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merge_suggestion_customer, Unset):
            merge_suggestion_customer = self.merge_suggestion_customer.to_dict()

        notes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes.to_dict()

        payment_methods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = self.payment_methods.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        tax_region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_region, Unset):
            tax_region = self.tax_region.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if merge_suggestion_customer is not UNSET:
            field_dict["merge_suggestion_customer"] = merge_suggestion_customer
        if notes is not UNSET:
            field_dict["notes"] = notes
        if payment_methods is not UNSET:
            field_dict["payment_methods"] = payment_methods
        if properties is not UNSET:
            field_dict["properties"] = properties
        if tax_region is not UNSET:
            field_dict["tax_region"] = tax_region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CustomerRelationships)", src_dict)
        d = dict(src_dict)
        _barcode = d.pop("barcode", UNSET)
        barcode: Relationship | Unset = UNSET
        if _barcode is not UNSET:
            try:
                barcode = Relationship.from_dict(_barcode)
            except FieldError as field__error:
                field__error.segments.append("barcode")
                raise

        _merge_suggestion_customer = d.pop("merge_suggestion_customer", UNSET)
        merge_suggestion_customer: Relationship | Unset = UNSET
        if _merge_suggestion_customer is not UNSET:
            try:
                merge_suggestion_customer = Relationship.from_dict(_merge_suggestion_customer)
            except FieldError as field__error:
                field__error.segments.append("merge_suggestion_customer")
                raise

        _notes = d.pop("notes", UNSET)
        notes: Relationship | Unset = UNSET
        if _notes is not UNSET:
            try:
                notes = Relationship.from_dict(_notes)
            except FieldError as field__error:
                field__error.segments.append("notes")
                raise

        _payment_methods = d.pop("payment_methods", UNSET)
        payment_methods: Relationship | Unset = UNSET
        if _payment_methods is not UNSET:
            try:
                payment_methods = Relationship.from_dict(_payment_methods)
            except FieldError as field__error:
                field__error.segments.append("payment_methods")
                raise

        _properties = d.pop("properties", UNSET)
        properties: Relationship | Unset = UNSET
        if _properties is not UNSET:
            try:
                properties = Relationship.from_dict(_properties)
            except FieldError as field__error:
                field__error.segments.append("properties")
                raise

        _tax_region = d.pop("tax_region", UNSET)
        tax_region: Relationship | Unset = UNSET
        if _tax_region is not UNSET:
            try:
                tax_region = Relationship.from_dict(_tax_region)
            except FieldError as field__error:
                field__error.segments.append("tax_region")
                raise

        customer_relationships = cls(
            barcode=barcode,
            merge_suggestion_customer=merge_suggestion_customer,
            notes=notes,
            payment_methods=payment_methods,
            properties=properties,
            tax_region=tax_region,
        )

        customer_relationships.additional_properties = d
        return customer_relationships

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
