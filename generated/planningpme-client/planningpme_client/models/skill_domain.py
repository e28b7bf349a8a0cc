from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillDomain")


@_attrs_define
class SkillDomain:
    """The domain a skill belongs to.

    Attributes:
        key (int):
        label (str | Unset):
    """

    key: int
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["key"] = self.key
        label = self.label
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (SkillDomain)", d)
            d = dict(d)
        n__absent = 0
        key = d.get("key", UNSET)
        if not (type(key) is int) and not (isinstance(key, int) and key is not True and key is not False):
            raise FieldError("integer", key, "key")

        label = d.get("label", UNSET)
        if not (type(label) is str):
            if label is UNSET:
                n__absent += 1
            elif not isinstance(label, str):
                raise FieldError("string", label, "label")

        if cls is _plain__class:
            skill_domain = _new__object(cls)
            skill_domain.key = key
            skill_domain.label = label
            skill_domain.additional_properties = {}
        else:
            skill_domain = cls(
                key,
                label,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"key", "label"}
            }
            skill_domain.additional_properties = extra__props
        return skill_domain

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


_plain__class: type[SkillDomain] | None = (
    SkillDomain
    if {field.name for field in _attrs_fields(SkillDomain)} == {"key", "label", "additional_properties"}
    and not hasattr(SkillDomain, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
