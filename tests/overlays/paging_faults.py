"""Lists that misbehave the way real servers do, and what a truthful run over them must show; shared by the
fixture package's tests (tests/overlays/test_paging_faults.py) and the vendor tests
(tests/vendors/test_paging_faults.py), so every API meets the same cases.

A run is truthful when it either hands out every item exactly once, in order, or raises a
``PaginationError`` whose ``state`` is the paginator's, after handing out a clean prefix of the list (nothing
repeated, nothing skipped). Servers are deterministic: a change is tied to the position of the page that
sees it (:class:`~tests.overlays.paging_server.Listing`), never to timing.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from tests.overlays.paging_server import Snapshot

SIZE = 5
"""Page size the tests ask for."""
COUNT = 23
"""Items in a list: four full pages of ``SIZE`` and a short one."""


@dataclass
class Target:
    """One page-style (or cursor) operation of one generated package, and how to call it."""

    operation: ModuleType
    client: Callable[[], Any]
    """A fresh client, for ``with`` or ``async with``."""
    key: Callable[[dict[str, Any]], Any]
    """An item's identity, from its wire form."""
    identified: bool
    """The items carry an ``id`` the paginator compares across pages."""
    arguments: dict[str, Any] = field(default_factory=dict)
    """Other arguments the operation needs."""

    @property
    def package(self) -> str:
        return self.operation.__name__.split(".")[0]

    @property
    def errors(self) -> ModuleType:
        return importlib.import_module(f"{self.package}.lib._errors")

    @property
    def scheme(self) -> Any:
        pagination = importlib.import_module(f"{self.package}.lib._pagination")
        operations = importlib.import_module(f"{self.package}.lib._operations")
        return pagination.scheme_for(operations.operation_of(self.operation))

    def start(self, page: int | None = None, size: int = SIZE) -> dict[str, Any]:
        """Arguments for a run asking ``size`` items a page, from page ``page`` (the first by default)."""
        scheme = self.scheme
        chosen = {scheme.size_param: size}
        if page is not None:
            chosen[scheme.param] = scheme.first + page
        return chosen


@dataclass
class Outcome:
    keys: list[Any]
    """Identities of the items handed out, in order."""
    error: Exception | None
    state: dict[str, Any] | None
    """``paginator.state`` after the run."""
    pages: list[Any]
    """The pages, when the run iterated pages."""


def _wire(item: Any) -> dict[str, Any]:
    return item.to_dict() if hasattr(item, "to_dict") else dict(item)


async def run(target: Target, mode: str, *, concurrency: int = 4, pages: bool = False, **kwargs: Any) -> Outcome:
    """One run of ``target`` (``mode`` "sync" or "async"); a ``PaginationError`` is caught into the outcome."""
    errors = target.errors
    keys: list[Any] = []
    seen_pages: list[Any] = []
    error: Exception | None = None
    arguments = {**target.arguments, **kwargs}
    if mode == "sync":
        with target.client() as client:
            paginator = client.paginate(target.operation, **arguments)
            try:
                if pages:
                    for page in paginator.pages():
                        seen_pages.append(page)
                        keys += [target.key(_wire(item)) for item in page.items]
                else:
                    for item in paginator:  # one at a time: what came before an error counts
                        keys.append(target.key(_wire(item)))
            except errors.PaginationError as caught:
                error = caught
    else:
        async with target.client() as client:
            paginator = client.apaginate(target.operation, concurrency=concurrency, **arguments)
            try:
                if pages:
                    async for page in paginator.pages():
                        seen_pages.append(page)
                        keys += [target.key(_wire(item)) for item in page.items]
                else:
                    async for item in paginator:
                        keys.append(target.key(_wire(item)))
            except errors.PaginationError as caught:
                error = caught
    return Outcome(keys, error, paginator.state, seen_pages)


def exactly_once(outcome: Outcome, expected: Sequence[Any]) -> None:
    assert outcome.error is None, f"the run raised {outcome.error!r}"
    assert outcome.keys == list(expected)
    assert outcome.state is None


def truthful(target: Target, outcome: Outcome, expected: Sequence[Any]) -> None:
    """Every item once, or a typed paging error after a clean prefix, with the paginator's state."""
    if outcome.error is None:
        exactly_once(outcome, expected)
        return
    assert isinstance(outcome.error, target.errors.PaginationError)
    assert outcome.error.state == outcome.state is not None
    assert json.loads(json.dumps(outcome.error.state)) == outcome.error.state
    assert outcome.keys == list(expected[: len(outcome.keys)]), "a clean prefix: nothing repeated or skipped"


# --- how the list changes during a run: the list each page position is served from --------------------------


def from_position(first: int, original: list[Any], changed: list[Any]) -> Snapshot:
    """Pages before ``first`` were served before the change, the others after it."""
    return lambda position: changed if position >= first else original


def at_positions(positions: set[int], original: list[Any], changed: list[Any]) -> Snapshot:
    """Only the pages at ``positions`` saw the change: with concurrent requests, pages served out of order."""
    return lambda position: changed if position in positions else original


def growing(original: list[Any], fresh: Callable[[int], list[Any]]) -> Snapshot:
    """One item more in front for every page further on: a list that keeps getting new entries."""
    added = fresh(64)
    return lambda position: added[:position][::-1] + original


def every_request(original: list[Any], fresh: Callable[[int], list[Any]]) -> Snapshot:
    """A new item in front of the list for every request served, in whatever order they come."""
    added = iter(fresh(256))
    current = list(original)

    def snapshot(position: int) -> list[Any]:
        served = list(current)
        current.insert(0, next(added))
        return served

    return snapshot


def swapped(original: list[Any], first: int, index: int) -> Snapshot:
    """From position ``first`` on, items ``index`` and ``index + 1`` change places (an unstable sort)."""
    changed = list(original)
    changed[index], changed[index + 1] = changed[index + 1], changed[index]
    return from_position(first, original, changed)
