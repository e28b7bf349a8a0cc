from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.home_base_reference import HomeBaseReference
    from ..models.location_address import LocationAddress

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, HomeBaseReference, LocationAddress  # noqa: PLW0603
    from ..models.home_base_reference import HomeBaseReference  # noqa: PLC0415
    from ..models.location_address import LocationAddress  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="ShiftStartLocation")


@_attrs_define
class ShiftStartLocation:
    """Where this shift starts instead of the employee's own start location. Give either `home_base` or `address`.

    Attributes:
        home_base (HomeBaseReference | Unset): Points at a home base by its business id.
        address (LocationAddress | Unset): An ad-hoc, named location. Resources are matched on the name, so use the same
            name for the same place.
    """

    home_base: HomeBaseReference | Unset = UNSET
    address: LocationAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        home_base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.home_base, Unset):
            home_base = self.home_base.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if home_base is not UNSET:
            field_dict["home_base"] = home_base
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ShiftStartLocation)", src_dict)
        d = dict(src_dict)
        _home_base = d.pop("home_base", UNSET)
        home_base: HomeBaseReference | Unset = UNSET
        if _home_base is not UNSET:
            try:
                home_base = HomeBaseReference.from_dict(_home_base)
            except FieldError as field__error:
                field__error.segments.append("home_base")
                raise

        _address = d.pop("address", UNSET)
        address: LocationAddress | Unset = UNSET
        if _address is not UNSET:
            try:
                address = LocationAddress.from_dict(_address)
            except FieldError as field__error:
                field__error.segments.append("address")
                raise

        shift_start_location = cls(
            home_base=home_base,
            address=address,
        )

        shift_start_location.additional_properties = d
        return shift_start_location

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
