"""The files the pipeline writes around the generator's output: packaging metadata, README and the spec manifest."""

from __future__ import annotations

import pprint
import re
import shutil
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from . import versions
from .errors import GenerationError, shown
from .naming import plain as _plain
from .overlay_sets import readme_fragment, set_folders
from .registry import ApiEntry
from .specdoc import operation_objects

PYPROJECT = """\
[build-system]
requires = ["{backend}"]
build-backend = "hatchling.build"

[project]
name = "{distribution}"
version = "{version}"
description = "Typed Python client for the {title} (API {api_version}), generated from its OpenAPI document."
readme = "README.md"
requires-python = ">={lowest_python}"
dependencies = [
    "httpx>=0.23.1,<0.29.0",
    "attrs>=22.2.0",
    "python-dateutil>=2.8.0",
{extra_dependencies}]
classifiers = [
{classifiers}]

[tool.hatch.build.targets.wheel]
packages = ["{package}"]

[tool.hatch.build.targets.sdist]
include = ["{package}", "README.md", "CHANGELOG.md", "api.md"]

[tool.ruff]
line-length = 120

[tool.ruff.lint]
select = ["F", "I", "UP"]
"""


def _parameters(endpoint: Any) -> list[dict[str, Any]]:
    """Each parameter's wire name and location with the Python argument name the generator gave it."""
    located = [
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
        ("cookie", endpoint.cookie_parameters),
    ]
    return [
        {"in": where, "name": _plain(p.name), "python_name": str(p.python_name), "required": bool(p.required)}
        for where, params in located
        for p in params
    ]


def operations(entry: ApiEntry, document: dict[str, Any], data: Any) -> dict[str, dict[str, Any]]:
    """operationId -> where the generator put it and how the overlays should treat it."""
    from openapi_python_client.strings import PythonIdentifier

    objects = operation_objects(document)
    result: dict[str, dict[str, Any]] = {}
    for tag, collection in sorted(data.endpoint_collections_by_tag.items()):
        for endpoint in collection.endpoints:
            method, path = endpoint.method.upper(), _plain(endpoint.path)
            spec_operation = objects.get((method, path), {})
            name = spec_operation.get("operationId", str(endpoint.name))
            result[name] = {
                "module": f"api.{tag}.{PythonIdentifier(str(endpoint.name), '')}",
                "parameters": _parameters(endpoint),
                "method": method,
                "path": path,
                # Declared safe to repeat although its method is not: the client's RetryPolicy decides the rest.
                "repeatable": entry.is_retry_safe(name),
                "pagination": entry.paging_of(name),
                # Its own security requirements (None: the spec's top-level ones); [] means no credentials.
                "security": spec_operation.get("security"),
            }
    unknown = entry.unmatched(set(result))
    if unknown:
        named = [
            f"{name} (did you mean {close[0]}?)" if (close := get_close_matches(name, result, n=1)) else name
            for name in unknown
        ]
        raise GenerationError(
            f"{shown(entry.registry_file)}: names operations the spec does not have: {', '.join(named)}"
        )
    return dict(sorted(result.items()))


def schemas(document: dict[str, Any], data: Any) -> dict[str, str]:
    """Component schema name -> ``module:Class`` of the generated model (object schemas and enums)."""
    prefix = "/components/schemas/"
    declared = {prefix + name for name in document.get("components", {}).get("schemas", {})}
    found: dict[str, str] = {}
    for prop in [*data.models, *data.enums]:
        if _plain(prop.name) in declared:  # the generator names component models by their $ref path
            found[_plain(prop.name).removeprefix(prefix)] = (
                f"models.{prop.class_info.module_name}:{prop.class_info.name}"
            )
    return dict(sorted(found.items()))


def _literal(value: Any) -> str:
    return pprint.pformat(value, width=110, sort_dicts=True)


