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


T = TypeVar("T", bound="EmailRelationships")


@_attrs_define
class EmailRelationships:
    """Relationships of an email: links to related records and, when they are sideloaded with `include`, their identifiers.

    Attributes:
        customer (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        email_template (Relationship | Unset): One relationship of a record. `data` is only present when the
            relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
        employee (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        order (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    customer: Relationship | Unset = UNSET
    email_template: Relationship | Unset = UNSET
    employee: Relationship | Unset = UNSET
    order: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        email_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_template, Unset):
            email_template = self.email_template.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if email_template is not UNSET:
            field_dict["email_template"] = email_template
        if employee is not UNSET:
            field_dict["employee"] = employee
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (EmailRelationships)", src_dict)
        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: Relationship | Unset = UNSET
        if _customer is not UNSET:
            try:
                customer = Relationship.from_dict(_customer)
            except FieldError as field__error:
                field__error.segments.append("customer")
                raise

        _email_template = d.pop("email_template", UNSET)
        email_template: Relationship | Unset = UNSET
        if _email_template is not UNSET:
            try:
                email_template = Relationship.from_dict(_email_template)
            except FieldError as field__error:
                field__error.segments.append("email_template")
                raise

        _employee = d.pop("employee", UNSET)
        employee: Relationship | Unset = UNSET
        if _employee is not UNSET:
            try:
                employee = Relationship.from_dict(_employee)
            except FieldError as field__error:
                field__error.segments.append("employee")
                raise

        _order = d.pop("order", UNSET)
        order: Relationship | Unset = UNSET
        if _order is not UNSET:
            try:
                order = Relationship.from_dict(_order)
            except FieldError as field__error:
                field__error.segments.append("order")
                raise

        email_relationships = cls(
            customer=customer,
            email_template=email_template,
            employee=employee,
            order=order,
        )

        email_relationships.additional_properties = d
        return email_relationships

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
