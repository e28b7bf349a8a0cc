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

T = TypeVar("T", bound="InvoiceFinalizationWriteAttributes")


@_attrs_define
class InvoiceFinalizationWriteAttributes:
    """Attributes that can be sent when creating or updating an invoice finalization.

    Attributes:
        document_id (UUID | Unset): ID of the related document.
    """

    document_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        document_id: str | Unset = UNSET
        if not isinstance(self.document_id, Unset):
            document_id = str(self.document_id)
        if document_id is not UNSET:
            field_dict["document_id"] = document_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (InvoiceFinalizationWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        _document_id = d.get("document_id", UNSET)
        document_id: UUID | Unset = UNSET
        if _document_id is not UNSET:
            try:
                document_id = parse_uuid(_document_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _document_id, "document_id") from None

        if document_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            invoice_finalization_write_attributes = _new__object(cls)
            invoice_finalization_write_attributes.document_id = document_id
            invoice_finalization_write_attributes.additional_properties = {}
        else:
            invoice_finalization_write_attributes = cls(
                document_id,
            )
        if len(d) + n__absent != 1:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"document_id"}
            }
            invoice_finalization_write_attributes.additional_properties = extra__props
        return invoice_finalization_write_attributes

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

    def relate(
        self,
        *,
        document: Document | Unset = UNSET,
    ) -> InvoiceFinalizationWriteAttributes:
        """Point this invoice finalization at related records, by model: each keyword sets an id attribute.

        `document=` sets `document_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(document, Unset):
            self.document_id = document.id
        return self


_plain__class: type[InvoiceFinalizationWriteAttributes] | None = (
    InvoiceFinalizationWriteAttributes
    if {field.name for field in _attrs_fields(InvoiceFinalizationWriteAttributes)}
    == {"document_id", "additional_properties"}
    and not hasattr(InvoiceFinalizationWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
