"""Every Python block of every README, and a user's script, type-check with ``mypy --strict`` and pyright.

The blocks are the package READMEs' (generated from the overlay fragments) and the monorepo README's; the
script is ``user_script.py`` next to this file, whose ``assert_type`` calls pin the item types of the typed
paginators to the models; ``misspelt.py`` beside it holds what they must refuse (a misspelt include path,
filter value...): its lines marked ``# refused`` must be errors, and no other line of any file may be one.
Both checkers must agree: pyright (pinned in ``package.json`` here, installed by ``npm ci`` in nox's tests
session) runs in strict mode. The package READMEs' blocks also run as written in tests/vendors; here the
script and the monorepo README's block run against mock transports.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import REGISTRY, ROOT

HERE = Path(__file__).resolve().parent
PYRIGHT = HERE / "node_modules" / ".bin" / "pyright"
ORDER_ID = "c6d1bf6f-0446-4fb2-a642-eb8accd39406"
MISSING_ID = "00000000-0000-0000-0000-000000000000"
MISSPELT = "misspelt.py"
REFUSED = sorted(
    number for number, line in enumerate((HERE / MISSPELT).read_text().splitlines(), 1) if "  # refused" in line
)
"""The lines of ``misspelt.py`` that both checkers must refuse."""


def readme_blocks() -> list[tuple[str, str]]:
    """(module name, code) of every ``python`` block of the monorepo README and of each package README."""
    sources = [("monorepo", ROOT / "README.md")]
    sources += [(entry.package, ROOT / "generated" / entry.distribution / "README.md") for entry in REGISTRY]
    found = []
    for label, path in sources:
        blocks = re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.DOTALL)
        assert blocks, f"{path} has no python block"
        found += [(f"readme_{label}_{number}", code) for number, code in enumerate(blocks, start=1)]
    return found


@dataclass
class Checked:
    """The README blocks and the user script as modules in one folder, and pyright already checking them."""

    files: list[Path]
    pyright: subprocess.Popen[str] | None
    """pyright runs in its own process while mypy runs in this one (two checkers, two cores): started with
    the files, read by test_pyright_agrees. ``None`` when pyright is not installed."""


def _start_pyright(files: list[Path]) -> subprocess.Popen[str] | None:
    if not PYRIGHT.exists():
        return None
    config = files[0].parent / "pyrightconfig.json"
    config.write_text(
        json.dumps(
            {
                "extraPaths": _search_paths(),
                "pythonVersion": "3.11",
                "typeCheckingMode": "strict",
                "reportUnnecessaryTypeIgnoreComment": "error",
            }
        ),
        encoding="utf-8",
    )
    command = [str(PYRIGHT), "--outputjson", "-p", str(config), "--pythonpath", sys.executable, *map(str, files)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Checked]:
    """The README blocks as modules, plus the user script, in one folder."""
    folder = tmp_path_factory.mktemp("typing")
    files = []
    for name, code in readme_blocks():
        files.append(folder / f"{name}.py")
        files[-1].write_text(code, encoding="utf-8")
    for script in ("user_script.py", MISSPELT):
        files.append(folder / script)
        shutil.copyfile(HERE / script, files[-1])
    both = Checked(files, _start_pyright(files))
    yield both
    if both.pyright is not None and both.pyright.poll() is None:
        both.pyright.kill()
        both.pyright.wait()


def test_every_package_readme_block_is_collected() -> None:
    names = [name for name, _ in readme_blocks()]
    assert any(name.startswith("readme_monorepo_") for name in names)
    for entry in REGISTRY:
        assert sum(name.startswith(f"readme_{entry.package}_") for name in names) >= 4, entry.package


def test_mypy_strict(checked: Checked) -> None:
    from mypy import api

    cache = ROOT / ".cache" / "mypy-typing"
    arguments = ["--strict", "--python-version", "3.11", "--cache-dir", str(cache), *map(str, checked.files)]
    out, err, _ = api.run(arguments)
    errors = re.findall(r"^(.+?):(\d+): error:", out, flags=re.MULTILINE)
    assert not err and out.count(": error:") == len(errors), out
    assert [e for e in errors if Path(e[0]).name != MISSPELT] == [], f"mypy --strict:\n{out}"
    assert sorted({int(line) for name, line in errors if Path(name).name == MISSPELT}) == REFUSED, out


def _search_paths() -> list[str]:
    """Where the generated packages are: the repository's generated/ folders (editable or PYTHONPATH)."""
    return [str(ROOT / "generated" / entry.distribution) for entry in REGISTRY]


