"""The overlay sets of an API inside its package: which modules ship into ``<package>/lib/``, and what they export.

An API lists its sets in ``overlays`` of its ``api.toml`` (``["common"]``, or ``["common", "<vendor>"]``).
Their modules are pooled in that order; a file two sets both have is an error, except the entry point
``_connect.py`` and the README fragment ``README.md``, which a later set ships to replace the earlier one's
(a vendor's own ``connect`` in place of the generic one).

A module ships only where it is used: when the generated code imports it, when it is the entry point
(``_connect.py``), when a module that ships imports it, or when the spec needs what it is for (:data:`WHEN`).
A package therefore holds no hand-written module it never imports.

What the package exports is declared once, in the ``__all__`` of each overlay module (``[]`` when it exports
nothing; its siblings may still import anything from it). The pipeline reads those lists and writes
``lib/__init__.py`` from them: the names for type checkers, ``__all__`` and the table of the one lazy loader
(``lib/_lazy.py``). The package's ``__init__.py`` re-exports ``lib.__all__``.
"""

from __future__ import annotations

import ast
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import GenerationError, shown
from .registry import ApiEntry

__all__ = ["REPLACEABLE", "WHEN", "Module", "install_overlays", "pooled", "readme_fragment", "set_folders"]

REPLACEABLE = frozenset({"_connect.py", "README.md"})
"""Files a later overlay set may ship again, replacing an earlier set's: the entry point and the README part."""
ENTRY_POINT = "_connect"
LOADER = "_lazy"
"""The lazy loader ``lib/__init__.py`` (and the package's and the models' ``__init__.py``) import."""


def _takes_if_match(operations: dict[str, dict[str, Any]]) -> bool:
    return any(
        parameter["in"] == "header" and parameter["name"].lower() == "if-match"
        for info in operations.values()
        for parameter in info["parameters"]
    )


WHEN: dict[str, tuple[str, Callable[[dict[str, dict[str, Any]]], bool]]] = {
    "_writes": ("an operation takes an If-Match header", _takes_if_match),
}
"""Modules nothing imports that ship when the spec needs them: module -> (why, test on ``_spec.OPERATIONS``)."""


@dataclass(frozen=True)
class Module:
    """One overlay module as the pipeline sees it, without importing it."""

    name: str
    """The module name in ``lib`` (``_client``)."""
    source: Path
    exports: tuple[str, ...]
    """Its ``__all__``: what the package exports from it."""
    imports: frozenset[str]
    """The ``lib`` modules it imports (``from ._x import ...``, at any depth of the module)."""


def set_folders(entry: ApiEntry, root: Path) -> list[Path]:
    """The folders of the API's overlay sets, in the order ``overlays`` lists them."""
    return [root / "overlays" / name for name in entry.overlays]


def _files(entry: ApiEntry, root: Path) -> dict[str, Path]:
    """File name -> the file of the sets that counts (a later set's replaceable file wins)."""
    found: dict[str, Path] = {}
    for folder in set_folders(entry, root):
        if not folder.is_dir():
            raise GenerationError(f"{shown(entry.registry_file)}: overlay set {folder.name!r} has no folder {folder}")
        for path in sorted(folder.iterdir()):
            if path.is_dir():
                if path.name != "__pycache__" and any(path.rglob("*.py")):
                    raise GenerationError(f"{shown(path)}: an overlay set is flat; move its modules up one level")
                continue
            if path.name in found and path.name not in REPLACEABLE:
                raise GenerationError(
                    f"{shown(path)} and {shown(found[path.name])} would both become lib/{path.name}; only "
                    f"{' and '.join(sorted(REPLACEABLE))} may be replaced by a later set"
                )
            found[path.name] = path
    return found


def readme_fragment(entry: ApiEntry, root: Path) -> Path | None:
    """The README part of the package: the ``README.md`` of the last set that has one."""
    return _files(entry, root).get("README.md")


def _exports(tree: ast.Module, source: Path) -> tuple[str, ...]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not (isinstance(target, ast.Name) and target.id == "__all__"):
            continue
        if isinstance(value, ast.List | ast.Tuple):
            names = [item.value for item in value.elts if isinstance(item, ast.Constant)]
            if len(names) == len(value.elts) and all(isinstance(name, str) for name in names):
                return tuple(map(str, names))
        raise GenerationError(f"{shown(source)}:{node.lineno}: __all__ must be a literal list of names")
    raise GenerationError(
        f"{shown(source)}: no __all__; list the names the package exports from this module ([] for none)"
    )


