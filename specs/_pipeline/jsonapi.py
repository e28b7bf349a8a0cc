"""JSON:API relationships for the templates: what each model needs to resolve and write them, typed.

A spec marks every relationship property of a ``<Resource>Relationships`` schema with ``x-related`` (the JSON:API
type of the related record, or a list of types when it can be one of several) and ``x-to-many`` (``true`` for a
list of records). From those and the parsed models this module works out, per model:

- ``resource``: a JSON:API resource (a ``type`` enum with one value and a ``relationships`` object whose
  properties carry ``x-related``). It gets one typed accessor per relationship: the related model (``Customer``),
  a union of models when the relationship is polymorphic, or a list of them;
- ``document``: a response document (``data`` and ``included``). It links its ``data`` to ``included`` when built;
- ``write``: the attributes sent to create or update a resource. It gets ``relate(customer=...)``, which sets
  ``customer_id`` from a model of the right type (``<name>_ids`` from a list for to-many relationships).

A type that no model carries, like ``items`` (a product, a bundle or a product group), is the union of the
resources of ``<Item>Response.data``; failing that, the generic record of ``included`` (``ResourceObject``),
which accepts any type. The templates call :func:`model_extras` (a template global; see
``resources.template_globals``) and render what it returns; a spec without ``x-related`` gets nothing.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .errors import GenerationError
from .naming import camel as _camel
from .naming import plain as _plain
from .naming import singular as _singular

__all__ = ["Attribute", "JsonApiError", "ModelExtras", "Relation", "model_extras", "sparse_attributes"]

RESERVED = frozenset(
    {"to_dict", "from_dict", "additional_properties", "additional_keys", "relate", "to_multipart", "T"}
)
"""Names of the generated model classes that a relationship accessor may not take."""


class JsonApiError(GenerationError):
    """The spec's ``x-related`` marks cannot be turned into typed accessors (the message names the schema)."""


@dataclass(frozen=True)
class Target:
    type: str
    module: str
    name: str


@dataclass
class Relation:
    name: str
    """The relationship's name on the wire, and the accessor's name."""
    to_many: bool
    targets: list[Target]
    attribute: str = ""
    """For ``write``: the attribute ``relate`` sets (``customer_id``, ``stock_item_ids``)."""
    nullable: bool = False
    """For ``write``: the attribute takes ``None`` (a to-one relationship that can be cleared)."""

    @property
    def annotation(self) -> str:
        """The related model, or the union of the related models (``Product | Bundle | ProductGroup``)."""
        return " | ".join(dict.fromkeys(t.name for t in self.targets))

    @property
    def spec(self) -> str:
        """The targets as the run time reads them: ``("customers", "customer", "Customer"), ...``."""
        return ", ".join(f"({t.type!r}, {t.module!r}, {t.name!r})" for t in self.targets)


@dataclass(frozen=True)
class Attribute:
    """An attribute the spec says is always sent (``required`` in the read attributes): ``order.number``."""

    name: str
    """The Python name, on the resource and on its attributes model."""
    wire: str
    annotation: str
    """Its type when sent (``int``, ``int | None``, ``datetime.datetime``): never ``Unset``."""
    description: str


@dataclass
class ModelExtras:
    kind: str
    """``resource``, ``document``, ``write`` or ``""`` (nothing to add)."""
    type: str = ""
    noun: str = ""
    """The resource in words, singular (``order``, ``stock item``): for docstrings."""
    relations: list[Relation] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)
    """``from ..models.x import X`` lines for the type checker (inside the class, under TYPE_CHECKING)."""
    attributes: list[Attribute] = field(default_factory=list)
    """For ``resource``: the always-sent attributes, read directly (``order.number``)."""


NOTHING = ModelExtras("")


def _props(model: Any) -> dict[str, Any]:
    return {_plain(p.name): p for p in [*(model.required_properties or ()), *(model.optional_properties or ())]}


def _kinds(prop: Any) -> list[str]:
    """The JSON:API types a ``type`` enum allows: usually one, sometimes aliases (``order_delivery_rates``,
    ``delivery_rates``), the first being the resource's own."""
    values = getattr(prop, "values", None)
    return [str(value) for value in values.values()] if isinstance(values, dict) else []


def _extension(schema: Any, key: str) -> Any:
    extra = getattr(schema, "model_extra", None) or {}
    return extra.get(key)


@dataclass
class _Api:
    resources: dict[str, Any]
    """JSON:API type -> the model of that type that has relationships (or the only one)."""
    marks: dict[str, dict[str, tuple[list[str], bool]]]
    """Class name of a resource -> relationship -> (x-related types, to-many)."""
    models: dict[str, Any]
    write_types: dict[str, str]
    """Class name of a write-attributes model -> the JSON:API type it writes."""
    extras: dict[str, ModelExtras] = field(default_factory=dict)
    generic: list[Target | None] = field(default_factory=list)
    """The generic record of ``included``, once looked up (see :func:`_generic_record`)."""


_CACHE: dict[int, tuple[Any, _Api]] = {}


