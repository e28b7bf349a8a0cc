from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignatureWriteAttributes")


@_attrs_define
class SignatureWriteAttributes:
    """Attributes that can be sent when creating or updating a signature.

    Attributes:
        document_id (UUID | Unset): ID of the related document.
        signature_base64 (str | Unset):
    """

    document_id: UUID | Unset = UNSET
    signature_base64: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id: str | Unset = UNSET
        if not isinstance(self.document_id, Unset):
            document_id = str(self.document_id)

        signature_base64 = self.signature_base64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if signature_base64 is not UNSET:
            field_dict["signature_base64"] = signature_base64

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (SignatureWriteAttributes)", src_dict)
        d = dict(src_dict)
        _document_id = d.pop("document_id", UNSET)
        document_id: UUID | Unset = UNSET
        if _document_id is not UNSET:
            try:
                document_id = UUID(_document_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _document_id, "document_id") from None

        signature_base64 = d.pop("signature_base64", UNSET)
        if not isinstance(signature_base64, str) and signature_base64 is not UNSET:
            raise FieldError("string", signature_base64, "signature_base64")

        signature_write_attributes = cls(
            document_id=document_id,
            signature_base64=signature_base64,
        )

        signature_write_attributes.additional_properties = d
        return signature_write_attributes

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

    def relate(
        self,
        *,
        document: Document | Unset = UNSET,
    ) -> SignatureWriteAttributes:
        """Point this signature at related records, by model: each keyword sets an id attribute.

        `document=` sets `document_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(document, Unset):
            self.document_id = document.id
        return self
