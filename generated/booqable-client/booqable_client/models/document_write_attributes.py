from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_date as _date__parse
from ..lib._fields import position as _position
from ..models.deposit_type import DepositType
from ..models.document_status import DocumentStatus
from ..models.document_type import DocumentType
from ..models.fulfillment_type import FulfillmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentWriteAttributes")


@_attrs_define
class DocumentWriteAttributes:
    """Attributes that can be sent when creating or updating a document.

    Attributes:
        address (str | Unset):
        body (str | Unset):
        confirmed (bool | Unset):
        coupon_id (None | Unset | UUID): ID of the related coupon.
        customer_id (None | Unset | UUID): ID of the related customer.
        date (datetime.date | Unset):
        deposit_type (DepositType | None | Unset):
        deposit_value (float | Unset):
        discount_percentage (float | Unset):
        document_type (DocumentType | Unset): Values of `document_type` on documents.
        due_date (datetime.date | Unset):
        finalized (bool | Unset):
        footer (str | Unset):
        fulfillment_type (FulfillmentType | None | Unset): Can only be set when the record is created.
        name (str | Unset):
        number (int | Unset):
        order_id (UUID | Unset): ID of the related order. Can only be set when the record is created.
        prefix (str | Unset):
        reference (str | Unset):
        revised (bool | Unset):
        sent (bool | Unset):
        status (DocumentStatus | Unset): Values of `status` on documents.
        tag_list (Sequence[str] | Unset):
        tax_region_id (None | Unset | UUID): ID of the related tax region.
    """

    address: str | Unset = UNSET
    body: str | Unset = UNSET
    confirmed: bool | Unset = UNSET
    coupon_id: None | Unset | UUID = UNSET
    customer_id: None | Unset | UUID = UNSET
    date: datetime.date | Unset = UNSET
    deposit_type: DepositType | None | Unset = UNSET
    deposit_value: float | Unset = UNSET
    discount_percentage: float | Unset = UNSET
    document_type: DocumentType | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    finalized: bool | Unset = UNSET
    footer: str | Unset = UNSET
    fulfillment_type: FulfillmentType | None | Unset = UNSET
    name: str | Unset = UNSET
    number: int | Unset = UNSET
    order_id: UUID | Unset = UNSET
    prefix: str | Unset = UNSET
    reference: str | Unset = UNSET
    revised: bool | Unset = UNSET
    sent: bool | Unset = UNSET
    status: DocumentStatus | Unset = UNSET
    tag_list: Sequence[str] | Unset = UNSET
    tax_region_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        address = self.address
        if address is not UNSET:
            field_dict["address"] = address
        body = self.body
        if body is not UNSET:
            field_dict["body"] = body
        confirmed = self.confirmed
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        coupon_id: None | str | Unset
        if isinstance(self.coupon_id, Unset):
            coupon_id = UNSET
        elif isinstance(self.coupon_id, UUID):
            coupon_id = str(self.coupon_id)
        else:
            coupon_id = self.coupon_id
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()
        if date is not UNSET:
            field_dict["date"] = date
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
        discount_percentage = self.discount_percentage
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value

        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        finalized = self.finalized
        if finalized is not UNSET:
            field_dict["finalized"] = finalized
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
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        number = self.number
        if number is not UNSET:
            field_dict["number"] = number
        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        prefix = self.prefix
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        reference = self.reference
        if reference is not UNSET:
            field_dict["reference"] = reference
        revised = self.revised
        if revised is not UNSET:
            field_dict["revised"] = revised
        sent = self.sent
        if sent is not UNSET:
            field_dict["sent"] = sent
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status
        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = list(self.tag_list)

        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        tax_region_id: None | str | Unset
        if isinstance(self.tax_region_id, Unset):
            tax_region_id = UNSET
        elif isinstance(self.tax_region_id, UUID):
            tax_region_id = str(self.tax_region_id)
        else:
            tax_region_id = self.tax_region_id
        if tax_region_id is not UNSET:
            field_dict["tax_region_id"] = tax_region_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DocumentWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        address = d.get("address", UNSET)
        if not (type(address) is str):
            if address is UNSET:
                n__absent += 1
            elif not isinstance(address, str):
                raise FieldError("string", address, "address")

        body = d.get("body", UNSET)
        if not (type(body) is str):
            if body is UNSET:
                n__absent += 1
            elif not isinstance(body, str):
                raise FieldError("string", body, "body")

        confirmed = d.get("confirmed", UNSET)
        if not (confirmed is True or confirmed is False):
            if confirmed is UNSET:
                n__absent += 1
            elif not isinstance(confirmed, bool):
                raise FieldError("boolean", confirmed, "confirmed")

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
        date: datetime.date | Unset = UNSET
        if _date is not UNSET:
            try:
                date = _date__parse(_date)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date", _date, "date") from None

        if date is UNSET:
            n__absent += 1

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
        due_date: datetime.date | Unset = UNSET
        if _due_date is not UNSET:
            try:
                due_date = _date__parse(_due_date)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date", _due_date, "due_date") from None

        if due_date is UNSET:
            n__absent += 1

        finalized = d.get("finalized", UNSET)
        if not (finalized is True or finalized is False):
            if finalized is UNSET:
                n__absent += 1
            elif not isinstance(finalized, bool):
                raise FieldError("boolean", finalized, "finalized")

        footer = d.get("footer", UNSET)
        if not (type(footer) is str):
            if footer is UNSET:
                n__absent += 1
            elif not isinstance(footer, str):
                raise FieldError("string", footer, "footer")

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

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        number = d.get("number", UNSET)
        if not (type(number) is int):
            if number is UNSET:
                n__absent += 1
            elif not (isinstance(number, int) and number is not True and number is not False):
                raise FieldError("integer", number, "number")

        _order_id = d.get("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = parse_uuid(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        if order_id is UNSET:
            n__absent += 1

        prefix = d.get("prefix", UNSET)
        if not (type(prefix) is str):
            if prefix is UNSET:
                n__absent += 1
            elif not isinstance(prefix, str):
                raise FieldError("string", prefix, "prefix")

        reference = d.get("reference", UNSET)
        if not (type(reference) is str):
            if reference is UNSET:
                n__absent += 1
            elif not isinstance(reference, str):
                raise FieldError("string", reference, "reference")

        revised = d.get("revised", UNSET)
        if not (revised is True or revised is False):
            if revised is UNSET:
                n__absent += 1
            elif not isinstance(revised, bool):
                raise FieldError("boolean", revised, "revised")

        sent = d.get("sent", UNSET)
        if not (sent is True or sent is False):
            if sent is UNSET:
                n__absent += 1
            elif not isinstance(sent, bool):
                raise FieldError("boolean", sent, "sent")

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

        _tag_list = d.get("tag_list", UNSET)
        tag_list: Sequence[str] | Unset = UNSET
        if isinstance(_tag_list, list):
            for tag_list_item in _tag_list:
                if not (type(tag_list_item) is str) and not isinstance(tag_list_item, str):
                    raise FieldError("string", tag_list_item, _position(_tag_list, tag_list_item), "tag_list")
            tag_list = _tag_list
        elif _tag_list is not UNSET:
            raise FieldError("array", _tag_list, "tag_list")

        if tag_list is UNSET:
            n__absent += 1

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

        if cls is _plain__class:
            document_write_attributes = _new__object(cls)
            document_write_attributes.address = address
            document_write_attributes.body = body
            document_write_attributes.confirmed = confirmed
            document_write_attributes.coupon_id = coupon_id
            document_write_attributes.customer_id = customer_id
            document_write_attributes.date = date
            document_write_attributes.deposit_type = deposit_type
            document_write_attributes.deposit_value = deposit_value
            document_write_attributes.discount_percentage = discount_percentage
            document_write_attributes.document_type = document_type
            document_write_attributes.due_date = due_date
            document_write_attributes.finalized = finalized
            document_write_attributes.footer = footer
            document_write_attributes.fulfillment_type = fulfillment_type
            document_write_attributes.name = name
            document_write_attributes.number = number
            document_write_attributes.order_id = order_id
            document_write_attributes.prefix = prefix
            document_write_attributes.reference = reference
            document_write_attributes.revised = revised
            document_write_attributes.sent = sent
            document_write_attributes.status = status
            document_write_attributes.tag_list = tag_list
            document_write_attributes.tax_region_id = tax_region_id
            document_write_attributes.additional_properties = {}
        else:
            document_write_attributes = cls(
                address,
                body,
                confirmed,
                coupon_id,
                customer_id,
                date,
                deposit_type,
                deposit_value,
                discount_percentage,
                document_type,
                due_date,
                finalized,
                footer,
                fulfillment_type,
                name,
                number,
                order_id,
                prefix,
                reference,
                revised,
                sent,
                status,
                tag_list,
                tax_region_id,
            )
        if len(d) + n__absent != 24:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "address",
                    "body",
                    "confirmed",
                    "coupon_id",
                    "customer_id",
                    "date",
                    "deposit_type",
                    "deposit_value",
                    "discount_percentage",
                    "document_type",
                    "due_date",
                    "finalized",
                    "footer",
                    "fulfillment_type",
                    "name",
                    "number",
                    "order_id",
                    "prefix",
                    "reference",
                    "revised",
                    "sent",
                    "status",
                    "tag_list",
                    "tax_region_id",
                }
            }
            document_write_attributes.additional_properties = extra__props
        return document_write_attributes

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
        from ..models.coupon import Coupon
        from ..models.customer import Customer
        from ..models.order import Order
        from ..models.tax_region import TaxRegion

    def relate(
        self,
        *,
        coupon: Coupon | None | Unset = UNSET,
        customer: Customer | None | Unset = UNSET,
        order: Order | Unset = UNSET,
        tax_region: TaxRegion | None | Unset = UNSET,
    ) -> DocumentWriteAttributes:
        """Point this document at related records, by model: each keyword sets an id attribute.

        `coupon=` sets `coupon_id` (`None` clears it).
        `customer=` sets `customer_id` (`None` clears it).
        `order=` sets `order_id`.
        `tax_region=` sets `tax_region_id` (`None` clears it).
        Returns this object, so it can be written inline."""
        if not isinstance(coupon, Unset):
            self.coupon_id = None if coupon is None else coupon.id
        if not isinstance(customer, Unset):
            self.customer_id = None if customer is None else customer.id
        if not isinstance(order, Unset):
            self.order_id = order.id
        if not isinstance(tax_region, Unset):
            self.tax_region_id = None if tax_region is None else tax_region.id
        return self


_plain__class: type[DocumentWriteAttributes] | None = (
    DocumentWriteAttributes
    if {field.name for field in _attrs_fields(DocumentWriteAttributes)}
    == {
        "address",
        "body",
        "confirmed",
        "coupon_id",
        "customer_id",
        "date",
        "deposit_type",
        "deposit_value",
        "discount_percentage",
        "document_type",
        "due_date",
        "finalized",
        "footer",
        "fulfillment_type",
        "name",
        "number",
        "order_id",
        "prefix",
        "reference",
        "revised",
        "sent",
        "status",
        "tag_list",
        "tax_region_id",
        "additional_properties",
    }
    and not hasattr(DocumentWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
