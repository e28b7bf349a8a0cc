"""The exact query strings and search bodies the Booqable client puts on the wire.

Booqable reads JSON:API bracket parameters (``page[number]=2``, ``filter[starts_at][gte]=...``,
``stats[total][]=count``); the generator on its own would send ``number=2`` and drop the brackets. A real
HTTP server on 127.0.0.1 records each raw request line, so these tests see exactly what httpx sent
(percent-encoded) as well as what the server decodes, for calls through the generated operation functions,
through ``connect`` and through the paginator.
"""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import booqable_client
import pytest
from booqable_client import AuthenticatedClient
from booqable_client.api.orders import list_orders
from booqable_client.api.plannings import list_plannings, search_plannings
from booqable_client.models.boolean_operators import BooleanOperators
from booqable_client.models.count_aggregation import CountAggregation
from booqable_client.models.datetime_operators import DatetimeOperators
from booqable_client.models.logical_operator import LogicalOperator
from booqable_client.models.numeric_aggregation import NumericAggregation
from booqable_client.models.order_stats_request import OrderStatsRequest
from booqable_client.models.planning_filter import PlanningFilter
from booqable_client.models.planning_kind import PlanningKind
from booqable_client.models.planning_kind_operators import PlanningKindOperators
from booqable_client.models.planning_search_filter import PlanningSearchFilter
from booqable_client.models.planning_search_group import PlanningSearchGroup
from booqable_client.models.planning_search_request import PlanningSearchRequest
from booqable_client.models.planning_stats_request import PlanningStatsRequest
from booqable_client.models.sparse_fieldsets import SparseFieldsets

from tests import loopback

UTC = datetime.UTC
EXAMPLES = json.loads((Path(__file__).parent / "fixtures" / "examples.json").read_text(encoding="utf-8"))["examples"]
PLANNING = next(e for e in EXAMPLES if (e["method"], e["path"]) == ("GET", "/api/4/plannings"))["body"]["data"][0]


@dataclass
class Captured:
    """One request as the server saw it: the raw request line, headers and body bytes."""

    line: str
    headers: dict[str, str]
    body: bytes

    @property
    def target(self) -> str:
        return self.line.split(" ")[1]

    @property
    def query(self) -> str:
        """The query string exactly as sent (still percent-encoded)."""
        return urlsplit(self.target).query

    @property
    def pairs(self) -> list[tuple[str, str]]:
        """The query as the server decodes it, in order, repeated keys kept."""
        return parse_qsl(self.query, keep_blank_values=True, strict_parsing=True)


@dataclass
class Recorder:
    url: str
    seen: list[Captured] = field(default_factory=list)
    reply: Callable[[Captured], tuple[int, Any]] = lambda captured: (200, {"data": []})


@pytest.fixture
def server() -> Iterator[Recorder]:
    recorder = Recorder(url="")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            captured = Captured(
                self.requestline, {k.lower(): v for k, v in self.headers.items()}, self.rfile.read(length)
            )
            recorder.seen.append(captured)
            status, body = recorder.reply(captured)
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/vnd.api+json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = _answer

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = loopback.start(httpd)
    recorder.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        yield recorder
    finally:
        loopback.stop(httpd, thread)


def client_for(server: Recorder) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=server.url, token="t0ken")


ORDER_ID = uuid.UUID("c6d1bf6f-0446-4fb2-a642-eb8accd39406")
JAN_1 = datetime.datetime(2024, 1, 1, tzinfo=UTC)

