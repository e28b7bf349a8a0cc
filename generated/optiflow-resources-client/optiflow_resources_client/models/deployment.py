from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_boundary import DeploymentBoundary

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, DeploymentBoundary  # noqa: PLW0603
    from ..models.deployment_boundary import DeploymentBoundary  # noqa: PLC0415

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
        id = self.id

        planning_id: None | str | Unset
        if isinstance(self.planning_id, Unset):
            planning_id = UNSET
        else:
            planning_id = self.planning_id

        resource_combination_id = self.resource_combination_id

        availability_id = self.availability_id

        employee_id = self.employee_id

        transport_resource_ids: list[str] | Unset = UNSET
        if not isinstance(self.transport_resource_ids, Unset):
            transport_resource_ids = self.transport_resource_ids

        start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.to_dict()

        end: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if planning_id is not UNSET:
            field_dict["planning_id"] = planning_id
        if resource_combination_id is not UNSET:
            field_dict["resource_combination_id"] = resource_combination_id
        if availability_id is not UNSET:
            field_dict["availability_id"] = availability_id
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if transport_resource_ids is not UNSET:
            field_dict["transport_resource_ids"] = transport_resource_ids
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Deployment)", src_dict)
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            raise FieldError("string", id, "id")

        planning_id = d.pop("planning_id", UNSET)
        if not (isinstance(planning_id, str) or planning_id is None) and planning_id is not UNSET:
            raise FieldError("string or null", planning_id, "planning_id")

        resource_combination_id = d.pop("resource_combination_id", UNSET)
        if not isinstance(resource_combination_id, str) and resource_combination_id is not UNSET:
            raise FieldError("string", resource_combination_id, "resource_combination_id")

        availability_id = d.pop("availability_id", UNSET)
        if not isinstance(availability_id, str) and availability_id is not UNSET:
            raise FieldError("string", availability_id, "availability_id")

        employee_id = d.pop("employee_id", UNSET)
        if not isinstance(employee_id, str) and employee_id is not UNSET:
            raise FieldError("string", employee_id, "employee_id")

        _transport_resource_ids = d.pop("transport_resource_ids", UNSET)
        transport_resource_ids: list[str] | Unset = UNSET
        if isinstance(_transport_resource_ids, list):
            for transport_resource_ids_item in _transport_resource_ids:
                if not isinstance(transport_resource_ids_item, str):
                    raise FieldError(
                        "string",
                        transport_resource_ids_item,
                        _position(_transport_resource_ids, transport_resource_ids_item),
                        "transport_resource_ids",
                    )
            transport_resource_ids = _transport_resource_ids
        elif _transport_resource_ids is not UNSET:
            raise FieldError("array", _transport_resource_ids, "transport_resource_ids")

        _start = d.pop("start", UNSET)
        start: DeploymentBoundary | Unset = UNSET
        if _start is not UNSET:
            try:
                start = DeploymentBoundary.from_dict(_start)
            except FieldError as field__error:
                field__error.segments.append("start")
                raise

        _end = d.pop("end", UNSET)
        end: DeploymentBoundary | Unset = UNSET
        if _end is not UNSET:
            try:
                end = DeploymentBoundary.from_dict(_end)
            except FieldError as field__error:
                field__error.segments.append("end")
                raise

        deployment = cls(
            id=id,
            planning_id=planning_id,
            resource_combination_id=resource_combination_id,
            availability_id=availability_id,
            employee_id=employee_id,
            transport_resource_ids=transport_resource_ids,
            start=start,
            end=end,
        )

        deployment.additional_properties = d
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
