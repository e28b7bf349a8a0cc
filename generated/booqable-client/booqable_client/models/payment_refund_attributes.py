from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..models.payment_refund_provider import PaymentRefundProvider
from ..models.payment_refund_status import PaymentRefundStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentRefundAttributes")


@_attrs_define
class PaymentRefundAttributes:
    """Attributes of a payment refund as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            amount_in_cents (int | Unset): Amount, in cents.
            canceled_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            cart_id (None | Unset | UUID): ID of the related cart. Can only be set when the record is created. Unverified:
                the examples show `null`, which the field list does not allow.
            created_at (datetime.datetime | Unset): When the record was created.
            currency (str | Unset):
            customer_id (None | Unset | UUID): ID of the related customer. Can only be set when the record is created.
                Unverified: the examples show `null`, which the field list does not allow.
            deposit_in_cents (int | Unset): Deposit, in cents.
            description (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            employee_id (None | Unset | UUID): ID of the related employee. Unverified: the examples show `null`, which the
                field list does not allow.
            expired_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            failed_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            failure_reason (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            order_id (None | Unset | UUID): ID of the related order. Can only be set when the record is created. Unverified:
                the examples show `null`, which the field list does not allow.
            payment_charge_id (None | Unset | UUID): ID of the related payment charge. Can only be set when the record is
                created. Unverified: the examples show `null`, which the field list does not allow.
            payment_method_id (None | Unset | UUID): ID of the related payment method. Unverified: the examples show `null`,
                which the field list does not allow.
            provider (PaymentRefundProvider | Unset): Values of `provider` on payment refunds.
            provider_id (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            provider_link (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            provider_method (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            provider_secret (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            reason (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            status (PaymentRefundStatus | Unset): Values of `status` on payment refunds.
            succeeded_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            total_in_cents (int | Unset): Total, in cents.
            type_ (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    amount_in_cents: int | Unset = UNSET
    canceled_at: datetime.datetime | None | Unset = UNSET
    cart_id: None | Unset | UUID = UNSET
    created_at: datetime.datetime | Unset = UNSET
    currency: str | Unset = UNSET
    customer_id: None | Unset | UUID = UNSET
    deposit_in_cents: int | Unset = UNSET
    description: None | str | Unset = UNSET
    employee_id: None | Unset | UUID = UNSET
    expired_at: datetime.datetime | None | Unset = UNSET
    failed_at: datetime.datetime | None | Unset = UNSET
    failure_reason: None | str | Unset = UNSET
    order_id: None | Unset | UUID = UNSET
    payment_charge_id: None | Unset | UUID = UNSET
    payment_method_id: None | Unset | UUID = UNSET
    provider: PaymentRefundProvider | Unset = UNSET
    provider_id: None | str | Unset = UNSET
    provider_link: None | str | Unset = UNSET
    provider_method: None | str | Unset = UNSET
    provider_secret: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    status: PaymentRefundStatus | Unset = UNSET
    succeeded_at: datetime.datetime | None | Unset = UNSET
    total_in_cents: int | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        amount_in_cents = self.amount_in_cents
        if amount_in_cents is not UNSET:
            field_dict["amount_in_cents"] = amount_in_cents
        canceled_at: None | str | Unset
        if isinstance(self.canceled_at, Unset):
            canceled_at = UNSET
        elif isinstance(self.canceled_at, datetime.datetime):
            canceled_at = (
                self.canceled_at.isoformat().replace("+00:00", "Z")
                if self.canceled_at.tzinfo is not None
                else _naive__datetime("canceled_at_type_0")
            )
        else:
            canceled_at = self.canceled_at
        if canceled_at is not UNSET:
            field_dict["canceled_at"] = canceled_at
        cart_id: None | str | Unset
        if isinstance(self.cart_id, Unset):
            cart_id = UNSET
        elif isinstance(self.cart_id, UUID):
            cart_id = str(self.cart_id)
        else:
            cart_id = self.cart_id
        if cart_id is not UNSET:
            field_dict["cart_id"] = cart_id
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        currency = self.currency
        if currency is not UNSET:
            field_dict["currency"] = currency
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        deposit_in_cents = self.deposit_in_cents
        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        if description is not UNSET:
            field_dict["description"] = description
        employee_id: None | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        elif isinstance(self.expired_at, datetime.datetime):
            expired_at = (
                self.expired_at.isoformat().replace("+00:00", "Z")
                if self.expired_at.tzinfo is not None
                else _naive__datetime("expired_at_type_0")
            )
        else:
            expired_at = self.expired_at
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        failed_at: None | str | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        elif isinstance(self.failed_at, datetime.datetime):
            failed_at = (
                self.failed_at.isoformat().replace("+00:00", "Z")
                if self.failed_at.tzinfo is not None
                else _naive__datetime("failed_at_type_0")
            )
        else:
            failed_at = self.failed_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UUID):
            order_id = str(self.order_id)
        else:
            order_id = self.order_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        payment_charge_id: None | str | Unset
        if isinstance(self.payment_charge_id, Unset):
            payment_charge_id = UNSET
        elif isinstance(self.payment_charge_id, UUID):
            payment_charge_id = str(self.payment_charge_id)
        else:
            payment_charge_id = self.payment_charge_id
        if payment_charge_id is not UNSET:
            field_dict["payment_charge_id"] = payment_charge_id
        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        elif isinstance(self.payment_method_id, UUID):
            payment_method_id = str(self.payment_method_id)
        else:
            payment_method_id = self.payment_method_id
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        if provider is not UNSET:
            field_dict["provider"] = provider
        provider_id: None | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = self.provider_id
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        provider_link: None | str | Unset
        if isinstance(self.provider_link, Unset):
            provider_link = UNSET
        else:
            provider_link = self.provider_link
        if provider_link is not UNSET:
            field_dict["provider_link"] = provider_link
        provider_method: None | str | Unset
        if isinstance(self.provider_method, Unset):
            provider_method = UNSET
        else:
            provider_method = self.provider_method
        if provider_method is not UNSET:
            field_dict["provider_method"] = provider_method
        provider_secret: None | str | Unset
        if isinstance(self.provider_secret, Unset):
            provider_secret = UNSET
        else:
            provider_secret = self.provider_secret
        if provider_secret is not UNSET:
            field_dict["provider_secret"] = provider_secret
        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason
        if reason is not UNSET:
            field_dict["reason"] = reason
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
        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PaymentRefundAttributes)", d)
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

        _canceled_at = d.get("canceled_at", UNSET)
        canceled_at: datetime.datetime | None | Unset
        if _canceled_at is None or _canceled_at is UNSET:
            canceled_at = _canceled_at
        elif isinstance(_canceled_at, str):
            _canceled_at_type_0 = _canceled_at
            try:
                canceled_at_type_0 = _datetime__parse(_canceled_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _canceled_at_type_0, "canceled_at") from None

            canceled_at = canceled_at_type_0
        else:
            raise FieldError("date-time string or null", _canceled_at, "canceled_at")

        if canceled_at is UNSET:
            n__absent += 1

        _cart_id = d.get("cart_id", UNSET)
        cart_id: None | Unset | UUID
        if _cart_id is None or _cart_id is UNSET:
            cart_id = _cart_id
        elif isinstance(_cart_id, str):
            _cart_id_type_0 = _cart_id
            try:
                cart_id_type_0 = parse_uuid(_cart_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _cart_id_type_0, "cart_id") from None

            cart_id = cart_id_type_0
        else:
            raise FieldError("UUID string or null", _cart_id, "cart_id")

        if cart_id is UNSET:
            n__absent += 1

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        currency = d.get("currency", UNSET)
        if not (type(currency) is str):
            if currency is UNSET:
                n__absent += 1
            elif not isinstance(currency, str):
                raise FieldError("string", currency, "currency")

        _customer_id = d.get("customer_id", UNSET)
        customer_id: None | Unset | UUID
        if _customer_id is None or _customer_id is UNSET:
            customer_id = _customer_id
        elif isinstance(_customer_id, str):
            _customer_id_type_0 = _customer_id
            try:
                customer_id_type_0 = parse_uuid(_customer_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _customer_id_type_0, "customer_id") from None

            customer_id = customer_id_type_0
        else:
            raise FieldError("UUID string or null", _customer_id, "customer_id")

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

        description = d.get("description", UNSET)
        if not (type(description) is str or description is None):
            if description is UNSET:
                n__absent += 1
            elif not (isinstance(description, str) or description is None):
                raise FieldError("string or null", description, "description")

        _employee_id = d.get("employee_id", UNSET)
        employee_id: None | Unset | UUID
        if _employee_id is None or _employee_id is UNSET:
            employee_id = _employee_id
        elif isinstance(_employee_id, str):
            _employee_id_type_0 = _employee_id
            try:
                employee_id_type_0 = parse_uuid(_employee_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _employee_id_type_0, "employee_id") from None

            employee_id = employee_id_type_0
        else:
            raise FieldError("UUID string or null", _employee_id, "employee_id")

        if employee_id is UNSET:
            n__absent += 1

        _expired_at = d.get("expired_at", UNSET)
        expired_at: datetime.datetime | None | Unset
        if _expired_at is None or _expired_at is UNSET:
            expired_at = _expired_at
        elif isinstance(_expired_at, str):
            _expired_at_type_0 = _expired_at
            try:
                expired_at_type_0 = _datetime__parse(_expired_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _expired_at_type_0, "expired_at") from None

            expired_at = expired_at_type_0
        else:
            raise FieldError("date-time string or null", _expired_at, "expired_at")

        if expired_at is UNSET:
            n__absent += 1

        _failed_at = d.get("failed_at", UNSET)
        failed_at: datetime.datetime | None | Unset
        if _failed_at is None or _failed_at is UNSET:
            failed_at = _failed_at
        elif isinstance(_failed_at, str):
            _failed_at_type_0 = _failed_at
            try:
                failed_at_type_0 = _datetime__parse(_failed_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _failed_at_type_0, "failed_at") from None

            failed_at = failed_at_type_0
        else:
            raise FieldError("date-time string or null", _failed_at, "failed_at")

        if failed_at is UNSET:
            n__absent += 1

        failure_reason = d.get("failure_reason", UNSET)
        if not (type(failure_reason) is str or failure_reason is None):
            if failure_reason is UNSET:
                n__absent += 1
            elif not (isinstance(failure_reason, str) or failure_reason is None):
                raise FieldError("string or null", failure_reason, "failure_reason")

        _order_id = d.get("order_id", UNSET)
        order_id: None | Unset | UUID
        if _order_id is None or _order_id is UNSET:
            order_id = _order_id
        elif isinstance(_order_id, str):
            _order_id_type_0 = _order_id
            try:
                order_id_type_0 = parse_uuid(_order_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id_type_0, "order_id") from None

            order_id = order_id_type_0
        else:
            raise FieldError("UUID string or null", _order_id, "order_id")

        if order_id is UNSET:
            n__absent += 1

        _payment_charge_id = d.get("payment_charge_id", UNSET)
        payment_charge_id: None | Unset | UUID
        if _payment_charge_id is None or _payment_charge_id is UNSET:
            payment_charge_id = _payment_charge_id
        elif isinstance(_payment_charge_id, str):
            _payment_charge_id_type_0 = _payment_charge_id
            try:
                payment_charge_id_type_0 = parse_uuid(_payment_charge_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _payment_charge_id_type_0, "payment_charge_id") from None

            payment_charge_id = payment_charge_id_type_0
        else:
            raise FieldError("UUID string or null", _payment_charge_id, "payment_charge_id")

        if payment_charge_id is UNSET:
            n__absent += 1

        _payment_method_id = d.get("payment_method_id", UNSET)
        payment_method_id: None | Unset | UUID
        if _payment_method_id is None or _payment_method_id is UNSET:
            payment_method_id = _payment_method_id
        elif isinstance(_payment_method_id, str):
            _payment_method_id_type_0 = _payment_method_id
            try:
                payment_method_id_type_0 = parse_uuid(_payment_method_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _payment_method_id_type_0, "payment_method_id") from None

            payment_method_id = payment_method_id_type_0
        else:
            raise FieldError("UUID string or null", _payment_method_id, "payment_method_id")

        if payment_method_id is UNSET:
            n__absent += 1

        _provider = d.get("provider", UNSET)
        provider: PaymentRefundProvider | Unset = UNSET
        if type(_provider) is str:
            provider = PaymentRefundProvider._by__value.get(_provider) or PaymentRefundProvider(_provider)
        elif isinstance(_provider, str):
            provider = PaymentRefundProvider(_provider)
        elif _provider is not UNSET:
            raise FieldError("string (PaymentRefundProvider)", _provider, "provider")

        if provider is UNSET:
            n__absent += 1

        provider_id = d.get("provider_id", UNSET)
        if not (type(provider_id) is str or provider_id is None):
            if provider_id is UNSET:
                n__absent += 1
            elif not (isinstance(provider_id, str) or provider_id is None):
                raise FieldError("string or null", provider_id, "provider_id")

        provider_link = d.get("provider_link", UNSET)
        if not (type(provider_link) is str or provider_link is None):
            if provider_link is UNSET:
                n__absent += 1
            elif not (isinstance(provider_link, str) or provider_link is None):
                raise FieldError("string or null", provider_link, "provider_link")

        provider_method = d.get("provider_method", UNSET)
        if not (type(provider_method) is str or provider_method is None):
            if provider_method is UNSET:
                n__absent += 1
            elif not (isinstance(provider_method, str) or provider_method is None):
                raise FieldError("string or null", provider_method, "provider_method")

        provider_secret = d.get("provider_secret", UNSET)
        if not (type(provider_secret) is str or provider_secret is None):
            if provider_secret is UNSET:
                n__absent += 1
            elif not (isinstance(provider_secret, str) or provider_secret is None):
                raise FieldError("string or null", provider_secret, "provider_secret")

        reason = d.get("reason", UNSET)
        if not (type(reason) is str or reason is None):
            if reason is UNSET:
                n__absent += 1
            elif not (isinstance(reason, str) or reason is None):
                raise FieldError("string or null", reason, "reason")

        _status = d.get("status", UNSET)
        status: PaymentRefundStatus | Unset = UNSET
        if type(_status) is str:
            status = PaymentRefundStatus._by__value.get(_status) or PaymentRefundStatus(_status)
        elif isinstance(_status, str):
            status = PaymentRefundStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (PaymentRefundStatus)", _status, "status")

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

        type_ = d.get("type", UNSET)
        if not (type(type_) is str):
            if type_ is UNSET:
                n__absent += 1
            elif not isinstance(type_, str):
                raise FieldError("string", type_, "type")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            payment_refund_attributes = _new__object(cls)
            payment_refund_attributes.amount_in_cents = amount_in_cents
            payment_refund_attributes.canceled_at = canceled_at
            payment_refund_attributes.cart_id = cart_id
            payment_refund_attributes.created_at = created_at
            payment_refund_attributes.currency = currency
            payment_refund_attributes.customer_id = customer_id
            payment_refund_attributes.deposit_in_cents = deposit_in_cents
            payment_refund_attributes.description = description
            payment_refund_attributes.employee_id = employee_id
            payment_refund_attributes.expired_at = expired_at
            payment_refund_attributes.failed_at = failed_at
            payment_refund_attributes.failure_reason = failure_reason
            payment_refund_attributes.order_id = order_id
            payment_refund_attributes.payment_charge_id = payment_charge_id
            payment_refund_attributes.payment_method_id = payment_method_id
            payment_refund_attributes.provider = provider
            payment_refund_attributes.provider_id = provider_id
            payment_refund_attributes.provider_link = provider_link
            payment_refund_attributes.provider_method = provider_method
            payment_refund_attributes.provider_secret = provider_secret
            payment_refund_attributes.reason = reason
            payment_refund_attributes.status = status
            payment_refund_attributes.succeeded_at = succeeded_at
            payment_refund_attributes.total_in_cents = total_in_cents
            payment_refund_attributes.type_ = type_
            payment_refund_attributes.updated_at = updated_at
            payment_refund_attributes.additional_properties = {}
        else:
            payment_refund_attributes = cls(
                amount_in_cents,
                canceled_at,
                cart_id,
                created_at,
                currency,
                customer_id,
                deposit_in_cents,
                description,
                employee_id,
                expired_at,
                failed_at,
                failure_reason,
                order_id,
                payment_charge_id,
                payment_method_id,
                provider,
                provider_id,
                provider_link,
                provider_method,
                provider_secret,
                reason,
                status,
                succeeded_at,
                total_in_cents,
                type_,
                updated_at,
            )
        if len(d) + n__absent != 26:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "amount_in_cents",
                    "canceled_at",
                    "cart_id",
                    "created_at",
                    "currency",
                    "customer_id",
                    "deposit_in_cents",
                    "description",
                    "employee_id",
                    "expired_at",
                    "failed_at",
                    "failure_reason",
                    "order_id",
                    "payment_charge_id",
                    "payment_method_id",
                    "provider",
                    "provider_id",
                    "provider_link",
                    "provider_method",
                    "provider_secret",
                    "reason",
                    "status",
                    "succeeded_at",
                    "total_in_cents",
                    "type",
                    "updated_at",
                }
            }
            payment_refund_attributes.additional_properties = extra__props
        return payment_refund_attributes

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


_plain__class: type[PaymentRefundAttributes] | None = (
    PaymentRefundAttributes
    if {field.name for field in _attrs_fields(PaymentRefundAttributes)}
    == {
        "amount_in_cents",
        "canceled_at",
        "cart_id",
        "created_at",
        "currency",
        "customer_id",
        "deposit_in_cents",
        "description",
        "employee_id",
        "expired_at",
        "failed_at",
        "failure_reason",
        "order_id",
        "payment_charge_id",
        "payment_method_id",
        "provider",
        "provider_id",
        "provider_link",
        "provider_method",
        "provider_secret",
        "reason",
        "status",
        "succeeded_at",
        "total_in_cents",
        "type_",
        "updated_at",
        "additional_properties",
    }
    and not hasattr(PaymentRefundAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
