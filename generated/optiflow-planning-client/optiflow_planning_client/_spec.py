"""What the spec and the registry say about this API, as data. Written by the pipeline; do not edit."""

from typing import Any, Final

API_NAME: Final = "optiflow-planning"
TITLE: Final = "PTV OptiFlow Planning API"
API_VERSION: Final = "1.13.0"
PACKAGE_VERSION: Final = "1.13.0.5"
SERVERS: Final[list[dict[str, Any]]] = [
    {"description": "Production Api", "url": "https://api.conundra.eu/planning/v1"},
    {"description": "Mock server", "url": "https://developer.conundra.eu/_mock/apis/plannings/planning-api"},
]
SECURITY_SCHEMES: Final[dict[str, Any]] = {
    "clientCredentials": {
        "description": "OAuth2 client credentials flow for machine-to-machine calls. The "
        "client id and secret go to the token endpoint in an HTTP Basic "
        "`Authorization` header; the access token it returns is sent to this "
        "API as a bearer token.",
        "flows": {
            "clientCredentials": {
                "scopes": {},
                "tokenUrl": "https://auth.conundra.eu/auth/realms/prod/protocol/openid-connect/token",
            }
        },
        "type": "oauth2",
    }
}
SECURITY: Final[list[dict[str, list[str]]]] = [{"clientCredentials": []}]
"""The spec's top-level security requirements: any one of them (each names the schemes it needs together)."""
OPERATIONS: Final[dict[str, dict[str, Any]]] = {
    "deleteBreakRuleSet": {
        "method": "DELETE",
        "module": "api.break_rules.delete_break_rule_set",
        "pagination": None,
        "parameters": [{"in": "path", "name": "id", "python_name": "id", "required": True}],
        "path": "/settings/break-rule-sets/{id}",
        "repeatable": False,
    },
    "deleteChargingLocationSet": {
        "method": "DELETE",
        "module": "api.charging_location_sets.delete_charging_location_set",
        "pagination": None,
        "parameters": [{"in": "path", "name": "id", "python_name": "id", "required": True}],
        "path": "/locations/charging-location-sets/{id}",
        "repeatable": False,
    },
    "deleteDepotSet": {
        "method": "DELETE",
        "module": "api.depot_sets.delete_depot_set",
        "pagination": None,
        "parameters": [{"in": "path", "name": "id", "python_name": "id", "required": True}],
        "path": "/locations/depot-sets/{id}",
        "repeatable": False,
    },
    "deleteLocationWorkloadLevellingSet": {
        "method": "DELETE",
        "module": "api.location_workload_levelling.delete_location_workload_levelling_set",
        "pagination": None,
        "parameters": [{"in": "path", "name": "business_id", "python_name": "business_id", "required": True}],
        "path": "/settings/location-workload-levelling-sets/{business_id}",
        "repeatable": False,
    },
    "deleteOrderOrderRestrictionSet": {
        "method": "DELETE",
        "module": "api.order_order_restrictions.delete_order_order_restriction_set",
        "pagination": None,
        "parameters": [{"in": "path", "name": "business_id", "python_name": "business_id", "required": True}],
        "path": "/settings/order-order-restriction-sets/{business_id}",
        "repeatable": False,
    },
    "deletePlanProfile": {
        "method": "DELETE",
        "module": "api.plan_profiles.delete_plan_profile",
        "pagination": None,
        "parameters": [{"in": "path", "name": "id", "python_name": "id", "required": True}],
        "path": "/plan-profiles/{id}",
        "repeatable": False,
    },
    "getBreakRuleSet": {
        "method": "GET",
        "module": "api.break_rules.get_break_rule_set",
        "pagination": None,
        "parameters": [{"in": "path", "name": "id", "python_name": "id", "required": True}],
        "path": "/settings/break-rule-sets/{id}",
        "repeatable": False,
    },
    "getChargingLocationSet": {
        "method": "GET",
        "module": "api.charging_location_sets.get_charging_location_set",
        "pagination": None,
        "parameters": [{"in": "path", "name": "id", "python_name": "id", "required": True}],
        "path": "/locations/charging-location-sets/{id}",
        "repeatable": False,
    },
    "getDepotSet": {
        "method": "GET",
        "module": "api.depot_sets.get_depot_set",
        "pagination": None,
        "parameters": [{"in": "path", "name": "id", "python_name": "id", "required": True}],
        "path": "/locations/depot-sets/{id}",
        "repeatable": False,
    },
    "getLatestReleaseByPlanningId": {
        "method": "GET",
        "module": "api.plannings.get_latest_release_by_planning_id",
        "pagination": None,
        "parameters": [{"in": "path", "name": "id", "python_name": "id", "required": True}],
        "path": "/plannings/{id}/releases/latest",
        "repeatable": False,
    },
    "getLocationWorkloadLevellingSet": {
        "method": "GET",
        "module": "api.location_workload_levelling.get_location_workload_levelling_set",
        "pagination": None,
        "parameters": [{"in": "path", "name": "business_id", "python_name": "business_id", "required": True}],
        "path": "/settings/location-workload-levelling-sets/{business_id}",
        "repeatable": False,
    },
    "getOrderOrderRestrictionSet": {
        "method": "GET",
        "module": "api.order_order_restrictions.get_order_order_restriction_set",
        "pagination": None,
        "parameters": [{"in": "path", "name": "business_id", "python_name": "business_id", "required": True}],
        "path": "/settings/order-order-restriction-sets/{business_id}",
        "repeatable": False,
    },
    "getPlanProfile": {
        "method": "GET",
        "module": "api.plan_profiles.get_plan_profile",
        "pagination": None,
        "parameters": [{"in": "path", "name": "id", "python_name": "id", "required": True}],
        "path": "/plan-profiles/{id}",
        "repeatable": False,
    },
    "getPlannings": {
        "method": "GET",
        "module": "api.plannings.get_plannings",
        "pagination": {"items": "plannings", "next": "cursor.next", "style": "cursor"},
        "parameters": [
            {"in": "query", "name": "released_since", "python_name": "released_since", "required": False},
            {"in": "query", "name": "cursor", "python_name": "cursor", "required": False},
            {"in": "query", "name": "limit", "python_name": "limit", "required": False},
        ],
        "path": "/plannings",
        "repeatable": False,
    },
    "listBreakRuleSets": {
        "method": "GET",
        "module": "api.break_rules.list_break_rule_sets",
        "pagination": {"items": "data", "next": "cursors.next", "style": "cursor"},
        "parameters": [
            {"in": "query", "name": "cursor", "python_name": "cursor", "required": False},
            {"in": "query", "name": "limit", "python_name": "limit", "required": False},
        ],
        "path": "/settings/break-rule-sets",
        "repeatable": False,
    },
    "listChargingLocationSets": {
        "method": "GET",
        "module": "api.charging_location_sets.list_charging_location_sets",
        "pagination": {"items": "data", "next": "cursor.next", "style": "cursor"},
        "parameters": [
            {"in": "query", "name": "cursor", "python_name": "cursor", "required": False},
            {"in": "query", "name": "limit", "python_name": "limit", "required": False},
        ],
        "path": "/locations/charging-location-sets",
        "repeatable": False,
    },
    "listDepotSets": {
        "method": "GET",
        "module": "api.depot_sets.list_depot_sets",
        "pagination": {"items": "data", "next": "cursor.next", "style": "cursor"},
        "parameters": [
            {"in": "query", "name": "cursor", "python_name": "cursor", "required": False},
            {"in": "query", "name": "limit", "python_name": "limit", "required": False},
        ],
        "path": "/locations/depot-sets",
        "repeatable": False,
    },
    "listLocationWorkloadLevellingSets": {
        "method": "GET",
        "module": "api.location_workload_levelling.list_location_workload_levelling_sets",
        "pagination": {"items": "data", "next": "cursors.next", "style": "cursor"},
        "parameters": [
            {"in": "query", "name": "cursor", "python_name": "cursor", "required": False},
            {"in": "query", "name": "limit", "python_name": "limit", "required": False},
        ],
        "path": "/settings/location-workload-levelling-sets",
        "repeatable": False,
    },
    "listOrderOrderRestrictionSets": {
        "method": "GET",
        "module": "api.order_order_restrictions.list_order_order_restriction_sets",
        "pagination": {"items": "data", "next": "cursors.next", "style": "cursor"},
        "parameters": [
            {"in": "query", "name": "cursor", "python_name": "cursor", "required": False},
            {"in": "query", "name": "limit", "python_name": "limit", "required": False},
        ],
        "path": "/settings/order-order-restriction-sets",
        "repeatable": False,
    },
    "listPlanProfiles": {
        "method": "GET",
        "module": "api.plan_profiles.list_plan_profiles",
        "pagination": {"items": "data", "next": "cursor.next", "style": "cursor"},
        "parameters": [
            {"in": "query", "name": "cursor", "python_name": "cursor", "required": False},
            {"in": "query", "name": "limit", "python_name": "limit", "required": False},
        ],
        "path": "/plan-profiles",
        "repeatable": False,
    },
    "ping": {
        "method": "GET",
        "module": "api.health.ping",
        "pagination": None,
        "parameters": [],
        "path": "/ping",
        "repeatable": False,
    },
    "upsertBreakRuleSet": {
        "method": "PUT",
        "module": "api.break_rules.upsert_break_rule_set",
        "pagination": None,
        "parameters": [
            {"in": "path", "name": "id", "python_name": "id", "required": True},
            {"in": "header", "name": "If-Match", "python_name": "if_match", "required": False},
        ],
        "path": "/settings/break-rule-sets/{id}",
        "repeatable": False,
    },
    "upsertChargingLocationSet": {
        "method": "PUT",
        "module": "api.charging_location_sets.upsert_charging_location_set",
        "pagination": None,
        "parameters": [
            {"in": "path", "name": "id", "python_name": "id", "required": True},
            {"in": "header", "name": "If-Match", "python_name": "if_match", "required": False},
        ],
        "path": "/locations/charging-location-sets/{id}",
        "repeatable": False,
    },
    "upsertDepotSet": {
        "method": "PUT",
        "module": "api.depot_sets.upsert_depot_set",
        "pagination": None,
        "parameters": [
            {"in": "path", "name": "id", "python_name": "id", "required": True},
            {"in": "header", "name": "If-Match", "python_name": "if_match", "required": False},
        ],
        "path": "/locations/depot-sets/{id}",
        "repeatable": False,
    },
    "upsertLocationWorkloadLevellingSet": {
        "method": "PUT",
        "module": "api.location_workload_levelling.upsert_location_workload_levelling_set",
        "pagination": None,
        "parameters": [
            {"in": "path", "name": "business_id", "python_name": "business_id", "required": True},
            {"in": "header", "name": "If-Match", "python_name": "if_match", "required": False},
        ],
        "path": "/settings/location-workload-levelling-sets/{business_id}",
        "repeatable": False,
    },
    "upsertOrderOrderRestrictionSet": {
        "method": "PUT",
        "module": "api.order_order_restrictions.upsert_order_order_restriction_set",
        "pagination": None,
        "parameters": [
            {"in": "path", "name": "business_id", "python_name": "business_id", "required": True},
            {"in": "header", "name": "If-Match", "python_name": "if_match", "required": False},
        ],
        "path": "/settings/order-order-restriction-sets/{business_id}",
        "repeatable": False,
    },
    "upsertPlanProfile": {
        "method": "PUT",
        "module": "api.plan_profiles.upsert_plan_profile",
        "pagination": None,
        "parameters": [
            {"in": "path", "name": "id", "python_name": "id", "required": True},
            {"in": "header", "name": "If-Match", "python_name": "if_match", "required": False},
        ],
        "path": "/plan-profiles/{id}",
        "repeatable": False,
    },
}
"""operationId -> module (relative to the package), HTTP method, path, retry safety and pagination."""
SCHEMAS: Final[dict[str, str]] = {
    "Address": "models.address:Address",
    "BreakRule": "models.break_rule:BreakRule",
    "BreakRuleGroup": "models.break_rule_group:BreakRuleGroup",
    "BreakRuleSet": "models.break_rule_set:BreakRuleSet",
    "BreakRuleSetsPage": "models.break_rule_sets_page:BreakRuleSetsPage",
    "ChargingLocation": "models.charging_location:ChargingLocation",
    "ChargingLocationSet": "models.charging_location_set:ChargingLocationSet",
    "ChargingLocationSetListSummary": "models.charging_location_set_list_summary:ChargingLocationSetListSummary",
    "ChargingLocationSetsPage": "models.charging_location_sets_page:ChargingLocationSetsPage",
    "Cursor": "models.cursor:Cursor",
    "CustomData": "models.custom_data:CustomData",
    "Depot": "models.depot:Depot",
    "DepotAddress": "models.depot_address:DepotAddress",
    "DepotSet": "models.depot_set:DepotSet",
    "DepotSetListSummary": "models.depot_set_list_summary:DepotSetListSummary",
    "DepotSetsPage": "models.depot_sets_page:DepotSetsPage",
    "Employee": "models.employee:Employee",
    "ForwardCursor": "models.forward_cursor:ForwardCursor",
    "GeoPoint": "models.geo_point:GeoPoint",
    "GeoPointResolution": "models.geo_point_resolution:GeoPointResolution",
    "Location": "models.location:Location",
    "LocationWorkloadLevellingSet": "models.location_workload_levelling_set:LocationWorkloadLevellingSet",
    "LocationWorkloadLevellingSetsPage": "models.location_workload_levelling_sets_page:LocationWorkloadLevellingSetsPage",
    "OrderOrderRestriction": "models.order_order_restriction:OrderOrderRestriction",
    "OrderOrderRestrictionSet": "models.order_order_restriction_set:OrderOrderRestrictionSet",
    "OrderOrderRestrictionSetsPage": "models.order_order_restriction_sets_page:OrderOrderRestrictionSetsPage",
    "OrderOrderRestrictionType": "models.order_order_restriction_type:OrderOrderRestrictionType",
    "PlanProfile": "models.plan_profile:PlanProfile",
    "PlanProfilesPage": "models.plan_profiles_page:PlanProfilesPage",
    "Planning": "models.planning:Planning",
    "PlanningsPage": "models.plannings_page:PlanningsPage",
    "Problem": "models.problem:Problem",
    "Release": "models.release:Release",
    "ReleaseMetadata": "models.release_metadata:ReleaseMetadata",
    "ResourceCombination": "models.resource_combination:ResourceCombination",
    "Route": "models.route:Route",
    "RouteBoundary": "models.route_boundary:RouteBoundary",
    "TransportResource": "models.transport_resource:TransportResource",
    "Trip": "models.trip:Trip",
    "Violation": "models.violation:Violation",
}
"""Component schema name -> ``module:Class`` of its generated model."""
