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

T = TypeVar("T", bound="SignatureAttributes")


@_attrs_define
class SignatureAttributes:
    """Attributes of a signature as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            customer_id (UUID | Unset): ID of the related customer.
            document_id (UUID | Unset): ID of the related document.
            document_pdf_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            first_name (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            ip_address (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            last_name (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            order_id (UUID | Unset): ID of the related order.
            signature_image_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            signature_method (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            status (str | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            signature_base64 (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    customer_id: UUID | Unset = UNSET
    document_id: UUID | Unset = UNSET
    document_pdf_url: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    order_id: UUID | Unset = UNSET
    signature_image_url: None | str | Unset = UNSET
    signature_method: None | str | Unset = UNSET
    status: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    signature_base64: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

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
        document_pdf_url: None | str | Unset
        if isinstance(self.document_pdf_url, Unset):
            document_pdf_url = UNSET
        else:
            document_pdf_url = self.document_pdf_url
        if document_pdf_url is not UNSET:
            field_dict["document_pdf_url"] = document_pdf_url
        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        signature_image_url: None | str | Unset
        if isinstance(self.signature_image_url, Unset):
            signature_image_url = UNSET
        else:
            signature_image_url = self.signature_image_url
        if signature_image_url is not UNSET:
            field_dict["signature_image_url"] = signature_image_url
        signature_method: None | str | Unset
        if isinstance(self.signature_method, Unset):
            signature_method = UNSET
        else:
            signature_method = self.signature_method
        if signature_method is not UNSET:
            field_dict["signature_method"] = signature_method
        status = self.status
        if status is not UNSET:
            field_dict["status"] = status
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        signature_base64 = self.signature_base64
        if signature_base64 is not UNSET:
            field_dict["signature_base64"] = signature_base64
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (SignatureAttributes)", d)
            d = dict(d)
        n__absent = 0
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

        document_pdf_url = d.get("document_pdf_url", UNSET)
        if not (type(document_pdf_url) is str or document_pdf_url is None):
            if document_pdf_url is UNSET:
                n__absent += 1
            elif not (isinstance(document_pdf_url, str) or document_pdf_url is None):
                raise FieldError("string or null", document_pdf_url, "document_pdf_url")

        first_name = d.get("first_name", UNSET)
        if not (type(first_name) is str or first_name is None):
            if first_name is UNSET:
                n__absent += 1
            elif not (isinstance(first_name, str) or first_name is None):
                raise FieldError("string or null", first_name, "first_name")

        ip_address = d.get("ip_address", UNSET)
        if not (type(ip_address) is str or ip_address is None):
            if ip_address is UNSET:
                n__absent += 1
            elif not (isinstance(ip_address, str) or ip_address is None):
                raise FieldError("string or null", ip_address, "ip_address")

        last_name = d.get("last_name", UNSET)
        if not (type(last_name) is str or last_name is None):
            if last_name is UNSET:
                n__absent += 1
            elif not (isinstance(last_name, str) or last_name is None):
                raise FieldError("string or null", last_name, "last_name")

        _order_id = d.get("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = parse_uuid(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        if order_id is UNSET:
            n__absent += 1

        signature_image_url = d.get("signature_image_url", UNSET)
        if not (type(signature_image_url) is str or signature_image_url is None):
            if signature_image_url is UNSET:
                n__absent += 1
            elif not (isinstance(signature_image_url, str) or signature_image_url is None):
                raise FieldError("string or null", signature_image_url, "signature_image_url")

        signature_method = d.get("signature_method", UNSET)
        if not (type(signature_method) is str or signature_method is None):
            if signature_method is UNSET:
                n__absent += 1
            elif not (isinstance(signature_method, str) or signature_method is None):
                raise FieldError("string or null", signature_method, "signature_method")

        status = d.get("status", UNSET)
        if not (type(status) is str):
            if status is UNSET:
                n__absent += 1
            elif not isinstance(status, str):
                raise FieldError("string", status, "status")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        signature_base64 = d.get("signature_base64", UNSET)
        if not (type(signature_base64) is str):
            if signature_base64 is UNSET:
                n__absent += 1
            elif not isinstance(signature_base64, str):
                raise FieldError("string", signature_base64, "signature_base64")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            signature_attributes = _new__object(cls)
            signature_attributes.customer_id = customer_id
            signature_attributes.document_id = document_id
            signature_attributes.document_pdf_url = document_pdf_url
            signature_attributes.first_name = first_name
            signature_attributes.ip_address = ip_address
            signature_attributes.last_name = last_name
            signature_attributes.order_id = order_id
            signature_attributes.signature_image_url = signature_image_url
            signature_attributes.signature_method = signature_method
            signature_attributes.status = status
            signature_attributes.created_at = created_at
            signature_attributes.signature_base64 = signature_base64
            signature_attributes.updated_at = updated_at
            signature_attributes.additional_properties = {}
        else:
            signature_attributes = cls(
                customer_id,
                document_id,
                document_pdf_url,
                first_name,
                ip_address,
                last_name,
                order_id,
                signature_image_url,
                signature_method,
                status,
                created_at,
                signature_base64,
                updated_at,
            )
        if len(d) + n__absent != 13:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "customer_id",
                    "document_id",
                    "document_pdf_url",
                    "first_name",
                    "ip_address",
                    "last_name",
                    "order_id",
                    "signature_image_url",
                    "signature_method",
                    "status",
                    "created_at",
                    "signature_base64",
                    "updated_at",
                }
            }
            signature_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[SignatureAttributes] | None = (
    SignatureAttributes
    if {field.name for field in _attrs_fields(SignatureAttributes)}
    == {
        "customer_id",
        "document_id",
        "document_pdf_url",
        "first_name",
        "ip_address",
        "last_name",
        "order_id",
        "signature_image_url",
        "signature_method",
        "status",
        "created_at",
        "signature_base64",
        "updated_at",
        "additional_properties",
    }
    and not hasattr(SignatureAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
