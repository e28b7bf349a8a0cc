"""Overlay sets in a package (specs/_pipeline/overlay_sets.py): which modules ship, what the package exports, and
the structure of the overlays themselves (no import cycles, ``common`` self-contained)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path
from typing import Any

import pytest

from specs._pipeline.errors import GenerationError
from specs._pipeline.overlay_sets import install_overlays, readme_fragment
from specs._pipeline.registry import ApiEntry, load_entry
from tests.conftest import REGISTRY, ROOT
from tests.fixture_apis import FIXTURE_APIS, generate_fixture

GENERATED = ("_spec", "client", "types", "resources")
"""The generated modules an overlay module may import (``from .._spec import ...``)."""


def scratch(tmp_path: Path, sets: dict[str, dict[str, str]], *, generated: str = "") -> tuple[ApiEntry, Path]:
    """A repository with overlay ``sets`` (set -> file -> text) and a demo API listing them in that order, and a
    package folder whose generated code is one module holding ``generated``."""
    for name, files in sets.items():
        for file, text in files.items():
            (tmp_path / "overlays" / name).mkdir(parents=True, exist_ok=True)
            (tmp_path / "overlays" / name / file).write_text(text, encoding="utf-8")
    folder = tmp_path / "specs" / "demo"
    folder.mkdir(parents=True)
    listed = ", ".join(f'"{name}"' for name in sets)
    (folder / "api.toml").write_text(
        'title = "Demo"\ndistribution = "demo-client"\npackage = "demo_client"\nrevision = 1\nvendor = "demo"\n'
        f"overlays = [{listed}]\n",
        encoding="utf-8",
    )
    package = tmp_path / "build" / "demo_client"
    (package / "api").mkdir(parents=True)
    (package / "api" / "op.py").write_text(generated, encoding="utf-8")
    return load_entry(folder), package


LAZY = {"_lazy.py": "__all__: list[str] = []\n"}


def shipped(package: Path) -> list[str]:
    return sorted(p.name for p in (package / "lib").iterdir())


def test_a_module_ships_when_the_generated_code_or_a_shipped_module_imports_it(tmp_path: Path) -> None:
    common = {
        **LAZY,
        "_errors.py": "from ._text import short\n__all__ = ['ApiError']\nclass ApiError(Exception): ...\n",
        "_text.py": "__all__: list[str] = []\ndef short() -> None: ...\n",
        "_unused.py": "__all__ = ['Unused']\nclass Unused: ...\n",
    }
    entry, package = scratch(tmp_path, {"common": common}, generated="    from ...lib._errors import ApiError\n")
    install_overlays(entry, tmp_path, package, {})
    assert shipped(package) == ["__init__.py", "_errors.py", "_lazy.py", "_text.py"]
    init = (package / "lib" / "__init__.py").read_text()
    assert "from ._errors import ApiError as ApiError" in init and '"ApiError": "._errors"' in init
    assert "Unused" not in init


def test_the_safe_write_helpers_ship_when_an_operation_takes_if_match(tmp_path: Path) -> None:
    common = {**LAZY, "_writes.py": "__all__ = ['read_modify_write']\ndef read_modify_write() -> None: ...\n"}
    entry, package = scratch(tmp_path, {"common": common})
    header = {"in": "header", "name": "If-Match", "python_name": "if_match", "required": True}
    install_overlays(entry, tmp_path, package, {"getThing": {"parameters": []}})
    assert "_writes.py" not in shipped(package)
    install_overlays(entry, tmp_path, package, {"putThing": {"parameters": [header]}})
    assert "_writes.py" in shipped(package)


def test_a_later_set_replaces_the_entry_point_and_the_readme_part_and_nothing_else(tmp_path: Path) -> None:
    generic = "__all__ = ['connect']\ndef connect() -> None: ...\n"
    vendor = "from ._auth import Key\n__all__ = ['connect']\ndef connect() -> None: ...\n"
    sets = {
        "common": {**LAZY, "_connect.py": generic, "README.md": "generic\n"},
        "vendor": {"_connect.py": vendor, "_auth.py": "__all__ = ['Key']\nclass Key: ...\n", "README.md": "ours\n"},
    }
    entry, package = scratch(tmp_path, sets)
    install_overlays(entry, tmp_path, package, {})
    assert (package / "lib" / "_connect.py").read_text() == vendor
    assert shipped(package) == ["__init__.py", "_auth.py", "_connect.py", "_lazy.py"]
    assert readme_fragment(entry, tmp_path) == tmp_path / "overlays" / "vendor" / "README.md"

    (tmp_path / "overlays" / "vendor" / "_lazy.py").write_text("__all__: list[str] = []\n")
    with pytest.raises(GenerationError, match=r"would both become lib/_lazy\.py; only README\.md and _connect\.py"):
        install_overlays(entry, tmp_path, package, {})


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"_a.py": "x = 1\n"}, r"_a\.py: no __all__; list the names the package exports from this module"),
        ({"_a.py": "__all__ = sorted(['x'])\n"}, r"_a\.py:1: __all__ must be a literal list of names"),
        ({"__init__.py": "__all__ = []\n"}, r"lib/__init__\.py is written by the pipeline"),
        ({"public.py": "__all__ = []\n"}, r"overlay modules are private \(_name\.py\)"),
        ({"_a.py": "__all__ = [\n"}, r"_a\.py:1: not valid Python"),
        ({"_a.py": "__all__ = ['X']\nX = 1\n", "_b.py": "__all__ = ['X']\nX = 2\n"}, r"both export 'X'"),
        ({"_a.py": "from ._gone import x\n__all__ = ['a']\na = 1\n"}, r"_a\.py imports lib\._gone, which none"),
    ],
)
def test_a_broken_overlay_set_stops_generation_naming_the_file(
    tmp_path: Path, files: dict[str, str], message: str
) -> None:
    generated = "from ...lib._a import a\n" if "_a.py" in files else ""
    entry, package = scratch(tmp_path, {"common": {**LAZY, **files}}, generated=generated + "from ...lib._b import X\n")
    if "_b.py" not in files:
        (package / "api" / "op.py").write_text(generated, encoding="utf-8")
    with pytest.raises(GenerationError, match=message):
        install_overlays(entry, tmp_path, package, {})


def test_generated_code_that_needs_a_module_no_set_has_is_an_error(tmp_path: Path) -> None:
    entry, package = scratch(tmp_path, {"vendor": {**LAZY}}, generated="from ...lib._fields import FieldError\n")
    with pytest.raises(GenerationError, match=r"the generated code imports lib\._fields, which none of the overlay"):
        install_overlays(entry, tmp_path, package, {})


# --- the overlays as they are ----------------------------------------------------------------------------


def _relative_imports(path: Path) -> list[tuple[int, str]]:
    """(level, first module name) of every relative import of ``path``, wherever it stands in the module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            names = [node.module.split(".")[0]] if node.module else [a.name for a in node.names]
            found += [(node.level, name) for name in names]
    return found


