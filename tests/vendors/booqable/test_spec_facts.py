"""What the Booqable spec must keep from the vendor's v4 documentation (``_errors.md``, ``resources/_*.md``).

Facts are written down here as data: the documented error statuses, the ``conditions`` filter of the resources
that list it, the planning's fields and relationships as v4 documents them (not an older page), the documented
``null`` values (checked with a strict OpenAPI 3.0 validator) and the read-only and write-only flags.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.vendors.spec_facts import document, operations, strict_errors

SPEC = "booqable"

ERRORS = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "403": "Forbidden",
    "404": "NotFound",
    "405": "MethodNotAllowed",
    "406": "NotAcceptable",
    "410": "Gone",
    "418": "Teapot",
    "422": "UnprocessableEntity",
    "429": "TooManyRequests",
    "5XX": "ServerError",
}
"""The documented error codes (500 and 503 as 5XX), each one shared components/responses entry."""

CONDITIONS = {"OrderFilter": "orders", "CustomerFilter": "customers", "ItemFilter": "items"}
"""Filters whose list and search endpoints document a ``conditions`` filter (hash, ``eq``)."""

PLANNING_FIELDS = {
    "archived", "archived_at", "created_at", "downtime_id", "fulfillment_type", "item_id", "item_name",
    "location_shortage_amount", "order_id", "order_number", "parent_planning_id", "planning_type", "quantity",
    "reserved", "reserved_from", "reserved_till", "shortage_amount", "start_location_id", "started", "starts_at",
    "status", "stop_location_id", "stopped", "stops_at", "updated_at",
}  # fmt: skip
PLANNING_RELATIONSHIPS = {
    "downtime", "item", "nested_plannings", "order", "order_line", "parent_planning", "start_location",
    "stock_item_plannings", "stop_location",
}  # fmt: skip

DOCUMENTED_NULLS = [
    ("OrderAttributes", "deposit_type"),
    ("OrderWriteAttributes", "deposit_type"),
    ("OrderAttributes", "coupon_errors"),
    ("LineAttributes", "price_rule_values"),
    ("ProductAttributes", "weight"),
    ("ProductWriteAttributes", "weight"),
    ("ProductGroupAttributes", "weight"),
    ("Relationship", "data"),
]

FLAGGED = {
    ("BundleAttributes", "product_type"): "readOnly",
    ("CustomerAttributes", "properties"): "readOnly",
    ("LocationAttributes", "main_address_attributes"): "writeOnly",
    ("OrderAttributes", "order_delivery_rate_attributes"): "writeOnly",
    ("OrderAttributes", "payment_status"): "readOnly",
    ("OrderAttributes", "properties"): "readOnly",
    ("OrderAttributes", "status_counts"): "readOnly",
    ("PlanningAttributes", "planning_type"): "readOnly",
    ("PlanningAttributes", "status"): "readOnly",
    ("ProductAttributes", "price_period"): "readOnly",
    ("ProductAttributes", "price_type"): "readOnly",
    ("ProductAttributes", "product_type"): "readOnly",
    ("ProductAttributes", "properties"): "readOnly",
    ("ProductAttributes", "tracking_type"): "readOnly",
    ("ProductGroupAttributes", "properties"): "readOnly",
    ("StockItemAttributes", "properties"): "readOnly",
    ("StockItemAttributes", "status"): "readOnly",
    ("StockItemAttributes", "stock_item_type"): "readOnly",
    ("StockItemPlanningAttributes", "status"): "readOnly",
    ("StockItemPlanningAttributes", "stock_item_planning_type"): "readOnly",
}
"""Attributes whose type is a shared schema and whose documented flag must sit where tools read it."""


def schemas() -> dict[str, Any]:
    return document(SPEC)["components"]["schemas"]  # type: ignore[no-any-return]


def test_every_operation_declares_the_documented_errors_and_no_others() -> None:
    wrong = {}
    for (method, path), operation in operations(document(SPEC)).items():
        errors = {status: response for status, response in operation["responses"].items() if not status.startswith("2")}
        if errors != {status: {"$ref": f"#/components/responses/{name}"} for status, name in ERRORS.items()}:
            wrong[f"{method} {path}"] = sorted(errors)
    assert wrong == {}


@pytest.mark.parametrize("name", sorted(CONDITIONS))
def test_the_documented_conditions_filter_is_there(name: str) -> None:
    """Both the list endpoint (``filter`` parameter) and the search body (each entry of a group) use this schema."""
    conditions = schemas()[name]["properties"]["conditions"]
    assert conditions["allOf"] == [{"$ref": "#/components/schemas/HashCondition"}]
    resource = CONDITIONS[name]
    group = schemas()[f"{name.removesuffix('Filter')}SearchGroup"]
    assert {"$ref": f"#/components/schemas/{name}"} in group["properties"]["attributes"]["items"]["oneOf"]
    listing = document(SPEC)["paths"][f"/{resource}"]["get"]["parameters"]
    assert {"$ref": f"#/components/parameters/{name}"} in listing


def test_plannings_are_as_v4_documents_them() -> None:
    """No ``price_tile_id`` or ``price_tile``: an older page listed them, the v4 documentation does not."""
    assert set(schemas()["PlanningAttributes"]["properties"]) == PLANNING_FIELDS
    assert set(schemas()["PlanningRelationships"]["properties"]) == PLANNING_RELATIONSHIPS
    assert "price_tile_id" not in schemas()["PlanningFilter"]["properties"]


@pytest.mark.parametrize(("schema", "attribute"), DOCUMENTED_NULLS)
def test_documented_nulls_are_valid(schema: str, attribute: str) -> None:
    assert strict_errors(document(SPEC), f"#/components/schemas/{schema}/properties/{attribute}", None) == []


@pytest.mark.parametrize(("schema", "attribute"), sorted(FLAGGED))
def test_read_and_write_only_flags_sit_where_tools_see_them(schema: str, attribute: str) -> None:
    node = schemas()[schema]["properties"][attribute]
    assert "$ref" not in node
    assert node.get(FLAGGED[(schema, attribute)]) is True
