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
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionAttributes")


@_attrs_define
class SessionAttributes:
    """Attributes of a session as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        app_payment_options_available = self.app_payment_options_available
        if app_payment_options_available is not UNSET:
            field_dict["app_payment_options_available"] = app_payment_options_available
        company_id: str | Unset = UNSET
        if not isinstance(self.company_id, Unset):
            company_id = str(self.company_id)
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        countries_updated_at: None | str | Unset
        if isinstance(self.countries_updated_at, Unset):
            countries_updated_at = UNSET
        elif isinstance(self.countries_updated_at, datetime.datetime):
            countries_updated_at = (
                self.countries_updated_at.isoformat().replace("+00:00", "Z")
                if self.countries_updated_at.tzinfo is not None
                else _naive__datetime("countries_updated_at_type_0")
            )
        else:
            countries_updated_at = self.countries_updated_at
        if countries_updated_at is not UNSET:
            field_dict["countries_updated_at"] = countries_updated_at
        created_order = self.created_order
        if created_order is not UNSET:
            field_dict["created_order"] = created_order
        default_properties_updated_at: None | str | Unset
        if isinstance(self.default_properties_updated_at, Unset):
            default_properties_updated_at = UNSET
        elif isinstance(self.default_properties_updated_at, datetime.datetime):
            default_properties_updated_at = (
                self.default_properties_updated_at.isoformat().replace("+00:00", "Z")
                if self.default_properties_updated_at.tzinfo is not None
                else _naive__datetime("default_properties_updated_at_type_0")
            )
        else:
            default_properties_updated_at = self.default_properties_updated_at
        if default_properties_updated_at is not UNSET:
            field_dict["default_properties_updated_at"] = default_properties_updated_at
        employee_id: str | Unset = UNSET
        if not isinstance(self.employee_id, Unset):
            employee_id = str(self.employee_id)
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        locations_updated_at: None | str | Unset
        if isinstance(self.locations_updated_at, Unset):
            locations_updated_at = UNSET
        elif isinstance(self.locations_updated_at, datetime.datetime):
            locations_updated_at = (
                self.locations_updated_at.isoformat().replace("+00:00", "Z")
                if self.locations_updated_at.tzinfo is not None
                else _naive__datetime("locations_updated_at_type_0")
            )
        else:
            locations_updated_at = self.locations_updated_at
        if locations_updated_at is not UNSET:
            field_dict["locations_updated_at"] = locations_updated_at
        notification_subscriptions_updated_at: str | Unset = UNSET
        if not isinstance(self.notification_subscriptions_updated_at, Unset):
            notification_subscriptions_updated_at = (
                self.notification_subscriptions_updated_at.isoformat().replace("+00:00", "Z")
                if self.notification_subscriptions_updated_at.tzinfo is not None
                else _naive__datetime("notification_subscriptions_updated_at")
            )
        if notification_subscriptions_updated_at is not UNSET:
            field_dict["notification_subscriptions_updated_at"] = notification_subscriptions_updated_at
        operating_rules_updated_at: None | str | Unset
        if isinstance(self.operating_rules_updated_at, Unset):
            operating_rules_updated_at = UNSET
        elif isinstance(self.operating_rules_updated_at, datetime.datetime):
            operating_rules_updated_at = (
                self.operating_rules_updated_at.isoformat().replace("+00:00", "Z")
                if self.operating_rules_updated_at.tzinfo is not None
                else _naive__datetime("operating_rules_updated_at_type_0")
            )
        else:
            operating_rules_updated_at = self.operating_rules_updated_at
        if operating_rules_updated_at is not UNSET:
            field_dict["operating_rules_updated_at"] = operating_rules_updated_at
        supported_fulfillment_types: list[str] | Unset = UNSET
        if not isinstance(self.supported_fulfillment_types, Unset):
            supported_fulfillment_types = self.supported_fulfillment_types

        if supported_fulfillment_types is not UNSET:
            field_dict["supported_fulfillment_types"] = supported_fulfillment_types
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
                raise FieldError("object (SessionAttributes)", d)
            d = dict(d)
        n__absent = 0
        app_payment_options_available = d.get("app_payment_options_available", UNSET)
        if not (app_payment_options_available is True or app_payment_options_available is False):
            if app_payment_options_available is UNSET:
                n__absent += 1
            elif not isinstance(app_payment_options_available, bool):
                raise FieldError("boolean", app_payment_options_available, "app_payment_options_available")

        _company_id = d.get("company_id", UNSET)
        company_id: UUID | Unset = UNSET
        if _company_id is not UNSET:
            try:
                company_id = parse_uuid(_company_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _company_id, "company_id") from None

        if company_id is UNSET:
            n__absent += 1

        _countries_updated_at = d.get("countries_updated_at", UNSET)
        countries_updated_at: datetime.datetime | None | Unset
        if _countries_updated_at is None or _countries_updated_at is UNSET:
            countries_updated_at = _countries_updated_at
        elif isinstance(_countries_updated_at, str):
            _countries_updated_at_type_0 = _countries_updated_at
            try:
                countries_updated_at_type_0 = _datetime__parse(_countries_updated_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _countries_updated_at_type_0, "countries_updated_at") from None

            countries_updated_at = countries_updated_at_type_0
        else:
            raise FieldError("date-time string or null", _countries_updated_at, "countries_updated_at")

        if countries_updated_at is UNSET:
            n__absent += 1

        created_order = d.get("created_order", UNSET)
        if not (created_order is True or created_order is False):
            if created_order is UNSET:
                n__absent += 1
            elif not isinstance(created_order, bool):
                raise FieldError("boolean", created_order, "created_order")

        _default_properties_updated_at = d.get("default_properties_updated_at", UNSET)
        default_properties_updated_at: datetime.datetime | None | Unset
        if _default_properties_updated_at is None or _default_properties_updated_at is UNSET:
            default_properties_updated_at = _default_properties_updated_at
        elif isinstance(_default_properties_updated_at, str):
            _default_properties_updated_at_type_0 = _default_properties_updated_at
            try:
                default_properties_updated_at_type_0 = _datetime__parse(_default_properties_updated_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable(
                    "date-time", _default_properties_updated_at_type_0, "default_properties_updated_at"
                ) from None

            default_properties_updated_at = default_properties_updated_at_type_0
        else:
            raise FieldError(
                "date-time string or null", _default_properties_updated_at, "default_properties_updated_at"
            )

        if default_properties_updated_at is UNSET:
            n__absent += 1

        _employee_id = d.get("employee_id", UNSET)
        employee_id: UUID | Unset = UNSET
        if _employee_id is not UNSET:
            try:
                employee_id = parse_uuid(_employee_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _employee_id, "employee_id") from None

        if employee_id is UNSET:
            n__absent += 1

        _locations_updated_at = d.get("locations_updated_at", UNSET)
        locations_updated_at: datetime.datetime | None | Unset
        if _locations_updated_at is None or _locations_updated_at is UNSET:
            locations_updated_at = _locations_updated_at
        elif isinstance(_locations_updated_at, str):
            _locations_updated_at_type_0 = _locations_updated_at
            try:
                locations_updated_at_type_0 = _datetime__parse(_locations_updated_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _locations_updated_at_type_0, "locations_updated_at") from None

            locations_updated_at = locations_updated_at_type_0
        else:
            raise FieldError("date-time string or null", _locations_updated_at, "locations_updated_at")

        if locations_updated_at is UNSET:
            n__absent += 1

        _notification_subscriptions_updated_at = d.get("notification_subscriptions_updated_at", UNSET)
        notification_subscriptions_updated_at: datetime.datetime | Unset = UNSET
        if _notification_subscriptions_updated_at is not UNSET:
            try:
                notification_subscriptions_updated_at = _datetime__parse(_notification_subscriptions_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable(
                    "date-time", _notification_subscriptions_updated_at, "notification_subscriptions_updated_at"
                ) from None

        if notification_subscriptions_updated_at is UNSET:
            n__absent += 1

        _operating_rules_updated_at = d.get("operating_rules_updated_at", UNSET)
        operating_rules_updated_at: datetime.datetime | None | Unset
        if _operating_rules_updated_at is None or _operating_rules_updated_at is UNSET:
            operating_rules_updated_at = _operating_rules_updated_at
        elif isinstance(_operating_rules_updated_at, str):
            _operating_rules_updated_at_type_0 = _operating_rules_updated_at
            try:
                operating_rules_updated_at_type_0 = _datetime__parse(_operating_rules_updated_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable(
                    "date-time", _operating_rules_updated_at_type_0, "operating_rules_updated_at"
                ) from None

            operating_rules_updated_at = operating_rules_updated_at_type_0
        else:
            raise FieldError("date-time string or null", _operating_rules_updated_at, "operating_rules_updated_at")

        if operating_rules_updated_at is UNSET:
            n__absent += 1

        _supported_fulfillment_types = d.get("supported_fulfillment_types", UNSET)
        supported_fulfillment_types: list[str] | Unset = UNSET
        if isinstance(_supported_fulfillment_types, list):
            for supported_fulfillment_types_item in _supported_fulfillment_types:
                if not (type(supported_fulfillment_types_item) is str) and not isinstance(
                    supported_fulfillment_types_item, str
                ):
                    raise FieldError(
                        "string",
                        supported_fulfillment_types_item,
                        _position(_supported_fulfillment_types, supported_fulfillment_types_item),
                        "supported_fulfillment_types",
                    )
            supported_fulfillment_types = _supported_fulfillment_types
        elif _supported_fulfillment_types is not UNSET:
            raise FieldError("array", _supported_fulfillment_types, "supported_fulfillment_types")

        if supported_fulfillment_types is UNSET:
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
            session_attributes = _new__object(cls)
            session_attributes.app_payment_options_available = app_payment_options_available
            session_attributes.company_id = company_id
            session_attributes.countries_updated_at = countries_updated_at
            session_attributes.created_order = created_order
            session_attributes.default_properties_updated_at = default_properties_updated_at
            session_attributes.employee_id = employee_id
            session_attributes.locations_updated_at = locations_updated_at
            session_attributes.notification_subscriptions_updated_at = notification_subscriptions_updated_at
            session_attributes.operating_rules_updated_at = operating_rules_updated_at
            session_attributes.supported_fulfillment_types = supported_fulfillment_types
            session_attributes.updated_at = updated_at
            session_attributes.additional_properties = {}
        else:
            session_attributes = cls(
                app_payment_options_available,
                company_id,
                countries_updated_at,
                created_order,
                default_properties_updated_at,
                employee_id,
                locations_updated_at,
                notification_subscriptions_updated_at,
                operating_rules_updated_at,
                supported_fulfillment_types,
                updated_at,
            )
        if len(d) + n__absent != 11:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "app_payment_options_available",
                    "company_id",
                    "countries_updated_at",
                    "created_order",
                    "default_properties_updated_at",
                    "employee_id",
                    "locations_updated_at",
                    "notification_subscriptions_updated_at",
                    "operating_rules_updated_at",
                    "supported_fulfillment_types",
                    "updated_at",
                }
            }
            session_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[SessionAttributes] | None = (
    SessionAttributes
    if {field.name for field in _attrs_fields(SessionAttributes)}
    == {
        "app_payment_options_available",
        "company_id",
        "countries_updated_at",
        "created_order",
        "default_properties_updated_at",
        "employee_id",
        "locations_updated_at",
        "notification_subscriptions_updated_at",
        "operating_rules_updated_at",
        "supported_fulfillment_types",
        "updated_at",
        "additional_properties",
    }
    and not hasattr(SessionAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
