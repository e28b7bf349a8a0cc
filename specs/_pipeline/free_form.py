"""Free-form JSON objects as plain dicts: where a model's property (or an array item, a union variant, an
additional property) is a schema that is only ``type: object`` with ``additionalProperties: true`` or ``{}``,
its type becomes ``dict[str, Any]`` and from_dict keeps the dict json.loads made (checked to be an object).

The generator would make a model for such a schema (Booqable's ``JsonObject``, OptiFlow's ``Trip``,
PlanningPME's ``CustomFields``) with nothing to check but that the value is an object, and from_dict would
build an instance and copy the dict into it for every value: on a Booqable page those were a fifth of the
objects a parse left to the garbage collector, whose passes cost in proportion to them (README, Benchmarks,
Parse). The models themselves are still generated (a schema keeps its model, ``_spec.SCHEMAS``); only the
properties that refer to them change. Runs on the parsed spec, before the templates
(``free_form_object_property.py.jinja``).
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["plain_free_form_objects", "recompute_imports"]


@functools.cache
def _property_class() -> type:
    """``AnyProperty`` typed ``dict[str, Any]`` and rendered by its own template (made on first use: the
    generator's property classes are imported only when a package is generated)."""
    from typing import ClassVar

    from attrs import define
    from openapi_python_client.parser.properties import AnyProperty

    @define
    class FreeFormObjectProperty(AnyProperty):
        _type_string: ClassVar[str] = "dict[str, Any]"
        _json_type_string: ClassVar[str] = "dict[str, Any]"
        template: ClassVar[str] = "free_form_object_property.py.jinja"

        def get_imports(self, *, prefix: str) -> set[str]:
            return {*super().get_imports(prefix=prefix), "from typing import Any"}

    return FreeFormObjectProperty


def _is_free_form(model: Any) -> bool:
    """Whether a model's schema is an object of anything: no properties, ``additionalProperties`` said to be
    ``true`` or ``{}`` (not left out: a schema of no properties at all, such as an empty ``...Relationships``,
    is a model of its own)."""
    from openapi_python_client.parser.properties import AnyProperty
    from openapi_python_client.schema import Schema

    extra = model.data.additionalProperties
    declared = extra is True or (isinstance(extra, Schema) and not any(extra.model_dump().values()))
    return (
        declared
        and not model.required_properties
        and not model.optional_properties
        and type(model.additional_properties) is AnyProperty
    )


def plain_free_form_objects(data: Any) -> None:
    """Retype every model property (nested ones included) that refers to a free-form model, then recompute
    the imports of the models that had such properties (they no longer import the free-form model)."""
    from openapi_python_client.parser.properties import ModelProperty

    free = {model.class_info.name for model in data.models if _is_free_form(model)}
    if not free:
        return
    plain = _property_class()

    def swap(prop: Any) -> tuple[Any, bool]:
        if isinstance(prop, ModelProperty) and prop.class_info.name in free:
            fields = ("name", "required", "default", "python_name", "description", "example")
            return plain(**{field: getattr(prop, field) for field in fields}), True
        changed = False
        inner = getattr(prop, "inner_property", None)
        if inner is not None:
            new, changed = swap(inner)
            object.__setattr__(prop, "inner_property", new)
        variants = getattr(prop, "inner_properties", None)
        if variants is not None:
            swapped = [swap(variant) for variant in variants]
            if any(flag for _, flag in swapped):
                object.__setattr__(prop, "inner_properties", [new for new, _ in swapped])
                changed = True
        return prop, changed

    recomputed: dict[str, Any] = {}
    for model in data.models:
        changed = False
        for attribute in ("required_properties", "optional_properties"):
            swapped = [swap(prop) for prop in getattr(model, attribute)]
            if any(flag for _, flag in swapped):
                object.__setattr__(model, attribute, [prop for prop, _ in swapped])
                changed = True
        if model.additional_properties is not None and not isinstance(model.additional_properties, bool):
            new, flag = swap(model.additional_properties)
            if flag:
                object.__setattr__(model, "additional_properties", new)
                changed = True
        if changed:
            recompute_imports(model)
            recomputed[model.class_info.name] = model
    for model in data.models:  # references carry a copy of their model's imports (used for additional properties)
        extra = model.additional_properties
        if isinstance(extra, ModelProperty) and extra.class_info.name in recomputed:
            source = recomputed[extra.class_info.name]
            extra.set_relative_imports(source.relative_imports)
            extra.set_lazy_imports(source.lazy_imports)


def recompute_imports(model: Any) -> None:
    """The imports a model's properties need, gathered as the generator gathers them."""
    props = [*model.required_properties, *model.optional_properties]
    if model.additional_properties is not None and not isinstance(model.additional_properties, bool):
        props.append(model.additional_properties)
    relative: set[str] = set()
    lazy: set[str] = set()
    for prop in props:
        relative.update(prop.get_imports(prefix=".."))
        lazy.update(prop.get_lazy_imports(prefix=".."))
    model.set_relative_imports(relative)
    model.set_lazy_imports(lazy)
