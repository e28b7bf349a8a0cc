"""Model properties reshaped on the parsed spec, before the templates run, so what users write is short:

- a required property whose schema allows exactly one value (a JSON:API ``type`` enum of one member, an
  action's ``action``, a ``const``) gets that value as its constructor default: ``BookProductAction(mode=...,
  product_id=..., quantity=2)`` without repeating its kind. It stays required when a response is read;
- a list property of a model that only requests carry (reachable from a request body, from no response) is
  typed ``Sequence[...]``, so a ``list[BookProductAction]`` passes where ``list[Action union]`` is declared
  (``list`` is invariant); ``to_dict`` still writes a JSON array (``list_property.py.jinja``, ``sequence``);
- a string of ``format: date-time-local`` (a wall-clock date and time without offset, as PlanningPME's planned
  items carry them) is a naive ``datetime`` (``datetime_property.py.jinja``, ``local``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from .free_form import recompute_imports
from .naming import plain

__all__ = ["LOCAL_FORMAT", "local_date_times", "one_value_defaults", "sequence_writes"]

LOCAL_FORMAT = "date-time-local"
"""The format of a date-time without offset (the OpenAPI format registry's name for it)."""


def _only_value(prop: Any) -> Any:
    """The constructor default of a property of one possible value (``None`` when it has more, or a default)."""
    from openapi_python_client.parser.properties import EnumProperty, LiteralEnumProperty
    from openapi_python_client.parser.properties.const import ConstProperty

    if prop.default is not None or not prop.required:
        return None
    if isinstance(prop, ConstProperty):
        return prop.value
    if isinstance(prop, EnumProperty | LiteralEnumProperty) and len(prop.values) == 1:
        (value,) = prop.values.values() if isinstance(prop.values, dict) else prop.values
        converted = prop.convert_value(value)
        return converted if type(converted).__name__ == "Value" else None
    return None


def one_value_defaults(data: Any) -> None:
    """Give every required one-value property of every model its value as default (a copy of the property:
    the generator may share one property object between schemas)."""
    from attrs import evolve

    for model in data.models:
        props = []
        for prop in model.required_properties:
            value = _only_value(prop)
            props.append(prop if value is None else evolve(prop, default=value))
        object.__setattr__(model, "required_properties", props)


def _models_under(prop: Any, models: dict[str, Any]) -> Iterator[Any]:
    """The models a property refers to, directly or through lists, unions and additional properties."""
    info = getattr(prop, "class_info", None)
    if info is not None and info.name in models and hasattr(prop, "required_properties"):
        yield models[info.name]
    inner = getattr(prop, "inner_property", None)
    if inner is not None:
        yield from _models_under(inner, models)
    for variant in getattr(prop, "inner_properties", None) or ():
        yield from _models_under(variant, models)


def reachable_models(starts: list[Any], models: dict[str, Any]) -> set[str]:
    """The names of the models reached from ``starts`` (properties), through nested models, lists and unions."""
    seen: set[str] = set()
    todo = [model for start in starts for model in _models_under(start, models)]
    while todo:
        model = todo.pop()
        name = model.class_info.name
        if name in seen:
            continue
        seen.add(name)
        extra = model.additional_properties
        for prop in [*model.required_properties, *model.optional_properties, *([extra] if extra else [])]:
            if not isinstance(prop, bool):
                todo.extend(_models_under(prop, models))
    return seen


@functools.cache
def _sequence_class() -> type:
    """``ListProperty`` typed ``Sequence[...]`` (made on first use: the generator is imported only to generate)."""
    from typing import ClassVar

    from attrs import define
    from openapi_python_client.parser.properties.list_property import ListProperty
    from openapi_python_client.strings import PythonCode

    @define
    class SequenceProperty(ListProperty):
        sequence: ClassVar[bool] = True
        """``list_property.py.jinja``: ``to_dict`` copies the items into a list (the caller may pass a tuple)."""

        def get_base_type_string(self) -> PythonCode:
            return PythonCode(f"Sequence[{self.inner_property.get_type_string().as_unembedded_code()}]")

        def get_imports(self, *, prefix: str) -> set[str]:
            return {*super().get_imports(prefix=prefix), "from collections.abc import Sequence"}

    return SequenceProperty


def sequence_writes(data: Any) -> None:
    """Type the list properties of request-only models ``Sequence[...]`` (response models keep ``list``: what
    a response gives is a list, and its readers may use it as one)."""
    from openapi_python_client.parser.properties.list_property import ListProperty

    models = {model.class_info.name: model for model in data.models}
    endpoints = [e for collection in data.endpoint_collections_by_tag.values() for e in collection.endpoints]
    sent = reachable_models([body.prop for e in endpoints for body in e.bodies], models)
    received = reachable_models([response.prop for e in endpoints for response in e.responses], models)
    widened = _sequence_class()
    for name in sorted(sent - received):
        model = models[name]
        changed = False
        for prop in [*model.required_properties, *model.optional_properties]:
            if type(prop) is ListProperty:
                object.__setattr__(prop, "__class__", widened)
                changed = True
        if changed:
            recompute_imports(model)


@functools.cache
def _local_class() -> type:
    """``DateTimeProperty`` marked local (made on first use, as the other property classes here)."""
    from typing import ClassVar

    from attrs import define
    from openapi_python_client.parser.properties.datetime import DateTimeProperty

    @define
    class LocalDateTimeProperty(DateTimeProperty):
        local: ClassVar[bool] = True

    return LocalDateTimeProperty


def _format_of(schema: Any, document: dict[str, Any]) -> str | None:
    """The ``format`` of a property's raw schema, through one ``$ref`` to a component schema."""
    ref = getattr(schema, "ref", None)
    ref = None if ref is None else plain(ref)
    if ref is not None and ref.startswith("#/components/schemas/"):
        target = document.get("components", {}).get("schemas", {}).get(ref.rsplit("/", 1)[1], {})
        return target.get("format") if isinstance(target, dict) else None
    found = getattr(schema, "schema_format", None)
    return None if found is None else plain(found)


def local_date_times(data: Any, document: dict[str, Any]) -> None:
    """Make every model property whose schema is a ``date-time-local`` string a naive ``datetime``."""
    from openapi_python_client.parser.properties.string import StringProperty

    local = _local_class()
    fields = ("name", "required", "default", "python_name", "description", "example")
    for model in data.models:
        raw = getattr(model.data, "properties", None) or {}
        formats = {plain(name): _format_of(schema, document) for name, schema in raw.items()}
        changed = False
        for attribute in ("required_properties", "optional_properties"):
            props = getattr(model, attribute)
            swapped = [
                local(**{f: getattr(prop, f) for f in fields})
                if type(prop) is StringProperty and formats.get(plain(prop.name)) == LOCAL_FORMAT
                else prop
                for prop in props
            ]
            if swapped != props:
                object.__setattr__(model, attribute, swapped)
                changed = True
        if changed:
            recompute_imports(model)
