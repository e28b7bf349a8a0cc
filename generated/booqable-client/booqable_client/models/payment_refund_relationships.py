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


T = TypeVar("T", bound="PaymentRefundRelationships")


@_attrs_define
class PaymentRefundRelationships:
    """Relationships of a payment refund: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            cart (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            customer (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            employee (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            order (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            payment_charge (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            payment_method (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    cart: Relationship | Unset = UNSET
    customer: Relationship | Unset = UNSET
    employee: Relationship | Unset = UNSET
    order: Relationship | Unset = UNSET
    payment_charge: Relationship | Unset = UNSET
    payment_method: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        cart: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart, Unset):
            cart = self.cart.to_dict()
        if cart is not UNSET:
            field_dict["cart"] = cart
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()
        if customer is not UNSET:
            field_dict["customer"] = customer
        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()
        if employee is not UNSET:
            field_dict["employee"] = employee
        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()
        if order is not UNSET:
            field_dict["order"] = order
        payment_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_charge, Unset):
            payment_charge = self.payment_charge.to_dict()
        if payment_charge is not UNSET:
            field_dict["payment_charge"] = payment_charge
        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PaymentRefundRelationships)", d)
            d = dict(d)
        n__absent = 0
        _cart = d.get("cart", UNSET)
        cart: Relationship | Unset = UNSET
        if _cart is not UNSET:
            try:
                cart = _from_dict__Relationship(_cart)
            except FieldError as field__error:
                field__error.segments.append("cart")
                raise

        if cart is UNSET:
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

        _employee = d.get("employee", UNSET)
        employee: Relationship | Unset = UNSET
        if _employee is not UNSET:
            try:
                employee = _from_dict__Relationship(_employee)
            except FieldError as field__error:
                field__error.segments.append("employee")
                raise

        if employee is UNSET:
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

        _payment_charge = d.get("payment_charge", UNSET)
        payment_charge: Relationship | Unset = UNSET
        if _payment_charge is not UNSET:
            try:
                payment_charge = _from_dict__Relationship(_payment_charge)
            except FieldError as field__error:
                field__error.segments.append("payment_charge")
                raise

        if payment_charge is UNSET:
            n__absent += 1

        _payment_method = d.get("payment_method", UNSET)
        payment_method: Relationship | Unset = UNSET
        if _payment_method is not UNSET:
            try:
                payment_method = _from_dict__Relationship(_payment_method)
            except FieldError as field__error:
                field__error.segments.append("payment_method")
                raise

        if payment_method is UNSET:
            n__absent += 1

        if cls is _plain__class:
            payment_refund_relationships = _new__object(cls)
            payment_refund_relationships.cart = cart
            payment_refund_relationships.customer = customer
            payment_refund_relationships.employee = employee
            payment_refund_relationships.order = order
            payment_refund_relationships.payment_charge = payment_charge
            payment_refund_relationships.payment_method = payment_method
            payment_refund_relationships.additional_properties = {}
        else:
            payment_refund_relationships = cls(
                cart,
                customer,
                employee,
                order,
                payment_charge,
                payment_method,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"cart", "customer", "employee", "order", "payment_charge", "payment_method"}
            }
            payment_refund_relationships.additional_properties = extra__props
        return payment_refund_relationships

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


_plain__class: type[PaymentRefundRelationships] | None = (
    PaymentRefundRelationships
    if {field.name for field in _attrs_fields(PaymentRefundRelationships)}
    == {"cart", "customer", "employee", "order", "payment_charge", "payment_method", "additional_properties"}
    and not hasattr(PaymentRefundRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
