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


T = TypeVar("T", bound="Depot")


@_attrs_define
class Depot:
    """A depot where routes can start or end.

    Attributes:
        business_id (str): Identifier of the depot, unique within its set. Example: depot-ghent.
        name (str): Name of the depot. Example: Depot Ghent.
        address (DepotAddress): Where a depot is. Give either `geo_point`, or `address_line`, `city`, `zip_code` and
            `country_code` so that the address can be geocoded.
        stop_time (str | Unset): Time spent at the depot on each visit, as an ISO-8601 duration. Example: PT5M.
    """

    business_id: str
    name: str
    address: DepotAddress
    stop_time: str | Unset = UNSET
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
        stop_time = self.stop_time
        if stop_time is not UNSET:
            field_dict["stop_time"] = stop_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Depot)", d)
            d = dict(d)
        n__absent = 0
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

        stop_time = d.get("stop_time", UNSET)
        if not (type(stop_time) is str):
            if stop_time is UNSET:
                n__absent += 1
            elif not isinstance(stop_time, str):
                raise FieldError("string", stop_time, "stop_time")

        if cls is _plain__class:
            depot = _new__object(cls)
            depot.business_id = business_id
            depot.name = name
            depot.address = address
            depot.stop_time = stop_time
            depot.additional_properties = {}
        else:
            depot = cls(
                business_id,
                name,
                address,
                stop_time,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"business_id", "name", "address", "stop_time"}
            }
            depot.additional_properties = extra__props
        return depot

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


_plain__class: type[Depot] | None = (
    Depot
    if {field.name for field in _attrs_fields(Depot)}
    == {"business_id", "name", "address", "stop_time", "additional_properties"}
    and not hasattr(Depot, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
