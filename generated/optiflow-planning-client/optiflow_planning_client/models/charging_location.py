from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.depot_address import DepotAddress

_refs__resolved = False
_from_dict__DepotAddress: Callable[[Mapping[str, Any]], DepotAddress]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DepotAddress  # noqa: PLW0603
    global _from_dict__DepotAddress  # noqa: PLW0603
    from ..models.depot_address import DepotAddress  # noqa: PLC0415

    _from_dict__DepotAddress = DepotAddress.from_dict
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["business_id"] = self.business_id
        field_dict["name"] = self.name
        address = self.address.to_dict()
        field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ChargingLocation)", d)
            d = dict(d)
        business_id = d.get("business_id", UNSET)
        if not (type(business_id) is str) and not isinstance(business_id, str):
            raise FieldError("string", business_id, "business_id")

        name = d.get("name", UNSET)
        if not (type(name) is str) and not isinstance(name, str):
            raise FieldError("string", name, "name")

        try:
            address = _from_dict__DepotAddress(d.get("address", UNSET))
        except FieldError as field__error:
            field__error.segments.append("address")
            raise

        if cls is _plain__class:
            charging_location = _new__object(cls)
            charging_location.business_id = business_id
            charging_location.name = name
            charging_location.address = address
            charging_location.additional_properties = {}
        else:
            charging_location = cls(
                business_id,
                name,
                address,
            )
        if len(d) != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"business_id", "name", "address"}
            }
            charging_location.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[ChargingLocation] | None = (
    ChargingLocation
    if {field.name for field in _attrs_fields(ChargingLocation)}
    == {"business_id", "name", "address", "additional_properties"}
    and not hasattr(ChargingLocation, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
