from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.depot import Depot


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
        from ..models.depot import Depot  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        depots = []
        _depots = d.pop("depots")
        for depots_item_data in _depots:
            depots_item = Depot.from_dict(depots_item_data)

            depots.append(depots_item)

        business_id = d.pop("business_id", UNSET)

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
