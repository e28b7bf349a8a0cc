from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="RenderedEmailAttributes")


@_attrs_define
class RenderedEmailAttributes:
    """Attributes of a rendered email as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            body (str | Unset):
            document_id (None | Unset | UUID): ID of the related document. Unverified: the examples show `null`, which the
                field list does not allow.
            email_template_id (UUID | Unset): ID of the related email template.
            full_body (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            order_id (UUID | Unset): ID of the related order.
            subject (str | Unset):
    """

    body: str | Unset = UNSET
    document_id: None | Unset | UUID = UNSET
    email_template_id: UUID | Unset = UNSET
    full_body: None | str | Unset = UNSET
    order_id: UUID | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        body = self.body
        if body is not UNSET:
            field_dict["body"] = body
        document_id: None | str | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        elif isinstance(self.document_id, UUID):
            document_id = str(self.document_id)
        else:
            document_id = self.document_id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        email_template_id: str | Unset = UNSET
        if not isinstance(self.email_template_id, Unset):
            email_template_id = str(self.email_template_id)
        if email_template_id is not UNSET:
            field_dict["email_template_id"] = email_template_id
        full_body: None | str | Unset
        if isinstance(self.full_body, Unset):
            full_body = UNSET
        else:
            full_body = self.full_body
        if full_body is not UNSET:
            field_dict["full_body"] = full_body
        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (RenderedEmailAttributes)", d)
            d = dict(d)
        n__absent = 0
        body = d.get("body", UNSET)
        if not (type(body) is str):
            if body is UNSET:
                n__absent += 1
            elif not isinstance(body, str):
                raise FieldError("string", body, "body")

        _document_id = d.get("document_id", UNSET)
        document_id: None | Unset | UUID
        if _document_id is None or _document_id is UNSET:
            document_id = _document_id
        elif isinstance(_document_id, str):
            _document_id_type_0 = _document_id
            try:
                document_id_type_0 = parse_uuid(_document_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _document_id_type_0, "document_id") from None

            document_id = document_id_type_0
        else:
            raise FieldError("UUID string or null", _document_id, "document_id")

        if document_id is UNSET:
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

        full_body = d.get("full_body", UNSET)
        if not (type(full_body) is str or full_body is None):
            if full_body is UNSET:
                n__absent += 1
            elif not (isinstance(full_body, str) or full_body is None):
                raise FieldError("string or null", full_body, "full_body")

        _order_id = d.get("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = parse_uuid(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        if order_id is UNSET:
            n__absent += 1

        subject = d.get("subject", UNSET)
        if not (type(subject) is str):
            if subject is UNSET:
                n__absent += 1
            elif not isinstance(subject, str):
                raise FieldError("string", subject, "subject")

        if cls is _plain__class:
            rendered_email_attributes = _new__object(cls)
            rendered_email_attributes.body = body
            rendered_email_attributes.document_id = document_id
            rendered_email_attributes.email_template_id = email_template_id
            rendered_email_attributes.full_body = full_body
            rendered_email_attributes.order_id = order_id
            rendered_email_attributes.subject = subject
            rendered_email_attributes.additional_properties = {}
        else:
            rendered_email_attributes = cls(
                body,
                document_id,
                email_template_id,
                full_body,
                order_id,
                subject,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"body", "document_id", "email_template_id", "full_body", "order_id", "subject"}
            }
            rendered_email_attributes.additional_properties = extra__props
        return rendered_email_attributes

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


_plain__class: type[RenderedEmailAttributes] | None = (
    RenderedEmailAttributes
    if {field.name for field in _attrs_fields(RenderedEmailAttributes)}
    == {"body", "document_id", "email_template_id", "full_body", "order_id", "subject", "additional_properties"}
    and not hasattr(RenderedEmailAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