def manifest(
    entry: ApiEntry, document: dict[str, Any], version: str, table: dict[str, dict[str, Any]], data: Any
) -> str:
    """``<package>/_spec.py``: facts from the spec and the registry, as data the overlays and tests read.

    ``table`` is :func:`operations` of the API."""
    security = document.get("components", {}).get("securitySchemes", {})
    return f'''"""What the spec and the registry say about this API, as data. Written by the pipeline; do not edit."""

from typing import Any, Final

API_NAME: Final = {entry.name!r}
TITLE: Final = {entry.title!r}
API_VERSION: Final = {str(document["info"]["version"])!r}
PACKAGE_VERSION: Final = {version!r}
SERVERS: Final[list[dict[str, Any]]] = {_literal(document.get("servers", []))}
SECURITY_SCHEMES: Final[dict[str, Any]] = {_literal(security)}
SECURITY: Final[list[dict[str, list[str]]]] = {_literal(document.get("security", []))}
"""The spec's top-level security requirements: any one of them (each names the schemes it needs together)."""
OPERATIONS: Final[dict[str, dict[str, Any]]] = {_literal(table)}
"""operationId -> module (relative to the package), HTTP method, path, retry safety and pagination."""
SCHEMAS: Final[dict[str, str]] = {_literal(schemas(document, data))}
"""Component schema name -> ``module:Class`` of its generated model."""
'''


_README_PLACEHOLDER = re.compile(r"\{\{readme\.([A-Za-z0-9_-]+)\}\}")

_EXAMPLE_CREDENTIALS = {
    "apiKey": 'api_key="my-api-key"',
    "bearer": 'token="my-access-token"',
    "basic": 'username="me", password="my-password"',
    "clientCredentials": 'client_id="my-client-id", client_secret="my-client-secret"',
}


def connect_example(document: dict[str, Any]) -> str:
    """The credential keywords of the generic ``connect`` for the spec's first security requirement, as a
    README shows them (``api_key="my-api-key"``); empty when the spec asks for none."""
    schemes = document.get("components", {}).get("securitySchemes", {})
    requirements = document.get("security") or [{name: []} for name in schemes] or [{}]
    shown_as = []
    for name in requirements[0]:
        scheme = schemes.get(name, {})
        kind = scheme.get("type")
        if kind == "http":
            kind = str(scheme.get("scheme", "")).lower()
        elif kind == "oauth2" and "clientCredentials" in scheme.get("flows", {}):
            kind = "clientCredentials"
        elif kind in ("oauth2", "openIdConnect"):
            kind = "bearer"
        shown_as.append(_EXAMPLE_CREDENTIALS.get(str(kind), f"... (the {name} scheme)"))
    return ", ".join(shown_as)


def _fragments(entry: ApiEntry, root: Path, document: dict[str, Any] | None = None) -> str:
    """The README part the overlay sets give the package (``overlay_sets.readme_fragment``), placeholders
    filled: ``{{package}}``, ``{{distribution}}``, ``{{connect}}`` (credential keywords for the spec's
    security) and ``{{readme.<key>}}`` from ``[readme]`` of the API's ``api.toml``."""
    fragment = readme_fragment(entry, root)
    if fragment is None:
        return ""
    text = fragment.read_text(encoding="utf-8")
    text = text.replace("{{package}}", entry.package).replace("{{distribution}}", entry.distribution)
    if document is not None:
        text = text.replace("{{connect}}", connect_example(document))

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in entry.readme:
            raise GenerationError(
                f"{shown(fragment)} uses {{{{readme.{key}}}}}: add {key} to [readme] in {shown(entry.registry_file)}"
            )
        return entry.readme[key]

    return _README_PLACEHOLDER.sub(fill, text)


