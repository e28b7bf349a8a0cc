from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailWriteAttributes")


@_attrs_define
class EmailWriteAttributes:
    """Attributes that can be sent when creating or updating an email.

    Attributes:
        body (str | Unset):
        customer_id (UUID | Unset): ID of the related customer. Can only be set when the record is created.
        document_id (UUID | Unset): ID of the related document.
        document_ids (list[UUID] | Unset): IDs of the related document records.
        email_template_id (UUID | Unset): ID of the related email template. Can only be set when the record is created.
        order_id (UUID | Unset): ID of the related order. Can only be set when the record is created.
        payment_id (UUID | Unset): ID of the related payment.
        recipients (str | Unset):
        subject (str | Unset):
    """

    body: str | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    document_id: UUID | Unset = UNSET
    document_ids: list[UUID] | Unset = UNSET
    email_template_id: UUID | Unset = UNSET
    order_id: UUID | Unset = UNSET
    payment_id: UUID | Unset = UNSET
    recipients: str | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        document_id: str | Unset = UNSET
        if not isinstance(self.document_id, Unset):
            document_id = str(self.document_id)

        document_ids: list[str] | Unset = UNSET
        if not isinstance(self.document_ids, Unset):
            document_ids = []
            for document_ids_item_data in self.document_ids:
                document_ids_item = str(document_ids_item_data)
                document_ids.append(document_ids_item)

        email_template_id: str | Unset = UNSET
        if not isinstance(self.email_template_id, Unset):
            email_template_id = str(self.email_template_id)

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        payment_id: str | Unset = UNSET
        if not isinstance(self.payment_id, Unset):
            payment_id = str(self.payment_id)

        recipients = self.recipients

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if document_ids is not UNSET:
            field_dict["document_ids"] = document_ids
        if email_template_id is not UNSET:
            field_dict["email_template_id"] = email_template_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (EmailWriteAttributes)", src_dict)
        d = dict(src_dict)
        body = d.pop("body", UNSET)
        if not isinstance(body, str) and body is not UNSET:
            raise FieldError("string", body, "body")

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset = UNSET
        if _customer_id is not UNSET:
            try:
                customer_id = UUID(_customer_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _customer_id, "customer_id") from None

        _document_id = d.pop("document_id", UNSET)
        document_id: UUID | Unset = UNSET
        if _document_id is not UNSET:
            try:
                document_id = UUID(_document_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _document_id, "document_id") from None

        _document_ids = d.pop("document_ids", UNSET)
        document_ids: list[UUID] | Unset = UNSET
        if isinstance(_document_ids, list):
            document_ids = []
            try:
                for document_ids_item_data in _document_ids:
                    _document_ids_item = document_ids_item_data
                    try:
                        document_ids_item = UUID(_document_ids_item)
                    except (TypeError, ValueError, AttributeError):
                        raise FieldError.unparsable("UUID", _document_ids_item) from None

                    document_ids.append(document_ids_item)
            except FieldError as field__error:
                field__error.segments.append(len(document_ids))
                field__error.segments.append("document_ids")
                raise
        elif _document_ids is not UNSET:
            raise FieldError("array", _document_ids, "document_ids")

        _email_template_id = d.pop("email_template_id", UNSET)
        email_template_id: UUID | Unset = UNSET
        if _email_template_id is not UNSET:
            try:
                email_template_id = UUID(_email_template_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _email_template_id, "email_template_id") from None

        _order_id = d.pop("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = UUID(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        _payment_id = d.pop("payment_id", UNSET)
        payment_id: UUID | Unset = UNSET
        if _payment_id is not UNSET:
            try:
                payment_id = UUID(_payment_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _payment_id, "payment_id") from None

        recipients = d.pop("recipients", UNSET)
        if not isinstance(recipients, str) and recipients is not UNSET:
            raise FieldError("string", recipients, "recipients")

        subject = d.pop("subject", UNSET)
        if not isinstance(subject, str) and subject is not UNSET:
            raise FieldError("string", subject, "subject")

        email_write_attributes = cls(
            body=body,
            customer_id=customer_id,
            document_id=document_id,
            document_ids=document_ids,
            email_template_id=email_template_id,
            order_id=order_id,
            payment_id=payment_id,
            recipients=recipients,
            subject=subject,
        )

        email_write_attributes.additional_properties = d
        return email_write_attributes

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
        from ..models.email_template import EmailTemplate
        from ..models.order import Order

    def relate(
        self,
        *,
        customer: Customer | Unset = UNSET,
        email_template: EmailTemplate | Unset = UNSET,
        order: Order | Unset = UNSET,
    ) -> EmailWriteAttributes:
        """Point this email at related records, by model: each keyword sets an id attribute.

        `customer=` sets `customer_id`.
        `email_template=` sets `email_template_id`.
        `order=` sets `order_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(customer, Unset):
            self.customer_id = customer.id
        if not isinstance(email_template, Unset):
            self.email_template_id = email_template.id
        if not isinstance(order, Unset):
            self.order_id = order.id
        return self
