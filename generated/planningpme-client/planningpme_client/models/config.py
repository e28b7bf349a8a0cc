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
    from ..models.config_enums import ConfigEnums

_refs__resolved = False
_from_dict__ConfigEnums: Callable[[Mapping[str, Any]], ConfigEnums]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, ConfigEnums  # noqa: PLW0603
    global _from_dict__ConfigEnums  # noqa: PLW0603
    from ..models.config_enums import ConfigEnums  # noqa: PLC0415

    _from_dict__ConfigEnums = ConfigEnums.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Config")


@_attrs_define
class Config:
    """Configuration of the API. Only `enums` is documented; the other members are kept as additional properties.

    Attributes:
        enums (ConfigEnums | Unset): Every enumeration of the API version, by name; each maps its member names to their
            values (identical strings). Enumerations added by later versions are kept as additional properties.
    """

    enums: ConfigEnums | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        enums: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enums, Unset):
            enums = self.enums.to_dict()
        if enums is not UNSET:
            field_dict["enums"] = enums

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Config)", d)
            d = dict(d)
        n__absent = 0
        _enums = d.get("enums", UNSET)
        enums: ConfigEnums | Unset = UNSET
        if _enums is not UNSET:
            try:
                enums = _from_dict__ConfigEnums(_enums)
            except FieldError as field__error:
                field__error.segments.append("enums")
                raise

        if enums is UNSET:
            n__absent += 1

        if cls is _plain__class:
            config = _new__object(cls)
            config.enums = enums
            config.additional_properties = {}
        else:
            config = cls(
                enums,
            )
        if len(d) + n__absent != 1:
            extra__props = {prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"enums"}}
            config.additional_properties = extra__props
        return config

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


_plain__class: type[Config] | None = (
    Config
    if {field.name for field in _attrs_fields(Config)} == {"enums", "additional_properties"}
    and not hasattr(Config, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
