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
    from ..models.skill import Skill
    from ..models.style import Style

_refs__resolved = False
_from_dict__Skill: Callable[[Mapping[str, Any]], Skill]
_from_dict__Style: Callable[[Mapping[str, Any]], Style]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Skill, Style  # noqa: PLW0603
    global _from_dict__Skill, _from_dict__Style  # noqa: PLW0603
    from ..models.skill import Skill  # noqa: PLC0415
    from ..models.style import Style  # noqa: PLC0415

    _from_dict__Skill = Skill.from_dict
    _from_dict__Style = Style.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task: a kind of work that gets planned. Lists carry the short form; `getTask` adds `skills`.

    Attributes:
        key (int): Identifier of the task.
        label (str | Unset):
        type_ (int | Unset): Numeric code of the task's type, as the API returns it.
        style (Style | Unset): How an item is drawn on the planning.
        skills (list[list[Skill]] | Unset): Skills a resource needs for the task, as a list of skill lists (the inner
            lists presumably being alternative sets of skills).
    """

    key: int
    label: str | Unset = UNSET
    type_: int | Unset = UNSET
    style: Style | Unset = UNSET
    skills: list[list[Skill]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["key"] = self.key
        label = self.label
        if label is not UNSET:
            field_dict["label"] = label
        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_
        style: dict[str, Any] | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.to_dict()
        if style is not UNSET:
            field_dict["style"] = style
        skills: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = []
                for skills_item_item_data in skills_item_data:
                    skills_item_item = skills_item_item_data.to_dict()
                    skills_item.append(skills_item_item)

                skills.append(skills_item)

        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Task)", d)
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

        type_ = d.get("type", UNSET)
        if not (type(type_) is int):
            if type_ is UNSET:
                n__absent += 1
            elif not (isinstance(type_, int) and type_ is not True and type_ is not False):
                raise FieldError("integer", type_, "type")

        _style = d.get("style", UNSET)
        style: Style | Unset = UNSET
        if _style is not UNSET:
            try:
                style = _from_dict__Style(_style)
            except FieldError as field__error:
                field__error.segments.append("style")
                raise

        if style is UNSET:
            n__absent += 1

        _skills = d.get("skills", UNSET)
        skills: list[list[Skill]] | Unset = UNSET
        if isinstance(_skills, list):
            skills = []
            try:
                for skills_item_data in _skills:
                    _skills_item = skills_item_data
                    if isinstance(_skills_item, list):
                        skills_item = []
                        try:
                            for skills_item_item_data in _skills_item:
                                skills_item_item = _from_dict__Skill(skills_item_item_data)

                                skills_item.append(skills_item_item)
                        except FieldError as field__error:
                            field__error.segments.append(len(skills_item))
                            raise
                    else:
                        raise FieldError("array", _skills_item)

                    skills.append(skills_item)
            except FieldError as field__error:
                field__error.segments.append(len(skills))
                field__error.segments.append("skills")
                raise
        elif _skills is not UNSET:
            raise FieldError("array", _skills, "skills")

        if skills is UNSET:
            n__absent += 1

        if cls is _plain__class:
            task = _new__object(cls)
            task.key = key
            task.label = label
            task.type_ = type_
            task.style = style
            task.skills = skills
            task.additional_properties = {}
        else:
            task = cls(
                key,
                label,
                type_,
                style,
                skills,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"key", "label", "type", "style", "skills"}
            }
            task.additional_properties = extra__props
        return task

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


_plain__class: type[Task] | None = (
    Task
    if {field.name for field in _attrs_fields(Task)}
    == {"key", "label", "type_", "style", "skills", "additional_properties"}
    and not hasattr(Task, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
