"""The base URL of an API, taken from the ``servers`` of its spec so the URL lives in one place.

A server variable is often a tenant name that comes from the caller's own data (Booqable's company
subdomain, PlanningPME's brand), so its value is checked against what its place in the URL may hold before
it goes in: one DNS label inside a host name, a host name where the whole host is the variable, exactly one
path segment in the path, one of the spec's ``enum`` when it lists some. ``evil.invalid/``, ``x@evil.invalid``,
``:443/x``, ``#``, ``?`` or ``../other`` can therefore never move a request, and its credentials, elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

__all__: list[str] = []

_VARIABLE: Final = re.compile(r"\{([^{}]+)\}")
_LABEL: Final = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")
_HOST: Final = re.compile(r"(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*")
_SEGMENT: Final = re.compile(r"[A-Za-z0-9_.~-]{1,200}")


def check_tenant(name: str, value: str, place: str, allowed: list[str] | None = None) -> str:
    """``value`` when it may stand for the server variable ``name`` at ``place`` (``"label"``, ``"host"`` or
    ``"segment"``); else ``ValueError`` in one line, saying what it may be."""
    if allowed and value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, allowed))}")
    if place == "label":
        ok, what = bool(_LABEL.fullmatch(value)), "one DNS label: letters, digits and inner hyphens, at most 63"
    elif place == "host":
        ok, what = bool(_HOST.fullmatch(value)), "a host name: DNS labels joined by dots"
    else:
        ok = bool(_SEGMENT.fullmatch(value)) and bool(value.strip("."))
        what = "one path segment: letters, digits, '-', '_', '.', '~' (not only dots), at most 200"
    if not ok:
        raise ValueError(f"{name} must be {what}; it is used in the API's address")
    return value


def place_of(url: str, name: str) -> str:
    """Where ``{name}`` stands in the server URL ``url``: in the host (the whole host or a label of it) or the path."""
    rest = url.split("://", 1)[-1]
    host = rest.split("/", 1)[0]
    token = "{" + name + "}"
    if token not in host:
        return "segment"
    return "host" if host.split(":", 1)[0] == token else "label"


def server_url(servers: list[dict[str, Any]], index: int = 0, **variables: str) -> str:
    """The spec's ``servers[index]`` URL with its ``{variables}`` filled from ``variables`` (empty: the default).

    A variable with neither a value nor a default is an error that names it, rather than a URL with braces; a
    value that does not fit its place is refused (:func:`check_tenant`).
    """
    if not servers:
        raise ValueError("the spec declares no server: pass base_url")
    server = servers[index]
    template = str(server["url"])
    specs: Mapping[str, Any] = server.get("variables", {})
    defaults = {name: str(spec.get("default", "")) for name, spec in specs.items()}

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        given = variables.get(name)
        value = given or defaults.get(name)
        if not value:
            raise ValueError(f"the server URL needs a value for {name!r}")
        if given:
            enum = specs.get(name, {}).get("enum")
            check_tenant(name, given, place_of(template, name), [str(e) for e in enum] if enum else None)
        return value

    return _VARIABLE.sub(fill, template).rstrip("/")
