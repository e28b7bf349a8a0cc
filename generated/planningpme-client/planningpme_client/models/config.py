from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_enums import ConfigEnums

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, ConfigEnums  # noqa: PLW0603
    from ..models.config_enums import ConfigEnums  # noqa: PLC0415

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
        enums: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enums, Unset):
            enums = self.enums.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enums is not UNSET:
            field_dict["enums"] = enums

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Config)", src_dict)
        d = dict(src_dict)
        _enums = d.pop("enums", UNSET)
        enums: ConfigEnums | Unset = UNSET
        if _enums is not UNSET:
            try:
                enums = ConfigEnums.from_dict(_enums)
            except FieldError as field__error:
                field__error.segments.append("enums")
                raise

        config = cls(
            enums=enums,
        )

        config.additional_properties = d
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
