from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.depot_address import DepotAddress

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, DepotAddress  # noqa: PLW0603
    from ..models.depot_address import DepotAddress  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="ChargingLocation")


@_attrs_define
class ChargingLocation:
    """A place where electric vehicles can charge.

    Attributes:
        business_id (str): Identifier of the charging location, unique within its set. Example: charger-ghent.
        name (str): Name of the charging location. Example: Charger Ghent.
        address (DepotAddress): Where a depot is. Give either `geo_point`, or `address_line`, `city`, `zip_code` and
            `country_code` so that the address can be geocoded.
    """

    business_id: str
    name: str
    address: DepotAddress
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        business_id = self.business_id

        name = self.name

        address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "business_id": business_id,
                "name": name,
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ChargingLocation)", src_dict)
        d = dict(src_dict)
        business_id = d.pop("business_id", UNSET)
        if not isinstance(business_id, str):
            raise FieldError("string", business_id, "business_id")

        name = d.pop("name", UNSET)
        if not isinstance(name, str):
            raise FieldError("string", name, "name")

        try:
            address = DepotAddress.from_dict(d.pop("address", UNSET))
        except FieldError as field__error:
            field__error.segments.append("address")
            raise

        charging_location = cls(
            business_id=business_id,
            name=name,
            address=address,
        )

        charging_location.additional_properties = d
        return charging_location

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
