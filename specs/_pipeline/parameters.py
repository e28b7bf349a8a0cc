"""Query parameters typed from what the spec knows about their values, on the parsed spec before the templates:

- an enum schema marked ``x-literal: true`` becomes a ``Literal`` alias instead of an enum class (Booqable's
  ``OrderInclude``: the relationship paths ``include`` accepts), so users write the plain strings and a
  checker catches a misspelt one (``include=["custmer"]``);
- an array query parameter is typed ``Sequence[...]`` (``list`` is invariant: a tuple or a ``list`` of a
  narrower type would be refused); with ``style: form, explode: false`` it is marked ``comma_separated`` and
  sent as one ``name=a,b`` pair (Booqable's ``query_params`` macro), and a ``str`` passed at run time is sent
  as it is, so the comma-separated string of earlier releases keeps working.
"""

from __future__ import annotations

import functools
from typing import Any

from .errors import GenerationError
from .naming import plain
from .specdoc import operation_objects

__all__ = ["typed_parameters"]

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
