from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RenderedEmailWriteAttributes")


@_attrs_define
class RenderedEmailWriteAttributes:
    """Attributes that can be sent when creating or updating a rendered email.

    Attributes:
        body (str | Unset):
        document_id (UUID | Unset): ID of the related document.
        email_template_id (UUID | Unset): ID of the related email template.
        order_id (UUID | Unset): ID of the related order.
    """

    body: str | Unset = UNSET
    document_id: UUID | Unset = UNSET
    email_template_id: UUID | Unset = UNSET
    order_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        document_id: str | Unset = UNSET
        if not isinstance(self.document_id, Unset):
            document_id = str(self.document_id)

        email_template_id: str | Unset = UNSET
        if not isinstance(self.email_template_id, Unset):
            email_template_id = str(self.email_template_id)

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if email_template_id is not UNSET:
            field_dict["email_template_id"] = email_template_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (RenderedEmailWriteAttributes)", src_dict)
        d = dict(src_dict)
        body = d.pop("body", UNSET)
        if not isinstance(body, str) and body is not UNSET:
            raise FieldError("string", body, "body")

        _document_id = d.pop("document_id", UNSET)
        document_id: UUID | Unset = UNSET
        if _document_id is not UNSET:
            try:
                document_id = UUID(_document_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _document_id, "document_id") from None

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

        rendered_email_write_attributes = cls(
            body=body,
            document_id=document_id,
            email_template_id=email_template_id,
            order_id=order_id,
        )

        rendered_email_write_attributes.additional_properties = d
        return rendered_email_write_attributes

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
        from ..models.document import Document
        from ..models.email_template import EmailTemplate
        from ..models.order import Order

    def relate(
        self,
        *,
        document: Document | Unset = UNSET,
        email_template: EmailTemplate | Unset = UNSET,
        order: Order | Unset = UNSET,
    ) -> RenderedEmailWriteAttributes:
        """Point this rendered email at related records, by model: each keyword sets an id attribute.

        `document=` sets `document_id`.
        `email_template=` sets `email_template_id`.
        `order=` sets `order_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(document, Unset):
            self.document_id = document.id
        if not isinstance(email_template, Unset):
            self.email_template_id = email_template.id
        if not isinstance(order, Unset):
            self.order_id = order.id
        return self
