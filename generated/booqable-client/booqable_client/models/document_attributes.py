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
from ..lib._fields import parse_date as _date__parse
from ..lib._fields import parse_datetime as _datetime__parse
from ..lib._fields import position as _position
from ..models.deposit_type import DepositType
from ..models.document_status import DocumentStatus
from ..models.document_type import DocumentType
from ..models.fulfillment_type import FulfillmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentAttributes")


@_attrs_define
class DocumentAttributes:
    """Attributes of a document as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            address (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            body (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            confirmed (bool | Unset):
            confirmed_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            coupon_discount_in_cents (int | Unset): Coupon discount, in cents.
            coupon_id (None | Unset | UUID): ID of the related coupon.
            created_at (datetime.datetime | Unset): When the record was created.
            customer_id (None | Unset | UUID): ID of the related customer.
            date (datetime.date | None | Unset): Unverified: the examples show `null`, which the field list does not allow.
            delivery_address (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            delivery_carrier_name (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            delivery_label (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            delivery_price_in_cents (int | Unset): Delivery price, in cents.
            deposit_held_in_cents (int | Unset): Deposit held, in cents.
            deposit_in_cents (int | Unset): Deposit, in cents.
            deposit_paid_in_cents (int | Unset): Deposit paid, in cents.
            deposit_refunded_in_cents (int | Unset): Deposit refunded, in cents.
            deposit_to_refund_in_cents (int | Unset): Deposit to refund, in cents.
            deposit_type (DepositType | None | Unset):
            deposit_value (float | Unset):
            discount_in_cents (int | Unset): Discount, in cents.
            discount_percentage (float | Unset):
            discount_type (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            document_type (DocumentType | Unset): Values of `document_type` on documents.
            due_date (datetime.date | None | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            finalized (bool | Unset):
            footer (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            fulfillment_type (FulfillmentType | None | Unset): Can only be set when the record is created.
            grand_total_in_cents (int | Unset): Grand total, in cents.
            grand_total_with_tax_in_cents (int | Unset): Grand total with tax, in cents.
            name (str | Unset):
            number (int | None | Unset): Unverified: the examples show `null`, which the field list does not allow.
            order_id (UUID | Unset): ID of the related order. Can only be set when the record is created.
            paid_in_cents (int | Unset): Paid, in cents.
            prefix (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            prefix_with_number (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            price_in_cents (int | Unset): Price, in cents.
            reference (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            revised (bool | Unset):
            revision (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            sent (bool | Unset):
            signature_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            signed (bool | Unset):
            start_location_id (None | Unset | UUID): ID of the related start location. Unverified: the examples show `null`,
                which the field list does not allow.
            starts_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            status (DocumentStatus | Unset): Values of `status` on documents.
            stop_location_id (None | Unset | UUID): ID of the related stop location. Unverified: the examples show `null`,
                which the field list does not allow.
            stops_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            tag_list (list[str] | Unset):
            tax_in_cents (int | Unset): Tax, in cents.
            tax_region_id (None | Unset | UUID): ID of the related tax region.
            to_be_paid_in_cents (int | Unset): To be paid, in cents.
            total_discount_in_cents (int | Unset): Total discount, in cents.
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    address: None | str | Unset = UNSET
    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    body: None | str | Unset = UNSET
    confirmed: bool | Unset = UNSET
    confirmed_at: datetime.datetime | None | Unset = UNSET
    coupon_discount_in_cents: int | Unset = UNSET
    coupon_id: None | Unset | UUID = UNSET
    created_at: datetime.datetime | Unset = UNSET
    customer_id: None | Unset | UUID = UNSET
    date: datetime.date | None | Unset = UNSET
    delivery_address: None | str | Unset = UNSET
    delivery_carrier_name: None | str | Unset = UNSET
    delivery_label: None | str | Unset = UNSET
    delivery_price_in_cents: int | Unset = UNSET
    deposit_held_in_cents: int | Unset = UNSET
    deposit_in_cents: int | Unset = UNSET
    deposit_paid_in_cents: int | Unset = UNSET
    deposit_refunded_in_cents: int | Unset = UNSET
    deposit_to_refund_in_cents: int | Unset = UNSET
    deposit_type: DepositType | None | Unset = UNSET
    deposit_value: float | Unset = UNSET
    discount_in_cents: int | Unset = UNSET
    discount_percentage: float | Unset = UNSET
    discount_type: None | str | Unset = UNSET
    document_type: DocumentType | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    finalized: bool | Unset = UNSET
    footer: None | str | Unset = UNSET
    fulfillment_type: FulfillmentType | None | Unset = UNSET
    grand_total_in_cents: int | Unset = UNSET
    grand_total_with_tax_in_cents: int | Unset = UNSET
    name: str | Unset = UNSET
    number: int | None | Unset = UNSET
    order_id: UUID | Unset = UNSET
    paid_in_cents: int | Unset = UNSET
    prefix: None | str | Unset = UNSET
    prefix_with_number: None | str | Unset = UNSET
    price_in_cents: int | Unset = UNSET
    reference: None | str | Unset = UNSET
    revised: bool | Unset = UNSET
    revision: None | str | Unset = UNSET
    sent: bool | Unset = UNSET
    signature_url: None | str | Unset = UNSET
    signed: bool | Unset = UNSET
    start_location_id: None | Unset | UUID = UNSET
    starts_at: datetime.datetime | None | Unset = UNSET
    status: DocumentStatus | Unset = UNSET
    stop_location_id: None | Unset | UUID = UNSET
    stops_at: datetime.datetime | None | Unset = UNSET
    tag_list: list[str] | Unset = UNSET
    tax_in_cents: int | Unset = UNSET
    tax_region_id: None | Unset | UUID = UNSET
    to_be_paid_in_cents: int | Unset = UNSET
    total_discount_in_cents: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address
        if address is not UNSET:
            field_dict["address"] = address
        archived = self.archived
        if archived is not UNSET:
            field_dict["archived"] = archived
        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = (
                self.archived_at.isoformat().replace("+00:00", "Z")
                if self.archived_at.tzinfo is not None
                else _naive__datetime("archived_at_type_0")
            )
        else:
            archived_at = self.archived_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body
        if body is not UNSET:
            field_dict["body"] = body
        confirmed = self.confirmed
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        confirmed_at: None | str | Unset
        if isinstance(self.confirmed_at, Unset):
            confirmed_at = UNSET
        elif isinstance(self.confirmed_at, datetime.datetime):
            confirmed_at = (
                self.confirmed_at.isoformat().replace("+00:00", "Z")
                if self.confirmed_at.tzinfo is not None
                else _naive__datetime("confirmed_at_type_0")
            )
        else:
            confirmed_at = self.confirmed_at
        if confirmed_at is not UNSET:
            field_dict["confirmed_at"] = confirmed_at
        coupon_discount_in_cents = self.coupon_discount_in_cents
        if coupon_discount_in_cents is not UNSET:
            field_dict["coupon_discount_in_cents"] = coupon_discount_in_cents
        coupon_id: None | str | Unset
        if isinstance(self.coupon_id, Unset):
            coupon_id = UNSET
        elif isinstance(self.coupon_id, UUID):
            coupon_id = str(self.coupon_id)
        else:
            coupon_id = self.coupon_id
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date
        if date is not UNSET:
            field_dict["date"] = date
        delivery_address: None | str | Unset
        if isinstance(self.delivery_address, Unset):
            delivery_address = UNSET
        else:
            delivery_address = self.delivery_address
        if delivery_address is not UNSET:
            field_dict["delivery_address"] = delivery_address
        delivery_carrier_name: None | str | Unset
        if isinstance(self.delivery_carrier_name, Unset):
            delivery_carrier_name = UNSET
        else:
            delivery_carrier_name = self.delivery_carrier_name
        if delivery_carrier_name is not UNSET:
            field_dict["delivery_carrier_name"] = delivery_carrier_name
        delivery_label: None | str | Unset
        if isinstance(self.delivery_label, Unset):
            delivery_label = UNSET
        else:
            delivery_label = self.delivery_label
        if delivery_label is not UNSET:
            field_dict["delivery_label"] = delivery_label
        delivery_price_in_cents = self.delivery_price_in_cents
        if delivery_price_in_cents is not UNSET:
            field_dict["delivery_price_in_cents"] = delivery_price_in_cents
        deposit_held_in_cents = self.deposit_held_in_cents
        if deposit_held_in_cents is not UNSET:
            field_dict["deposit_held_in_cents"] = deposit_held_in_cents
        deposit_in_cents = self.deposit_in_cents
        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        deposit_paid_in_cents = self.deposit_paid_in_cents
        if deposit_paid_in_cents is not UNSET:
            field_dict["deposit_paid_in_cents"] = deposit_paid_in_cents
        deposit_refunded_in_cents = self.deposit_refunded_in_cents
        if deposit_refunded_in_cents is not UNSET:
            field_dict["deposit_refunded_in_cents"] = deposit_refunded_in_cents
        deposit_to_refund_in_cents = self.deposit_to_refund_in_cents
        if deposit_to_refund_in_cents is not UNSET:
            field_dict["deposit_to_refund_in_cents"] = deposit_to_refund_in_cents
        deposit_type: None | str | Unset
        if isinstance(self.deposit_type, Unset):
            deposit_type = UNSET
        elif isinstance(self.deposit_type, DepositType):
            deposit_type = self.deposit_type.value
        else:
            deposit_type = self.deposit_type
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type
        deposit_value = self.deposit_value
        if deposit_value is not UNSET:
            field_dict["deposit_value"] = deposit_value
        discount_in_cents = self.discount_in_cents
        if discount_in_cents is not UNSET:
            field_dict["discount_in_cents"] = discount_in_cents
        discount_percentage = self.discount_percentage
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        discount_type: None | str | Unset
        if isinstance(self.discount_type, Unset):
            discount_type = UNSET
        else:
            discount_type = self.discount_type
        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value

        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        finalized = self.finalized
        if finalized is not UNSET:
            field_dict["finalized"] = finalized
        footer: None | str | Unset
        if isinstance(self.footer, Unset):
            footer = UNSET
        else:
            footer = self.footer
        if footer is not UNSET:
            field_dict["footer"] = footer
        fulfillment_type: None | str | Unset
        if isinstance(self.fulfillment_type, Unset):
            fulfillment_type = UNSET
        elif isinstance(self.fulfillment_type, FulfillmentType):
            fulfillment_type = self.fulfillment_type.value
        else:
            fulfillment_type = self.fulfillment_type
        if fulfillment_type is not UNSET:
            field_dict["fulfillment_type"] = fulfillment_type
        grand_total_in_cents = self.grand_total_in_cents
        if grand_total_in_cents is not UNSET:
            field_dict["grand_total_in_cents"] = grand_total_in_cents
        grand_total_with_tax_in_cents = self.grand_total_with_tax_in_cents
        if grand_total_with_tax_in_cents is not UNSET:
            field_dict["grand_total_with_tax_in_cents"] = grand_total_with_tax_in_cents
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        number: int | None | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number
        if number is not UNSET:
            field_dict["number"] = number
        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        paid_in_cents = self.paid_in_cents
        if paid_in_cents is not UNSET:
            field_dict["paid_in_cents"] = paid_in_cents
        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        prefix_with_number: None | str | Unset
        if isinstance(self.prefix_with_number, Unset):
            prefix_with_number = UNSET
        else:
            prefix_with_number = self.prefix_with_number
        if prefix_with_number is not UNSET:
            field_dict["prefix_with_number"] = prefix_with_number
        price_in_cents = self.price_in_cents
        if price_in_cents is not UNSET:
            field_dict["price_in_cents"] = price_in_cents
        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference
        if reference is not UNSET:
            field_dict["reference"] = reference
        revised = self.revised
        if revised is not UNSET:
            field_dict["revised"] = revised
        revision: None | str | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        else:
            revision = self.revision
        if revision is not UNSET:
            field_dict["revision"] = revision
        sent = self.sent
        if sent is not UNSET:
            field_dict["sent"] = sent
        signature_url: None | str | Unset
        if isinstance(self.signature_url, Unset):
            signature_url = UNSET
        else:
            signature_url = self.signature_url
        if signature_url is not UNSET:
            field_dict["signature_url"] = signature_url
        signed = self.signed
        if signed is not UNSET:
            field_dict["signed"] = signed
        start_location_id: None | str | Unset
        if isinstance(self.start_location_id, Unset):
            start_location_id = UNSET
        elif isinstance(self.start_location_id, UUID):
            start_location_id = str(self.start_location_id)
        else:
            start_location_id = self.start_location_id
        if start_location_id is not UNSET:
            field_dict["start_location_id"] = start_location_id
        starts_at: None | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, datetime.datetime):
            starts_at = (
                self.starts_at.isoformat().replace("+00:00", "Z")
                if self.starts_at.tzinfo is not None
                else _naive__datetime("starts_at_type_0")
            )
        else:
            starts_at = self.starts_at
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status
        stop_location_id: None | str | Unset
        if isinstance(self.stop_location_id, Unset):
            stop_location_id = UNSET
        elif isinstance(self.stop_location_id, UUID):
            stop_location_id = str(self.stop_location_id)
        else:
            stop_location_id = self.stop_location_id
        if stop_location_id is not UNSET:
            field_dict["stop_location_id"] = stop_location_id
        stops_at: None | str | Unset
        if isinstance(self.stops_at, Unset):
            stops_at = UNSET
        elif isinstance(self.stops_at, datetime.datetime):
            stops_at = (
                self.stops_at.isoformat().replace("+00:00", "Z")
                if self.stops_at.tzinfo is not None
                else _naive__datetime("stops_at_type_0")
            )
        else:
            stops_at = self.stops_at
        if stops_at is not UNSET:
            field_dict["stops_at"] = stops_at
        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = self.tag_list

        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        tax_in_cents = self.tax_in_cents
        if tax_in_cents is not UNSET:
            field_dict["tax_in_cents"] = tax_in_cents
        tax_region_id: None | str | Unset
        if isinstance(self.tax_region_id, Unset):
            tax_region_id = UNSET
        elif isinstance(self.tax_region_id, UUID):
            tax_region_id = str(self.tax_region_id)
        else:
            tax_region_id = self.tax_region_id
        if tax_region_id is not UNSET:
            field_dict["tax_region_id"] = tax_region_id
        to_be_paid_in_cents = self.to_be_paid_in_cents
        if to_be_paid_in_cents is not UNSET:
            field_dict["to_be_paid_in_cents"] = to_be_paid_in_cents
        total_discount_in_cents = self.total_discount_in_cents
        if total_discount_in_cents is not UNSET:
            field_dict["total_discount_in_cents"] = total_discount_in_cents
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
                raise FieldError("object (DocumentAttributes)", d)
            d = dict(d)
        n__absent = 0
        address = d.get("address", UNSET)
        if not (type(address) is str or address is None):
            if address is UNSET:
                n__absent += 1
            elif not (isinstance(address, str) or address is None):
                raise FieldError("string or null", address, "address")

        archived = d.get("archived", UNSET)
        if not (archived is True or archived is False):
            if archived is UNSET:
                n__absent += 1
            elif not isinstance(archived, bool):
                raise FieldError("boolean", archived, "archived")

        _archived_at = d.get("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        elif isinstance(_archived_at, str):
            _archived_at_type_0 = _archived_at
            try:
                archived_at_type_0 = _datetime__parse(_archived_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _archived_at_type_0, "archived_at") from None

            archived_at = archived_at_type_0
        else:
            raise FieldError("date-time string or null", _archived_at, "archived_at")

        if archived_at is UNSET:
            n__absent += 1

        body = d.get("body", UNSET)
        if not (type(body) is str or body is None):
            if body is UNSET:
                n__absent += 1
            elif not (isinstance(body, str) or body is None):
                raise FieldError("string or null", body, "body")

        confirmed = d.get("confirmed", UNSET)
        if not (confirmed is True or confirmed is False):
            if confirmed is UNSET:
                n__absent += 1
            elif not isinstance(confirmed, bool):
                raise FieldError("boolean", confirmed, "confirmed")

        _confirmed_at = d.get("confirmed_at", UNSET)
        confirmed_at: datetime.datetime | None | Unset
        if _confirmed_at is None or _confirmed_at is UNSET:
            confirmed_at = _confirmed_at
        elif isinstance(_confirmed_at, str):
            _confirmed_at_type_0 = _confirmed_at
            try:
                confirmed_at_type_0 = _datetime__parse(_confirmed_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _confirmed_at_type_0, "confirmed_at") from None

            confirmed_at = confirmed_at_type_0
        else:
            raise FieldError("date-time string or null", _confirmed_at, "confirmed_at")

        if confirmed_at is UNSET:
            n__absent += 1

        coupon_discount_in_cents = d.get("coupon_discount_in_cents", UNSET)
        if not (type(coupon_discount_in_cents) is int):
            if coupon_discount_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(coupon_discount_in_cents, int)
                and coupon_discount_in_cents is not True
                and coupon_discount_in_cents is not False
            ):
                raise FieldError("integer", coupon_discount_in_cents, "coupon_discount_in_cents")

        _coupon_id = d.get("coupon_id", UNSET)
        coupon_id: None | Unset | UUID
        if _coupon_id is None or _coupon_id is UNSET:
            coupon_id = _coupon_id
        elif isinstance(_coupon_id, str):
            _coupon_id_type_0 = _coupon_id
            try:
                coupon_id_type_0 = parse_uuid(_coupon_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _coupon_id_type_0, "coupon_id") from None

            coupon_id = coupon_id_type_0
        else:
            raise FieldError("UUID string or null", _coupon_id, "coupon_id")

        if coupon_id is UNSET:
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

        _date = d.get("date", UNSET)
        date: datetime.date | None | Unset
        if _date is None or _date is UNSET:
            date = _date
        elif isinstance(_date, str):
            _date_type_0 = _date
            try:
                date_type_0 = _date__parse(_date_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date", _date_type_0, "date") from None

            date = date_type_0
        else:
            raise FieldError("date string or null", _date, "date")

        if date is UNSET:
            n__absent += 1

        delivery_address = d.get("delivery_address", UNSET)
        if not (type(delivery_address) is str or delivery_address is None):
            if delivery_address is UNSET:
                n__absent += 1
            elif not (isinstance(delivery_address, str) or delivery_address is None):
                raise FieldError("string or null", delivery_address, "delivery_address")

        delivery_carrier_name = d.get("delivery_carrier_name", UNSET)
        if not (type(delivery_carrier_name) is str or delivery_carrier_name is None):
            if delivery_carrier_name is UNSET:
                n__absent += 1
            elif not (isinstance(delivery_carrier_name, str) or delivery_carrier_name is None):
                raise FieldError("string or null", delivery_carrier_name, "delivery_carrier_name")

        delivery_label = d.get("delivery_label", UNSET)
        if not (type(delivery_label) is str or delivery_label is None):
            if delivery_label is UNSET:
                n__absent += 1
            elif not (isinstance(delivery_label, str) or delivery_label is None):
                raise FieldError("string or null", delivery_label, "delivery_label")

        delivery_price_in_cents = d.get("delivery_price_in_cents", UNSET)
        if not (type(delivery_price_in_cents) is int):
            if delivery_price_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(delivery_price_in_cents, int)
                and delivery_price_in_cents is not True
                and delivery_price_in_cents is not False
            ):
                raise FieldError("integer", delivery_price_in_cents, "delivery_price_in_cents")

        deposit_held_in_cents = d.get("deposit_held_in_cents", UNSET)
        if not (type(deposit_held_in_cents) is int):
            if deposit_held_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(deposit_held_in_cents, int)
                and deposit_held_in_cents is not True
                and deposit_held_in_cents is not False
            ):
                raise FieldError("integer", deposit_held_in_cents, "deposit_held_in_cents")

        deposit_in_cents = d.get("deposit_in_cents", UNSET)
        if not (type(deposit_in_cents) is int):
            if deposit_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(deposit_in_cents, int) and deposit_in_cents is not True and deposit_in_cents is not False
            ):
                raise FieldError("integer", deposit_in_cents, "deposit_in_cents")

        deposit_paid_in_cents = d.get("deposit_paid_in_cents", UNSET)
        if not (type(deposit_paid_in_cents) is int):
            if deposit_paid_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(deposit_paid_in_cents, int)
                and deposit_paid_in_cents is not True
                and deposit_paid_in_cents is not False
            ):
                raise FieldError("integer", deposit_paid_in_cents, "deposit_paid_in_cents")

        deposit_refunded_in_cents = d.get("deposit_refunded_in_cents", UNSET)
        if not (type(deposit_refunded_in_cents) is int):
            if deposit_refunded_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(deposit_refunded_in_cents, int)
                and deposit_refunded_in_cents is not True
                and deposit_refunded_in_cents is not False
            ):
                raise FieldError("integer", deposit_refunded_in_cents, "deposit_refunded_in_cents")

        deposit_to_refund_in_cents = d.get("deposit_to_refund_in_cents", UNSET)
        if not (type(deposit_to_refund_in_cents) is int):
            if deposit_to_refund_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(deposit_to_refund_in_cents, int)
                and deposit_to_refund_in_cents is not True
                and deposit_to_refund_in_cents is not False
            ):
                raise FieldError("integer", deposit_to_refund_in_cents, "deposit_to_refund_in_cents")

        _deposit_type = d.get("deposit_type", UNSET)
        deposit_type: DepositType | None | Unset
        if _deposit_type is None or _deposit_type is UNSET:
            deposit_type = _deposit_type
        elif isinstance(_deposit_type, str):
            _deposit_type_type_0 = _deposit_type
            if type(_deposit_type_type_0) is str:
                deposit_type_type_0 = DepositType._by__value.get(_deposit_type_type_0) or DepositType(
                    _deposit_type_type_0
                )
            elif isinstance(_deposit_type_type_0, str):
                deposit_type_type_0 = DepositType(_deposit_type_type_0)
            else:
                raise FieldError("string (DepositType)", _deposit_type_type_0, "deposit_type")

            deposit_type = deposit_type_type_0
        else:
            raise FieldError("string (DepositType) or null", _deposit_type, "deposit_type")

        if deposit_type is UNSET:
            n__absent += 1

        deposit_value = d.get("deposit_value", UNSET)
        if not (type(deposit_value) is float or type(deposit_value) is int):
            if deposit_value is UNSET:
                n__absent += 1
            elif not (
                isinstance(deposit_value, float)
                or (isinstance(deposit_value, int) and deposit_value is not True and deposit_value is not False)
            ):
                raise FieldError("number", deposit_value, "deposit_value")

        discount_in_cents = d.get("discount_in_cents", UNSET)
        if not (type(discount_in_cents) is int):
            if discount_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(discount_in_cents, int) and discount_in_cents is not True and discount_in_cents is not False
            ):
                raise FieldError("integer", discount_in_cents, "discount_in_cents")

        discount_percentage = d.get("discount_percentage", UNSET)
        if not (type(discount_percentage) is float or type(discount_percentage) is int):
            if discount_percentage is UNSET:
                n__absent += 1
            elif not (
                isinstance(discount_percentage, float)
                or (
                    isinstance(discount_percentage, int)
                    and discount_percentage is not True
                    and discount_percentage is not False
                )
            ):
                raise FieldError("number", discount_percentage, "discount_percentage")

        discount_type = d.get("discount_type", UNSET)
        if not (type(discount_type) is str or discount_type is None):
            if discount_type is UNSET:
                n__absent += 1
            elif not (isinstance(discount_type, str) or discount_type is None):
                raise FieldError("string or null", discount_type, "discount_type")

        _document_type = d.get("document_type", UNSET)
        document_type: DocumentType | Unset = UNSET
        if type(_document_type) is str:
            document_type = DocumentType._by__value.get(_document_type) or DocumentType(_document_type)
        elif isinstance(_document_type, str):
            document_type = DocumentType(_document_type)
        elif _document_type is not UNSET:
            raise FieldError("string (DocumentType)", _document_type, "document_type")

        if document_type is UNSET:
            n__absent += 1

        _due_date = d.get("due_date", UNSET)
        due_date: datetime.date | None | Unset
        if _due_date is None or _due_date is UNSET:
            due_date = _due_date
        elif isinstance(_due_date, str):
            _due_date_type_0 = _due_date
            try:
                due_date_type_0 = _date__parse(_due_date_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date", _due_date_type_0, "due_date") from None

            due_date = due_date_type_0
        else:
            raise FieldError("date string or null", _due_date, "due_date")

        if due_date is UNSET:
            n__absent += 1

        finalized = d.get("finalized", UNSET)
        if not (finalized is True or finalized is False):
            if finalized is UNSET:
                n__absent += 1
            elif not isinstance(finalized, bool):
                raise FieldError("boolean", finalized, "finalized")

        footer = d.get("footer", UNSET)
        if not (type(footer) is str or footer is None):
            if footer is UNSET:
                n__absent += 1
            elif not (isinstance(footer, str) or footer is None):
                raise FieldError("string or null", footer, "footer")

        _fulfillment_type = d.get("fulfillment_type", UNSET)
        fulfillment_type: FulfillmentType | None | Unset
        if _fulfillment_type is None or _fulfillment_type is UNSET:
            fulfillment_type = _fulfillment_type
        elif isinstance(_fulfillment_type, str):
            _fulfillment_type_type_0 = _fulfillment_type
            if type(_fulfillment_type_type_0) is str:
                fulfillment_type_type_0 = FulfillmentType._by__value.get(_fulfillment_type_type_0) or FulfillmentType(
                    _fulfillment_type_type_0
                )
            elif isinstance(_fulfillment_type_type_0, str):
                fulfillment_type_type_0 = FulfillmentType(_fulfillment_type_type_0)
            else:
                raise FieldError("string (FulfillmentType)", _fulfillment_type_type_0, "fulfillment_type")

            fulfillment_type = fulfillment_type_type_0
        else:
            raise FieldError("string (FulfillmentType) or null", _fulfillment_type, "fulfillment_type")

        if fulfillment_type is UNSET:
            n__absent += 1

        grand_total_in_cents = d.get("grand_total_in_cents", UNSET)
        if not (type(grand_total_in_cents) is int):
            if grand_total_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(grand_total_in_cents, int)
                and grand_total_in_cents is not True
                and grand_total_in_cents is not False
            ):
                raise FieldError("integer", grand_total_in_cents, "grand_total_in_cents")

        grand_total_with_tax_in_cents = d.get("grand_total_with_tax_in_cents", UNSET)
        if not (type(grand_total_with_tax_in_cents) is int):
            if grand_total_with_tax_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(grand_total_with_tax_in_cents, int)
                and grand_total_with_tax_in_cents is not True
                and grand_total_with_tax_in_cents is not False
            ):
                raise FieldError("integer", grand_total_with_tax_in_cents, "grand_total_with_tax_in_cents")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        number = d.get("number", UNSET)
        if not (type(number) is int or number is None):
            if number is UNSET:
                n__absent += 1
            elif not (isinstance(number, int) and number is not True and number is not False or number is None):
                raise FieldError("integer or null", number, "number")

        _order_id = d.get("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = parse_uuid(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        if order_id is UNSET:
            n__absent += 1

        paid_in_cents = d.get("paid_in_cents", UNSET)
        if not (type(paid_in_cents) is int):
            if paid_in_cents is UNSET:
                n__absent += 1
            elif not (isinstance(paid_in_cents, int) and paid_in_cents is not True and paid_in_cents is not False):
                raise FieldError("integer", paid_in_cents, "paid_in_cents")

        prefix = d.get("prefix", UNSET)
        if not (type(prefix) is str or prefix is None):
            if prefix is UNSET:
                n__absent += 1
            elif not (isinstance(prefix, str) or prefix is None):
                raise FieldError("string or null", prefix, "prefix")

        prefix_with_number = d.get("prefix_with_number", UNSET)
        if not (type(prefix_with_number) is str or prefix_with_number is None):
            if prefix_with_number is UNSET:
                n__absent += 1
            elif not (isinstance(prefix_with_number, str) or prefix_with_number is None):
                raise FieldError("string or null", prefix_with_number, "prefix_with_number")

        price_in_cents = d.get("price_in_cents", UNSET)
        if not (type(price_in_cents) is int):
            if price_in_cents is UNSET:
                n__absent += 1
            elif not (isinstance(price_in_cents, int) and price_in_cents is not True and price_in_cents is not False):
                raise FieldError("integer", price_in_cents, "price_in_cents")

        reference = d.get("reference", UNSET)
        if not (type(reference) is str or reference is None):
            if reference is UNSET:
                n__absent += 1
            elif not (isinstance(reference, str) or reference is None):
                raise FieldError("string or null", reference, "reference")

        revised = d.get("revised", UNSET)
        if not (revised is True or revised is False):
            if revised is UNSET:
                n__absent += 1
            elif not isinstance(revised, bool):
                raise FieldError("boolean", revised, "revised")

        revision = d.get("revision", UNSET)
        if not (type(revision) is str or revision is None):
            if revision is UNSET:
                n__absent += 1
            elif not (isinstance(revision, str) or revision is None):
                raise FieldError("string or null", revision, "revision")

        sent = d.get("sent", UNSET)
        if not (sent is True or sent is False):
            if sent is UNSET:
                n__absent += 1
            elif not isinstance(sent, bool):
                raise FieldError("boolean", sent, "sent")

        signature_url = d.get("signature_url", UNSET)
        if not (type(signature_url) is str or signature_url is None):
            if signature_url is UNSET:
                n__absent += 1
            elif not (isinstance(signature_url, str) or signature_url is None):
                raise FieldError("string or null", signature_url, "signature_url")

        signed = d.get("signed", UNSET)
        if not (signed is True or signed is False):
            if signed is UNSET:
                n__absent += 1
            elif not isinstance(signed, bool):
                raise FieldError("boolean", signed, "signed")

        _start_location_id = d.get("start_location_id", UNSET)
        start_location_id: None | Unset | UUID
        if _start_location_id is None or _start_location_id is UNSET:
            start_location_id = _start_location_id
        elif isinstance(_start_location_id, str):
            _start_location_id_type_0 = _start_location_id
            try:
                start_location_id_type_0 = parse_uuid(_start_location_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _start_location_id_type_0, "start_location_id") from None

            start_location_id = start_location_id_type_0
        else:
            raise FieldError("UUID string or null", _start_location_id, "start_location_id")

        if start_location_id is UNSET:
            n__absent += 1

        _starts_at = d.get("starts_at", UNSET)
        starts_at: datetime.datetime | None | Unset
        if _starts_at is None or _starts_at is UNSET:
            starts_at = _starts_at
        elif isinstance(_starts_at, str):
            _starts_at_type_0 = _starts_at
            try:
                starts_at_type_0 = _datetime__parse(_starts_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _starts_at_type_0, "starts_at") from None

            starts_at = starts_at_type_0
        else:
            raise FieldError("date-time string or null", _starts_at, "starts_at")

        if starts_at is UNSET:
            n__absent += 1

        _status = d.get("status", UNSET)
        status: DocumentStatus | Unset = UNSET
        if type(_status) is str:
            status = DocumentStatus._by__value.get(_status) or DocumentStatus(_status)
        elif isinstance(_status, str):
            status = DocumentStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (DocumentStatus)", _status, "status")

        if status is UNSET:
            n__absent += 1

        _stop_location_id = d.get("stop_location_id", UNSET)
        stop_location_id: None | Unset | UUID
        if _stop_location_id is None or _stop_location_id is UNSET:
            stop_location_id = _stop_location_id
        elif isinstance(_stop_location_id, str):
            _stop_location_id_type_0 = _stop_location_id
            try:
                stop_location_id_type_0 = parse_uuid(_stop_location_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _stop_location_id_type_0, "stop_location_id") from None

            stop_location_id = stop_location_id_type_0
        else:
            raise FieldError("UUID string or null", _stop_location_id, "stop_location_id")

        if stop_location_id is UNSET:
            n__absent += 1

        _stops_at = d.get("stops_at", UNSET)
        stops_at: datetime.datetime | None | Unset
        if _stops_at is None or _stops_at is UNSET:
            stops_at = _stops_at
        elif isinstance(_stops_at, str):
            _stops_at_type_0 = _stops_at
            try:
                stops_at_type_0 = _datetime__parse(_stops_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _stops_at_type_0, "stops_at") from None

            stops_at = stops_at_type_0
        else:
            raise FieldError("date-time string or null", _stops_at, "stops_at")

        if stops_at is UNSET:
            n__absent += 1

        _tag_list = d.get("tag_list", UNSET)
        tag_list: list[str] | Unset = UNSET
        if isinstance(_tag_list, list):
            for tag_list_item in _tag_list:
                if not (type(tag_list_item) is str) and not isinstance(tag_list_item, str):
                    raise FieldError("string", tag_list_item, _position(_tag_list, tag_list_item), "tag_list")
            tag_list = _tag_list
        elif _tag_list is not UNSET:
            raise FieldError("array", _tag_list, "tag_list")

        if tag_list is UNSET:
            n__absent += 1

        tax_in_cents = d.get("tax_in_cents", UNSET)
        if not (type(tax_in_cents) is int):
            if tax_in_cents is UNSET:
                n__absent += 1
            elif not (isinstance(tax_in_cents, int) and tax_in_cents is not True and tax_in_cents is not False):
                raise FieldError("integer", tax_in_cents, "tax_in_cents")

        _tax_region_id = d.get("tax_region_id", UNSET)
        tax_region_id: None | Unset | UUID
        if _tax_region_id is None or _tax_region_id is UNSET:
            tax_region_id = _tax_region_id
        elif isinstance(_tax_region_id, str):
            _tax_region_id_type_0 = _tax_region_id
            try:
                tax_region_id_type_0 = parse_uuid(_tax_region_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _tax_region_id_type_0, "tax_region_id") from None

            tax_region_id = tax_region_id_type_0
        else:
            raise FieldError("UUID string or null", _tax_region_id, "tax_region_id")

        if tax_region_id is UNSET:
            n__absent += 1

        to_be_paid_in_cents = d.get("to_be_paid_in_cents", UNSET)
        if not (type(to_be_paid_in_cents) is int):
            if to_be_paid_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(to_be_paid_in_cents, int)
                and to_be_paid_in_cents is not True
                and to_be_paid_in_cents is not False
            ):
                raise FieldError("integer", to_be_paid_in_cents, "to_be_paid_in_cents")

        total_discount_in_cents = d.get("total_discount_in_cents", UNSET)
        if not (type(total_discount_in_cents) is int):
            if total_discount_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(total_discount_in_cents, int)
                and total_discount_in_cents is not True
                and total_discount_in_cents is not False
            ):
                raise FieldError("integer", total_discount_in_cents, "total_discount_in_cents")

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
            document_attributes = _new__object(cls)
            document_attributes.address = address
            document_attributes.archived = archived
            document_attributes.archived_at = archived_at
            document_attributes.body = body
            document_attributes.confirmed = confirmed
            document_attributes.confirmed_at = confirmed_at
            document_attributes.coupon_discount_in_cents = coupon_discount_in_cents
            document_attributes.coupon_id = coupon_id
            document_attributes.created_at = created_at
            document_attributes.customer_id = customer_id
            document_attributes.date = date
            document_attributes.delivery_address = delivery_address
            document_attributes.delivery_carrier_name = delivery_carrier_name
            document_attributes.delivery_label = delivery_label
            document_attributes.delivery_price_in_cents = delivery_price_in_cents
            document_attributes.deposit_held_in_cents = deposit_held_in_cents
            document_attributes.deposit_in_cents = deposit_in_cents
            document_attributes.deposit_paid_in_cents = deposit_paid_in_cents
            document_attributes.deposit_refunded_in_cents = deposit_refunded_in_cents
            document_attributes.deposit_to_refund_in_cents = deposit_to_refund_in_cents
            document_attributes.deposit_type = deposit_type
            document_attributes.deposit_value = deposit_value
            document_attributes.discount_in_cents = discount_in_cents
            document_attributes.discount_percentage = discount_percentage
            document_attributes.discount_type = discount_type
            document_attributes.document_type = document_type
            document_attributes.due_date = due_date
            document_attributes.finalized = finalized
            document_attributes.footer = footer
            document_attributes.fulfillment_type = fulfillment_type
            document_attributes.grand_total_in_cents = grand_total_in_cents
            document_attributes.grand_total_with_tax_in_cents = grand_total_with_tax_in_cents
            document_attributes.name = name
            document_attributes.number = number
            document_attributes.order_id = order_id
            document_attributes.paid_in_cents = paid_in_cents
            document_attributes.prefix = prefix
            document_attributes.prefix_with_number = prefix_with_number
            document_attributes.price_in_cents = price_in_cents
            document_attributes.reference = reference
            document_attributes.revised = revised
            document_attributes.revision = revision
            document_attributes.sent = sent
            document_attributes.signature_url = signature_url
            document_attributes.signed = signed
            document_attributes.start_location_id = start_location_id
            document_attributes.starts_at = starts_at
            document_attributes.status = status
            document_attributes.stop_location_id = stop_location_id
            document_attributes.stops_at = stops_at
            document_attributes.tag_list = tag_list
            document_attributes.tax_in_cents = tax_in_cents
            document_attributes.tax_region_id = tax_region_id
            document_attributes.to_be_paid_in_cents = to_be_paid_in_cents
            document_attributes.total_discount_in_cents = total_discount_in_cents
            document_attributes.updated_at = updated_at
            document_attributes.additional_properties = {}
        else:
            document_attributes = cls(
                address,
                archived,
                archived_at,
                body,
                confirmed,
                confirmed_at,
                coupon_discount_in_cents,
                coupon_id,
                created_at,
                customer_id,
                date,
                delivery_address,
                delivery_carrier_name,
                delivery_label,
                delivery_price_in_cents,
                deposit_held_in_cents,
                deposit_in_cents,
                deposit_paid_in_cents,
                deposit_refunded_in_cents,
                deposit_to_refund_in_cents,
                deposit_type,
                deposit_value,
                discount_in_cents,
                discount_percentage,
                discount_type,
                document_type,
                due_date,
                finalized,
                footer,
                fulfillment_type,
                grand_total_in_cents,
                grand_total_with_tax_in_cents,
                name,
                number,
                order_id,
                paid_in_cents,
                prefix,
                prefix_with_number,
                price_in_cents,
                reference,
                revised,
                revision,
                sent,
                signature_url,
                signed,
                start_location_id,
                starts_at,
                status,
                stop_location_id,
                stops_at,
                tag_list,
                tax_in_cents,
                tax_region_id,
                to_be_paid_in_cents,
                total_discount_in_cents,
                updated_at,
            )
        if len(d) + n__absent != 56:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "address",
                    "archived",
                    "archived_at",
                    "body",
                    "confirmed",
                    "confirmed_at",
                    "coupon_discount_in_cents",
                    "coupon_id",
                    "created_at",
                    "customer_id",
                    "date",
                    "delivery_address",
                    "delivery_carrier_name",
                    "delivery_label",
                    "delivery_price_in_cents",
                    "deposit_held_in_cents",
                    "deposit_in_cents",
                    "deposit_paid_in_cents",
                    "deposit_refunded_in_cents",
                    "deposit_to_refund_in_cents",
                    "deposit_type",
                    "deposit_value",
                    "discount_in_cents",
                    "discount_percentage",
                    "discount_type",
                    "document_type",
                    "due_date",
                    "finalized",
                    "footer",
                    "fulfillment_type",
                    "grand_total_in_cents",
                    "grand_total_with_tax_in_cents",
                    "name",
                    "number",
                    "order_id",
                    "paid_in_cents",
                    "prefix",
                    "prefix_with_number",
                    "price_in_cents",
                    "reference",
                    "revised",
                    "revision",
                    "sent",
                    "signature_url",
                    "signed",
                    "start_location_id",
                    "starts_at",
                    "status",
                    "stop_location_id",
                    "stops_at",
                    "tag_list",
                    "tax_in_cents",
                    "tax_region_id",
                    "to_be_paid_in_cents",
                    "total_discount_in_cents",
                    "updated_at",
                }
            }
            document_attributes.additional_properties = extra__props
        return document_attributes

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


_plain__class: type[DocumentAttributes] | None = (
    DocumentAttributes
    if {field.name for field in _attrs_fields(DocumentAttributes)}
    == {
        "address",
        "archived",
        "archived_at",
        "body",
        "confirmed",
        "confirmed_at",
        "coupon_discount_in_cents",
        "coupon_id",
        "created_at",
        "customer_id",
        "date",
        "delivery_address",
        "delivery_carrier_name",
        "delivery_label",
        "delivery_price_in_cents",
        "deposit_held_in_cents",
        "deposit_in_cents",
        "deposit_paid_in_cents",
        "deposit_refunded_in_cents",
        "deposit_to_refund_in_cents",
        "deposit_type",
        "deposit_value",
        "discount_in_cents",
        "discount_percentage",
        "discount_type",
        "document_type",
        "due_date",
        "finalized",
        "footer",
        "fulfillment_type",
        "grand_total_in_cents",
        "grand_total_with_tax_in_cents",
        "name",
        "number",
        "order_id",
        "paid_in_cents",
        "prefix",
        "prefix_with_number",
        "price_in_cents",
        "reference",
        "revised",
        "revision",
        "sent",
        "signature_url",
        "signed",
        "start_location_id",
        "starts_at",
        "status",
        "stop_location_id",
        "stops_at",
        "tag_list",
        "tax_in_cents",
        "tax_region_id",
        "to_be_paid_in_cents",
        "total_discount_in_cents",
        "updated_at",
        "additional_properties",
    }
    and not hasattr(DocumentAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
