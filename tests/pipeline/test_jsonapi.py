"""What ``specs/_pipeline/jsonapi.py`` reads from a JSON:API spec's ``x-related``/``x-to-many`` marks: the typed
accessors of each resource, the documents that link their records, the ``relate`` keywords of write attributes,
and a short error (no traceback) for marks that cannot become accessors."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from specs._pipeline.errors import GenerationError
from specs._pipeline.jsonapi import JsonApiError, model_extras, sparse_attributes


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _relation(related: str | list[str], many: bool = False) -> dict[str, Any]:
    return {"allOf": [_ref("Relationship")], "x-related": related, "x-to-many": many}


def _resource(kind: str, relationships: str) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "type": {"type": "string", "enum": [kind]},
            "attributes": {"type": "object", "properties": {"name": {"type": "string"}}},
            "relationships": _ref(relationships),
        },
    }


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "shop", "version": "1.0.0"},
    "paths": {},
    "components": {
        "schemas": {
            "Identifier": {
                "type": "object",
                "properties": {"type": {"type": "string"}, "id": {"type": "string", "format": "uuid"}},
            },
            "Relationship": {"type": "object", "properties": {"data": {"nullable": True, "type": "object"}}},
            "Record": {"type": "object", "properties": {"id": {"type": "string", "format": "uuid"}}},
            "OrderRelationships": {
                "type": "object",
                "properties": {
                    "customer": _relation("customers"),
                    "lines": _relation("lines", many=True),
                    "item": _relation("items"),
                    "owner": _relation(["customers", "orders"]),
                    "coupon": _relation("coupons"),
                },
            },
            "CustomerRelationships": {"type": "object", "properties": {"orders": _relation("orders", many=True)}},
            "LineRelationships": {"type": "object", "properties": {"order": _relation("orders")}},
            "Order": _resource("orders", "OrderRelationships"),
            "Customer": _resource("customers", "CustomerRelationships"),
            "Line": _resource("lines", "LineRelationships"),
            "Product": _resource("products", "LineRelationships"),
            "Bundle": _resource("bundles", "LineRelationships"),
            "Item": {"anyOf": [_ref("Product"), _ref("Bundle")]},
            "ItemResponse": {"type": "object", "required": ["data"], "properties": {"data": _ref("Item")}},
            "OrderResponse": {
                "type": "object",
                "required": ["data"],
                "properties": {"data": _ref("Order"), "included": {"type": "array", "items": _ref("Record")}},
            },
            "OrderWriteAttributes": {
                "type": "object",
                "properties": {
                    "customer_id": {"type": "string", "format": "uuid", "nullable": True},
                    "line_ids": {"type": "array", "items": {"type": "string", "format": "uuid"}},
                    "owner_id": {"type": "string", "format": "uuid"},
                },
            },
            "OrderWriteData": {
                "type": "object",
                "required": ["type"],
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "type": {"type": "string", "enum": ["orders"]},
                    "attributes": _ref("OrderWriteAttributes"),
                },
            },
        }
    },
}


def parsed(spec: dict[str, Any], tmp_path: Path) -> Any:
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    source = tmp_path / "spec.json"
    source.write_text("{}", encoding="utf-8")
    config = Config.from_sources(
        ConfigFile(), MetaType.NONE, source, file_encoding="utf-8", overwrite=True, output_path=tmp_path / "out"
    )
    data = GeneratorData.from_dict(copy.deepcopy(spec), config=config)
    assert isinstance(data, GeneratorData), data
    return data


def extras(spec: dict[str, Any], tmp_path: Path, name: str) -> Any:
    data = parsed(spec, tmp_path)
    (model,) = [m for m in data.models if m.class_info.name == name]
    return model_extras(data, model)


def test_a_resource_gets_one_typed_accessor_per_relationship(tmp_path: Path) -> None:
    order = extras(SPEC, tmp_path, "Order")
    assert (order.kind, order.type, order.noun) == ("resource", "orders", "order")
    found = {r.name: (r.annotation, r.to_many, [t.type for t in r.targets]) for r in order.relations}
    assert found == {
        "customer": ("Customer", False, ["customers"]),
        "lines": ("Line", True, ["lines"]),
        "item": ("Product | Bundle", False, ["products", "bundles"]),  # a super-type: the union of <Item>Response
        "owner": ("Customer | Order", False, ["customers", "orders"]),  # polymorphic
        "coupon": ("Record", False, [""]),  # no model of that type: the generic record of `included`
    }
    assert order.imports == [
        "from ..models.bundle import Bundle",
        "from ..models.customer import Customer",
        "from ..models.line import Line",
        "from ..models.product import Product",
        "from ..models.record import Record",
    ]  # not the order itself


def test_documents_link_and_write_attributes_relate(tmp_path: Path) -> None:
    data = parsed(SPEC, tmp_path)
    kinds = {m.class_info.name: model_extras(data, m) for m in data.models}
    assert kinds["OrderResponse"].kind == "document"
    write = kinds["OrderWriteAttributes"]
    assert write.kind == "write"
    assert [(r.name, r.attribute, r.nullable, r.annotation) for r in write.relations] == [
        ("customer", "customer_id", True, "Customer"),
        ("lines", "line_ids", False, "Line"),
    ]  # owner is polymorphic: its id alone does not say which record, so relate() leaves it out
    assert {name for name, e in kinds.items() if not e.kind} >= {"Identifier", "Relationship", "OrderWriteData"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s["OrderRelationships"]["properties"].update(to_dict=_relation("lines")), "'to_dict' cannot be"),
        (lambda s: s["OrderRelationships"]["properties"].update(attributes=_relation("lines")), "'attributes'"),
        (lambda s: s["OrderRelationships"]["properties"]["customer"].update({"x-related": [1]}), "x-related must"),
        (lambda s: s.pop("Record") and s["OrderResponse"]["properties"].pop("included"), "no model has"),
        (lambda s: s["Bundle"]["properties"].update(type={"type": "string", "enum": ["lines"]}), "both have"),
    ],
)
def test_marks_that_cannot_become_accessors_stop_generation_with_a_message(
    tmp_path: Path, change: Any, message: str
) -> None:
    spec = copy.deepcopy(SPEC)
    change(spec["components"]["schemas"])
    with pytest.raises(JsonApiError, match=message) as caught:
        extras(spec, tmp_path, "Order")
    assert isinstance(caught.value, GenerationError)  # the pipeline prints it as one line, exit code 2


def test_a_spec_without_marks_gets_nothing(tmp_path: Path) -> None:
    spec = copy.deepcopy(SPEC)
    for schema in spec["components"]["schemas"].values():
        for prop in schema.get("properties", {}).values():
            prop.pop("x-related", None)
    data = parsed(spec, tmp_path)
    assert {model_extras(data, m).kind for m in data.models} == {"", "document"}


def test_a_type_with_aliases_answers_to_each(tmp_path: Path) -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["Line"]["properties"]["type"]["enum"] = ["lines", "order_lines"]
    lines = {r.name: r for r in extras(spec, tmp_path, "Order").relations}["lines"]
    assert (lines.annotation, [t.type for t in lines.targets]) == ("Line", ["lines", "order_lines"])
    assert extras(spec, tmp_path, "Line").type == "lines"
    spec["components"]["schemas"]["Bundle"]["properties"]["type"]["enum"] = ["bundles", "lines"]  # a copy slip
    lines = {r.name: r for r in extras(spec, tmp_path, "Order").relations}["lines"]
    assert (lines.annotation, [t.type for t in lines.targets]) == ("Line", ["lines", "order_lines"])  # Line's own


def test_always_sent_attributes_become_typed_accessors_and_stay_optional_to_read(tmp_path: Path) -> None:
    """``required`` in a resource's read attributes says what the server always sends: the resource gets them as
    accessors typed as sent (``None`` only where the schema is nullable), while the attributes model reads them
    as optional, since a sparse fieldset may leave any out. A name the resource already uses stays where it was."""
    spec = copy.deepcopy(SPEC)
    attributes = {
        "type": "object",
        "required": ["name", "placed_at", "note", "meta", "lines"],
        "properties": {
            "name": {"type": "string"},
            "placed_at": {"type": "string", "format": "date-time"},
            "note": {"type": "string", "nullable": True},
            "meta": {"type": "string"},  # the resource's own `meta`
            "lines": {"type": "integer"},  # a relationship's name
            "extra": {"type": "string"},  # not always sent: no accessor
        },
    }
    spec["components"]["schemas"]["OrderAttributes"] = attributes
    spec["components"]["schemas"]["Order"]["properties"]["attributes"] = _ref("OrderAttributes")
    spec["components"]["schemas"]["Order"]["properties"]["meta"] = {"type": "object"}
    data = parsed(spec, tmp_path)
    sparse_attributes(data)
    models = {m.class_info.name: m for m in data.models}
    assert models["OrderAttributes"].required_properties == []
    assert all(not p.required for p in models["OrderAttributes"].optional_properties)
    order = model_extras(data, models["Order"])
    found = {a.name: a.annotation for a in order.attributes}
    assert found == {"name": "str", "placed_at": "datetime.datetime", "note": "None | str"}
    assert "import datetime" in order.imports
    assert model_extras(data, models["Customer"]).attributes == []  # its attributes require nothing
