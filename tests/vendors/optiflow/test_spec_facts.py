"""What the OptiFlow specs (Planning and Resources) must keep from the developer portal.

The official bundles could not be downloaded, so both specs are reconstructions; these facts come from the
portal pages: the problem responses every endpoint can give, the list envelopes as the reference shows them,
and which Resources operations the portal documents (the rest are marked ``x-unverified``).
"""

from __future__ import annotations

import importlib

import pytest

from tests.vendors.spec_facts import document, operations

SPECS = ("optiflow-planning", "optiflow-resources")

PROBLEMS = {"405": "MethodNotAllowed", "406": "NotAcceptable"}
"""Problem responses the portal lists for every endpoint (``developer-portal/problem``)."""
BODY_PROBLEMS = {"415": "UnsupportedMediaType"}
"""And for every endpoint that takes a body."""

DOCUMENTED_RESOURCES = {
    "ping",
    "getPagedEmployees",
    "upsertEmployee",
    "getShiftSchedulesByEmployeeId",
    "addEmployeeAvailability",
    "getPagedTransportResources",
    "upsertTransportResource",
    "getPagedHomeBases",
    "getPagedDeployments",
}
"""Resources operations whose portal page could be read. Others are known by a path or a page address only."""

OPTIONAL_ENVELOPES = {
    "PlanningsPage": {"plannings": [], "cursor": {}},
    "PlanProfilesPage": {"data": [], "cursor": {}},
    "DepotSetsPage": {"data": [], "cursor": {}},
    "ChargingLocationSetsPage": {"data": [], "cursor": {}},
}
"""Planning list envelopes whose members the reference (the 1.5.0 depot set list) does not mark required."""


@pytest.mark.parametrize("spec", SPECS)
def test_every_operation_declares_the_portals_problem_responses(spec: str) -> None:
    """One shared entry per status in components/responses, referenced by every operation (no copies)."""
    missing = []
    for (method, path), operation in operations(document(spec)).items():
        expected = {**PROBLEMS, **(BODY_PROBLEMS if "requestBody" in operation else {})}
        for status, name in expected.items():
            if operation["responses"].get(status) != {"$ref": f"#/components/responses/{name}"}:
                missing.append(f"{method} {path}: {status}")
    assert missing == []


def test_resources_operations_beyond_the_portal_pages_are_marked() -> None:
    unmarked = [
        operation["operationId"]
        for operation in operations(document("optiflow-resources")).values()
        if operation["operationId"] not in DOCUMENTED_RESOURCES and operation.get("x-unverified") is not True
    ]
    assert unmarked == []


@pytest.mark.parametrize("name", sorted(OPTIONAL_ENVELOPES))
def test_planning_list_envelopes_require_nothing(name: str) -> None:
    schema = document("optiflow-planning")["components"]["schemas"][name]
    assert "required" not in schema
    assert set(schema["properties"]) == set(OPTIONAL_ENVELOPES[name])


@pytest.mark.parametrize("name", sorted(OPTIONAL_ENVELOPES))
def test_a_page_without_cursor_or_items_parses(name: str) -> None:
    models = importlib.import_module("optiflow_planning_client.models")
    model = getattr(models, name)
    assert model.from_dict({}).to_dict() == {}
    items = next(iter(OPTIONAL_ENVELOPES[name]))
    assert model.from_dict({items: []}).to_dict() == {items: []}
