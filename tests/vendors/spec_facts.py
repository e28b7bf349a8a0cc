"""Helpers for the tests that pin what the vendors' documentation says into the specs.

Each vendor's ``test_spec_facts.py`` writes down, as data, the facts a spec must keep (operations the docs or an
observed integration show, documented error statuses, fields, value formats) and checks the effective spec (the
one generation sees) against them. Values are checked with a strict OpenAPI 3.0 validator, the kind of tool
that rejected the documented nulls and offset-less date-times before.
"""

from __future__ import annotations

from typing import Any

from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from specs._pipeline.registry import ApiEntry
from tests.conftest import REGISTRY, spec_document

METHODS = ("get", "put", "post", "delete", "patch")


def api(name: str) -> ApiEntry:
    return next(entry for entry in REGISTRY if entry.name == name)


def document(name: str) -> dict[str, Any]:
    return spec_document(api(name))


def operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """``(METHOD, path) -> operation`` for every operation of a spec."""
    return {
        (method.upper(), path): operation
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    }


def strict_errors(spec: dict[str, Any], pointer: str, instance: Any) -> list[str]:
    """What a strict OpenAPI 3.0 validator (formats checked) says about ``instance`` against the schema at
    ``pointer`` (``#/components/schemas/...``); empty when it is valid."""
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(spec, default_specification=DRAFT4)
    )
    validator = OAS30Validator({"$ref": f"urn:spec{pointer}"}, registry=registry, format_checker=oas30_format_checker)
    return [error.message for error in validator.iter_errors(instance)]
