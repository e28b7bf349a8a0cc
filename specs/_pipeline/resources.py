"""The resource layer of every package: one sync and one async client class whose namespaces mirror the API.

``client.orders.list(...)``, ``client.orders.get(id)``, ``client.plan_profiles.upsert(...)``: each method is a
thin generated wrapper that calls the generated operation module (its ``sync``/``asyncio``, which return the
success model and raise typed errors) with the client, so there is no second HTTP path. Paginated operations
(``[pagination.<op>]`` of the API's ``api.toml``) return typed paginators whose item type is read from the spec:
the ``items`` path of the pagination table resolved in the response schema.

Names come from the spec, deterministically:

- a namespace per tag, named like the generator's ``api/<tag>/`` folder (``Plan Profiles`` -> ``plan_profiles``);
- a method per operation: the operationId's verb plus what is left after the namespace's nouns, a
  ``..._by_<x>`` tail and the word ``paged`` are taken out (``getPlanProfile`` -> ``get``, ``upsertPlanProfile``
  -> ``upsert``, ``listOauthClients`` in ``oauth`` -> ``list_clients``); a bare ``get`` that pages or answers
  an array becomes ``list``.

``[resources]`` in ``api.toml`` overrides where the spec's words do not give good names:
``client`` (the class name, default: the API name in CamelCase), ``namespaces`` (tag folder -> namespace name)
and ``methods`` (operationId -> method name). Two operations may not end up with one name.

This module also writes ``api.md`` (every namespace and method, its HTTP method and path, parameters and
return type) and widens the ``uuid`` parameters of the operations to ``str | UUID``: ids arrive as strings.
"""

from __future__ import annotations

import functools
import keyword
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GenerationError
from .naming import camel as _camel
from .naming import plain as _plain
from .naming import singular as _singular
from .registry import ApiEntry
from .specdoc import operation_objects

__all__ = [
    "ResourceLayer",
    "client_classes",
    "method_name",
    "method_names",
    "plan_layer",
    "template_globals",
    "widen_parameters",
    "write_layer",
]

RESOURCE_MODULE = "resources"
"""``<package>/resources.py``: the generated resource layer."""
API_REFERENCE = "api.md"
RESOURCE_KEYS = frozenset({"client", "namespaces", "methods"})


class ResourceError(Exception):
    """The spec and ``[resources]`` do not give every operation a distinct namespace and method."""


def _docstring_text(value: Any) -> str:
    from openapi_python_client.strings import safe_for_docstring

    return safe_for_docstring(value)


def widen_parameters(data: Any) -> None:
    """Make every ``format: uuid`` parameter accept ``str`` as well as ``UUID`` (before the templates run).

    The operations send ``str(value)`` either way; ids reach callers as JSON strings, and asking them to wrap
    each one in ``UUID(...)`` only to satisfy a type checker helps nobody.
    """
    from openapi_python_client.parser.properties.uuid import UuidProperty

    lenient = _lenient_uuid_class()
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for parameter in endpoint.list_all_parameters():
                if type(parameter) is UuidProperty:
                    object.__setattr__(parameter, "__class__", lenient)


@functools.cache
def _lenient_uuid_class() -> type:
    """Made on first use: the generator's property classes are imported only when a package is generated."""
    from typing import ClassVar

    from attrs import define
    from openapi_python_client.parser.properties.uuid import UuidProperty

    @define
    class LenientUuidProperty(UuidProperty):
        _type_string: ClassVar[str] = "str | UUID"

    return LenientUuidProperty


# --- naming ----------------------------------------------------------------------------------------------


def _identifier(name: str) -> str:
    return name + "_" if keyword.iskeyword(name) else name


def method_names(operation: str, namespace: str, *, lists: bool) -> list[str]:
    """Candidate method names of snake_cased ``operation`` in ``namespace``, best first (see the module docstring).

    The first is the short name; when two operations of a namespace would share it, both take their next
    candidate: the name with its ``by_...`` tail kept, then the whole operation name.
    """
    nouns = {_singular(w) for w in namespace.split("_")}

    def shorten(words: list[str]) -> str:
        kept = [words[0]] + [w for w in words[1:] if w != "paged" and _singular(w) not in nouns]
        if kept == ["get"] and lists:
            kept = ["list"]
        return _identifier("_".join(kept))

    words = operation.split("_")
    candidates = [shorten(words[: words.index("by", 1)] if "by" in words[1:] else words), shorten(words)]
    candidates.append(_identifier(operation))
    return list(dict.fromkeys(candidates))


def method_name(operation: str, namespace: str, *, lists: bool) -> str:
    """The preferred method name of snake_cased ``operation`` in ``namespace``."""
    return method_names(operation, namespace, lists=lists)[0]


def _distinct(candidates: dict[str, list[str]]) -> dict[str, str]:
    """One name per operation: clashing operations move on to their next candidate until none clash."""
    chosen = {op: 0 for op in candidates}
    while True:
        names = {op: candidates[op][min(i, len(candidates[op]) - 1)] for op, i in chosen.items()}
        clashing = {op for op, name in names.items() if list(names.values()).count(name) > 1}
        movable = {op for op in clashing if chosen[op] < len(candidates[op]) - 1}
        if not clashing or not movable:
            return names
        for op in movable:
            chosen[op] += 1


# --- the plan ----------------------------------------------------------------------------------------------


@dataclass
class Parameter:
    python_name: str
    declaration: str
    """``name: type`` or ``name: type = default`` as the generated operation declares it."""
    annotation: str
    default: str | None
    keyword_only: bool
    location: str
    wire_name: str
    doc: str
    description: str


@dataclass
class Keyword:
    """One keyword of a method's keyword form of its request body."""

    name: str
    annotation: str
    """The keyword's annotation in the keyword overload (without ``| Unset`` for a required one)."""
    required: bool
    doc: str


@dataclass
class BodyForm:
    """The keyword form of a request body: the keywords asked for and the expression that builds the body."""

    keywords: list[Keyword]
    build: str
    """Builds the body model from the keywords (and the path parameters of the same name)."""
    models: set[str] = field(default_factory=set)
    """``models.<module>`` the expression names (loaded lazily, like the operation modules)."""


