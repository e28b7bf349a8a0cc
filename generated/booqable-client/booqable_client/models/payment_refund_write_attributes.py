from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.payment_refund_provider import PaymentRefundProvider
from ..models.payment_refund_status import PaymentRefundStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentRefundWriteAttributes")


@_attrs_define
class PaymentRefundWriteAttributes:
    """Attributes that can be sent when creating or updating a payment refund.

    Attributes:
        amount_in_cents (int | Unset): Amount, in cents.
        cart_id (UUID | Unset): ID of the related cart. Can only be set when the record is created.
        currency (str | Unset):
        customer_id (UUID | Unset): ID of the related customer. Can only be set when the record is created.
        deposit_in_cents (int | Unset): Deposit, in cents.
        failure_reason (str | Unset):
        order_id (UUID | Unset): ID of the related order. Can only be set when the record is created.
        payment_charge_id (UUID | Unset): ID of the related payment charge. Can only be set when the record is created.
        provider (PaymentRefundProvider | Unset): Values of `provider` on payment refunds.
        provider_id (str | Unset):
        provider_link (str | Unset):
        provider_method (str | Unset):
        provider_secret (str | Unset):
        reason (str | Unset):
        status (PaymentRefundStatus | Unset): Values of `status` on payment refunds.
        succeeded_at (datetime.datetime | None | Unset): Unverified: the vendor's text says it can be `null`, its flags
            do not.
        total_in_cents (int | Unset): Total, in cents.
    """

    amount_in_cents: int | Unset = UNSET
    cart_id: UUID | Unset = UNSET
    currency: str | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    deposit_in_cents: int | Unset = UNSET
    failure_reason: str | Unset = UNSET
    order_id: UUID | Unset = UNSET
    payment_charge_id: UUID | Unset = UNSET
    provider: PaymentRefundProvider | Unset = UNSET
    provider_id: str | Unset = UNSET
    provider_link: str | Unset = UNSET
    provider_method: str | Unset = UNSET
    provider_secret: str | Unset = UNSET
    reason: str | Unset = UNSET
    status: PaymentRefundStatus | Unset = UNSET
    succeeded_at: datetime.datetime | None | Unset = UNSET
    total_in_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_in_cents = self.amount_in_cents

        cart_id: str | Unset = UNSET
        if not isinstance(self.cart_id, Unset):
            cart_id = str(self.cart_id)

        currency = self.currency

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        deposit_in_cents = self.deposit_in_cents

        failure_reason = self.failure_reason

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        payment_charge_id: str | Unset = UNSET
        if not isinstance(self.payment_charge_id, Unset):
            payment_charge_id = str(self.payment_charge_id)

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        provider_id = self.provider_id

        provider_link = self.provider_link

        provider_method = self.provider_method

        provider_secret = self.provider_secret

        reason = self.reason

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        succeeded_at: None | str | Unset
        if isinstance(self.succeeded_at, Unset):
            succeeded_at = UNSET
        elif isinstance(self.succeeded_at, datetime.datetime):
            succeeded_at = self.succeeded_at.isoformat().replace("+00:00", "Z")
        else:
            succeeded_at = self.succeeded_at

        total_in_cents = self.total_in_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_in_cents is not UNSET:
            field_dict["amount_in_cents"] = amount_in_cents
        if cart_id is not UNSET:
            field_dict["cart_id"] = cart_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if payment_charge_id is not UNSET:
            field_dict["payment_charge_id"] = payment_charge_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if provider_link is not UNSET:
            field_dict["provider_link"] = provider_link
        if provider_method is not UNSET:
            field_dict["provider_method"] = provider_method
        if provider_secret is not UNSET:
            field_dict["provider_secret"] = provider_secret
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status
        if succeeded_at is not UNSET:
            field_dict["succeeded_at"] = succeeded_at
        if total_in_cents is not UNSET:
            field_dict["total_in_cents"] = total_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PaymentRefundWriteAttributes)", src_dict)
        d = dict(src_dict)
        amount_in_cents = d.pop("amount_in_cents", UNSET)
        if (
            not (isinstance(amount_in_cents, int) and amount_in_cents is not True and amount_in_cents is not False)
            and amount_in_cents is not UNSET
        ):
            raise FieldError("integer", amount_in_cents, "amount_in_cents")

        _cart_id = d.pop("cart_id", UNSET)
        cart_id: UUID | Unset = UNSET
        if _cart_id is not UNSET:
            try:
                cart_id = UUID(_cart_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _cart_id, "cart_id") from None

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, str) and currency is not UNSET:
            raise FieldError("string", currency, "currency")

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset = UNSET
        if _customer_id is not UNSET:
            try:
                customer_id = UUID(_customer_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _customer_id, "customer_id") from None

        deposit_in_cents = d.pop("deposit_in_cents", UNSET)
        if (
            not (isinstance(deposit_in_cents, int) and deposit_in_cents is not True and deposit_in_cents is not False)
            and deposit_in_cents is not UNSET
        ):
            raise FieldError("integer", deposit_in_cents, "deposit_in_cents")

        failure_reason = d.pop("failure_reason", UNSET)
        if not isinstance(failure_reason, str) and failure_reason is not UNSET:
            raise FieldError("string", failure_reason, "failure_reason")

        _order_id = d.pop("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = UUID(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        _payment_charge_id = d.pop("payment_charge_id", UNSET)
        payment_charge_id: UUID | Unset = UNSET
        if _payment_charge_id is not UNSET:
            try:
                payment_charge_id = UUID(_payment_charge_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _payment_charge_id, "payment_charge_id") from None

        _provider = d.pop("provider", UNSET)
        provider: PaymentRefundProvider | Unset = UNSET
        if isinstance(_provider, str):
            provider = PaymentRefundProvider(_provider)
        elif _provider is not UNSET:
            raise FieldError("string (PaymentRefundProvider)", _provider, "provider")

        provider_id = d.pop("provider_id", UNSET)
        if not isinstance(provider_id, str) and provider_id is not UNSET:
            raise FieldError("string", provider_id, "provider_id")

        provider_link = d.pop("provider_link", UNSET)
        if not isinstance(provider_link, str) and provider_link is not UNSET:
            raise FieldError("string", provider_link, "provider_link")

        provider_method = d.pop("provider_method", UNSET)
        if not isinstance(provider_method, str) and provider_method is not UNSET:
            raise FieldError("string", provider_method, "provider_method")

        provider_secret = d.pop("provider_secret", UNSET)
        if not isinstance(provider_secret, str) and provider_secret is not UNSET:
            raise FieldError("string", provider_secret, "provider_secret")

        reason = d.pop("reason", UNSET)
        if not isinstance(reason, str) and reason is not UNSET:
            raise FieldError("string", reason, "reason")

        _status = d.pop("status", UNSET)
        status: PaymentRefundStatus | Unset = UNSET
        if isinstance(_status, str):
            status = PaymentRefundStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (PaymentRefundStatus)", _status, "status")

        _succeeded_at = d.pop("succeeded_at", UNSET)
        succeeded_at: datetime.datetime | None | Unset
        if _succeeded_at is None or _succeeded_at is UNSET:
            succeeded_at = _succeeded_at
        elif isinstance(_succeeded_at, str):
            _succeeded_at_type_0 = _succeeded_at
            try:
                succeeded_at_type_0 = datetime.datetime.fromisoformat(_succeeded_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _succeeded_at_type_0, "succeeded_at") from None

            succeeded_at = succeeded_at_type_0
        else:
            raise FieldError("date-time string or null", _succeeded_at, "succeeded_at")

        total_in_cents = d.pop("total_in_cents", UNSET)
        if (
            not (isinstance(total_in_cents, int) and total_in_cents is not True and total_in_cents is not False)
            and total_in_cents is not UNSET
        ):
            raise FieldError("integer", total_in_cents, "total_in_cents")

        payment_refund_write_attributes = cls(
            amount_in_cents=amount_in_cents,
            cart_id=cart_id,
            currency=currency,
            customer_id=customer_id,
            deposit_in_cents=deposit_in_cents,
            failure_reason=failure_reason,
            order_id=order_id,
            payment_charge_id=payment_charge_id,
            provider=provider,
            provider_id=provider_id,
            provider_link=provider_link,
            provider_method=provider_method,
            provider_secret=provider_secret,
            reason=reason,
            status=status,
            succeeded_at=succeeded_at,
            total_in_cents=total_in_cents,
        )

        payment_refund_write_attributes.additional_properties = d
        return payment_refund_write_attributes

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

    if TYPE_CHECKING:
        from ..models.customer import Customer
        from ..models.order import Order
        from ..models.payment_charge import PaymentCharge
        from ..models.resource_object import ResourceObject

    def relate(
        self,
        *,
        cart: ResourceObject | Unset = UNSET,
        customer: Customer | Unset = UNSET,
        order: Order | Unset = UNSET,
        payment_charge: PaymentCharge | Unset = UNSET,
    ) -> PaymentRefundWriteAttributes:
        """Point this payment refund at related records, by model: each keyword sets an id attribute.

        `cart=` sets `cart_id`.
        `customer=` sets `customer_id`.
        `order=` sets `order_id`.
        `payment_charge=` sets `payment_charge_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(cart, Unset):
            self.cart_id = cart.id
        if not isinstance(customer, Unset):
            self.customer_id = customer.id
        if not isinstance(order, Unset):
            self.order_id = order.id
        if not isinstance(payment_charge, Unset):
            self.payment_charge_id = payment_charge.id
        return self
