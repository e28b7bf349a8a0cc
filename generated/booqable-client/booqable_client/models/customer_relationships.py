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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        barcode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.barcode, Unset):
            barcode = self.barcode.to_dict()
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        merge_suggestion_customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merge_suggestion_customer, Unset):
            merge_suggestion_customer = self.merge_suggestion_customer.to_dict()
        if merge_suggestion_customer is not UNSET:
            field_dict["merge_suggestion_customer"] = merge_suggestion_customer
        notes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes.to_dict()
        if notes is not UNSET:
            field_dict["notes"] = notes
        payment_methods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = self.payment_methods.to_dict()
        if payment_methods is not UNSET:
            field_dict["payment_methods"] = payment_methods
        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()
        if properties is not UNSET:
            field_dict["properties"] = properties
        tax_region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_region, Unset):
            tax_region = self.tax_region.to_dict()
        if tax_region is not UNSET:
            field_dict["tax_region"] = tax_region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CustomerRelationships)", d)
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

        _merge_suggestion_customer = d.get("merge_suggestion_customer", UNSET)
        merge_suggestion_customer: Relationship | Unset = UNSET
        if _merge_suggestion_customer is not UNSET:
            try:
                merge_suggestion_customer = _from_dict__Relationship(_merge_suggestion_customer)
            except FieldError as field__error:
                field__error.segments.append("merge_suggestion_customer")
                raise

        if merge_suggestion_customer is UNSET:
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

        _payment_methods = d.get("payment_methods", UNSET)
        payment_methods: Relationship | Unset = UNSET
        if _payment_methods is not UNSET:
            try:
                payment_methods = _from_dict__Relationship(_payment_methods)
            except FieldError as field__error:
                field__error.segments.append("payment_methods")
                raise

        if payment_methods is UNSET:
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

        if cls is _plain__class:
            customer_relationships = _new__object(cls)
            customer_relationships.barcode = barcode
            customer_relationships.merge_suggestion_customer = merge_suggestion_customer
            customer_relationships.notes = notes
            customer_relationships.payment_methods = payment_methods
            customer_relationships.properties = properties
            customer_relationships.tax_region = tax_region
            customer_relationships.additional_properties = {}
        else:
            customer_relationships = cls(
                barcode,
                merge_suggestion_customer,
                notes,
                payment_methods,
                properties,
                tax_region,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {"barcode", "merge_suggestion_customer", "notes", "payment_methods", "properties", "tax_region"}
            }
            customer_relationships.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[CustomerRelationships] | None = (
    CustomerRelationships
    if {field.name for field in _attrs_fields(CustomerRelationships)}
    == {
        "barcode",
        "merge_suggestion_customer",
        "notes",
        "payment_methods",
        "properties",
        "tax_region",
        "additional_properties",
    }
    and not hasattr(CustomerRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
