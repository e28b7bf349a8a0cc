"""Every component schema round-trips: instances generated from the schema survive ``from_dict``/``to_dict``.

Two kinds of instances, so the cost stays flat as specs grow:

- every schema, in its own test: two instances built from the schema without search (``filled``: every
  property of the schema's own level present, then only its required ones), so each field of each model is
  read and written at least once;
- a fixed number of schemas per API, spread evenly over its sorted schema names (``DRAWN_SCHEMAS``): a few
  instances each drawn by hypothesis-jsonschema (``EXAMPLES``), for the values nobody writes by hand (nulls,
  empty and odd strings, unknown properties, large numbers) through every kind of property the templates
  generate. Drawing costs up to a tenth of a second an instance for a schema full of ``oneOf``s, and
  building a schema's strategy up to seconds: done per schema (15 each), that grew the suite by minutes with
  every spec that grew.

An attrs model that drops, renames or retypes a field fails, and so does one that does not behave like a value
(pickle, deep copy, a repr without ``Unset`` objects). Date-times compare as instants, because
``isoformat()`` may spell the same instant differently. As an independent oracle, what the attrs model
emits must also validate against pydantic models that datamodel-code-generator builds from the same spec.
"""

from __future__ import annotations

import copy
import datetime
import enum
import importlib.util
import json
import pickle
import re
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest
from dateutil.parser import isoparse
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from tests.conftest import spec_document
from tests.fixture_apis import harness_apis
from tests.harness.schemas import filled, to_json_schema

DRAWN_SCHEMAS = 30
"""Schemas per API that hypothesis draws instances of, whatever the API's number of schemas."""
EXAMPLES = 4
"""Instances hypothesis draws of each of those schemas (derandomized: the same each run)."""

HARNESS_APIS = harness_apis()
"""The registered APIs and the fixture ones (the fifth API, tests/fifth/)."""

DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d")
"""A date-time, with or without offset (local ones are read in either spelling and written with a ``T``)."""
CUSTOM_FORMATS = {
    "uuid": st.uuids().map(str),
    "duration": st.from_regex(r"\APT[1-9][0-9]?H([1-5][0-9]M)?\Z"),
    # a wall-clock time without offset (OpenAPI format registry), in both spellings PlanningPME sends
    "date-time-local": st.builds(
        lambda moment, separator: moment.isoformat(sep=separator, timespec="seconds"),
        st.datetimes(min_value=datetime.datetime(1900, 1, 1)),
        st.sampled_from(["T", " "]),
    ),
}
"""Formats hypothesis-jsonschema does not know (it would draw any string for them)."""


def _model_class(package: str, target: str) -> Any:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(f"{package}.{module}"), name)


def _schema_cases() -> list[Any]:
    cases = []
    for entry in HARNESS_APIS:
        manifest = importlib.import_module(f"{entry.package}._spec")
        cases += [
            pytest.param(entry, name, target, id=f"{entry.name}:{name}") for name, target in manifest.SCHEMAS.items()
        ]
    return cases


_ORACLES: dict[str, Any] = {}
_STRATEGIES: dict[tuple[str, str], st.SearchStrategy[Any]] = {}


def instances(entry: Any, schema_name: str) -> st.SearchStrategy[Any]:
    """hypothesis-jsonschema's strategy for one component schema, built once (building it resolves every $ref)."""
    key = (entry.name, schema_name)
    if key not in _STRATEGIES:
        schema = to_json_schema(spec_document(entry), {"$ref": f"#/components/schemas/{schema_name}"})
        _STRATEGIES[key] = from_schema(schema, custom_formats=CUSTOM_FORMATS)
    return _STRATEGIES[key]


def pydantic_oracle(entry: Any, scratch: Path) -> Any:
    """The pydantic module datamodel-code-generator writes for the API's spec, built once per run."""
    if entry.name not in _ORACLES:
        spec = scratch / f"{entry.name}.json"
        spec.write_text(json.dumps(spec_document(entry)), encoding="utf-8")
        target = scratch / f"oracle_{entry.package}.py"
        command = [sys.executable, "-m", "datamodel_code_generator", "--input", str(spec), "--input-file-type"]
        command += ["openapi", "--output-model-type", "pydantic_v2.BaseModel", "--strict-nullable", "--output"]
        subprocess.run([*command, str(target)], check=True, capture_output=True)
        module_spec = importlib.util.spec_from_file_location(target.stem, target)
        assert module_spec is not None and module_spec.loader is not None
        module = importlib.util.module_from_spec(module_spec)
        sys.modules[target.stem] = module
        module_spec.loader.exec_module(module)
        _ORACLES[entry.name] = module
    return _ORACLES[entry.name]


