"""The schema of ``specs/<api>/api.toml``: every key the pipeline reads, its type and its allowed values.

:func:`problems` checks a parsed file against it before anything else runs and returns one line per mistake,
each naming the file, the key (as ``[table.sub] key``) and, for a misspelt key or value, the closest valid one:

    specs/mini/api.toml: unknown key "overlay" (did you mean "overlays"?)
    specs/mini/api.toml: [pagination.listPlanProfiles] style = "page_number": not one of "cursor", ...

A key that is valid only for some values of a sibling (``page-param`` for the page styles of
``[pagination.<operationId>]``) says so. Adding a key the pipeline reads means adding it here.
"""

from __future__ import annotations

import difflib
import keyword
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .versioning import is_distribution_name

TYPE_NAMES = {"string": "a string", "integer": "an integer", "strings": "an array of strings", "table": "a table"}


@dataclass(frozen=True)
class Key:
    """One key of a table: its kind, whether it must be there, and what its value may be."""

    kind: str
    """``string``, ``integer``, ``strings`` (an array of strings) or ``table``."""
    required: bool = False
    choices: tuple[str, ...] = ()
    check: Callable[[Any], str | None] | None = None
    """Returns what is wrong with a value of the right kind, or None."""
    keys: Mapping[str, Key] | None = None
    """For a table with fixed keys: its keys."""
    values: Key | None = None
    """For a table whose keys are names (operationIds, placeholders): what every value must be."""
    when: tuple[str, tuple[str, ...]] | None = None
    """``(sibling, values)``: the key is read (and, if required, needed) only when the sibling has one of them."""
    needed_when: tuple[str, tuple[str, ...]] | None = None
    """``(sibling, values)``: the key is allowed always, and needed when the sibling has one of them."""
    example: str = ""
    """A valid line, shown after a wrong type."""


def _non_empty(value: str) -> str | None:
    return None if value.strip() else "must not be empty"


def _distribution(value: str) -> str | None:
    if is_distribution_name(value):
        return None
    return (
        "not a valid distribution name (letters, digits, '-', '_' and '.', starting and ending with a letter or digit)"
    )


def _package(value: str) -> str | None:
    if value.isidentifier() and not keyword.iskeyword(value):
        return None
    return "not a Python package name (letters, digits and '_', not starting with a digit)"


def _not_negative(value: int) -> str | None:
    return None if value >= 0 else "must be 0 or more"


def _positive(value: int) -> str | None:
    return None if value > 0 else "must be 1 or more"


def _http_url(value: str) -> str | None:
    parts = urllib.parse.urlsplit(value)
    return None if parts.scheme in {"http", "https"} and parts.netloc else "must be an http(s) URL"


def _relative_file(value: str) -> str | None:
    if not value.strip():
        return "must not be empty"
    return None if not value.startswith(("/", "\\")) else "must be a path relative to the API's folder"


PAGE_STYLES = ("page-number", "page-index")
PAGE_ONLY = ("style", PAGE_STYLES)
CURSOR_ONLY = ("style", ("cursor",))

PAGING: dict[str, Key] = {
    "style": Key("string", required=True, choices=("cursor", *PAGE_STYLES), example='style = "cursor"'),
    "items": Key("string", example='items = "data"'),
    "id": Key("string", example='id = "id"'),
    "cursor-param": Key("string", when=CURSOR_ONLY, example='cursor-param = "cursor"'),
    "next": Key("string", when=CURSOR_ONLY, example='next = "cursor.next"'),
    "page-param": Key("string", required=True, when=PAGE_ONLY, example='page-param = "page"'),
    "size-param": Key("string", required=True, when=PAGE_ONLY, example='size-param = "size"'),
    "size": Key("integer", check=_positive, when=PAGE_ONLY, example="size = 100"),
    "first": Key("integer", check=_not_negative, when=PAGE_ONLY, example="first = 1"),
    "total": Key("string", when=PAGE_ONLY, example='total = "meta.total"'),
    "total-request": Key("table", when=PAGE_ONLY, example="total-request = { withTotal = true }"),
}
"""``[pagination.<operationId>]``: see overlays/common/_pagination.py for what each key does."""

NAMES = Key("table", values=Key("string", check=_non_empty))

API: dict[str, Key] = {
    "title": Key("string", required=True, check=_non_empty, example='title = "Mini Planning API"'),
    "distribution": Key("string", required=True, check=_distribution, example='distribution = "mini-client"'),
    "package": Key("string", required=True, check=_package, example='package = "mini_client"'),
    "revision": Key("integer", required=True, check=_not_negative, example="revision = 1"),
    "vendor": Key("string", required=True, check=_non_empty, example='vendor = "mini"'),
    "overlays": Key("strings", example='overlays = ["common"]'),
    "spec": Key("string", check=_relative_file, example='spec = "openapi.yaml"'),
    "generator-config": Key("string", check=_relative_file, example='generator-config = "generator.yaml"'),
    "openapi-overlay": Key("string", check=_relative_file, example='openapi-overlay = "overlay.yaml"'),
    "retry-safe": Key("strings", example='retry-safe = ["searchOrders", "search*"]'),
    "source": Key(
        "table",
        keys={
            "kind": Key("string", required=True, choices=("authored", "download"), example='kind = "authored"'),
            "url": Key("string", check=_http_url, needed_when=("kind", ("download",)), example='url = "https://..."'),
        },
    ),
    "pagination": Key("table", values=Key("table", keys=PAGING)),
    "pagination-default": Key(
        "table",
        keys={
            **PAGING,
            "operations": Key("strings", required=True, example='operations = ["list*", "search*"]'),
            "exclude": Key("strings", example='exclude = ["listCountries"]'),
        },
    ),
    "readme": NAMES,
    "resources": Key("table", keys={"client": Key("string", check=_package), "namespaces": NAMES, "methods": NAMES}),
}
"""The top level of ``api.toml`` (README.md, "The registry", shows an example of each key)."""


