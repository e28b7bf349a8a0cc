"""The README's "Related records" and "A booking, end to end" sections run as written, sync and async, against
Prism started from the Booqable spec.

Prism checks every request against the spec (a request that does not fit is answered 422, which raises) and
answers with the spec's own examples. One thing the examples cannot show is a compound document: Booqable's
documented "fetch an order" example asks for nothing to be included. So the Prism of this test serves the
spec with one example swapped: ``GET /orders/{id}`` answers an order with its customer, lines and plannings
(and their products and bundles) included, put together from the spec's examples of those resources. Nothing
else changes; what the blocks send, and in which order, is checked here too.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import json
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from specs._pipeline.registry import ApiEntry
from tests.conftest import PRISM, REGISTRY, ROOT, free_port, spec_document, wait_for_port
from tests.quickstart import run_block
from tests.vendors.paging import example_body

ENTRY = next(entry for entry in REGISTRY if entry.vendor == "booqable")
SECTIONS = ("## Related records", "## A booking, end to end")


def section_blocks(entry: ApiEntry, title: str) -> list[str]:
    readme = (ROOT / "generated" / entry.distribution / "README.md").read_text(encoding="utf-8")
    assert title in readme, f"the README has no {title!r} section"
    section = readme.split(title, 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def created(entry: ApiEntry, operation: str) -> dict[str, Any]:
    """The documented answer of a create operation (201) or another POST (200): what Prism sends back."""
    info = importlib.import_module(f"{entry.package}._spec").OPERATIONS[operation]
    responses = spec_document(entry)["paths"][info["path"]][info["method"].lower()]["responses"]
    status = next(code for code in ("201", "200") if code in responses)
    media = next(iter(responses[status]["content"].values()))
    return copy.deepcopy(media["example"])


def _data(entry: ApiEntry, operation: str) -> dict[str, Any]:
    body = example_body(entry, operation)["data"]
    return copy.deepcopy(body[0] if isinstance(body, list) else body)


def _link(record: dict[str, Any]) -> dict[str, str]:
    return {"type": record["type"], "id": record["id"]}


def compound_order(entry: ApiEntry) -> dict[str, Any]:
    """The documented order with its customer, two lines (a product and a bundle), their items and plannings."""
    order, customer = _data(entry, "getOrder"), _data(entry, "getCustomer")
    product, bundle = _data(entry, "getProduct"), _data(entry, "getBundle")
    lines = [_data(entry, "getLine"), _data(entry, "getLine")]
    plannings = [_data(entry, "getPlanning"), _data(entry, "getPlanning")]
    for number, (line, planning, item) in enumerate(zip(lines, plannings, (product, bundle), strict=True), start=1):
        line["id"] = f"1e5a7c00-0000-4000-8000-00000000000{number}"
        planning["id"] = f"9a7e1700-0000-4000-8000-00000000000{number}"
        line["attributes"]["title"] = item["attributes"]["name"]
        planning["attributes"]["quantity"] = 2 if item is product else 1
        line["relationships"] = {
            "item": {"data": _link(item)},
            "order": {"data": _link(order)},
            "planning": {"data": _link(planning)},
        }
        planning["relationships"] = {"item": {"data": _link(item)}}
    order["relationships"] = {
        "customer": {"data": _link(customer)},
        "lines": {"data": [_link(line) for line in lines]},
        "plannings": {"data": [_link(planning) for planning in plannings]},
    }
    return {"data": order, "included": [customer, *lines, *plannings, product, bundle], "meta": {}}


@pytest.fixture(scope="module")
def prism_with_compound_order(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, Any]]]:
    if not PRISM.exists():
        pytest.fail(f"Prism is not installed: run `npm ci --prefix tests/prism` [{PRISM}]")
    document = copy.deepcopy(spec_document(ENTRY))
    compound = compound_order(ENTRY)
    media = document["paths"]["/orders/{id}"]["get"]["responses"]["200"]["content"]
    for content in media.values():
        content.pop("examples", None)
        content["example"] = compound
    scratch = tmp_path_factory.mktemp("prism-booking")
    spec = scratch / "booqable.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    port = free_port()
    with (scratch / "prism.log").open("wb") as log:
        process = subprocess.Popen(
            [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), str(spec)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "NO_COLOR": "1"},
        )
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}", compound
    finally:
        process.terminate()
        process.wait(timeout=10)


class Recorder:
    """Every request the blocks send, and every response Prism flagged as not matching the spec."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.violations: list[str] = []

    def request(self, request: httpx.Request) -> Any:
        self.requests.append(request)
        return _Done()

    def response(self, response: httpx.Response) -> Any:
        if "sl-violations" in response.headers:
            self.violations.append(f"{response.request.url}: {response.headers['sl-violations']}")
        return _Done()

    def calls(self) -> list[str]:
        return [f"{r.method} {r.url.path}" for r in self.requests]


class _Done:
    def __await__(self) -> Iterator[Any]:
        yield from ()


def point_at(monkeypatch: pytest.MonkeyPatch, base_url: str) -> Recorder:
    """Make ``connect`` send to ``base_url`` and record what goes out and what Prism thought of its answers."""
    module = importlib.import_module(f"{ENTRY.package}.lib._connect")
    monkeypatch.setattr(module, "SERVERS", [{"url": base_url}])
    recorder = Recorder()
    real = module.ResourceClient

    class Recording:
        @staticmethod
        def build(**kwargs: Any) -> Any:
            kwargs["event_hooks"] = {"request": [recorder.request], "response": [recorder.response]}
            return real.build(**kwargs)

    monkeypatch.setattr(module, "ResourceClient", Recording)
    return recorder


