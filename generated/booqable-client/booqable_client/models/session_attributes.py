from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionAttributes")


@_attrs_define
class SessionAttributes:
    """Attributes of a session as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

        Attributes:
            app_payment_options_available (bool | Unset):
            company_id (UUID | Unset): ID of the related company.
            countries_updated_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the field
                list does not allow.
            created_order (bool | Unset):
            default_properties_updated_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which
                the field list does not allow.
            employee_id (UUID | Unset): ID of the related employee.
            locations_updated_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the field
                list does not allow.
            notification_subscriptions_updated_at (datetime.datetime | Unset):
            operating_rules_updated_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the
                field list does not allow.
            supported_fulfillment_types (list[str] | Unset):
            updated_at (datetime.datetime | Unset): Returned in the examples but missing from the field list; its type is
                inferred. When the record last changed.
    """

    app_payment_options_available: bool | Unset = UNSET
    company_id: UUID | Unset = UNSET
    countries_updated_at: datetime.datetime | None | Unset = UNSET
    created_order: bool | Unset = UNSET
    default_properties_updated_at: datetime.datetime | None | Unset = UNSET
    employee_id: UUID | Unset = UNSET
    locations_updated_at: datetime.datetime | None | Unset = UNSET
    notification_subscriptions_updated_at: datetime.datetime | Unset = UNSET
    operating_rules_updated_at: datetime.datetime | None | Unset = UNSET
    supported_fulfillment_types: list[str] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_payment_options_available = self.app_payment_options_available

        company_id: str | Unset = UNSET
        if not isinstance(self.company_id, Unset):
            company_id = str(self.company_id)

        countries_updated_at: None | str | Unset
        if isinstance(self.countries_updated_at, Unset):
            countries_updated_at = UNSET
        elif isinstance(self.countries_updated_at, datetime.datetime):
            countries_updated_at = self.countries_updated_at.isoformat().replace("+00:00", "Z")
        else:
            countries_updated_at = self.countries_updated_at

        created_order = self.created_order

        default_properties_updated_at: None | str | Unset
        if isinstance(self.default_properties_updated_at, Unset):
            default_properties_updated_at = UNSET
        elif isinstance(self.default_properties_updated_at, datetime.datetime):
            default_properties_updated_at = self.default_properties_updated_at.isoformat().replace("+00:00", "Z")
        else:
            default_properties_updated_at = self.default_properties_updated_at

        employee_id: str | Unset = UNSET
        if not isinstance(self.employee_id, Unset):
            employee_id = str(self.employee_id)

        locations_updated_at: None | str | Unset
        if isinstance(self.locations_updated_at, Unset):
            locations_updated_at = UNSET
        elif isinstance(self.locations_updated_at, datetime.datetime):
            locations_updated_at = self.locations_updated_at.isoformat().replace("+00:00", "Z")
        else:
            locations_updated_at = self.locations_updated_at

        notification_subscriptions_updated_at: str | Unset = UNSET
        if not isinstance(self.notification_subscriptions_updated_at, Unset):
            notification_subscriptions_updated_at = self.notification_subscriptions_updated_at.isoformat().replace(
                "+00:00", "Z"
            )

        operating_rules_updated_at: None | str | Unset
        if isinstance(self.operating_rules_updated_at, Unset):
            operating_rules_updated_at = UNSET
        elif isinstance(self.operating_rules_updated_at, datetime.datetime):
            operating_rules_updated_at = self.operating_rules_updated_at.isoformat().replace("+00:00", "Z")
        else:
            operating_rules_updated_at = self.operating_rules_updated_at

        supported_fulfillment_types: list[str] | Unset = UNSET
        if not isinstance(self.supported_fulfillment_types, Unset):
            supported_fulfillment_types = self.supported_fulfillment_types

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_payment_options_available is not UNSET:
            field_dict["app_payment_options_available"] = app_payment_options_available
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if countries_updated_at is not UNSET:
            field_dict["countries_updated_at"] = countries_updated_at
        if created_order is not UNSET:
            field_dict["created_order"] = created_order
        if default_properties_updated_at is not UNSET:
            field_dict["default_properties_updated_at"] = default_properties_updated_at
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if locations_updated_at is not UNSET:
            field_dict["locations_updated_at"] = locations_updated_at
        if notification_subscriptions_updated_at is not UNSET:
            field_dict["notification_subscriptions_updated_at"] = notification_subscriptions_updated_at
        if operating_rules_updated_at is not UNSET:
            field_dict["operating_rules_updated_at"] = operating_rules_updated_at
        if supported_fulfillment_types is not UNSET:
            field_dict["supported_fulfillment_types"] = supported_fulfillment_types
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (SessionAttributes)", src_dict)
        d = dict(src_dict)
        app_payment_options_available = d.pop("app_payment_options_available", UNSET)
        if not isinstance(app_payment_options_available, bool) and app_payment_options_available is not UNSET:
            raise FieldError("boolean", app_payment_options_available, "app_payment_options_available")

        _company_id = d.pop("company_id", UNSET)
        company_id: UUID | Unset = UNSET
        if _company_id is not UNSET:
            try:
                company_id = UUID(_company_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _company_id, "company_id") from None

        _countries_updated_at = d.pop("countries_updated_at", UNSET)
        countries_updated_at: datetime.datetime | None | Unset
        if _countries_updated_at is None or _countries_updated_at is UNSET:
            countries_updated_at = _countries_updated_at
        elif isinstance(_countries_updated_at, str):
            _countries_updated_at_type_0 = _countries_updated_at
            try:
                countries_updated_at_type_0 = datetime.datetime.fromisoformat(_countries_updated_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _countries_updated_at_type_0, "countries_updated_at") from None

            countries_updated_at = countries_updated_at_type_0
        else:
            raise FieldError("date-time string or null", _countries_updated_at, "countries_updated_at")

        created_order = d.pop("created_order", UNSET)
        if not isinstance(created_order, bool) and created_order is not UNSET:
            raise FieldError("boolean", created_order, "created_order")

        _default_properties_updated_at = d.pop("default_properties_updated_at", UNSET)
        default_properties_updated_at: datetime.datetime | None | Unset
        if _default_properties_updated_at is None or _default_properties_updated_at is UNSET:
            default_properties_updated_at = _default_properties_updated_at
        elif isinstance(_default_properties_updated_at, str):
            _default_properties_updated_at_type_0 = _default_properties_updated_at
            try:
                default_properties_updated_at_type_0 = datetime.datetime.fromisoformat(
                    _default_properties_updated_at_type_0
                )
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable(
                    "date-time", _default_properties_updated_at_type_0, "default_properties_updated_at"
                ) from None

            default_properties_updated_at = default_properties_updated_at_type_0
        else:
            raise FieldError(
                "date-time string or null", _default_properties_updated_at, "default_properties_updated_at"
            )

        _employee_id = d.pop("employee_id", UNSET)
        employee_id: UUID | Unset = UNSET
        if _employee_id is not UNSET:
            try:
                employee_id = UUID(_employee_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _employee_id, "employee_id") from None

        _locations_updated_at = d.pop("locations_updated_at", UNSET)
        locations_updated_at: datetime.datetime | None | Unset
        if _locations_updated_at is None or _locations_updated_at is UNSET:
            locations_updated_at = _locations_updated_at
        elif isinstance(_locations_updated_at, str):
            _locations_updated_at_type_0 = _locations_updated_at
            try:
                locations_updated_at_type_0 = datetime.datetime.fromisoformat(_locations_updated_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _locations_updated_at_type_0, "locations_updated_at") from None

            locations_updated_at = locations_updated_at_type_0
        else:
            raise FieldError("date-time string or null", _locations_updated_at, "locations_updated_at")

        _notification_subscriptions_updated_at = d.pop("notification_subscriptions_updated_at", UNSET)
        notification_subscriptions_updated_at: datetime.datetime | Unset = UNSET
        if _notification_subscriptions_updated_at is not UNSET:
            try:
                notification_subscriptions_updated_at = datetime.datetime.fromisoformat(
                    _notification_subscriptions_updated_at
                )
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable(
                    "date-time", _notification_subscriptions_updated_at, "notification_subscriptions_updated_at"
                ) from None

        _operating_rules_updated_at = d.pop("operating_rules_updated_at", UNSET)
        operating_rules_updated_at: datetime.datetime | None | Unset
        if _operating_rules_updated_at is None or _operating_rules_updated_at is UNSET:
            operating_rules_updated_at = _operating_rules_updated_at
        elif isinstance(_operating_rules_updated_at, str):
            _operating_rules_updated_at_type_0 = _operating_rules_updated_at
            try:
                operating_rules_updated_at_type_0 = datetime.datetime.fromisoformat(_operating_rules_updated_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable(
                    "date-time", _operating_rules_updated_at_type_0, "operating_rules_updated_at"
                ) from None

            operating_rules_updated_at = operating_rules_updated_at_type_0
        else:
            raise FieldError("date-time string or null", _operating_rules_updated_at, "operating_rules_updated_at")

        _supported_fulfillment_types = d.pop("supported_fulfillment_types", UNSET)
        supported_fulfillment_types: list[str] | Unset = UNSET
        if isinstance(_supported_fulfillment_types, list):
            for supported_fulfillment_types_item in _supported_fulfillment_types:
                if not isinstance(supported_fulfillment_types_item, str):
                    raise FieldError(
                        "string",
                        supported_fulfillment_types_item,
                        _position(_supported_fulfillment_types, supported_fulfillment_types_item),
                        "supported_fulfillment_types",
                    )
            supported_fulfillment_types = _supported_fulfillment_types
        elif _supported_fulfillment_types is not UNSET:
            raise FieldError("array", _supported_fulfillment_types, "supported_fulfillment_types")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        session_attributes = cls(
            app_payment_options_available=app_payment_options_available,
            company_id=company_id,
            countries_updated_at=countries_updated_at,
            created_order=created_order,
            default_properties_updated_at=default_properties_updated_at,
            employee_id=employee_id,
            locations_updated_at=locations_updated_at,
            notification_subscriptions_updated_at=notification_subscriptions_updated_at,
            operating_rules_updated_at=operating_rules_updated_at,
            supported_fulfillment_types=supported_fulfillment_types,
            updated_at=updated_at,
        )

        session_attributes.additional_properties = d
        return session_attributes

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
