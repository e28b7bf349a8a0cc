"""The base URL of an API, taken from the ``servers`` of its spec so the URL lives in one place."""

from __future__ import annotations

import re
from typing import Any

__all__: list[str] = []

_VARIABLE = re.compile(r"\{([^{}]+)\}")


def server_url(servers: list[dict[str, Any]], index: int = 0, **variables: str) -> str:
    """The spec's ``servers[index]`` URL with its ``{variables}`` filled from ``variables`` (empty: the default).

    A variable with neither a value nor a default is an error that names it, rather than a URL with braces.
    """
    if not servers:
        raise ValueError("the spec declares no server: pass base_url")
    server = servers[index]
    defaults = {name: str(spec.get("default", "")) for name, spec in server.get("variables", {}).items()}

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        value = variables.get(name) or defaults.get(name)
        if not value:
            raise ValueError(f"the server URL needs a value for {name!r}")
        return value

    return _VARIABLE.sub(fill, str(server["url"])).rstrip("/")