def test_the_related_records_block_runs_as_written(
    prism_with_compound_order: tuple[str, dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, compound = prism_with_compound_order
    recorder = point_at(monkeypatch, url)
    (block,) = section_blocks(ENTRY, "## Related records")
    run_block(block, "related records")
    assert recorder.violations == []
    assert recorder.calls() == ["GET /orders/c6d1bf6f-0446-4fb2-a642-eb8accd39406"]
    assert recorder.requests[0].url.params["include"] == "customer,lines.item"
    order = compound["data"]["attributes"]
    starts_at = order["starts_at"] and datetime.datetime.fromisoformat(order["starts_at"])
    customer = compound["included"][0]["attributes"]["name"]
    lines = [record["attributes"] for record in compound["included"][1:3]]
    out = capsys.readouterr().out.splitlines()
    assert out[:-1] == [
        f"{order['number']} {order['status']} {starts_at}",  # read directly, typed as sent
        f"customer: {customer}",
        f"product {lines[0]['title']} {lines[0]['quantity']}",
        f"bundle {lines[1]['title']} {lines[1]['quantity']}",
    ]
    assert out[-1].startswith("not in the response: orders ") and "include='start_location'" in out[-1]


def test_the_booking_flow_runs_as_written_sync_and_async(
    prism_with_compound_order: tuple[str, dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, compound = prism_with_compound_order
    recorder = point_at(monkeypatch, url)
    sync_block, async_block = section_blocks(ENTRY, "## A booking, end to end")
    run_block(sync_block, "booking flow")
    run_block(async_block, "booking flow, async")
    assert recorder.violations == []

    order_id = created(ENTRY, "createOrder")["data"]["id"]
    flow = [
        "POST /customers",
        "POST /orders",
        "GET /inventory_availabilities",
        "POST /order_fulfillments",  # book a product and a bundle
        "POST /order_status_transitions",  # reserve
        f"GET /orders/{order_id}",  # with its lines' items and plannings
        "POST /order_fulfillments",  # start
        "POST /order_fulfillments",  # stop
        f"GET /orders/{order_id}",  # with its customer and lines
    ]
    assert recorder.calls() == flow + flow  # sync, then async

    bodies = [json.loads(r.content) if r.content else None for r in recorder.requests[: len(flow)]]
    customer_id = created(ENTRY, "createCustomer")["data"]["id"]
    assert bodies[1]["data"]["attributes"]["customer_id"] == customer_id  # customer=customer
    booking, reserving, start, stop = bodies[3], bodies[4], bodies[6], bodies[7]
    assert [a["action"] for a in booking["data"]["attributes"]["actions"]] == ["book_product", "book_bundle"]
    assert {b["data"]["attributes"]["order_id"] for b in (booking, reserving, start, stop)} == {order_id}
    assert reserving["data"]["attributes"]["transition_to"] == "reserved"
    tent_planning = compound["included"][3]
    product = compound["included"][5]
    expected = {"product_id": product["id"], "planning_id": tent_planning["id"], "quantity": 2}
    assert start["data"]["attributes"]["actions"] == [{"action": "start_product", **expected}]
    assert stop["data"]["attributes"]["actions"] == [{"action": "stop_product", **expected}]
    query = recorder.requests[2].url.params
    assert query["filter[item_id]"] and query["filter[location_id]"] and query["filter[from]"]
    includes = [recorder.requests[i].url.params["include"] for i in (5, 8)]
    assert includes == ["lines.item,lines.planning", "customer,lines"]

    customer = compound["included"][0]["attributes"]["name"]
    titles = [record["attributes"]["title"] for record in compound["included"][1:3]]
    shown = f"order {compound['data']['id']} for {customer}: {titles}"
    out = capsys.readouterr().out.splitlines()
    assert out.count(shown) == 2, out  # the sync run, then the async one
    assert sum(line.startswith("tents free over the period:") for line in out) >= 2


def test_the_readme_sections_are_in_the_package_readme() -> None:
    """Both sections come from overlays/booqable/README.md: related records in one block, the booking in two."""
    source = Path(ROOT / "overlays" / "booqable" / "README.md").read_text(encoding="utf-8")
    for title, blocks in zip(SECTIONS, (1, 2), strict=True):
        assert title in source
        assert len(section_blocks(ENTRY, title)) == blocks


def test_the_sync_booking_takes_at_most_40_lines_and_6_imported_names() -> None:
    """Say it once: the whole sync booking (imports and constants included) fits in 40 code lines and imports
    at most six names, where the envelope-and-model form took 121 lines and 34 names."""
    sync_block = section_blocks(ENTRY, "## A booking, end to end")[0]
    code = [line for line in sync_block.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    imported = [
        name.strip()
        for line in code
        if line.startswith(("import ", "from "))
        for name in line.split(" import ", 1)[-1].removeprefix("import ").split(",")
    ]
    assert len(code) <= 40, len(code)
    assert len(imported) <= 6, imported


def test_prism_refuses_an_include_path_the_operation_does_not_document(
    prism_with_compound_order: tuple[str, dict[str, Any]],
) -> None:
    """The spec lists each operation's include paths: ``lines.item`` reaches lines from one order, not a list."""
    url, _ = prism_with_compound_order
    with httpx.Client(base_url=url, headers={"Authorization": "Bearer t0ken"}) as http:
        listed = http.get("/orders", params={"include": "customer,start_location"})
        too_far = http.get("/orders", params={"include": "customer,lines.item"})
        one = http.get(f"/orders/{compound_order(ENTRY)['data']['id']}", params={"include": "customer,lines.item"})
    assert (listed.status_code, too_far.status_code, one.status_code) == (200, 422, 200)
