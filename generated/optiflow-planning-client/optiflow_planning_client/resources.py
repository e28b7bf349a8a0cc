"""The resource-oriented client of the PTV OptiFlow Planning API: ``OptiflowPlanning`` (sync) and ``AsyncOptiflowPlanning``.

``connect(...)`` returns a ``OptiflowPlanning``; ``with connect(...) as client`` gives it, ``async with connect(...) as
client`` gives its async twin. Each namespace (``client.<resource>``) calls the generated operation modules under
``api/``: methods return the success model and raise a typed ``ApiError`` otherwise; paginated operations return
typed paginators. Operation modules are imported on a method's first call, so importing this module stays cheap.
Written by the pipeline (specs/_pipeline/resources.py) from the spec; do not edit. Reference: api.md.
"""

from __future__ import annotations

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

    from .api.break_rules import delete_break_rule_set as delete_break_rule_set
    from .api.break_rules import get_break_rule_set as get_break_rule_set
    from .api.break_rules import list_break_rule_sets as list_break_rule_sets
    from .api.break_rules import upsert_break_rule_set as upsert_break_rule_set
    from .api.charging_location_sets import delete_charging_location_set as delete_charging_location_set
    from .api.charging_location_sets import get_charging_location_set as get_charging_location_set
    from .api.charging_location_sets import list_charging_location_sets as list_charging_location_sets
    from .api.charging_location_sets import upsert_charging_location_set as upsert_charging_location_set
    from .api.depot_sets import delete_depot_set as delete_depot_set
    from .api.depot_sets import get_depot_set as get_depot_set
    from .api.depot_sets import list_depot_sets as list_depot_sets
    from .api.depot_sets import upsert_depot_set as upsert_depot_set
    from .api.health import ping as ping
    from .api.location_workload_levelling import (
        delete_location_workload_levelling_set as delete_location_workload_levelling_set,
    )
    from .api.location_workload_levelling import (
        get_location_workload_levelling_set as get_location_workload_levelling_set,
    )
    from .api.location_workload_levelling import (
        list_location_workload_levelling_sets as list_location_workload_levelling_sets,
    )
    from .api.location_workload_levelling import (
        upsert_location_workload_levelling_set as upsert_location_workload_levelling_set,
    )
    from .api.order_order_restrictions import delete_order_order_restriction_set as delete_order_order_restriction_set
    from .api.order_order_restrictions import get_order_order_restriction_set as get_order_order_restriction_set
    from .api.order_order_restrictions import list_order_order_restriction_sets as list_order_order_restriction_sets
    from .api.order_order_restrictions import upsert_order_order_restriction_set as upsert_order_order_restriction_set
    from .api.plan_profiles import delete_plan_profile as delete_plan_profile
    from .api.plan_profiles import get_plan_profile as get_plan_profile
    from .api.plan_profiles import list_plan_profiles as list_plan_profiles
    from .api.plan_profiles import upsert_plan_profile as upsert_plan_profile
    from .api.plannings import get_latest_release_by_planning_id as get_latest_release_by_planning_id
    from .api.plannings import get_plannings as get_plannings
    from .client import AuthenticatedClient, Client
    from .lib import _pagination
    from .lib._pagination import AsyncPaginator, Page, Paginator
    from .lib._raw import RawResponse
    from .models import break_rule_set as _m_break_rule_set
    from .models import charging_location_set as _m_charging_location_set
    from .models import depot_set as _m_depot_set
    from .models import location_workload_levelling_set as _m_location_workload_levelling_set
    from .models import order_order_restriction_set as _m_order_order_restriction_set
    from .models import plan_profile as _m_plan_profile
    from .models.break_rule_group import BreakRuleGroup
    from .models.break_rule_set import BreakRuleSet
    from .models.break_rule_sets_page import BreakRuleSetsPage
    from .models.charging_location import ChargingLocation
    from .models.charging_location_set import ChargingLocationSet
    from .models.charging_location_set_list_summary import ChargingLocationSetListSummary
    from .models.charging_location_sets_page import ChargingLocationSetsPage
    from .models.depot import Depot
    from .models.depot_set import DepotSet
    from .models.depot_set_list_summary import DepotSetListSummary
    from .models.depot_sets_page import DepotSetsPage
    from .models.location_workload_levelling_set import LocationWorkloadLevellingSet
    from .models.location_workload_levelling_sets_page import LocationWorkloadLevellingSetsPage
    from .models.order_order_restriction import OrderOrderRestriction
    from .models.order_order_restriction_set import OrderOrderRestrictionSet
    from .models.order_order_restriction_sets_page import OrderOrderRestrictionSetsPage
    from .models.plan_profile import PlanProfile
    from .models.plan_profiles_page import PlanProfilesPage
    from .models.planning import Planning
    from .models.plannings_page import PlanningsPage
    from .models.problem import Problem
    from .models.release import Release
    from .types import Response
else:  # the operation modules load on a method's first call
    lazy_modules(
        globals(),
        __name__.rsplit(".", 1)[0],
        {
            "delete_break_rule_set": "api.break_rules.delete_break_rule_set",
            "delete_charging_location_set": "api.charging_location_sets.delete_charging_location_set",
            "delete_depot_set": "api.depot_sets.delete_depot_set",
            "delete_location_workload_levelling_set": "api.location_workload_levelling.delete_location_workload_levelling_set",
            "delete_order_order_restriction_set": "api.order_order_restrictions.delete_order_order_restriction_set",
            "delete_plan_profile": "api.plan_profiles.delete_plan_profile",
            "get_break_rule_set": "api.break_rules.get_break_rule_set",
            "get_charging_location_set": "api.charging_location_sets.get_charging_location_set",
            "get_depot_set": "api.depot_sets.get_depot_set",
            "get_latest_release_by_planning_id": "api.plannings.get_latest_release_by_planning_id",
            "get_location_workload_levelling_set": "api.location_workload_levelling.get_location_workload_levelling_set",
            "get_order_order_restriction_set": "api.order_order_restrictions.get_order_order_restriction_set",
            "get_plan_profile": "api.plan_profiles.get_plan_profile",
            "get_plannings": "api.plannings.get_plannings",
            "list_break_rule_sets": "api.break_rules.list_break_rule_sets",
            "list_charging_location_sets": "api.charging_location_sets.list_charging_location_sets",
            "list_depot_sets": "api.depot_sets.list_depot_sets",
            "list_location_workload_levelling_sets": "api.location_workload_levelling.list_location_workload_levelling_sets",
            "list_order_order_restriction_sets": "api.order_order_restrictions.list_order_order_restriction_sets",
            "list_plan_profiles": "api.plan_profiles.list_plan_profiles",
            "ping": "api.health.ping",
            "upsert_break_rule_set": "api.break_rules.upsert_break_rule_set",
            "upsert_charging_location_set": "api.charging_location_sets.upsert_charging_location_set",
            "upsert_depot_set": "api.depot_sets.upsert_depot_set",
            "upsert_location_workload_levelling_set": "api.location_workload_levelling.upsert_location_workload_levelling_set",
            "upsert_order_order_restriction_set": "api.order_order_restrictions.upsert_order_order_restriction_set",
            "upsert_plan_profile": "api.plan_profiles.upsert_plan_profile",
            "_m_break_rule_set": "models.break_rule_set",
            "_m_charging_location_set": "models.charging_location_set",
            "_m_depot_set": "models.depot_set",
            "_m_location_workload_levelling_set": "models.location_workload_levelling_set",
            "_m_order_order_restriction_set": "models.order_order_restriction_set",
            "_m_plan_profile": "models.plan_profile",
            "_pagination": "lib._pagination",
        },
    )

__all__ = ["AsyncOptiflowPlanning", "OptiflowPlanning"]