# (case, keyword arguments of list_plannings, decoded pairs, query string as httpx sends it)
CASES: list[tuple[str, dict[str, Any], list[tuple[str, str]], str]] = [
    ("page-number", {"page_number": 2}, [("page[number]", "2")], "page%5Bnumber%5D=2"),
    ("page-size", {"page_size": 25}, [("page[size]", "25")], "page%5Bsize%5D=25"),
    (
        "filter-datetime-utc",
        {"filter_": PlanningFilter(starts_at=DatetimeOperators(gte=JAN_1))},
        [("filter[starts_at][gte]", "2024-01-01T00:00:00Z")],
        "filter%5Bstarts_at%5D%5Bgte%5D=2024-01-01T00%3A00%3A00Z",
    ),
    (
        # `+` must be percent-encoded, or the server reads the offset as a space
        "filter-datetime-offset",
        {
            "filter_": PlanningFilter(
                stops_at=DatetimeOperators(
                    lt=datetime.datetime(2024, 1, 1, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
                )
            )
        },
        [("filter[stops_at][lt]", "2024-01-01T09:30:00+02:00")],
        "filter%5Bstops_at%5D%5Blt%5D=2024-01-01T09%3A30%3A00%2B02%3A00",
    ),
    (
        "filter-bare-boolean",
        {"filter_": PlanningFilter(archived=False)},
        [("filter[archived]", "false")],
        "filter%5Barchived%5D=false",
    ),
    (
        "filter-boolean-operator",
        {"filter_": PlanningFilter(reserved=BooleanOperators(eq=True))},
        [("filter[reserved][eq]", "true")],
        "filter%5Breserved%5D%5Beq%5D=true",
    ),
    (
        "filter-bare-uuid-and-integer-range",
        {"filter_": PlanningFilter(order_id=ORDER_ID, quantity=2)},
        [("filter[order_id]", str(ORDER_ID)), ("filter[quantity]", "2")],
        f"filter%5Border_id%5D={ORDER_ID}&filter%5Bquantity%5D=2",
    ),
    (
        "filter-enum-value-and-member",
        {"filter_": PlanningFilter(status="reserved", planning_type=PlanningKind.DOWNTIME)},
        [("filter[planning_type]", "downtime"), ("filter[status]", "reserved")],
        "filter%5Bplanning_type%5D=downtime&filter%5Bstatus%5D=reserved",
    ),
    (
        "filter-enum-operators",
        {"filter_": PlanningFilter(planning_type=PlanningKindOperators(not_eq="order"))},
        [("filter[planning_type][not_eq]", "order")],
        "filter%5Bplanning_type%5D%5Bnot_eq%5D=order",
    ),
    (
        "stats-aggregation-value",
        {"stats": PlanningStatsRequest(total=["count"])},
        [("stats[total][]", "count")],
        "stats%5Btotal%5D%5B%5D=count",
    ),
    (
        "fields",
        {"fields": SparseFieldsets(plannings="id,quantity")},
        [("fields[plannings]", "id,quantity")],
        "fields%5Bplannings%5D=id%2Cquantity",
    ),
    (
        "meta",
        {"meta": PlanningStatsRequest(total=[CountAggregation.COUNT])},
        [("meta[total][]", "count")],
        "meta%5Btotal%5D%5B%5D=count",
    ),
    (
        "stats",
        {"stats": PlanningStatsRequest(total=[CountAggregation.COUNT])},
        [("stats[total][]", "count")],
        "stats%5Btotal%5D%5B%5D=count",
    ),
    ("include", {"include": ["order", "item"]}, [("include", "order,item")], "include=order%2Citem"),
    ("include-tuple", {"include": ("order.customer",)}, [("include", "order.customer")], "include=order.customer"),
    ("include-string", {"include": "order,item"}, [("include", "order,item")], "include=order%2Citem"),
    ("sort", {"sort": "-starts_at,quantity"}, [("sort", "-starts_at,quantity")], "sort=-starts_at%2Cquantity"),
]


@pytest.mark.parametrize(("kwargs", "pairs", "query"), [pytest.param(*case[1:], id=case[0]) for case in CASES])
def test_list_plannings_query_string(server: Recorder, kwargs: dict[str, Any], pairs: Any, query: str) -> None:
    response = list_plannings.sync_detailed(client=client_for(server), **kwargs)
    assert response.status_code == 200
    (captured,) = server.seen
    assert captured.line == f"GET /plannings?{query} HTTP/1.1"
    assert captured.pairs == pairs


def test_every_parameter_at_once_in_spec_order(server: Recorder) -> None:
    """All list parameters together: one pair each, no Python spellings (``True``, ``None``, ``number=``)."""
    list_plannings.sync_detailed(
        client=client_for(server),
        include="order,item",
        fields=SparseFieldsets(plannings="id,quantity", orders="starts_at"),
        filter_=PlanningFilter(starts_at=DatetimeOperators(gte=JAN_1, lte=JAN_1.replace(month=2)), archived=False),
        sort="starts_at",
        stats=PlanningStatsRequest(total=[CountAggregation.COUNT]),
        meta=PlanningStatsRequest(total=[CountAggregation.COUNT]),
        page_number=2,
        page_size=25,
    )
    (captured,) = server.seen
    assert captured.pairs == [
        ("include", "order,item"),
        ("fields[orders]", "starts_at"),
        ("fields[plannings]", "id,quantity"),
        ("filter[archived]", "false"),
        ("filter[starts_at][gte]", "2024-01-01T00:00:00Z"),
        ("filter[starts_at][lte]", "2024-02-01T00:00:00Z"),
        ("sort", "starts_at"),
        ("stats[total][]", "count"),
        ("meta[total][]", "count"),
        ("page[number]", "2"),
        ("page[size]", "25"),
    ]
    for python_spelling in ("True", "False", "None", "UNSET", "number=", "pagenumber"):
        assert python_spelling not in captured.query


def test_a_list_of_aggregations_repeats_the_bracketed_key(server: Recorder) -> None:
    """Several aggregations of one field: ``stats[field][]=a&stats[field][]=b``, in the order given."""
    stats = OrderStatsRequest(grand_total_in_cents=[NumericAggregation.AVERAGE, NumericAggregation.SUM])
    list_orders.sync_detailed(client=client_for(server), stats=stats)
    (captured,) = server.seen
    assert captured.query == "stats%5Bgrand_total_in_cents%5D%5B%5D=average&stats%5Bgrand_total_in_cents%5D%5B%5D=sum"


async def test_async_variant_sends_the_same_query(server: Recorder) -> None:
    await list_plannings.asyncio_detailed(
        client=client_for(server), filter_=PlanningFilter(starts_at=DatetimeOperators(gte=JAN_1)), page_number=2
    )
    (captured,) = server.seen
    assert captured.query == "filter%5Bstarts_at%5D%5Bgte%5D=2024-01-01T00%3A00%3A00Z&page%5Bnumber%5D=2"


def test_connect_and_paginator_keep_the_filters_on_every_page(server: Recorder) -> None:
    """``client.paginate`` adds ``page[...]`` and the total request to the caller's own bracket parameters."""

    def pages(captured: Captured) -> tuple[int, Any]:
        number = int(dict(captured.pairs)["page[number]"])
        planning = {**PLANNING, "id": str(uuid.UUID(int=number))}
        return 200, {"data": [planning], "meta": {"stats": {"total": {"count": 2}}}}

    server.reply = pages
    with booqable_client.connect(company="acme", token="t0ken", base_url=server.url) as client:
        plannings = list(
            client.paginate(
                list_plannings,
                filter_=PlanningFilter(starts_at=DatetimeOperators(gte=JAN_1), archived=False),
                fields=SparseFieldsets(plannings="id,quantity"),
                include="order,item",
                page_size=1,
            )
        )
    assert [p.id for p in plannings] == [uuid.UUID(int=1), uuid.UUID(int=2)]
    assert len(server.seen) == 2
    for number, captured in enumerate(server.seen, 1):
        assert captured.line.startswith("GET /plannings?")
        assert sorted(captured.pairs) == sorted(
            [
                ("include", "order,item"),
                ("fields[plannings]", "id,quantity"),
                ("filter[archived]", "false"),
                ("filter[starts_at][gte]", "2024-01-01T00:00:00Z"),
                ("stats[total][]", "count"),
                ("page[number]", str(number)),
                ("page[size]", "1"),
            ]
        )
        assert "filter%5Bstarts_at%5D%5Bgte%5D=2024-01-01T00%3A00%3A00Z" in captured.query
        assert captured.headers["authorization"] == "Bearer t0ken"


# The nested search of Booqable's plannings page: (starts within the window) OR (stops within it).
SEARCH_JSON = {
    "fields": {"plannings": "id"},
    "filter": {
        "conditions": {
            "operator": "or",
            "attributes": [
                {
                    "operator": "and",
                    "attributes": [
                        {"starts_at": {"gte": "2026-07-31T11:19:14Z"}},
                        {"starts_at": {"lte": "2026-08-03T11:19:14Z"}},
                    ],
                },
                {
                    "operator": "and",
                    "attributes": [
                        {"stops_at": {"gte": "2026-07-31T11:19:14Z"}},
                        {"stops_at": {"lte": "2026-08-03T11:19:14Z"}},
                    ],
                },
            ],
        }
    },
}


def test_nested_search_body_is_sent_as_typed_models_describe_it(server: Recorder) -> None:
    """A search body built from the generated models goes out as the exact JSON the docs show, and parses back."""
    start = datetime.datetime(2026, 7, 31, 11, 19, 14, tzinfo=UTC)
    stop = datetime.datetime(2026, 8, 3, 11, 19, 14, tzinfo=UTC)

    def window(attribute: str) -> PlanningSearchGroup:
        return PlanningSearchGroup(
            operator=LogicalOperator.AND,
            attributes=[
                _filter(attribute, DatetimeOperators(gte=start)),
                _filter(attribute, DatetimeOperators(lte=stop)),
            ],
        )

    body = PlanningSearchRequest(
        fields=SparseFieldsets(plannings="id"),
        filter_=PlanningSearchFilter(
            conditions=PlanningSearchGroup(
                operator=LogicalOperator.OR, attributes=[window("starts_at"), window("stops_at")]
            )
        ),
    )
    response = search_plannings.sync_detailed(client=client_for(server), body=body, page_number=1, page_size=25)
    assert response.status_code == 200
    (captured,) = server.seen
    assert captured.line == "POST /plannings/search?page%5Bnumber%5D=1&page%5Bsize%5D=25 HTTP/1.1"
    assert captured.headers["content-type"] == "application/vnd.api+json"
    sent = json.loads(captured.body)
    assert sent == SEARCH_JSON

    parsed = PlanningSearchRequest.from_dict(sent)  # round trip: groups stay groups, conditions stay filters
    assert parsed.to_dict() == SEARCH_JSON
    assert isinstance(parsed.filter_, PlanningSearchFilter)
    top = parsed.filter_.conditions
    assert isinstance(top, PlanningSearchGroup) and top.operator is LogicalOperator.OR
    inner = top.attributes[0]
    assert isinstance(inner, PlanningSearchGroup) and inner.operator is LogicalOperator.AND
    condition = inner.attributes[0]
    assert isinstance(condition, PlanningFilter) and isinstance(condition.starts_at, DatetimeOperators)
    assert condition.starts_at.gte == start


def _filter(attribute: str, operators: DatetimeOperators) -> PlanningFilter:
    return PlanningFilter(**{attribute: operators})
