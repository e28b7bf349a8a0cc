"""The resource-oriented client of the Conundra Resources API: ``OptiflowResources`` (sync) and ``AsyncOptiflowResources``.

``connect(...)`` returns a ``OptiflowResources``; ``with connect(...) as client`` gives it, ``async with connect(...) as
client`` gives its async twin. Each namespace (``client.<resource>``) calls the generated operation modules under
``api/``: methods return the success model and raise a typed ``ApiError`` otherwise; paginated operations return
typed paginators. Operation modules are imported on a method's first call, so importing this module stays cheap.
Written by the pipeline (specs/_pipeline/resources.py) from the spec; do not edit. Reference: api.md.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Protocol, Unpack, cast, overload

from attrs import define

from .lib._client import ApiClient
from .lib._lazy import lazy_modules, loaded
from .lib._namespaces import AsyncNamespace, Namespace, given, listed, required, twin, with_call_options
from .lib._options import CallOptions
from .lib._raw import raw
from .types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Sequence
    from types import ModuleType
    from typing import cast
    from uuid import UUID

    from .api.actual import add_employee_actual as add_employee_actual
    from .api.actual import delete_employee_actual as delete_employee_actual
    from .api.actual import get_employee_actual as get_employee_actual
    from .api.actual import get_employee_actuals as get_employee_actuals
    from .api.actual import update_employee_actual as update_employee_actual
    from .api.availability import add_employee_availability as add_employee_availability
    from .api.availability import delete_employee_availability as delete_employee_availability
    from .api.availability import get_employee_availabilities as get_employee_availabilities
    from .api.availability import get_employee_availability as get_employee_availability
    from .api.availability import update_employee_availability as update_employee_availability
    from .api.deployment import delete_external_deployment as delete_external_deployment
    from .api.deployment import get_deployment as get_deployment
    from .api.deployment import get_paged_deployments as get_paged_deployments
    from .api.deployment import upsert_external_deployment as upsert_external_deployment
    from .api.employee import delete_employee as delete_employee
    from .api.employee import get_employee as get_employee
    from .api.employee import get_paged_employees as get_paged_employees
    from .api.employee import upsert_employee as upsert_employee
    from .api.employee_unavailability import add_employee_unavailability as add_employee_unavailability
    from .api.employee_unavailability import delete_employee_unavailability as delete_employee_unavailability
    from .api.employee_unavailability import get_employee_unavailabilities as get_employee_unavailabilities
    from .api.employee_unavailability import get_employee_unavailability as get_employee_unavailability
    from .api.employee_unavailability import update_employee_unavailability as update_employee_unavailability
    from .api.forecast import delete_forecast as delete_forecast
    from .api.forecast import get_forecast as get_forecast
    from .api.forecast import get_paged_forecasts as get_paged_forecasts
    from .api.forecast import upsert_forecast as upsert_forecast
    from .api.health import ping as ping
    from .api.home_base import delete_home_base as delete_home_base
    from .api.home_base import get_home_base as get_home_base
    from .api.home_base import get_paged_home_bases as get_paged_home_bases
    from .api.home_base import upsert_home_base as upsert_home_base
    from .api.shift_schedule import add_shift_schedule as add_shift_schedule
    from .api.shift_schedule import delete_shift_schedule as delete_shift_schedule
    from .api.shift_schedule import get_shift_schedules_by_employee_id as get_shift_schedules_by_employee_id
    from .api.shift_schedule import update_shift_schedule as update_shift_schedule
    from .api.transport_resource import delete_transport_resource as delete_transport_resource
    from .api.transport_resource import get_paged_transport_resources as get_paged_transport_resources
    from .api.transport_resource import get_transport_resource as get_transport_resource
    from .api.transport_resource import upsert_transport_resource as upsert_transport_resource
    from .api.transport_resource_unavailability import (
        add_transport_resource_unavailability as add_transport_resource_unavailability,
    )
    from .api.transport_resource_unavailability import (
        delete_transport_resource_unavailability as delete_transport_resource_unavailability,
    )
    from .api.transport_resource_unavailability import (
        get_transport_resource_unavailabilities as get_transport_resource_unavailabilities,
    )
    from .api.transport_resource_unavailability import (
        get_transport_resource_unavailability as get_transport_resource_unavailability,
    )
    from .api.transport_resource_unavailability import (
        update_transport_resource_unavailability as update_transport_resource_unavailability,
    )
    from .client import AuthenticatedClient, Client
    from .lib import _pagination
    from .lib._pagination import AsyncPaginator, Page, Paginator
    from .lib._raw import RawResponse
    from .models import actual as _m_actual
    from .models import availability as _m_availability
    from .models import deployment as _m_deployment
    from .models import employee as _m_employee
    from .models import forecast as _m_forecast
    from .models import home_base as _m_home_base
    from .models import shift_schedule as _m_shift_schedule
    from .models import transport_resource as _m_transport_resource
    from .models import unavailability as _m_unavailability
    from .models.actual import Actual
    from .models.address import Address
    from .models.availability import Availability
    from .models.availability_start import AvailabilityStart
    from .models.availability_start_location import AvailabilityStartLocation
    from .models.capacity import Capacity
    from .models.custom_data import CustomData
    from .models.deployment import Deployment
    from .models.deployment_boundary import DeploymentBoundary
    from .models.deployment_page import DeploymentPage
    from .models.employee import Employee
    from .models.employee_name import EmployeeName
    from .models.employee_page import EmployeePage
    from .models.end_location import EndLocation
    from .models.forecast import Forecast
    from .models.forecast_page import ForecastPage
    from .models.home_base import HomeBase
    from .models.home_base_page import HomeBasePage
    from .models.home_base_reference import HomeBaseReference
    from .models.location_address import LocationAddress
    from .models.problem import Problem
    from .models.recurrence_period import RecurrencePeriod
    from .models.shift_schedule import ShiftSchedule
    from .models.shift_schedule_start import ShiftScheduleStart
    from .models.shift_stop import ShiftStop
    from .models.transport_resource import TransportResource
    from .models.transport_resource_page import TransportResourcePage
    from .models.transport_resource_reference import TransportResourceReference
    from .models.transport_resource_type import TransportResourceType
    from .models.unavailability import Unavailability
    from .types import Response
else:  # the operation modules load on a method's first call
    lazy_modules(
        globals(),
        __name__.rsplit(".", 1)[0],
        {
            "add_employee_actual": "api.actual.add_employee_actual",
            "add_employee_availability": "api.availability.add_employee_availability",
            "add_employee_unavailability": "api.employee_unavailability.add_employee_unavailability",
            "add_shift_schedule": "api.shift_schedule.add_shift_schedule",
            "add_transport_resource_unavailability": "api.transport_resource_unavailability.add_transport_resource_unavailability",
            "delete_employee": "api.employee.delete_employee",
            "delete_employee_actual": "api.actual.delete_employee_actual",
            "delete_employee_availability": "api.availability.delete_employee_availability",
            "delete_employee_unavailability": "api.employee_unavailability.delete_employee_unavailability",
            "delete_external_deployment": "api.deployment.delete_external_deployment",
            "delete_forecast": "api.forecast.delete_forecast",
            "delete_home_base": "api.home_base.delete_home_base",
            "delete_shift_schedule": "api.shift_schedule.delete_shift_schedule",
            "delete_transport_resource": "api.transport_resource.delete_transport_resource",
            "delete_transport_resource_unavailability": "api.transport_resource_unavailability.delete_transport_resource_unavailability",
            "get_deployment": "api.deployment.get_deployment",
            "get_employee": "api.employee.get_employee",
            "get_employee_actual": "api.actual.get_employee_actual",
            "get_employee_actuals": "api.actual.get_employee_actuals",
            "get_employee_availabilities": "api.availability.get_employee_availabilities",
            "get_employee_availability": "api.availability.get_employee_availability",
            "get_employee_unavailabilities": "api.employee_unavailability.get_employee_unavailabilities",
            "get_employee_unavailability": "api.employee_unavailability.get_employee_unavailability",
            "get_forecast": "api.forecast.get_forecast",
            "get_home_base": "api.home_base.get_home_base",
            "get_paged_deployments": "api.deployment.get_paged_deployments",
            "get_paged_employees": "api.employee.get_paged_employees",
            "get_paged_forecasts": "api.forecast.get_paged_forecasts",
            "get_paged_home_bases": "api.home_base.get_paged_home_bases",
            "get_paged_transport_resources": "api.transport_resource.get_paged_transport_resources",
            "get_shift_schedules_by_employee_id": "api.shift_schedule.get_shift_schedules_by_employee_id",
            "get_transport_resource": "api.transport_resource.get_transport_resource",
            "get_transport_resource_unavailabilities": "api.transport_resource_unavailability.get_transport_resource_unavailabilities",
            "get_transport_resource_unavailability": "api.transport_resource_unavailability.get_transport_resource_unavailability",
            "ping": "api.health.ping",
            "update_employee_actual": "api.actual.update_employee_actual",
            "update_employee_availability": "api.availability.update_employee_availability",
            "update_employee_unavailability": "api.employee_unavailability.update_employee_unavailability",
            "update_shift_schedule": "api.shift_schedule.update_shift_schedule",
            "update_transport_resource_unavailability": "api.transport_resource_unavailability.update_transport_resource_unavailability",
            "upsert_employee": "api.employee.upsert_employee",
            "upsert_external_deployment": "api.deployment.upsert_external_deployment",
            "upsert_forecast": "api.forecast.upsert_forecast",
            "upsert_home_base": "api.home_base.upsert_home_base",
            "upsert_transport_resource": "api.transport_resource.upsert_transport_resource",
            "_m_actual": "models.actual",
            "_m_availability": "models.availability",
            "_m_deployment": "models.deployment",
            "_m_employee": "models.employee",
            "_m_forecast": "models.forecast",
            "_m_home_base": "models.home_base",
            "_m_shift_schedule": "models.shift_schedule",
            "_m_transport_resource": "models.transport_resource",
            "_m_unavailability": "models.unavailability",
            "_pagination": "lib._pagination",
        },
    )

__all__ = ["AsyncOptiflowResources", "OptiflowResources"]

METHODS: dict[str, str] = {
    "addEmployeeActual": "employee_actuals.add",
    "addEmployeeAvailability": "employee_availabilities.add",
    "addEmployeeUnavailability": "employee_unavailabilities.add",
    "addShiftSchedule": "shift_schedules.add",
    "addTransportResourceUnavailability": "transport_resource_unavailabilities.add",
    "deleteEmployee": "employees.delete",
    "deleteEmployeeActual": "employee_actuals.delete",
    "deleteEmployeeAvailability": "employee_availabilities.delete",
    "deleteEmployeeUnavailability": "employee_unavailabilities.delete",
    "deleteExternalDeployment": "deployments.delete_external",
    "deleteForecast": "forecasts.delete",
    "deleteHomeBase": "home_bases.delete_base",
    "deleteShiftSchedule": "shift_schedules.delete",
    "deleteTransportResource": "transport_resources.delete",
    "deleteTransportResourceUnavailability": "transport_resource_unavailabilities.delete",
    "getDeployment": "deployments.get",
    "getEmployee": "employees.get",
    "getEmployeeActual": "employee_actuals.get",
    "getEmployeeActuals": "employee_actuals.list",
    "getEmployeeAvailabilities": "employee_availabilities.list",
    "getEmployeeAvailability": "employee_availabilities.get",
    "getEmployeeUnavailabilities": "employee_unavailabilities.list",
    "getEmployeeUnavailability": "employee_unavailabilities.get",
    "getForecast": "forecasts.get",
    "getHomeBase": "home_bases.get_base",
    "getPagedDeployments": "deployments.list",
    "getPagedEmployees": "employees.list",
    "getPagedForecasts": "forecasts.list",
    "getPagedHomeBases": "home_bases.list",
    "getPagedTransportResources": "transport_resources.list",
    "getShiftSchedulesByEmployeeId": "shift_schedules.list",
    "getTransportResource": "transport_resources.get",
    "getTransportResourceUnavailabilities": "transport_resource_unavailabilities.list",
    "getTransportResourceUnavailability": "transport_resource_unavailabilities.get",
    "ping": "health.ping",
    "updateEmployeeActual": "employee_actuals.update",
    "updateEmployeeAvailability": "employee_availabilities.update",
    "updateEmployeeUnavailability": "employee_unavailabilities.update",
    "updateShiftSchedule": "shift_schedules.update",
    "updateTransportResourceUnavailability": "transport_resource_unavailabilities.update",
    "upsertEmployee": "employees.upsert",
    "upsertExternalDeployment": "deployments.upsert_external",
    "upsertForecast": "forecasts.upsert",
    "upsertHomeBase": "home_bases.upsert_base",
    "upsertTransportResource": "transport_resources.upsert",
}
"""operationId -> ``<namespace>.<method>`` of the resource clients."""


class DeploymentsResource(Namespace):
    """``client.deployments``: A deployment assigns an employee to one or more transport resources for a
    period at a location. Deployments created through this API are external ones (managed outside
    resource management); deployments created by releasing routes in PTV OptiFlow carry a planning_id
    and cannot be changed here.
    """

    __slots__ = ()

    def delete_external(
        self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> None:
        """Delete an external deployment

        Removes the deployment with this business id.

        ``DELETE /deployment/{business_id}`` (operation ``deleteExternalDeployment``).

        Args:
            business_id (str):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_external_deployment.sync(
            business_id=business_id, if_match=if_match, client=with_call_options(self._client, options)
        )

    def get(self, business_id: str, **options: Unpack[CallOptions]) -> Deployment:
        """Get a deployment

        Returns one deployment by business id; the `ETag` header carries its version.

        ``GET /deployment/{business_id}`` (operation ``getDeployment``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Deployment

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_deployment.sync(business_id=business_id, client=with_call_options(self._client, options))

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[Deployment]:
        """List deployments (cursor paging)

        Returns deployments one page at a time; pass a cursor from an earlier page to move on. Deployments
        with a planning_id come from releasing routes in PTV OptiFlow; the others are external.

        ``GET /deployment`` (operation ``getPagedDeployments``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[Deployment]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(get_paged_deployments),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    def upsert_external(
        self,
        business_id: str,
        *,
        body: Deployment,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Deployment | None: ...
    @overload
    def upsert_external(
        self,
        business_id: str,
        *,
        id: str | Unset = UNSET,
        planning_id: None | str | Unset = UNSET,
        resource_combination_id: str | Unset = UNSET,
        availability_id: str | Unset = UNSET,
        employee_id: str | Unset = UNSET,
        transport_resource_ids: Sequence[str] | Unset = UNSET,
        start: DeploymentBoundary | Unset = UNSET,
        end: DeploymentBoundary | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Deployment | None: ...
    def upsert_external(
        self,
        business_id: str,
        *,
        body: Deployment | Unset = UNSET,
        id: str | Unset = UNSET,
        planning_id: None | str | Unset = UNSET,
        resource_combination_id: str | Unset = UNSET,
        availability_id: str | Unset = UNSET,
        employee_id: str | Unset = UNSET,
        transport_resource_ids: Sequence[str] | Unset = UNSET,
        start: DeploymentBoundary | Unset = UNSET,
        end: DeploymentBoundary | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Deployment | None:
        """Create or update an external deployment

        Creates the deployment, or replaces it when the business id is already known. Only external
        deployments can be written; those that carry a planning_id are managed by releasing routes.
        (Operation id seen on the portal; the path is inferred.)

        ``PUT /deployment/{business_id}`` (operation ``upsertExternalDeployment``).

        Args:
            business_id (str):
            body (Deployment): An employee assigned to transport resources for a period at a location.
                Without planning_id it is an external deployment; with one it comes from releasing routes in
                PTV OptiFlow.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            id (str | Unset): Identifier of the deployment. Example: deployment-123.
            planning_id (None | str | Unset): Planning the deployment was released from; absent for external
                deployments.
            resource_combination_id (str | Unset): Resource combination it belongs to, if any. Example:
                rc-456.
            availability_id (str | Unset): Availability it belongs to, if any. Example: avail-789.
            employee_id (str | Unset): The employee deployed. Example: employee-42.
            transport_resource_ids (list[str] | Unset): The transport resources deployed. Example:
                ['truck-1', 'trailer-2'].
            start (DeploymentBoundary | Unset): A moment and place at which a deployment begins or ends.
            end (DeploymentBoundary | Unset): A moment and place at which a deployment begins or ends.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Deployment | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_deployment.Deployment(
                id=id,
                planning_id=planning_id,
                resource_combination_id=resource_combination_id,
                availability_id=availability_id,
                employee_id=employee_id,
                transport_resource_ids=listed(transport_resource_ids),
                start=start,
                end=end,
            )
        return upsert_external_deployment.sync(
            business_id=business_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _DeploymentsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_DeploymentsResourceRaw", raw(self))


class EmployeeActualsResource(Namespace):
    """``client.employee_actuals``: The hours an employee really worked during a finished shift. Used to
    compare worked and contractual hours and to steer the optimisation towards balanced weeks. Actuals
    should lie in the past.
    """

    __slots__ = ()

    @overload
    def add(
        self, business_id: str, *, body: Actual, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> Actual | None: ...
    @overload
    def add(
        self,
        business_id: str,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        id: str | Unset = UNSET,
        worked_time: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Actual | None: ...
    def add(
        self,
        business_id: str,
        *,
        body: Actual | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        id: str | Unset = UNSET,
        worked_time: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Actual | None:
        """Add an actual

        Adds an actual to the employee. The application assigns its id, returned in `Location` and, with
        `return=representation`, in the body. Only add actuals of shifts that have already ended.

        ``POST /employee/{business_id}/actual`` (operation ``addEmployeeActual``).

        Args:
            business_id (str):
            body (Actual): Time an employee really worked during a finished shift; it must lie in the past.
            prefer (str | Unset):  Example: return=representation.
            Or, instead of ``body``, the body's fields as keywords:
            start (datetime.datetime):  Example: 2024-01-02T06:00:00Z.
            end (datetime.datetime):  Example: 2024-01-02T14:30:00Z.
            id (str | Unset): Identifier the application assigned on creation. Example:
                d2c6013e-9194-46ac-a44c-855abf1176ca.
            worked_time (str | Unset): Time actually worked (ISO 8601 duration). Example: PT8H.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Actual | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_actual.Actual(
                start=required(start, "start"), end=required(end, "end"), id=id, worked_time=worked_time
            )
        return add_employee_actual.sync(
            business_id=business_id, body=body, prefer=prefer, client=with_call_options(self._client, options)
        )

    def delete(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete an actual

        Removes an actual of the employee.

        ``DELETE /employee/{business_id}/actual/{generated_id}`` (operation ``deleteEmployeeActual``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_employee_actual.sync(
            business_id=business_id,
            generated_id=generated_id,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    def get(self, business_id: str, generated_id: str | UUID, **options: Unpack[CallOptions]) -> Actual:
        """Get one actual of an employee

        Returns one actual of the employee; the `ETag` header carries its version.

        ``GET /employee/{business_id}/actual/{generated_id}`` (operation ``getEmployeeActual``).

        Args:
            business_id (str):
            generated_id (str | UUID):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Actual

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_employee_actual.sync(
            business_id=business_id, generated_id=generated_id, client=with_call_options(self._client, options)
        )

    def list(self, business_id: str, **options: Unpack[CallOptions]) -> builtins.list[Actual]:
        """List the actuals of an employee

        Returns every actual of the employee (not paged).

        ``GET /employee/{business_id}/actual`` (operation ``getEmployeeActuals``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            list[Actual]

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_employee_actuals.sync(business_id=business_id, client=with_call_options(self._client, options))

    @overload
    def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: Actual,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Actual | None: ...
    @overload
    def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        id: str | Unset = UNSET,
        worked_time: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Actual | None: ...
    def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: Actual | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        id: str | Unset = UNSET,
        worked_time: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Actual | None:
        """Update an actual

        Replaces an actual of the employee.

        ``PUT /employee/{business_id}/actual/{generated_id}`` (operation ``updateEmployeeActual``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            body (Actual): Time an employee really worked during a finished shift; it must lie in the past.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            start (datetime.datetime):  Example: 2024-01-02T06:00:00Z.
            end (datetime.datetime):  Example: 2024-01-02T14:30:00Z.
            id (str | Unset): Identifier the application assigned on creation. Example:
                d2c6013e-9194-46ac-a44c-855abf1176ca.
            worked_time (str | Unset): Time actually worked (ISO 8601 duration). Example: PT8H.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Actual | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_actual.Actual(
                start=required(start, "start"), end=required(end, "end"), id=id, worked_time=worked_time
            )
        return update_employee_actual.sync(
            business_id=business_id,
            generated_id=generated_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _EmployeeActualsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_EmployeeActualsResourceRaw", raw(self))


class EmployeeAvailabilitiesResource(Namespace):
    """``client.employee_availabilities``: An availability is a concrete time range in which an employee
    can be given work. Creating or changing one makes the application take a fresh snapshot of the
    employee (taking relocations and unavailabilities into account) and re-evaluate which transport
    resources the employee could be combined with.
    """

    __slots__ = ()

    @overload
    def add(
        self, business_id: str, *, body: Availability, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> Availability | None: ...
    @overload
    def add(
        self,
        business_id: str,
        *,
        start: AvailabilityStart,
        id: str | Unset = UNSET,
        stop: ShiftStop | Unset = UNSET,
        mandatory: bool | Unset = UNSET,
        start_location: AvailabilityStartLocation | Unset = UNSET,
        end_location: EndLocation | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Availability | None: ...
    def add(
        self,
        business_id: str,
        *,
        body: Availability | Unset = UNSET,
        start: AvailabilityStart | Unset = UNSET,
        id: str | Unset = UNSET,
        stop: ShiftStop | Unset = UNSET,
        mandatory: bool | Unset = UNSET,
        start_location: AvailabilityStartLocation | Unset = UNSET,
        end_location: EndLocation | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Availability | None:
        """Add an availability

        Adds an availability to the employee; it must not overlap the employee's other availabilities. The
        application assigns its id, returned in `Location` and, with `return=representation`, in the body.

        ``POST /employee/{business_id}/availability`` (operation ``addEmployeeAvailability``).

        Args:
            business_id (str):
            body (Availability): A concrete period in which an employee can be planned. Availabilities of
                one employee must not overlap.
            prefer (str | Unset):  Example: return=representation.
            Or, instead of ``body``, the body's fields as keywords:
            start (AvailabilityStart): The range in which the employee may start.
            id (str | Unset): Identifier the application assigned on creation. Example:
                0b7c6a52-3f0e-4d39-9a4e-5d1b2f9e8c11.
            stop (ShiftStop | Unset): Optional limits on when the shift ends.
            mandatory (bool | Unset): Whether the resulting combination must be used when planning. Default:
                False.
            start_location (AvailabilityStartLocation | Unset): Where the employee starts this availability,
                overriding the employee's start location or home base. With an ad-hoc address the employee
                is only combined with transport resources starting at a location of the same name (unless a
                journey is under way).
            end_location (EndLocation | Unset): [EXPERIMENTAL] Where the shift ends. Left out, the employee
                returns to the start location. Set exactly one of `address`, `home_base` and
                `at_last_activity`.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Availability | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_availability.Availability(
                start=required(start, "start"),
                id=id,
                stop=stop,
                mandatory=mandatory,
                start_location=start_location,
                end_location=end_location,
            )
        return add_employee_availability.sync(
            business_id=business_id, body=body, prefer=prefer, client=with_call_options(self._client, options)
        )

    def delete(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete an availability

        Removes an availability of the employee. (Operation id seen on the portal; the path is inferred.)

        ``DELETE /employee/{business_id}/availability/{generated_id}`` (operation ``deleteEmployeeAvailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_employee_availability.sync(
            business_id=business_id,
            generated_id=generated_id,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    def get(self, business_id: str, generated_id: str | UUID, **options: Unpack[CallOptions]) -> Availability:
        """Get one availability of an employee

        Returns one availability of the employee; the `ETag` header carries its version.

        ``GET /employee/{business_id}/availability/{generated_id}`` (operation ``getEmployeeAvailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Availability

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_employee_availability.sync(
            business_id=business_id, generated_id=generated_id, client=with_call_options(self._client, options)
        )

    def list(self, business_id: str, **options: Unpack[CallOptions]) -> builtins.list[Availability]:
        """List the availabilitys of an employee

        Returns every availability of the employee (not paged).

        ``GET /employee/{business_id}/availability`` (operation ``getEmployeeAvailabilities``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            list[Availability]

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_employee_availabilities.sync(
            business_id=business_id, client=with_call_options(self._client, options)
        )

    @overload
    def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: Availability,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Availability | None: ...
    @overload
    def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        start: AvailabilityStart,
        id: str | Unset = UNSET,
        stop: ShiftStop | Unset = UNSET,
        mandatory: bool | Unset = UNSET,
        start_location: AvailabilityStartLocation | Unset = UNSET,
        end_location: EndLocation | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Availability | None: ...
    def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: Availability | Unset = UNSET,
        start: AvailabilityStart | Unset = UNSET,
        id: str | Unset = UNSET,
        stop: ShiftStop | Unset = UNSET,
        mandatory: bool | Unset = UNSET,
        start_location: AvailabilityStartLocation | Unset = UNSET,
        end_location: EndLocation | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Availability | None:
        """Update an availability

        Replaces an availability of the employee. (Operation id seen on the portal; the path is inferred.)

        ``PUT /employee/{business_id}/availability/{generated_id}`` (operation ``updateEmployeeAvailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            body (Availability): A concrete period in which an employee can be planned. Availabilities of
                one employee must not overlap.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            start (AvailabilityStart): The range in which the employee may start.
            id (str | Unset): Identifier the application assigned on creation. Example:
                0b7c6a52-3f0e-4d39-9a4e-5d1b2f9e8c11.
            stop (ShiftStop | Unset): Optional limits on when the shift ends.
            mandatory (bool | Unset): Whether the resulting combination must be used when planning. Default:
                False.
            start_location (AvailabilityStartLocation | Unset): Where the employee starts this availability,
                overriding the employee's start location or home base. With an ad-hoc address the employee
                is only combined with transport resources starting at a location of the same name (unless a
                journey is under way).
            end_location (EndLocation | Unset): [EXPERIMENTAL] Where the shift ends. Left out, the employee
                returns to the start location. Set exactly one of `address`, `home_base` and
                `at_last_activity`.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Availability | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_availability.Availability(
                start=required(start, "start"),
                id=id,
                stop=stop,
                mandatory=mandatory,
                start_location=start_location,
                end_location=end_location,
            )
        return update_employee_availability.sync(
            business_id=business_id,
            generated_id=generated_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _EmployeeAvailabilitiesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_EmployeeAvailabilitiesResourceRaw", raw(self))


class EmployeeUnavailabilitiesResource(Namespace):
    """``client.employee_unavailabilities``: A time range in which an employee cannot work (illness, leave,
    other absence). While it lasts the employee is not combined with a transport resource and is left
    out of planning.
    """

    __slots__ = ()

    @overload
    def add(
        self, business_id: str, *, body: Unavailability, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> Unavailability | None: ...
    @overload
    def add(
        self,
        business_id: str,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        id: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None: ...
    def add(
        self,
        business_id: str,
        *,
        body: Unavailability | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        id: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None:
        """Add an unavailability

        Adds an unavailability to the employee. The application assigns its id, returned in `Location` and,
        with `return=representation`, in the body.

        ``POST /employee/{business_id}/unavailability`` (operation ``addEmployeeUnavailability``).

        Args:
            business_id (str):
            body (Unavailability): A period in which an employee or a transport resource cannot be planned.
            prefer (str | Unset):  Example: return=representation.
            Or, instead of ``body``, the body's fields as keywords:
            start (datetime.datetime):  Example: 2024-01-08T00:00:00Z.
            end (datetime.datetime):  Example: 2024-01-13T00:00:00Z.
            id (str | Unset): Identifier the application assigned on creation. Example:
                5a4e8c43-80c0-4d5b-8f7e-32ec94f25d79.
            reason (str | Unset): Free-text reason. Example: holiday.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Unavailability | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_unavailability.Unavailability(
                start=required(start, "start"), end=required(end, "end"), id=id, reason=reason
            )
        return add_employee_unavailability.sync(
            business_id=business_id, body=body, prefer=prefer, client=with_call_options(self._client, options)
        )

    def delete(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete an unavailability

        Removes an unavailability of the employee. (Operation id seen on the portal; the path is inferred.)

        ``DELETE /employee/{business_id}/unavailability/{generated_id}`` (operation ``deleteEmployeeUnavailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_employee_unavailability.sync(
            business_id=business_id,
            generated_id=generated_id,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    def get(self, business_id: str, generated_id: str | UUID, **options: Unpack[CallOptions]) -> Unavailability:
        """Get one unavailability of an employee

        Returns one unavailability of the employee; the `ETag` header carries its version.

        ``GET /employee/{business_id}/unavailability/{generated_id}`` (operation ``getEmployeeUnavailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Unavailability

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_employee_unavailability.sync(
            business_id=business_id, generated_id=generated_id, client=with_call_options(self._client, options)
        )

    def list(self, business_id: str, **options: Unpack[CallOptions]) -> builtins.list[Unavailability]:
        """List the unavailabilitys of an employee

        Returns every unavailability of the employee (not paged).

        ``GET /employee/{business_id}/unavailability`` (operation ``getEmployeeUnavailabilities``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            list[Unavailability]

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_employee_unavailabilities.sync(
            business_id=business_id, client=with_call_options(self._client, options)
        )

    @overload
    def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: Unavailability,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None: ...
    @overload
    def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        id: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None: ...
    def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: Unavailability | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        id: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None:
        """Update an unavailability

        Replaces an unavailability of the employee.

        ``PUT /employee/{business_id}/unavailability/{generated_id}`` (operation ``updateEmployeeUnavailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            body (Unavailability): A period in which an employee or a transport resource cannot be planned.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            start (datetime.datetime):  Example: 2024-01-08T00:00:00Z.
            end (datetime.datetime):  Example: 2024-01-13T00:00:00Z.
            id (str | Unset): Identifier the application assigned on creation. Example:
                5a4e8c43-80c0-4d5b-8f7e-32ec94f25d79.
            reason (str | Unset): Free-text reason. Example: holiday.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Unavailability | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_unavailability.Unavailability(
                start=required(start, "start"), end=required(end, "end"), id=id, reason=reason
            )
        return update_employee_unavailability.sync(
            business_id=business_id,
            generated_id=generated_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _EmployeeUnavailabilitiesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_EmployeeUnavailabilitiesResourceRaw", raw(self))


class EmployeesResource(Namespace):
    """``client.employees``: Maintain the employees that matter to resource management, typically the
    people who can operate transport resources.
    """

    __slots__ = ()

    def delete(self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]) -> None:
        """Delete an employee

        Removes the employee with this business id. The portal has a page for this operation (its address
        names the operation id), but its content could not be read; the answers are assumed to be those of
        the other deletions.

        ``DELETE /employee/{business_id}`` (operation ``deleteEmployee``).

        Args:
            business_id (str):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_employee.sync(
            business_id=business_id, if_match=if_match, client=with_call_options(self._client, options)
        )

    def get(self, business_id: str, **options: Unpack[CallOptions]) -> Employee:
        """Get an employee

        Returns one employee by business id; the `ETag` header carries its version. (Path seen on the
        portal; the operation id is ours.)

        ``GET /employee/{business_id}`` (operation ``getEmployee``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Employee

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_employee.sync(business_id=business_id, client=with_call_options(self._client, options))

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[Employee]:
        """List employees (cursor paging)

        Returns employees one page at a time. Follow `cursors.next` with the `cursor` parameter to get the
        next page.

        ``GET /employee`` (operation ``getPagedEmployees``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[Employee]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(get_paged_employees),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    def upsert(
        self,
        business_id: str,
        *,
        body: Employee,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Employee | None: ...
    @overload
    def upsert(
        self,
        business_id: str,
        *,
        business_id_: str | Unset = UNSET,
        name: EmployeeName | Unset = UNSET,
        driver_skills: Sequence[str] | Unset = UNSET,
        skills: Sequence[str] | Unset = UNSET,
        start_location: LocationAddress | Unset = UNSET,
        home_base: HomeBaseReference | Unset = UNSET,
        fixed_assignment: TransportResourceReference | Unset = UNSET,
        custom_data: CustomData | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Employee | None: ...
    def upsert(
        self,
        business_id: str,
        *,
        body: Employee | Unset = UNSET,
        business_id_: str | Unset = UNSET,
        name: EmployeeName | Unset = UNSET,
        driver_skills: Sequence[str] | Unset = UNSET,
        skills: Sequence[str] | Unset = UNSET,
        start_location: LocationAddress | Unset = UNSET,
        home_base: HomeBaseReference | Unset = UNSET,
        fixed_assignment: TransportResourceReference | Unset = UNSET,
        custom_data: CustomData | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Employee | None:
        """Create or update an employee

        Creates the employee, or replaces it when the business id is already known. Every response carries
        the version as a weak ETag; send it back in `If-Match` to make sure nobody changed the employee in
        between.

        ``PUT /employee/{business_id}`` (operation ``upsertEmployee``).

        Args:
            business_id (str):
            body (Employee): A person who can be planned, typically a driver. Give either `home_base` or
                `start_location`.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            business_id_: business_id (str | Unset): Your identifier of the employee. Example: EMP-18.
            name (EmployeeName | Unset): Name parts of an employee; each may be null, as naming customs
                differ by region.
            driver_skills (list[str] | Unset): Skills that only count together with a transport resource;
                they decide which combinations are possible and what those combinations can do. Example:
                ['driving license CE'].
            skills (list[str] | Unset): Skills the employee brings to any combination, whatever the
                transport resource (e.g. languages). Example: ['dutch'].
            start_location (LocationAddress | Unset): An ad-hoc, named location. Resources are matched on
                the name, so use the same name for the same place.
            home_base (HomeBaseReference | Unset): Points at a home base by its business id.
            fixed_assignment (TransportResourceReference | Unset): Points at a transport resource by its
                business id.
            custom_data (CustomData | Unset): Free-form key/value data kept with an entity. Example:
                {'shop_manager': 'John Smith'}.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Employee | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_employee.Employee(
                business_id=business_id_,
                name=name,
                driver_skills=listed(driver_skills),
                skills=listed(skills),
                start_location=start_location,
                home_base=home_base,
                fixed_assignment=fixed_assignment,
                custom_data=custom_data,
            )
        return upsert_employee.sync(
            business_id=business_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _EmployeesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_EmployeesResourceRaw", raw(self))


class ForecastsResource(Namespace):
    """``client.forecasts``: The number of shifts expected to be needed on a day at a location, used for
    capacity planning. Forecasts are shown to users only; the application does not compute with them.
    """

    __slots__ = ()

    def delete(self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]) -> None:
        """Delete a forecast

        Removes the forecast with this business id.

        ``DELETE /forecast/{business_id}`` (operation ``deleteForecast``).

        Args:
            business_id (str):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_forecast.sync(
            business_id=business_id, if_match=if_match, client=with_call_options(self._client, options)
        )

    def get(self, business_id: str, **options: Unpack[CallOptions]) -> Forecast:
        """Get a forecast

        Returns one forecast by business id; the `ETag` header carries its version.

        ``GET /forecast/{business_id}`` (operation ``getForecast``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Forecast

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_forecast.sync(business_id=business_id, client=with_call_options(self._client, options))

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[Forecast]:
        """List forecasts (cursor paging)

        Returns forecasts one page at a time; pass a cursor from an earlier page to move on.

        ``GET /forecast`` (operation ``getPagedForecasts``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[Forecast]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(get_paged_forecasts),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    def upsert(
        self,
        business_id: str,
        *,
        body: Forecast,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Forecast | None: ...
    @overload
    def upsert(
        self,
        business_id: str,
        *,
        date: datetime.date,
        home_base: HomeBaseReference,
        shifts: int,
        business_id_: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Forecast | None: ...
    def upsert(
        self,
        business_id: str,
        *,
        body: Forecast | Unset = UNSET,
        date: datetime.date | Unset = UNSET,
        home_base: HomeBaseReference | Unset = UNSET,
        shifts: int | Unset = UNSET,
        business_id_: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Forecast | None:
        """Create or update a forecast

        Creates the forecast, or replaces it when the business id is already known.

        ``PUT /forecast/{business_id}`` (operation ``upsertForecast``).

        Args:
            business_id (str):
            body (Forecast): Expected number of shifts needed on one day at one home base.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            date (datetime.date):  Example: 2024-01-02.
            home_base (HomeBaseReference): Points at a home base by its business id.
            shifts (int): Number of shifts expected to be needed. Example: 12.
            business_id_: business_id (str | Unset):  Example: FC-GHENT-2024-01-02.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Forecast | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_forecast.Forecast(
                date=required(date, "date"),
                home_base=required(home_base, "home_base"),
                shifts=required(shifts, "shifts"),
                business_id=business_id_,
            )
        return upsert_forecast.sync(
            business_id=business_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _ForecastsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_ForecastsResourceRaw", raw(self))


class HealthResource(Namespace):
    """``client.health``: General endpoints, such as checking that the API can be reached."""

    __slots__ = ()

    def ping(self, **options: Unpack[CallOptions]) -> str:
        """Check the connection

        Authenticates the caller and answers `pong` when the connection and credentials work.

        ``GET /ping`` (operation ``ping``).

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            str

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return ping.sync(client=with_call_options(self._client, options))

    @property
    def with_raw_response(self) -> _HealthResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_HealthResourceRaw", raw(self))


class HomeBasesResource(Namespace):
    """``client.home_bases``: A named, reusable address that employees and transport resources can refer to
    instead of carrying their own address. Changing a home base affects every future resource that uses
    it.
    """

    __slots__ = ()

    def delete_base(self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]) -> None:
        """Delete a home base

        Removes the home base with this business id.

        ``DELETE /home-base/{business_id}`` (operation ``deleteHomeBase``).

        Args:
            business_id (str):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_home_base.sync(
            business_id=business_id, if_match=if_match, client=with_call_options(self._client, options)
        )

    def get_base(self, business_id: str, **options: Unpack[CallOptions]) -> HomeBase:
        """Get a home base

        Returns one home base by business id; the `ETag` header carries its version.

        ``GET /home-base/{business_id}`` (operation ``getHomeBase``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            HomeBase

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_home_base.sync(business_id=business_id, client=with_call_options(self._client, options))

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[HomeBase]:
        """List home bases (cursor paging)

        Returns home bases one page at a time; pass a cursor from an earlier page to move on.

        ``GET /home-base`` (operation ``getPagedHomeBases``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[HomeBase]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(get_paged_home_bases),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    def upsert_base(
        self,
        business_id: str,
        *,
        body: HomeBase,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> HomeBase | None: ...
    @overload
    def upsert_base(
        self,
        business_id: str,
        *,
        business_id_: str | Unset = UNSET,
        name: str | Unset = UNSET,
        address: Address | Unset = UNSET,
        plan_group: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> HomeBase | None: ...
    def upsert_base(
        self,
        business_id: str,
        *,
        body: HomeBase | Unset = UNSET,
        business_id_: str | Unset = UNSET,
        name: str | Unset = UNSET,
        address: Address | Unset = UNSET,
        plan_group: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> HomeBase | None:
        """Create or update a home base

        Creates the home base, or replaces it when the business id is already known. Changes reach every
        future resource that uses the home base.

        ``PUT /home-base/{business_id}`` (operation ``upsertHomeBase``).

        Args:
            business_id (str):
            body (HomeBase): A reusable named address that employees and transport resources can refer to.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            business_id_: business_id (str | Unset): Your identifier of the home base. Example: HB-GHENT-01.
            name (str | Unset): Display name. Example: Ghent - Headquarters.
            address (Address | Unset): A postal address, coordinates, or both. Without a geo_point, city,
                zip_code and country_code are needed so the address can be geocoded.
            plan_group (str | Unset): Planning group the home base belongs to. Example: Flanders.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            HomeBase | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_home_base.HomeBase(business_id=business_id_, name=name, address=address, plan_group=plan_group)
        return upsert_home_base.sync(
            business_id=business_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _HomeBasesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_HomeBasesResourceRaw", raw(self))


class ShiftSchedulesResource(Namespace):
    """``client.shift_schedules``: A shift schedule describes the recurring weekly pattern in which an
    employee is expected to work. It does not create availabilities by itself; the user interface can
    generate availabilities from it, and planners use it to look ahead when an employee should be
    available.
    """

    __slots__ = ()

    @overload
    def add(
        self, business_id: str, *, body: ShiftSchedule, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> ShiftSchedule | None: ...
    @overload
    def add(
        self,
        business_id: str,
        *,
        start: ShiftScheduleStart,
        templates: Sequence[RecurrencePeriod],
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ShiftSchedule | None: ...
    def add(
        self,
        business_id: str,
        *,
        body: ShiftSchedule | Unset = UNSET,
        start: ShiftScheduleStart | Unset = UNSET,
        templates: Sequence[RecurrencePeriod] | Unset = UNSET,
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ShiftSchedule | None:
        """Add a shift schedule

        Adds a shift schedule to the employee. The application assigns its id, returned in `Location` and,
        with `return=representation`, in the body.

        ``POST /employee/{business_id}/shift-schedule`` (operation ``addShiftSchedule``).

        Args:
            business_id (str):
            body (ShiftSchedule): A weekly recurrence pattern of shifts for one employee.
            prefer (str | Unset):  Example: return=representation.
            Or, instead of ``body``, the body's fields as keywords:
            start (ShiftScheduleStart): When the schedule takes effect and in which week of the pattern it
                begins.
            templates (list[RecurrencePeriod]): One entry per calendar week (Monday to Sunday) of the
                pattern.
            id (str | Unset): Identifier the application assigned when the schedule was created. Example:
                f22896d0-ed42-4a14-a935-7a29072bc5ac.
            name (str | Unset): Optional label of the schedule. Example: Standard 38H.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            ShiftSchedule | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_shift_schedule.ShiftSchedule(
                start=required(start, "start"), templates=listed(required(templates, "templates")), id=id, name=name
            )
        return add_shift_schedule.sync(
            business_id=business_id, body=body, prefer=prefer, client=with_call_options(self._client, options)
        )

    def delete(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete a shift schedule

        Removes a shift schedule of the employee. (The path is inferred.)

        ``DELETE /employee/{business_id}/shift-schedule/{generated_id}`` (operation ``deleteShiftSchedule``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_shift_schedule.sync(
            business_id=business_id,
            generated_id=generated_id,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    def list(self, business_id: str, **options: Unpack[CallOptions]) -> builtins.list[ShiftSchedule]:
        """List the shift schedules of an employee

        Returns every shift schedule of the employee (not paged).

        ``GET /employee/{business_id}/shift-schedule`` (operation ``getShiftSchedulesByEmployeeId``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            list[ShiftSchedule]

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_shift_schedules_by_employee_id.sync(
            business_id=business_id, client=with_call_options(self._client, options)
        )

    @overload
    def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: ShiftSchedule,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ShiftSchedule | None: ...
    @overload
    def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        start: ShiftScheduleStart,
        templates: Sequence[RecurrencePeriod],
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ShiftSchedule | None: ...
    def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: ShiftSchedule | Unset = UNSET,
        start: ShiftScheduleStart | Unset = UNSET,
        templates: Sequence[RecurrencePeriod] | Unset = UNSET,
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ShiftSchedule | None:
        """Update a shift schedule

        Replaces an existing shift schedule of the employee. The generated id was returned when the schedule
        was created; getShiftSchedulesByEmployeeId lists them. (Body and headers as on the portal; the path
        is inferred.)

        ``PUT /employee/{business_id}/shift-schedule/{generated_id}`` (operation ``updateShiftSchedule``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            body (ShiftSchedule): A weekly recurrence pattern of shifts for one employee.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            start (ShiftScheduleStart): When the schedule takes effect and in which week of the pattern it
                begins.
            templates (list[RecurrencePeriod]): One entry per calendar week (Monday to Sunday) of the
                pattern.
            id (str | Unset): Identifier the application assigned when the schedule was created. Example:
                f22896d0-ed42-4a14-a935-7a29072bc5ac.
            name (str | Unset): Optional label of the schedule. Example: Standard 38H.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            ShiftSchedule | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_shift_schedule.ShiftSchedule(
                start=required(start, "start"), templates=listed(required(templates, "templates")), id=id, name=name
            )
        return update_shift_schedule.sync(
            business_id=business_id,
            generated_id=generated_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _ShiftSchedulesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_ShiftSchedulesResourceRaw", raw(self))


class TransportResourceUnavailabilitiesResource(Namespace):
    """``client.transport_resource_unavailabilities``: A time range in which a transport resource cannot be
    used, for example because of a breakdown. While it lasts the resource is not combined with an
    employee and is left out of planning.
    """

    __slots__ = ()

    @overload
    def add(
        self, business_id: str, *, body: Unavailability, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> Unavailability | None: ...
    @overload
    def add(
        self,
        business_id: str,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        id: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None: ...
    def add(
        self,
        business_id: str,
        *,
        body: Unavailability | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        id: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None:
        """Add an unavailability to a transport resource

        Adds an unavailability to the transport resource. The application assigns its id, returned in
        `Location` and, with `return=representation`, in the body.

        ``POST /transport-resource/{business_id}/unavailability`` (operation ``addTransportResourceUnavailability``).

        Args:
            business_id (str):
            body (Unavailability): A period in which an employee or a transport resource cannot be planned.
            prefer (str | Unset):  Example: return=representation.
            Or, instead of ``body``, the body's fields as keywords:
            start (datetime.datetime):  Example: 2024-01-08T00:00:00Z.
            end (datetime.datetime):  Example: 2024-01-13T00:00:00Z.
            id (str | Unset): Identifier the application assigned on creation. Example:
                5a4e8c43-80c0-4d5b-8f7e-32ec94f25d79.
            reason (str | Unset): Free-text reason. Example: holiday.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Unavailability | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_unavailability.Unavailability(
                start=required(start, "start"), end=required(end, "end"), id=id, reason=reason
            )
        return add_transport_resource_unavailability.sync(
            business_id=business_id, body=body, prefer=prefer, client=with_call_options(self._client, options)
        )

    def delete(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete an unavailability of a transport resource

        Removes an unavailability of the transport resource.

        ``DELETE /transport-resource/{business_id}/unavailability/{generated_id}`` (operation ``deleteTransportResourceUnavailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_transport_resource_unavailability.sync(
            business_id=business_id,
            generated_id=generated_id,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    def get(self, business_id: str, generated_id: str | UUID, **options: Unpack[CallOptions]) -> Unavailability:
        """Get one unavailability of a transport resource

        Returns one unavailability of the transport resource. (Operation id seen on the portal; the path is
        inferred.)

        ``GET /transport-resource/{business_id}/unavailability/{generated_id}`` (operation ``getTransportResourceUnavailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Unavailability

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_transport_resource_unavailability.sync(
            business_id=business_id, generated_id=generated_id, client=with_call_options(self._client, options)
        )

    def list(self, business_id: str, **options: Unpack[CallOptions]) -> builtins.list[Unavailability]:
        """List the unavailabilities of a transport resource

        Returns every unavailability of the transport resource (not paged).

        ``GET /transport-resource/{business_id}/unavailability`` (operation ``getTransportResourceUnavailabilities``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            list[Unavailability]

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_transport_resource_unavailabilities.sync(
            business_id=business_id, client=with_call_options(self._client, options)
        )

    @overload
    def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: Unavailability,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None: ...
    @overload
    def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        id: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None: ...
    def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: Unavailability | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        id: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None:
        """Update an unavailability of a transport resource

        Replaces an unavailability of the transport resource.

        ``PUT /transport-resource/{business_id}/unavailability/{generated_id}`` (operation ``updateTransportResourceUnavailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            body (Unavailability): A period in which an employee or a transport resource cannot be planned.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            start (datetime.datetime):  Example: 2024-01-08T00:00:00Z.
            end (datetime.datetime):  Example: 2024-01-13T00:00:00Z.
            id (str | Unset): Identifier the application assigned on creation. Example:
                5a4e8c43-80c0-4d5b-8f7e-32ec94f25d79.
            reason (str | Unset): Free-text reason. Example: holiday.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Unavailability | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_unavailability.Unavailability(
                start=required(start, "start"), end=required(end, "end"), id=id, reason=reason
            )
        return update_transport_resource_unavailability.sync(
            business_id=business_id,
            generated_id=generated_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _TransportResourceUnavailabilitiesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_TransportResourceUnavailabilitiesResourceRaw", raw(self))


class TransportResourcesResource(Namespace):
    """``client.transport_resources``: Maintain the transport resources (trucks, tractors and trailers)."""

    __slots__ = ()

    def delete(self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]) -> None:
        """Delete a transport resource

        Removes the transport resource with this business id. The portal has a page for this operation (its
        address names the operation id), but its content could not be read; the answers are assumed to be
        those of the other deletions.

        ``DELETE /transport-resource/{business_id}`` (operation ``deleteTransportResource``).

        Args:
            business_id (str):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_transport_resource.sync(
            business_id=business_id, if_match=if_match, client=with_call_options(self._client, options)
        )

    def get(self, business_id: str, **options: Unpack[CallOptions]) -> TransportResource:
        """Get a transport resource

        Returns one transport resource by business id; the `ETag` header carries its version. (Path seen on
        the portal; the operation id is ours.)

        ``GET /transport-resource/{business_id}`` (operation ``getTransportResource``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            TransportResource

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_transport_resource.sync(business_id=business_id, client=with_call_options(self._client, options))

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[TransportResource]:
        """List transport resources (cursor paging)

        Returns transport resources one page at a time; pass a cursor from an earlier page to move on.

        ``GET /transport-resource`` (operation ``getPagedTransportResources``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[TransportResource]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(get_paged_transport_resources),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    def upsert(
        self,
        business_id: str,
        *,
        body: TransportResource,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> TransportResource | None: ...
    @overload
    def upsert(
        self,
        business_id: str,
        *,
        type_: TransportResourceType,
        license_plate: str | Unset = UNSET,
        requirements: Sequence[str] | Unset = UNSET,
        capabilities: Sequence[str] | Unset = UNSET,
        required_capabilities: Sequence[str] | Unset = UNSET,
        skilled_capabilities: Sequence[str] | Unset = UNSET,
        cant_do: Sequence[str] | Unset = UNSET,
        capacities: Sequence[Capacity] | Unset = UNSET,
        home_base: HomeBaseReference | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> TransportResource | None: ...
    def upsert(
        self,
        business_id: str,
        *,
        body: TransportResource | Unset = UNSET,
        type_: TransportResourceType | Unset = UNSET,
        license_plate: str | Unset = UNSET,
        requirements: Sequence[str] | Unset = UNSET,
        capabilities: Sequence[str] | Unset = UNSET,
        required_capabilities: Sequence[str] | Unset = UNSET,
        skilled_capabilities: Sequence[str] | Unset = UNSET,
        cant_do: Sequence[str] | Unset = UNSET,
        capacities: Sequence[Capacity] | Unset = UNSET,
        home_base: HomeBaseReference | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> TransportResource | None:
        """Create or update a transport resource

        Creates the transport resource, or replaces it when the business id is already known. A transport
        resource is available unless an unavailability says otherwise, so storing one makes the application
        look for employees to combine it with.

        ``PUT /transport-resource/{business_id}`` (operation ``upsertTransportResource``).

        Args:
            business_id (str):
            body (TransportResource): A truck, tractor or trailer. It counts as available unless an
                unavailability says otherwise, so the application keeps trying to combine it with available
                employees.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            type_ (TransportResourceType): TRACTOR pulls, TRAILER carries, TRUCK does both.
            license_plate (str | Unset):  Example: 1-ABC-987.
            requirements (list[str] | Unset): What an employee must have to be allowed to use this resource.
                Example: ['driving license CE'].
            capabilities (list[str] | Unset): Capabilities this resource adds to a combination. Example:
                ['big bag'].
            required_capabilities (list[str] | Unset): Capabilities the employee must have; they are then
                added to the combination. Example: ['cooling compressor'].
            skilled_capabilities (list[str] | Unset): Capabilities added to the combination only when the
                employee has matching driver skills. Example: ['sideloading'].
            cant_do (list[str] | Unset): Capabilities switched off on the resulting combination (e.g. a
                tractor whose broken plug rules out a trailer feature that needs it). Example:
                ['adr-transport'].
            capacities (list[Capacity] | Unset): Load capacities, in the same terms as the order book.
            home_base (HomeBaseReference | Unset): Points at a home base by its business id.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            TransportResource | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_transport_resource.TransportResource(
                business_id=business_id,
                type_=required(type_, "type_"),
                license_plate=license_plate,
                requirements=listed(requirements),
                capabilities=listed(capabilities),
                required_capabilities=listed(required_capabilities),
                skilled_capabilities=listed(skilled_capabilities),
                cant_do=listed(cant_do),
                capacities=listed(capacities),
                home_base=home_base,
            )
        return upsert_transport_resource.sync(
            business_id=business_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _TransportResourcesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_TransportResourcesResourceRaw", raw(self))


class AsyncDeploymentsResource(AsyncNamespace):
    """``client.deployments``: A deployment assigns an employee to one or more transport resources for a
    period at a location. Deployments created through this API are external ones (managed outside
    resource management); deployments created by releasing routes in PTV OptiFlow carry a planning_id
    and cannot be changed here.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def delete_external(
        self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> None:
        """Delete an external deployment

        Removes the deployment with this business id.

        ``DELETE /deployment/{business_id}`` (operation ``deleteExternalDeployment``).

        Args:
            business_id (str):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_external_deployment.asyncio(
            business_id=business_id, if_match=if_match, client=with_call_options(self._client, options)
        )

    async def get(self, business_id: str, **options: Unpack[CallOptions]) -> Deployment:
        """Get a deployment

        Returns one deployment by business id; the `ETag` header carries its version.

        ``GET /deployment/{business_id}`` (operation ``getDeployment``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Deployment

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_deployment.asyncio(business_id=business_id, client=with_call_options(self._client, options))

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[Deployment]:
        """List deployments (cursor paging)

        Returns deployments one page at a time; pass a cursor from an earlier page to move on. Deployments
        with a planning_id come from releasing routes in PTV OptiFlow; the others are external.

        ``GET /deployment`` (operation ``getPagedDeployments``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[Deployment]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(get_paged_deployments),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    async def upsert_external(
        self,
        business_id: str,
        *,
        body: Deployment,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Deployment | None: ...
    @overload
    async def upsert_external(
        self,
        business_id: str,
        *,
        id: str | Unset = UNSET,
        planning_id: None | str | Unset = UNSET,
        resource_combination_id: str | Unset = UNSET,
        availability_id: str | Unset = UNSET,
        employee_id: str | Unset = UNSET,
        transport_resource_ids: Sequence[str] | Unset = UNSET,
        start: DeploymentBoundary | Unset = UNSET,
        end: DeploymentBoundary | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Deployment | None: ...
    async def upsert_external(
        self,
        business_id: str,
        *,
        body: Deployment | Unset = UNSET,
        id: str | Unset = UNSET,
        planning_id: None | str | Unset = UNSET,
        resource_combination_id: str | Unset = UNSET,
        availability_id: str | Unset = UNSET,
        employee_id: str | Unset = UNSET,
        transport_resource_ids: Sequence[str] | Unset = UNSET,
        start: DeploymentBoundary | Unset = UNSET,
        end: DeploymentBoundary | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Deployment | None:
        """Create or update an external deployment

        Creates the deployment, or replaces it when the business id is already known. Only external
        deployments can be written; those that carry a planning_id are managed by releasing routes.
        (Operation id seen on the portal; the path is inferred.)

        ``PUT /deployment/{business_id}`` (operation ``upsertExternalDeployment``).

        Args:
            business_id (str):
            body (Deployment): An employee assigned to transport resources for a period at a location.
                Without planning_id it is an external deployment; with one it comes from releasing routes in
                PTV OptiFlow.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            id (str | Unset): Identifier of the deployment. Example: deployment-123.
            planning_id (None | str | Unset): Planning the deployment was released from; absent for external
                deployments.
            resource_combination_id (str | Unset): Resource combination it belongs to, if any. Example:
                rc-456.
            availability_id (str | Unset): Availability it belongs to, if any. Example: avail-789.
            employee_id (str | Unset): The employee deployed. Example: employee-42.
            transport_resource_ids (list[str] | Unset): The transport resources deployed. Example:
                ['truck-1', 'trailer-2'].
            start (DeploymentBoundary | Unset): A moment and place at which a deployment begins or ends.
            end (DeploymentBoundary | Unset): A moment and place at which a deployment begins or ends.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Deployment | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_deployment.Deployment(
                id=id,
                planning_id=planning_id,
                resource_combination_id=resource_combination_id,
                availability_id=availability_id,
                employee_id=employee_id,
                transport_resource_ids=listed(transport_resource_ids),
                start=start,
                end=end,
            )
        return await upsert_external_deployment.asyncio(
            business_id=business_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _AsyncDeploymentsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncDeploymentsResourceRaw", raw(self))


class AsyncEmployeeActualsResource(AsyncNamespace):
    """``client.employee_actuals``: The hours an employee really worked during a finished shift. Used to
    compare worked and contractual hours and to steer the optimisation towards balanced weeks. Actuals
    should lie in the past.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    @overload
    async def add(
        self, business_id: str, *, body: Actual, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> Actual | None: ...
    @overload
    async def add(
        self,
        business_id: str,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        id: str | Unset = UNSET,
        worked_time: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Actual | None: ...
    async def add(
        self,
        business_id: str,
        *,
        body: Actual | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        id: str | Unset = UNSET,
        worked_time: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Actual | None:
        """Add an actual

        Adds an actual to the employee. The application assigns its id, returned in `Location` and, with
        `return=representation`, in the body. Only add actuals of shifts that have already ended.

        ``POST /employee/{business_id}/actual`` (operation ``addEmployeeActual``).

        Args:
            business_id (str):
            body (Actual): Time an employee really worked during a finished shift; it must lie in the past.
            prefer (str | Unset):  Example: return=representation.
            Or, instead of ``body``, the body's fields as keywords:
            start (datetime.datetime):  Example: 2024-01-02T06:00:00Z.
            end (datetime.datetime):  Example: 2024-01-02T14:30:00Z.
            id (str | Unset): Identifier the application assigned on creation. Example:
                d2c6013e-9194-46ac-a44c-855abf1176ca.
            worked_time (str | Unset): Time actually worked (ISO 8601 duration). Example: PT8H.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Actual | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_actual.Actual(
                start=required(start, "start"), end=required(end, "end"), id=id, worked_time=worked_time
            )
        return await add_employee_actual.asyncio(
            business_id=business_id, body=body, prefer=prefer, client=with_call_options(self._client, options)
        )

    async def delete(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete an actual

        Removes an actual of the employee.

        ``DELETE /employee/{business_id}/actual/{generated_id}`` (operation ``deleteEmployeeActual``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_employee_actual.asyncio(
            business_id=business_id,
            generated_id=generated_id,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    async def get(self, business_id: str, generated_id: str | UUID, **options: Unpack[CallOptions]) -> Actual:
        """Get one actual of an employee

        Returns one actual of the employee; the `ETag` header carries its version.

        ``GET /employee/{business_id}/actual/{generated_id}`` (operation ``getEmployeeActual``).

        Args:
            business_id (str):
            generated_id (str | UUID):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Actual

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_employee_actual.asyncio(
            business_id=business_id, generated_id=generated_id, client=with_call_options(self._client, options)
        )

    async def list(self, business_id: str, **options: Unpack[CallOptions]) -> builtins.list[Actual]:
        """List the actuals of an employee

        Returns every actual of the employee (not paged).

        ``GET /employee/{business_id}/actual`` (operation ``getEmployeeActuals``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            list[Actual]

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_employee_actuals.asyncio(
            business_id=business_id, client=with_call_options(self._client, options)
        )

    @overload
    async def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: Actual,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Actual | None: ...
    @overload
    async def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        id: str | Unset = UNSET,
        worked_time: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Actual | None: ...
    async def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: Actual | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        id: str | Unset = UNSET,
        worked_time: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Actual | None:
        """Update an actual

        Replaces an actual of the employee.

        ``PUT /employee/{business_id}/actual/{generated_id}`` (operation ``updateEmployeeActual``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            body (Actual): Time an employee really worked during a finished shift; it must lie in the past.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            start (datetime.datetime):  Example: 2024-01-02T06:00:00Z.
            end (datetime.datetime):  Example: 2024-01-02T14:30:00Z.
            id (str | Unset): Identifier the application assigned on creation. Example:
                d2c6013e-9194-46ac-a44c-855abf1176ca.
            worked_time (str | Unset): Time actually worked (ISO 8601 duration). Example: PT8H.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Actual | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_actual.Actual(
                start=required(start, "start"), end=required(end, "end"), id=id, worked_time=worked_time
            )
        return await update_employee_actual.asyncio(
            business_id=business_id,
            generated_id=generated_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _AsyncEmployeeActualsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncEmployeeActualsResourceRaw", raw(self))


class AsyncEmployeeAvailabilitiesResource(AsyncNamespace):
    """``client.employee_availabilities``: An availability is a concrete time range in which an employee
    can be given work. Creating or changing one makes the application take a fresh snapshot of the
    employee (taking relocations and unavailabilities into account) and re-evaluate which transport
    resources the employee could be combined with.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    @overload
    async def add(
        self, business_id: str, *, body: Availability, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> Availability | None: ...
    @overload
    async def add(
        self,
        business_id: str,
        *,
        start: AvailabilityStart,
        id: str | Unset = UNSET,
        stop: ShiftStop | Unset = UNSET,
        mandatory: bool | Unset = UNSET,
        start_location: AvailabilityStartLocation | Unset = UNSET,
        end_location: EndLocation | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Availability | None: ...
    async def add(
        self,
        business_id: str,
        *,
        body: Availability | Unset = UNSET,
        start: AvailabilityStart | Unset = UNSET,
        id: str | Unset = UNSET,
        stop: ShiftStop | Unset = UNSET,
        mandatory: bool | Unset = UNSET,
        start_location: AvailabilityStartLocation | Unset = UNSET,
        end_location: EndLocation | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Availability | None:
        """Add an availability

        Adds an availability to the employee; it must not overlap the employee's other availabilities. The
        application assigns its id, returned in `Location` and, with `return=representation`, in the body.

        ``POST /employee/{business_id}/availability`` (operation ``addEmployeeAvailability``).

        Args:
            business_id (str):
            body (Availability): A concrete period in which an employee can be planned. Availabilities of
                one employee must not overlap.
            prefer (str | Unset):  Example: return=representation.
            Or, instead of ``body``, the body's fields as keywords:
            start (AvailabilityStart): The range in which the employee may start.
            id (str | Unset): Identifier the application assigned on creation. Example:
                0b7c6a52-3f0e-4d39-9a4e-5d1b2f9e8c11.
            stop (ShiftStop | Unset): Optional limits on when the shift ends.
            mandatory (bool | Unset): Whether the resulting combination must be used when planning. Default:
                False.
            start_location (AvailabilityStartLocation | Unset): Where the employee starts this availability,
                overriding the employee's start location or home base. With an ad-hoc address the employee
                is only combined with transport resources starting at a location of the same name (unless a
                journey is under way).
            end_location (EndLocation | Unset): [EXPERIMENTAL] Where the shift ends. Left out, the employee
                returns to the start location. Set exactly one of `address`, `home_base` and
                `at_last_activity`.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Availability | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_availability.Availability(
                start=required(start, "start"),
                id=id,
                stop=stop,
                mandatory=mandatory,
                start_location=start_location,
                end_location=end_location,
            )
        return await add_employee_availability.asyncio(
            business_id=business_id, body=body, prefer=prefer, client=with_call_options(self._client, options)
        )

    async def delete(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete an availability

        Removes an availability of the employee. (Operation id seen on the portal; the path is inferred.)

        ``DELETE /employee/{business_id}/availability/{generated_id}`` (operation ``deleteEmployeeAvailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_employee_availability.asyncio(
            business_id=business_id,
            generated_id=generated_id,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    async def get(self, business_id: str, generated_id: str | UUID, **options: Unpack[CallOptions]) -> Availability:
        """Get one availability of an employee

        Returns one availability of the employee; the `ETag` header carries its version.

        ``GET /employee/{business_id}/availability/{generated_id}`` (operation ``getEmployeeAvailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Availability

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_employee_availability.asyncio(
            business_id=business_id, generated_id=generated_id, client=with_call_options(self._client, options)
        )

    async def list(self, business_id: str, **options: Unpack[CallOptions]) -> builtins.list[Availability]:
        """List the availabilitys of an employee

        Returns every availability of the employee (not paged).

        ``GET /employee/{business_id}/availability`` (operation ``getEmployeeAvailabilities``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            list[Availability]

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_employee_availabilities.asyncio(
            business_id=business_id, client=with_call_options(self._client, options)
        )

    @overload
    async def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: Availability,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Availability | None: ...
    @overload
    async def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        start: AvailabilityStart,
        id: str | Unset = UNSET,
        stop: ShiftStop | Unset = UNSET,
        mandatory: bool | Unset = UNSET,
        start_location: AvailabilityStartLocation | Unset = UNSET,
        end_location: EndLocation | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Availability | None: ...
    async def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: Availability | Unset = UNSET,
        start: AvailabilityStart | Unset = UNSET,
        id: str | Unset = UNSET,
        stop: ShiftStop | Unset = UNSET,
        mandatory: bool | Unset = UNSET,
        start_location: AvailabilityStartLocation | Unset = UNSET,
        end_location: EndLocation | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Availability | None:
        """Update an availability

        Replaces an availability of the employee. (Operation id seen on the portal; the path is inferred.)

        ``PUT /employee/{business_id}/availability/{generated_id}`` (operation ``updateEmployeeAvailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            body (Availability): A concrete period in which an employee can be planned. Availabilities of
                one employee must not overlap.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            start (AvailabilityStart): The range in which the employee may start.
            id (str | Unset): Identifier the application assigned on creation. Example:
                0b7c6a52-3f0e-4d39-9a4e-5d1b2f9e8c11.
            stop (ShiftStop | Unset): Optional limits on when the shift ends.
            mandatory (bool | Unset): Whether the resulting combination must be used when planning. Default:
                False.
            start_location (AvailabilityStartLocation | Unset): Where the employee starts this availability,
                overriding the employee's start location or home base. With an ad-hoc address the employee
                is only combined with transport resources starting at a location of the same name (unless a
                journey is under way).
            end_location (EndLocation | Unset): [EXPERIMENTAL] Where the shift ends. Left out, the employee
                returns to the start location. Set exactly one of `address`, `home_base` and
                `at_last_activity`.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Availability | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_availability.Availability(
                start=required(start, "start"),
                id=id,
                stop=stop,
                mandatory=mandatory,
                start_location=start_location,
                end_location=end_location,
            )
        return await update_employee_availability.asyncio(
            business_id=business_id,
            generated_id=generated_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _AsyncEmployeeAvailabilitiesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncEmployeeAvailabilitiesResourceRaw", raw(self))


class AsyncEmployeeUnavailabilitiesResource(AsyncNamespace):
    """``client.employee_unavailabilities``: A time range in which an employee cannot work (illness, leave,
    other absence). While it lasts the employee is not combined with a transport resource and is left
    out of planning.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    @overload
    async def add(
        self, business_id: str, *, body: Unavailability, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> Unavailability | None: ...
    @overload
    async def add(
        self,
        business_id: str,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        id: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None: ...
    async def add(
        self,
        business_id: str,
        *,
        body: Unavailability | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        id: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None:
        """Add an unavailability

        Adds an unavailability to the employee. The application assigns its id, returned in `Location` and,
        with `return=representation`, in the body.

        ``POST /employee/{business_id}/unavailability`` (operation ``addEmployeeUnavailability``).

        Args:
            business_id (str):
            body (Unavailability): A period in which an employee or a transport resource cannot be planned.
            prefer (str | Unset):  Example: return=representation.
            Or, instead of ``body``, the body's fields as keywords:
            start (datetime.datetime):  Example: 2024-01-08T00:00:00Z.
            end (datetime.datetime):  Example: 2024-01-13T00:00:00Z.
            id (str | Unset): Identifier the application assigned on creation. Example:
                5a4e8c43-80c0-4d5b-8f7e-32ec94f25d79.
            reason (str | Unset): Free-text reason. Example: holiday.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Unavailability | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_unavailability.Unavailability(
                start=required(start, "start"), end=required(end, "end"), id=id, reason=reason
            )
        return await add_employee_unavailability.asyncio(
            business_id=business_id, body=body, prefer=prefer, client=with_call_options(self._client, options)
        )

    async def delete(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete an unavailability

        Removes an unavailability of the employee. (Operation id seen on the portal; the path is inferred.)

        ``DELETE /employee/{business_id}/unavailability/{generated_id}`` (operation ``deleteEmployeeUnavailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_employee_unavailability.asyncio(
            business_id=business_id,
            generated_id=generated_id,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    async def get(self, business_id: str, generated_id: str | UUID, **options: Unpack[CallOptions]) -> Unavailability:
        """Get one unavailability of an employee

        Returns one unavailability of the employee; the `ETag` header carries its version.

        ``GET /employee/{business_id}/unavailability/{generated_id}`` (operation ``getEmployeeUnavailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Unavailability

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_employee_unavailability.asyncio(
            business_id=business_id, generated_id=generated_id, client=with_call_options(self._client, options)
        )

    async def list(self, business_id: str, **options: Unpack[CallOptions]) -> builtins.list[Unavailability]:
        """List the unavailabilitys of an employee

        Returns every unavailability of the employee (not paged).

        ``GET /employee/{business_id}/unavailability`` (operation ``getEmployeeUnavailabilities``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            list[Unavailability]

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_employee_unavailabilities.asyncio(
            business_id=business_id, client=with_call_options(self._client, options)
        )

    @overload
    async def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: Unavailability,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None: ...
    @overload
    async def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        id: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None: ...
    async def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: Unavailability | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        id: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None:
        """Update an unavailability

        Replaces an unavailability of the employee.

        ``PUT /employee/{business_id}/unavailability/{generated_id}`` (operation ``updateEmployeeUnavailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            body (Unavailability): A period in which an employee or a transport resource cannot be planned.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            start (datetime.datetime):  Example: 2024-01-08T00:00:00Z.
            end (datetime.datetime):  Example: 2024-01-13T00:00:00Z.
            id (str | Unset): Identifier the application assigned on creation. Example:
                5a4e8c43-80c0-4d5b-8f7e-32ec94f25d79.
            reason (str | Unset): Free-text reason. Example: holiday.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Unavailability | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_unavailability.Unavailability(
                start=required(start, "start"), end=required(end, "end"), id=id, reason=reason
            )
        return await update_employee_unavailability.asyncio(
            business_id=business_id,
            generated_id=generated_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _AsyncEmployeeUnavailabilitiesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncEmployeeUnavailabilitiesResourceRaw", raw(self))


class AsyncEmployeesResource(AsyncNamespace):
    """``client.employees``: Maintain the employees that matter to resource management, typically the
    people who can operate transport resources.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def delete(self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]) -> None:
        """Delete an employee

        Removes the employee with this business id. The portal has a page for this operation (its address
        names the operation id), but its content could not be read; the answers are assumed to be those of
        the other deletions.

        ``DELETE /employee/{business_id}`` (operation ``deleteEmployee``).

        Args:
            business_id (str):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_employee.asyncio(
            business_id=business_id, if_match=if_match, client=with_call_options(self._client, options)
        )

    async def get(self, business_id: str, **options: Unpack[CallOptions]) -> Employee:
        """Get an employee

        Returns one employee by business id; the `ETag` header carries its version. (Path seen on the
        portal; the operation id is ours.)

        ``GET /employee/{business_id}`` (operation ``getEmployee``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Employee

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_employee.asyncio(business_id=business_id, client=with_call_options(self._client, options))

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[Employee]:
        """List employees (cursor paging)

        Returns employees one page at a time. Follow `cursors.next` with the `cursor` parameter to get the
        next page.

        ``GET /employee`` (operation ``getPagedEmployees``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[Employee]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(get_paged_employees),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    async def upsert(
        self,
        business_id: str,
        *,
        body: Employee,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Employee | None: ...
    @overload
    async def upsert(
        self,
        business_id: str,
        *,
        business_id_: str | Unset = UNSET,
        name: EmployeeName | Unset = UNSET,
        driver_skills: Sequence[str] | Unset = UNSET,
        skills: Sequence[str] | Unset = UNSET,
        start_location: LocationAddress | Unset = UNSET,
        home_base: HomeBaseReference | Unset = UNSET,
        fixed_assignment: TransportResourceReference | Unset = UNSET,
        custom_data: CustomData | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Employee | None: ...
    async def upsert(
        self,
        business_id: str,
        *,
        body: Employee | Unset = UNSET,
        business_id_: str | Unset = UNSET,
        name: EmployeeName | Unset = UNSET,
        driver_skills: Sequence[str] | Unset = UNSET,
        skills: Sequence[str] | Unset = UNSET,
        start_location: LocationAddress | Unset = UNSET,
        home_base: HomeBaseReference | Unset = UNSET,
        fixed_assignment: TransportResourceReference | Unset = UNSET,
        custom_data: CustomData | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Employee | None:
        """Create or update an employee

        Creates the employee, or replaces it when the business id is already known. Every response carries
        the version as a weak ETag; send it back in `If-Match` to make sure nobody changed the employee in
        between.

        ``PUT /employee/{business_id}`` (operation ``upsertEmployee``).

        Args:
            business_id (str):
            body (Employee): A person who can be planned, typically a driver. Give either `home_base` or
                `start_location`.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            business_id_: business_id (str | Unset): Your identifier of the employee. Example: EMP-18.
            name (EmployeeName | Unset): Name parts of an employee; each may be null, as naming customs
                differ by region.
            driver_skills (list[str] | Unset): Skills that only count together with a transport resource;
                they decide which combinations are possible and what those combinations can do. Example:
                ['driving license CE'].
            skills (list[str] | Unset): Skills the employee brings to any combination, whatever the
                transport resource (e.g. languages). Example: ['dutch'].
            start_location (LocationAddress | Unset): An ad-hoc, named location. Resources are matched on
                the name, so use the same name for the same place.
            home_base (HomeBaseReference | Unset): Points at a home base by its business id.
            fixed_assignment (TransportResourceReference | Unset): Points at a transport resource by its
                business id.
            custom_data (CustomData | Unset): Free-form key/value data kept with an entity. Example:
                {'shop_manager': 'John Smith'}.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Employee | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_employee.Employee(
                business_id=business_id_,
                name=name,
                driver_skills=listed(driver_skills),
                skills=listed(skills),
                start_location=start_location,
                home_base=home_base,
                fixed_assignment=fixed_assignment,
                custom_data=custom_data,
            )
        return await upsert_employee.asyncio(
            business_id=business_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _AsyncEmployeesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncEmployeesResourceRaw", raw(self))


class AsyncForecastsResource(AsyncNamespace):
    """``client.forecasts``: The number of shifts expected to be needed on a day at a location, used for
    capacity planning. Forecasts are shown to users only; the application does not compute with them.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def delete(self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]) -> None:
        """Delete a forecast

        Removes the forecast with this business id.

        ``DELETE /forecast/{business_id}`` (operation ``deleteForecast``).

        Args:
            business_id (str):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_forecast.asyncio(
            business_id=business_id, if_match=if_match, client=with_call_options(self._client, options)
        )

    async def get(self, business_id: str, **options: Unpack[CallOptions]) -> Forecast:
        """Get a forecast

        Returns one forecast by business id; the `ETag` header carries its version.

        ``GET /forecast/{business_id}`` (operation ``getForecast``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Forecast

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_forecast.asyncio(business_id=business_id, client=with_call_options(self._client, options))

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[Forecast]:
        """List forecasts (cursor paging)

        Returns forecasts one page at a time; pass a cursor from an earlier page to move on.

        ``GET /forecast`` (operation ``getPagedForecasts``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[Forecast]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(get_paged_forecasts),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    async def upsert(
        self,
        business_id: str,
        *,
        body: Forecast,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Forecast | None: ...
    @overload
    async def upsert(
        self,
        business_id: str,
        *,
        date: datetime.date,
        home_base: HomeBaseReference,
        shifts: int,
        business_id_: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Forecast | None: ...
    async def upsert(
        self,
        business_id: str,
        *,
        body: Forecast | Unset = UNSET,
        date: datetime.date | Unset = UNSET,
        home_base: HomeBaseReference | Unset = UNSET,
        shifts: int | Unset = UNSET,
        business_id_: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Forecast | None:
        """Create or update a forecast

        Creates the forecast, or replaces it when the business id is already known.

        ``PUT /forecast/{business_id}`` (operation ``upsertForecast``).

        Args:
            business_id (str):
            body (Forecast): Expected number of shifts needed on one day at one home base.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            date (datetime.date):  Example: 2024-01-02.
            home_base (HomeBaseReference): Points at a home base by its business id.
            shifts (int): Number of shifts expected to be needed. Example: 12.
            business_id_: business_id (str | Unset):  Example: FC-GHENT-2024-01-02.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Forecast | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_forecast.Forecast(
                date=required(date, "date"),
                home_base=required(home_base, "home_base"),
                shifts=required(shifts, "shifts"),
                business_id=business_id_,
            )
        return await upsert_forecast.asyncio(
            business_id=business_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _AsyncForecastsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncForecastsResourceRaw", raw(self))


class AsyncHealthResource(AsyncNamespace):
    """``client.health``: General endpoints, such as checking that the API can be reached.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def ping(self, **options: Unpack[CallOptions]) -> str:
        """Check the connection

        Authenticates the caller and answers `pong` when the connection and credentials work.

        ``GET /ping`` (operation ``ping``).

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            str

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await ping.asyncio(client=with_call_options(self._client, options))

    @property
    def with_raw_response(self) -> _AsyncHealthResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncHealthResourceRaw", raw(self))


class AsyncHomeBasesResource(AsyncNamespace):
    """``client.home_bases``: A named, reusable address that employees and transport resources can refer to
    instead of carrying their own address. Changing a home base affects every future resource that uses
    it.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def delete_base(
        self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> None:
        """Delete a home base

        Removes the home base with this business id.

        ``DELETE /home-base/{business_id}`` (operation ``deleteHomeBase``).

        Args:
            business_id (str):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_home_base.asyncio(
            business_id=business_id, if_match=if_match, client=with_call_options(self._client, options)
        )

    async def get_base(self, business_id: str, **options: Unpack[CallOptions]) -> HomeBase:
        """Get a home base

        Returns one home base by business id; the `ETag` header carries its version.

        ``GET /home-base/{business_id}`` (operation ``getHomeBase``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            HomeBase

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_home_base.asyncio(business_id=business_id, client=with_call_options(self._client, options))

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[HomeBase]:
        """List home bases (cursor paging)

        Returns home bases one page at a time; pass a cursor from an earlier page to move on.

        ``GET /home-base`` (operation ``getPagedHomeBases``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[HomeBase]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(get_paged_home_bases),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    async def upsert_base(
        self,
        business_id: str,
        *,
        body: HomeBase,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> HomeBase | None: ...
    @overload
    async def upsert_base(
        self,
        business_id: str,
        *,
        business_id_: str | Unset = UNSET,
        name: str | Unset = UNSET,
        address: Address | Unset = UNSET,
        plan_group: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> HomeBase | None: ...
    async def upsert_base(
        self,
        business_id: str,
        *,
        body: HomeBase | Unset = UNSET,
        business_id_: str | Unset = UNSET,
        name: str | Unset = UNSET,
        address: Address | Unset = UNSET,
        plan_group: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> HomeBase | None:
        """Create or update a home base

        Creates the home base, or replaces it when the business id is already known. Changes reach every
        future resource that uses the home base.

        ``PUT /home-base/{business_id}`` (operation ``upsertHomeBase``).

        Args:
            business_id (str):
            body (HomeBase): A reusable named address that employees and transport resources can refer to.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            business_id_: business_id (str | Unset): Your identifier of the home base. Example: HB-GHENT-01.
            name (str | Unset): Display name. Example: Ghent - Headquarters.
            address (Address | Unset): A postal address, coordinates, or both. Without a geo_point, city,
                zip_code and country_code are needed so the address can be geocoded.
            plan_group (str | Unset): Planning group the home base belongs to. Example: Flanders.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            HomeBase | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_home_base.HomeBase(business_id=business_id_, name=name, address=address, plan_group=plan_group)
        return await upsert_home_base.asyncio(
            business_id=business_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _AsyncHomeBasesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncHomeBasesResourceRaw", raw(self))


class AsyncShiftSchedulesResource(AsyncNamespace):
    """``client.shift_schedules``: A shift schedule describes the recurring weekly pattern in which an
    employee is expected to work. It does not create availabilities by itself; the user interface can
    generate availabilities from it, and planners use it to look ahead when an employee should be
    available.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    @overload
    async def add(
        self, business_id: str, *, body: ShiftSchedule, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> ShiftSchedule | None: ...
    @overload
    async def add(
        self,
        business_id: str,
        *,
        start: ShiftScheduleStart,
        templates: Sequence[RecurrencePeriod],
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ShiftSchedule | None: ...
    async def add(
        self,
        business_id: str,
        *,
        body: ShiftSchedule | Unset = UNSET,
        start: ShiftScheduleStart | Unset = UNSET,
        templates: Sequence[RecurrencePeriod] | Unset = UNSET,
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ShiftSchedule | None:
        """Add a shift schedule

        Adds a shift schedule to the employee. The application assigns its id, returned in `Location` and,
        with `return=representation`, in the body.

        ``POST /employee/{business_id}/shift-schedule`` (operation ``addShiftSchedule``).

        Args:
            business_id (str):
            body (ShiftSchedule): A weekly recurrence pattern of shifts for one employee.
            prefer (str | Unset):  Example: return=representation.
            Or, instead of ``body``, the body's fields as keywords:
            start (ShiftScheduleStart): When the schedule takes effect and in which week of the pattern it
                begins.
            templates (list[RecurrencePeriod]): One entry per calendar week (Monday to Sunday) of the
                pattern.
            id (str | Unset): Identifier the application assigned when the schedule was created. Example:
                f22896d0-ed42-4a14-a935-7a29072bc5ac.
            name (str | Unset): Optional label of the schedule. Example: Standard 38H.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            ShiftSchedule | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_shift_schedule.ShiftSchedule(
                start=required(start, "start"), templates=listed(required(templates, "templates")), id=id, name=name
            )
        return await add_shift_schedule.asyncio(
            business_id=business_id, body=body, prefer=prefer, client=with_call_options(self._client, options)
        )

    async def delete(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete a shift schedule

        Removes a shift schedule of the employee. (The path is inferred.)

        ``DELETE /employee/{business_id}/shift-schedule/{generated_id}`` (operation ``deleteShiftSchedule``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_shift_schedule.asyncio(
            business_id=business_id,
            generated_id=generated_id,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    async def list(self, business_id: str, **options: Unpack[CallOptions]) -> builtins.list[ShiftSchedule]:
        """List the shift schedules of an employee

        Returns every shift schedule of the employee (not paged).

        ``GET /employee/{business_id}/shift-schedule`` (operation ``getShiftSchedulesByEmployeeId``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            list[ShiftSchedule]

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_shift_schedules_by_employee_id.asyncio(
            business_id=business_id, client=with_call_options(self._client, options)
        )

    @overload
    async def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: ShiftSchedule,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ShiftSchedule | None: ...
    @overload
    async def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        start: ShiftScheduleStart,
        templates: Sequence[RecurrencePeriod],
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ShiftSchedule | None: ...
    async def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: ShiftSchedule | Unset = UNSET,
        start: ShiftScheduleStart | Unset = UNSET,
        templates: Sequence[RecurrencePeriod] | Unset = UNSET,
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ShiftSchedule | None:
        """Update a shift schedule

        Replaces an existing shift schedule of the employee. The generated id was returned when the schedule
        was created; getShiftSchedulesByEmployeeId lists them. (Body and headers as on the portal; the path
        is inferred.)

        ``PUT /employee/{business_id}/shift-schedule/{generated_id}`` (operation ``updateShiftSchedule``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            body (ShiftSchedule): A weekly recurrence pattern of shifts for one employee.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            start (ShiftScheduleStart): When the schedule takes effect and in which week of the pattern it
                begins.
            templates (list[RecurrencePeriod]): One entry per calendar week (Monday to Sunday) of the
                pattern.
            id (str | Unset): Identifier the application assigned when the schedule was created. Example:
                f22896d0-ed42-4a14-a935-7a29072bc5ac.
            name (str | Unset): Optional label of the schedule. Example: Standard 38H.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            ShiftSchedule | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_shift_schedule.ShiftSchedule(
                start=required(start, "start"), templates=listed(required(templates, "templates")), id=id, name=name
            )
        return await update_shift_schedule.asyncio(
            business_id=business_id,
            generated_id=generated_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _AsyncShiftSchedulesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncShiftSchedulesResourceRaw", raw(self))


class AsyncTransportResourceUnavailabilitiesResource(AsyncNamespace):
    """``client.transport_resource_unavailabilities``: A time range in which a transport resource cannot be
    used, for example because of a breakdown. While it lasts the resource is not combined with an
    employee and is left out of planning.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    @overload
    async def add(
        self, business_id: str, *, body: Unavailability, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> Unavailability | None: ...
    @overload
    async def add(
        self,
        business_id: str,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        id: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None: ...
    async def add(
        self,
        business_id: str,
        *,
        body: Unavailability | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        id: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None:
        """Add an unavailability to a transport resource

        Adds an unavailability to the transport resource. The application assigns its id, returned in
        `Location` and, with `return=representation`, in the body.

        ``POST /transport-resource/{business_id}/unavailability`` (operation ``addTransportResourceUnavailability``).

        Args:
            business_id (str):
            body (Unavailability): A period in which an employee or a transport resource cannot be planned.
            prefer (str | Unset):  Example: return=representation.
            Or, instead of ``body``, the body's fields as keywords:
            start (datetime.datetime):  Example: 2024-01-08T00:00:00Z.
            end (datetime.datetime):  Example: 2024-01-13T00:00:00Z.
            id (str | Unset): Identifier the application assigned on creation. Example:
                5a4e8c43-80c0-4d5b-8f7e-32ec94f25d79.
            reason (str | Unset): Free-text reason. Example: holiday.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Unavailability | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_unavailability.Unavailability(
                start=required(start, "start"), end=required(end, "end"), id=id, reason=reason
            )
        return await add_transport_resource_unavailability.asyncio(
            business_id=business_id, body=body, prefer=prefer, client=with_call_options(self._client, options)
        )

    async def delete(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete an unavailability of a transport resource

        Removes an unavailability of the transport resource.

        ``DELETE /transport-resource/{business_id}/unavailability/{generated_id}`` (operation ``deleteTransportResourceUnavailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_transport_resource_unavailability.asyncio(
            business_id=business_id,
            generated_id=generated_id,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    async def get(self, business_id: str, generated_id: str | UUID, **options: Unpack[CallOptions]) -> Unavailability:
        """Get one unavailability of a transport resource

        Returns one unavailability of the transport resource. (Operation id seen on the portal; the path is
        inferred.)

        ``GET /transport-resource/{business_id}/unavailability/{generated_id}`` (operation ``getTransportResourceUnavailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Unavailability

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_transport_resource_unavailability.asyncio(
            business_id=business_id, generated_id=generated_id, client=with_call_options(self._client, options)
        )

    async def list(self, business_id: str, **options: Unpack[CallOptions]) -> builtins.list[Unavailability]:
        """List the unavailabilities of a transport resource

        Returns every unavailability of the transport resource (not paged).

        ``GET /transport-resource/{business_id}/unavailability`` (operation ``getTransportResourceUnavailabilities``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            list[Unavailability]

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_transport_resource_unavailabilities.asyncio(
            business_id=business_id, client=with_call_options(self._client, options)
        )

    @overload
    async def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: Unavailability,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None: ...
    @overload
    async def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        id: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None: ...
    async def update(
        self,
        business_id: str,
        generated_id: str | UUID,
        *,
        body: Unavailability | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        id: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Unavailability | None:
        """Update an unavailability of a transport resource

        Replaces an unavailability of the transport resource.

        ``PUT /transport-resource/{business_id}/unavailability/{generated_id}`` (operation ``updateTransportResourceUnavailability``).

        Args:
            business_id (str):
            generated_id (str | UUID):
            body (Unavailability): A period in which an employee or a transport resource cannot be planned.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            start (datetime.datetime):  Example: 2024-01-08T00:00:00Z.
            end (datetime.datetime):  Example: 2024-01-13T00:00:00Z.
            id (str | Unset): Identifier the application assigned on creation. Example:
                5a4e8c43-80c0-4d5b-8f7e-32ec94f25d79.
            reason (str | Unset): Free-text reason. Example: holiday.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Unavailability | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_unavailability.Unavailability(
                start=required(start, "start"), end=required(end, "end"), id=id, reason=reason
            )
        return await update_transport_resource_unavailability.asyncio(
            business_id=business_id,
            generated_id=generated_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _AsyncTransportResourceUnavailabilitiesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncTransportResourceUnavailabilitiesResourceRaw", raw(self))


class AsyncTransportResourcesResource(AsyncNamespace):
    """``client.transport_resources``: Maintain the transport resources (trucks, tractors and trailers).

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def delete(self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]) -> None:
        """Delete a transport resource

        Removes the transport resource with this business id. The portal has a page for this operation (its
        address names the operation id), but its content could not be read; the answers are assumed to be
        those of the other deletions.

        ``DELETE /transport-resource/{business_id}`` (operation ``deleteTransportResource``).

        Args:
            business_id (str):
            if_match (str | Unset):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_transport_resource.asyncio(
            business_id=business_id, if_match=if_match, client=with_call_options(self._client, options)
        )

    async def get(self, business_id: str, **options: Unpack[CallOptions]) -> TransportResource:
        """Get a transport resource

        Returns one transport resource by business id; the `ETag` header carries its version. (Path seen on
        the portal; the operation id is ours.)

        ``GET /transport-resource/{business_id}`` (operation ``getTransportResource``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            TransportResource

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_transport_resource.asyncio(
            business_id=business_id, client=with_call_options(self._client, options)
        )

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[TransportResource]:
        """List transport resources (cursor paging)

        Returns transport resources one page at a time; pass a cursor from an earlier page to move on.

        ``GET /transport-resource`` (operation ``getPagedTransportResources``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[TransportResource]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(get_paged_transport_resources),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    async def upsert(
        self,
        business_id: str,
        *,
        body: TransportResource,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> TransportResource | None: ...
    @overload
    async def upsert(
        self,
        business_id: str,
        *,
        type_: TransportResourceType,
        license_plate: str | Unset = UNSET,
        requirements: Sequence[str] | Unset = UNSET,
        capabilities: Sequence[str] | Unset = UNSET,
        required_capabilities: Sequence[str] | Unset = UNSET,
        skilled_capabilities: Sequence[str] | Unset = UNSET,
        cant_do: Sequence[str] | Unset = UNSET,
        capacities: Sequence[Capacity] | Unset = UNSET,
        home_base: HomeBaseReference | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> TransportResource | None: ...
    async def upsert(
        self,
        business_id: str,
        *,
        body: TransportResource | Unset = UNSET,
        type_: TransportResourceType | Unset = UNSET,
        license_plate: str | Unset = UNSET,
        requirements: Sequence[str] | Unset = UNSET,
        capabilities: Sequence[str] | Unset = UNSET,
        required_capabilities: Sequence[str] | Unset = UNSET,
        skilled_capabilities: Sequence[str] | Unset = UNSET,
        cant_do: Sequence[str] | Unset = UNSET,
        capacities: Sequence[Capacity] | Unset = UNSET,
        home_base: HomeBaseReference | Unset = UNSET,
        prefer: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> TransportResource | None:
        """Create or update a transport resource

        Creates the transport resource, or replaces it when the business id is already known. A transport
        resource is available unless an unavailability says otherwise, so storing one makes the application
        look for employees to combine it with.

        ``PUT /transport-resource/{business_id}`` (operation ``upsertTransportResource``).

        Args:
            business_id (str):
            body (TransportResource): A truck, tractor or trailer. It counts as available unless an
                unavailability says otherwise, so the application keeps trying to combine it with available
                employees.
            prefer (str | Unset):  Example: return=representation.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            type_ (TransportResourceType): TRACTOR pulls, TRAILER carries, TRUCK does both.
            license_plate (str | Unset):  Example: 1-ABC-987.
            requirements (list[str] | Unset): What an employee must have to be allowed to use this resource.
                Example: ['driving license CE'].
            capabilities (list[str] | Unset): Capabilities this resource adds to a combination. Example:
                ['big bag'].
            required_capabilities (list[str] | Unset): Capabilities the employee must have; they are then
                added to the combination. Example: ['cooling compressor'].
            skilled_capabilities (list[str] | Unset): Capabilities added to the combination only when the
                employee has matching driver skills. Example: ['sideloading'].
            cant_do (list[str] | Unset): Capabilities switched off on the resulting combination (e.g. a
                tractor whose broken plug rules out a trailer feature that needs it). Example:
                ['adr-transport'].
            capacities (list[Capacity] | Unset): Load capacities, in the same terms as the order book.
            home_base (HomeBaseReference | Unset): Points at a home base by its business id.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            TransportResource | None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_transport_resource.TransportResource(
                business_id=business_id,
                type_=required(type_, "type_"),
                license_plate=license_plate,
                requirements=listed(requirements),
                capabilities=listed(capabilities),
                required_capabilities=listed(required_capabilities),
                skilled_capabilities=listed(skilled_capabilities),
                cant_do=listed(cant_do),
                capacities=listed(capacities),
                home_base=home_base,
            )
        return await upsert_transport_resource.asyncio(
            business_id=business_id,
            body=body,
            prefer=prefer,
            if_match=if_match,
            client=with_call_options(self._client, options),
        )

    @property
    def with_raw_response(self) -> _AsyncTransportResourcesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncTransportResourcesResourceRaw", raw(self))


class _GetPagedDeploymentsOperation(Protocol):
    """The operation module ``api.deployment.get_paged_deployments`` as ``paginate`` sees it."""

    def sync_detailed(
        self, *, client: AuthenticatedClient | Client, cursor: str | Unset = UNSET, limit: int | Unset = 100
    ) -> Response[DeploymentPage | Problem]: ...


class _GetPagedEmployeesOperation(Protocol):
    """The operation module ``api.employee.get_paged_employees`` as ``paginate`` sees it."""

    def sync_detailed(
        self, *, client: AuthenticatedClient | Client, cursor: str | Unset = UNSET, limit: int | Unset = 100
    ) -> Response[EmployeePage | Problem]: ...


class _GetPagedForecastsOperation(Protocol):
    """The operation module ``api.forecast.get_paged_forecasts`` as ``paginate`` sees it."""

    def sync_detailed(
        self, *, client: AuthenticatedClient | Client, cursor: str | Unset = UNSET, limit: int | Unset = 100
    ) -> Response[ForecastPage | Problem]: ...


class _GetPagedHomeBasesOperation(Protocol):
    """The operation module ``api.home_base.get_paged_home_bases`` as ``paginate`` sees it."""

    def sync_detailed(
        self, *, client: AuthenticatedClient | Client, cursor: str | Unset = UNSET, limit: int | Unset = 100
    ) -> Response[HomeBasePage | Problem]: ...


class _GetPagedTransportResourcesOperation(Protocol):
    """The operation module ``api.transport_resource.get_paged_transport_resources`` as ``paginate`` sees it."""

    def sync_detailed(
        self, *, client: AuthenticatedClient | Client, cursor: str | Unset = UNSET, limit: int | Unset = 100
    ) -> Response[Problem | TransportResourcePage]: ...


if TYPE_CHECKING:  # the types of ``with_raw_response``

    class _DeploymentsResourceRaw(Protocol):
        """``client.deployments.with_raw_response``."""

        def delete_external(
            self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[None]: ...
        def get(self, business_id: str, **options: Unpack[CallOptions]) -> RawResponse[Deployment]: ...
        def list(
            self,
            *,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[Deployment]]: ...
        @overload
        def upsert_external(
            self,
            business_id: str,
            *,
            body: Deployment,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Deployment | None]: ...
        @overload
        def upsert_external(
            self,
            business_id: str,
            *,
            id: str | Unset = UNSET,
            planning_id: None | str | Unset = UNSET,
            resource_combination_id: str | Unset = UNSET,
            availability_id: str | Unset = UNSET,
            employee_id: str | Unset = UNSET,
            transport_resource_ids: Sequence[str] | Unset = UNSET,
            start: DeploymentBoundary | Unset = UNSET,
            end: DeploymentBoundary | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Deployment | None]: ...

    class _EmployeeActualsResourceRaw(Protocol):
        """``client.employee_actuals.with_raw_response``."""

        @overload
        def add(
            self, business_id: str, *, body: Actual, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Actual | None]: ...
        @overload
        def add(
            self,
            business_id: str,
            *,
            start: datetime.datetime,
            end: datetime.datetime,
            id: str | Unset = UNSET,
            worked_time: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Actual | None]: ...
        def delete(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...
        def get(
            self, business_id: str, generated_id: str | UUID, **options: Unpack[CallOptions]
        ) -> RawResponse[Actual]: ...
        def list(self, business_id: str, **options: Unpack[CallOptions]) -> RawResponse[builtins.list[Actual]]: ...
        @overload
        def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            body: Actual,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Actual | None]: ...
        @overload
        def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            start: datetime.datetime,
            end: datetime.datetime,
            id: str | Unset = UNSET,
            worked_time: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Actual | None]: ...

    class _EmployeeAvailabilitiesResourceRaw(Protocol):
        """``client.employee_availabilities.with_raw_response``."""

        @overload
        def add(
            self, business_id: str, *, body: Availability, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Availability | None]: ...
        @overload
        def add(
            self,
            business_id: str,
            *,
            start: AvailabilityStart,
            id: str | Unset = UNSET,
            stop: ShiftStop | Unset = UNSET,
            mandatory: bool | Unset = UNSET,
            start_location: AvailabilityStartLocation | Unset = UNSET,
            end_location: EndLocation | Unset = UNSET,
            prefer: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Availability | None]: ...
        def delete(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...
        def get(
            self, business_id: str, generated_id: str | UUID, **options: Unpack[CallOptions]
        ) -> RawResponse[Availability]: ...
        def list(
            self, business_id: str, **options: Unpack[CallOptions]
        ) -> RawResponse[builtins.list[Availability]]: ...
        @overload
        def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            body: Availability,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Availability | None]: ...
        @overload
        def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            start: AvailabilityStart,
            id: str | Unset = UNSET,
            stop: ShiftStop | Unset = UNSET,
            mandatory: bool | Unset = UNSET,
            start_location: AvailabilityStartLocation | Unset = UNSET,
            end_location: EndLocation | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Availability | None]: ...

    class _EmployeeUnavailabilitiesResourceRaw(Protocol):
        """``client.employee_unavailabilities.with_raw_response``."""

        @overload
        def add(
            self, business_id: str, *, body: Unavailability, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Unavailability | None]: ...
        @overload
        def add(
            self,
            business_id: str,
            *,
            start: datetime.datetime,
            end: datetime.datetime,
            id: str | Unset = UNSET,
            reason: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Unavailability | None]: ...
        def delete(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...
        def get(
            self, business_id: str, generated_id: str | UUID, **options: Unpack[CallOptions]
        ) -> RawResponse[Unavailability]: ...
        def list(
            self, business_id: str, **options: Unpack[CallOptions]
        ) -> RawResponse[builtins.list[Unavailability]]: ...
        @overload
        def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            body: Unavailability,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Unavailability | None]: ...
        @overload
        def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            start: datetime.datetime,
            end: datetime.datetime,
            id: str | Unset = UNSET,
            reason: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Unavailability | None]: ...

    class _EmployeesResourceRaw(Protocol):
        """``client.employees.with_raw_response``."""

        def delete(
            self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[None]: ...
        def get(self, business_id: str, **options: Unpack[CallOptions]) -> RawResponse[Employee]: ...
        def list(
            self,
            *,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[Employee]]: ...
        @overload
        def upsert(
            self,
            business_id: str,
            *,
            body: Employee,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Employee | None]: ...
        @overload
        def upsert(
            self,
            business_id: str,
            *,
            business_id_: str | Unset = UNSET,
            name: EmployeeName | Unset = UNSET,
            driver_skills: Sequence[str] | Unset = UNSET,
            skills: Sequence[str] | Unset = UNSET,
            start_location: LocationAddress | Unset = UNSET,
            home_base: HomeBaseReference | Unset = UNSET,
            fixed_assignment: TransportResourceReference | Unset = UNSET,
            custom_data: CustomData | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Employee | None]: ...

    class _ForecastsResourceRaw(Protocol):
        """``client.forecasts.with_raw_response``."""

        def delete(
            self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[None]: ...
        def get(self, business_id: str, **options: Unpack[CallOptions]) -> RawResponse[Forecast]: ...
        def list(
            self,
            *,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[Forecast]]: ...
        @overload
        def upsert(
            self,
            business_id: str,
            *,
            body: Forecast,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Forecast | None]: ...
        @overload
        def upsert(
            self,
            business_id: str,
            *,
            date: datetime.date,
            home_base: HomeBaseReference,
            shifts: int,
            business_id_: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Forecast | None]: ...

    class _HealthResourceRaw(Protocol):
        """``client.health.with_raw_response``."""

        def ping(self, **options: Unpack[CallOptions]) -> RawResponse[str]: ...

    class _HomeBasesResourceRaw(Protocol):
        """``client.home_bases.with_raw_response``."""

        def delete_base(
            self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[None]: ...
        def get_base(self, business_id: str, **options: Unpack[CallOptions]) -> RawResponse[HomeBase]: ...
        def list(
            self,
            *,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[HomeBase]]: ...
        @overload
        def upsert_base(
            self,
            business_id: str,
            *,
            body: HomeBase,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[HomeBase | None]: ...
        @overload
        def upsert_base(
            self,
            business_id: str,
            *,
            business_id_: str | Unset = UNSET,
            name: str | Unset = UNSET,
            address: Address | Unset = UNSET,
            plan_group: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[HomeBase | None]: ...

    class _ShiftSchedulesResourceRaw(Protocol):
        """``client.shift_schedules.with_raw_response``."""

        @overload
        def add(
            self, business_id: str, *, body: ShiftSchedule, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[ShiftSchedule | None]: ...
        @overload
        def add(
            self,
            business_id: str,
            *,
            start: ShiftScheduleStart,
            templates: Sequence[RecurrencePeriod],
            id: str | Unset = UNSET,
            name: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[ShiftSchedule | None]: ...
        def delete(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...
        def list(
            self, business_id: str, **options: Unpack[CallOptions]
        ) -> RawResponse[builtins.list[ShiftSchedule]]: ...
        @overload
        def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            body: ShiftSchedule,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[ShiftSchedule | None]: ...
        @overload
        def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            start: ShiftScheduleStart,
            templates: Sequence[RecurrencePeriod],
            id: str | Unset = UNSET,
            name: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[ShiftSchedule | None]: ...

    class _TransportResourceUnavailabilitiesResourceRaw(Protocol):
        """``client.transport_resource_unavailabilities.with_raw_response``."""

        @overload
        def add(
            self, business_id: str, *, body: Unavailability, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Unavailability | None]: ...
        @overload
        def add(
            self,
            business_id: str,
            *,
            start: datetime.datetime,
            end: datetime.datetime,
            id: str | Unset = UNSET,
            reason: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Unavailability | None]: ...
        def delete(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...
        def get(
            self, business_id: str, generated_id: str | UUID, **options: Unpack[CallOptions]
        ) -> RawResponse[Unavailability]: ...
        def list(
            self, business_id: str, **options: Unpack[CallOptions]
        ) -> RawResponse[builtins.list[Unavailability]]: ...
        @overload
        def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            body: Unavailability,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Unavailability | None]: ...
        @overload
        def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            start: datetime.datetime,
            end: datetime.datetime,
            id: str | Unset = UNSET,
            reason: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Unavailability | None]: ...

    class _TransportResourcesResourceRaw(Protocol):
        """``client.transport_resources.with_raw_response``."""

        def delete(
            self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[None]: ...
        def get(self, business_id: str, **options: Unpack[CallOptions]) -> RawResponse[TransportResource]: ...
        def list(
            self,
            *,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[TransportResource]]: ...
        @overload
        def upsert(
            self,
            business_id: str,
            *,
            body: TransportResource,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[TransportResource | None]: ...
        @overload
        def upsert(
            self,
            business_id: str,
            *,
            type_: TransportResourceType,
            license_plate: str | Unset = UNSET,
            requirements: Sequence[str] | Unset = UNSET,
            capabilities: Sequence[str] | Unset = UNSET,
            required_capabilities: Sequence[str] | Unset = UNSET,
            skilled_capabilities: Sequence[str] | Unset = UNSET,
            cant_do: Sequence[str] | Unset = UNSET,
            capacities: Sequence[Capacity] | Unset = UNSET,
            home_base: HomeBaseReference | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[TransportResource | None]: ...

    class _AsyncDeploymentsResourceRaw(Protocol):
        """``client.deployments.with_raw_response``."""

        async def delete_external(
            self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[None]: ...
        async def get(self, business_id: str, **options: Unpack[CallOptions]) -> RawResponse[Deployment]: ...
        async def list(
            self,
            *,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            concurrency: int = 4,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[Deployment]]: ...
        @overload
        async def upsert_external(
            self,
            business_id: str,
            *,
            body: Deployment,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Deployment | None]: ...
        @overload
        async def upsert_external(
            self,
            business_id: str,
            *,
            id: str | Unset = UNSET,
            planning_id: None | str | Unset = UNSET,
            resource_combination_id: str | Unset = UNSET,
            availability_id: str | Unset = UNSET,
            employee_id: str | Unset = UNSET,
            transport_resource_ids: Sequence[str] | Unset = UNSET,
            start: DeploymentBoundary | Unset = UNSET,
            end: DeploymentBoundary | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Deployment | None]: ...

    class _AsyncEmployeeActualsResourceRaw(Protocol):
        """``client.employee_actuals.with_raw_response``."""

        @overload
        async def add(
            self, business_id: str, *, body: Actual, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Actual | None]: ...
        @overload
        async def add(
            self,
            business_id: str,
            *,
            start: datetime.datetime,
            end: datetime.datetime,
            id: str | Unset = UNSET,
            worked_time: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Actual | None]: ...
        async def delete(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...
        async def get(
            self, business_id: str, generated_id: str | UUID, **options: Unpack[CallOptions]
        ) -> RawResponse[Actual]: ...
        async def list(
            self, business_id: str, **options: Unpack[CallOptions]
        ) -> RawResponse[builtins.list[Actual]]: ...
        @overload
        async def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            body: Actual,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Actual | None]: ...
        @overload
        async def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            start: datetime.datetime,
            end: datetime.datetime,
            id: str | Unset = UNSET,
            worked_time: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Actual | None]: ...

    class _AsyncEmployeeAvailabilitiesResourceRaw(Protocol):
        """``client.employee_availabilities.with_raw_response``."""

        @overload
        async def add(
            self, business_id: str, *, body: Availability, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Availability | None]: ...
        @overload
        async def add(
            self,
            business_id: str,
            *,
            start: AvailabilityStart,
            id: str | Unset = UNSET,
            stop: ShiftStop | Unset = UNSET,
            mandatory: bool | Unset = UNSET,
            start_location: AvailabilityStartLocation | Unset = UNSET,
            end_location: EndLocation | Unset = UNSET,
            prefer: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Availability | None]: ...
        async def delete(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...
        async def get(
            self, business_id: str, generated_id: str | UUID, **options: Unpack[CallOptions]
        ) -> RawResponse[Availability]: ...
        async def list(
            self, business_id: str, **options: Unpack[CallOptions]
        ) -> RawResponse[builtins.list[Availability]]: ...
        @overload
        async def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            body: Availability,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Availability | None]: ...
        @overload
        async def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            start: AvailabilityStart,
            id: str | Unset = UNSET,
            stop: ShiftStop | Unset = UNSET,
            mandatory: bool | Unset = UNSET,
            start_location: AvailabilityStartLocation | Unset = UNSET,
            end_location: EndLocation | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Availability | None]: ...

    class _AsyncEmployeeUnavailabilitiesResourceRaw(Protocol):
        """``client.employee_unavailabilities.with_raw_response``."""

        @overload
        async def add(
            self, business_id: str, *, body: Unavailability, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Unavailability | None]: ...
        @overload
        async def add(
            self,
            business_id: str,
            *,
            start: datetime.datetime,
            end: datetime.datetime,
            id: str | Unset = UNSET,
            reason: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Unavailability | None]: ...
        async def delete(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...
        async def get(
            self, business_id: str, generated_id: str | UUID, **options: Unpack[CallOptions]
        ) -> RawResponse[Unavailability]: ...
        async def list(
            self, business_id: str, **options: Unpack[CallOptions]
        ) -> RawResponse[builtins.list[Unavailability]]: ...
        @overload
        async def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            body: Unavailability,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Unavailability | None]: ...
        @overload
        async def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            start: datetime.datetime,
            end: datetime.datetime,
            id: str | Unset = UNSET,
            reason: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Unavailability | None]: ...

    class _AsyncEmployeesResourceRaw(Protocol):
        """``client.employees.with_raw_response``."""

        async def delete(
            self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[None]: ...
        async def get(self, business_id: str, **options: Unpack[CallOptions]) -> RawResponse[Employee]: ...
        async def list(
            self,
            *,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            concurrency: int = 4,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[Employee]]: ...
        @overload
        async def upsert(
            self,
            business_id: str,
            *,
            body: Employee,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Employee | None]: ...
        @overload
        async def upsert(
            self,
            business_id: str,
            *,
            business_id_: str | Unset = UNSET,
            name: EmployeeName | Unset = UNSET,
            driver_skills: Sequence[str] | Unset = UNSET,
            skills: Sequence[str] | Unset = UNSET,
            start_location: LocationAddress | Unset = UNSET,
            home_base: HomeBaseReference | Unset = UNSET,
            fixed_assignment: TransportResourceReference | Unset = UNSET,
            custom_data: CustomData | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Employee | None]: ...

    class _AsyncForecastsResourceRaw(Protocol):
        """``client.forecasts.with_raw_response``."""

        async def delete(
            self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[None]: ...
        async def get(self, business_id: str, **options: Unpack[CallOptions]) -> RawResponse[Forecast]: ...
        async def list(
            self,
            *,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            concurrency: int = 4,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[Forecast]]: ...
        @overload
        async def upsert(
            self,
            business_id: str,
            *,
            body: Forecast,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Forecast | None]: ...
        @overload
        async def upsert(
            self,
            business_id: str,
            *,
            date: datetime.date,
            home_base: HomeBaseReference,
            shifts: int,
            business_id_: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Forecast | None]: ...

    class _AsyncHealthResourceRaw(Protocol):
        """``client.health.with_raw_response``."""

        async def ping(self, **options: Unpack[CallOptions]) -> RawResponse[str]: ...

    class _AsyncHomeBasesResourceRaw(Protocol):
        """``client.home_bases.with_raw_response``."""

        async def delete_base(
            self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[None]: ...
        async def get_base(self, business_id: str, **options: Unpack[CallOptions]) -> RawResponse[HomeBase]: ...
        async def list(
            self,
            *,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            concurrency: int = 4,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[HomeBase]]: ...
        @overload
        async def upsert_base(
            self,
            business_id: str,
            *,
            body: HomeBase,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[HomeBase | None]: ...
        @overload
        async def upsert_base(
            self,
            business_id: str,
            *,
            business_id_: str | Unset = UNSET,
            name: str | Unset = UNSET,
            address: Address | Unset = UNSET,
            plan_group: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[HomeBase | None]: ...

    class _AsyncShiftSchedulesResourceRaw(Protocol):
        """``client.shift_schedules.with_raw_response``."""

        @overload
        async def add(
            self, business_id: str, *, body: ShiftSchedule, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[ShiftSchedule | None]: ...
        @overload
        async def add(
            self,
            business_id: str,
            *,
            start: ShiftScheduleStart,
            templates: Sequence[RecurrencePeriod],
            id: str | Unset = UNSET,
            name: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[ShiftSchedule | None]: ...
        async def delete(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...
        async def list(
            self, business_id: str, **options: Unpack[CallOptions]
        ) -> RawResponse[builtins.list[ShiftSchedule]]: ...
        @overload
        async def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            body: ShiftSchedule,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[ShiftSchedule | None]: ...
        @overload
        async def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            start: ShiftScheduleStart,
            templates: Sequence[RecurrencePeriod],
            id: str | Unset = UNSET,
            name: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[ShiftSchedule | None]: ...

    class _AsyncTransportResourceUnavailabilitiesResourceRaw(Protocol):
        """``client.transport_resource_unavailabilities.with_raw_response``."""

        @overload
        async def add(
            self, business_id: str, *, body: Unavailability, prefer: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Unavailability | None]: ...
        @overload
        async def add(
            self,
            business_id: str,
            *,
            start: datetime.datetime,
            end: datetime.datetime,
            id: str | Unset = UNSET,
            reason: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Unavailability | None]: ...
        async def delete(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...
        async def get(
            self, business_id: str, generated_id: str | UUID, **options: Unpack[CallOptions]
        ) -> RawResponse[Unavailability]: ...
        async def list(
            self, business_id: str, **options: Unpack[CallOptions]
        ) -> RawResponse[builtins.list[Unavailability]]: ...
        @overload
        async def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            body: Unavailability,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Unavailability | None]: ...
        @overload
        async def update(
            self,
            business_id: str,
            generated_id: str | UUID,
            *,
            start: datetime.datetime,
            end: datetime.datetime,
            id: str | Unset = UNSET,
            reason: str | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Unavailability | None]: ...

    class _AsyncTransportResourcesResourceRaw(Protocol):
        """``client.transport_resources.with_raw_response``."""

        async def delete(
            self, business_id: str, *, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[None]: ...
        async def get(self, business_id: str, **options: Unpack[CallOptions]) -> RawResponse[TransportResource]: ...
        async def list(
            self,
            *,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            concurrency: int = 4,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[TransportResource]]: ...
        @overload
        async def upsert(
            self,
            business_id: str,
            *,
            body: TransportResource,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[TransportResource | None]: ...
        @overload
        async def upsert(
            self,
            business_id: str,
            *,
            type_: TransportResourceType,
            license_plate: str | Unset = UNSET,
            requirements: Sequence[str] | Unset = UNSET,
            capabilities: Sequence[str] | Unset = UNSET,
            required_capabilities: Sequence[str] | Unset = UNSET,
            skilled_capabilities: Sequence[str] | Unset = UNSET,
            cant_do: Sequence[str] | Unset = UNSET,
            capacities: Sequence[Capacity] | Unset = UNSET,
            home_base: HomeBaseReference | Unset = UNSET,
            prefer: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[TransportResource | None]: ...


@define
class _OptiflowResourcesBase(ApiClient):
    """What the sync and the async client share: typed ``paginate``/``apaginate`` over the operation modules."""

    @overload
    def paginate(
        self,
        operation: _GetPagedDeploymentsOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Deployment]: ...

    @overload
    def paginate(
        self,
        operation: _GetPagedEmployeesOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Employee]: ...

    @overload
    def paginate(
        self,
        operation: _GetPagedForecastsOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Forecast]: ...

    @overload
    def paginate(
        self,
        operation: _GetPagedHomeBasesOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[HomeBase]: ...

    @overload
    def paginate(
        self,
        operation: _GetPagedTransportResourcesOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[TransportResource]: ...

    @overload
    def paginate(self, operation: ModuleType, /, **kwargs: Any) -> Paginator[Any]: ...
    def paginate(self, operation: Any, /, **kwargs: Any) -> Paginator[Any]:
        """Iterate the items of a paginated operation module across all its pages, typed by that operation.

        The lower layer under the namespaces' ``list`` methods: ``client.paginate(list_things, ...)``."""
        return super().paginate(operation, **kwargs)

    @overload
    def apaginate(
        self,
        operation: _GetPagedDeploymentsOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Deployment]: ...

    @overload
    def apaginate(
        self,
        operation: _GetPagedEmployeesOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Employee]: ...

    @overload
    def apaginate(
        self,
        operation: _GetPagedForecastsOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Forecast]: ...

    @overload
    def apaginate(
        self,
        operation: _GetPagedHomeBasesOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[HomeBase]: ...

    @overload
    def apaginate(
        self,
        operation: _GetPagedTransportResourcesOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[TransportResource]: ...

    @overload
    def apaginate(self, operation: ModuleType, /, **kwargs: Any) -> AsyncPaginator[Any]: ...
    def apaginate(self, operation: Any, /, **kwargs: Any) -> AsyncPaginator[Any]:
        """The async twin of :meth:`paginate`."""
        return super().apaginate(operation, **kwargs)


@define
class OptiflowResources(_OptiflowResourcesBase):
    """The Conundra Resources API, resource by resource: ``client.<namespace>.<method>(...)`` (see api.md).

    An ``ApiClient`` (timeouts, retries, typed errors, auth), so it also goes to any operation module as
    ``client=``. Make one with the package's ``connect(...)``; use it with ``with``. ``async with`` gives the
    async twin, :class:`AsyncOptiflowResources` (also :meth:`to_async`), sharing connections and auth.
    """

    @property
    def deployments(self) -> DeploymentsResource:
        """A deployment assigns an employee to one or more transport resources for a period at a location."""
        return DeploymentsResource(self)

    @property
    def employee_actuals(self) -> EmployeeActualsResource:
        """The hours an employee really worked during a finished shift."""
        return EmployeeActualsResource(self)

    @property
    def employee_availabilities(self) -> EmployeeAvailabilitiesResource:
        """An availability is a concrete time range in which an employee can be given work."""
        return EmployeeAvailabilitiesResource(self)

    @property
    def employee_unavailabilities(self) -> EmployeeUnavailabilitiesResource:
        """A time range in which an employee cannot work (illness, leave, other absence)."""
        return EmployeeUnavailabilitiesResource(self)

    @property
    def employees(self) -> EmployeesResource:
        """Maintain the employees that matter to resource management, typically the people who can operate transport resources."""
        return EmployeesResource(self)

    @property
    def forecasts(self) -> ForecastsResource:
        """The number of shifts expected to be needed on a day at a location, used for capacity planning."""
        return ForecastsResource(self)

    @property
    def health(self) -> HealthResource:
        """General endpoints, such as checking that the API can be reached."""
        return HealthResource(self)

    @property
    def home_bases(self) -> HomeBasesResource:
        """A named, reusable address that employees and transport resources can refer to instead of carrying their own address."""
        return HomeBasesResource(self)

    @property
    def shift_schedules(self) -> ShiftSchedulesResource:
        """A shift schedule describes the recurring weekly pattern in which an employee is expected to work."""
        return ShiftSchedulesResource(self)

    @property
    def transport_resource_unavailabilities(self) -> TransportResourceUnavailabilitiesResource:
        """A time range in which a transport resource cannot be used, for example because of a breakdown."""
        return TransportResourceUnavailabilitiesResource(self)

    @property
    def transport_resources(self) -> TransportResourcesResource:
        """Maintain the transport resources (trucks, tractors and trailers)."""
        return TransportResourcesResource(self)

    def to_async(self) -> AsyncOptiflowResources:
        """The async client over the same settings, connection pools and auth (token cache included)."""
        return twin(self, AsyncOptiflowResources)

    async def __aenter__(self) -> AsyncOptiflowResources:  # type: ignore[override]
        await super().__aenter__()
        return self.to_async()


@define
class AsyncOptiflowResources(_OptiflowResourcesBase):
    """The async twin of :class:`OptiflowResources`: ``await client.<namespace>.<method>(...)``, ``async for`` over lists."""

    @property
    def deployments(self) -> AsyncDeploymentsResource:
        """A deployment assigns an employee to one or more transport resources for a period at a location."""
        return AsyncDeploymentsResource(self)

    @property
    def employee_actuals(self) -> AsyncEmployeeActualsResource:
        """The hours an employee really worked during a finished shift."""
        return AsyncEmployeeActualsResource(self)

    @property
    def employee_availabilities(self) -> AsyncEmployeeAvailabilitiesResource:
        """An availability is a concrete time range in which an employee can be given work."""
        return AsyncEmployeeAvailabilitiesResource(self)

    @property
    def employee_unavailabilities(self) -> AsyncEmployeeUnavailabilitiesResource:
        """A time range in which an employee cannot work (illness, leave, other absence)."""
        return AsyncEmployeeUnavailabilitiesResource(self)

    @property
    def employees(self) -> AsyncEmployeesResource:
        """Maintain the employees that matter to resource management, typically the people who can operate transport resources."""
        return AsyncEmployeesResource(self)

    @property
    def forecasts(self) -> AsyncForecastsResource:
        """The number of shifts expected to be needed on a day at a location, used for capacity planning."""
        return AsyncForecastsResource(self)

    @property
    def health(self) -> AsyncHealthResource:
        """General endpoints, such as checking that the API can be reached."""
        return AsyncHealthResource(self)

    @property
    def home_bases(self) -> AsyncHomeBasesResource:
        """A named, reusable address that employees and transport resources can refer to instead of carrying their own address."""
        return AsyncHomeBasesResource(self)

    @property
    def shift_schedules(self) -> AsyncShiftSchedulesResource:
        """A shift schedule describes the recurring weekly pattern in which an employee is expected to work."""
        return AsyncShiftSchedulesResource(self)

    @property
    def transport_resource_unavailabilities(self) -> AsyncTransportResourceUnavailabilitiesResource:
        """A time range in which a transport resource cannot be used, for example because of a breakdown."""
        return AsyncTransportResourceUnavailabilitiesResource(self)

    @property
    def transport_resources(self) -> AsyncTransportResourcesResource:
        """Maintain the transport resources (trucks, tractors and trailers)."""
        return AsyncTransportResourcesResource(self)

    def to_sync(self) -> OptiflowResources:
        """The sync client over the same settings, connection pools and auth."""
        return twin(self, OptiflowResources)


ResourceClient = OptiflowResources
"""The same name in every package, for the hand-written overlays (``connect`` returns one)."""
AsyncResourceClient = AsyncOptiflowResources