@pytest.fixture(scope="session")
def oracle_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("oracles")


def normalise(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str) and DATETIME.match(value):
        try:
            return isoparse(value)
        except ValueError:
            return value
    return value


@pytest.mark.parametrize("entry", HARNESS_APIS, ids=lambda e: e.name)
def test_every_object_schema_has_a_model(entry: Any) -> None:
    document = spec_document(entry)
    manifest = importlib.import_module(f"{entry.package}._spec")
    objects = [
        name
        for name, schema in document.get("components", {}).get("schemas", {}).items()
        if schema.get("type") == "object" or "properties" in schema or "enum" in schema
    ]
    assert sorted(set(objects) - set(manifest.SCHEMAS)) == []


def round_trip(entry: Any, schema_name: str, target: str, instance: Any, oracle_dir: Path) -> None:
    """``from_dict`` then ``to_dict`` gives the instance back, and pydantic accepts what came out."""
    cls = _model_class(entry.package, target)
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        assert cls(instance).value == instance
        return
    if typing.get_origin(cls) is typing.Literal:  # an x-literal enum: a Literal alias of its values
        assert instance in typing.get_args(cls)
        return
    parsed = cls.from_dict(instance)
    emitted = parsed.to_dict()
    assert normalise(emitted) == normalise(instance)
    behaves_like_a_value(parsed, emitted)
    oracle = getattr(pydantic_oracle(entry, oracle_dir), schema_name, None)
    assert oracle is not None, f"datamodel-code-generator made no model named {schema_name}"
    oracle.model_validate(emitted)


def unset_of(model: Any) -> Any:
    """The ``UNSET`` of the package a model comes from."""
    return importlib.import_module(type(model).__module__.split(".")[0] + ".types").UNSET


def behaves_like_a_value(parsed: Any, emitted: Any) -> None:
    """A model pickles and deep-copies into an equal one that writes the same JSON (``UNSET`` included: a copy
    that is not the one ``UNSET`` would write its properties out), and its repr shows only the fields that are
    set (no ``<...Unset object at 0x...>``)."""
    for copied in (pickle.loads(pickle.dumps(parsed)), copy.deepcopy(parsed)):
        assert copied == parsed
        assert copied.to_dict() == emitted
    shown = repr(parsed)
    assert " object at 0x" not in shown
    unset = [field.name for field in attrs.fields(type(parsed)) if getattr(parsed, field.name) is unset_of(parsed)]
    assert not [name for name in unset if f"{name}=UNSET" in shown], shown


def required_only(document: dict[str, Any], schema_name: str, instance: Any) -> Any:
    """``instance`` without the optional properties of the schema's own level (when it is an object)."""
    schema = to_json_schema(document, {"$ref": f"#/components/schemas/{schema_name}"})
    required: set[str] = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        required.update(part.get("required", []))
    if not isinstance(instance, dict) or not (schema.get("properties") or schema.get("allOf")):
        return instance
    return {name: value for name, value in instance.items() if name in required}


@pytest.mark.parametrize(("entry", "schema_name", "target"), _schema_cases())
def test_schema_round_trips(entry: Any, schema_name: str, target: str, oracle_dir: Path) -> None:
    document = spec_document(entry)
    complete = filled(document, {"$ref": f"#/components/schemas/{schema_name}"})
    for instance in (complete, required_only(document, schema_name, complete)):
        round_trip(entry, schema_name, target, instance, oracle_dir)


def drawn_schemas(entry: Any) -> list[tuple[str, str]]:
    """At most ``DRAWN_SCHEMAS`` of the API's (schema, model) pairs, evenly spaced over their sorted names."""
    schemas = sorted(importlib.import_module(f"{entry.package}._spec").SCHEMAS.items())
    step = max(1, -(-len(schemas) // DRAWN_SCHEMAS))
    return schemas[::step]


@pytest.mark.parametrize(
    ("entry", "schema_name", "target"),
    [
        pytest.param(entry, name, target, id=f"{entry.name}:{name}")
        for entry in HARNESS_APIS
        for name, target in drawn_schemas(entry)
    ],
)
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
)
@given(data=st.data())
def test_drawn_instances_round_trip(
    entry: Any, schema_name: str, target: str, oracle_dir: Path, data: st.DataObject
) -> None:
    instance = data.draw(instances(entry, schema_name), label=schema_name)
    round_trip(entry, schema_name, target, instance, oracle_dir)
