"""What the PlanningPME spec must keep from the vendor's pages and from the public integration seen calling the API.

The vendor's interactive documentation is per customer and not public, so the spec rests on two sources: the
developer page (French and Portuguese copies) and the calls one public integration makes. Everything beyond
the first is marked ``x-unverified``; everything in the second is declared.
"""

from __future__ import annotations

import datetime
import importlib
import re
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.quickstart import point_connect_at
from tests.vendors.spec_facts import api, document, operations, strict_errors

SPEC = "planningpme"

DOCUMENTED = {
    ("POST", "/token"),
    ("GET", "/api/config"),
    ("GET", "/api/task"),
    ("GET", "/api/task/{id}"),
    ("GET", "/api/oauth/client"),
    ("POST", "/api/oauth/client"),
    ("GET", "/api/oauth/token"),
    ("POST", "/api/oauth/token"),
}
"""Operations the vendor's developer page shows with their answers."""

OBSERVED = {
    ("PUT", "/token"),  # the integration signs in with PUT, not the documented POST
    ("POST", "/api/do/list"),
    ("GET", "/api/do/{key}"),
    ("GET", "/api/department"),
    ("GET", "/api/department/{id}"),
    ("GET", "/api/category"),
}
"""Calls the public integration makes (its paths relative to the brand's base address)."""

LOCAL_DATE_TIMES = ["2024-07-02 08:00:00", "2024-07-02T08:00:00"]
"""The two spellings of a planned item's start and end that the integration parses (no offset)."""


def test_every_observed_call_is_declared() -> None:
    assert sorted(OBSERVED - set(operations(document(SPEC)))) == []


def test_what_the_docs_do_not_show_is_marked_unverified() -> None:
    """Among them ``GET /api/customer`` and ``/api/customer/{id}``: kept (the docs describe REST resources read
    the way tasks are, and show ``POST /api/customer``), but marked, and their description says why."""
    unmarked = [
        f"{method} {path}"
        for (method, path), operation in operations(document(SPEC)).items()
        if (method, path) not in DOCUMENTED and operation.get("x-unverified") is not True
    ]
    assert unmarked == []
    customers = operations(document(SPEC))
    for key in (("GET", "/api/customer"), ("GET", "/api/customer/{id}")):
        assert "Kept although unverified" in customers[key]["description"]


@pytest.mark.parametrize("value", LOCAL_DATE_TIMES)
def test_planned_items_carry_local_date_times(value: str) -> None:
    item = {"key": 48213, "start": value, "end": value}
    assert strict_errors(document(SPEC), "#/components/schemas/DoItem", item) == []


def test_a_date_time_with_an_offset_is_not_what_planned_items_carry() -> None:
    item = {"key": 48213, "start": "2024-07-02T08:00:00Z"}
    assert strict_errors(document(SPEC), "#/components/schemas/DoItem", item) != []


@pytest.mark.parametrize("value", LOCAL_DATE_TIMES)
def test_the_client_reads_local_date_times_as_naive_datetimes(value: str) -> None:
    """Both spellings read as the same naive ``datetime`` (no zone guessed), written back in the ``T`` form the
    spec's pattern allows; an aware ``datetime`` is refused before it is sent, naming the property."""
    models = importlib.import_module("planningpme_client.models")
    item = models.DoItem.from_dict({"key": 48213, "start": value, "end": value})
    assert item.start == datetime.datetime.fromisoformat(value) and item.start.tzinfo is None
    written = item.to_dict()["start"]
    assert written == item.start.isoformat(timespec="seconds")
    assert strict_errors(document(SPEC), "#/components/schemas/DoItem", {"key": 1, "start": written}) == []
    item.end = item.start.replace(tzinfo=datetime.UTC)
    with pytest.raises(ValueError, match=r"^end: a local date-time takes a naive datetime") as caught:
        item.to_dict()
    assert type(caught.value).__name__ == "DateTimeOffsetError"


def test_a_naive_datetime_is_refused_where_the_spec_wants_an_offset() -> None:
    models = importlib.import_module("planningpme_client.models")
    query = models.DoQuery(date_from=datetime.datetime(2024, 7, 1), date_to=datetime.datetime(2024, 7, 2))
    with pytest.raises(ValueError, match=r"^dateFrom: a naive datetime"):
        query.to_dict()
    aware = models.DoQuery(
        date_from=datetime.datetime(2024, 7, 1, tzinfo=datetime.UTC),
        date_to=datetime.datetime(2024, 7, 2, tzinfo=datetime.UTC),
    )
    assert aware.to_dict()["dateFrom"] == "2024-07-01T00:00:00+00:00"


def test_both_token_methods_share_one_request_and_one_answer() -> None:
    token = document(SPEC)["paths"]["/token"]
    assert (
        token["post"]["requestBody"]
        == token["put"]["requestBody"]
        == {"$ref": "#/components/requestBodies/TokenRequest"}
    )
    assert token["post"]["responses"] == token["put"]["responses"]


def test_the_readme_shows_how_to_read_them(prism: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's "Planned items" block runs as written against Prism, and gives a naive ``datetime``."""
    entry = api(SPEC)
    recorder = point_connect_at(monkeypatch, entry, prism.url(entry))
    readme = (ROOT / "generated" / entry.distribution / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Planned items", 1)[1].split("\n## ", 1)[0]
    (code,) = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    exec(compile(code, "<README planned items>", "exec"), namespace)
    assert namespace["starts"] == datetime.datetime(2024, 7, 2, 8, 0)
    assert recorder.violations == []
