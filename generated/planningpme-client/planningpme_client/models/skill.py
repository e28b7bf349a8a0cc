from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skill_domain import SkillDomain

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, SkillDomain  # noqa: PLW0603
    from ..models.skill_domain import SkillDomain  # noqa: PLC0415

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
        key = self.key

        name = self.name

        label = self.label

        level = self.level

        domain: dict[str, Any] | Unset = UNSET
        if not isinstance(self.domain, Unset):
            domain = self.domain.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if level is not UNSET:
            field_dict["level"] = level
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Skill)", src_dict)
        d = dict(src_dict)
        key = d.pop("key", UNSET)
        if not (isinstance(key, int) and key is not True and key is not False):
            raise FieldError("integer", key, "key")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        label = d.pop("label", UNSET)
        if not isinstance(label, str) and label is not UNSET:
            raise FieldError("string", label, "label")

        level = d.pop("level", UNSET)
        if not (isinstance(level, int) and level is not True and level is not False) and level is not UNSET:
            raise FieldError("integer", level, "level")

        _domain = d.pop("domain", UNSET)
        domain: SkillDomain | Unset = UNSET
        if _domain is not UNSET:
            try:
                domain = SkillDomain.from_dict(_domain)
            except FieldError as field__error:
                field__error.segments.append("domain")
                raise

        skill = cls(
            key=key,
            name=name,
            label=label,
            level=level,
            domain=domain,
        )

        skill.additional_properties = d
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