def _imports(tree: ast.Module) -> frozenset[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
    return frozenset(found)


def _read(source: Path) -> Module:
    try:
        tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    except SyntaxError as exc:
        raise GenerationError(f"{shown(source)}:{exc.lineno}: not valid Python: {exc.msg}") from None
    return Module(source.stem, source, _exports(tree, source), _imports(tree))


def pooled(entry: ApiEntry, root: Path) -> dict[str, Module]:
    """Every module the API's overlay sets offer, by name in ``lib``."""
    modules = {}
    for name, path in _files(entry, root).items():
        if path.suffix != ".py":
            continue
        if not name.startswith("_") or name == "__init__.py":
            raise GenerationError(
                f"{shown(path)}: overlay modules are private (_name.py) and lib/__init__.py is written by the "
                "pipeline; a module's __all__ says what the package exports from it"
            )
        modules[path.stem] = _read(path)
    return modules


_LIB_IMPORT = re.compile(r"^[ \t]*from[ \t]+\.+lib(?:\.(\w+))?[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)", re.MULTILINE)


def _used_by_generated_code(package_dir: Path) -> set[str]:
    """The ``lib`` modules the generated modules of the package import (``from ...lib._errors import``)."""
    used: set[str] = set()
    for path in package_dir.rglob("*.py"):
        if path.relative_to(package_dir).parts[0] == "lib":
            continue
        for match in _LIB_IMPORT.finditer(path.read_text(encoding="utf-8")):
            if match.group(1):
                used.add(match.group(1))
            else:
                names = (part.split(" as ")[0].strip() for part in match.group(2).strip("()").split(","))
                used.update(name for name in names if name.startswith("_"))
    return used


def _shipped(entry: ApiEntry, offered: dict[str, Module], roots: Iterable[tuple[str, str]]) -> list[Module]:
    """The closure of ``roots`` (module, who needs it) over the modules' imports; a missing one is an error."""
    needed: dict[str, str] = {}
    queue = list(roots)
    while queue:
        name, wanted_by = queue.pop(0)
        if name in needed:
            continue
        if name not in offered:
            sets = ", ".join(entry.overlays) or "none"
            raise GenerationError(
                f"{shown(entry.registry_file)}: {wanted_by} imports lib.{name}, which none of the overlay sets "
                f"({sets}) has"
            )
        needed[name] = wanted_by
        queue += [(imported, shown(offered[name].source)) for imported in sorted(offered[name].imports)]
    return [offered[name] for name in sorted(needed)]


def _lib_init(entry: ApiEntry, modules: list[Module]) -> str:
    owner: dict[str, Module] = {}
    for module in modules:
        for name in module.exports:
            if name in owner:
                raise GenerationError(
                    f"{shown(module.source)} and {shown(owner[name].source)} both export {name!r} (__all__)"
                )
            owner[name] = module
    names = sorted(owner)
    typing = "".join(f"    from .{owner[n].name} import {n} as {n}\n" for n in names) or "    pass\n"
    table = "".join(f'        "{n}": ".{owner[n].name}",\n' for n in names)
    listed = "".join(f'    "{n}",\n' for n in names)
    return f'''"""What {entry.package} adds by hand: the names its overlay modules export, each loaded on first use.

Written by the pipeline (specs/_pipeline/overlay_sets.py) from the ``__all__`` of the modules of the overlay
sets {", ".join(entry.overlays)}; do not edit. Nothing is imported until a name is used (``_lazy.py``).
"""

from typing import TYPE_CHECKING

from .{LOADER} import lazy_exports

if TYPE_CHECKING:
{typing}
__all__ = [
{listed}]

__getattr__, __dir__ = lazy_exports(
    __name__,
    {{
{table}    }},
)
'''


def install_overlays(
    entry: ApiEntry, root: Path, package_dir: Path, operations: dict[str, dict[str, Any]]
) -> list[Module]:
    """Copy the modules the package uses into ``package_dir/lib`` and write its ``__init__.py``.

    Run after everything else of the package is generated, so that what the generated code imports is known.
    An API that lists no overlay set gets an empty ``lib`` (a package the pipeline's own tests build only).
    """
    lib = package_dir / "lib"
    lib.mkdir(parents=True, exist_ok=True)
    offered = pooled(entry, root)
    if not entry.overlays:
        (lib / "__init__.py").write_text('"""No overlay sets for this API."""\n\n__all__: list[str] = []\n', "utf-8")
        return []
    roots = [(name, "the generated code") for name in sorted(_used_by_generated_code(package_dir))]
    roots += [(LOADER, "lib/__init__.py")] + [(ENTRY_POINT, "lib/__init__.py")] * (ENTRY_POINT in offered)
    roots += [
        (name, f"the spec ({why})") for name, (why, needs) in WHEN.items() if name in offered and needs(operations)
    ]
    modules = _shipped(entry, offered, roots)
    for module in modules:
        shutil.copyfile(module.source, lib / module.source.name)
    (lib / "__init__.py").write_text(_lib_init(entry, modules), encoding="utf-8")
    return modules
