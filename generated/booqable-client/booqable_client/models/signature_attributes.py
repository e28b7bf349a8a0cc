from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignatureAttributes")


@_attrs_define
class SignatureAttributes:
    """Attributes of a signature as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            customer_id (UUID | Unset): ID of the related customer.
            document_id (UUID | Unset): ID of the related document.
            document_pdf_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            first_name (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            ip_address (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            last_name (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            order_id (UUID | Unset): ID of the related order.
            signature_base64 (str | Unset):
            signature_image_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            signature_method (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            status (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    created_at: datetime.datetime | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    document_id: UUID | Unset = UNSET
    document_pdf_url: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    order_id: UUID | Unset = UNSET
    signature_base64: str | Unset = UNSET
    signature_image_url: None | str | Unset = UNSET
    signature_method: None | str | Unset = UNSET
    status: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        document_id: str | Unset = UNSET
        if not isinstance(self.document_id, Unset):
            document_id = str(self.document_id)

        document_pdf_url: None | str | Unset
        if isinstance(self.document_pdf_url, Unset):
            document_pdf_url = UNSET
        else:
            document_pdf_url = self.document_pdf_url

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        signature_base64 = self.signature_base64

        signature_image_url: None | str | Unset
        if isinstance(self.signature_image_url, Unset):
            signature_image_url = UNSET
        else:
            signature_image_url = self.signature_image_url

        signature_method: None | str | Unset
        if isinstance(self.signature_method, Unset):
            signature_method = UNSET
        else:
            signature_method = self.signature_method

        status = self.status

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if document_pdf_url is not UNSET:
            field_dict["document_pdf_url"] = document_pdf_url
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if signature_base64 is not UNSET:
            field_dict["signature_base64"] = signature_base64
        if signature_image_url is not UNSET:
            field_dict["signature_image_url"] = signature_image_url
        if signature_method is not UNSET:
            field_dict["signature_method"] = signature_method
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (SignatureAttributes)", src_dict)
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

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

        document_pdf_url = d.pop("document_pdf_url", UNSET)
        if not (isinstance(document_pdf_url, str) or document_pdf_url is None) and document_pdf_url is not UNSET:
            raise FieldError("string or null", document_pdf_url, "document_pdf_url")

        first_name = d.pop("first_name", UNSET)
        if not (isinstance(first_name, str) or first_name is None) and first_name is not UNSET:
            raise FieldError("string or null", first_name, "first_name")

        ip_address = d.pop("ip_address", UNSET)
        if not (isinstance(ip_address, str) or ip_address is None) and ip_address is not UNSET:
            raise FieldError("string or null", ip_address, "ip_address")

        last_name = d.pop("last_name", UNSET)
        if not (isinstance(last_name, str) or last_name is None) and last_name is not UNSET:
            raise FieldError("string or null", last_name, "last_name")

        _order_id = d.pop("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = UUID(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        signature_base64 = d.pop("signature_base64", UNSET)
        if not isinstance(signature_base64, str) and signature_base64 is not UNSET:
            raise FieldError("string", signature_base64, "signature_base64")

        signature_image_url = d.pop("signature_image_url", UNSET)
        if (
            not (isinstance(signature_image_url, str) or signature_image_url is None)
            and signature_image_url is not UNSET
        ):
            raise FieldError("string or null", signature_image_url, "signature_image_url")

        signature_method = d.pop("signature_method", UNSET)
        if not (isinstance(signature_method, str) or signature_method is None) and signature_method is not UNSET:
            raise FieldError("string or null", signature_method, "signature_method")

        status = d.pop("status", UNSET)
        if not isinstance(status, str) and status is not UNSET:
            raise FieldError("string", status, "status")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        signature_attributes = cls(
            created_at=created_at,
            customer_id=customer_id,
            document_id=document_id,
            document_pdf_url=document_pdf_url,
            first_name=first_name,
            ip_address=ip_address,
            last_name=last_name,
            order_id=order_id,
            signature_base64=signature_base64,
            signature_image_url=signature_image_url,
            signature_method=signature_method,
            status=status,
            updated_at=updated_at,
        )

        signature_attributes.additional_properties = d
        return signature_attributes

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
