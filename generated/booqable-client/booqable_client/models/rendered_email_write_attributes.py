from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        body = self.body
        if body is not UNSET:
            field_dict["body"] = body
        document_id: str | Unset = UNSET
        if not isinstance(self.document_id, Unset):
            document_id = str(self.document_id)
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (RenderedEmailWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        body = d.get("body", UNSET)
        if not (type(body) is str):
            if body is UNSET:
                n__absent += 1
            elif not isinstance(body, str):
                raise FieldError("string", body, "body")

        _document_id = d.get("document_id", UNSET)
        document_id: UUID | Unset = UNSET
        if _document_id is not UNSET:
            try:
                document_id = parse_uuid(_document_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _document_id, "document_id") from None

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

        _order_id = d.get("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = parse_uuid(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        if order_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            rendered_email_write_attributes = _new__object(cls)
            rendered_email_write_attributes.body = body
            rendered_email_write_attributes.document_id = document_id
            rendered_email_write_attributes.email_template_id = email_template_id
            rendered_email_write_attributes.order_id = order_id
            rendered_email_write_attributes.additional_properties = {}
        else:
            rendered_email_write_attributes = cls(
                body,
                document_id,
                email_template_id,
                order_id,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"body", "document_id", "email_template_id", "order_id"}
            }
            rendered_email_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr

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


_plain__class: type[RenderedEmailWriteAttributes] | None = (
    RenderedEmailWriteAttributes
    if {field.name for field in _attrs_fields(RenderedEmailWriteAttributes)}
    == {"body", "document_id", "email_template_id", "order_id", "additional_properties"}
    and not hasattr(RenderedEmailWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
