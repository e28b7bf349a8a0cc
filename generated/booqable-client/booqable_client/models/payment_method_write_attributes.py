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
from ..models.payment_method_provider import PaymentMethodProvider
from ..models.payment_method_status import PaymentMethodStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodWriteAttributes")


@_attrs_define
class PaymentMethodWriteAttributes:
    """Attributes that can be sent when creating or updating a payment method.

    Attributes:
        customer_id (None | Unset | UUID): ID of the related customer. Can only be set when the record is created.
        details (dict[str, Any] | Unset): A free-form JSON object.
        identifier (str | Unset): Can only be set when the record is created.
        label_primary (str | Unset):
        label_secondary (str | Unset):
        method_type (str | Unset): Can only be set when the record is created.
        provider (PaymentMethodProvider | Unset): Values of `provider` on payment methods.
        status (PaymentMethodStatus | Unset): Values of `status` on payment methods.
    """

    customer_id: None | Unset | UUID = UNSET
    details: dict[str, Any] | Unset = UNSET
    identifier: str | Unset = UNSET
    label_primary: str | Unset = UNSET
    label_secondary: str | Unset = UNSET
    method_type: str | Unset = UNSET
    provider: PaymentMethodProvider | Unset = UNSET
    status: PaymentMethodStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

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
        label_secondary = self.label_secondary
        if label_secondary is not UNSET:
            field_dict["label_secondary"] = label_secondary
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PaymentMethodWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
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
        if not (type(label_secondary) is str):
            if label_secondary is UNSET:
                n__absent += 1
            elif not isinstance(label_secondary, str):
                raise FieldError("string", label_secondary, "label_secondary")

        method_type = d.get("method_type", UNSET)
        if not (type(method_type) is str):
            if method_type is UNSET:
                n__absent += 1
            elif not isinstance(method_type, str):
                raise FieldError("string", method_type, "method_type")

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

        if cls is _plain__class:
            payment_method_write_attributes = _new__object(cls)
            payment_method_write_attributes.customer_id = customer_id
            payment_method_write_attributes.details = details
            payment_method_write_attributes.identifier = identifier
            payment_method_write_attributes.label_primary = label_primary
            payment_method_write_attributes.label_secondary = label_secondary
            payment_method_write_attributes.method_type = method_type
            payment_method_write_attributes.provider = provider
            payment_method_write_attributes.status = status
            payment_method_write_attributes.additional_properties = {}
        else:
            payment_method_write_attributes = cls(
                customer_id,
                details,
                identifier,
                label_primary,
                label_secondary,
                method_type,
                provider,
                status,
            )
        if len(d) + n__absent != 8:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "customer_id",
                    "details",
                    "identifier",
                    "label_primary",
                    "label_secondary",
                    "method_type",
                    "provider",
                    "status",
                }
            }
            payment_method_write_attributes.additional_properties = extra__props
        return payment_method_write_attributes

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
        from ..models.customer import Customer

    def relate(
        self,
        *,
        customer: Customer | None | Unset = UNSET,
    ) -> PaymentMethodWriteAttributes:
        """Point this payment method at related records, by model: each keyword sets an id attribute.

        `customer=` sets `customer_id` (`None` clears it).
        Returns this object, so it can be written inline."""
        if not isinstance(customer, Unset):
            self.customer_id = None if customer is None else customer.id
        return self


_plain__class: type[PaymentMethodWriteAttributes] | None = (
    PaymentMethodWriteAttributes
    if {field.name for field in _attrs_fields(PaymentMethodWriteAttributes)}
    == {
        "customer_id",
        "details",
        "identifier",
        "label_primary",
        "label_secondary",
        "method_type",
        "provider",
        "status",
        "additional_properties",
    }
    and not hasattr(PaymentMethodWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