@dataclass
class _Checker:
    file: str
    found: list[str] = field(default_factory=list)

    def say(self, where: tuple[str, ...], message: str) -> None:
        table = f"[{'.'.join(where)}] " if where else ""
        self.found.append(f"{self.file}: {table}{message}")

    def table(self, where: tuple[str, ...], raw: Mapping[str, Any], keys: Mapping[str, Key]) -> None:
        misspelt = set()  # keys an unknown key is probably meant to be: not reported missing as well
        for name, value in raw.items():
            key = keys.get(name)
            if key is None:
                self.say(where, f"unknown {_what(name, value)}{_suggestion(name, keys, value)}")
                misspelt.add(_closest(name, keys))
                continue
            if key.when is not None:
                sibling, allowed = key.when
                if _valid_choice(raw, sibling, keys) and raw[sibling] not in allowed:
                    self.say(
                        where,
                        f'"{name}" is read only when {sibling} is {_either(allowed)}, not {_toml(raw[sibling])}',
                    )
                    continue
            self.value(where, name, value, key)
        for name, key in keys.items():
            condition = key.when or key.needed_when
            if not (key.required or key.needed_when) or name in raw or name in misspelt:
                continue
            if condition is not None:
                sibling, allowed = condition
                if not _valid_choice(raw, sibling, keys) or raw[sibling] not in allowed:
                    continue
            needed = f" (needed when {condition[0]} = {_toml(raw[condition[0]])})" if condition else ""
            example = f", like: {key.example}" if key.example else ""
            self.say(where, f'missing required key "{name}"{needed}{example}')

    def value(self, where: tuple[str, ...], name: str, value: Any, key: Key) -> None:
        shown = f"{name} = {_toml(value)}"
        if not _is_kind(value, key.kind):
            example = f", like: {key.example}" if key.example else ""
            self.say(where, f"{shown}: expected {TYPE_NAMES[key.kind]}, found {_type_of(value)}{example}")
            return
        if key.choices and value not in key.choices:
            hint = _suggestion(value, key.choices)
            self.say(where, f"{shown}: not one of {', '.join(_toml(c) for c in key.choices)}{hint}")
            return
        if key.check is not None and (problem := key.check(value)) is not None:
            self.say(where, f"{shown}: {problem}")
            return
        if key.keys is not None:
            self.table((*where, name), value, key.keys)
        if key.values is not None:
            for inner, item in value.items():
                inner_key = key.values
                if inner_key.kind == "table" and _is_kind(item, "table") and inner_key.keys is not None:
                    self.table((*where, name, inner), item, inner_key.keys)
                else:
                    self.value((*where, name), inner, item, inner_key)


def problems(raw: Mapping[str, Any], file: str) -> list[str]:
    """Every mistake in a parsed ``api.toml`` (empty when it matches the schema), one line each."""
    checker = _Checker(file)
    checker.table((), raw, API)
    return checker.found


def _is_kind(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "strings":
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    return isinstance(value, dict)


def _valid_choice(raw: Mapping[str, Any], name: str, keys: Mapping[str, Key]) -> bool:
    """True when ``raw`` has ``name`` set to one of its allowed values (only then do its dependants count)."""
    return name in raw and raw[name] in keys[name].choices


def _type_of(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, list):
        return "an array with an item that is not a string"
    for kind, name in (("string", "a string"), ("integer", "an integer"), ("table", "a table")):
        if _is_kind(value, kind):
            return name
    return "a float" if isinstance(value, float) else "a date or time"


def _toml(value: Any) -> str:
    """A short TOML-like rendering of a value for a message."""
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{...}"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(item) for item in value[:3]) + (", ..." if len(value) > 3 else "") + "]"
    return str(value)


def _what(name: str, value: Any) -> str:
    return f"table [{name}]" if isinstance(value, dict) else f'key "{name}"'


def _either(values: tuple[str, ...]) -> str:
    quoted = [_toml(v) for v in values]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _suggestion(word: str, candidates: Mapping[str, Any] | tuple[str, ...], value: Any = None) -> str:
    """`` (did you mean "x"?)`` for the closest candidate, or the list of valid ones when none is close."""
    names = list(candidates)
    close = _closest(word, names)
    table = isinstance(value, dict)

    def render(name: str) -> str:
        return f"[{name}]" if table else f'"{name}"'

    if close is not None:
        return f" (did you mean {render(close)}?)"
    return f" (valid: {', '.join(render(n) for n in names)})"


def _closest(word: str, candidates: Mapping[str, Any] | tuple[str, ...] | list[str]) -> str | None:
    """The candidate ``word`` is most likely a misspelling of (``_`` for ``-`` and case count as equal)."""
    names = list(candidates)
    folded = {name.replace("_", "-").lower(): name for name in names}
    exact = folded.get(word.replace("_", "-").lower())
    return exact or next(iter(difflib.get_close_matches(word, names, n=1, cutoff=0.6)), None)
