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
    from ..models.depot import Depot

_refs__resolved = False
_from_dict__Depot: Callable[[Mapping[str, Any]], Depot]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Depot  # noqa: PLW0603
    global _from_dict__Depot  # noqa: PLW0603
    from ..models.depot import Depot  # noqa: PLC0415

    _from_dict__Depot = Depot.from_dict
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["name"] = self.name
        depots = []
        for depots_item_data in self.depots:
            depots_item = depots_item_data.to_dict()
            depots.append(depots_item)

        field_dict["depots"] = depots
        business_id = self.business_id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DepotSet)", d)
            d = dict(d)
        n__absent = 0
        name = d.get("name", UNSET)
        if not (type(name) is str) and not isinstance(name, str):
            raise FieldError("string", name, "name")

        _depots = d.get("depots", UNSET)
        if isinstance(_depots, list):
            depots = []
            try:
                for depots_item_data in _depots:
                    depots_item = _from_dict__Depot(depots_item_data)

                    depots.append(depots_item)
            except FieldError as field__error:
                field__error.segments.append(len(depots))
                field__error.segments.append("depots")
                raise
        else:
            raise FieldError("array", _depots, "depots")

        business_id = d.get("business_id", UNSET)
        if not (type(business_id) is str):
            if business_id is UNSET:
                n__absent += 1
            elif not isinstance(business_id, str):
                raise FieldError("string", business_id, "business_id")

        if cls is _plain__class:
            depot_set = _new__object(cls)
            depot_set.name = name
            depot_set.depots = depots
            depot_set.business_id = business_id
            depot_set.additional_properties = {}
        else:
            depot_set = cls(
                name,
                depots,
                business_id,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"name", "depots", "business_id"}
            }
            depot_set.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[DepotSet] | None = (
    DepotSet
    if {field.name for field in _attrs_fields(DepotSet)} == {"name", "depots", "business_id", "additional_properties"}
    and not hasattr(DepotSet, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