def test_pyright_agrees(checked: Checked) -> None:
    if checked.pyright is None:
        if os.environ.get("CI"):
            pytest.fail(f"pyright is not installed: npm ci --prefix {HERE}")
        pytest.skip(f"pyright is not installed here: npm ci --prefix {HERE}")
    stdout, _ = checked.pyright.communicate(timeout=300)
    report = json.loads(stdout)
    errors = [
        (Path(d["file"]).name, d["range"]["start"]["line"] + 1, d["message"])
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert report["summary"]["filesAnalyzed"] == len(checked.files)
    problems = [f"{name}:{line}: {message}" for name, line, message in errors if name != MISSPELT]
    assert not problems, "pyright:\n" + "\n".join(problems)
    assert sorted({line for name, line, _ in errors if name == MISSPELT}) == REFUSED, errors


# --- what type-checks also runs ------------------------------------------------------------------------


def _order(number: int, identifier: str = ORDER_ID) -> dict[str, Any]:
    return {"id": identifier, "type": "orders", "attributes": {"number": number}}


def booqable(request: httpx.Request) -> httpx.Response:
    """Orders: one page of one order (with the total), the order itself, and 404 for any other id."""
    path = request.url.path
    if path.endswith("/orders"):
        return httpx.Response(200, json={"data": [_order(7)], "meta": {"stats": {"total": {"count": 1}}}})
    if path.endswith(f"/orders/{ORDER_ID}"):
        customer = {"id": str(uuid.UUID(int=1)), "type": "customers"}
        order = {**_order(7), "relationships": {"customer": {"data": customer}, "lines": {"data": []}}}
        return httpx.Response(200, json={"data": order, "included": [{**customer, "attributes": {"name": "Ada"}}]})
    errors = {"errors": [{"status": "404", "code": "resources_not_found", "title": "Resource(s) not found"}]}
    return httpx.Response(404, json=errors, headers={"content-type": "application/vnd.api+json"})


def writes(sent: list[Any]) -> Callable[[httpx.Request], httpx.Response]:
    """POST /customers and /orders: the document sent, answered as created (with an id), kept in ``sent``."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        sent.append(body)
        created = {**body["data"], "id": str(uuid.UUID(int=len(sent)))}
        return httpx.Response(201, json={"data": created}, headers={"content-type": "application/vnd.api+json"})

    return handler


def request_for(order_id: str) -> httpx.Request:
    return httpx.Request("GET", f"https://my-shop.booqable.com/api/4/orders/{order_id}")


def optiflow(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/token"):
        return httpx.Response(200, json={"access_token": "t", "token_type": "Bearer", "expires_in": 3600})
    if request.url.path.endswith("/plan-profiles"):
        return httpx.Response(200, json={"data": [{"name": "Default"}], "cursor": {}})
    return httpx.Response(404, json={"type": "about:blank", "title": "Not Found", "status": 404})


def planningpme(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/token"):
        return httpx.Response(200, json={"access_token": "t", "token_type": "bearer", "expires_in": 3600})
    if request.url.path.endswith("/api/task"):
        return httpx.Response(200, json={"items": [{"key": 756, "label": "Delivery"}], "totalItems": 1})
    return httpx.Response(200, json={"key": 756, "label": "Delivery"})


def test_the_user_script_runs() -> None:
    script = importlib.import_module("tests.typing.user_script")
    connect = importlib.import_module("booqable_client").connect
    transport = httpx.MockTransport(booqable)
    numbers, status = script.sync_connect(transport)
    assert numbers == [7]
    assert status == 404
    assert asyncio.run(script.async_connect(transport)) == [uuid.UUID(ORDER_ID)] * 2

    sent: list[Any] = []
    with connect(company="c", token="t", transport=httpx.MockTransport(writes(sent))) as client:
        order = script.keyword_writes(client)
    customer = str(uuid.UUID(int=1))
    assert sent[0] == {
        "data": {"type": "customers", "attributes": {"name": "Rent-a-Tent Ltd", "email": "hello@rent-a-tent.example"}}
    }
    assert sent[1]["data"]["type"] == "orders"
    assert sent[1]["data"]["attributes"] == {
        "customer_id": customer,
        "starts_at": "2030-06-07T09:00:00Z",
        "stops_at": "2030-06-10T09:00:00Z",
    }
    assert sent[2]["data"]["attributes"] == {"customer_id": customer, "tag_list": ["webshop"]}
    assert order.id == uuid.UUID(int=2)

    optiflow_client = importlib.import_module("optiflow_planning_client").connect
    with optiflow_client(client_id="i", client_secret="s", transport=httpx.MockTransport(optiflow)) as client:
        assert script.plan_profile_names(client) == ["Default"]
    pme = importlib.import_module("planningpme_client").connect
    with pme(brand="b", app_key="k", username="u", password="p", transport=httpx.MockTransport(planningpme)) as client:
        assert script.task_labels(client) == ["Delivery"]


def _route(monkeypatch: pytest.MonkeyPatch, package: str, handler: Callable[[httpx.Request], httpx.Response]) -> None:
    """Make ``package``'s ``connect`` send everything to ``handler``."""
    module = importlib.import_module(f"{package}.lib._connect")
    real = module.ResourceClient

    class Routed:
        @staticmethod
        def build(**kwargs: Any) -> Any:
            return real.build(transport=httpx.MockTransport(handler), **kwargs)

    monkeypatch.setattr(module, "ResourceClient", Routed)


def test_the_monorepo_readme_block_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def lists_only(request: httpx.Request) -> httpx.Response:  # the block's order is missing: it shows the 404
        return booqable(request if request.url.path.endswith("/orders") else request_for(MISSING_ID))

    _route(monkeypatch, "booqable_client", lists_only)
    _route(monkeypatch, "optiflow_planning_client", optiflow)
    (code,) = [code for name, code in readme_blocks() if name.startswith("readme_monorepo_")]
    exec(compile(code, "<README.md>", "exec"), {"__name__": "__readme__"})
    assert capsys.readouterr().out.split("\n")[:3] == [f"{ORDER_ID} 7", "404 application/vnd.api+json", "Default"]
