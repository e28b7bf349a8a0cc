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
    from ..models.address import Address

_refs__resolved = False
_from_dict__Address: Callable[[Mapping[str, Any]], Address]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Address  # noqa: PLW0603
    global _from_dict__Address  # noqa: PLW0603
    from ..models.address import Address  # noqa: PLC0415

    _from_dict__Address = Address.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="HomeBase")


@_attrs_define
class HomeBase:
    """A reusable named address that employees and transport resources can refer to.

    Attributes:
        business_id (str | Unset): Your identifier of the home base. Example: HB-GHENT-01.
        name (str | Unset): Display name. Example: Ghent - Headquarters.
        address (Address | Unset): A postal address, coordinates, or both. Without a geo_point, city, zip_code and
            country_code are needed so the address can be geocoded.
        plan_group (str | Unset): Planning group the home base belongs to. Example: Flanders.
    """

    business_id: str | Unset = UNSET
    name: str | Unset = UNSET
    address: Address | Unset = UNSET
    plan_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        business_id = self.business_id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        if address is not UNSET:
            field_dict["address"] = address
        plan_group = self.plan_group
        if plan_group is not UNSET:
            field_dict["plan_group"] = plan_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (HomeBase)", d)
            d = dict(d)
        n__absent = 0
        business_id = d.get("business_id", UNSET)
        if not (type(business_id) is str):
            if business_id is UNSET:
                n__absent += 1
            elif not isinstance(business_id, str):
                raise FieldError("string", business_id, "business_id")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _address = d.get("address", UNSET)
        address: Address | Unset = UNSET
        if _address is not UNSET:
            try:
                address = _from_dict__Address(_address)
            except FieldError as field__error:
                field__error.segments.append("address")
                raise

        if address is UNSET:
            n__absent += 1

        plan_group = d.get("plan_group", UNSET)
        if not (type(plan_group) is str):
            if plan_group is UNSET:
                n__absent += 1
            elif not isinstance(plan_group, str):
                raise FieldError("string", plan_group, "plan_group")

        if cls is _plain__class:
            home_base = _new__object(cls)
            home_base.business_id = business_id
            home_base.name = name
            home_base.address = address
            home_base.plan_group = plan_group
            home_base.additional_properties = {}
        else:
            home_base = cls(
                business_id,
                name,
                address,
                plan_group,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"business_id", "name", "address", "plan_group"}
            }
            home_base.additional_properties = extra__props
        return home_base

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


_plain__class: type[HomeBase] | None = (
    HomeBase
    if {field.name for field in _attrs_fields(HomeBase)}
    == {"business_id", "name", "address", "plan_group", "additional_properties"}
    and not hasattr(HomeBase, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
