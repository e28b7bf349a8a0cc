from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceRevisionAttributes")


@_attrs_define
class InvoiceRevisionAttributes:
    """Attributes of an invoice revision as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            order_id (UUID | Unset): ID of the related order.
            revised_invoice_id (UUID | Unset): ID of the related revised invoice.
            revision_invoice_id (UUID | Unset): ID of the related revision invoice.
    """

    order_id: UUID | Unset = UNSET
    revised_invoice_id: UUID | Unset = UNSET
    revision_invoice_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        revised_invoice_id: str | Unset = UNSET
        if not isinstance(self.revised_invoice_id, Unset):
            revised_invoice_id = str(self.revised_invoice_id)

        revision_invoice_id: str | Unset = UNSET
        if not isinstance(self.revision_invoice_id, Unset):
            revision_invoice_id = str(self.revision_invoice_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if revised_invoice_id is not UNSET:
            field_dict["revised_invoice_id"] = revised_invoice_id
        if revision_invoice_id is not UNSET:
            field_dict["revision_invoice_id"] = revision_invoice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (InvoiceRevisionAttributes)", src_dict)
        d = dict(src_dict)
        _order_id = d.pop("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = UUID(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        _revised_invoice_id = d.pop("revised_invoice_id", UNSET)
        revised_invoice_id: UUID | Unset = UNSET
        if _revised_invoice_id is not UNSET:
            try:
                revised_invoice_id = UUID(_revised_invoice_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _revised_invoice_id, "revised_invoice_id") from None

        _revision_invoice_id = d.pop("revision_invoice_id", UNSET)
        revision_invoice_id: UUID | Unset = UNSET
        if _revision_invoice_id is not UNSET:
            try:
                revision_invoice_id = UUID(_revision_invoice_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _revision_invoice_id, "revision_invoice_id") from None

        invoice_revision_attributes = cls(
            order_id=order_id,
            revised_invoice_id=revised_invoice_id,
            revision_invoice_id=revision_invoice_id,
        )

        invoice_revision_attributes.additional_properties = d
        return invoice_revision_attributes

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
