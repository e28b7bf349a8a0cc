from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..models.transport_resource_type import TransportResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.capacity import Capacity
    from ..models.home_base_reference import HomeBaseReference

_refs__resolved = False
_from_dict__Capacity: Callable[[Mapping[str, Any]], Capacity]
_from_dict__HomeBaseReference: Callable[[Mapping[str, Any]], HomeBaseReference]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Capacity, HomeBaseReference  # noqa: PLW0603
    global _from_dict__Capacity, _from_dict__HomeBaseReference  # noqa: PLW0603
    from ..models.capacity import Capacity  # noqa: PLC0415
    from ..models.home_base_reference import HomeBaseReference  # noqa: PLC0415

    _from_dict__Capacity = Capacity.from_dict
    _from_dict__HomeBaseReference = HomeBaseReference.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="TransportResource")


@_attrs_define
class TransportResource:
    """A truck, tractor or trailer. It counts as available unless an unavailability says otherwise, so the application
    keeps trying to combine it with available employees.

        Attributes:
            business_id (str): Your identifier of the transport resource. Example: tractor-1.
            type_ (TransportResourceType): TRACTOR pulls, TRAILER carries, TRUCK does both.
            license_plate (str | Unset):  Example: 1-ABC-987.
            requirements (list[str] | Unset): What an employee must have to be allowed to use this resource. Example:
                ['driving license CE'].
            capabilities (list[str] | Unset): Capabilities this resource adds to a combination. Example: ['big bag'].
            required_capabilities (list[str] | Unset): Capabilities the employee must have; they are then added to the
                combination. Example: ['cooling compressor'].
            skilled_capabilities (list[str] | Unset): Capabilities added to the combination only when the employee has
                matching driver skills. Example: ['sideloading'].
            cant_do (list[str] | Unset): Capabilities switched off on the resulting combination (e.g. a tractor whose broken
                plug rules out a trailer feature that needs it). Example: ['adr-transport'].
            capacities (list[Capacity] | Unset): Load capacities, in the same terms as the order book.
            home_base (HomeBaseReference | Unset): Points at a home base by its business id.
    """

    business_id: str
    type_: TransportResourceType
    license_plate: str | Unset = UNSET
    requirements: list[str] | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    required_capabilities: list[str] | Unset = UNSET
    skilled_capabilities: list[str] | Unset = UNSET
    cant_do: list[str] | Unset = UNSET
    capacities: list[Capacity] | Unset = UNSET
    home_base: HomeBaseReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["business_id"] = self.business_id
        type_ = self.type_.value
        field_dict["type"] = type_
        license_plate = self.license_plate
        if license_plate is not UNSET:
            field_dict["license_plate"] = license_plate
        requirements: list[str] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = self.requirements

        if requirements is not UNSET:
            field_dict["requirements"] = requirements
        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        required_capabilities: list[str] | Unset = UNSET
        if not isinstance(self.required_capabilities, Unset):
            required_capabilities = self.required_capabilities

        if required_capabilities is not UNSET:
            field_dict["required_capabilities"] = required_capabilities
        skilled_capabilities: list[str] | Unset = UNSET
        if not isinstance(self.skilled_capabilities, Unset):
            skilled_capabilities = self.skilled_capabilities

        if skilled_capabilities is not UNSET:
            field_dict["skilled_capabilities"] = skilled_capabilities
        cant_do: list[str] | Unset = UNSET
        if not isinstance(self.cant_do, Unset):
            cant_do = self.cant_do

        if cant_do is not UNSET:
            field_dict["cant_do"] = cant_do
        capacities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capacities, Unset):
            capacities = []
            for capacities_item_data in self.capacities:
                capacities_item = capacities_item_data.to_dict()
                capacities.append(capacities_item)

        if capacities is not UNSET:
            field_dict["capacities"] = capacities
        home_base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.home_base, Unset):
            home_base = self.home_base.to_dict()
        if home_base is not UNSET:
            field_dict["home_base"] = home_base

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TransportResource)", d)
            d = dict(d)
        n__absent = 0
        business_id = d.get("business_id", UNSET)
        if not (type(business_id) is str) and not isinstance(business_id, str):
            raise FieldError("string", business_id, "business_id")

        _type_ = d.get("type", UNSET)
        if type(_type_) is str:
            type_ = TransportResourceType._by__value.get(_type_) or TransportResourceType(_type_)
        elif isinstance(_type_, str):
            type_ = TransportResourceType(_type_)
        else:
            raise FieldError("string (TransportResourceType)", _type_, "type")

        license_plate = d.get("license_plate", UNSET)
        if not (type(license_plate) is str):
            if license_plate is UNSET:
                n__absent += 1
            elif not isinstance(license_plate, str):
                raise FieldError("string", license_plate, "license_plate")

        _requirements = d.get("requirements", UNSET)
        requirements: list[str] | Unset = UNSET
        if isinstance(_requirements, list):
            for requirements_item in _requirements:
                if not (type(requirements_item) is str) and not isinstance(requirements_item, str):
                    raise FieldError(
                        "string", requirements_item, _position(_requirements, requirements_item), "requirements"
                    )
            requirements = _requirements
        elif _requirements is not UNSET:
            raise FieldError("array", _requirements, "requirements")

        if requirements is UNSET:
            n__absent += 1

        _capabilities = d.get("capabilities", UNSET)
        capabilities: list[str] | Unset = UNSET
        if isinstance(_capabilities, list):
            for capabilities_item in _capabilities:
                if not (type(capabilities_item) is str) and not isinstance(capabilities_item, str):
                    raise FieldError(
                        "string", capabilities_item, _position(_capabilities, capabilities_item), "capabilities"
                    )
            capabilities = _capabilities
        elif _capabilities is not UNSET:
            raise FieldError("array", _capabilities, "capabilities")

        if capabilities is UNSET:
            n__absent += 1

        _required_capabilities = d.get("required_capabilities", UNSET)
        required_capabilities: list[str] | Unset = UNSET
        if isinstance(_required_capabilities, list):
            for required_capabilities_item in _required_capabilities:
                if not (type(required_capabilities_item) is str) and not isinstance(required_capabilities_item, str):
                    raise FieldError(
                        "string",
                        required_capabilities_item,
                        _position(_required_capabilities, required_capabilities_item),
                        "required_capabilities",
                    )
            required_capabilities = _required_capabilities
        elif _required_capabilities is not UNSET:
            raise FieldError("array", _required_capabilities, "required_capabilities")

        if required_capabilities is UNSET:
            n__absent += 1

        _skilled_capabilities = d.get("skilled_capabilities", UNSET)
        skilled_capabilities: list[str] | Unset = UNSET
        if isinstance(_skilled_capabilities, list):
            for skilled_capabilities_item in _skilled_capabilities:
                if not (type(skilled_capabilities_item) is str) and not isinstance(skilled_capabilities_item, str):
                    raise FieldError(
                        "string",
                        skilled_capabilities_item,
                        _position(_skilled_capabilities, skilled_capabilities_item),
                        "skilled_capabilities",
                    )
            skilled_capabilities = _skilled_capabilities
        elif _skilled_capabilities is not UNSET:
            raise FieldError("array", _skilled_capabilities, "skilled_capabilities")

        if skilled_capabilities is UNSET:
            n__absent += 1

        _cant_do = d.get("cant_do", UNSET)
        cant_do: list[str] | Unset = UNSET
        if isinstance(_cant_do, list):
            for cant_do_item in _cant_do:
                if not (type(cant_do_item) is str) and not isinstance(cant_do_item, str):
                    raise FieldError("string", cant_do_item, _position(_cant_do, cant_do_item), "cant_do")
            cant_do = _cant_do
        elif _cant_do is not UNSET:
            raise FieldError("array", _cant_do, "cant_do")

        if cant_do is UNSET:
            n__absent += 1

        _capacities = d.get("capacities", UNSET)
        capacities: list[Capacity] | Unset = UNSET
        if isinstance(_capacities, list):
            capacities = []
            try:
                for capacities_item_data in _capacities:
                    capacities_item = _from_dict__Capacity(capacities_item_data)

                    capacities.append(capacities_item)
            except FieldError as field__error:
                field__error.segments.append(len(capacities))
                field__error.segments.append("capacities")
                raise
        elif _capacities is not UNSET:
            raise FieldError("array", _capacities, "capacities")

        if capacities is UNSET:
            n__absent += 1

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

        if cls is _plain__class:
            transport_resource = _new__object(cls)
            transport_resource.business_id = business_id
            transport_resource.type_ = type_
            transport_resource.license_plate = license_plate
            transport_resource.requirements = requirements
            transport_resource.capabilities = capabilities
            transport_resource.required_capabilities = required_capabilities
            transport_resource.skilled_capabilities = skilled_capabilities
            transport_resource.cant_do = cant_do
            transport_resource.capacities = capacities
            transport_resource.home_base = home_base
            transport_resource.additional_properties = {}
        else:
            transport_resource = cls(
                business_id,
                type_,
                license_plate,
                requirements,
                capabilities,
                required_capabilities,
                skilled_capabilities,
                cant_do,
                capacities,
                home_base,
            )
        if len(d) + n__absent != 10:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "business_id",
                    "type",
                    "license_plate",
                    "requirements",
                    "capabilities",
                    "required_capabilities",
                    "skilled_capabilities",
                    "cant_do",
                    "capacities",
                    "home_base",
                }
            }
            transport_resource.additional_properties = extra__props
        return transport_resource

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


_plain__class: type[TransportResource] | None = (
    TransportResource
    if {field.name for field in _attrs_fields(TransportResource)}
    == {
        "business_id",
        "type_",
        "license_plate",
        "requirements",
        "capabilities",
        "required_capabilities",
        "skilled_capabilities",
        "cant_do",
        "capacities",
        "home_base",
        "additional_properties",
    }
    and not hasattr(TransportResource, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
