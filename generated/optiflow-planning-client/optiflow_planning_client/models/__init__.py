"""Contains all the data models used in inputs/outputs.

Models are imported on first attribute access (``lib/_lazy.py``, PEP 562), so importing one operation or one
model does not import every model of the spec: import time stays flat as the spec grows.
"""

from typing import TYPE_CHECKING

from ..lib._lazy import lazy_exports

if TYPE_CHECKING:
    from .address import Address
    from .break_rule import BreakRule
    from .break_rule_group import BreakRuleGroup
    from .break_rule_set import BreakRuleSet
    from .break_rule_sets_page import BreakRuleSetsPage
    from .charging_location import ChargingLocation
    from .charging_location_set import ChargingLocationSet
    from .charging_location_set_list_summary import ChargingLocationSetListSummary
    from .charging_location_sets_page import ChargingLocationSetsPage
    from .cursor import Cursor
    from .custom_data import CustomData
    from .depot import Depot
    from .depot_address import DepotAddress
    from .depot_set import DepotSet
    from .depot_set_list_summary import DepotSetListSummary
    from .depot_sets_page import DepotSetsPage
    from .employee import Employee
    from .forward_cursor import ForwardCursor
    from .geo_point import GeoPoint
    from .geo_point_resolution import GeoPointResolution
    from .location import Location
    from .location_workload_levelling_set import LocationWorkloadLevellingSet
    from .location_workload_levelling_sets_page import LocationWorkloadLevellingSetsPage
    from .order_order_restriction import OrderOrderRestriction
    from .order_order_restriction_set import OrderOrderRestrictionSet
    from .order_order_restriction_sets_page import OrderOrderRestrictionSetsPage
    from .order_order_restriction_type import OrderOrderRestrictionType
    from .plan_profile import PlanProfile
    from .plan_profiles_page import PlanProfilesPage
    from .planning import Planning
    from .plannings_page import PlanningsPage
    from .problem import Problem
    from .release import Release
    from .release_metadata import ReleaseMetadata
    from .resource_combination import ResourceCombination
    from .route import Route
    from .route_boundary import RouteBoundary
    from .transport_resource import TransportResource
    from .trip import Trip
    from .violation import Violation

__all__ = [
    "Address",
    "BreakRule",
    "BreakRuleGroup",
    "BreakRuleSet",
    "BreakRuleSetsPage",
    "ChargingLocation",
    "ChargingLocationSet",
    "ChargingLocationSetListSummary",
    "ChargingLocationSetsPage",
    "Cursor",
    "CustomData",
    "Depot",
    "DepotAddress",
    "DepotSet",
    "DepotSetListSummary",
    "DepotSetsPage",
    "Employee",
    "ForwardCursor",
    "GeoPoint",
    "GeoPointResolution",
    "Location",
    "LocationWorkloadLevellingSet",
    "LocationWorkloadLevellingSetsPage",
    "OrderOrderRestriction",
    "OrderOrderRestrictionSet",
    "OrderOrderRestrictionSetsPage",
    "OrderOrderRestrictionType",
    "Planning",
    "PlanningsPage",
    "PlanProfile",
    "PlanProfilesPage",
    "Problem",
    "Release",
    "ReleaseMetadata",
    "ResourceCombination",
    "Route",
    "RouteBoundary",
    "TransportResource",
    "Trip",
    "Violation",
]

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "Address": ".address",
        "BreakRule": ".break_rule",
        "BreakRuleGroup": ".break_rule_group",
        "BreakRuleSet": ".break_rule_set",
        "BreakRuleSetsPage": ".break_rule_sets_page",
        "ChargingLocation": ".charging_location",
        "ChargingLocationSet": ".charging_location_set",
        "ChargingLocationSetListSummary": ".charging_location_set_list_summary",
        "ChargingLocationSetsPage": ".charging_location_sets_page",
        "Cursor": ".cursor",
        "CustomData": ".custom_data",
        "Depot": ".depot",
        "DepotAddress": ".depot_address",
        "DepotSet": ".depot_set",
        "DepotSetListSummary": ".depot_set_list_summary",
        "DepotSetsPage": ".depot_sets_page",
        "Employee": ".employee",
        "ForwardCursor": ".forward_cursor",
        "GeoPoint": ".geo_point",
        "GeoPointResolution": ".geo_point_resolution",
        "Location": ".location",
        "LocationWorkloadLevellingSet": ".location_workload_levelling_set",
        "LocationWorkloadLevellingSetsPage": ".location_workload_levelling_sets_page",
        "OrderOrderRestriction": ".order_order_restriction",
        "OrderOrderRestrictionSet": ".order_order_restriction_set",
        "OrderOrderRestrictionSetsPage": ".order_order_restriction_sets_page",
        "OrderOrderRestrictionType": ".order_order_restriction_type",
        "PlanProfile": ".plan_profile",
        "PlanProfilesPage": ".plan_profiles_page",
        "Planning": ".planning",
        "PlanningsPage": ".plannings_page",
        "Problem": ".problem",
        "Release": ".release",
        "ReleaseMetadata": ".release_metadata",
        "ResourceCombination": ".resource_combination",
        "Route": ".route",
        "RouteBoundary": ".route_boundary",
        "TransportResource": ".transport_resource",
        "Trip": ".trip",
        "Violation": ".violation",
    },
)
