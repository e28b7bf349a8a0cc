from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relationship import Relationship

_refs__resolved = False
_from_dict__Relationship: Callable[[Mapping[str, Any]], Relationship]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Relationship  # noqa: PLW0603
    global _from_dict__Relationship  # noqa: PLW0603
    from ..models.relationship import Relationship  # noqa: PLC0415

    _from_dict__Relationship = Relationship.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="SessionRelationships")


@_attrs_define
class SessionRelationships:
    """Relationships of a session: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            app_payment_options (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            app_subscriptions (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            company (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            default_properties (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            employee (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            locations (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            operating_rules (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            payment_profiles (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            settings (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    app_payment_options: Relationship | Unset = UNSET
    app_subscriptions: Relationship | Unset = UNSET
    company: Relationship | Unset = UNSET
    default_properties: Relationship | Unset = UNSET
    employee: Relationship | Unset = UNSET
    locations: Relationship | Unset = UNSET
    operating_rules: Relationship | Unset = UNSET
    payment_profiles: Relationship | Unset = UNSET
    settings: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        app_payment_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_payment_options, Unset):
            app_payment_options = self.app_payment_options.to_dict()
        if app_payment_options is not UNSET:
            field_dict["app_payment_options"] = app_payment_options
        app_subscriptions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_subscriptions, Unset):
            app_subscriptions = self.app_subscriptions.to_dict()
        if app_subscriptions is not UNSET:
            field_dict["app_subscriptions"] = app_subscriptions
        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()
        if company is not UNSET:
            field_dict["company"] = company
        default_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_properties, Unset):
            default_properties = self.default_properties.to_dict()
        if default_properties is not UNSET:
            field_dict["default_properties"] = default_properties
        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()
        if employee is not UNSET:
            field_dict["employee"] = employee
        locations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = self.locations.to_dict()
        if locations is not UNSET:
            field_dict["locations"] = locations
        operating_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operating_rules, Unset):
            operating_rules = self.operating_rules.to_dict()
        if operating_rules is not UNSET:
            field_dict["operating_rules"] = operating_rules
        payment_profiles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_profiles, Unset):
            payment_profiles = self.payment_profiles.to_dict()
        if payment_profiles is not UNSET:
            field_dict["payment_profiles"] = payment_profiles
        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (SessionRelationships)", d)
            d = dict(d)
        n__absent = 0
        _app_payment_options = d.get("app_payment_options", UNSET)
        app_payment_options: Relationship | Unset = UNSET
        if _app_payment_options is not UNSET:
            try:
                app_payment_options = _from_dict__Relationship(_app_payment_options)
            except FieldError as field__error:
                field__error.segments.append("app_payment_options")
                raise

        if app_payment_options is UNSET:
            n__absent += 1

        _app_subscriptions = d.get("app_subscriptions", UNSET)
        app_subscriptions: Relationship | Unset = UNSET
        if _app_subscriptions is not UNSET:
            try:
                app_subscriptions = _from_dict__Relationship(_app_subscriptions)
            except FieldError as field__error:
                field__error.segments.append("app_subscriptions")
                raise

        if app_subscriptions is UNSET:
            n__absent += 1

        _company = d.get("company", UNSET)
        company: Relationship | Unset = UNSET
        if _company is not UNSET:
            try:
                company = _from_dict__Relationship(_company)
            except FieldError as field__error:
                field__error.segments.append("company")
                raise

        if company is UNSET:
            n__absent += 1

        _default_properties = d.get("default_properties", UNSET)
        default_properties: Relationship | Unset = UNSET
        if _default_properties is not UNSET:
            try:
                default_properties = _from_dict__Relationship(_default_properties)
            except FieldError as field__error:
                field__error.segments.append("default_properties")
                raise

        if default_properties is UNSET:
            n__absent += 1

        _employee = d.get("employee", UNSET)
        employee: Relationship | Unset = UNSET
        if _employee is not UNSET:
            try:
                employee = _from_dict__Relationship(_employee)
            except FieldError as field__error:
                field__error.segments.append("employee")
                raise

        if employee is UNSET:
            n__absent += 1

        _locations = d.get("locations", UNSET)
        locations: Relationship | Unset = UNSET
        if _locations is not UNSET:
            try:
                locations = _from_dict__Relationship(_locations)
            except FieldError as field__error:
                field__error.segments.append("locations")
                raise

        if locations is UNSET:
            n__absent += 1

        _operating_rules = d.get("operating_rules", UNSET)
        operating_rules: Relationship | Unset = UNSET
        if _operating_rules is not UNSET:
            try:
                operating_rules = _from_dict__Relationship(_operating_rules)
            except FieldError as field__error:
                field__error.segments.append("operating_rules")
                raise

        if operating_rules is UNSET:
            n__absent += 1

        _payment_profiles = d.get("payment_profiles", UNSET)
        payment_profiles: Relationship | Unset = UNSET
        if _payment_profiles is not UNSET:
            try:
                payment_profiles = _from_dict__Relationship(_payment_profiles)
            except FieldError as field__error:
                field__error.segments.append("payment_profiles")
                raise

        if payment_profiles is UNSET:
            n__absent += 1

        _settings = d.get("settings", UNSET)
        settings: Relationship | Unset = UNSET
        if _settings is not UNSET:
            try:
                settings = _from_dict__Relationship(_settings)
            except FieldError as field__error:
                field__error.segments.append("settings")
                raise

        if settings is UNSET:
            n__absent += 1

        if cls is _plain__class:
            session_relationships = _new__object(cls)
            session_relationships.app_payment_options = app_payment_options
            session_relationships.app_subscriptions = app_subscriptions
            session_relationships.company = company
            session_relationships.default_properties = default_properties
            session_relationships.employee = employee
            session_relationships.locations = locations
            session_relationships.operating_rules = operating_rules
            session_relationships.payment_profiles = payment_profiles
            session_relationships.settings = settings
            session_relationships.additional_properties = {}
        else:
            session_relationships = cls(
                app_payment_options,
                app_subscriptions,
                company,
                default_properties,
                employee,
                locations,
                operating_rules,
                payment_profiles,
                settings,
            )
        if len(d) + n__absent != 9:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "app_payment_options",
                    "app_subscriptions",
                    "company",
                    "default_properties",
                    "employee",
                    "locations",
                    "operating_rules",
                    "payment_profiles",
                    "settings",
                }
            }
            session_relationships.additional_properties = extra__props
        return session_relationships

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


_plain__class: type[SessionRelationships] | None = (
    SessionRelationships
    if {field.name for field in _attrs_fields(SessionRelationships)}
    == {
        "app_payment_options",
        "app_subscriptions",
        "company",
        "default_properties",
        "employee",
        "locations",
        "operating_rules",
        "payment_profiles",
        "settings",
        "additional_properties",
    }
    and not hasattr(SessionRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
