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
    from ..models.employee import Employee
    from ..models.transport_resource import TransportResource

_refs__resolved = False
_from_dict__Employee: Callable[[Mapping[str, Any]], Employee]
_from_dict__TransportResource: Callable[[Mapping[str, Any]], TransportResource]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Employee, TransportResource  # noqa: PLW0603
    global _from_dict__Employee, _from_dict__TransportResource  # noqa: PLW0603
    from ..models.employee import Employee  # noqa: PLC0415
    from ..models.transport_resource import TransportResource  # noqa: PLC0415

    _from_dict__Employee = Employee.from_dict
    _from_dict__TransportResource = TransportResource.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="ResourceCombination")


@_attrs_define
class ResourceCombination:
    """The employee and transport resources that drive a route together.

    Attributes:
        id (str | Unset): Identifier of the resource combination. Example: 5a4e8c43-80c0-4d5b-8f7e-32ec94f25d79.
        employee (Employee | Unset): The driver of a route.
        transport_resources (list[TransportResource] | Unset): Vehicles (trucks, tractors, trailers) used on the route.
    """

    id: str | Unset = UNSET
    employee: Employee | Unset = UNSET
    transport_resources: list[TransportResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id
        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()
        if employee is not UNSET:
            field_dict["employee"] = employee
        transport_resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transport_resources, Unset):
            transport_resources = []
            for transport_resources_item_data in self.transport_resources:
                transport_resources_item = transport_resources_item_data.to_dict()
                transport_resources.append(transport_resources_item)

        if transport_resources is not UNSET:
            field_dict["transport_resources"] = transport_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ResourceCombination)", d)
            d = dict(d)
        n__absent = 0
        id = d.get("id", UNSET)
        if not (type(id) is str):
            if id is UNSET:
                n__absent += 1
            elif not isinstance(id, str):
                raise FieldError("string", id, "id")

        _employee = d.get("employee", UNSET)
        employee: Employee | Unset = UNSET
        if _employee is not UNSET:
            try:
                employee = _from_dict__Employee(_employee)
            except FieldError as field__error:
                field__error.segments.append("employee")
                raise

        if employee is UNSET:
            n__absent += 1

        _transport_resources = d.get("transport_resources", UNSET)
        transport_resources: list[TransportResource] | Unset = UNSET
        if isinstance(_transport_resources, list):
            transport_resources = []
            try:
                for transport_resources_item_data in _transport_resources:
                    transport_resources_item = _from_dict__TransportResource(transport_resources_item_data)

                    transport_resources.append(transport_resources_item)
            except FieldError as field__error:
                field__error.segments.append(len(transport_resources))
                field__error.segments.append("transport_resources")
                raise
        elif _transport_resources is not UNSET:
            raise FieldError("array", _transport_resources, "transport_resources")

        if transport_resources is UNSET:
            n__absent += 1

        if cls is _plain__class:
            resource_combination = _new__object(cls)
            resource_combination.id = id
            resource_combination.employee = employee
            resource_combination.transport_resources = transport_resources
            resource_combination.additional_properties = {}
        else:
            resource_combination = cls(
                id,
                employee,
                transport_resources,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"id", "employee", "transport_resources"}
            }
            resource_combination.additional_properties = extra__props
        return resource_combination

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


_plain__class: type[ResourceCombination] | None = (
    ResourceCombination
    if {field.name for field in _attrs_fields(ResourceCombination)}
    == {"id", "employee", "transport_resources", "additional_properties"}
    and not hasattr(ResourceCombination, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