def _analyse(openapi: Any) -> _Api:
    cached = _CACHE.get(id(openapi))
    if cached is not None and cached[0] is openapi:
        return cached[1]
    models = {m.class_info.name: m for m in openapi.models}
    resources: dict[str, Any] = {}
    marks: dict[str, dict[str, tuple[list[str], bool]]] = {}
    write_types: dict[str, str] = {}
    aliases: list[tuple[str, Any]] = []
    for name in sorted(models):
        model = models[name]
        props = _props(model)
        kinds = _kinds(props.get("type"))
        if not kinds or "attributes" not in props:
            continue
        required = {_plain(p.name) for p in model.required_properties}
        if "id" not in required:  # a create/update body's resource: its id is optional
            attributes = props["attributes"]
            if hasattr(attributes, "class_info"):
                write_types[attributes.class_info.name] = kinds[0]
            continue
        relationships = props.get("relationships")
        found = _marks(relationships) if relationships is not None else {}
        own = kinds[0]
        if own in resources:
            if found or resources[own].class_info.name in marks:
                other = resources[own].class_info.name
                raise JsonApiError(f"{other} and {name} both have the JSON:API type {own!r}")
            continue
        resources[own] = model
        aliases.extend((kind, model) for kind in kinds[1:])
        if found:
            marks[name] = found
    for kind, model in aliases:  # a type another resource has as its own stays that resource's
        resources.setdefault(kind, model)
    _CACHE.clear()
    api = _Api(resources, marks, models, write_types)
    _CACHE[id(openapi)] = (openapi, api)
    return api


def _marks(relationships: Any) -> dict[str, tuple[list[str], bool]]:
    """``x-related``/``x-to-many`` of each property of a relationships object, read from its raw schema (the
    generator's properties do not keep them)."""
    schema = getattr(relationships, "data", None)
    found: dict[str, tuple[list[str], bool]] = {}
    for name, prop in (getattr(schema, "properties", None) or {}).items():
        related = _extension(prop, "x-related")
        if related is None:
            continue
        types = [related] if isinstance(related, str) else list(related)
        if not types or not all(isinstance(t, str) and t for t in types):
            raise JsonApiError(f"relationship {name!r}: x-related must be a type or a list of types, not {related!r}")
        found[_plain(name)] = (types, bool(_extension(prop, "x-to-many")))
    return found


def _targets(api: _Api, kind: str, where: str) -> list[Target]:
    model = api.resources.get(kind)
    if model is not None:
        return _resource_targets(api, model)
    document = api.models.get(_camel(_singular(kind)) + "Response")
    data = _props(document).get("data") if document is not None else None
    members = getattr(data, "inner_properties", None) or []
    found: list[Target] = []
    for member in members:
        resource = api.models.get(getattr(getattr(member, "class_info", None), "name", ""))
        own = _kinds(_props(resource).get("type"))[:1] if resource is not None else []
        if resource is None or not own or api.resources.get(own[0]) is not resource:
            found = []
            break
        found += _resource_targets(api, resource)
    if not found:
        generic = _generic_record(api)
        if generic is None:
            raise JsonApiError(f"{where}: x-related names {kind!r}, but no model has that JSON:API type")
        found = [generic]  # a type the spec does not model (yet): the record as `included` holds it
    return found


def _resource_targets(api: _Api, model: Any) -> list[Target]:
    """One target per type the resource model answers to (its aliases included, unless another resource has
    that type as its own)."""
    info = model.class_info
    kinds = [kind for kind in _kinds(_props(model).get("type")) if api.resources.get(kind) is model]
    return [Target(kind, info.module_name, info.name) for kind in kinds]


def _generic_record(api: _Api) -> Target | None:
    """The model of the records in ``included`` (``ResourceObject``): what a type without a model resolves to."""
    if not api.generic:
        api.generic.append(_find_generic_record(api))
    return api.generic[0]


def _find_generic_record(api: _Api) -> Target | None:
    for name in sorted(api.models):
        included = _props(api.models[name]).get("included")
        info = getattr(getattr(included, "inner_property", None), "class_info", None)
        if "data" in _props(api.models[name]) and info is not None:
            return Target("", info.module_name, info.name)
    return None


def _imports(own: str, relations: list[Relation], attributes: Iterable[Any] = ()) -> list[str]:
    lines = {f"from ..models.{t.module} import {t.name}" for r in relations for t in r.targets if t.name != own}
    for prop in attributes:  # the types of the always-sent attributes (enums, date-times), for the type checker
        needed = {*prop.get_imports(prefix=".."), *prop.get_lazy_imports(prefix="..")}
        lines.update(line for line in needed if not _ALREADY_THERE.match(line))
    return sorted(lines)


_ALREADY_THERE = re.compile(r"from \.\.types import|from typing import|from \.\.lib\.|from collections\.abc import")
"""Imports every model module has (or that no annotation needs) and so need not repeat in the class."""


