"""Query parameters typed from what the spec knows about their values, on the parsed spec before the templates:

- an enum schema marked ``x-literal: true`` becomes a ``Literal`` alias instead of an enum class (Booqable's
  ``OrderInclude``: the relationship paths ``include`` accepts), so users write the plain strings and a
  checker catches a misspelt one (``include=["custmer"]``);
- an array query parameter is typed ``Sequence[...]`` (``list`` is invariant: a tuple or a ``list`` of a
  narrower type would be refused); with ``style: form, explode: false`` it is marked ``comma_separated`` and
  sent as one ``name=a,b`` pair (Booqable's ``query_params`` macro), and a ``str`` passed at run time is sent
  as it is, so the comma-separated string of earlier releases keeps working;
- an enum inside a model that query parameters carry and no response does (Booqable's filters and their
  operators, ``OrderFilter(status=...)``; stats requests) takes the enum or its values as plain strings
  (``RentalStatus | Literal["new", ...]``): what a response reads as ``RentalStatus.RESERVED`` can be
  filtered on as it is or as ``"reserved"``, and ``"reservd"`` is an error for a checker. Such models are
  sent, never read from a response, so the wider type costs a reader nothing.
"""

from __future__ import annotations

import functools
from typing import Any

from .errors import GenerationError
from .free_form import recompute_imports
from .naming import plain
from .shaping import reachable_models
from .specdoc import operation_objects

__all__ = ["enums_take_values", "typed_parameters"]

LITERAL = "x-literal"


@functools.cache
def _sequence_class(comma_separated: bool) -> type:
    """``ListProperty`` typed ``Sequence[...]`` (made on first use: the generator is imported only to generate)."""
    from typing import ClassVar

    from attrs import define
    from openapi_python_client.parser.properties.list_property import ListProperty
    from openapi_python_client.strings import PythonCode

    @define
    class SequenceParameter(ListProperty):
        comma_separated: ClassVar[bool]

        def get_base_type_string(self) -> PythonCode:
            return PythonCode(f"Sequence[{self.inner_property.get_type_string(no_optional=True).as_unembedded_code()}]")

        def get_imports(self, *, prefix: str) -> set[str]:
            return {*super().get_imports(prefix=prefix), "from collections.abc import Sequence"}

    SequenceParameter.comma_separated = comma_separated
    return SequenceParameter


@functools.cache
def _literal_class() -> type:
    """``LiteralEnumProperty`` that imports its alias only (``literal_enum.py.jinja`` defines nothing else)."""
    from attrs import define
    from openapi_python_client.parser.properties import LiteralEnumProperty
    from openapi_python_client.parser.properties.protocol import PropertyProtocol

    @define
    class LiteralAlias(LiteralEnumProperty):
        def get_imports(self, *, prefix: str) -> set[str]:
            info = self.class_info
            own = f"from {prefix}models.{info.module_name} import {info.name}"
            return {*PropertyProtocol.get_imports(self, prefix=prefix), own}

    return LiteralAlias


def _literal(enum: Any) -> Any:
    fields = ("name", "required", "python_name", "description", "example", "class_info", "value_type")
    return _literal_class()(
        **{field: getattr(enum, field) for field in fields}, default=None, values=set(enum.values.values())
    )


def _spec_parameters(document: dict[str, Any], operation: dict[str, Any], path_item: dict[str, Any]) -> Any:
    """(name, in) -> the parameter object of an operation, ``$ref``s to components/parameters followed."""
    shared = document.get("components", {}).get("parameters", {})
    found = {}
    for given in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = shared[given["$ref"].rsplit("/", 1)[1]] if "$ref" in given else given
        found[(parameter["name"], parameter["in"])] = parameter
    return found


