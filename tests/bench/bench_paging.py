"""Pagination: every item of a paged list through the package's paginator vs a hand-written httpx loop,
and the async paginator (prefetching, total known) vs sequential paging when every page takes 50 ms.

The API is PlanningPME's ``listTasks`` (page-index style with ``totalItems``), served from precomputed pages.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx

from tests.bench.server import serve
from tests.bench.timing import Row, side_by_side

THROUGHPUT_TARGET = 1.2
TYPED_TARGET = 1.5
"""Typed, validated models per item against the same loop keeping plain dicts: at most half again."""
CONCURRENCY_TARGET = 5.0
PAGE_SIZE = 100
LATENCY = 0.05
CONCURRENCY = 8


def task(key: int) -> dict[str, Any]:
    return {
        "key": key,
        "label": f"Piano lessons for beginners #{key}",
        "type": 1467,
        "style": {"backgroundColor": "#65A18D", "color": "#000000"},
    }


def task_pages(total: int) -> dict[int, bytes]:
    """Page index -> the JSON body of that page, for ``total`` tasks."""
    pages = max(1, -(-total // PAGE_SIZE))
    return {
        index: json.dumps(
            {
                "totalItems": total,
                "items": [task(k) for k in range(index * PAGE_SIZE, min(total, (index + 1) * PAGE_SIZE))],
            }
        ).encode()
        for index in range(pages)
    }


def _routes(pages: dict[int, bytes]) -> dict[str, Any]:
    return {"/bench/api/task": lambda query: pages[int(query["pageIndex"])]}


def raw_loop(http: httpx.Client, parse: Callable[[Any], Any] | None = None) -> list[Any]:
    """What a caller writes without the package: ask page after page until the total is reached.

    With ``parse`` (the generated page model's ``from_dict``) the loop hands out the same typed items as the
    paginator, so the two differ only by the paging machinery; without it, items stay plain dicts.
    """
    items: list[Any] = []
    index = 0
    while True:
        response = http.get("/bench/api/task", params={"pageIndex": index, "pageSize": PAGE_SIZE})
        response.raise_for_status()
        body = response.json()
        items.extend(parse(body).items if parse is not None else body["items"])
        index += 1
        if not body["items"] or len(items) >= body["totalItems"]:
            return items


def throughput(total: int = 100_000, repeat: int = 5) -> list[Row]:
    """Two rows: paging overhead (both sides build typed models), and what the typed models cost on top."""
    from planningpme_client import connect
    from planningpme_client.api.task import list_tasks
    from planningpme_client.models import TaskList

    with serve(_routes(task_pages(total))) as url:
        client = connect(brand="bench", app_key="bench-key", host=url)
        raw = httpx.Client(base_url=url, headers={"X-APPKEY": "bench-key"})
        with client, raw:

            def ours() -> None:
                assert sum(1 for _ in client.paginate(list_tasks, page_size=PAGE_SIZE)) == total

            def typed_loop() -> None:
                assert len(raw_loop(raw, TaskList.from_dict)) == total

            def dict_loop() -> None:
                assert len(raw_loop(raw)) == total

            mine, same_models = side_by_side(ours, typed_loop, repeat)
            mine_again, dicts = side_by_side(ours, dict_loop, repeat)
    return [
        Row(
            f"paginate {total:,} items vs raw httpx loop building the same models",
            mine,
            same_models,
            THROUGHPUT_TARGET,
            "ratio",
        ),
        Row(
            f"paginate {total:,} items (typed models) vs raw httpx loop of plain dicts",
            mine_again,
            dicts,
            TYPED_TARGET,
            "ratio",
        ),
    ]


def concurrency(pages: int = 40, repeat: int = 3) -> Row:
    from planningpme_client import connect
    from planningpme_client.api.task import list_tasks

    total = pages * PAGE_SIZE
    with serve(_routes(task_pages(total)), latency=LATENCY) as url:

        async def prefetching() -> int:
            # An httpx async client belongs to one event loop: a new client for each asyncio.run.
            async with connect(brand="bench", app_key="bench-key", host=url) as client:
                paginator = client.apaginate(list_tasks, page_size=PAGE_SIZE, concurrency=CONCURRENCY)
                return sum([1 async for _ in paginator])

        def concurrent() -> None:
            assert asyncio.run(prefetching()) == total

        def sequential() -> None:
            with connect(brand="bench", app_key="bench-key", host=url) as client:
                assert sum(1 for _ in client.paginate(list_tasks, page_size=PAGE_SIZE)) == total

        concurrent()  # the first async run imports anyio and its backend: not part of paging
        mine, theirs = side_by_side(concurrent, sequential, repeat)
    return Row(
        f"async paginator, {pages} pages x {LATENCY * 1000:.0f} ms, concurrency {CONCURRENCY}, vs sequential",
        mine,
        theirs,
        CONCURRENCY_TARGET,
        "speedup",
    )


def run(total: int = 100_000, repeat: int = 5, pages: int = 40) -> list[Row]:
    return [*throughput(total, repeat), concurrency(pages, repeat)]
