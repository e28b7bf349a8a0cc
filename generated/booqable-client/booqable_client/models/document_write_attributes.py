from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        tag_list (list[str] | Unset):
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
    tag_list: list[str] | Unset = UNSET
    tax_region_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        body = self.body

        confirmed = self.confirmed

        coupon_id: None | str | Unset
        if isinstance(self.coupon_id, Unset):
            coupon_id = UNSET
        elif isinstance(self.coupon_id, UUID):
            coupon_id = str(self.coupon_id)
        else:
            coupon_id = self.coupon_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        deposit_type: None | str | Unset
        if isinstance(self.deposit_type, Unset):
            deposit_type = UNSET
        elif isinstance(self.deposit_type, DepositType):
            deposit_type = self.deposit_type.value
        else:
            deposit_type = self.deposit_type

        deposit_value = self.deposit_value

        discount_percentage = self.discount_percentage

        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        finalized = self.finalized

        footer = self.footer

        fulfillment_type: None | str | Unset
        if isinstance(self.fulfillment_type, Unset):
            fulfillment_type = UNSET
        elif isinstance(self.fulfillment_type, FulfillmentType):
            fulfillment_type = self.fulfillment_type.value
        else:
            fulfillment_type = self.fulfillment_type

        name = self.name

        number = self.number

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        prefix = self.prefix

        reference = self.reference

        revised = self.revised

        sent = self.sent

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = self.tag_list

        tax_region_id: None | str | Unset
        if isinstance(self.tax_region_id, Unset):
            tax_region_id = UNSET
        elif isinstance(self.tax_region_id, UUID):
            tax_region_id = str(self.tax_region_id)
        else:
            tax_region_id = self.tax_region_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if body is not UNSET:
            field_dict["body"] = body
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if date is not UNSET:
            field_dict["date"] = date
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type
        if deposit_value is not UNSET:
            field_dict["deposit_value"] = deposit_value
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if finalized is not UNSET:
            field_dict["finalized"] = finalized
        if footer is not UNSET:
            field_dict["footer"] = footer
        if fulfillment_type is not UNSET:
            field_dict["fulfillment_type"] = fulfillment_type
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if reference is not UNSET:
            field_dict["reference"] = reference
        if revised is not UNSET:
            field_dict["revised"] = revised
        if sent is not UNSET:
            field_dict["sent"] = sent
        if status is not UNSET:
            field_dict["status"] = status
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if tax_region_id is not UNSET:
            field_dict["tax_region_id"] = tax_region_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DocumentWriteAttributes)", src_dict)
        d = dict(src_dict)
        address = d.pop("address", UNSET)
        if not isinstance(address, str) and address is not UNSET:
            raise FieldError("string", address, "address")

        body = d.pop("body", UNSET)
        if not isinstance(body, str) and body is not UNSET:
            raise FieldError("string", body, "body")

        confirmed = d.pop("confirmed", UNSET)
        if not isinstance(confirmed, bool) and confirmed is not UNSET:
            raise FieldError("boolean", confirmed, "confirmed")

        _coupon_id = d.pop("coupon_id", UNSET)
        coupon_id: None | Unset | UUID
        if _coupon_id is None or _coupon_id is UNSET:
            coupon_id = _coupon_id
        elif isinstance(_coupon_id, str):
            _coupon_id_type_0 = _coupon_id
            try:
                coupon_id_type_0 = UUID(_coupon_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _coupon_id_type_0, "coupon_id") from None

            coupon_id = coupon_id_type_0
        else:
            raise FieldError("UUID string or null", _coupon_id, "coupon_id")

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: None | Unset | UUID
        if _customer_id is None or _customer_id is UNSET:
            customer_id = _customer_id
        elif isinstance(_customer_id, str):
            _customer_id_type_0 = _customer_id
            try:
                customer_id_type_0 = UUID(_customer_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _customer_id_type_0, "customer_id") from None

            customer_id = customer_id_type_0
        else:
            raise FieldError("UUID string or null", _customer_id, "customer_id")

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset = UNSET
        if _date is not UNSET:
            try:
                date = datetime.date.fromisoformat(_date)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date", _date, "date") from None

        _deposit_type = d.pop("deposit_type", UNSET)
        deposit_type: DepositType | None | Unset
        if _deposit_type is None or _deposit_type is UNSET:
            deposit_type = _deposit_type
        elif isinstance(_deposit_type, str):
            _deposit_type_type_0 = _deposit_type
            if isinstance(_deposit_type_type_0, str):
                deposit_type_type_0 = DepositType(_deposit_type_type_0)
            else:
                raise FieldError("string (DepositType)", _deposit_type_type_0, "deposit_type")

            deposit_type = deposit_type_type_0
        else:
            raise FieldError("string (DepositType) or null", _deposit_type, "deposit_type")

        deposit_value = d.pop("deposit_value", UNSET)
        if (
            not (
                isinstance(deposit_value, float)
                or (isinstance(deposit_value, int) and deposit_value is not True and deposit_value is not False)
            )
            and deposit_value is not UNSET
        ):
            raise FieldError("number", deposit_value, "deposit_value")

        discount_percentage = d.pop("discount_percentage", UNSET)
        if (
            not (
                isinstance(discount_percentage, float)
                or (
                    isinstance(discount_percentage, int)
                    and discount_percentage is not True
                    and discount_percentage is not False
                )
            )
            and discount_percentage is not UNSET
        ):
            raise FieldError("number", discount_percentage, "discount_percentage")

        _document_type = d.pop("document_type", UNSET)
        document_type: DocumentType | Unset = UNSET
        if isinstance(_document_type, str):
            document_type = DocumentType(_document_type)
        elif _document_type is not UNSET:
            raise FieldError("string (DocumentType)", _document_type, "document_type")

        _due_date = d.pop("due_date", UNSET)
        due_date: datetime.date | Unset = UNSET
        if _due_date is not UNSET:
            try:
                due_date = datetime.date.fromisoformat(_due_date)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date", _due_date, "due_date") from None

        finalized = d.pop("finalized", UNSET)
        if not isinstance(finalized, bool) and finalized is not UNSET:
            raise FieldError("boolean", finalized, "finalized")

        footer = d.pop("footer", UNSET)
        if not isinstance(footer, str) and footer is not UNSET:
            raise FieldError("string", footer, "footer")

        _fulfillment_type = d.pop("fulfillment_type", UNSET)
        fulfillment_type: FulfillmentType | None | Unset
        if _fulfillment_type is None or _fulfillment_type is UNSET:
            fulfillment_type = _fulfillment_type
        elif isinstance(_fulfillment_type, str):
            _fulfillment_type_type_0 = _fulfillment_type
            if isinstance(_fulfillment_type_type_0, str):
                fulfillment_type_type_0 = FulfillmentType(_fulfillment_type_type_0)
            else:
                raise FieldError("string (FulfillmentType)", _fulfillment_type_type_0, "fulfillment_type")

            fulfillment_type = fulfillment_type_type_0
        else:
            raise FieldError("string (FulfillmentType) or null", _fulfillment_type, "fulfillment_type")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        number = d.pop("number", UNSET)
        if not (isinstance(number, int) and number is not True and number is not False) and number is not UNSET:
            raise FieldError("integer", number, "number")

        _order_id = d.pop("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = UUID(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        prefix = d.pop("prefix", UNSET)
        if not isinstance(prefix, str) and prefix is not UNSET:
            raise FieldError("string", prefix, "prefix")

        reference = d.pop("reference", UNSET)
        if not isinstance(reference, str) and reference is not UNSET:
            raise FieldError("string", reference, "reference")

        revised = d.pop("revised", UNSET)
        if not isinstance(revised, bool) and revised is not UNSET:
            raise FieldError("boolean", revised, "revised")

        sent = d.pop("sent", UNSET)
        if not isinstance(sent, bool) and sent is not UNSET:
            raise FieldError("boolean", sent, "sent")

        _status = d.pop("status", UNSET)
        status: DocumentStatus | Unset = UNSET
        if isinstance(_status, str):
            status = DocumentStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (DocumentStatus)", _status, "status")

        _tag_list = d.pop("tag_list", UNSET)
        tag_list: list[str] | Unset = UNSET
        if isinstance(_tag_list, list):
            for tag_list_item in _tag_list:
                if not isinstance(tag_list_item, str):
                    raise FieldError("string", tag_list_item, _position(_tag_list, tag_list_item), "tag_list")
            tag_list = _tag_list
        elif _tag_list is not UNSET:
            raise FieldError("array", _tag_list, "tag_list")

        _tax_region_id = d.pop("tax_region_id", UNSET)
        tax_region_id: None | Unset | UUID
        if _tax_region_id is None or _tax_region_id is UNSET:
            tax_region_id = _tax_region_id
        elif isinstance(_tax_region_id, str):
            _tax_region_id_type_0 = _tax_region_id
            try:
                tax_region_id_type_0 = UUID(_tax_region_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _tax_region_id_type_0, "tax_region_id") from None

            tax_region_id = tax_region_id_type_0
        else:
            raise FieldError("UUID string or null", _tax_region_id, "tax_region_id")

        document_write_attributes = cls(
            address=address,
            body=body,
            confirmed=confirmed,
            coupon_id=coupon_id,
            customer_id=customer_id,
            date=date,
            deposit_type=deposit_type,
            deposit_value=deposit_value,
            discount_percentage=discount_percentage,
            document_type=document_type,
            due_date=due_date,
            finalized=finalized,
            footer=footer,
            fulfillment_type=fulfillment_type,
            name=name,
            number=number,
            order_id=order_id,
            prefix=prefix,
            reference=reference,
            revised=revised,
            sent=sent,
            status=status,
            tag_list=tag_list,
            tax_region_id=tax_region_id,
        )

        document_write_attributes.additional_properties = d
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
