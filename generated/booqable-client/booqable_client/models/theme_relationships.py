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


T = TypeVar("T", bound="ThemeRelationships")


@_attrs_define
class ThemeRelationships:
    """Relationships of a theme: links to related records and, when they are sideloaded with `include`, their identifiers.

    Attributes:
        assets (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        original_theme (Relationship | Unset): One relationship of a record. `data` is only present when the
            relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
        theme (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    assets: Relationship | Unset = UNSET
    original_theme: Relationship | Unset = UNSET
    theme: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = self.assets.to_dict()
        if assets is not UNSET:
            field_dict["assets"] = assets
        original_theme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_theme, Unset):
            original_theme = self.original_theme.to_dict()
        if original_theme is not UNSET:
            field_dict["original_theme"] = original_theme
        theme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme.to_dict()
        if theme is not UNSET:
            field_dict["theme"] = theme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ThemeRelationships)", d)
            d = dict(d)
        n__absent = 0
        _assets = d.get("assets", UNSET)
        assets: Relationship | Unset = UNSET
        if _assets is not UNSET:
            try:
                assets = _from_dict__Relationship(_assets)
            except FieldError as field__error:
                field__error.segments.append("assets")
                raise

        if assets is UNSET:
            n__absent += 1

        _original_theme = d.get("original_theme", UNSET)
        original_theme: Relationship | Unset = UNSET
        if _original_theme is not UNSET:
            try:
                original_theme = _from_dict__Relationship(_original_theme)
            except FieldError as field__error:
                field__error.segments.append("original_theme")
                raise

        if original_theme is UNSET:
            n__absent += 1

        _theme = d.get("theme", UNSET)
        theme: Relationship | Unset = UNSET
        if _theme is not UNSET:
            try:
                theme = _from_dict__Relationship(_theme)
            except FieldError as field__error:
                field__error.segments.append("theme")
                raise

        if theme is UNSET:
            n__absent += 1

        if cls is _plain__class:
            theme_relationships = _new__object(cls)
            theme_relationships.assets = assets
            theme_relationships.original_theme = original_theme
            theme_relationships.theme = theme
            theme_relationships.additional_properties = {}
        else:
            theme_relationships = cls(
                assets,
                original_theme,
                theme,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"assets", "original_theme", "theme"}
            }
            theme_relationships.additional_properties = extra__props
        return theme_relationships

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


_plain__class: type[ThemeRelationships] | None = (
    ThemeRelationships
    if {field.name for field in _attrs_fields(ThemeRelationships)}
    == {"assets", "original_theme", "theme", "additional_properties"}
    and not hasattr(ThemeRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
