from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeocodingResult")


@_attrs_define
class GeocodingResult:
    """How the application resolved the location (filled in by the application).

    Attributes:
        geocoded (bool | Unset): Whether the coordinates came from geocoding the address. Example: True.
        address (str | Unset): The address the coordinates resolved to. Example: Voordries 31 bus B, 9860 Oosterzele.
        precision (int | Unset): Precision level of the resolution. Example: 9.
    """

    geocoded: bool | Unset = UNSET
    address: str | Unset = UNSET
    precision: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        geocoded = self.geocoded

        address = self.address

        precision = self.precision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if geocoded is not UNSET:
            field_dict["geocoded"] = geocoded
        if address is not UNSET:
            field_dict["address"] = address
        if precision is not UNSET:
            field_dict["precision"] = precision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (GeocodingResult)", src_dict)
        d = dict(src_dict)
        geocoded = d.pop("geocoded", UNSET)
        if not isinstance(geocoded, bool) and geocoded is not UNSET:
            raise FieldError("boolean", geocoded, "geocoded")

        address = d.pop("address", UNSET)
        if not isinstance(address, str) and address is not UNSET:
            raise FieldError("string", address, "address")

        precision = d.pop("precision", UNSET)
        if (
            not (isinstance(precision, int) and precision is not True and precision is not False)
            and precision is not UNSET
        ):
            raise FieldError("integer", precision, "precision")

        geocoding_result = cls(
            geocoded=geocoded,
            address=address,
            precision=precision,
        )

        geocoding_result.additional_properties = d
        return geocoding_result

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
