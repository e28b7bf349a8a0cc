from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="SettingAttributes")


@_attrs_define
class SettingAttributes:
    """Attributes of a setting as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

        Attributes:
            address (JsonObject | Unset): A free-form JSON object.
            contracts (JsonObject | Unset): A free-form JSON object.
            currency (JsonObject | Unset): A free-form JSON object.
            dashboard (JsonObject | Unset): A free-form JSON object.
            dates (JsonObject | Unset): A free-form JSON object.
            defaults (JsonObject | Unset): A free-form JSON object.
            deliveries (JsonObject | Unset): A free-form JSON object.
            documents (JsonObject | Unset): A free-form JSON object.
            emails (JsonObject | Unset): A free-form JSON object.
            feature_enrollments (JsonObject | Unset): A free-form JSON object.
            invoices (JsonObject | Unset): A free-form JSON object.
            labels (JsonObject | Unset): A free-form JSON object.
            onboarding (JsonObject | Unset): A free-form JSON object.
            orders (JsonObject | Unset): A free-form JSON object.
            pricing (JsonObject | Unset): A free-form JSON object.
            quotes (JsonObject | Unset): A free-form JSON object.
            security (JsonObject | Unset): A free-form JSON object.
            setup_checklist (JsonObject | Unset): A free-form JSON object.
            store (JsonObject | Unset): A free-form JSON object.
            tracking (JsonObject | Unset): A free-form JSON object.
            updated_at (datetime.datetime | Unset): Returned in the examples but missing from the field list; its type is
                inferred. When the record last changed.
            user (JsonObject | Unset): A free-form JSON object.
    """

    address: JsonObject | Unset = UNSET
    contracts: JsonObject | Unset = UNSET
    currency: JsonObject | Unset = UNSET
    dashboard: JsonObject | Unset = UNSET
    dates: JsonObject | Unset = UNSET
    defaults: JsonObject | Unset = UNSET
    deliveries: JsonObject | Unset = UNSET
    documents: JsonObject | Unset = UNSET
    emails: JsonObject | Unset = UNSET
    feature_enrollments: JsonObject | Unset = UNSET
    invoices: JsonObject | Unset = UNSET
    labels: JsonObject | Unset = UNSET
    onboarding: JsonObject | Unset = UNSET
    orders: JsonObject | Unset = UNSET
    pricing: JsonObject | Unset = UNSET
    quotes: JsonObject | Unset = UNSET
    security: JsonObject | Unset = UNSET
    setup_checklist: JsonObject | Unset = UNSET
    store: JsonObject | Unset = UNSET
    tracking: JsonObject | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        if address is not UNSET:
            field_dict["address"] = address
        contracts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contracts, Unset):
            contracts = self.contracts.to_dict()
        if contracts is not UNSET:
            field_dict["contracts"] = contracts
        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()
        if currency is not UNSET:
            field_dict["currency"] = currency
        dashboard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dashboard, Unset):
            dashboard = self.dashboard.to_dict()
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard
        dates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = self.dates.to_dict()
        if dates is not UNSET:
            field_dict["dates"] = dates
        defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults, Unset):
            defaults = self.defaults.to_dict()
        if defaults is not UNSET:
            field_dict["defaults"] = defaults
        deliveries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deliveries, Unset):
            deliveries = self.deliveries.to_dict()
        if deliveries is not UNSET:
            field_dict["deliveries"] = deliveries
        documents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = self.documents.to_dict()
        if documents is not UNSET:
            field_dict["documents"] = documents
        emails: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails.to_dict()
        if emails is not UNSET:
            field_dict["emails"] = emails
        feature_enrollments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature_enrollments, Unset):
            feature_enrollments = self.feature_enrollments.to_dict()
        if feature_enrollments is not UNSET:
            field_dict["feature_enrollments"] = feature_enrollments
        invoices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = self.invoices.to_dict()
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()
        if labels is not UNSET:
            field_dict["labels"] = labels
        onboarding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.onboarding, Unset):
            onboarding = self.onboarding.to_dict()
        if onboarding is not UNSET:
            field_dict["onboarding"] = onboarding
        orders: dict[str, Any] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = self.orders.to_dict()
        if orders is not UNSET:
            field_dict["orders"] = orders
        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = self.pricing.to_dict()
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        quotes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quotes, Unset):
            quotes = self.quotes.to_dict()
        if quotes is not UNSET:
            field_dict["quotes"] = quotes
        security: dict[str, Any] | Unset = UNSET
        if not isinstance(self.security, Unset):
            security = self.security.to_dict()
        if security is not UNSET:
            field_dict["security"] = security
        setup_checklist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.setup_checklist, Unset):
            setup_checklist = self.setup_checklist.to_dict()
        if setup_checklist is not UNSET:
            field_dict["setup_checklist"] = setup_checklist
        store: dict[str, Any] | Unset = UNSET
        if not isinstance(self.store, Unset):
            store = self.store.to_dict()
        if store is not UNSET:
            field_dict["store"] = store
        tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracking, Unset):
            tracking = self.tracking.to_dict()
        if tracking is not UNSET:
            field_dict["tracking"] = tracking
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (SettingAttributes)", d)
            d = dict(d)
        n__absent = 0
        _address = d.get("address", UNSET)
        address: JsonObject | Unset = UNSET
        if _address is not UNSET:
            try:
                address = JsonObject.from_dict(_address)
            except FieldError as field__error:
                field__error.segments.append("address")
                raise

        if address is UNSET:
            n__absent += 1

        _contracts = d.get("contracts", UNSET)
        contracts: JsonObject | Unset = UNSET
        if _contracts is not UNSET:
            try:
                contracts = JsonObject.from_dict(_contracts)
            except FieldError as field__error:
                field__error.segments.append("contracts")
                raise

        if contracts is UNSET:
            n__absent += 1

        _currency = d.get("currency", UNSET)
        currency: JsonObject | Unset = UNSET
        if _currency is not UNSET:
            try:
                currency = JsonObject.from_dict(_currency)
            except FieldError as field__error:
                field__error.segments.append("currency")
                raise

        if currency is UNSET:
            n__absent += 1

        _dashboard = d.get("dashboard", UNSET)
        dashboard: JsonObject | Unset = UNSET
        if _dashboard is not UNSET:
            try:
                dashboard = JsonObject.from_dict(_dashboard)
            except FieldError as field__error:
                field__error.segments.append("dashboard")
                raise

        if dashboard is UNSET:
            n__absent += 1

        _dates = d.get("dates", UNSET)
        dates: JsonObject | Unset = UNSET
        if _dates is not UNSET:
            try:
                dates = JsonObject.from_dict(_dates)
            except FieldError as field__error:
                field__error.segments.append("dates")
                raise

        if dates is UNSET:
            n__absent += 1

        _defaults = d.get("defaults", UNSET)
        defaults: JsonObject | Unset = UNSET
        if _defaults is not UNSET:
            try:
                defaults = JsonObject.from_dict(_defaults)
            except FieldError as field__error:
                field__error.segments.append("defaults")
                raise

        if defaults is UNSET:
            n__absent += 1

        _deliveries = d.get("deliveries", UNSET)
        deliveries: JsonObject | Unset = UNSET
        if _deliveries is not UNSET:
            try:
                deliveries = JsonObject.from_dict(_deliveries)
            except FieldError as field__error:
                field__error.segments.append("deliveries")
                raise

        if deliveries is UNSET:
            n__absent += 1

        _documents = d.get("documents", UNSET)
        documents: JsonObject | Unset = UNSET
        if _documents is not UNSET:
            try:
                documents = JsonObject.from_dict(_documents)
            except FieldError as field__error:
                field__error.segments.append("documents")
                raise

        if documents is UNSET:
            n__absent += 1

        _emails = d.get("emails", UNSET)
        emails: JsonObject | Unset = UNSET
        if _emails is not UNSET:
            try:
                emails = JsonObject.from_dict(_emails)
            except FieldError as field__error:
                field__error.segments.append("emails")
                raise

        if emails is UNSET:
            n__absent += 1

        _feature_enrollments = d.get("feature_enrollments", UNSET)
        feature_enrollments: JsonObject | Unset = UNSET
        if _feature_enrollments is not UNSET:
            try:
                feature_enrollments = JsonObject.from_dict(_feature_enrollments)
            except FieldError as field__error:
                field__error.segments.append("feature_enrollments")
                raise

        if feature_enrollments is UNSET:
            n__absent += 1

        _invoices = d.get("invoices", UNSET)
        invoices: JsonObject | Unset = UNSET
        if _invoices is not UNSET:
            try:
                invoices = JsonObject.from_dict(_invoices)
            except FieldError as field__error:
                field__error.segments.append("invoices")
                raise

        if invoices is UNSET:
            n__absent += 1

        _labels = d.get("labels", UNSET)
        labels: JsonObject | Unset = UNSET
        if _labels is not UNSET:
            try:
                labels = JsonObject.from_dict(_labels)
            except FieldError as field__error:
                field__error.segments.append("labels")
                raise

        if labels is UNSET:
            n__absent += 1

        _onboarding = d.get("onboarding", UNSET)
        onboarding: JsonObject | Unset = UNSET
        if _onboarding is not UNSET:
            try:
                onboarding = JsonObject.from_dict(_onboarding)
            except FieldError as field__error:
                field__error.segments.append("onboarding")
                raise

        if onboarding is UNSET:
            n__absent += 1

        _orders = d.get("orders", UNSET)
        orders: JsonObject | Unset = UNSET
        if _orders is not UNSET:
            try:
                orders = JsonObject.from_dict(_orders)
            except FieldError as field__error:
                field__error.segments.append("orders")
                raise

        if orders is UNSET:
            n__absent += 1

        _pricing = d.get("pricing", UNSET)
        pricing: JsonObject | Unset = UNSET
        if _pricing is not UNSET:
            try:
                pricing = JsonObject.from_dict(_pricing)
            except FieldError as field__error:
                field__error.segments.append("pricing")
                raise

        if pricing is UNSET:
            n__absent += 1

        _quotes = d.get("quotes", UNSET)
        quotes: JsonObject | Unset = UNSET
        if _quotes is not UNSET:
            try:
                quotes = JsonObject.from_dict(_quotes)
            except FieldError as field__error:
                field__error.segments.append("quotes")
                raise

        if quotes is UNSET:
            n__absent += 1

        _security = d.get("security", UNSET)
        security: JsonObject | Unset = UNSET
        if _security is not UNSET:
            try:
                security = JsonObject.from_dict(_security)
            except FieldError as field__error:
                field__error.segments.append("security")
                raise

        if security is UNSET:
            n__absent += 1

        _setup_checklist = d.get("setup_checklist", UNSET)
        setup_checklist: JsonObject | Unset = UNSET
        if _setup_checklist is not UNSET:
            try:
                setup_checklist = JsonObject.from_dict(_setup_checklist)
            except FieldError as field__error:
                field__error.segments.append("setup_checklist")
                raise

        if setup_checklist is UNSET:
            n__absent += 1

        _store = d.get("store", UNSET)
        store: JsonObject | Unset = UNSET
        if _store is not UNSET:
            try:
                store = JsonObject.from_dict(_store)
            except FieldError as field__error:
                field__error.segments.append("store")
                raise

        if store is UNSET:
            n__absent += 1

        _tracking = d.get("tracking", UNSET)
        tracking: JsonObject | Unset = UNSET
        if _tracking is not UNSET:
            try:
                tracking = JsonObject.from_dict(_tracking)
            except FieldError as field__error:
                field__error.segments.append("tracking")
                raise

        if tracking is UNSET:
            n__absent += 1

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        _user = d.get("user", UNSET)
        user: JsonObject | Unset = UNSET
        if _user is not UNSET:
            try:
                user = JsonObject.from_dict(_user)
            except FieldError as field__error:
                field__error.segments.append("user")
                raise

        if user is UNSET:
            n__absent += 1

        if cls is _plain__class:
            setting_attributes = cls.__new__(cls)
            setting_attributes.address = address
            setting_attributes.contracts = contracts
            setting_attributes.currency = currency
            setting_attributes.dashboard = dashboard
            setting_attributes.dates = dates
            setting_attributes.defaults = defaults
            setting_attributes.deliveries = deliveries
            setting_attributes.documents = documents
            setting_attributes.emails = emails
            setting_attributes.feature_enrollments = feature_enrollments
            setting_attributes.invoices = invoices
            setting_attributes.labels = labels
            setting_attributes.onboarding = onboarding
            setting_attributes.orders = orders
            setting_attributes.pricing = pricing
            setting_attributes.quotes = quotes
            setting_attributes.security = security
            setting_attributes.setup_checklist = setup_checklist
            setting_attributes.store = store
            setting_attributes.tracking = tracking
            setting_attributes.updated_at = updated_at
            setting_attributes.user = user
            setting_attributes.additional_properties = {}
        else:
            setting_attributes = cls(
                address,
                contracts,
                currency,
                dashboard,
                dates,
                defaults,
                deliveries,
                documents,
                emails,
                feature_enrollments,
                invoices,
                labels,
                onboarding,
                orders,
                pricing,
                quotes,
                security,
                setup_checklist,
                store,
                tracking,
                updated_at,
                user,
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
                    "dashboard",
                    "dates",
                    "defaults",
                    "deliveries",
                    "documents",
                    "emails",
                    "feature_enrollments",
                    "invoices",
                    "labels",
                    "onboarding",
                    "orders",
                    "pricing",
                    "quotes",
                    "security",
                    "setup_checklist",
                    "store",
                    "tracking",
                    "updated_at",
                    "user",
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


_plain__class: type[SettingAttributes] | None = (
    SettingAttributes
    if {field.name for field in _attrs_fields(SettingAttributes)}
    == {
        "address",
        "contracts",
        "currency",
        "dashboard",
        "dates",
        "defaults",
        "deliveries",
        "documents",
        "emails",
        "feature_enrollments",
        "invoices",
        "labels",
        "onboarding",
        "orders",
        "pricing",
        "quotes",
        "security",
        "setup_checklist",
        "store",
        "tracking",
        "updated_at",
        "user",
        "additional_properties",
    }
    and not hasattr(SettingAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