METHODS: dict[str, str] = {
    "deleteBreakRuleSet": "break_rule_sets.delete",
    "deleteChargingLocationSet": "charging_location_sets.delete",
    "deleteDepotSet": "depot_sets.delete",
    "deleteLocationWorkloadLevellingSet": "location_workload_levelling_sets.delete",
    "deleteOrderOrderRestrictionSet": "order_order_restriction_sets.delete",
    "deletePlanProfile": "plan_profiles.delete",
    "getBreakRuleSet": "break_rule_sets.get",
    "getChargingLocationSet": "charging_location_sets.get",
    "getDepotSet": "depot_sets.get",
    "getLatestReleaseByPlanningId": "plannings.get_latest_release",
    "getLocationWorkloadLevellingSet": "location_workload_levelling_sets.get",
    "getOrderOrderRestrictionSet": "order_order_restriction_sets.get",
    "getPlanProfile": "plan_profiles.get",
    "getPlannings": "plannings.list",
    "listBreakRuleSets": "break_rule_sets.list",
    "listChargingLocationSets": "charging_location_sets.list",
    "listDepotSets": "depot_sets.list",
    "listLocationWorkloadLevellingSets": "location_workload_levelling_sets.list",
    "listOrderOrderRestrictionSets": "order_order_restriction_sets.list",
    "listPlanProfiles": "plan_profiles.list",
    "ping": "health.ping",
    "upsertBreakRuleSet": "break_rule_sets.upsert",
    "upsertChargingLocationSet": "charging_location_sets.upsert",
    "upsertDepotSet": "depot_sets.upsert",
    "upsertLocationWorkloadLevellingSet": "location_workload_levelling_sets.upsert",
    "upsertOrderOrderRestrictionSet": "order_order_restriction_sets.upsert",
    "upsertPlanProfile": "plan_profiles.upsert",
}
"""operationId -> ``<namespace>.<method>`` of the resource clients."""


