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


T = TypeVar("T", bound="AppCarrierRelationships")


@_attrs_define
class AppCarrierRelationships:
    """Relationships of an app carrier: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            app_subscription (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            tax_category (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    app_subscription: Relationship | Unset = UNSET
    tax_category: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        app_subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_subscription, Unset):
            app_subscription = self.app_subscription.to_dict()
        if app_subscription is not UNSET:
            field_dict["app_subscription"] = app_subscription
        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()
        if tax_category is not UNSET:
            field_dict["tax_category"] = tax_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (AppCarrierRelationships)", d)
            d = dict(d)
        n__absent = 0
        _app_subscription = d.get("app_subscription", UNSET)
        app_subscription: Relationship | Unset = UNSET
        if _app_subscription is not UNSET:
            try:
                app_subscription = _from_dict__Relationship(_app_subscription)
            except FieldError as field__error:
                field__error.segments.append("app_subscription")
                raise

        if app_subscription is UNSET:
            n__absent += 1

        _tax_category = d.get("tax_category", UNSET)
        tax_category: Relationship | Unset = UNSET
        if _tax_category is not UNSET:
            try:
                tax_category = _from_dict__Relationship(_tax_category)
            except FieldError as field__error:
                field__error.segments.append("tax_category")
                raise

        if tax_category is UNSET:
            n__absent += 1

        if cls is _plain__class:
            app_carrier_relationships = _new__object(cls)
            app_carrier_relationships.app_subscription = app_subscription
            app_carrier_relationships.tax_category = tax_category
            app_carrier_relationships.additional_properties = {}
        else:
            app_carrier_relationships = cls(
                app_subscription,
                tax_category,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"app_subscription", "tax_category"}
            }
            app_carrier_relationships.additional_properties = extra__props
        return app_carrier_relationships

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


_plain__class: type[AppCarrierRelationships] | None = (
    AppCarrierRelationships
    if {field.name for field in _attrs_fields(AppCarrierRelationships)}
    == {"app_subscription", "tax_category", "additional_properties"}
    and not hasattr(AppCarrierRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
