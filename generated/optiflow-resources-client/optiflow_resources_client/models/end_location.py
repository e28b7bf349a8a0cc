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


T = TypeVar("T", bound="EndLocation")


@_attrs_define
class EndLocation:
    """[EXPERIMENTAL] Where the shift ends. Left out, the employee returns to the start location. Set exactly one of
    `address`, `home_base` and `at_last_activity`.

        Attributes:
            address (LocationAddress | Unset): An ad-hoc, named location. Resources are matched on the name, so use the same
                name for the same place.
            home_base (HomeBaseReference | Unset): Points at a home base by its business id.
            at_last_activity (bool | Unset): End wherever the last activity of the shift takes place. Example: True.
    """

    address: LocationAddress | Unset = UNSET
    home_base: HomeBaseReference | Unset = UNSET
    at_last_activity: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        home_base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.home_base, Unset):
            home_base = self.home_base.to_dict()

        at_last_activity = self.at_last_activity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if home_base is not UNSET:
            field_dict["home_base"] = home_base
        if at_last_activity is not UNSET:
            field_dict["at_last_activity"] = at_last_activity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (EndLocation)", src_dict)
        d = dict(src_dict)
        _address = d.pop("address", UNSET)
        address: LocationAddress | Unset = UNSET
        if _address is not UNSET:
            try:
                address = LocationAddress.from_dict(_address)
            except FieldError as field__error:
                field__error.segments.append("address")
                raise

        _home_base = d.pop("home_base", UNSET)
        home_base: HomeBaseReference | Unset = UNSET
        if _home_base is not UNSET:
            try:
                home_base = HomeBaseReference.from_dict(_home_base)
            except FieldError as field__error:
                field__error.segments.append("home_base")
                raise

        at_last_activity = d.pop("at_last_activity", UNSET)
        if not isinstance(at_last_activity, bool) and at_last_activity is not UNSET:
            raise FieldError("boolean", at_last_activity, "at_last_activity")

        end_location = cls(
            address=address,
            home_base=home_base,
            at_last_activity=at_last_activity,
        )

        end_location.additional_properties = d
        return end_location

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