def test_the_common_set_is_self_contained() -> None:
    """Its modules import each other and the generated modules only: a package with overlays = ["common"] works."""
    common = ROOT / "overlays" / "common"
    names = {p.stem for p in common.glob("_*.py")}
    for module in sorted(common.glob("*.py")):
        for level, name in _relative_imports(module):
            assert (level == 1 and name in names) or (level == 2 and name in GENERATED), f"{module.name}: {name}"


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one node (Tarjan), or of one that imports itself."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _graph(folder: Path) -> dict[str, set[str]]:
    modules = {p.stem for p in folder.glob("*.py")}
    return {p.stem: {n for lvl, n in _relative_imports(p) if lvl == 1 and n in modules} for p in folder.glob("*.py")}


@pytest.mark.parametrize("entry", [*REGISTRY, *FIXTURE_APIS], ids=lambda e: e.name)
def test_no_import_cycle_among_the_modules_a_package_ships(entry: ApiEntry) -> None:
    """Counting every import: at the top, inside functions and for type checkers only."""
    if entry in FIXTURE_APIS:
        generate_fixture(entry)
    lib = Path(importlib.import_module(f"{entry.package}.lib").__file__ or "").parent
    assert _cycles(_graph(lib)) == []


def test_no_import_cycle_in_the_pipeline() -> None:
    assert _cycles(_graph(ROOT / "specs" / "_pipeline")) == []


def test_the_cycle_finder_finds_one() -> None:
    graph: dict[str, Any] = {"_client": {"_pagination"}, "_pagination": {"_client", "_errors"}, "_errors": set()}
    assert _cycles(graph) == [["_client", "_pagination"]]