def readme(
    entry: ApiEntry, root: Path, document: dict[str, Any], version: str, table: dict[str, dict[str, Any]], data: Any
) -> str:
    from .resources import plan_layer

    layer = plan_layer(entry, document, data)
    rows = "\n".join(
        f"| `{op}` | {info['method']} `{info['path']}` | `client.{layer.method_of(op)}` | "
        f"`{entry.package}.{info['module']}` |"
        for op, info in table.items()
    )
    source = (
        "an OpenAPI document we wrote from the vendor's documentation"
        if entry.source.kind == "authored"
        else (f"the vendor's published bundle ({entry.source.url})")
    )
    return f"""# {entry.distribution} {version}

Typed Python client (attrs models, httpx, sync and async) for the **{entry.title}**, API version
{document["info"]["version"]}. Generated from {source}; the last part of the version is the client revision.

Install it from your private package index only (see the monorepo README on dependency confusion):

```
pip install {entry.distribution}
```

The entry point is `connect(...)`: it returns a `{layer.client_class}`, the typed resource client
(`async with connect(...)` gives its async twin, `{layer.async_class}`). **[api.md](api.md) is the reference of
every namespace and method**: HTTP method and path, parameters, return type.

{_fragments(entry, root, document)}
## Operations (the lower layer)

Each method of the resource client calls one generated operation module, which can also be used on its own:
`sync`/`asyncio` return the success model (an error status raises), `sync_detailed`/`asyncio_detailed` the
status, headers and parsed body. They take the client as `client=`: the one `connect` returns, or the
lower-level `ApiClient` (timeouts, retries, typed errors) or the generated `Client`/`AuthenticatedClient`.

| operationId | request | resource method | module |
| --- | --- | --- | --- |
{rows}
"""


def _classifiers() -> str:
    """Trove classifiers: the Python versions the suite runs on (``versions.PYTHONS``), typed, never on PyPI.

    ``requires-python`` has no upper bound on purpose: with one, pip on a newer Python would silently pick an
    older release of the package instead of trying this one.
    """
    names = [
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3 :: Only",
        *(f"Programming Language :: Python :: {version}" for version in versions.PYTHONS),
        "Typing :: Typed",
        "Private :: Do Not Upload",
    ]
    return "".join(f'    "{name}",\n' for name in names)


def write_package_files(
    entry: ApiEntry,
    root: Path,
    project_dir: Path,
    document: dict[str, Any],
    version: str,
    table: dict[str, dict[str, Any]],
    data: Any,
) -> None:
    """``pyproject.toml``, ``README.md``, ``CHANGELOG.md``, ``py.typed`` and ``_spec.py`` of a built package;
    ``table`` is :func:`operations` of the API."""
    extra = "".join(f'    "{dep}",\n' for dep in _extra_dependencies(entry, root))
    (project_dir / "pyproject.toml").write_text(
        PYPROJECT.format(
            backend=versions.BUILD_BACKEND,
            distribution=entry.distribution,
            version=version,
            title=entry.title,
            api_version=document["info"]["version"],
            package=entry.package,
            extra_dependencies=extra,
            lowest_python=versions.PYTHONS[0],
            classifiers=_classifiers(),
        ),
        encoding="utf-8",
    )
    (project_dir / "README.md").write_text(readme(entry, root, document, version, table, data), encoding="utf-8")
    changelog = entry.folder / "CHANGELOG.md"
    if changelog.is_file():
        shutil.copyfile(changelog, project_dir / "CHANGELOG.md")
    else:
        (project_dir / "CHANGELOG.md").write_text(
            f"# Changelog\n\n## {version}\n\n- First release.\n", encoding="utf-8"
        )
    (project_dir / entry.package / "py.typed").write_text("", encoding="utf-8")  # PEP 561: ship the types
    (project_dir / entry.package / "_spec.py").write_text(
        manifest(entry, document, version, table, data), encoding="utf-8"
    )


def _extra_dependencies(entry: ApiEntry, root: Path) -> list[str]:
    """Runtime dependencies the overlay sets declare, one requirement per line in ``requirements.txt``."""
    deps: set[str] = set()
    for folder in set_folders(entry, root):
        listing = folder / "requirements.txt"
        if listing.is_file():
            lines = listing.read_text(encoding="utf-8").splitlines()
            deps.update(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    return sorted(deps)
