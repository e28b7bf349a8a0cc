"""What the Booqable spec must keep from the vendor's v4 documentation (``_errors.md``, ``resources/_*.md``).

Facts are written down here as data: every documented endpoint (``fixtures/endpoints-index.txt``, the
documentation's index of 297 method and path pairs), the documented error statuses, the ``conditions`` filter
of the resources that list it, the planning's fields and relationships as v4 documents them (not an older
page), the documented ``null`` values (checked with a strict OpenAPI 3.0 validator), the read-only and
write-only flags, the order fulfillment actions, and what a relationship points at.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.vendors.spec_facts import document, operations, strict_errors

SPEC = "booqable"
ROOT = Path(__file__).parents[3]
INDEX = {
    (method, path.removeprefix("/api/4"))
    for method, path in (
        line.split() for line in (Path(__file__).parent / "fixtures" / "endpoints-index.txt").read_text().splitlines()
    )
}
"""Every endpoint the v4 documentation lists, as (METHOD, path below ``/api/4``)."""

FULFILLMENT_ACTIONS = {
    "book_product": "BookProductAction",
    "book_bundle": "BookBundleAction",
    "book_stock_items": "BookStockItemsAction",
    "specify_stock_items": "SpecifyStockItemsAction",
    "start_product": "StartProductAction",
    "start_stock_items": "StartStockItemsAction",
    "stop_product": "StopProductAction",
    "stop_stock_items": "StopStockItemsAction",
}
"""The documented actions of an order fulfillment, each its own schema."""

TRANSITIONS = {
    "OrderStatusTransitionFrom": ["new", "draft", "reserved", "started", "stopped", "archived"],
    "OrderStatusTransitionTo": ["draft", "reserved", "started", "stopped", "archived", "canceled"],
}

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


def test_every_documented_endpoint_is_an_operation_and_nothing_else() -> None:
    assert len(INDEX) == 297
    assert set(operations(document(SPEC))) == INDEX


def test_one_tag_per_resource_named_like_its_path() -> None:
    wrong = {
        operation["operationId"]: operation["tags"]
        for (_, path), operation in operations(document(SPEC)).items()
        if operation["tags"] != [path.split("/")[1]]
    }
    assert wrong == {}


def test_the_readme_table_of_resources_matches_the_index() -> None:
    """overlays/booqable/README.md (the package README) lists every documented endpoint under its resource."""
    readme = (ROOT / "overlays" / "booqable" / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z_]+)` \| (.+?) \| (.+?) \|$", readme, re.M)
    listed = {
        (method, path.removeprefix("/api/4")): resource
        for resource, endpoints, _ in rows
        for method, path in re.findall(r"`([A-Z]+) (/api/4/[^`]+)`", endpoints)
    }
    assert set(listed) == INDEX
    assert all(path.split("/")[1] == resource for (_, path), resource in listed.items())
    by_operation = {
        (method, path): operation["operationId"] for (method, path), operation in operations(document(SPEC)).items()
    }
    for resource, endpoints, names in rows:
        pairs = re.findall(r"`([A-Z]+) /api/4(/[^`]+)`", endpoints)
        assert [by_operation[pair] for pair in pairs] == re.findall(r"`(\w+)`", names), resource


def test_every_relationship_names_its_target_type_and_cardinality() -> None:
    """``x-related`` (the JSON:API type, or the list of types of a polymorphic relationship) and ``x-to-many``
    sit on every relationship property, beside the ``allOf`` that wraps the shared ``Relationship``."""
    missing = []
    for name, schema in schemas().items():
        if not name.endswith("Relationships"):
            continue
        for relationship, node in schema["properties"].items():
            if node.get("allOf") != [{"$ref": "#/components/schemas/Relationship"}]:
                missing.append(f"{name}.{relationship}: not a wrapped Relationship")
            elif not isinstance(node.get("x-related"), str | list) or not isinstance(node.get("x-to-many"), bool):
                missing.append(f"{name}.{relationship}")
    assert missing == []
    order = schemas()["OrderRelationships"]["properties"]
    assert (order["customer"]["x-related"], order["customer"]["x-to-many"]) == ("customers", False)
    assert (order["lines"]["x-related"], order["lines"]["x-to-many"]) == ("lines", True)
    assert schemas()["LineRelationships"]["properties"]["owner"]["x-related"] == ["orders", "documents"]


def test_order_fulfillment_actions_are_a_union_tagged_by_action() -> None:
    union = schemas()["OrderFulfillmentAction"]
    assert union["discriminator"] == {
        "propertyName": "action",
        "mapping": {action: f"#/components/schemas/{name}" for action, name in FULFILLMENT_ACTIONS.items()},
    }
    assert union["oneOf"] == [{"$ref": f"#/components/schemas/{name}"} for name in FULFILLMENT_ACTIONS.values()]
    for action, name in FULFILLMENT_ACTIONS.items():
        variant = schemas()[name]
        assert variant["properties"]["action"]["enum"] == [action]
        assert "action" in variant["required"]
    actions = schemas()["OrderFulfillmentWriteAttributes"]["properties"]["actions"]
    assert actions["items"] == {"$ref": "#/components/schemas/OrderFulfillmentAction"}


@pytest.mark.parametrize(("schema", "values"), sorted(TRANSITIONS.items()))
def test_order_status_transitions_name_the_documented_statuses(schema: str, values: list[str]) -> None:
    assert schemas()[schema]["enum"] == values


def test_include_takes_the_paths_each_operation_documents() -> None:
    """``include`` is an array of the relationship paths the operation's description lists (the documentation's
    words), sent comma-separated (``style: form, explode: false``): Prism and the typed clients check them."""
    shared = document(SPEC)["components"]
    wrong = {}
    for (method, path), operation in operations(document(SPEC)).items():
        listed = re.search(r"Relationships accepted by `include`: (.*?)\.(?:\s|$)", operation["description"], re.S)
        refs = [p["$ref"].rsplit("/", 1)[1] for p in operation.get("parameters", []) if "$ref" in p]
        parameters = [shared["parameters"][ref] for ref in refs if shared["parameters"][ref]["name"] == "include"]
        if not listed and not parameters:
            continue
        (parameter,) = parameters
        items = shared["schemas"][parameter["schema"]["items"]["$ref"].rsplit("/", 1)[1]]
        declared = (parameter["style"], parameter["explode"], parameter["schema"]["type"], items["enum"])
        documented = re.findall(r"`([^`]+)`", listed.group(1)) if listed else None
        if declared != ("form", False, "array", documented):
            wrong[f"{method} {path}"] = declared
    assert wrong == {}


NOT_THE_ATTRIBUTE = {("AvailabilityFilter", "type")}
"""Filters named like an enum attribute that mean something else (availability ``type``: the documented example
filters on ``start``, which is no ``AvailabilityType``)."""


def test_a_filter_on_an_enum_attribute_takes_that_enum() -> None:
    """``OrderFilter.status`` is a condition on ``RentalStatus`` (bare or in operators), as ``Order.status`` reads."""
    wrong = {}
    for name, schema in schemas().items():
        attributes = schemas().get(f"{name.removesuffix('Filter')}Attributes", {}).get("properties", {})
        for field, condition in schema.get("properties", {}).items() if name.endswith("Filter") else ():
            attribute = attributes.get(field, {})
            ref = attribute.get("$ref") or next(iter(attribute.get("allOf", [])), {}).get("$ref", "")
            enum = ref.rsplit("/", 1)[-1]
            if "enum" not in schemas().get(enum, {}) or (name, field) in NOT_THE_ATTRIBUTE:
                continue
            target = condition.get("$ref", "").rsplit("/", 1)[-1]
            if target not in (f"{enum}Condition", f"{enum}EqualCondition"):
                wrong[f"{name}.{field}"] = target
                continue
            operators, bare = (variant["$ref"].rsplit("/", 1)[-1] for variant in schemas()[target]["oneOf"])
            operator_enums = {op["allOf"][0]["$ref"] for op in schemas()[operators]["properties"].values()}
            if bare != enum or operator_enums != {ref}:
                wrong[f"{name}.{field}"] = target
    assert wrong == {}