@dataclass
class Method:
    name: str
    namespace: str
    operation_id: str
    module: str
    """``api.<tag>.<module>`` relative to the package."""
    http_method: str
    path: str
    summary: str
    description: str
    parameters: list[Parameter]
    returns: str
    """The success model: what the method returns (errors raise)."""
    module_returns: str
    """The annotation of the operation's ``sync_detailed`` (``Response[...]`` of this)."""
    authenticated: bool
    item: str | None = None
    """The item type of a paginated operation (its methods return paginators of it)."""
    pagination: dict[str, Any] | None = None
    alias: str = ""
    """The global name the resource module gives the operation module (its module name, unless two clash)."""
    envelope: str = ""
    """For a JSON:API single-resource document (``OrderResponse``): the document; :attr:`returns` is its ``data``."""
    keywords: BodyForm | None = None
    """The request body as keyword arguments, when the body is a JSON object with properties."""


@dataclass
class Namespace:
    name: str
    tag: str
    description: str
    methods: list[Method] = field(default_factory=list)

    @property
    def class_name(self) -> str:
        return _camel(self.name) + "Resource"


@dataclass
class ResourceLayer:
    entry: ApiEntry
    client_class: str
    namespaces: list[Namespace]
    imports: set[str]

    @property
    def async_class(self) -> str:
        return "Async" + self.client_class

    def method_of(self, operation_id: str) -> str | None:
        for namespace in self.namespaces:
            for method in namespace.methods:
                if method.operation_id == operation_id:
                    return f"{namespace.name}.{method.name}"
        return None


def _class_import(prop: Any) -> set[str]:
    """``from .models.<module> import <Class>`` for a model or enum property, recursively through lists/unions."""
    found: set[str] = set()
    info = getattr(prop, "class_info", None)
    if info is not None:
        found.add(f"from .models.{info.module_name} import {info.name}")
    inner = getattr(prop, "inner_property", None)
    if inner is not None:
        found |= _class_import(inner)
    for member in getattr(prop, "inner_properties", None) or ():
        found |= _class_import(member)
    return found


def _imports_of(prop: Any) -> set[str]:
    found = {line for line in prop.get_imports(prefix=".") if not line.startswith("from typing import cast")}
    return found | _class_import(prop)


def _success(endpoint: Any) -> tuple[str, set[str]]:
    """The union of the 2xx response types (``None`` for a response without content) and their imports."""
    types: list[str] = []
    imports: set[str] = set()
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range
        if not (low >= 200 and high < 300):
            continue
        if response.source["attribute"] == "None":
            text = "None"
        else:
            text = _plain(response.prop.get_type_string())
            imports |= _imports_of(response.prop)
        if text not in types:
            types.append(text)
    if not types:
        return "Any", imports
    types.sort(key=lambda t: t == "None")
    return " | ".join(types), imports


def _item_type(entry: ApiEntry, operation_id: str, endpoint: Any) -> tuple[str, set[str]]:
    """The item type of a paginated operation: ``items`` of its table followed through the 2xx schema."""
    declared = entry.paging_of(operation_id)
    assert declared is not None  # only asked for paginated operations
    path = declared.get("items")
    successes = [r for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] < 300]
    if not successes:
        raise ResourceError(f"{entry.registry_file}: [pagination.{operation_id}]: the operation has no 2xx response")
    prop = successes[0].prop
    for key in path.split(".") if path else ():
        members = [*getattr(prop, "required_properties", ()), *getattr(prop, "optional_properties", ())]
        match = [m for m in members if _plain(m.name) == key]
        if not match:
            raise ResourceError(
                f"{entry.registry_file}: [pagination.{operation_id}] items = {path!r}: "
                f"the response schema has no {key!r}"
            )
        prop = match[0]
    inner = getattr(prop, "inner_property", None)
    if inner is None:
        raise ResourceError(
            f"{entry.registry_file}: [pagination.{operation_id}] items = {path!r} is not an array in the response"
        )
    return _plain(inner.get_type_string(no_optional=True)), _imports_of(inner)


def _parameters(endpoint: Any) -> tuple[list[Parameter], set[str]]:
    imports: set[str] = set()
    found: list[Parameter] = []

    def add(prop: Any, location: str, keyword_only: bool, declaration: str | None = None) -> None:
        nonlocal imports
        imports |= _imports_of(prop)
        text = declaration or _plain(prop.to_string())
        annotation, _, default = text.partition(" = ")
        annotation = annotation.split(": ", 1)[1]
        description = _plain(prop.description or "")
        found.append(
            Parameter(
                python_name=str(prop.python_name),
                declaration=text,
                annotation=annotation,
                default=default or None,
                keyword_only=keyword_only,
                location=location,
                wire_name=_plain(prop.name),
                doc=prop.to_docstring(),
                description=" ".join(description.split()),
            )
        )

    for prop in endpoint.path_parameters:
        add(prop, "path", False)
    if len(endpoint.bodies) == 1:
        body = endpoint.bodies[0].prop
        optional = "" if body.required else " = UNSET"
        add(body, "body", True, f"body: {_plain(body.get_type_string())}{optional}")
    elif len(endpoint.bodies) > 1:
        members = " | ".join(_plain(b.prop.get_type_string(no_optional=True)) for b in endpoint.bodies)
        required = all(b.prop.required for b in endpoint.bodies)
        for body in endpoint.bodies:
            imports |= _imports_of(body.prop)
        declaration = f"body: {members}" + ("" if required else " | Unset = UNSET")
        add(endpoint.bodies[0].prop, "body", True, declaration)
    for location, props in (
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
        ("cookie", endpoint.cookie_parameters),
    ):
        for prop in props:
            add(prop, location, True)
    return found, imports


OPTION_NAMES = frozenset({"timeout", "extra_headers", "extra_query", "retry"})
"""The per-call options every method takes (``CallOptions`` of ``lib/_options.py``): no keyword may shadow them."""


def _members(model: Any) -> list[Any]:
    return [*(model.required_properties or ()), *(model.optional_properties or ())]


def _member(model: Any, name: str) -> Any:
    return next((p for p in _members(model) if _plain(p.name) == name), None)


def _is_model(prop: Any) -> bool:
    return type(prop).__name__ == "ModelProperty"


def _model_ref(prop: Any, form: BodyForm) -> str:
    """``_m_<module>.<Class>``: the model class as the resource module names it (its module loads lazily)."""
    info = prop.class_info
    form.models.add(info.module_name)
    return f"_m_{info.module_name}.{info.name}"


