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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        geocoded = self.geocoded
        if geocoded is not UNSET:
            field_dict["geocoded"] = geocoded
        address = self.address
        if address is not UNSET:
            field_dict["address"] = address
        precision = self.precision
        if precision is not UNSET:
            field_dict["precision"] = precision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (GeocodingResult)", d)
            d = dict(d)
        n__absent = 0
        geocoded = d.get("geocoded", UNSET)
        if not (geocoded is True or geocoded is False):
            if geocoded is UNSET:
                n__absent += 1
            elif not isinstance(geocoded, bool):
                raise FieldError("boolean", geocoded, "geocoded")

        address = d.get("address", UNSET)
        if not (type(address) is str):
            if address is UNSET:
                n__absent += 1
            elif not isinstance(address, str):
                raise FieldError("string", address, "address")

        precision = d.get("precision", UNSET)
        if not (type(precision) is int):
            if precision is UNSET:
                n__absent += 1
            elif not (isinstance(precision, int) and precision is not True and precision is not False):
                raise FieldError("integer", precision, "precision")

        if cls is _plain__class:
            geocoding_result = _new__object(cls)
            geocoding_result.geocoded = geocoded
            geocoding_result.address = address
            geocoding_result.precision = precision
            geocoding_result.additional_properties = {}
        else:
            geocoding_result = cls(
                geocoded,
                address,
                precision,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"geocoded", "address", "precision"}
            }
            geocoding_result.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[GeocodingResult] | None = (
    GeocodingResult
    if {field.name for field in _attrs_fields(GeocodingResult)}
    == {"geocoded", "address", "precision", "additional_properties"}
    and not hasattr(GeocodingResult, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
