from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_enums import ConfigEnums


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
        from ..models.config_enums import ConfigEnums  # noqa: PLC0415

        d = dict(src_dict)
        _enums = d.pop("enums", UNSET)
        enums: ConfigEnums | Unset
        if isinstance(_enums, Unset):
            enums = UNSET
        else:
            enums = ConfigEnums.from_dict(_enums)

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