def _constant(prop: Any, form: BodyForm) -> str | None:
    """The only value a property's schema allows (a one-value enum, a ``const``), as code; else ``None``."""
    kind = type(prop).__name__
    if kind == "EnumProperty" and len(prop.values) == 1 and prop.required:
        return f"{_model_ref(prop, form)}.{next(iter(prop.values))}"
    if kind == "ConstProperty" and prop.required:
        return str(prop.value.python_code)
    return None


def _split_union(annotation: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in annotation:
        depth += char == "["
        depth -= char == "]"
        current += char
        if depth == 0 and current.endswith(" | "):
            parts.append(current[:-3])
            current = ""
    return [*parts, current]


def _sequence(annotation: str) -> tuple[str, bool]:
    """``list[X]`` members of an annotation as ``Sequence[X]`` (a caller's list of a subtype fits), and whether
    there were any (the value is then copied into a list for the model)."""
    members = _split_union(annotation)
    changed = [("Sequence[" + m[5:]) if m.startswith("list[") else m for m in members]
    return " | ".join(changed), changed != members


def _keyword(prop: Any, taken: set[str], form: BodyForm, imports: set[str]) -> str | None:
    """Add ``prop`` as a keyword of ``form``; the argument expression for the model, or ``None`` (not added)."""
    name = str(prop.python_name)
    if name in taken:  # ``body``, ``timeout``, a query parameter's name: the keyword takes a trailing ``_``
        name += "_"
    if name in taken:
        return None
    annotation, listed = _sequence(_plain(prop.get_type_string()))
    imports |= _imports_of(prop)
    doc = prop.to_docstring()
    doc = doc if name == prop.python_name else f"{name}: {doc}"
    form.keywords.append(Keyword(name, annotation, bool(prop.required), doc))
    taken.add(name)
    value = f'required({name}, "{name}")' if prop.required else name
    return f"listed({value})" if listed else value


def _relation_keywords(
    openapi: Any, attributes: Any, taken: set[str], form: BodyForm, imports: set[str]
) -> dict[str, str]:
    """JSON:API relationships as keywords (``customer=`` a ``Customer`` or its id), in place of their id
    attributes (``customer_id``): attribute name -> argument expression."""
    from .jsonapi import model_extras

    extras = model_extras(openapi, attributes)
    found: dict[str, str] = {}
    if extras.kind != "write":
        return found
    for relation in extras.relations:
        prop = _member(attributes, relation.attribute)
        if relation.name in taken or prop is None:
            continue
        for target in relation.targets:
            imports.add(f"from .models.{target.module} import {target.name}")
        imports.add("from uuid import UUID")
        one = f"{relation.annotation} | UUID | str"
        annotation = f"Sequence[{one}]" if relation.to_many else one + (" | None" if relation.nullable else "")
        required = bool(prop.required)
        noun = "ids or models" if relation.to_many else "id or model"
        doc = f"{relation.name} ({annotation}): the related {noun}; sets ``{relation.attribute}``."
        form.keywords.append(Keyword(relation.name, annotation + ("" if required else " | Unset"), required, doc))
        taken.add(relation.name)
        value = f'required({relation.name}, "{relation.name}")' if required else relation.name
        found[relation.attribute] = f"related_ids({value})" if relation.to_many else f"related({value})"
    return found


def _call(model_ref: str, arguments: dict[str, str]) -> str:
    return f"{model_ref}({', '.join(f'{k}={v}' for k, v in arguments.items())})"


def _fill(
    model: Any,
    taken: set[str],
    path: dict[str, str],
    form: BodyForm,
    imports: set[str],
    special: dict[str, str],
    *,
    ask: bool = True,
) -> dict[str, str] | None:
    """Arguments for ``model``'s constructor: constants, path parameters of the same name and type, ``special``
    ones, the rest as keywords (unless not ``ask``). ``None`` when a required property cannot be had."""
    arguments: dict[str, str] = {}
    for prop in _members(model):
        name = str(prop.python_name)
        annotation = _plain(prop.get_type_string())
        value = special.get(name) or _constant(prop, form)
        if value is None and path.get(name) == annotation:
            value = name
        if value is None and ask:
            value = _keyword(prop, taken, form, imports)
        if value is None and prop.required:
            return None
        if value is not None:
            arguments[name] = value
    return arguments


def _body_form(openapi: Any, endpoint: Any, parameters: list[Parameter], imports: set[str]) -> BodyForm | None:
    """The keyword form of the endpoint's JSON object body; for a JSON:API document, of its ``attributes``
    (the envelope, ``data`` and ``type`` filled in; relationships by model or id)."""
    if len(endpoint.bodies) != 1 or not _is_model(endpoint.bodies[0].prop):
        return None
    if "json" not in _plain(endpoint.bodies[0].content_type):  # a form or multipart body stays one model
        return None
    models = {m.class_info.name: m for m in openapi.models}

    def canonical(prop: Any) -> Any:  # the parsed model, whose free-form properties are plain dicts (free_form.py)
        return models.get(prop.class_info.name, prop) if prop is not None and _is_model(prop) else prop

    body = canonical(endpoint.bodies[0].prop)
    taken = {p.python_name for p in parameters} | OPTION_NAMES | {"body", "self"}
    path = {p.python_name: p.annotation for p in parameters if p.location == "path"}
    form = BodyForm([], "")
    found: set[str] = set()
    data = canonical(_member(body, "data"))
    attributes = canonical(_member(data, "attributes")) if data is not None and _is_model(data) else None
    if data is not None and attributes is not None and _is_model(attributes) and _member(data, "type") is not None:
        special = _relation_keywords(openapi, attributes, taken, form, found)
        inner = _fill(attributes, taken, {}, form, found, special)
        if inner is None or not data.required:
            return None
        built = _call(_model_ref(attributes, form), inner)
        outer = _fill(data, taken, {}, form, found, {"attributes": built}, ask=False)  # an update's id: the path's
        if outer is None:
            return None
        document = {"data": _call(_model_ref(data, form), outer)}
        for prop in _members(body):  # the rest of the document (``fields``, ``include``) are query parameters
            constant = _constant(prop, form)
            if constant is not None:
                document[str(prop.python_name)] = constant
            elif prop.required and _plain(prop.name) != "data":
                return None
        form.build = _call(_model_ref(body, form), document)
    else:
        arguments = _fill(body, taken, path, form, found, {})
        if arguments is None:
            return None
        form.build = _call(_model_ref(body, form), arguments)
    if not form.keywords:
        return None
    imports |= found
    return form


def _envelope(endpoint: Any) -> tuple[str, str, set[str]] | None:
    """(document, resource, imports) when the only 2xx body is a JSON:API single-resource document
    (``{data: Order, included, meta}``): the method then returns the resource."""
    bodies = [
        r.prop
        for r in endpoint.responses.patterns
        if r.status_code.range[0] >= 200 and r.status_code.range[1] < 300 and r.source["attribute"] != "None"
    ]
    if len(bodies) != 1 or not _is_model(bodies[0]):
        return None
    data = _member(bodies[0], "data")
    if data is None or not data.required or not _is_model(data) or _member(bodies[0], "included") is None:
        return None
    return _plain(bodies[0].get_type_string()), _plain(data.get_type_string()), _imports_of(data)


def _unwrap(method: Method, endpoint: Any, imports: set[str]) -> None:
    """A method that answers one JSON:API resource returns the resource, its document's ``data``."""
    envelope = None if method.pagination is not None else _envelope(endpoint)
    if envelope is not None:
        method.envelope, method.returns = envelope[0], envelope[1]
        imports |= envelope[2]


def plan_layer(entry: ApiEntry, document: dict[str, Any], data: Any) -> ResourceLayer:
    """Namespaces and methods of ``entry``'s API, after the generator ran (parameter renames are final)."""
    config = entry.resources
    unknown = sorted(set(config) - RESOURCE_KEYS)
    if unknown:
        raise ResourceError(f"{entry.registry_file}: [resources] has unknown keys: {', '.join(unknown)}")
    renames: dict[str, str] = dict(config.get("namespaces", {}))
    method_renames: dict[str, str] = dict(config.get("methods", {}))
    ids = {key: str(operation["operationId"]) for key, operation in operation_objects(document).items()}
    tag_docs = {
        _snake_tag(str(t.get("name", ""))): " ".join(str(t.get("description", "")).split())
        for t in document.get("tags", [])
    }
    imports: set[str] = set()
    namespaces: list[Namespace] = []
    seen_ops: set[str] = set()
    for tag, collection in sorted(data.endpoint_collections_by_tag.items()):
        name = renames.pop(str(tag), str(tag))
        namespace = Namespace(name=name, tag=str(tag), description=tag_docs.get(str(tag), ""))
        candidates: dict[str, list[str]] = {}
        for endpoint in collection.endpoints:
            from openapi_python_client.strings import PythonIdentifier

            http_method, path = endpoint.method.upper(), _plain(endpoint.path)
            operation_id = ids.get((http_method, path), str(endpoint.name))
            seen_ops.add(operation_id)
            parameters, found = _parameters(endpoint)
            imports |= found
            returns, found = _success(endpoint)
            imports |= found
            paginated = entry.paging_of(operation_id) is not None
            lists = paginated or returns.startswith("list[")
            renamed = method_renames.pop(operation_id, None)
            name_of = renamed or method_name(str(endpoint.name), name, lists=lists)
            candidates[operation_id] = [renamed] if renamed else method_names(str(endpoint.name), name, lists=lists)
            module = f"api.{tag}.{PythonIdentifier(str(endpoint.name), '')}"
            method = Method(
                name=name_of,
                namespace=name,
                operation_id=operation_id,
                module=module,
                http_method=http_method,
                path=path,
                summary=" ".join(_plain(endpoint.summary or "").split()),
                description=_plain(endpoint.description or "").strip(),
                parameters=parameters,
                returns=returns,
                module_returns=_plain(endpoint.response_type()),
                authenticated=bool(endpoint.requires_security),
                pagination=entry.paging_of(operation_id),
                keywords=_body_form(data, endpoint, parameters, imports),
            )
            _unwrap(method, endpoint, imports)
            imports |= {line.replace("from ...", "from .", 1) for line in endpoint.relative_imports}
            if paginated:
                method.item, found = _item_type(entry, operation_id, endpoint)
                imports |= found
            namespace.methods.append(method)
        for method, final in zip(namespace.methods, _distinct(candidates).values(), strict=True):
            method.name = final
        names = [m.name for m in namespace.methods]
        clashes = sorted({n for n in names if names.count(n) > 1})
        if clashes:
            raise ResourceError(
                f"{entry.registry_file}: namespace {name!r} gets method(s) {', '.join(clashes)} more than once; "
                "name them in [resources.methods]"
            )
        namespace.methods.sort(key=lambda m: m.name)
        namespaces.append(namespace)
    leftover = sorted(renames) + sorted(method_renames)
    if leftover:
        raise ResourceError(f"{entry.registry_file}: [resources] names what the spec does not have: {leftover}")
    taken = [n.name for n in namespaces]
    if len(set(taken)) != len(taken):
        raise ResourceError(f"{entry.registry_file}: two tags give one namespace name: {taken}")
    return ResourceLayer(entry, client_classes(entry)[0], sorted(namespaces, key=lambda n: n.name), imports)


def client_classes(entry: ApiEntry) -> tuple[str, str]:
    """The sync and the async client class of ``entry``: ``[resources] client``, else the API name in CamelCase."""
    name = str(entry.resources.get("client") or _camel(entry.name))
    return name, "Async" + name


def template_globals(entry: ApiEntry) -> dict[str, Any]:
    """What the shared templates need to know about the resource layer (``package_init.py.jinja``)."""
    from .jsonapi import model_extras

    return {
        "resource_module": RESOURCE_MODULE,
        "resource_clients": list(client_classes(entry)),
        "jsonapi_extras": model_extras,  # JSON:API relationships from x-related (model_extras.py.jinja)
    }


def _snake_tag(tag: str) -> str:
    from openapi_python_client.strings import snake_case

    return str(snake_case(tag))


# --- rendering: <package>/resources.py ---------------------------------------------------------------------

_BUILTIN_LIST = re.compile(r"(?<![\w.])list\[")


def _in_class(annotation: str) -> str:
    """Inside a class that defines a ``list`` method, ``list[...]`` would name the method: spell the builtin."""
    return _BUILTIN_LIST.sub("builtins.list[", annotation)


def _doc(lines: Iterable[str], indent: int) -> str:
    body = "\n".join(lines).strip("\n")
    pad = " " * indent
    text = textwrap.indent(body, pad).lstrip()
    return f'{pad}"""{text}\n{pad}"""\n' if "\n" in body else f'{pad}"""{text}"""\n'


def _wrap(text: str, width: int = 100) -> list[str]:
    out: list[str] = []
    for paragraph in text.split("\n\n"):
        joined = " ".join(paragraph.split())
        if joined:
            out += textwrap.wrap(joined, width, break_long_words=False, break_on_hyphens=False) or [""]
            out.append("")
    return out[:-1] if out else []


def _method_doc(method: Method, asynchronous: bool) -> list[str]:
    lines = _wrap(_docstring_text(method.summary or method.operation_id))
    if method.description and method.description != method.summary:
        lines += ["", *_wrap(_docstring_text(method.description))]
    lines += ["", f"``{method.http_method} {method.path}`` (operation ``{method.operation_id}``)."]
    documented = method.parameters
    if documented or method.item:
        lines += ["", "Args:"]
        for parameter in documented:
            lines += [
                "    " + line
                for line in textwrap.wrap(
                    parameter.doc, 96, subsequent_indent="    ", break_long_words=False, break_on_hyphens=False
                )
            ]
        if method.keywords:
            lines.append("    Or, instead of ``body``, the body's fields as keywords:")
            for keyword in method.keywords.keywords:
                lines += [
                    "    " + line
                    for line in textwrap.wrap(
                        keyword.doc, 96, subsequent_indent="    ", break_long_words=False, break_on_hyphens=False
                    )
                ]
        if method.item:
            lines += [
                "    max_items, max_pages: stop after this many items or pages.",
                "    resume: a saved ``paginator.state``, to continue an interrupted run.",
            ]
            if asynchronous:
                lines.append("    concurrency: pages fetched at once when the total is known.")
    lines += [
        "",
        "Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.",
    ]
    lines += ["", "Returns:"]
    if method.item:
        kind = "AsyncPaginator" if asynchronous else "Paginator"
        lines.append(
            f"    {kind}[{method.item}]: every item across all pages (``{'async for' if asynchronous else 'for'}``); "
            "``.pages()`` gives whole pages."
        )
    else:
        lines.append(f"    {method.returns}")
    lines += ["", "Raises:", "    ApiError: the subclass for the status (``NotFoundError``...), or a network error."]
    return lines


def _signature(method: Method, *, for_paginate: bool = False) -> str:
    """The method's parameters after ``self`` (for ``paginate`` overloads: all keyword-only, no defaults)."""
    positional = [p for p in method.parameters if not p.keyword_only]
    keyword_only = [p for p in method.parameters if p.keyword_only]
    parts: list[str] = []
    if for_paginate:
        parts.append("/")
        parts.append("*")
        for parameter in method.parameters:
            default = " = ..." if parameter.default is not None else ""
            parts.append(f"{parameter.python_name}: {parameter.annotation}{default}")
    else:
        parts += [_in_class(p.declaration) for p in positional]
        if keyword_only or method.item:
            parts.append("*")
        parts += [_in_class(p.declaration) for p in keyword_only]
    return ", ".join(parts)


def _call_arguments(method: Method) -> str:
    parts = [f"{p.python_name}={p.python_name}" for p in method.parameters]
    return ", ".join(parts)


def _client_argument(method: Method) -> str:
    """The client a call runs on: the namespace's, or one derived for the call's options."""
    client = "with_call_options(self._client, options)"
    return f'cast("AuthenticatedClient", {client})' if method.authenticated else client


def _keyword_signatures(method: Method) -> tuple[str, str]:
    """The keyword overload's parameters and the implementation's (``body`` or the keywords, all optional)."""
    assert method.keywords is not None
    positional = [_in_class(p.declaration) for p in method.parameters if not p.keyword_only]
    others = [p for p in method.parameters if p.keyword_only and p.location != "body"]
    body = next(p for p in method.parameters if p.location == "body")
    keywords = sorted(method.keywords.keywords, key=lambda k: not k.required)
    overload = [f"{k.name}: {_in_class(k.annotation)}" + ("" if k.required else " = UNSET") for k in keywords]
    loose = [f"{k.name}: {_in_class(k.annotation)}" + (" | Unset" if k.required else "") + " = UNSET" for k in keywords]
    rest = [_in_class(p.declaration) for p in others]
    optional_body = body.annotation if body.default is not None else f"{body.annotation} | Unset"
    tail = ["max_items: int | None = None, max_pages: int | None = None, resume: dict[str, Any] | None = None"]
    tail = tail if method.item else []
    return (
        ", ".join([*positional, "*", *overload, *rest, *tail]),
        ", ".join([*positional, "*", f"body: {_in_class(optional_body)} = UNSET", *loose, *rest, *tail]),
    )


def _build_body(method: Method) -> str:
    """The implementation's first lines: the body built from the keywords when no ``body=`` was given."""
    assert method.keywords is not None
    names = ", ".join(f"{k.name}={k.name}" for k in method.keywords.keywords)
    body = next(p for p in method.parameters if p.location == "body")
    condition = "isinstance(body, Unset)" + ("" if body.default is None else f" and given({names})")
    return f"        if {condition}:\n            body = {method.keywords.build}\n"


OPTIONS = "**options: Unpack[CallOptions]"
"""Every method's per-call options (``timeout``, ``extra_headers``, ``extra_query``, ``retry``)."""


def _raw_returns(method: Method) -> str:
    """What ``with_raw_response.<method>`` returns: the answer with the method's result (a paginator's first page)."""
    if method.item is not None:
        return f"RawResponse[Page[{_in_class(method.item)}]]"
    if method.envelope:
        return f"RawDocumentResponse[{_in_class(method.returns)}, {method.envelope}]"
    return f"RawResponse[{_in_class(method.returns)}]"


def _render_method(method: Method, asynchronous: bool, *, raw: bool = False) -> str:
    """The namespace method; with ``raw``, its ``with_raw_response`` twin as a protocol member (no body)."""
    operation = method.alias
    doc = _doc(_method_doc(method, asynchronous), 8)
    prefix = "async def" if asynchronous else "def"
    if method.item is not None:
        kind = "AsyncPaginator" if asynchronous else "Paginator"
        extra = "max_items: int | None = None, max_pages: int | None = None, resume: dict[str, Any] | None = None"
        if asynchronous:
            extra += ", concurrency: int = 4"
        signature = _signature(method)
        signature = f"{signature}, {extra}" if signature else f"*, {extra}"
        given = ", ".join(f"{p.python_name}={p.python_name}" for p in method.parameters)
        forwarded = "max_items=max_items, max_pages=max_pages, resume=resume"
        if asynchronous:
            forwarded += ", concurrency=concurrency"
        client = "with_call_options(self._client, options)"
        body = f"        return _pagination.{kind}({client}, loaded({operation}), {forwarded}, **given({given}))\n"
        returns = f"{kind}[{_in_class(method.item)}]"
        prefix = "def"
    else:
        signature = _signature(method)
        call = ", ".join(x for x in (_call_arguments(method), f"client={_client_argument(method)}") if x)
        returns = _in_class(method.returns)
        result = f"(await {operation}.asyncio({call}))" if asynchronous else f"{operation}.sync({call})"
        body = f"        return {result}{'.data' if method.envelope else ''}\n"
    signature = f"{signature}, {OPTIONS}" if signature else OPTIONS
    if raw:
        prefix, returns = ("async def" if asynchronous else "def"), _raw_returns(method)
        if method.keywords is None:
            return f"    {prefix} {method.name}(self, {signature}) -> {returns}: ...\n"
    if method.keywords is None:
        return f"    {prefix} {method.name}(self, {signature}) -> {returns}:\n{doc}{body}"
    keyword_signature, loose = _keyword_signatures(method)
    if method.item is not None and asynchronous:
        keyword_signature += ", concurrency: int = 4"
        loose += ", concurrency: int = 4"
    keyword_signature, loose = f"{keyword_signature}, {OPTIONS}", f"{loose}, {OPTIONS}"
    if raw:
        return (
            f"    @overload\n    {prefix} {method.name}(self, {signature}) -> {returns}: ...\n"
            f"    @overload\n    {prefix} {method.name}(self, {keyword_signature}) -> {returns}: ...\n"
        )
    return (
        f"    @overload\n    {prefix} {method.name}(self, {signature}) -> {returns}: ...\n"
        f"    @overload\n    {prefix} {method.name}(self, {keyword_signature}) -> {returns}: ...\n"
        f"    {prefix} {method.name}(self, {loose}) -> {returns}:\n{doc}{_build_body(method)}{body}"
    )


def _assign_aliases(layer: ResourceLayer) -> None:
    methods = [m for ns in layer.namespaces for m in ns.methods]
    names = [m.module.rsplit(".", 1)[1] for m in methods]
    for method, name in zip(methods, names, strict=True):
        method.alias = name if names.count(name) == 1 else f"{method.module.split('.')[1]}_{name}"


def _lazy_block(layer: ResourceLayer) -> tuple[str, str]:
    """The operation modules (and the model modules the keyword forms build bodies with) as type checkers see
    them (real imports), and as the run time binds them (lazily)."""
    methods = sorted({m.alias: m for ns in layer.namespaces for m in ns.methods}.values(), key=lambda m: m.alias)
    typed = [
        f"    from .{m.module.rsplit('.', 1)[0]} import {m.module.rsplit('.', 1)[1]} as {m.alias}" for m in methods
    ]
    models = sorted({name for ns in layer.namespaces for m in ns.methods if m.keywords for name in m.keywords.models})
    typed += [f"    from .models import {name} as _m_{name}" for name in models]
    typed.append("    from .lib import _pagination")
    table = "".join(f'            "{m.alias}": "{m.module}",\n' for m in methods)
    table += "".join(f'            "_m_{name}": "models.{name}",\n' for name in models)
    table += '            "_pagination": "lib._pagination",\n'
    package = '__name__.rsplit(".", 1)[0]'
    lazy = f"    lazy_modules(\n        globals(),\n        {package},\n        {{\n{table}        }},\n    )"
    return "\n".join(typed), lazy


def _methods_table(layer: ResourceLayer) -> str:
    rows = sorted((m.operation_id, f"{ns.name}.{m.name}") for ns in layer.namespaces for m in ns.methods)
    return "".join(f'    "{op}": "{where}",\n' for op, where in rows)


def _render_namespace(namespace: Namespace, title: str, asynchronous: bool) -> str:
    prefix = "Async" if asynchronous else ""
    base = "AsyncNamespace" if asynchronous else "Namespace"
    about = namespace.description or f"The {namespace.tag} operations of the {title}."
    lines = [f"``client.{namespace.name}``: {about}"]
    if asynchronous:
        lines.append("")
        lines.append("Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.")
    doc = _doc(_wrap(_docstring_text(" ".join(lines[:1]))) + lines[1:], 4)
    methods = "\n".join(_render_method(m, asynchronous) for m in namespace.methods)
    twin = _raw_class(namespace, asynchronous)
    methods += (
        f"\n    @property\n    def with_raw_response(self) -> {twin}:\n"
        '        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""\n'
        f'        return cast("{twin}", raw(self))\n'
    )
    return f"class {prefix}{namespace.class_name}({base}):\n{doc}\n    __slots__ = ()\n\n{methods}\n"


def _raw_class(namespace: Namespace, asynchronous: bool) -> str:
    return f"_{'Async' if asynchronous else ''}{namespace.class_name}Raw"


def _render_raw(namespace: Namespace, asynchronous: bool) -> str:
    """The protocol that types ``client.<namespace>.with_raw_response`` (each method returns a ``RawResponse``)."""
    methods = "".join(_render_method(m, asynchronous, raw=True) for m in namespace.methods)
    doc = f'    """``client.{namespace.name}.with_raw_response``."""\n\n'
    return f"class {_raw_class(namespace, asynchronous)}(Protocol):\n{doc}{methods}"


def _protocol_name(method: Method) -> str:
    return "_" + _camel(method.operation_id) + "Operation"


def _render_protocol(method: Method) -> str:
    positional = [p.declaration for p in method.parameters if not p.keyword_only]
    keyword_only = [p.declaration for p in method.parameters if p.keyword_only]
    client_type = "AuthenticatedClient" if method.authenticated else "AuthenticatedClient | Client"
    parts = ["self", *positional, "*", f"client: {client_type}", *keyword_only]
    signature = ", ".join(parts)
    return (
        f"class {_protocol_name(method)}(Protocol):\n"
        f'    """The operation module ``{method.module}`` as ``paginate`` sees it."""\n\n'
        f"    def sync_detailed({signature}) -> Response[{method.module_returns}]: ...\n"
    )


def _paged(layer: ResourceLayer) -> list[Method]:
    return [m for ns in layer.namespaces for m in ns.methods if m.item is not None]


def _render_paginate(layer: ResourceLayer, asynchronous: bool) -> str:
    name = "apaginate" if asynchronous else "paginate"
    kind = "AsyncPaginator" if asynchronous else "Paginator"
    extra = "max_items: int | None = ..., max_pages: int | None = ..., resume: dict[str, Any] | None = ..."
    if asynchronous:
        extra += ", concurrency: int = ..."
    out = []
    for method in _paged(layer):
        signature = _signature(method, for_paginate=True)
        parameters = f"self, operation: {_protocol_name(method)}, {signature}, {extra}"
        out.append(f"    @overload\n    def {name}({parameters}) -> {kind}[{method.item}]: ...\n")
    out.append(
        f"    @overload\n"
        f"    def {name}(self, operation: ModuleType, /, **kwargs: Any) -> {kind}[Any]: ...\n"
        f"    def {name}(self, operation: Any, /, **kwargs: Any) -> {kind}[Any]:\n"
        f'        """{"The async twin of :meth:`paginate`." if asynchronous else _PAGINATE_DOC}"""\n'
        f"        return super().{name}(operation, **kwargs)\n"
    )
    return "\n".join(out)


_PAGINATE_DOC = (
    "Iterate the items of a paginated operation module across all its pages, typed by that operation.\n\n"
    "        The lower layer under the namespaces' ``list`` methods: ``client.paginate(list_things, ...)``."
)


def render_module(layer: ResourceLayer) -> str:
    entry = layer.entry
    title = entry.title
    imports = sorted(layer.imports | {"from .client import AuthenticatedClient, Client", "from .types import Response"})
    imports += [
        "from types import ModuleType",
        "from .lib._pagination import AsyncPaginator, Page, Paginator",
        "from .lib._raw import RawDocumentResponse, RawResponse",
        "from .types import Unset",
        "from collections.abc import Sequence",
    ]
    _assign_aliases(layer)
    typed_operations, lazy_operations = _lazy_block(layer)
    typing_block = "\n".join(f"    {line}" for line in sorted(set(imports)) if "import UNSET, Unset" not in line)
    typing_block += "\n" + typed_operations
    sync_ns = "\n\n".join(_render_namespace(ns, title, False) for ns in layer.namespaces)
    async_ns = "\n\n".join(_render_namespace(ns, title, True) for ns in layer.namespaces)
    protocols = "\n\n".join(_render_protocol(m) for m in _paged(layer))
    twins = "\n\n".join(_render_raw(ns, a) for a in (False, True) for ns in layer.namespaces)
    protocols += "\n\n\nif TYPE_CHECKING:  # the types of ``with_raw_response``\n" + textwrap.indent(twins, "    ")

    def properties(asynchronous: bool) -> str:
        prefix = "Async" if asynchronous else ""
        return "\n".join(
            f"    @property\n"
            f"    def {ns.name}(self) -> {prefix}{ns.class_name}:\n"
            f'        """{_docstring_text(_first_sentence(ns.description) or ns.tag)}"""\n'
            f"        return {prefix}{ns.class_name}(self)\n"
            for ns in layer.namespaces
        )

    sync_name, async_name = layer.client_class, layer.async_class
    text = f'''"""The resource-oriented client of the {title}: ``{sync_name}`` (sync) and ``{async_name}``.

``connect(...)`` returns a ``{sync_name}``; ``with connect(...) as client`` gives it, ``async with connect(...) as
client`` gives its async twin. Each namespace (``client.<resource>``) calls the generated operation modules under
``api/``: methods return the success model and raise a typed ``ApiError`` otherwise; paginated operations return
typed paginators. Operation modules are imported on a method's first call, so importing this module stays cheap.
Written by the pipeline (specs/_pipeline/resources.py) from the spec; do not edit. Reference: api.md.
"""

from __future__ import annotations

{{runtime_imports}}

if TYPE_CHECKING:
{typing_block}
else:  # the operation modules load on a method's first call
{lazy_operations}

__all__ = ["{async_name}", "{sync_name}"]

METHODS: dict[str, str] = {{
{_methods_table(layer)}}}
"""operationId -> ``<namespace>.<method>`` of the resource clients."""


{sync_ns}

{async_ns}

{protocols}


@define
class _{sync_name}Base(ApiClient):
    """What the sync and the async client share: typed ``paginate``/``apaginate`` over the operation modules."""

{_render_paginate(layer, False)}

{_render_paginate(layer, True)}


@define
class {sync_name}(_{sync_name}Base):
    """The {title}, resource by resource: ``client.<namespace>.<method>(...)`` (see api.md).

    An ``ApiClient`` (timeouts, retries, typed errors, auth), so it also goes to any operation module as
    ``client=``. Make one with the package's ``connect(...)``; use it with ``with``. ``async with`` gives the
    async twin, :class:`{async_name}` (also :meth:`to_async`), sharing connections and auth.
    """

{properties(False)}
    def to_async(self) -> {async_name}:
        """The async client over the same settings, connection pools and auth (token cache included)."""
        return twin(self, {async_name})

    async def __aenter__(self) -> {async_name}:  # type: ignore[override]
        await super().__aenter__()
        return self.to_async()


@define
class {async_name}(_{sync_name}Base):
    """The async twin of :class:`{sync_name}`: ``await client.<namespace>.<method>(...)``, ``async for`` over lists."""

{properties(True)}
    def to_sync(self) -> {sync_name}:
        """The sync client over the same settings, connection pools and auth."""
        return twin(self, {sync_name})


ResourceClient = {sync_name}
"""The same name in every package, for the hand-written overlays (``connect`` returns one)."""
AsyncResourceClient = {async_name}
'''
    text = text.replace("{runtime_imports}", _runtime_imports(text), 1)
    if "import UNSET, Unset\n" in text or "import Unset\n" in text.split("if TYPE_CHECKING:")[0]:
        text = text.replace("    from .types import Unset\n", "", 1)  # imported for the run time already
    return text


def _runtime_imports(text: str) -> str:
    """The module's run-time imports: only those its code uses (ruff would drop the others anyway)."""
    typing_names = ["TYPE_CHECKING", "Any", "Protocol", "Unpack", "cast", "overload"]
    lines = ["import builtins", ""] if "builtins.list[" in text else []
    lines += [
        f"from typing import {', '.join(sorted(typing_names, key=str.lower))}",
        "",
        "from attrs import define",
        "",
    ]
    helpers = ["AsyncNamespace", "Namespace", "twin", "with_call_options"]
    helpers += [name for name in ("given", "listed", "related", "related_ids", "required") if f"{name}(" in text]
    lazy = ["lazy_modules"] + (["loaded"] if "loaded(" in text else [])
    lines += ["from .lib._client import ApiClient", f"from .lib._lazy import {', '.join(lazy)}"]
    lines.append(f"from .lib._namespaces import {', '.join(sorted(helpers))}")
    lines.append("from .lib._options import CallOptions")
    lines.append("from .lib._raw import raw")
    unset = ["UNSET"] if re.search(r"= UNSET\b", text) else []
    unset += ["Unset"] if "isinstance(body, Unset)" in text else []
    if unset:
        lines.append(f"from .types import {', '.join(unset)}")
    return "\n".join(lines)


def _first_sentence(text: str) -> str:
    match = re.match(r"(.+?\.)(\s|$)", text)
    return match.group(1) if match else text


# --- api.md ----------------------------------------------------------------------------------------------


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def render_api_md(layer: ResourceLayer) -> str:
    entry = layer.entry
    sync_name, async_name = layer.client_class, layer.async_class
    out = [
        f"# {entry.title}: API reference",
        "",
        f"Generated from the spec with the package (`{entry.package}`); do not edit. `connect(...)` returns the "
        f"sync client, `{sync_name}`: `with connect(...) as client` gives it, "
        f"`async with connect(...) as client` gives `{async_name}`, whose methods are the same coroutines "
        "(`await client.<namespace>.<method>(...)`) and whose "
        "list methods return `AsyncPaginator`s (`async for`).",
        "",
        "Every method returns the success model shown (for a JSON:API document, its `data`: the resource) and "
        "raises a subclass of `ApiError` otherwise "
        "(`NotFoundError`, `BadRequestError`, ... with `status`, `body` and `response`). Paginated methods return a "
        "`Paginator[Item]`: iterate it for every item across all pages, or call `.pages()` for `Page[Item]`s; "
        "`max_items=`, `max_pages=` and `resume=` (a saved `paginator.state`) bound and resume a run. The same "
        "paginators come from `client.paginate(<operation module>, ...)`. A method that sends a JSON body takes "
        "either `body=` (the built model) or the body's fields as keywords; for JSON:API the document, its `type` "
        "and the relationship ids (a related record by model or id) are filled in. Every method also takes the "
        "per-call options `timeout=`, `extra_headers=`, `extra_query=` and `retry=` (a `RetryPolicy` or `False`); "
        "`client.with_options(...)` takes the same names for a client that keeps them.",
        "",
        "The lower layer: every operation is a module under "
        f"`{entry.package}.api.<tag>.<operation>` with `sync`/`asyncio` (the success model) and "
        "`sync_detailed`/`asyncio_detailed` (status, headers and parsed body); they take the client as "
        "`client=`.",
        "",
        "## Namespaces",
        "",
    ]
    for namespace in layer.namespaces:
        out.append(
            f"- [`client.{namespace.name}`](#client{namespace.name.replace('_', '')}): {_md(namespace.description)}"
        )
    for namespace in layer.namespaces:
        out += ["", f"## client.{namespace.name}", ""]
        if namespace.description:
            out += [namespace.description, ""]
        out += [
            "| method | request | returns |",
            "| --- | --- | --- |",
        ]
        for method in namespace.methods:
            returns = f"Paginator[{method.item}]" if method.item else method.returns
            out.append(
                f"| [`{method.name}`](#client{namespace.name.replace('_', '')}{method.name.replace('_', '')}) | "
                f"{method.http_method} `{_md(method.path)}` | `{_md(returns)}` |"
            )
        for method in namespace.methods:
            out += ["", f"### client.{namespace.name}.{method.name}", ""]
            signature = _signature(method).replace("builtins.list[", "list[")
            if method.item:
                tail = "max_items=None, max_pages=None, resume=None"
                signature = f"{signature}, {tail}" if signature else f"*, {tail}"
            returns = f"Paginator[{method.item}]" if method.item else method.returns
            forms = [f"client.{namespace.name}.{method.name}({signature}) -> {returns}"]
            if method.keywords:
                keywords = _keyword_signatures(method)[0].replace("builtins.list[", "list[")
                forms.append(f"client.{namespace.name}.{method.name}({keywords}) -> {returns}")
            out += [
                "```",
                *forms,
                "```",
                "",
                f"`{method.http_method} {method.path}` — operation `{method.operation_id}`, module "
                f"`{entry.package}.{method.module}`.",
            ]
            if method.summary:
                out += ["", method.summary]
            if method.description and method.description != method.summary:
                out += ["", " ".join(method.description.split())]
            if method.parameters:
                out += ["", "| parameter | in | type | description |", "| --- | --- | --- | --- |"]
                for parameter in method.parameters:
                    wire = "" if parameter.wire_name == parameter.python_name else f" (`{_md(parameter.wire_name)}`)"
                    default = f" Default: `{parameter.default}`." if parameter.default not in (None, "UNSET") else ""
                    required = "" if parameter.default is not None else " Required."
                    out.append(
                        f"| `{parameter.python_name}`{wire} | {parameter.location} | `{_md(parameter.annotation)}` | "
                        f"{_md(parameter.description)}{required}{default} |"
                    )
            if method.keywords:
                out += ["", "The body's fields can be given as keywords instead of `body=` (the second form)."]
            if method.item:
                out += ["", f"Returns `Paginator[{method.item}]` (`AsyncPaginator[{method.item}]` on `{async_name}`)."]
            elif method.envelope:
                out += ["", f"Returns `{method.returns}`: the `data` of the `{method.envelope}` document."]
            else:
                out += ["", f"Returns `{method.returns}`."]
    return "\n".join(out) + "\n"


def write_layer(entry: ApiEntry, project_dir: Path, document: dict[str, Any], data: Any) -> ResourceLayer:
    """Write ``<package>/resources.py`` and ``api.md`` into a built package project."""
    try:
        layer = plan_layer(entry, document, data)
    except ResourceError as exc:
        raise GenerationError(str(exc)) from exc
    (project_dir / entry.package / f"{RESOURCE_MODULE}.py").write_text(render_module(layer), encoding="utf-8")
    (project_dir / API_REFERENCE).write_text(render_api_md(layer), encoding="utf-8")
    return layer
