"""What a user writes with the clients: namespaces, paging, includes and errors, sync and async.

tests/typing/test_typecheck.py checks this file with ``mypy --strict`` and with pyright; every ``assert_type``
holds for both (the item types are the models, not ``Any``). The same test then runs it against local
transports, so what type-checks also works.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, assert_type
from uuid import UUID

import httpx
from booqable_client import (
    AsyncBooqable,
    Booqable,
    HTTPStatusError,
    NotFoundError,
    NotIncludedError,
    Page,
    Paginator,
    connect,
)
from booqable_client.api.orders import get_order, list_orders
from booqable_client.lib import AsyncPaginator
from booqable_client.models import (
    Bundle,
    Customer,
    Line,
    Order,
    OrderResponse,
    OrderWriteAttributes,
    Product,
    ProductGroup,
    ResourceObject,
)
from booqable_client.types import Unset
from optiflow_planning_client import OptiflowPlanning
from optiflow_planning_client import Paginator as ProfilePaginator
from optiflow_planning_client.models import PlanProfile
from planningpme_client import Paginator as TaskPaginator
from planningpme_client import PlanningPME
from planningpme_client.models import Task

ORDER_ID = "c6d1bf6f-0446-4fb2-a642-eb8accd39406"


def order_numbers(client: Booqable) -> list[int]:
    """Every order's number, through the namespace, its pages and the lower-level ``paginate``."""
    numbers: list[int] = []
    orders = client.orders.list(include=["customer"], max_items=50)
    assert_type(orders, Paginator[Order])
    for order in orders:
        assert_type(order, Order)
        assert_type(order.id, UUID)
        if order.attributes and isinstance(order.attributes.number, int):
            numbers.append(order.attributes.number)
    for page in client.orders.list(max_pages=1).pages():
        assert_type(page, Page[Order])
        assert_type(page.items, list[Order])
    lower = client.paginate(list_orders, max_items=10)
    assert_type(lower, Paginator[Order])
    assert [order.id for order in lower]
    return numbers


def one_order_with_customer(client: Booqable) -> list[ResourceObject]:
    """``get`` takes the id as the string it arrived as; what ``include`` asked for comes back typed."""
    order = client.orders.get(ORDER_ID, include=("customer",))
    assert_type(order, Order)  # the resource, not its JSON:API document
    by_uuid = client.orders.get(UUID(ORDER_ID))
    assert_type(by_uuid, Order)
    document = get_order.sync(ORDER_ID, client=client, include=["customer"])  # the lower layer: the document
    assert_type(document, OrderResponse)
    for record in document.included or []:  # free-form JSON objects are plain dicts
        assert_type(record.attributes, dict[str, Any] | Unset)
    return document.included or []


def resolved_relationships(client: Booqable) -> str | None:
    """Included records are the models: ``order.customer`` a ``Customer`` (``None``: the order has none),
    ``order.lines`` a ``list[Line]``; one that was not included raises ``NotIncludedError``. Writes take them too."""
    order = client.orders.get(ORDER_ID, include=["customer", "lines"])
    customer = order.customer
    assert_type(customer, Customer | None)
    assert_type(order.lines, list[Line])
    for line in order.lines:
        assert_type(line.item, Product | Bundle | ProductGroup | None)
        assert_type(line.order, Order | None)
    try:
        order.start_location  # noqa: B018
    except NotIncludedError as error:
        assert_type(error.relationship, str)
    update = OrderWriteAttributes().relate(customer=customer)
    assert_type(update, OrderWriteAttributes)
    if customer is None or not customer.attributes or not isinstance(customer.attributes.name, str):
        return None
    return customer.attributes.name


def keyword_writes(client: Booqable) -> Order:
    """Bodies as keywords: the JSON:API document, its ``type`` and the relationship ids are filled in; a related
    record goes by model or by id, and what comes back is the resource."""
    customer = client.customers.create(name="Rent-a-Tent Ltd", email="hello@rent-a-tent.example")
    assert_type(customer, Customer)
    starts = datetime(2030, 6, 7, 9, 0, tzinfo=UTC)
    order = client.orders.create(customer=customer, starts_at=starts, stops_at=starts + timedelta(days=3))
    assert_type(order, Order)
    again = client.orders.create(customer=str(customer.id), tag_list=("webshop",))  # an id; any sequence
    assert_type(again, Order)
    return order


