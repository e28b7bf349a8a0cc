from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..models.payment_charge_mode import PaymentChargeMode
from ..models.payment_charge_provider import PaymentChargeProvider
from ..models.payment_charge_status import PaymentChargeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentChargeWriteAttributes")


@_attrs_define
class PaymentChargeWriteAttributes:
    """Attributes that can be sent when creating or updating a payment charge.

    Attributes:
        amount_in_cents (int | Unset): Amount, in cents.
        cart_id (UUID | Unset): ID of the related cart. Can only be set when the record is created.
        currency (str | Unset):
        customer_id (UUID | Unset): ID of the related customer. Can only be set when the record is created.
        deposit_in_cents (int | Unset): Deposit, in cents.
        mode (PaymentChargeMode | Unset): Values of `mode` on payment charges.
        order_id (UUID | Unset): ID of the related order. Can only be set when the record is created.
        payment_authorization_id (UUID | Unset): ID of the related payment authorization. Can only be set when the
            record is created.
        payment_method_id (UUID | Unset): ID of the related payment method. Can only be set when the record is created.
        provider (PaymentChargeProvider | Unset): Values of `provider` on payment charges.
        provider_id (str | Unset):
        provider_link (str | Unset):
        provider_method (str | Unset):
        provider_secret (str | Unset):
        redirect_url (str | Unset):
        status (PaymentChargeStatus | Unset): Values of `status` on payment charges.
        succeeded_at (datetime.datetime | None | Unset): Unverified: the vendor's text says it can be `null`, its flags
            do not.
        total_in_cents (int | Unset): Total, in cents.
    """

    amount_in_cents: int | Unset = UNSET
    cart_id: UUID | Unset = UNSET
    currency: str | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    deposit_in_cents: int | Unset = UNSET
    mode: PaymentChargeMode | Unset = UNSET
    order_id: UUID | Unset = UNSET
    payment_authorization_id: UUID | Unset = UNSET
    payment_method_id: UUID | Unset = UNSET
    provider: PaymentChargeProvider | Unset = UNSET
    provider_id: str | Unset = UNSET
    provider_link: str | Unset = UNSET
    provider_method: str | Unset = UNSET
    provider_secret: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    status: PaymentChargeStatus | Unset = UNSET
    succeeded_at: datetime.datetime | None | Unset = UNSET
    total_in_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        amount_in_cents = self.amount_in_cents
        if amount_in_cents is not UNSET:
            field_dict["amount_in_cents"] = amount_in_cents
        cart_id: str | Unset = UNSET
        if not isinstance(self.cart_id, Unset):
            cart_id = str(self.cart_id)
        if cart_id is not UNSET:
            field_dict["cart_id"] = cart_id
        currency = self.currency
        if currency is not UNSET:
            field_dict["currency"] = currency
        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        deposit_in_cents = self.deposit_in_cents
        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        if mode is not UNSET:
            field_dict["mode"] = mode
        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        payment_authorization_id: str | Unset = UNSET
        if not isinstance(self.payment_authorization_id, Unset):
            payment_authorization_id = str(self.payment_authorization_id)
        if payment_authorization_id is not UNSET:
            field_dict["payment_authorization_id"] = payment_authorization_id
        payment_method_id: str | Unset = UNSET
        if not isinstance(self.payment_method_id, Unset):
            payment_method_id = str(self.payment_method_id)
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        if provider is not UNSET:
            field_dict["provider"] = provider
        provider_id = self.provider_id
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        provider_link = self.provider_link
        if provider_link is not UNSET:
            field_dict["provider_link"] = provider_link
        provider_method = self.provider_method
        if provider_method is not UNSET:
            field_dict["provider_method"] = provider_method
        provider_secret = self.provider_secret
        if provider_secret is not UNSET:
            field_dict["provider_secret"] = provider_secret
        redirect_url = self.redirect_url
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status
        succeeded_at: None | str | Unset
        if isinstance(self.succeeded_at, Unset):
            succeeded_at = UNSET
        elif isinstance(self.succeeded_at, datetime.datetime):
            succeeded_at = (
                self.succeeded_at.isoformat().replace("+00:00", "Z")
                if self.succeeded_at.tzinfo is not None
                else _naive__datetime("succeeded_at_type_0")
            )
        else:
            succeeded_at = self.succeeded_at
        if succeeded_at is not UNSET:
            field_dict["succeeded_at"] = succeeded_at
        total_in_cents = self.total_in_cents
        if total_in_cents is not UNSET:
            field_dict["total_in_cents"] = total_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PaymentChargeWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        amount_in_cents = d.get("amount_in_cents", UNSET)
        if not (type(amount_in_cents) is int):
            if amount_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(amount_in_cents, int) and amount_in_cents is not True and amount_in_cents is not False
            ):
                raise FieldError("integer", amount_in_cents, "amount_in_cents")

        _cart_id = d.get("cart_id", UNSET)
        cart_id: UUID | Unset = UNSET
        if _cart_id is not UNSET:
            try:
                cart_id = parse_uuid(_cart_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _cart_id, "cart_id") from None

        if cart_id is UNSET:
            n__absent += 1

        currency = d.get("currency", UNSET)
        if not (type(currency) is str):
            if currency is UNSET:
                n__absent += 1
            elif not isinstance(currency, str):
                raise FieldError("string", currency, "currency")

        _customer_id = d.get("customer_id", UNSET)
        customer_id: UUID | Unset = UNSET
        if _customer_id is not UNSET:
            try:
                customer_id = parse_uuid(_customer_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _customer_id, "customer_id") from None

        if customer_id is UNSET:
            n__absent += 1

        deposit_in_cents = d.get("deposit_in_cents", UNSET)
        if not (type(deposit_in_cents) is int):
            if deposit_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(deposit_in_cents, int) and deposit_in_cents is not True and deposit_in_cents is not False
            ):
                raise FieldError("integer", deposit_in_cents, "deposit_in_cents")

        _mode = d.get("mode", UNSET)
        mode: PaymentChargeMode | Unset = UNSET
        if type(_mode) is str:
            mode = PaymentChargeMode._by__value.get(_mode) or PaymentChargeMode(_mode)
        elif isinstance(_mode, str):
            mode = PaymentChargeMode(_mode)
        elif _mode is not UNSET:
            raise FieldError("string (PaymentChargeMode)", _mode, "mode")

        if mode is UNSET:
            n__absent += 1

        _order_id = d.get("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = parse_uuid(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        if order_id is UNSET:
            n__absent += 1

        _payment_authorization_id = d.get("payment_authorization_id", UNSET)
        payment_authorization_id: UUID | Unset = UNSET
        if _payment_authorization_id is not UNSET:
            try:
                payment_authorization_id = parse_uuid(_payment_authorization_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _payment_authorization_id, "payment_authorization_id") from None

        if payment_authorization_id is UNSET:
            n__absent += 1

        _payment_method_id = d.get("payment_method_id", UNSET)
        payment_method_id: UUID | Unset = UNSET
        if _payment_method_id is not UNSET:
            try:
                payment_method_id = parse_uuid(_payment_method_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _payment_method_id, "payment_method_id") from None

        if payment_method_id is UNSET:
            n__absent += 1

        _provider = d.get("provider", UNSET)
        provider: PaymentChargeProvider | Unset = UNSET
        if type(_provider) is str:
            provider = PaymentChargeProvider._by__value.get(_provider) or PaymentChargeProvider(_provider)
        elif isinstance(_provider, str):
            provider = PaymentChargeProvider(_provider)
        elif _provider is not UNSET:
            raise FieldError("string (PaymentChargeProvider)", _provider, "provider")

        if provider is UNSET:
            n__absent += 1

        provider_id = d.get("provider_id", UNSET)
        if not (type(provider_id) is str):
            if provider_id is UNSET:
                n__absent += 1
            elif not isinstance(provider_id, str):
                raise FieldError("string", provider_id, "provider_id")

        provider_link = d.get("provider_link", UNSET)
        if not (type(provider_link) is str):
            if provider_link is UNSET:
                n__absent += 1
            elif not isinstance(provider_link, str):
                raise FieldError("string", provider_link, "provider_link")

        provider_method = d.get("provider_method", UNSET)
        if not (type(provider_method) is str):
            if provider_method is UNSET:
                n__absent += 1
            elif not isinstance(provider_method, str):
                raise FieldError("string", provider_method, "provider_method")

        provider_secret = d.get("provider_secret", UNSET)
        if not (type(provider_secret) is str):
            if provider_secret is UNSET:
                n__absent += 1
            elif not isinstance(provider_secret, str):
                raise FieldError("string", provider_secret, "provider_secret")

        redirect_url = d.get("redirect_url", UNSET)
        if not (type(redirect_url) is str):
            if redirect_url is UNSET:
                n__absent += 1
            elif not isinstance(redirect_url, str):
                raise FieldError("string", redirect_url, "redirect_url")

        _status = d.get("status", UNSET)
        status: PaymentChargeStatus | Unset = UNSET
        if type(_status) is str:
            status = PaymentChargeStatus._by__value.get(_status) or PaymentChargeStatus(_status)
        elif isinstance(_status, str):
            status = PaymentChargeStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (PaymentChargeStatus)", _status, "status")

        if status is UNSET:
            n__absent += 1

        _succeeded_at = d.get("succeeded_at", UNSET)
        succeeded_at: datetime.datetime | None | Unset
        if _succeeded_at is None or _succeeded_at is UNSET:
            succeeded_at = _succeeded_at
        elif isinstance(_succeeded_at, str):
            _succeeded_at_type_0 = _succeeded_at
            try:
                succeeded_at_type_0 = _datetime__parse(_succeeded_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _succeeded_at_type_0, "succeeded_at") from None

            succeeded_at = succeeded_at_type_0
        else:
            raise FieldError("date-time string or null", _succeeded_at, "succeeded_at")

        if succeeded_at is UNSET:
            n__absent += 1

        total_in_cents = d.get("total_in_cents", UNSET)
        if not (type(total_in_cents) is int):
            if total_in_cents is UNSET:
                n__absent += 1
            elif not (isinstance(total_in_cents, int) and total_in_cents is not True and total_in_cents is not False):
                raise FieldError("integer", total_in_cents, "total_in_cents")

        if cls is _plain__class:
            payment_charge_write_attributes = _new__object(cls)
            payment_charge_write_attributes.amount_in_cents = amount_in_cents
            payment_charge_write_attributes.cart_id = cart_id
            payment_charge_write_attributes.currency = currency
            payment_charge_write_attributes.customer_id = customer_id
            payment_charge_write_attributes.deposit_in_cents = deposit_in_cents
            payment_charge_write_attributes.mode = mode
            payment_charge_write_attributes.order_id = order_id
            payment_charge_write_attributes.payment_authorization_id = payment_authorization_id
            payment_charge_write_attributes.payment_method_id = payment_method_id
            payment_charge_write_attributes.provider = provider
            payment_charge_write_attributes.provider_id = provider_id
            payment_charge_write_attributes.provider_link = provider_link
            payment_charge_write_attributes.provider_method = provider_method
            payment_charge_write_attributes.provider_secret = provider_secret
            payment_charge_write_attributes.redirect_url = redirect_url
            payment_charge_write_attributes.status = status
            payment_charge_write_attributes.succeeded_at = succeeded_at
            payment_charge_write_attributes.total_in_cents = total_in_cents
            payment_charge_write_attributes.additional_properties = {}
        else:
            payment_charge_write_attributes = cls(
                amount_in_cents,
                cart_id,
                currency,
                customer_id,
                deposit_in_cents,
                mode,
                order_id,
                payment_authorization_id,
                payment_method_id,
                provider,
                provider_id,
                provider_link,
                provider_method,
                provider_secret,
                redirect_url,
                status,
                succeeded_at,
                total_in_cents,
            )
        if len(d) + n__absent != 18:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "amount_in_cents",
                    "cart_id",
                    "currency",
                    "customer_id",
                    "deposit_in_cents",
                    "mode",
                    "order_id",
                    "payment_authorization_id",
                    "payment_method_id",
                    "provider",
                    "provider_id",
                    "provider_link",
                    "provider_method",
                    "provider_secret",
                    "redirect_url",
                    "status",
                    "succeeded_at",
                    "total_in_cents",
                }
            }
            payment_charge_write_attributes.additional_properties = extra__props
        return payment_charge_write_attributes

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

    if TYPE_CHECKING:
        from ..models.customer import Customer
        from ..models.order import Order
        from ..models.payment_authorization import PaymentAuthorization
        from ..models.payment_method import PaymentMethod
        from ..models.resource_object import ResourceObject

    def relate(
        self,
        *,
        cart: ResourceObject | Unset = UNSET,
        customer: Customer | Unset = UNSET,
        order: Order | Unset = UNSET,
        payment_authorization: PaymentAuthorization | Unset = UNSET,
        payment_method: PaymentMethod | Unset = UNSET,
    ) -> PaymentChargeWriteAttributes:
        """Point this payment charge at related records, by model: each keyword sets an id attribute.

        `cart=` sets `cart_id`.
        `customer=` sets `customer_id`.
        `order=` sets `order_id`.
        `payment_authorization=` sets `payment_authorization_id`.
        `payment_method=` sets `payment_method_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(cart, Unset):
            self.cart_id = cart.id
        if not isinstance(customer, Unset):
            self.customer_id = customer.id
        if not isinstance(order, Unset):
            self.order_id = order.id
        if not isinstance(payment_authorization, Unset):
            self.payment_authorization_id = payment_authorization.id
        if not isinstance(payment_method, Unset):
            self.payment_method_id = payment_method.id
        return self


_plain__class: type[PaymentChargeWriteAttributes] | None = (
    PaymentChargeWriteAttributes
    if {field.name for field in _attrs_fields(PaymentChargeWriteAttributes)}
    == {
        "amount_in_cents",
        "cart_id",
        "currency",
        "customer_id",
        "deposit_in_cents",
        "mode",
        "order_id",
        "payment_authorization_id",
        "payment_method_id",
        "provider",
        "provider_id",
        "provider_link",
        "provider_method",
        "provider_secret",
        "redirect_url",
        "status",
        "succeeded_at",
        "total_in_cents",
        "additional_properties",
    }
    and not hasattr(PaymentChargeWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
