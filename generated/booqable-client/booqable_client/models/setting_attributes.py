from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingAttributes")


@_attrs_define
class SettingAttributes:
    """Attributes of a setting as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            address (dict[str, Any] | Unset): A free-form JSON object.
            contracts (dict[str, Any] | Unset): A free-form JSON object.
            currency (dict[str, Any] | Unset): A free-form JSON object.
            dates (dict[str, Any] | Unset): A free-form JSON object.
            defaults (dict[str, Any] | Unset): A free-form JSON object.
            deliveries (dict[str, Any] | Unset): A free-form JSON object.
            documents (dict[str, Any] | Unset): A free-form JSON object.
            emails (dict[str, Any] | Unset): A free-form JSON object.
            invoices (dict[str, Any] | Unset): A free-form JSON object.
            labels (dict[str, Any] | Unset): A free-form JSON object.
            orders (dict[str, Any] | Unset): A free-form JSON object.
            pricing (dict[str, Any] | Unset): A free-form JSON object.
            quotes (dict[str, Any] | Unset): A free-form JSON object.
            security (dict[str, Any] | Unset): A free-form JSON object.
            store (dict[str, Any] | Unset): A free-form JSON object.
            user (dict[str, Any] | Unset): A free-form JSON object.
            dashboard (dict[str, Any] | Unset): A free-form JSON object.
            feature_enrollments (dict[str, Any] | Unset): A free-form JSON object.
            onboarding (dict[str, Any] | Unset): A free-form JSON object.
            setup_checklist (dict[str, Any] | Unset): A free-form JSON object.
            tracking (dict[str, Any] | Unset): A free-form JSON object.
            updated_at (datetime.datetime | Unset): Returned in the examples but missing from the field list; its type is
                inferred. When the record last changed.
    """

    address: dict[str, Any] | Unset = UNSET
    contracts: dict[str, Any] | Unset = UNSET
    currency: dict[str, Any] | Unset = UNSET
    dates: dict[str, Any] | Unset = UNSET
    defaults: dict[str, Any] | Unset = UNSET
    deliveries: dict[str, Any] | Unset = UNSET
    documents: dict[str, Any] | Unset = UNSET
    emails: dict[str, Any] | Unset = UNSET
    invoices: dict[str, Any] | Unset = UNSET
    labels: dict[str, Any] | Unset = UNSET
    orders: dict[str, Any] | Unset = UNSET
    pricing: dict[str, Any] | Unset = UNSET
    quotes: dict[str, Any] | Unset = UNSET
    security: dict[str, Any] | Unset = UNSET
    store: dict[str, Any] | Unset = UNSET
    user: dict[str, Any] | Unset = UNSET
    dashboard: dict[str, Any] | Unset = UNSET
    feature_enrollments: dict[str, Any] | Unset = UNSET
    onboarding: dict[str, Any] | Unset = UNSET
    setup_checklist: dict[str, Any] | Unset = UNSET
    tracking: dict[str, Any] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        address = self.address
        if address is not UNSET:
            field_dict["address"] = address
        contracts = self.contracts
        if contracts is not UNSET:
            field_dict["contracts"] = contracts
        currency = self.currency
        if currency is not UNSET:
            field_dict["currency"] = currency
        dates = self.dates
        if dates is not UNSET:
            field_dict["dates"] = dates
        defaults = self.defaults
        if defaults is not UNSET:
            field_dict["defaults"] = defaults
        deliveries = self.deliveries
        if deliveries is not UNSET:
            field_dict["deliveries"] = deliveries
        documents = self.documents
        if documents is not UNSET:
            field_dict["documents"] = documents
        emails = self.emails
        if emails is not UNSET:
            field_dict["emails"] = emails
        invoices = self.invoices
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        labels = self.labels
        if labels is not UNSET:
            field_dict["labels"] = labels
        orders = self.orders
        if orders is not UNSET:
            field_dict["orders"] = orders
        pricing = self.pricing
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        quotes = self.quotes
        if quotes is not UNSET:
            field_dict["quotes"] = quotes
        security = self.security
        if security is not UNSET:
            field_dict["security"] = security
        store = self.store
        if store is not UNSET:
            field_dict["store"] = store
        user = self.user
        if user is not UNSET:
            field_dict["user"] = user
        dashboard = self.dashboard
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard
        feature_enrollments = self.feature_enrollments
        if feature_enrollments is not UNSET:
            field_dict["feature_enrollments"] = feature_enrollments
        onboarding = self.onboarding
        if onboarding is not UNSET:
            field_dict["onboarding"] = onboarding
        setup_checklist = self.setup_checklist
        if setup_checklist is not UNSET:
            field_dict["setup_checklist"] = setup_checklist
        tracking = self.tracking
        if tracking is not UNSET:
            field_dict["tracking"] = tracking
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
                raise FieldError("object (SettingAttributes)", d)
            d = dict(d)
        n__absent = 0
        address = d.get("address", UNSET)
        if not (type(address) is dict):
            if address is UNSET:
                n__absent += 1
            elif not isinstance(address, dict):
                raise FieldError("object", address, "address")

        contracts = d.get("contracts", UNSET)
        if not (type(contracts) is dict):
            if contracts is UNSET:
                n__absent += 1
            elif not isinstance(contracts, dict):
                raise FieldError("object", contracts, "contracts")

        currency = d.get("currency", UNSET)
        if not (type(currency) is dict):
            if currency is UNSET:
                n__absent += 1
            elif not isinstance(currency, dict):
                raise FieldError("object", currency, "currency")

        dates = d.get("dates", UNSET)
        if not (type(dates) is dict):
            if dates is UNSET:
                n__absent += 1
            elif not isinstance(dates, dict):
                raise FieldError("object", dates, "dates")

        defaults = d.get("defaults", UNSET)
        if not (type(defaults) is dict):
            if defaults is UNSET:
                n__absent += 1
            elif not isinstance(defaults, dict):
                raise FieldError("object", defaults, "defaults")

        deliveries = d.get("deliveries", UNSET)
        if not (type(deliveries) is dict):
            if deliveries is UNSET:
                n__absent += 1
            elif not isinstance(deliveries, dict):
                raise FieldError("object", deliveries, "deliveries")

        documents = d.get("documents", UNSET)
        if not (type(documents) is dict):
            if documents is UNSET:
                n__absent += 1
            elif not isinstance(documents, dict):
                raise FieldError("object", documents, "documents")

        emails = d.get("emails", UNSET)
        if not (type(emails) is dict):
            if emails is UNSET:
                n__absent += 1
            elif not isinstance(emails, dict):
                raise FieldError("object", emails, "emails")

        invoices = d.get("invoices", UNSET)
        if not (type(invoices) is dict):
            if invoices is UNSET:
                n__absent += 1
            elif not isinstance(invoices, dict):
                raise FieldError("object", invoices, "invoices")

        labels = d.get("labels", UNSET)
        if not (type(labels) is dict):
            if labels is UNSET:
                n__absent += 1
            elif not isinstance(labels, dict):
                raise FieldError("object", labels, "labels")

        orders = d.get("orders", UNSET)
        if not (type(orders) is dict):
            if orders is UNSET:
                n__absent += 1
            elif not isinstance(orders, dict):
                raise FieldError("object", orders, "orders")

        pricing = d.get("pricing", UNSET)
        if not (type(pricing) is dict):
            if pricing is UNSET:
                n__absent += 1
            elif not isinstance(pricing, dict):
                raise FieldError("object", pricing, "pricing")

        quotes = d.get("quotes", UNSET)
        if not (type(quotes) is dict):
            if quotes is UNSET:
                n__absent += 1
            elif not isinstance(quotes, dict):
                raise FieldError("object", quotes, "quotes")

        security = d.get("security", UNSET)
        if not (type(security) is dict):
            if security is UNSET:
                n__absent += 1
            elif not isinstance(security, dict):
                raise FieldError("object", security, "security")

        store = d.get("store", UNSET)
        if not (type(store) is dict):
            if store is UNSET:
                n__absent += 1
            elif not isinstance(store, dict):
                raise FieldError("object", store, "store")

        user = d.get("user", UNSET)
        if not (type(user) is dict):
            if user is UNSET:
                n__absent += 1
            elif not isinstance(user, dict):
                raise FieldError("object", user, "user")

        dashboard = d.get("dashboard", UNSET)
        if not (type(dashboard) is dict):
            if dashboard is UNSET:
                n__absent += 1
            elif not isinstance(dashboard, dict):
                raise FieldError("object", dashboard, "dashboard")

        feature_enrollments = d.get("feature_enrollments", UNSET)
        if not (type(feature_enrollments) is dict):
            if feature_enrollments is UNSET:
                n__absent += 1
            elif not isinstance(feature_enrollments, dict):
                raise FieldError("object", feature_enrollments, "feature_enrollments")

        onboarding = d.get("onboarding", UNSET)
        if not (type(onboarding) is dict):
            if onboarding is UNSET:
                n__absent += 1
            elif not isinstance(onboarding, dict):
                raise FieldError("object", onboarding, "onboarding")

        setup_checklist = d.get("setup_checklist", UNSET)
        if not (type(setup_checklist) is dict):
            if setup_checklist is UNSET:
                n__absent += 1
            elif not isinstance(setup_checklist, dict):
                raise FieldError("object", setup_checklist, "setup_checklist")

        tracking = d.get("tracking", UNSET)
        if not (type(tracking) is dict):
            if tracking is UNSET:
                n__absent += 1
            elif not isinstance(tracking, dict):
                raise FieldError("object", tracking, "tracking")

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
            setting_attributes = _new__object(cls)
            setting_attributes.address = address
            setting_attributes.contracts = contracts
            setting_attributes.currency = currency
            setting_attributes.dates = dates
            setting_attributes.defaults = defaults
            setting_attributes.deliveries = deliveries
            setting_attributes.documents = documents
            setting_attributes.emails = emails
            setting_attributes.invoices = invoices
            setting_attributes.labels = labels
            setting_attributes.orders = orders
            setting_attributes.pricing = pricing
            setting_attributes.quotes = quotes
            setting_attributes.security = security
            setting_attributes.store = store
            setting_attributes.user = user
            setting_attributes.dashboard = dashboard
            setting_attributes.feature_enrollments = feature_enrollments
            setting_attributes.onboarding = onboarding
            setting_attributes.setup_checklist = setup_checklist
            setting_attributes.tracking = tracking
            setting_attributes.updated_at = updated_at
            setting_attributes.additional_properties = {}
        else:
            setting_attributes = cls(
                address,
                contracts,
                currency,
                dates,
                defaults,
                deliveries,
                documents,
                emails,
                invoices,
                labels,
                orders,
                pricing,
                quotes,
                security,
                store,
                user,
                dashboard,
                feature_enrollments,
                onboarding,
                setup_checklist,
                tracking,
                updated_at,
            )
        if len(d) + n__absent != 22:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "address",
                    "contracts",
                    "currency",
                    "dates",
                    "defaults",
                    "deliveries",
                    "documents",
                    "emails",
                    "invoices",
                    "labels",
                    "orders",
                    "pricing",
                    "quotes",
                    "security",
                    "store",
                    "user",
                    "dashboard",
                    "feature_enrollments",
                    "onboarding",
                    "setup_checklist",
                    "tracking",
                    "updated_at",
                }
            }
            setting_attributes.additional_properties = extra__props
        return setting_attributes

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


_plain__class: type[SettingAttributes] | None = (
    SettingAttributes
    if {field.name for field in _attrs_fields(SettingAttributes)}
    == {
        "address",
        "contracts",
        "currency",
        "dates",
        "defaults",
        "deliveries",
        "documents",
        "emails",
        "invoices",
        "labels",
        "orders",
        "pricing",
        "quotes",
        "security",
        "store",
        "user",
        "dashboard",
        "feature_enrollments",
        "onboarding",
        "setup_checklist",
        "tracking",
        "updated_at",
        "additional_properties",
    }
    and not hasattr(SettingAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
