from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_boundary import DeploymentBoundary


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
        from ..models.deployment_boundary import DeploymentBoundary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_planning_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        planning_id = _parse_planning_id(d.pop("planning_id", UNSET))

        resource_combination_id = d.pop("resource_combination_id", UNSET)

        availability_id = d.pop("availability_id", UNSET)

        employee_id = d.pop("employee_id", UNSET)

        transport_resource_ids = cast(list[str], d.pop("transport_resource_ids", UNSET))

        _start = d.pop("start", UNSET)
        start: DeploymentBoundary | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = DeploymentBoundary.from_dict(_start)

        _end = d.pop("end", UNSET)
        end: DeploymentBoundary | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = DeploymentBoundary.from_dict(_end)

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
