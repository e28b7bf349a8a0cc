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
    from ..models.skill_domain import SkillDomain

_refs__resolved = False
_from_dict__SkillDomain: Callable[[Mapping[str, Any]], SkillDomain]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, SkillDomain  # noqa: PLW0603
    global _from_dict__SkillDomain  # noqa: PLW0603
    from ..models.skill_domain import SkillDomain  # noqa: PLC0415

    _from_dict__SkillDomain = SkillDomain.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Skill")


@_attrs_define
class Skill:
    """A skill with the level required.

    Attributes:
        key (int):
        name (str | Unset): Name of the skill alone.
        label (str | Unset): Full name, domain included (`Domain > Skill`).
        level (int | Unset): Level of the skill that is required.
        domain (SkillDomain | Unset): The domain a skill belongs to.
    """

    key: int
    name: str | Unset = UNSET
    label: str | Unset = UNSET
    level: int | Unset = UNSET
    domain: SkillDomain | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["key"] = self.key
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        label = self.label
        if label is not UNSET:
            field_dict["label"] = label
        level = self.level
        if level is not UNSET:
            field_dict["level"] = level
        domain: dict[str, Any] | Unset = UNSET
        if not isinstance(self.domain, Unset):
            domain = self.domain.to_dict()
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Skill)", d)
            d = dict(d)
        n__absent = 0
        key = d.get("key", UNSET)
        if not (type(key) is int) and not (isinstance(key, int) and key is not True and key is not False):
            raise FieldError("integer", key, "key")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        label = d.get("label", UNSET)
        if not (type(label) is str):
            if label is UNSET:
                n__absent += 1
            elif not isinstance(label, str):
                raise FieldError("string", label, "label")

        level = d.get("level", UNSET)
        if not (type(level) is int):
            if level is UNSET:
                n__absent += 1
            elif not (isinstance(level, int) and level is not True and level is not False):
                raise FieldError("integer", level, "level")

        _domain = d.get("domain", UNSET)
        domain: SkillDomain | Unset = UNSET
        if _domain is not UNSET:
            try:
                domain = _from_dict__SkillDomain(_domain)
            except FieldError as field__error:
                field__error.segments.append("domain")
                raise

        if domain is UNSET:
            n__absent += 1

        if cls is _plain__class:
            skill = _new__object(cls)
            skill.key = key
            skill.name = name
            skill.label = label
            skill.level = level
            skill.domain = domain
            skill.additional_properties = {}
        else:
            skill = cls(
                key,
                name,
                label,
                level,
                domain,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"key", "name", "label", "level", "domain"}
            }
            skill.additional_properties = extra__props
        return skill

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


_plain__class: type[Skill] | None = (
    Skill
    if {field.name for field in _attrs_fields(Skill)}
    == {"key", "name", "label", "level", "domain", "additional_properties"}
    and not hasattr(Skill, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
