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
from ..models.payment_method_provider import PaymentMethodProvider
from ..models.payment_method_status import PaymentMethodStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodAttributes")


@_attrs_define
class PaymentMethodAttributes:
    """Attributes of a payment method as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            customer_id (None | Unset | UUID): ID of the related customer. Can only be set when the record is created.
            details (dict[str, Any] | Unset): A free-form JSON object.
            identifier (str | Unset): Can only be set when the record is created.
            label_primary (str | Unset):
            label_secondary (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            method_type (None | str | Unset): Can only be set when the record is created. Unverified: the examples show
                `null`, which the field list does not allow.
            provider (PaymentMethodProvider | Unset): Values of `provider` on payment methods.
            status (PaymentMethodStatus | Unset): Values of `status` on payment methods.
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    created_at: datetime.datetime | Unset = UNSET
    customer_id: None | Unset | UUID = UNSET
    details: dict[str, Any] | Unset = UNSET
    identifier: str | Unset = UNSET
    label_primary: str | Unset = UNSET
    label_secondary: None | str | Unset = UNSET
    method_type: None | str | Unset = UNSET
    provider: PaymentMethodProvider | Unset = UNSET
    status: PaymentMethodStatus | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

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
        details = self.details
        if details is not UNSET:
            field_dict["details"] = details
        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        label_primary = self.label_primary
        if label_primary is not UNSET:
            field_dict["label_primary"] = label_primary
        label_secondary: None | str | Unset
        if isinstance(self.label_secondary, Unset):
            label_secondary = UNSET
        else:
            label_secondary = self.label_secondary
        if label_secondary is not UNSET:
            field_dict["label_secondary"] = label_secondary
        method_type: None | str | Unset
        if isinstance(self.method_type, Unset):
            method_type = UNSET
        else:
            method_type = self.method_type
        if method_type is not UNSET:
            field_dict["method_type"] = method_type
        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        if provider is not UNSET:
            field_dict["provider"] = provider
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status
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
                raise FieldError("object (PaymentMethodAttributes)", d)
            d = dict(d)
        n__absent = 0
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

        details = d.get("details", UNSET)
        if not (type(details) is dict):
            if details is UNSET:
                n__absent += 1
            elif not isinstance(details, dict):
                raise FieldError("object", details, "details")

        identifier = d.get("identifier", UNSET)
        if not (type(identifier) is str):
            if identifier is UNSET:
                n__absent += 1
            elif not isinstance(identifier, str):
                raise FieldError("string", identifier, "identifier")

        label_primary = d.get("label_primary", UNSET)
        if not (type(label_primary) is str):
            if label_primary is UNSET:
                n__absent += 1
            elif not isinstance(label_primary, str):
                raise FieldError("string", label_primary, "label_primary")

        label_secondary = d.get("label_secondary", UNSET)
        if not (type(label_secondary) is str or label_secondary is None):
            if label_secondary is UNSET:
                n__absent += 1
            elif not (isinstance(label_secondary, str) or label_secondary is None):
                raise FieldError("string or null", label_secondary, "label_secondary")

        method_type = d.get("method_type", UNSET)
        if not (type(method_type) is str or method_type is None):
            if method_type is UNSET:
                n__absent += 1
            elif not (isinstance(method_type, str) or method_type is None):
                raise FieldError("string or null", method_type, "method_type")

        _provider = d.get("provider", UNSET)
        provider: PaymentMethodProvider | Unset = UNSET
        if type(_provider) is str:
            provider = PaymentMethodProvider._by__value.get(_provider) or PaymentMethodProvider(_provider)
        elif isinstance(_provider, str):
            provider = PaymentMethodProvider(_provider)
        elif _provider is not UNSET:
            raise FieldError("string (PaymentMethodProvider)", _provider, "provider")

        if provider is UNSET:
            n__absent += 1

        _status = d.get("status", UNSET)
        status: PaymentMethodStatus | Unset = UNSET
        if type(_status) is str:
            status = PaymentMethodStatus._by__value.get(_status) or PaymentMethodStatus(_status)
        elif isinstance(_status, str):
            status = PaymentMethodStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (PaymentMethodStatus)", _status, "status")

        if status is UNSET:
            n__absent += 1

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
            payment_method_attributes = _new__object(cls)
            payment_method_attributes.created_at = created_at
            payment_method_attributes.customer_id = customer_id
            payment_method_attributes.details = details
            payment_method_attributes.identifier = identifier
            payment_method_attributes.label_primary = label_primary
            payment_method_attributes.label_secondary = label_secondary
            payment_method_attributes.method_type = method_type
            payment_method_attributes.provider = provider
            payment_method_attributes.status = status
            payment_method_attributes.updated_at = updated_at
            payment_method_attributes.additional_properties = {}
        else:
            payment_method_attributes = cls(
                created_at,
                customer_id,
                details,
                identifier,
                label_primary,
                label_secondary,
                method_type,
                provider,
                status,
                updated_at,
            )
        if len(d) + n__absent != 10:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "created_at",
                    "customer_id",
                    "details",
                    "identifier",
                    "label_primary",
                    "label_secondary",
                    "method_type",
                    "provider",
                    "status",
                    "updated_at",
                }
            }
            payment_method_attributes.additional_properties = extra__props
        return payment_method_attributes

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


_plain__class: type[PaymentMethodAttributes] | None = (
    PaymentMethodAttributes
    if {field.name for field in _attrs_fields(PaymentMethodAttributes)}
    == {
        "created_at",
        "customer_id",
        "details",
        "identifier",
        "label_primary",
        "label_secondary",
        "method_type",
        "provider",
        "status",
        "updated_at",
        "additional_properties",
    }
    and not hasattr(PaymentMethodAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