def typed_parameters(data: Any, document: dict[str, Any], config: Any) -> None:
    """Literal aliases for the ``x-literal`` enums; ``Sequence`` (and comma-separated) array query parameters."""
    from openapi_python_client.parser.properties import EnumProperty
    from openapi_python_client.parser.properties.list_property import ListProperty
    from openapi_python_client.parser.properties.schemas import Class

    schemas = document.get("components", {}).get("schemas", {})
    marked = {Class.from_string(string=name, config=config).name for name, s in schemas.items() if s.get(LITERAL)}
    literals = {}
    for index, enum in enumerate(data.enums):
        if isinstance(enum, EnumProperty) and enum.class_info.name in marked:
            literals[enum.class_info.name] = data.enums[index] = _literal(enum)
    objects = operation_objects(document)
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            path = plain(endpoint.path)
            spec = _spec_parameters(document, objects[(endpoint.method.upper(), path)], document["paths"][path])
            for index, prop in enumerate(endpoint.query_parameters):
                if type(prop) is not ListProperty:
                    continue
                declared = spec[(plain(prop.name), "query")]
                comma = declared.get("style", "form") == "form" and declared.get("explode", True) is False
                inner = prop.inner_property
                if isinstance(inner, EnumProperty) and inner.class_info.name in literals:
                    inner = _literal(inner)
                fields = ("name", "required", "default", "python_name", "description", "example")
                typed = _sequence_class(comma)(**{f: getattr(prop, f) for f in fields}, inner_property=inner)
                endpoint.query_parameters[index] = typed
                endpoint.relative_imports.update(typed.get_imports(prefix="..."))
    for name in marked - literals.keys():
        raise GenerationError(f"components.schemas: {name} is marked {LITERAL} but is not an enum of strings")


@functools.cache
def _values_too_class() -> type:
    """``EnumProperty`` typed ``<Enum> | Literal[<values>]`` (``enum_property.py.jinja``: ``accepts_values``)."""
    from typing import ClassVar

    from attrs import define
    from openapi_python_client.parser.properties import EnumProperty
    from openapi_python_client.strings import PythonCode

    @define
    class EnumOrValue(EnumProperty):
        accepts_values: ClassVar[bool] = True

        def get_base_type_string(self) -> PythonCode:
            values = ", ".join(f'"{value}"' for value in sorted(self.values.values()))
            return PythonCode(f"{self.class_info.name} | Literal[{values}]")

        def get_instance_type_string(self) -> PythonCode:
            return PythonCode(self.value_type.__name__)  # a StrEnum member is a str too

        def get_imports(self, *, prefix: str) -> set[str]:
            return {*super().get_imports(prefix=prefix), "from typing import Literal"}

    return EnumOrValue


def _widened(prop: Any) -> Any:
    """``prop`` with its string enums (through lists and unions) taking their values too: copies, since the
    generator shares property objects between the schemas that refer to one."""
    from attrs import evolve
    from openapi_python_client.parser.properties import EnumProperty

    if type(prop) is EnumProperty and prop.value_type is str:
        fields = ("name", "required", "default", "python_name", "description", "example", "values", "class_info")
        return _values_too_class()(**{f: getattr(prop, f) for f in fields}, value_type=str)
    inner = getattr(prop, "inner_property", None)
    if inner is not None and (wider := _widened(inner)) is not inner:
        return evolve(prop, inner_property=wider)
    variants = getattr(prop, "inner_properties", None)
    if variants and (wider_variants := [_widened(v) for v in variants]) != variants:
        return evolve(prop, inner_properties=wider_variants)
    return prop


def enums_take_values(data: Any) -> None:
    """Widen the enums of the models query parameters carry and no response does (see the module docstring)."""
    models = {model.class_info.name: model for model in data.models}
    endpoints = [e for collection in data.endpoint_collections_by_tag.values() for e in collection.endpoints]
    sent = reachable_models([p for e in endpoints for p in e.query_parameters], models)
    read = reachable_models([response.prop for e in endpoints for response in e.responses], models)
    for name in sorted(sent - read):
        model = models[name]
        changed = False
        for attribute in ("required_properties", "optional_properties"):
            props = getattr(model, attribute)
            wider = [_widened(prop) for prop in props]
            if any(a is not b for a, b in zip(wider, props, strict=True)):
                object.__setattr__(model, attribute, wider)
                changed = True
        if changed:
            recompute_imports(model)
