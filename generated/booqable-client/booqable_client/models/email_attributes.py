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
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailAttributes")


@_attrs_define
class EmailAttributes:
    """Attributes of an email as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            body (str | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            customer_id (None | Unset | UUID): ID of the related customer. Can only be set when the record is created.
                Unverified: the examples show `null`, which the field list does not allow.
            document_ids (list[UUID] | Unset): IDs of the related document records.
            email_template_id (None | Unset | UUID): ID of the related email template. Can only be set when the record is
                created. Unverified: the examples show `null`, which the field list does not allow.
            employee_id (None | Unset | UUID): ID of the related employee. Unverified: the examples show `null`, which the
                field list does not allow.
            has_error (bool | Unset):
            order_id (None | Unset | UUID): ID of the related order. Can only be set when the record is created. Unverified:
                the examples show `null`, which the field list does not allow.
            recipients (str | Unset):
            sent (bool | Unset):
            subject (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            document_id (UUID | Unset): ID of the related document.
            payment_id (UUID | Unset): ID of the related payment.
    """

    body: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    customer_id: None | Unset | UUID = UNSET
    document_ids: list[UUID] | Unset = UNSET
    email_template_id: None | Unset | UUID = UNSET
    employee_id: None | Unset | UUID = UNSET
    has_error: bool | Unset = UNSET
    order_id: None | Unset | UUID = UNSET
    recipients: str | Unset = UNSET
    sent: bool | Unset = UNSET
    subject: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    document_id: UUID | Unset = UNSET
    payment_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        body = self.body
        if body is not UNSET:
            field_dict["body"] = body
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
        document_ids: list[str] | Unset = UNSET
        if not isinstance(self.document_ids, Unset):
            document_ids = []
            for document_ids_item_data in self.document_ids:
                document_ids_item = str(document_ids_item_data)
                document_ids.append(document_ids_item)

        if document_ids is not UNSET:
            field_dict["document_ids"] = document_ids
        email_template_id: None | str | Unset
        if isinstance(self.email_template_id, Unset):
            email_template_id = UNSET
        elif isinstance(self.email_template_id, UUID):
            email_template_id = str(self.email_template_id)
        else:
            email_template_id = self.email_template_id
        if email_template_id is not UNSET:
            field_dict["email_template_id"] = email_template_id
        employee_id: None | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        has_error = self.has_error
        if has_error is not UNSET:
            field_dict["has_error"] = has_error
        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UUID):
            order_id = str(self.order_id)
        else:
            order_id = self.order_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        recipients = self.recipients
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        sent = self.sent
        if sent is not UNSET:
            field_dict["sent"] = sent
        subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        document_id: str | Unset = UNSET
        if not isinstance(self.document_id, Unset):
            document_id = str(self.document_id)
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        payment_id: str | Unset = UNSET
        if not isinstance(self.payment_id, Unset):
            payment_id = str(self.payment_id)
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (EmailAttributes)", d)
            d = dict(d)
        n__absent = 0
        body = d.get("body", UNSET)
        if not (type(body) is str):
            if body is UNSET:
                n__absent += 1
            elif not isinstance(body, str):
                raise FieldError("string", body, "body")

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

        _document_ids = d.get("document_ids", UNSET)
        document_ids: list[UUID] | Unset = UNSET
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
        email_template_id: None | Unset | UUID
        if _email_template_id is None or _email_template_id is UNSET:
            email_template_id = _email_template_id
        elif isinstance(_email_template_id, str):
            _email_template_id_type_0 = _email_template_id
            try:
                email_template_id_type_0 = parse_uuid(_email_template_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _email_template_id_type_0, "email_template_id") from None

            email_template_id = email_template_id_type_0
        else:
            raise FieldError("UUID string or null", _email_template_id, "email_template_id")

        if email_template_id is UNSET:
            n__absent += 1

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

        has_error = d.get("has_error", UNSET)
        if not (has_error is True or has_error is False):
            if has_error is UNSET:
                n__absent += 1
            elif not isinstance(has_error, bool):
                raise FieldError("boolean", has_error, "has_error")

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

        recipients = d.get("recipients", UNSET)
        if not (type(recipients) is str):
            if recipients is UNSET:
                n__absent += 1
            elif not isinstance(recipients, str):
                raise FieldError("string", recipients, "recipients")

        sent = d.get("sent", UNSET)
        if not (sent is True or sent is False):
            if sent is UNSET:
                n__absent += 1
            elif not isinstance(sent, bool):
                raise FieldError("boolean", sent, "sent")

        subject = d.get("subject", UNSET)
        if not (type(subject) is str):
            if subject is UNSET:
                n__absent += 1
            elif not isinstance(subject, str):
                raise FieldError("string", subject, "subject")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
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

        _payment_id = d.get("payment_id", UNSET)
        payment_id: UUID | Unset = UNSET
        if _payment_id is not UNSET:
            try:
                payment_id = parse_uuid(_payment_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _payment_id, "payment_id") from None

        if payment_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            email_attributes = _new__object(cls)
            email_attributes.body = body
            email_attributes.created_at = created_at
            email_attributes.customer_id = customer_id
            email_attributes.document_ids = document_ids
            email_attributes.email_template_id = email_template_id
            email_attributes.employee_id = employee_id
            email_attributes.has_error = has_error
            email_attributes.order_id = order_id
            email_attributes.recipients = recipients
            email_attributes.sent = sent
            email_attributes.subject = subject
            email_attributes.updated_at = updated_at
            email_attributes.document_id = document_id
            email_attributes.payment_id = payment_id
            email_attributes.additional_properties = {}
        else:
            email_attributes = cls(
                body,
                created_at,
                customer_id,
                document_ids,
                email_template_id,
                employee_id,
                has_error,
                order_id,
                recipients,
                sent,
                subject,
                updated_at,
                document_id,
                payment_id,
            )
        if len(d) + n__absent != 14:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "body",
                    "created_at",
                    "customer_id",
                    "document_ids",
                    "email_template_id",
                    "employee_id",
                    "has_error",
                    "order_id",
                    "recipients",
                    "sent",
                    "subject",
                    "updated_at",
                    "document_id",
                    "payment_id",
                }
            }
            email_attributes.additional_properties = extra__props
        return email_attributes

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


_plain__class: type[EmailAttributes] | None = (
    EmailAttributes
    if {field.name for field in _attrs_fields(EmailAttributes)}
    == {
        "body",
        "created_at",
        "customer_id",
        "document_ids",
        "email_template_id",
        "employee_id",
        "has_error",
        "order_id",
        "recipients",
        "sent",
        "subject",
        "updated_at",
        "document_id",
        "payment_id",
        "additional_properties",
    }
    and not hasattr(EmailAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
