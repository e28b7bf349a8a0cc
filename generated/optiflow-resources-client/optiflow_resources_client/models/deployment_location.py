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
    from ..models.home_base_reference import HomeBaseReference
    from ..models.location_address import LocationAddress

_refs__resolved = False
_from_dict__HomeBaseReference: Callable[[Mapping[str, Any]], HomeBaseReference]
_from_dict__LocationAddress: Callable[[Mapping[str, Any]], LocationAddress]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, HomeBaseReference, LocationAddress  # noqa: PLW0603
    global _from_dict__HomeBaseReference, _from_dict__LocationAddress  # noqa: PLW0603
    from ..models.home_base_reference import HomeBaseReference  # noqa: PLC0415
    from ..models.location_address import LocationAddress  # noqa: PLC0415

    _from_dict__HomeBaseReference = HomeBaseReference.from_dict
    _from_dict__LocationAddress = LocationAddress.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="DeploymentLocation")


@_attrs_define
class DeploymentLocation:
    """Location of a deployment; external deployments give either `home_base` or `address`, not both.

    Attributes:
        home_base (HomeBaseReference | Unset): Points at a home base by its business id.
        address (LocationAddress | Unset): An ad-hoc, named location. Resources are matched on the name, so use the same
            name for the same place.
    """

    home_base: HomeBaseReference | Unset = UNSET
    address: LocationAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        home_base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.home_base, Unset):
            home_base = self.home_base.to_dict()
        if home_base is not UNSET:
            field_dict["home_base"] = home_base
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DeploymentLocation)", d)
            d = dict(d)
        n__absent = 0
        _home_base = d.get("home_base", UNSET)
        home_base: HomeBaseReference | Unset = UNSET
        if _home_base is not UNSET:
            try:
                home_base = _from_dict__HomeBaseReference(_home_base)
            except FieldError as field__error:
                field__error.segments.append("home_base")
                raise

        if home_base is UNSET:
            n__absent += 1

        _address = d.get("address", UNSET)
        address: LocationAddress | Unset = UNSET
        if _address is not UNSET:
            try:
                address = _from_dict__LocationAddress(_address)
            except FieldError as field__error:
                field__error.segments.append("address")
                raise

        if address is UNSET:
            n__absent += 1

        if cls is _plain__class:
            deployment_location = _new__object(cls)
            deployment_location.home_base = home_base
            deployment_location.address = address
            deployment_location.additional_properties = {}
        else:
            deployment_location = cls(
                home_base,
                address,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"home_base", "address"}
            }
            deployment_location.additional_properties = extra__props
        return deployment_location

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


_plain__class: type[DeploymentLocation] | None = (
    DeploymentLocation
    if {field.name for field in _attrs_fields(DeploymentLocation)} == {"home_base", "address", "additional_properties"}
    and not hasattr(DeploymentLocation, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
