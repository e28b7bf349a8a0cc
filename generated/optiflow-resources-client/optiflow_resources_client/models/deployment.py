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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_boundary import DeploymentBoundary

_refs__resolved = False
_from_dict__DeploymentBoundary: Callable[[Mapping[str, Any]], DeploymentBoundary]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DeploymentBoundary  # noqa: PLW0603
    global _from_dict__DeploymentBoundary  # noqa: PLW0603
    from ..models.deployment_boundary import DeploymentBoundary  # noqa: PLC0415

    _from_dict__DeploymentBoundary = DeploymentBoundary.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Deployment")


@_attrs_define
class Deployment:
    """An employee assigned to transport resources for a period at a location. Without planning_id it is an external
    deployment; with one it comes from releasing routes in PTV OptiFlow.

        Attributes:
            id (str | Unset): Identifier of the deployment. Example: deployment-123.
            planning_id (None | str | Unset): Planning the deployment was released from; absent for external deployments.
            resource_combination_id (str | Unset): Resource combination it belongs to, if any. Example: rc-456.
            availability_id (str | Unset): Availability it belongs to, if any. Example: avail-789.
            employee_id (str | Unset): The employee deployed. Example: employee-42.
            transport_resource_ids (list[str] | Unset): The transport resources deployed. Example: ['truck-1', 'trailer-2'].
            start (DeploymentBoundary | Unset): A moment and place at which a deployment begins or ends.
            end (DeploymentBoundary | Unset): A moment and place at which a deployment begins or ends.
    """

    id: str | Unset = UNSET
    planning_id: None | str | Unset = UNSET
    resource_combination_id: str | Unset = UNSET
    availability_id: str | Unset = UNSET
    employee_id: str | Unset = UNSET
    transport_resource_ids: list[str] | Unset = UNSET
    start: DeploymentBoundary | Unset = UNSET
    end: DeploymentBoundary | Unset = UNSET
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
        planning_id: None | str | Unset
        if isinstance(self.planning_id, Unset):
            planning_id = UNSET
        else:
            planning_id = self.planning_id
        if planning_id is not UNSET:
            field_dict["planning_id"] = planning_id
        resource_combination_id = self.resource_combination_id
        if resource_combination_id is not UNSET:
            field_dict["resource_combination_id"] = resource_combination_id
        availability_id = self.availability_id
        if availability_id is not UNSET:
            field_dict["availability_id"] = availability_id
        employee_id = self.employee_id
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        transport_resource_ids: list[str] | Unset = UNSET
        if not isinstance(self.transport_resource_ids, Unset):
            transport_resource_ids = self.transport_resource_ids

        if transport_resource_ids is not UNSET:
            field_dict["transport_resource_ids"] = transport_resource_ids
        start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.to_dict()
        if start is not UNSET:
            field_dict["start"] = start
        end: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.to_dict()
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Deployment)", d)
            d = dict(d)
        n__absent = 0
        id = d.get("id", UNSET)
        if not (type(id) is str):
            if id is UNSET:
                n__absent += 1
            elif not isinstance(id, str):
                raise FieldError("string", id, "id")

        planning_id = d.get("planning_id", UNSET)
        if not (type(planning_id) is str or planning_id is None):
            if planning_id is UNSET:
                n__absent += 1
            elif not (isinstance(planning_id, str) or planning_id is None):
                raise FieldError("string or null", planning_id, "planning_id")

        resource_combination_id = d.get("resource_combination_id", UNSET)
        if not (type(resource_combination_id) is str):
            if resource_combination_id is UNSET:
                n__absent += 1
            elif not isinstance(resource_combination_id, str):
                raise FieldError("string", resource_combination_id, "resource_combination_id")

        availability_id = d.get("availability_id", UNSET)
        if not (type(availability_id) is str):
            if availability_id is UNSET:
                n__absent += 1
            elif not isinstance(availability_id, str):
                raise FieldError("string", availability_id, "availability_id")

        employee_id = d.get("employee_id", UNSET)
        if not (type(employee_id) is str):
            if employee_id is UNSET:
                n__absent += 1
            elif not isinstance(employee_id, str):
                raise FieldError("string", employee_id, "employee_id")

        _transport_resource_ids = d.get("transport_resource_ids", UNSET)
        transport_resource_ids: list[str] | Unset = UNSET
        if isinstance(_transport_resource_ids, list):
            for transport_resource_ids_item in _transport_resource_ids:
                if not (type(transport_resource_ids_item) is str) and not isinstance(transport_resource_ids_item, str):
                    raise FieldError(
                        "string",
                        transport_resource_ids_item,
                        _position(_transport_resource_ids, transport_resource_ids_item),
                        "transport_resource_ids",
                    )
            transport_resource_ids = _transport_resource_ids
        elif _transport_resource_ids is not UNSET:
            raise FieldError("array", _transport_resource_ids, "transport_resource_ids")

        if transport_resource_ids is UNSET:
            n__absent += 1

        _start = d.get("start", UNSET)
        start: DeploymentBoundary | Unset = UNSET
        if _start is not UNSET:
            try:
                start = _from_dict__DeploymentBoundary(_start)
            except FieldError as field__error:
                field__error.segments.append("start")
                raise

        if start is UNSET:
            n__absent += 1

        _end = d.get("end", UNSET)
        end: DeploymentBoundary | Unset = UNSET
        if _end is not UNSET:
            try:
                end = _from_dict__DeploymentBoundary(_end)
            except FieldError as field__error:
                field__error.segments.append("end")
                raise

        if end is UNSET:
            n__absent += 1

        if cls is _plain__class:
            deployment = _new__object(cls)
            deployment.id = id
            deployment.planning_id = planning_id
            deployment.resource_combination_id = resource_combination_id
            deployment.availability_id = availability_id
            deployment.employee_id = employee_id
            deployment.transport_resource_ids = transport_resource_ids
            deployment.start = start
            deployment.end = end
            deployment.additional_properties = {}
        else:
            deployment = cls(
                id,
                planning_id,
                resource_combination_id,
                availability_id,
                employee_id,
                transport_resource_ids,
                start,
                end,
            )
        if len(d) + n__absent != 8:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "id",
                    "planning_id",
                    "resource_combination_id",
                    "availability_id",
                    "employee_id",
                    "transport_resource_ids",
                    "start",
                    "end",
                }
            }
            deployment.additional_properties = extra__props
        return deployment

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


_plain__class: type[Deployment] | None = (
    Deployment
    if {field.name for field in _attrs_fields(Deployment)}
    == {
        "id",
        "planning_id",
        "resource_combination_id",
        "availability_id",
        "employee_id",
        "transport_resource_ids",
        "start",
        "end",
        "additional_properties",
    }
    and not hasattr(Deployment, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