def call_surface(client: Booqable) -> str | None:
    """Per-call options on any method, ``with_options`` with the same names, and the raw answer typed."""
    order = client.orders.get(ORDER_ID, timeout=5, extra_headers={"X-Trace": "1"}, extra_query={"v": 1}, retry=False)
    assert_type(order, Order)
    raw = client.orders.with_raw_response.get(ORDER_ID, include=["customer"])
    assert_type(raw.parse(), Order)
    assert_type(raw.parse_envelope(), OrderResponse)
    assert_type(raw.status_code, int)
    page = client.orders.with_raw_response.list(page_size=1)
    assert_type(page.parse(), Page[Order])
    quick = client.with_options(retry=False, extra_query={"debug": 1})
    assert_type(quick, Booqable)
    assert raw.parse().id == order.id and [o.id for o in page.parse().items] == [order.id]
    return raw.etag


def missing_order(client: Booqable) -> int:
    """Errors raise; the HTTP status errors always carry their response."""
    try:
        client.orders.get("00000000-0000-0000-0000-000000000000")
    except NotFoundError as error:
        assert_type(error.response, httpx.Response)
        assert_type(error.status, int)
        assert error.response.headers["content-type"].startswith("application/")
        return error.status
    except HTTPStatusError as error:
        return error.status
    raise AssertionError("a missing order raises NotFoundError")


async def async_order_ids(client: AsyncBooqable) -> list[UUID]:
    """The async client: coroutine methods and ``async for`` over typed paginators."""
    orders = client.orders.list(max_items=50, concurrency=2)
    assert_type(orders, AsyncPaginator[Order])
    ids = [order.id async for order in orders]
    order = await client.orders.get(ORDER_ID)
    assert_type(order, Order)
    return [*ids, order.id]


async def async_connect(transport: httpx.AsyncBaseTransport) -> list[UUID]:
    """``async with connect(...)`` gives the async client."""
    async with connect(company="my-company", token="my-token", transport=transport) as client:
        assert_type(client, AsyncBooqable)
        return await async_order_ids(client)


def sync_connect(transport: httpx.BaseTransport) -> tuple[list[int], int]:
    """``with connect(...)`` gives the sync client."""
    with connect(company="my-company", token="my-token", transport=transport) as client:
        assert_type(client, Booqable)
        one_order_with_customer(client)
        assert resolved_relationships(client) == "Ada"
        assert call_surface(client) is None  # the mock sends no ETag
        return order_numbers(client), missing_order(client)


def plan_profile_names(client: OptiflowPlanning) -> list[str]:
    profiles = client.plan_profiles.list(limit=500)
    assert_type(profiles, ProfilePaginator[PlanProfile])
    return [profile.name for profile in profiles]


def task_labels(client: PlanningPME) -> list[str]:
    tasks = client.tasks.list(page_size=20)
    assert_type(tasks, TaskPaginator[Task])
    first = client.tasks.get(756)
    assert_type(first, Task)
    return [task.label for task in tasks if isinstance(task.label, str)]


def misspelt_options() -> None:
    """A misspelt keyword fails both checkers (and, at run time, at once): each ignore below is needed, and an
    unneeded one is an error for both (mypy's ``warn_unused_ignores``, pyright's
    ``reportUnnecessaryTypeIgnoreComment``). Not run: it would raise ``TypeError``."""
    connect(company="my-company", token="my-token", timout=5)  # type: ignore[call-arg]
    client = connect(company="my-company", token="my-token", timeout=5, max_response_bytes=10_000_000)
    client.with_options(max_retrys=8)  # type: ignore[call-arg]
    client.with_options(max_retries=8, timeout=60)
