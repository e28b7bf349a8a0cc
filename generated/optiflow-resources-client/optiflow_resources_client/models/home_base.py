from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, Address  # noqa: PLW0603
    from ..models.address import Address  # noqa: PLC0415

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
        business_id = self.business_id

        name = self.name

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        plan_group = self.plan_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if plan_group is not UNSET:
            field_dict["plan_group"] = plan_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (HomeBase)", src_dict)
        d = dict(src_dict)
        business_id = d.pop("business_id", UNSET)
        if not isinstance(business_id, str) and business_id is not UNSET:
            raise FieldError("string", business_id, "business_id")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _address = d.pop("address", UNSET)
        address: Address | Unset = UNSET
        if _address is not UNSET:
            try:
                address = Address.from_dict(_address)
            except FieldError as field__error:
                field__error.segments.append("address")
                raise

        plan_group = d.pop("plan_group", UNSET)
        if not isinstance(plan_group, str) and plan_group is not UNSET:
            raise FieldError("string", plan_group, "plan_group")

        home_base = cls(
            business_id=business_id,
            name=name,
            address=address,
            plan_group=plan_group,
        )

        home_base.additional_properties = d
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
