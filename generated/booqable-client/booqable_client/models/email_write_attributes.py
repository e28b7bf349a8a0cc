from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailWriteAttributes")


@_attrs_define
class EmailWriteAttributes:
    """Attributes that can be sent when creating or updating an email.

    Attributes:
        body (str | Unset):
        customer_id (UUID | Unset): ID of the related customer. Can only be set when the record is created.
        document_id (UUID | Unset): ID of the related document.
        document_ids (Sequence[UUID] | Unset): IDs of the related document records.
        email_template_id (UUID | Unset): ID of the related email template. Can only be set when the record is created.
        order_id (UUID | Unset): ID of the related order. Can only be set when the record is created.
        payment_id (UUID | Unset): ID of the related payment.
        recipients (str | Unset):
        subject (str | Unset):
    """

    body: str | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    document_id: UUID | Unset = UNSET
    document_ids: Sequence[UUID] | Unset = UNSET
    email_template_id: UUID | Unset = UNSET
    order_id: UUID | Unset = UNSET
    payment_id: UUID | Unset = UNSET
    recipients: str | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        body = self.body
        if body is not UNSET:
            field_dict["body"] = body
        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        document_id: str | Unset = UNSET
        if not isinstance(self.document_id, Unset):
            document_id = str(self.document_id)
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        document_ids: list[str] | Unset = UNSET
        if not isinstance(self.document_ids, Unset):
            document_ids = []
            for document_ids_item_data in self.document_ids:
                document_ids_item = str(document_ids_item_data)
                document_ids.append(document_ids_item)

        if document_ids is not UNSET:
            field_dict["document_ids"] = document_ids
        email_template_id: str | Unset = UNSET
        if not isinstance(self.email_template_id, Unset):
            email_template_id = str(self.email_template_id)
        if email_template_id is not UNSET:
            field_dict["email_template_id"] = email_template_id
        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        payment_id: str | Unset = UNSET
        if not isinstance(self.payment_id, Unset):
            payment_id = str(self.payment_id)
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id
        recipients = self.recipients
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (EmailWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        body = d.get("body", UNSET)
        if not (type(body) is str):
            if body is UNSET:
                n__absent += 1
            elif not isinstance(body, str):
                raise FieldError("string", body, "body")

        _customer_id = d.get("customer_id", UNSET)
        customer_id: UUID | Unset = UNSET
        if _customer_id is not UNSET:
            try:
                customer_id = parse_uuid(_customer_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _customer_id, "customer_id") from None

        if customer_id is UNSET:
            n__absent += 1

        _document_id = d.get("document_id", UNSET)
        document_id: UUID | Unset = UNSET
        if _document_id is not UNSET:
            try:
                document_id = parse_uuid(_document_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _document_id, "document_id") from None

        if document_id is UNSET:
            n__absent += 1

        _document_ids = d.get("document_ids", UNSET)
        document_ids: Sequence[UUID] | Unset = UNSET
        if isinstance(_document_ids, list):
            document_ids = []
            try:
                for document_ids_item_data in _document_ids:
                    _document_ids_item = document_ids_item_data
                    try:
                        document_ids_item = parse_uuid(_document_ids_item)
                    except (TypeError, ValueError, AttributeError):
                        raise FieldError.unparsable("UUID", _document_ids_item) from None

                    document_ids.append(document_ids_item)
            except FieldError as field__error:
                field__error.segments.append(len(document_ids))
                field__error.segments.append("document_ids")
                raise
        elif _document_ids is not UNSET:
            raise FieldError("array", _document_ids, "document_ids")

        if document_ids is UNSET:
            n__absent += 1

        _email_template_id = d.get("email_template_id", UNSET)
        email_template_id: UUID | Unset = UNSET
        if _email_template_id is not UNSET:
            try:
                email_template_id = parse_uuid(_email_template_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _email_template_id, "email_template_id") from None

        if email_template_id is UNSET:
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

        _payment_id = d.get("payment_id", UNSET)
        payment_id: UUID | Unset = UNSET
        if _payment_id is not UNSET:
            try:
                payment_id = parse_uuid(_payment_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _payment_id, "payment_id") from None

        if payment_id is UNSET:
            n__absent += 1

        recipients = d.get("recipients", UNSET)
        if not (type(recipients) is str):
            if recipients is UNSET:
                n__absent += 1
            elif not isinstance(recipients, str):
                raise FieldError("string", recipients, "recipients")

        subject = d.get("subject", UNSET)
        if not (type(subject) is str):
            if subject is UNSET:
                n__absent += 1
            elif not isinstance(subject, str):
                raise FieldError("string", subject, "subject")

        if cls is _plain__class:
            email_write_attributes = _new__object(cls)
            email_write_attributes.body = body
            email_write_attributes.customer_id = customer_id
            email_write_attributes.document_id = document_id
            email_write_attributes.document_ids = document_ids
            email_write_attributes.email_template_id = email_template_id
            email_write_attributes.order_id = order_id
            email_write_attributes.payment_id = payment_id
            email_write_attributes.recipients = recipients
            email_write_attributes.subject = subject
            email_write_attributes.additional_properties = {}
        else:
            email_write_attributes = cls(
                body,
                customer_id,
                document_id,
                document_ids,
                email_template_id,
                order_id,
                payment_id,
                recipients,
                subject,
            )
        if len(d) + n__absent != 9:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "body",
                    "customer_id",
                    "document_id",
                    "document_ids",
                    "email_template_id",
                    "order_id",
                    "payment_id",
                    "recipients",
                    "subject",
                }
            }
            email_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr

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


_plain__class: type[EmailWriteAttributes] | None = (
    EmailWriteAttributes
    if {field.name for field in _attrs_fields(EmailWriteAttributes)}
    == {
        "body",
        "customer_id",
        "document_id",
        "document_ids",
        "email_template_id",
        "order_id",
        "payment_id",
        "recipients",
        "subject",
        "additional_properties",
    }
    and not hasattr(EmailWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