def _attributes_model(api: _Api, resource: Any) -> Any:
    """The model of a resource's read attributes, when it is one (not a write attributes model shared with
    create/update bodies, which must keep what they require)."""
    info = getattr(_props(resource).get("attributes"), "class_info", None)
    if info is None or info.name in api.write_types:
        return None
    return api.models.get(info.name)


def _always_sent(model: Any) -> list[str]:
    """The names the spec lists in the read attributes' ``required``: what Booqable always sends."""
    return [_plain(name) for name in (getattr(getattr(model, "data", None), "required", None) or [])]


def sparse_attributes(openapi: Any) -> None:
    """Let a sparse fieldset leave any attribute out: the read attributes a resource's schema requires (always
    sent) are read as optional (before the templates run); the resource gets them as typed accessors
    (:func:`model_extras`) that raise ``NotSentError`` for one that did not come. Only a spec with
    ``x-related`` marks is JSON:API to this module."""
    from attrs import evolve

    api = _analyse(openapi)
    if not api.marks:
        return
    for resource in api.resources.values():
        model = _attributes_model(api, resource)
        if model is None or not model.required_properties:
            continue
        relaxed = [evolve(prop, required=False) for prop in model.required_properties]
        object.__setattr__(model, "required_properties", [])
        object.__setattr__(model, "optional_properties", [*relaxed, *model.optional_properties])


def _sent_attributes(api: _Api, model: Any, taken: set[str]) -> tuple[list[Attribute], list[Any]]:
    """The accessors of a resource's always-sent attributes (those whose name is free), and their properties."""
    from attrs import evolve

    attributes_model = _attributes_model(api, model)
    if attributes_model is None:
        return [], []
    by_wire = {_plain(p.name): p for p in attributes_model.optional_properties}
    found: list[Attribute] = []
    props: list[Any] = []
    for wire in _always_sent(attributes_model):
        prop = by_wire.get(wire)
        if prop is None or prop.python_name in taken or prop.python_name in RESERVED:
            continue  # stays at `record.attributes.<name>` (e.g. an attribute named like a relationship)
        sent = evolve(prop, required=True)
        annotation = sent.get_type_string().as_unembedded_code()
        found.append(Attribute(prop.python_name, wire, annotation, _plain(prop.description or "")))
        props.append(sent)
    return found, props


def model_extras(openapi: Any, model: Any) -> ModelExtras:
    """What ``model_extras.py.jinja`` adds to ``model`` (``kind == ""``: nothing)."""
    api = _analyse(openapi)
    name = model.class_info.name
    if name in api.extras:
        return api.extras[name]
    props = _props(model)
    extras = NOTHING
    if name in api.marks or (api.marks and name in {r.class_info.name for r in api.resources.values()}):
        kind = _kinds(props.get("type"))[0]
        relations = []
        for relation, (types, to_many) in sorted(api.marks.get(name, {}).items()):
            if relation in props or relation in RESERVED or keyword.iskeyword(relation) or not relation.isidentifier():
                raise JsonApiError(f"{name}: relationship {relation!r} cannot be an accessor (the name is taken)")
            targets = [t for kind_ in types for t in _targets(api, kind_, f"{name}.{relation}")]
            relations.append(Relation(relation, to_many, list(dict.fromkeys(targets))))
        taken = {p.python_name for p in [*model.required_properties, *model.optional_properties]}
        attributes, props_ = _sent_attributes(api, model, taken | {r.name for r in relations})
        imports = _imports(name, relations, props_)
        extras = ModelExtras("resource", kind, _noun(name), relations, imports, attributes)
    elif "data" in props and "included" in props:
        extras = ModelExtras("document")
    elif name in api.write_types:
        extras = _write_extras(api, name, props)
    api.extras[name] = extras
    return extras


def _write_extras(api: _Api, name: str, props: dict[str, Any]) -> ModelExtras:
    """``relate(...)`` keywords: a to-one relationship ``x`` with an ``x_id`` attribute, a to-many ``xs`` with
    ``x_ids``."""
    resource = api.resources.get(api.write_types[name])
    if resource is None or resource.class_info.name not in api.marks:
        return NOTHING
    relations = []
    for relation, (types, to_many) in sorted(api.marks[resource.class_info.name].items()):
        if len(types) != 1:
            continue  # polymorphic: the id alone does not say which record; set <x>_id and <x>_type yourself
        attribute = f"{_singular(relation)}_ids" if to_many else f"{relation}_id"
        if attribute not in props or relation in RESERVED or keyword.iskeyword(relation):
            continue
        targets = _targets(api, types[0], f"{resource.class_info.name}.{relation}")
        nullable = "None" in _plain(props[attribute].get_type_string())
        relations.append(Relation(relation, to_many, targets, attribute=attribute, nullable=nullable))
    if not relations:
        return NOTHING
    noun = _noun(resource.class_info.name)
    return ModelExtras("write", api.write_types[name], noun, relations, _imports(name, relations))


def _noun(class_name: str) -> str:
    return " ".join(word.lower() for word in re.findall(r"[A-Z][a-z0-9]*", class_name)) or class_name