class BreakRuleSetsResource(Namespace):
    """``client.break_rule_sets``: Create, read, update and delete break rule sets."""

    __slots__ = ()

    def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a break rule set

        Removes the break rule set with this id.

        ``DELETE /settings/break-rule-sets/{id}`` (operation ``deleteBreakRuleSet``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_break_rule_set.sync(id=id, client=with_call_options(self._client, options))

    def get(self, id: str, **options: Unpack[CallOptions]) -> BreakRuleSet:
        """Get one break rule set

        Returns one break rule set, with its current version in the `ETag` header.

        ``GET /settings/break-rule-sets/{id}`` (operation ``getBreakRuleSet``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            BreakRuleSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_break_rule_set.sync(id=id, client=with_call_options(self._client, options))

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[BreakRuleSet]:
        """List break rule sets

        Returns one page of break rule sets (100 at most by default). Pass `cursors.next` of a page as
        `cursor` to fetch the page after it; there is no way back.

        ``GET /settings/break-rule-sets`` (operation ``listBreakRuleSets``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[BreakRuleSet]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(list_break_rule_sets),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    def upsert(
        self, id: str, *, body: BreakRuleSet, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> BreakRuleSet: ...
    @overload
    def upsert(
        self,
        id: str,
        *,
        name: str,
        break_rule_groups: Sequence[BreakRuleGroup],
        business_id: str | Unset = UNSET,
        etag: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> BreakRuleSet: ...
    def upsert(
        self,
        id: str,
        *,
        body: BreakRuleSet | Unset = UNSET,
        name: str | Unset = UNSET,
        break_rule_groups: Sequence[BreakRuleGroup] | Unset = UNSET,
        business_id: str | Unset = UNSET,
        etag: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> BreakRuleSet:
        """Create or replace a break rule set

        Creates the break rule set with this id, or replaces it when it exists. Send the `ETag` of the
        version you read as `If-Match` to make sure nobody changed it in between.

        ``PUT /settings/break-rule-sets/{id}`` (operation ``upsertBreakRuleSet``).

        Args:
            id (str):
            body (BreakRuleSet): A named collection of break rule groups.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            name (str): Name of the set. Example: Legal breaks for Belgium.
            break_rule_groups (list[BreakRuleGroup]): The groups of break rules in the set.
            business_id (str | Unset): Identifier of the set (the `id` of the path). Example:
                eu-break-rules.
            etag (str | Unset): Version of the set, the same value as the `ETag` header. Example: W/"25".

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            BreakRuleSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_break_rule_set.BreakRuleSet(
                name=required(name, "name"),
                break_rule_groups=listed(required(break_rule_groups, "break_rule_groups")),
                business_id=business_id,
                etag=etag,
            )
        return upsert_break_rule_set.sync(
            id=id, body=body, if_match=if_match, client=with_call_options(self._client, options)
        )

    @property
    def with_raw_response(self) -> _BreakRuleSetsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_BreakRuleSetsResourceRaw", raw(self))


class ChargingLocationSetsResource(Namespace):
    """``client.charging_location_sets``: Create, read, update and delete charging location sets (early
    access).
    """

    __slots__ = ()

    def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a charging location set

        Removes the charging location set with this id.

        ``DELETE /locations/charging-location-sets/{id}`` (operation ``deleteChargingLocationSet``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_charging_location_set.sync(id=id, client=with_call_options(self._client, options))

    def get(self, id: str, **options: Unpack[CallOptions]) -> ChargingLocationSet:
        """Get one charging location set

        Returns one charging location set, with its current version in the `ETag` header.

        ``GET /locations/charging-location-sets/{id}`` (operation ``getChargingLocationSet``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            ChargingLocationSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_charging_location_set.sync(id=id, client=with_call_options(self._client, options))

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[ChargingLocationSetListSummary]:
        """List charging location sets

        Returns one page of charging location sets, each in short form. Pass the `next` cursor of a page as
        `cursor` to fetch the page after it.

        ``GET /locations/charging-location-sets`` (operation ``listChargingLocationSets``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[ChargingLocationSetListSummary]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(list_charging_location_sets),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    def upsert(
        self, id: str, *, body: ChargingLocationSet, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> ChargingLocationSet: ...
    @overload
    def upsert(
        self,
        id: str,
        *,
        name: str,
        business_id: str | Unset = UNSET,
        charging_locations: Sequence[ChargingLocation] | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ChargingLocationSet: ...
    def upsert(
        self,
        id: str,
        *,
        body: ChargingLocationSet | Unset = UNSET,
        name: str | Unset = UNSET,
        business_id: str | Unset = UNSET,
        charging_locations: Sequence[ChargingLocation] | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ChargingLocationSet:
        """Create or replace a charging location set

        Creates the charging location set with this id, or replaces it when it exists. Send the `ETag` of
        the version you read as `If-Match` to make sure nobody changed it in between.

        ``PUT /locations/charging-location-sets/{id}`` (operation ``upsertChargingLocationSet``).

        Args:
            id (str):
            body (ChargingLocationSet): A named collection of places where electric vehicles can charge.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            name (str): Name of the set. Example: Flanders charging locations.
            business_id (str | Unset): Identifier of the set (the `id` of the path). Example:
                flanders-charging-locations.
            charging_locations (list[ChargingLocation] | Unset): The charging locations of the set.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            ChargingLocationSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_charging_location_set.ChargingLocationSet(
                name=required(name, "name"), business_id=business_id, charging_locations=listed(charging_locations)
            )
        return upsert_charging_location_set.sync(
            id=id, body=body, if_match=if_match, client=with_call_options(self._client, options)
        )

    @property
    def with_raw_response(self) -> _ChargingLocationSetsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_ChargingLocationSetsResourceRaw", raw(self))


class DepotSetsResource(Namespace):
    """``client.depot_sets``: Create, read, update and delete depot sets."""

    __slots__ = ()

    def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a depot set

        Removes the depot set with this id.

        ``DELETE /locations/depot-sets/{id}`` (operation ``deleteDepotSet``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_depot_set.sync(id=id, client=with_call_options(self._client, options))

    def get(self, id: str, **options: Unpack[CallOptions]) -> DepotSet:
        """Get one depot set

        Returns one depot set, with its current version in the `ETag` header.

        ``GET /locations/depot-sets/{id}`` (operation ``getDepotSet``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            DepotSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_depot_set.sync(id=id, client=with_call_options(self._client, options))

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[DepotSetListSummary]:
        """List depot sets

        Returns one page of depot sets, each in short form. Pass the `next` cursor of a page as `cursor` to
        fetch the page after it.

        ``GET /locations/depot-sets`` (operation ``listDepotSets``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[DepotSetListSummary]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(list_depot_sets),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    def upsert(
        self, id: str, *, body: DepotSet, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> DepotSet: ...
    @overload
    def upsert(
        self,
        id: str,
        *,
        name: str,
        depots: Sequence[Depot],
        business_id: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> DepotSet: ...
    def upsert(
        self,
        id: str,
        *,
        body: DepotSet | Unset = UNSET,
        name: str | Unset = UNSET,
        depots: Sequence[Depot] | Unset = UNSET,
        business_id: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> DepotSet:
        """Create or replace a depot set

        Creates the depot set with this id, or replaces it when it exists. Depots without a `geo_point` are
        geocoded from their address. Send the `ETag` of the version you read as `If-Match` to make sure
        nobody changed it in between.

        ``PUT /locations/depot-sets/{id}`` (operation ``upsertDepotSet``).

        Args:
            id (str):
            body (DepotSet): A named collection of depots.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            name (str): Name of the depot set. Example: Belgian Depots.
            depots (list[Depot]): The depots of the set.
            business_id (str | Unset): Identifier of the depot set (the `id` of the path). Example:
                cb1fb12c-0abc-413c-a69d-63c62566685f.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            DepotSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_depot_set.DepotSet(
                name=required(name, "name"), depots=listed(required(depots, "depots")), business_id=business_id
            )
        return upsert_depot_set.sync(
            id=id, body=body, if_match=if_match, client=with_call_options(self._client, options)
        )

    @property
    def with_raw_response(self) -> _DepotSetsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_DepotSetsResourceRaw", raw(self))


class HealthResource(Namespace):
    """``client.health``: Check that the API can be reached and that the caller is authenticated."""

    __slots__ = ()

    def ping(self, **options: Unpack[CallOptions]) -> str:
        """Check the connection

        Authenticates the caller and answers `pong` when the connection and the credentials work.

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


class LocationWorkloadLevellingSetsResource(Namespace):
    """``client.location_workload_levelling_sets``: Create, read, update and delete location workload
    levelling sets.
    """

    __slots__ = ()

    def delete(self, business_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a location workload levelling set

        Removes the location workload levelling set with this business_id.

        ``DELETE /settings/location-workload-levelling-sets/{business_id}`` (operation ``deleteLocationWorkloadLevellingSet``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_location_workload_levelling_set.sync(
            business_id=business_id, client=with_call_options(self._client, options)
        )

    def get(self, business_id: str, **options: Unpack[CallOptions]) -> LocationWorkloadLevellingSet:
        """Get one location workload levelling set

        Returns one location workload levelling set, with its current version in the `ETag` header.

        ``GET /settings/location-workload-levelling-sets/{business_id}`` (operation ``getLocationWorkloadLevellingSet``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            LocationWorkloadLevellingSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_location_workload_levelling_set.sync(
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
        **options: Unpack[CallOptions],
    ) -> Paginator[LocationWorkloadLevellingSet]:
        """List location workload levelling sets

        Returns one page of location workload levelling sets (100 at most by default). Pass `cursors.next`
        of a page as `cursor` to fetch the page after it.

        ``GET /settings/location-workload-levelling-sets`` (operation ``listLocationWorkloadLevellingSets``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[LocationWorkloadLevellingSet]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(list_location_workload_levelling_sets),
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
        body: LocationWorkloadLevellingSet,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> LocationWorkloadLevellingSet: ...
    @overload
    def upsert(
        self,
        business_id: str,
        *,
        name: str,
        business_id_: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> LocationWorkloadLevellingSet: ...
    def upsert(
        self,
        business_id: str,
        *,
        body: LocationWorkloadLevellingSet | Unset = UNSET,
        name: str | Unset = UNSET,
        business_id_: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> LocationWorkloadLevellingSet:
        """Create or replace a location workload levelling set

        Creates the location workload levelling set with this business_id, or replaces it when it exists.
        Send the `ETag` of the version you read as `If-Match` to make sure nobody changed it in between.

        ``PUT /settings/location-workload-levelling-sets/{business_id}`` (operation ``upsertLocationWorkloadLevellingSet``).

        Args:
            business_id (str):
            body (LocationWorkloadLevellingSet): Settings that spread the workload over the locations. Only
                the name is modelled; any other field is kept as it comes.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            name (str): Name of the set. Example: Spread shop deliveries.
            business_id_: business_id (str | Unset): Identifier of the set (the `business_id` of the path).
                Example: spread-shop-deliveries.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            LocationWorkloadLevellingSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_location_workload_levelling_set.LocationWorkloadLevellingSet(
                name=required(name, "name"), business_id=business_id_
            )
        return upsert_location_workload_levelling_set.sync(
            business_id=business_id, body=body, if_match=if_match, client=with_call_options(self._client, options)
        )

    @property
    def with_raw_response(self) -> _LocationWorkloadLevellingSetsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_LocationWorkloadLevellingSetsResourceRaw", raw(self))


class OrderOrderRestrictionSetsResource(Namespace):
    """``client.order_order_restriction_sets``: Create, read, update and delete order-order restriction
    sets.
    """

    __slots__ = ()

    def delete(self, business_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete an order-order restriction set

        Removes the order-order restriction set with this business_id.

        ``DELETE /settings/order-order-restriction-sets/{business_id}`` (operation ``deleteOrderOrderRestrictionSet``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_order_order_restriction_set.sync(
            business_id=business_id, client=with_call_options(self._client, options)
        )

    def get(self, business_id: str, **options: Unpack[CallOptions]) -> OrderOrderRestrictionSet:
        """Get one order-order restriction set

        Returns one order-order restriction set, with its current version in the `ETag` header.

        ``GET /settings/order-order-restriction-sets/{business_id}`` (operation ``getOrderOrderRestrictionSet``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            OrderOrderRestrictionSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_order_order_restriction_set.sync(
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
        **options: Unpack[CallOptions],
    ) -> Paginator[OrderOrderRestrictionSet]:
        """List order-order restriction sets

        Returns one page of order-order restriction sets (100 at most by default). Pass `cursors.next` of a
        page as `cursor` to fetch the page after it.

        ``GET /settings/order-order-restriction-sets`` (operation ``listOrderOrderRestrictionSets``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[OrderOrderRestrictionSet]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(list_order_order_restriction_sets),
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
        body: OrderOrderRestrictionSet,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> OrderOrderRestrictionSet: ...
    @overload
    def upsert(
        self,
        business_id: str,
        *,
        name: str,
        restrictions: Sequence[OrderOrderRestriction],
        business_id_: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> OrderOrderRestrictionSet: ...
    def upsert(
        self,
        business_id: str,
        *,
        body: OrderOrderRestrictionSet | Unset = UNSET,
        name: str | Unset = UNSET,
        restrictions: Sequence[OrderOrderRestriction] | Unset = UNSET,
        business_id_: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> OrderOrderRestrictionSet:
        """Create or replace an order-order restriction set

        Creates the order-order restriction set with this business_id, or replaces it when it exists. Send
        the `ETag` of the version you read as `If-Match` to make sure nobody changed it in between.

        ``PUT /settings/order-order-restriction-sets/{business_id}`` (operation ``upsertOrderOrderRestrictionSet``).

        Args:
            business_id (str):
            body (OrderOrderRestrictionSet): A named group of rules about which orders may not share a
                vehicle or follow each other.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            name (str): Name of the set. Example: Ambient goods not with chilled goods.
            restrictions (list[OrderOrderRestriction]): The rules of the set.
            business_id_: business_id (str | Unset): Identifier of the set (the `business_id` of the path).
                Example: ambient-not-with-chilled.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            OrderOrderRestrictionSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_order_order_restriction_set.OrderOrderRestrictionSet(
                name=required(name, "name"),
                restrictions=listed(required(restrictions, "restrictions")),
                business_id=business_id_,
            )
        return upsert_order_order_restriction_set.sync(
            business_id=business_id, body=body, if_match=if_match, client=with_call_options(self._client, options)
        )

    @property
    def with_raw_response(self) -> _OrderOrderRestrictionSetsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_OrderOrderRestrictionSetsResourceRaw", raw(self))


class PlanProfilesResource(Namespace):
    """``client.plan_profiles``: Create, read, update and delete plan profiles."""

    __slots__ = ()

    def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a plan profile

        Removes the plan profile with this id.

        ``DELETE /plan-profiles/{id}`` (operation ``deletePlanProfile``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_plan_profile.sync(id=id, client=with_call_options(self._client, options))

    def get(self, id: str, **options: Unpack[CallOptions]) -> PlanProfile:
        """Get one plan profile

        Returns one plan profile, with its current version in the `ETag` header.

        ``GET /plan-profiles/{id}`` (operation ``getPlanProfile``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            PlanProfile

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_plan_profile.sync(id=id, client=with_call_options(self._client, options))

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[PlanProfile]:
        """List plan profiles

        Returns one page of plan profiles. Pass the `next` cursor of a page as `cursor` to fetch the page
        after it.

        ``GET /plan-profiles`` (operation ``listPlanProfiles``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[PlanProfile]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(list_plan_profiles),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    def upsert(
        self, id: str, *, body: PlanProfile, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> PlanProfile: ...
    @overload
    def upsert(
        self,
        id: str,
        *,
        name: str,
        business_id: str | Unset = UNSET,
        depot_set_business_id: str | Unset = UNSET,
        charging_location_set_business_id: str | Unset = UNSET,
        break_rule_set_business_id: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PlanProfile: ...
    def upsert(
        self,
        id: str,
        *,
        body: PlanProfile | Unset = UNSET,
        name: str | Unset = UNSET,
        business_id: str | Unset = UNSET,
        depot_set_business_id: str | Unset = UNSET,
        charging_location_set_business_id: str | Unset = UNSET,
        break_rule_set_business_id: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PlanProfile:
        """Create or replace a plan profile

        Creates the plan profile with this id, or replaces it when it exists. Send the `ETag` of the version
        you read as `If-Match` to make sure nobody changed it in between.

        ``PUT /plan-profiles/{id}`` (operation ``upsertPlanProfile``).

        Args:
            id (str):
            body (PlanProfile): A named combination of settings sets (depots, charging locations, break
                rules) to plan with.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            name (str): Name of the plan profile. Example: Default Profile.
            business_id (str | Unset): Identifier of the plan profile (the `id` of the path). Example:
                default-profile.
            depot_set_business_id (str | Unset): Identifier of the depot set this profile uses. Example:
                belgian-depots.
            charging_location_set_business_id (str | Unset): Identifier of the charging location set this
                profile uses. Example: flanders-charging-locations.
            break_rule_set_business_id (str | Unset): Identifier of the break rule set this profile uses.
                Example: eu-break-rules.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            PlanProfile

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_plan_profile.PlanProfile(
                name=required(name, "name"),
                business_id=business_id,
                depot_set_business_id=depot_set_business_id,
                charging_location_set_business_id=charging_location_set_business_id,
                break_rule_set_business_id=break_rule_set_business_id,
            )
        return upsert_plan_profile.sync(
            id=id, body=body, if_match=if_match, client=with_call_options(self._client, options)
        )

    @property
    def with_raw_response(self) -> _PlanProfilesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_PlanProfilesResourceRaw", raw(self))


class PlanningsResource(Namespace):
    """``client.plannings``: Read plannings and the latest release of a planning."""

    __slots__ = ()

    def get_latest_release(self, id: str, **options: Unpack[CallOptions]) -> Release:
        """Get the latest release of a planning

        Returns the most recent release of a planning, with its routes. Releases are kept for two weeks;
        asking for an older one answers 404.

        ``GET /plannings/{id}/releases/latest`` (operation ``getLatestReleaseByPlanningId``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Release

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_latest_release_by_planning_id.sync(id=id, client=with_call_options(self._client, options))

    def list(
        self,
        *,
        released_since: datetime.datetime | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[Planning]:
        """List plannings

        Returns one page of plannings, newest `created_at` first. Pass the `next` cursor of a page as
        `cursor` to fetch the page after it.

        ``GET /plannings`` (operation ``getPlannings``).

        Args:
            released_since (datetime.datetime | Unset):
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[Planning]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(get_plannings),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(released_since=released_since, cursor=cursor, limit=limit),
        )

    @property
    def with_raw_response(self) -> _PlanningsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_PlanningsResourceRaw", raw(self))


class AsyncBreakRuleSetsResource(AsyncNamespace):
    """``client.break_rule_sets``: Create, read, update and delete break rule sets.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a break rule set

        Removes the break rule set with this id.

        ``DELETE /settings/break-rule-sets/{id}`` (operation ``deleteBreakRuleSet``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_break_rule_set.asyncio(id=id, client=with_call_options(self._client, options))

    async def get(self, id: str, **options: Unpack[CallOptions]) -> BreakRuleSet:
        """Get one break rule set

        Returns one break rule set, with its current version in the `ETag` header.

        ``GET /settings/break-rule-sets/{id}`` (operation ``getBreakRuleSet``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            BreakRuleSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_break_rule_set.asyncio(id=id, client=with_call_options(self._client, options))

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
    ) -> AsyncPaginator[BreakRuleSet]:
        """List break rule sets

        Returns one page of break rule sets (100 at most by default). Pass `cursors.next` of a page as
        `cursor` to fetch the page after it; there is no way back.

        ``GET /settings/break-rule-sets`` (operation ``listBreakRuleSets``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[BreakRuleSet]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(list_break_rule_sets),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    async def upsert(
        self, id: str, *, body: BreakRuleSet, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> BreakRuleSet: ...
    @overload
    async def upsert(
        self,
        id: str,
        *,
        name: str,
        break_rule_groups: Sequence[BreakRuleGroup],
        business_id: str | Unset = UNSET,
        etag: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> BreakRuleSet: ...
    async def upsert(
        self,
        id: str,
        *,
        body: BreakRuleSet | Unset = UNSET,
        name: str | Unset = UNSET,
        break_rule_groups: Sequence[BreakRuleGroup] | Unset = UNSET,
        business_id: str | Unset = UNSET,
        etag: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> BreakRuleSet:
        """Create or replace a break rule set

        Creates the break rule set with this id, or replaces it when it exists. Send the `ETag` of the
        version you read as `If-Match` to make sure nobody changed it in between.

        ``PUT /settings/break-rule-sets/{id}`` (operation ``upsertBreakRuleSet``).

        Args:
            id (str):
            body (BreakRuleSet): A named collection of break rule groups.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            name (str): Name of the set. Example: Legal breaks for Belgium.
            break_rule_groups (list[BreakRuleGroup]): The groups of break rules in the set.
            business_id (str | Unset): Identifier of the set (the `id` of the path). Example:
                eu-break-rules.
            etag (str | Unset): Version of the set, the same value as the `ETag` header. Example: W/"25".

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            BreakRuleSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_break_rule_set.BreakRuleSet(
                name=required(name, "name"),
                break_rule_groups=listed(required(break_rule_groups, "break_rule_groups")),
                business_id=business_id,
                etag=etag,
            )
        return await upsert_break_rule_set.asyncio(
            id=id, body=body, if_match=if_match, client=with_call_options(self._client, options)
        )

    @property
    def with_raw_response(self) -> _AsyncBreakRuleSetsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncBreakRuleSetsResourceRaw", raw(self))


class AsyncChargingLocationSetsResource(AsyncNamespace):
    """``client.charging_location_sets``: Create, read, update and delete charging location sets (early
    access).

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a charging location set

        Removes the charging location set with this id.

        ``DELETE /locations/charging-location-sets/{id}`` (operation ``deleteChargingLocationSet``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_charging_location_set.asyncio(id=id, client=with_call_options(self._client, options))

    async def get(self, id: str, **options: Unpack[CallOptions]) -> ChargingLocationSet:
        """Get one charging location set

        Returns one charging location set, with its current version in the `ETag` header.

        ``GET /locations/charging-location-sets/{id}`` (operation ``getChargingLocationSet``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            ChargingLocationSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_charging_location_set.asyncio(id=id, client=with_call_options(self._client, options))

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
    ) -> AsyncPaginator[ChargingLocationSetListSummary]:
        """List charging location sets

        Returns one page of charging location sets, each in short form. Pass the `next` cursor of a page as
        `cursor` to fetch the page after it.

        ``GET /locations/charging-location-sets`` (operation ``listChargingLocationSets``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[ChargingLocationSetListSummary]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(list_charging_location_sets),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    async def upsert(
        self, id: str, *, body: ChargingLocationSet, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> ChargingLocationSet: ...
    @overload
    async def upsert(
        self,
        id: str,
        *,
        name: str,
        business_id: str | Unset = UNSET,
        charging_locations: Sequence[ChargingLocation] | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ChargingLocationSet: ...
    async def upsert(
        self,
        id: str,
        *,
        body: ChargingLocationSet | Unset = UNSET,
        name: str | Unset = UNSET,
        business_id: str | Unset = UNSET,
        charging_locations: Sequence[ChargingLocation] | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ChargingLocationSet:
        """Create or replace a charging location set

        Creates the charging location set with this id, or replaces it when it exists. Send the `ETag` of
        the version you read as `If-Match` to make sure nobody changed it in between.

        ``PUT /locations/charging-location-sets/{id}`` (operation ``upsertChargingLocationSet``).

        Args:
            id (str):
            body (ChargingLocationSet): A named collection of places where electric vehicles can charge.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            name (str): Name of the set. Example: Flanders charging locations.
            business_id (str | Unset): Identifier of the set (the `id` of the path). Example:
                flanders-charging-locations.
            charging_locations (list[ChargingLocation] | Unset): The charging locations of the set.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            ChargingLocationSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_charging_location_set.ChargingLocationSet(
                name=required(name, "name"), business_id=business_id, charging_locations=listed(charging_locations)
            )
        return await upsert_charging_location_set.asyncio(
            id=id, body=body, if_match=if_match, client=with_call_options(self._client, options)
        )

    @property
    def with_raw_response(self) -> _AsyncChargingLocationSetsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncChargingLocationSetsResourceRaw", raw(self))


class AsyncDepotSetsResource(AsyncNamespace):
    """``client.depot_sets``: Create, read, update and delete depot sets.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a depot set

        Removes the depot set with this id.

        ``DELETE /locations/depot-sets/{id}`` (operation ``deleteDepotSet``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_depot_set.asyncio(id=id, client=with_call_options(self._client, options))

    async def get(self, id: str, **options: Unpack[CallOptions]) -> DepotSet:
        """Get one depot set

        Returns one depot set, with its current version in the `ETag` header.

        ``GET /locations/depot-sets/{id}`` (operation ``getDepotSet``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            DepotSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_depot_set.asyncio(id=id, client=with_call_options(self._client, options))

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
    ) -> AsyncPaginator[DepotSetListSummary]:
        """List depot sets

        Returns one page of depot sets, each in short form. Pass the `next` cursor of a page as `cursor` to
        fetch the page after it.

        ``GET /locations/depot-sets`` (operation ``listDepotSets``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[DepotSetListSummary]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(list_depot_sets),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    async def upsert(
        self, id: str, *, body: DepotSet, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> DepotSet: ...
    @overload
    async def upsert(
        self,
        id: str,
        *,
        name: str,
        depots: Sequence[Depot],
        business_id: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> DepotSet: ...
    async def upsert(
        self,
        id: str,
        *,
        body: DepotSet | Unset = UNSET,
        name: str | Unset = UNSET,
        depots: Sequence[Depot] | Unset = UNSET,
        business_id: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> DepotSet:
        """Create or replace a depot set

        Creates the depot set with this id, or replaces it when it exists. Depots without a `geo_point` are
        geocoded from their address. Send the `ETag` of the version you read as `If-Match` to make sure
        nobody changed it in between.

        ``PUT /locations/depot-sets/{id}`` (operation ``upsertDepotSet``).

        Args:
            id (str):
            body (DepotSet): A named collection of depots.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            name (str): Name of the depot set. Example: Belgian Depots.
            depots (list[Depot]): The depots of the set.
            business_id (str | Unset): Identifier of the depot set (the `id` of the path). Example:
                cb1fb12c-0abc-413c-a69d-63c62566685f.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            DepotSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_depot_set.DepotSet(
                name=required(name, "name"), depots=listed(required(depots, "depots")), business_id=business_id
            )
        return await upsert_depot_set.asyncio(
            id=id, body=body, if_match=if_match, client=with_call_options(self._client, options)
        )

    @property
    def with_raw_response(self) -> _AsyncDepotSetsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncDepotSetsResourceRaw", raw(self))


class AsyncHealthResource(AsyncNamespace):
    """``client.health``: Check that the API can be reached and that the caller is authenticated.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def ping(self, **options: Unpack[CallOptions]) -> str:
        """Check the connection

        Authenticates the caller and answers `pong` when the connection and the credentials work.

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


class AsyncLocationWorkloadLevellingSetsResource(AsyncNamespace):
    """``client.location_workload_levelling_sets``: Create, read, update and delete location workload
    levelling sets.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def delete(self, business_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a location workload levelling set

        Removes the location workload levelling set with this business_id.

        ``DELETE /settings/location-workload-levelling-sets/{business_id}`` (operation ``deleteLocationWorkloadLevellingSet``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_location_workload_levelling_set.asyncio(
            business_id=business_id, client=with_call_options(self._client, options)
        )

    async def get(self, business_id: str, **options: Unpack[CallOptions]) -> LocationWorkloadLevellingSet:
        """Get one location workload levelling set

        Returns one location workload levelling set, with its current version in the `ETag` header.

        ``GET /settings/location-workload-levelling-sets/{business_id}`` (operation ``getLocationWorkloadLevellingSet``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            LocationWorkloadLevellingSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_location_workload_levelling_set.asyncio(
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
    ) -> AsyncPaginator[LocationWorkloadLevellingSet]:
        """List location workload levelling sets

        Returns one page of location workload levelling sets (100 at most by default). Pass `cursors.next`
        of a page as `cursor` to fetch the page after it.

        ``GET /settings/location-workload-levelling-sets`` (operation ``listLocationWorkloadLevellingSets``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[LocationWorkloadLevellingSet]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(list_location_workload_levelling_sets),
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
        body: LocationWorkloadLevellingSet,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> LocationWorkloadLevellingSet: ...
    @overload
    async def upsert(
        self,
        business_id: str,
        *,
        name: str,
        business_id_: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> LocationWorkloadLevellingSet: ...
    async def upsert(
        self,
        business_id: str,
        *,
        body: LocationWorkloadLevellingSet | Unset = UNSET,
        name: str | Unset = UNSET,
        business_id_: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> LocationWorkloadLevellingSet:
        """Create or replace a location workload levelling set

        Creates the location workload levelling set with this business_id, or replaces it when it exists.
        Send the `ETag` of the version you read as `If-Match` to make sure nobody changed it in between.

        ``PUT /settings/location-workload-levelling-sets/{business_id}`` (operation ``upsertLocationWorkloadLevellingSet``).

        Args:
            business_id (str):
            body (LocationWorkloadLevellingSet): Settings that spread the workload over the locations. Only
                the name is modelled; any other field is kept as it comes.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            name (str): Name of the set. Example: Spread shop deliveries.
            business_id_: business_id (str | Unset): Identifier of the set (the `business_id` of the path).
                Example: spread-shop-deliveries.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            LocationWorkloadLevellingSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_location_workload_levelling_set.LocationWorkloadLevellingSet(
                name=required(name, "name"), business_id=business_id_
            )
        return await upsert_location_workload_levelling_set.asyncio(
            business_id=business_id, body=body, if_match=if_match, client=with_call_options(self._client, options)
        )

    @property
    def with_raw_response(self) -> _AsyncLocationWorkloadLevellingSetsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncLocationWorkloadLevellingSetsResourceRaw", raw(self))


class AsyncOrderOrderRestrictionSetsResource(AsyncNamespace):
    """``client.order_order_restriction_sets``: Create, read, update and delete order-order restriction
    sets.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def delete(self, business_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete an order-order restriction set

        Removes the order-order restriction set with this business_id.

        ``DELETE /settings/order-order-restriction-sets/{business_id}`` (operation ``deleteOrderOrderRestrictionSet``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_order_order_restriction_set.asyncio(
            business_id=business_id, client=with_call_options(self._client, options)
        )

    async def get(self, business_id: str, **options: Unpack[CallOptions]) -> OrderOrderRestrictionSet:
        """Get one order-order restriction set

        Returns one order-order restriction set, with its current version in the `ETag` header.

        ``GET /settings/order-order-restriction-sets/{business_id}`` (operation ``getOrderOrderRestrictionSet``).

        Args:
            business_id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            OrderOrderRestrictionSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_order_order_restriction_set.asyncio(
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
    ) -> AsyncPaginator[OrderOrderRestrictionSet]:
        """List order-order restriction sets

        Returns one page of order-order restriction sets (100 at most by default). Pass `cursors.next` of a
        page as `cursor` to fetch the page after it.

        ``GET /settings/order-order-restriction-sets`` (operation ``listOrderOrderRestrictionSets``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[OrderOrderRestrictionSet]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(list_order_order_restriction_sets),
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
        body: OrderOrderRestrictionSet,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> OrderOrderRestrictionSet: ...
    @overload
    async def upsert(
        self,
        business_id: str,
        *,
        name: str,
        restrictions: Sequence[OrderOrderRestriction],
        business_id_: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> OrderOrderRestrictionSet: ...
    async def upsert(
        self,
        business_id: str,
        *,
        body: OrderOrderRestrictionSet | Unset = UNSET,
        name: str | Unset = UNSET,
        restrictions: Sequence[OrderOrderRestriction] | Unset = UNSET,
        business_id_: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> OrderOrderRestrictionSet:
        """Create or replace an order-order restriction set

        Creates the order-order restriction set with this business_id, or replaces it when it exists. Send
        the `ETag` of the version you read as `If-Match` to make sure nobody changed it in between.

        ``PUT /settings/order-order-restriction-sets/{business_id}`` (operation ``upsertOrderOrderRestrictionSet``).

        Args:
            business_id (str):
            body (OrderOrderRestrictionSet): A named group of rules about which orders may not share a
                vehicle or follow each other.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            name (str): Name of the set. Example: Ambient goods not with chilled goods.
            restrictions (list[OrderOrderRestriction]): The rules of the set.
            business_id_: business_id (str | Unset): Identifier of the set (the `business_id` of the path).
                Example: ambient-not-with-chilled.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            OrderOrderRestrictionSet

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_order_order_restriction_set.OrderOrderRestrictionSet(
                name=required(name, "name"),
                restrictions=listed(required(restrictions, "restrictions")),
                business_id=business_id_,
            )
        return await upsert_order_order_restriction_set.asyncio(
            business_id=business_id, body=body, if_match=if_match, client=with_call_options(self._client, options)
        )

    @property
    def with_raw_response(self) -> _AsyncOrderOrderRestrictionSetsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncOrderOrderRestrictionSetsResourceRaw", raw(self))


class AsyncPlanProfilesResource(AsyncNamespace):
    """``client.plan_profiles``: Create, read, update and delete plan profiles.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a plan profile

        Removes the plan profile with this id.

        ``DELETE /plan-profiles/{id}`` (operation ``deletePlanProfile``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            None

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_plan_profile.asyncio(id=id, client=with_call_options(self._client, options))

    async def get(self, id: str, **options: Unpack[CallOptions]) -> PlanProfile:
        """Get one plan profile

        Returns one plan profile, with its current version in the `ETag` header.

        ``GET /plan-profiles/{id}`` (operation ``getPlanProfile``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            PlanProfile

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_plan_profile.asyncio(id=id, client=with_call_options(self._client, options))

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
    ) -> AsyncPaginator[PlanProfile]:
        """List plan profiles

        Returns one page of plan profiles. Pass the `next` cursor of a page as `cursor` to fetch the page
        after it.

        ``GET /plan-profiles`` (operation ``listPlanProfiles``).

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[PlanProfile]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(list_plan_profiles),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(cursor=cursor, limit=limit),
        )

    @overload
    async def upsert(
        self, id: str, *, body: PlanProfile, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> PlanProfile: ...
    @overload
    async def upsert(
        self,
        id: str,
        *,
        name: str,
        business_id: str | Unset = UNSET,
        depot_set_business_id: str | Unset = UNSET,
        charging_location_set_business_id: str | Unset = UNSET,
        break_rule_set_business_id: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PlanProfile: ...
    async def upsert(
        self,
        id: str,
        *,
        body: PlanProfile | Unset = UNSET,
        name: str | Unset = UNSET,
        business_id: str | Unset = UNSET,
        depot_set_business_id: str | Unset = UNSET,
        charging_location_set_business_id: str | Unset = UNSET,
        break_rule_set_business_id: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PlanProfile:
        """Create or replace a plan profile

        Creates the plan profile with this id, or replaces it when it exists. Send the `ETag` of the version
        you read as `If-Match` to make sure nobody changed it in between.

        ``PUT /plan-profiles/{id}`` (operation ``upsertPlanProfile``).

        Args:
            id (str):
            body (PlanProfile): A named combination of settings sets (depots, charging locations, break
                rules) to plan with.
            if_match (str | Unset):
            Or, instead of ``body``, the body's fields as keywords:
            name (str): Name of the plan profile. Example: Default Profile.
            business_id (str | Unset): Identifier of the plan profile (the `id` of the path). Example:
                default-profile.
            depot_set_business_id (str | Unset): Identifier of the depot set this profile uses. Example:
                belgian-depots.
            charging_location_set_business_id (str | Unset): Identifier of the charging location set this
                profile uses. Example: flanders-charging-locations.
            break_rule_set_business_id (str | Unset): Identifier of the break rule set this profile uses.
                Example: eu-break-rules.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            PlanProfile

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_plan_profile.PlanProfile(
                name=required(name, "name"),
                business_id=business_id,
                depot_set_business_id=depot_set_business_id,
                charging_location_set_business_id=charging_location_set_business_id,
                break_rule_set_business_id=break_rule_set_business_id,
            )
        return await upsert_plan_profile.asyncio(
            id=id, body=body, if_match=if_match, client=with_call_options(self._client, options)
        )

    @property
    def with_raw_response(self) -> _AsyncPlanProfilesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncPlanProfilesResourceRaw", raw(self))


class AsyncPlanningsResource(AsyncNamespace):
    """``client.plannings``: Read plannings and the latest release of a planning.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def get_latest_release(self, id: str, **options: Unpack[CallOptions]) -> Release:
        """Get the latest release of a planning

        Returns the most recent release of a planning, with its routes. Releases are kept for two weeks;
        asking for an older one answers 404.

        ``GET /plannings/{id}/releases/latest`` (operation ``getLatestReleaseByPlanningId``).

        Args:
            id (str):

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Release

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_latest_release_by_planning_id.asyncio(id=id, client=with_call_options(self._client, options))

    def list(
        self,
        *,
        released_since: datetime.datetime | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[Planning]:
        """List plannings

        Returns one page of plannings, newest `created_at` first. Pass the `next` cursor of a page as
        `cursor` to fetch the page after it.

        ``GET /plannings`` (operation ``getPlannings``).

        Args:
            released_since (datetime.datetime | Unset):
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[Planning]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(get_plannings),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(released_since=released_since, cursor=cursor, limit=limit),
        )

    @property
    def with_raw_response(self) -> _AsyncPlanningsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncPlanningsResourceRaw", raw(self))


class _ListBreakRuleSetsOperation(Protocol):
    """The operation module ``api.break_rules.list_break_rule_sets`` as ``paginate`` sees it."""

    def sync_detailed(
        self, *, client: AuthenticatedClient | Client, cursor: str | Unset = UNSET, limit: int | Unset = 100
    ) -> Response[BreakRuleSetsPage | Problem]: ...


class _ListChargingLocationSetsOperation(Protocol):
    """The operation module ``api.charging_location_sets.list_charging_location_sets`` as ``paginate`` sees it."""

    def sync_detailed(
        self, *, client: AuthenticatedClient | Client, cursor: str | Unset = UNSET, limit: int | Unset = 100
    ) -> Response[ChargingLocationSetsPage | Problem]: ...


class _ListDepotSetsOperation(Protocol):
    """The operation module ``api.depot_sets.list_depot_sets`` as ``paginate`` sees it."""

    def sync_detailed(
        self, *, client: AuthenticatedClient | Client, cursor: str | Unset = UNSET, limit: int | Unset = 100
    ) -> Response[DepotSetsPage | Problem]: ...


class _ListLocationWorkloadLevellingSetsOperation(Protocol):
    """The operation module ``api.location_workload_levelling.list_location_workload_levelling_sets`` as ``paginate`` sees it."""

    def sync_detailed(
        self, *, client: AuthenticatedClient | Client, cursor: str | Unset = UNSET, limit: int | Unset = 100
    ) -> Response[LocationWorkloadLevellingSetsPage | Problem]: ...


class _ListOrderOrderRestrictionSetsOperation(Protocol):
    """The operation module ``api.order_order_restrictions.list_order_order_restriction_sets`` as ``paginate`` sees it."""

    def sync_detailed(
        self, *, client: AuthenticatedClient | Client, cursor: str | Unset = UNSET, limit: int | Unset = 100
    ) -> Response[OrderOrderRestrictionSetsPage | Problem]: ...


class _ListPlanProfilesOperation(Protocol):
    """The operation module ``api.plan_profiles.list_plan_profiles`` as ``paginate`` sees it."""

    def sync_detailed(
        self, *, client: AuthenticatedClient | Client, cursor: str | Unset = UNSET, limit: int | Unset = 100
    ) -> Response[PlanProfilesPage | Problem]: ...


class _GetPlanningsOperation(Protocol):
    """The operation module ``api.plannings.get_plannings`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        released_since: datetime.datetime | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
    ) -> Response[PlanningsPage | Problem]: ...


if TYPE_CHECKING:  # the types of ``with_raw_response``

    class _BreakRuleSetsResourceRaw(Protocol):
        """``client.break_rule_sets.with_raw_response``."""

        def delete(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[None]: ...
        def get(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[BreakRuleSet]: ...
        def list(
            self,
            *,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[BreakRuleSet]]: ...
        @overload
        def upsert(
            self, id: str, *, body: BreakRuleSet, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[BreakRuleSet]: ...
        @overload
        def upsert(
            self,
            id: str,
            *,
            name: str,
            break_rule_groups: Sequence[BreakRuleGroup],
            business_id: str | Unset = UNSET,
            etag: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[BreakRuleSet]: ...

    class _ChargingLocationSetsResourceRaw(Protocol):
        """``client.charging_location_sets.with_raw_response``."""

        def delete(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[None]: ...
        def get(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[ChargingLocationSet]: ...
        def list(
            self,
            *,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[ChargingLocationSetListSummary]]: ...
        @overload
        def upsert(
            self, id: str, *, body: ChargingLocationSet, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[ChargingLocationSet]: ...
        @overload
        def upsert(
            self,
            id: str,
            *,
            name: str,
            business_id: str | Unset = UNSET,
            charging_locations: Sequence[ChargingLocation] | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[ChargingLocationSet]: ...

    class _DepotSetsResourceRaw(Protocol):
        """``client.depot_sets.with_raw_response``."""

        def delete(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[None]: ...
        def get(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[DepotSet]: ...
        def list(
            self,
            *,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[DepotSetListSummary]]: ...
        @overload
        def upsert(
            self, id: str, *, body: DepotSet, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[DepotSet]: ...
        @overload
        def upsert(
            self,
            id: str,
            *,
            name: str,
            depots: Sequence[Depot],
            business_id: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[DepotSet]: ...

    class _HealthResourceRaw(Protocol):
        """``client.health.with_raw_response``."""

        def ping(self, **options: Unpack[CallOptions]) -> RawResponse[str]: ...

    class _LocationWorkloadLevellingSetsResourceRaw(Protocol):
        """``client.location_workload_levelling_sets.with_raw_response``."""

        def delete(self, business_id: str, **options: Unpack[CallOptions]) -> RawResponse[None]: ...
        def get(
            self, business_id: str, **options: Unpack[CallOptions]
        ) -> RawResponse[LocationWorkloadLevellingSet]: ...
        def list(
            self,
            *,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[LocationWorkloadLevellingSet]]: ...
        @overload
        def upsert(
            self,
            business_id: str,
            *,
            body: LocationWorkloadLevellingSet,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[LocationWorkloadLevellingSet]: ...
        @overload
        def upsert(
            self,
            business_id: str,
            *,
            name: str,
            business_id_: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[LocationWorkloadLevellingSet]: ...

    class _OrderOrderRestrictionSetsResourceRaw(Protocol):
        """``client.order_order_restriction_sets.with_raw_response``."""

        def delete(self, business_id: str, **options: Unpack[CallOptions]) -> RawResponse[None]: ...
        def get(self, business_id: str, **options: Unpack[CallOptions]) -> RawResponse[OrderOrderRestrictionSet]: ...
        def list(
            self,
            *,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[OrderOrderRestrictionSet]]: ...
        @overload
        def upsert(
            self,
            business_id: str,
            *,
            body: OrderOrderRestrictionSet,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[OrderOrderRestrictionSet]: ...
        @overload
        def upsert(
            self,
            business_id: str,
            *,
            name: str,
            restrictions: Sequence[OrderOrderRestriction],
            business_id_: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[OrderOrderRestrictionSet]: ...

    class _PlanProfilesResourceRaw(Protocol):
        """``client.plan_profiles.with_raw_response``."""

        def delete(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[None]: ...
        def get(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[PlanProfile]: ...
        def list(
            self,
            *,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[PlanProfile]]: ...
        @overload
        def upsert(
            self, id: str, *, body: PlanProfile, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[PlanProfile]: ...
        @overload
        def upsert(
            self,
            id: str,
            *,
            name: str,
            business_id: str | Unset = UNSET,
            depot_set_business_id: str | Unset = UNSET,
            charging_location_set_business_id: str | Unset = UNSET,
            break_rule_set_business_id: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[PlanProfile]: ...

    class _PlanningsResourceRaw(Protocol):
        """``client.plannings.with_raw_response``."""

        def get_latest_release(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[Release]: ...
        def list(
            self,
            *,
            released_since: datetime.datetime | Unset = UNSET,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[Planning]]: ...

    class _AsyncBreakRuleSetsResourceRaw(Protocol):
        """``client.break_rule_sets.with_raw_response``."""

        async def delete(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[None]: ...
        async def get(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[BreakRuleSet]: ...
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
        ) -> RawResponse[Page[BreakRuleSet]]: ...
        @overload
        async def upsert(
            self, id: str, *, body: BreakRuleSet, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[BreakRuleSet]: ...
        @overload
        async def upsert(
            self,
            id: str,
            *,
            name: str,
            break_rule_groups: Sequence[BreakRuleGroup],
            business_id: str | Unset = UNSET,
            etag: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[BreakRuleSet]: ...

    class _AsyncChargingLocationSetsResourceRaw(Protocol):
        """``client.charging_location_sets.with_raw_response``."""

        async def delete(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[None]: ...
        async def get(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[ChargingLocationSet]: ...
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
        ) -> RawResponse[Page[ChargingLocationSetListSummary]]: ...
        @overload
        async def upsert(
            self, id: str, *, body: ChargingLocationSet, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[ChargingLocationSet]: ...
        @overload
        async def upsert(
            self,
            id: str,
            *,
            name: str,
            business_id: str | Unset = UNSET,
            charging_locations: Sequence[ChargingLocation] | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[ChargingLocationSet]: ...

    class _AsyncDepotSetsResourceRaw(Protocol):
        """``client.depot_sets.with_raw_response``."""

        async def delete(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[None]: ...
        async def get(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[DepotSet]: ...
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
        ) -> RawResponse[Page[DepotSetListSummary]]: ...
        @overload
        async def upsert(
            self, id: str, *, body: DepotSet, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[DepotSet]: ...
        @overload
        async def upsert(
            self,
            id: str,
            *,
            name: str,
            depots: Sequence[Depot],
            business_id: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[DepotSet]: ...

    class _AsyncHealthResourceRaw(Protocol):
        """``client.health.with_raw_response``."""

        async def ping(self, **options: Unpack[CallOptions]) -> RawResponse[str]: ...

    class _AsyncLocationWorkloadLevellingSetsResourceRaw(Protocol):
        """``client.location_workload_levelling_sets.with_raw_response``."""

        async def delete(self, business_id: str, **options: Unpack[CallOptions]) -> RawResponse[None]: ...
        async def get(
            self, business_id: str, **options: Unpack[CallOptions]
        ) -> RawResponse[LocationWorkloadLevellingSet]: ...
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
        ) -> RawResponse[Page[LocationWorkloadLevellingSet]]: ...
        @overload
        async def upsert(
            self,
            business_id: str,
            *,
            body: LocationWorkloadLevellingSet,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[LocationWorkloadLevellingSet]: ...
        @overload
        async def upsert(
            self,
            business_id: str,
            *,
            name: str,
            business_id_: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[LocationWorkloadLevellingSet]: ...

    class _AsyncOrderOrderRestrictionSetsResourceRaw(Protocol):
        """``client.order_order_restriction_sets.with_raw_response``."""

        async def delete(self, business_id: str, **options: Unpack[CallOptions]) -> RawResponse[None]: ...
        async def get(
            self, business_id: str, **options: Unpack[CallOptions]
        ) -> RawResponse[OrderOrderRestrictionSet]: ...
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
        ) -> RawResponse[Page[OrderOrderRestrictionSet]]: ...
        @overload
        async def upsert(
            self,
            business_id: str,
            *,
            body: OrderOrderRestrictionSet,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[OrderOrderRestrictionSet]: ...
        @overload
        async def upsert(
            self,
            business_id: str,
            *,
            name: str,
            restrictions: Sequence[OrderOrderRestriction],
            business_id_: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[OrderOrderRestrictionSet]: ...

    class _AsyncPlanProfilesResourceRaw(Protocol):
        """``client.plan_profiles.with_raw_response``."""

        async def delete(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[None]: ...
        async def get(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[PlanProfile]: ...
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
        ) -> RawResponse[Page[PlanProfile]]: ...
        @overload
        async def upsert(
            self, id: str, *, body: PlanProfile, if_match: str | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[PlanProfile]: ...
        @overload
        async def upsert(
            self,
            id: str,
            *,
            name: str,
            business_id: str | Unset = UNSET,
            depot_set_business_id: str | Unset = UNSET,
            charging_location_set_business_id: str | Unset = UNSET,
            break_rule_set_business_id: str | Unset = UNSET,
            if_match: str | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[PlanProfile]: ...

    class _AsyncPlanningsResourceRaw(Protocol):
        """``client.plannings.with_raw_response``."""

        async def get_latest_release(self, id: str, **options: Unpack[CallOptions]) -> RawResponse[Release]: ...
        async def list(
            self,
            *,
            released_since: datetime.datetime | Unset = UNSET,
            cursor: str | Unset = UNSET,
            limit: int | Unset = 100,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            concurrency: int = 4,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[Planning]]: ...


@define
class _OptiflowPlanningBase(ApiClient):
    """What the sync and the async client share: typed ``paginate``/``apaginate`` over the operation modules."""

    @overload
    def paginate(
        self,
        operation: _ListBreakRuleSetsOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[BreakRuleSet]: ...

    @overload
    def paginate(
        self,
        operation: _ListChargingLocationSetsOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[ChargingLocationSetListSummary]: ...

    @overload
    def paginate(
        self,
        operation: _ListDepotSetsOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[DepotSetListSummary]: ...

    @overload
    def paginate(
        self,
        operation: _ListLocationWorkloadLevellingSetsOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[LocationWorkloadLevellingSet]: ...

    @overload
    def paginate(
        self,
        operation: _ListOrderOrderRestrictionSetsOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[OrderOrderRestrictionSet]: ...

    @overload
    def paginate(
        self,
        operation: _ListPlanProfilesOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[PlanProfile]: ...

    @overload
    def paginate(
        self,
        operation: _GetPlanningsOperation,
        /,
        *,
        released_since: datetime.datetime | Unset = ...,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Planning]: ...

    @overload
    def paginate(self, operation: ModuleType, /, **kwargs: Any) -> Paginator[Any]: ...
    def paginate(self, operation: Any, /, **kwargs: Any) -> Paginator[Any]:
        """Iterate the items of a paginated operation module across all its pages, typed by that operation.

        The lower layer under the namespaces' ``list`` methods: ``client.paginate(list_things, ...)``."""
        return super().paginate(operation, **kwargs)

    @overload
    def apaginate(
        self,
        operation: _ListBreakRuleSetsOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[BreakRuleSet]: ...

    @overload
    def apaginate(
        self,
        operation: _ListChargingLocationSetsOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[ChargingLocationSetListSummary]: ...

    @overload
    def apaginate(
        self,
        operation: _ListDepotSetsOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[DepotSetListSummary]: ...

    @overload
    def apaginate(
        self,
        operation: _ListLocationWorkloadLevellingSetsOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[LocationWorkloadLevellingSet]: ...

    @overload
    def apaginate(
        self,
        operation: _ListOrderOrderRestrictionSetsOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[OrderOrderRestrictionSet]: ...

    @overload
    def apaginate(
        self,
        operation: _ListPlanProfilesOperation,
        /,
        *,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[PlanProfile]: ...

    @overload
    def apaginate(
        self,
        operation: _GetPlanningsOperation,
        /,
        *,
        released_since: datetime.datetime | Unset = ...,
        cursor: str | Unset = ...,
        limit: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Planning]: ...

    @overload
    def apaginate(self, operation: ModuleType, /, **kwargs: Any) -> AsyncPaginator[Any]: ...
    def apaginate(self, operation: Any, /, **kwargs: Any) -> AsyncPaginator[Any]:
        """The async twin of :meth:`paginate`."""
        return super().apaginate(operation, **kwargs)


@define
class OptiflowPlanning(_OptiflowPlanningBase):
    """The PTV OptiFlow Planning API, resource by resource: ``client.<namespace>.<method>(...)`` (see api.md).

    An ``ApiClient`` (timeouts, retries, typed errors, auth), so it also goes to any operation module as
    ``client=``. Make one with the package's ``connect(...)``; use it with ``with``. ``async with`` gives the
    async twin, :class:`AsyncOptiflowPlanning` (also :meth:`to_async`), sharing connections and auth.
    """

    @property
    def break_rule_sets(self) -> BreakRuleSetsResource:
        """Create, read, update and delete break rule sets."""
        return BreakRuleSetsResource(self)

    @property
    def charging_location_sets(self) -> ChargingLocationSetsResource:
        """Create, read, update and delete charging location sets (early access)."""
        return ChargingLocationSetsResource(self)

    @property
    def depot_sets(self) -> DepotSetsResource:
        """Create, read, update and delete depot sets."""
        return DepotSetsResource(self)

    @property
    def health(self) -> HealthResource:
        """Check that the API can be reached and that the caller is authenticated."""
        return HealthResource(self)

    @property
    def location_workload_levelling_sets(self) -> LocationWorkloadLevellingSetsResource:
        """Create, read, update and delete location workload levelling sets."""
        return LocationWorkloadLevellingSetsResource(self)

    @property
    def order_order_restriction_sets(self) -> OrderOrderRestrictionSetsResource:
        """Create, read, update and delete order-order restriction sets."""
        return OrderOrderRestrictionSetsResource(self)

    @property
    def plan_profiles(self) -> PlanProfilesResource:
        """Create, read, update and delete plan profiles."""
        return PlanProfilesResource(self)

    @property
    def plannings(self) -> PlanningsResource:
        """Read plannings and the latest release of a planning."""
        return PlanningsResource(self)

    def to_async(self) -> AsyncOptiflowPlanning:
        """The async client over the same settings, connection pools and auth (token cache included)."""
        return twin(self, AsyncOptiflowPlanning)

    async def __aenter__(self) -> AsyncOptiflowPlanning:  # type: ignore[override]
        await super().__aenter__()
        return self.to_async()


@define
class AsyncOptiflowPlanning(_OptiflowPlanningBase):
    """The async twin of :class:`OptiflowPlanning`: ``await client.<namespace>.<method>(...)``, ``async for`` over lists."""

    @property
    def break_rule_sets(self) -> AsyncBreakRuleSetsResource:
        """Create, read, update and delete break rule sets."""
        return AsyncBreakRuleSetsResource(self)

    @property
    def charging_location_sets(self) -> AsyncChargingLocationSetsResource:
        """Create, read, update and delete charging location sets (early access)."""
        return AsyncChargingLocationSetsResource(self)

    @property
    def depot_sets(self) -> AsyncDepotSetsResource:
        """Create, read, update and delete depot sets."""
        return AsyncDepotSetsResource(self)

    @property
    def health(self) -> AsyncHealthResource:
        """Check that the API can be reached and that the caller is authenticated."""
        return AsyncHealthResource(self)

    @property
    def location_workload_levelling_sets(self) -> AsyncLocationWorkloadLevellingSetsResource:
        """Create, read, update and delete location workload levelling sets."""
        return AsyncLocationWorkloadLevellingSetsResource(self)

    @property
    def order_order_restriction_sets(self) -> AsyncOrderOrderRestrictionSetsResource:
        """Create, read, update and delete order-order restriction sets."""
        return AsyncOrderOrderRestrictionSetsResource(self)

    @property
    def plan_profiles(self) -> AsyncPlanProfilesResource:
        """Create, read, update and delete plan profiles."""
        return AsyncPlanProfilesResource(self)

    @property
    def plannings(self) -> AsyncPlanningsResource:
        """Read plannings and the latest release of a planning."""
        return AsyncPlanningsResource(self)

    def to_sync(self) -> OptiflowPlanning:
        """The sync client over the same settings, connection pools and auth."""
        return twin(self, OptiflowPlanning)


ResourceClient = OptiflowPlanning
"""The same name in every package, for the hand-written overlays (``connect`` returns one)."""
AsyncResourceClient = AsyncOptiflowPlanning
