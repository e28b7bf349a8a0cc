from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.depot import Depot

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, Depot  # noqa: PLW0603
    from ..models.depot import Depot  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="DepotSet")


@_attrs_define
class DepotSet:
    """A named collection of depots.

    Attributes:
        name (str): Name of the depot set. Example: Belgian Depots.
        depots (list[Depot]): The depots of the set.
        business_id (str | Unset): Identifier of the depot set (the `id` of the path). Example:
            cb1fb12c-0abc-413c-a69d-63c62566685f.
    """

    name: str
    depots: list[Depot]
    business_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        name = self.name

        depots = []
        for depots_item_data in self.depots:
            depots_item = depots_item_data.to_dict()
            depots.append(depots_item)

        business_id = self.business_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "depots": depots,
            }
        )
        if business_id is not UNSET:
            field_dict["business_id"] = business_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DepotSet)", src_dict)
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, str):
            raise FieldError("string", name, "name")

        _depots = d.pop("depots", UNSET)
        if isinstance(_depots, list):
            depots = []
            try:
                for depots_item_data in _depots:
                    depots_item = Depot.from_dict(depots_item_data)

                    depots.append(depots_item)
            except FieldError as field__error:
                field__error.segments.append(len(depots))
                field__error.segments.append("depots")
                raise
        else:
            raise FieldError("array", _depots, "depots")

        business_id = d.pop("business_id", UNSET)
        if not isinstance(business_id, str) and business_id is not UNSET:
            raise FieldError("string", business_id, "business_id")

        depot_set = cls(
            name=name,
            depots=depots,
            business_id=business_id,
        )

        depot_set.additional_properties = d
        return depot_set

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
