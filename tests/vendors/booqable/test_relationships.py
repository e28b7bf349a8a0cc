"""JSON:API relationships resolved into the typed models, through ``connect`` against a real server on 127.0.0.1.

The server keeps a handful of orders, customers, lines, products and bundles and answers like Booqable: a
record's ``relationships`` carry linkage only for what ``include`` asked for, and each related record comes
once in ``included`` (never the primary records). Then ``order.customer`` must be the ``Customer`` model,
``order.lines`` a list of ``Line``, for ``get``, ``list``, every item of a paginator (sync and async) and
``client.paginate``; what was not included raises ``NotIncludedError``; an empty relationship is ``None`` or
``[]``; cycles (order -> lines -> order) give back the same objects; and writes take the related model.
"""

from __future__ import annotations

import copy
import gc
import importlib
import json
import pickle
import weakref
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import pytest

from specs._pipeline.registry import ApiEntry
from tests.conftest import REGISTRY
from tests.overlays.fault_server import FaultServer, Reply, Seen, serve

ENTRIES = [pytest.param(entry, id=entry.name) for entry in REGISTRY if entry.vendor == "booqable"]

ORDER_1 = "0b0c9a4e-0000-4000-8000-000000000001"
ORDER_2 = "0b0c9a4e-0000-4000-8000-000000000002"
ORDER_3 = "0b0c9a4e-0000-4000-8000-000000000003"
CUSTOMER = "c0570e70-0000-4000-8000-000000000001"
LINE_1 = "11e00000-0000-4000-8000-000000000001"
LINE_2 = "11e00000-0000-4000-8000-000000000002"
LINE_3 = "11e00000-0000-4000-8000-000000000003"
PRODUCT = "940d0c70-0000-4000-8000-000000000001"
BUNDLE = "b0d1e000-0000-4000-8000-000000000001"

Key = tuple[str, str]

RECORDS: dict[Key, dict[str, Any]] = {
    ("orders", ORDER_1): {
        "attributes": {"number": 1},
        "customer": ("customers", CUSTOMER),
        "lines": [("lines", LINE_1), ("lines", LINE_2)],
    },
    ("orders", ORDER_2): {"attributes": {"number": None}, "customer": None, "lines": []},  # no number yet
    ("orders", ORDER_3): {
        "attributes": {"number": 3},
        "customer": ("customers", CUSTOMER),
        "lines": [("lines", LINE_3)],
    },
    ("customers", CUSTOMER): {"attributes": {"name": "Rent-a-Tent Ltd"}},
    ("lines", LINE_1): {
        "attributes": {"title": "Tent", "quantity": 2},
        "order": ("orders", ORDER_1),
        "item": ("products", PRODUCT),
    },
    ("lines", LINE_2): {
        "attributes": {"title": "Party set", "quantity": 1},
        "order": ("orders", ORDER_1),
        "item": ("bundles", BUNDLE),
    },
    ("lines", LINE_3): {
        "attributes": {"title": "Tent", "quantity": 5},
        "order": ("orders", ORDER_3),
        "item": ("products", PRODUCT),
    },
    ("products", PRODUCT): {"attributes": {"name": "Tent"}},
    ("bundles", BUNDLE): {"attributes": {"name": "Party set"}},
}
ORDERS = [ORDER_1, ORDER_2, ORDER_3]


def include_tree(include: str | None) -> dict[str, Any]:
    """``customer,lines.item`` -> ``{"customer": {}, "lines": {"item": {}}}``."""
    tree: dict[str, Any] = {}
    for path in filter(None, (include or "").split(",")):
        node = tree
        for name in path.split("."):
            node = node.setdefault(name, {})
    return tree


def compound(
    primary: list[Key], include: str | None, query: dict[str, str] | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The primary records and ``included`` of a document, with linkage exactly where ``include`` asks for it and
    only the attributes a sparse fieldset (``fields[orders]=number``) names, where the query has one."""
    included: dict[Key, dict[str, Any]] = {}

    def sent(kind: str, attributes: dict[str, Any]) -> dict[str, Any]:
        wanted = (query or {}).get(f"fields[{kind}]")
        return dict(attributes) if wanted is None else {k: v for k, v in attributes.items() if k in wanted.split(",")}

    def render(key: Key, tree: dict[str, Any]) -> dict[str, Any]:
        record = RECORDS[key]
        relationships: dict[str, Any] = {}
        for name, subtree in tree.items():
            target = record.get(name)
            keys = target if isinstance(target, list) else [] if target is None else [target]
            relationships[name] = {
                "data": [{"type": k[0], "id": k[1]} for k in keys]
                if isinstance(target, list)
                else None
                if target is None
                else {"type": target[0], "id": target[1]}
            }
            for related in keys:
                if related not in primary and related not in included:
                    included[related] = {}  # claim the place first: cycles stop here
                    included[related] = render(related, subtree)
        return {
            "id": key[1],
            "type": key[0],
            "attributes": sent(key[0], record["attributes"]),
            "relationships": relationships,
        }

    tree = include_tree(include)
    return [render(key, tree) for key in primary], list(included.values())


def booqable(seen: Seen) -> Reply:
    """GET /orders/{id}, GET /orders (paged, with the total when asked) and POST /orders, honouring ``include``."""
    include = seen.query.get("include")
    if seen.method == "GET" and seen.path.startswith("/orders/"):
        key = ("orders", seen.path.rsplit("/", 1)[1])
        if key not in RECORDS:
            return Reply(404, {"errors": [{"status": "404", "title": "Not found"}]})
        data, included = compound([key], include, seen.query)
        return Reply(200, {"data": data[0], "included": included, "meta": {}})
    if seen.method == "GET" and seen.path == "/orders":
        size = int(seen.query.get("page[size]", "100"))
        number = int(seen.query.get("page[number]", "1"))
        keys = [("orders", i) for i in ORDERS[(number - 1) * size : number * size]]
        data, included = compound(keys, include)
        body: dict[str, Any] = {"data": data, "included": included, "meta": {}}
        if "stats[total][]" in seen.query:
            body["meta"] = {"stats": {"total": {"count": len(ORDERS)}}}
        return Reply(200, body)
    if seen.method == "POST" and seen.path == "/orders":
        data, included = compound([("orders", ORDER_3)], include)
        return Reply(201, {"data": data[0], "included": included, "meta": {}})
    return Reply(404, {"errors": [{"status": "404", "title": "Not found"}]})


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with serve() as running:
        running.handler = booqable
        yield running


def connect(entry: ApiEntry, server: FaultServer) -> Any:
    return importlib.import_module(entry.package).connect(company="acme", token="t0ken", base_url=server.url)


def models(entry: ApiEntry) -> Any:
    return importlib.import_module(f"{entry.package}.models")


def check_order_one(entry: ApiEntry, order: Any) -> None:
    """ORDER_1 read with ``include=customer,lines.item,lines.order``."""
    m = models(entry)
    assert isinstance(order, m.Order)
    customer = order.customer
    assert isinstance(customer, m.Customer)  # the typed model, not a free-form record
    assert customer.id == UUID(CUSTOMER) and customer.attributes.name == "Rent-a-Tent Ltd"
    lines = order.lines
    assert [type(line) for line in lines] == [m.Line, m.Line]
    assert [line.attributes.title for line in lines] == ["Tent", "Party set"]
    assert isinstance(lines[0].item, m.Product) and isinstance(lines[1].item, m.Bundle)  # polymorphic
    assert lines[0].order is order and lines[1].order is order  # the cycle comes back to the same object
    assert order.customer is customer and order.lines[0] is lines[0]  # read once, kept


@pytest.mark.parametrize("entry", ENTRIES)
def test_get_resolves_included_customer_lines_and_cycles(entry: ApiEntry, server: FaultServer) -> None:
    with connect(entry, server) as client:
        response = client.orders.get(ORDER_1, include="customer,lines.item,lines.order")
    assert server.hits()[0].query["include"] == "customer,lines.item,lines.order"
    check_order_one(entry, response)


@pytest.mark.parametrize("entry", ENTRIES)
async def test_get_resolves_included_records_async(entry: ApiEntry, server: FaultServer) -> None:
    async with connect(entry, server) as client:
        response = await client.orders.get(ORDER_1, include="customer,lines.item,lines.order")
    check_order_one(entry, response)


@pytest.mark.parametrize("entry", ENTRIES)
def test_not_included_raises_and_empty_is_none_or_empty_list(entry: ApiEntry, server: FaultServer) -> None:
    package = importlib.import_module(entry.package)
    with connect(entry, server) as client:
        bare = client.orders.get(ORDER_1)
        empty = client.orders.get(ORDER_2, include="customer,lines")
        only_customer = client.orders.get(ORDER_1, include="customer")
    with pytest.raises(package.NotIncludedError, match=r"customer was not included.*include='customer'") as caught:
        _ = bare.customer
    assert caught.value.relationship == "customer" and caught.value.resource == "orders"
    assert caught.value.resource_id == UUID(ORDER_1)
    with pytest.raises(package.NotIncludedError):
        _ = bare.lines
    assert isinstance(caught.value, LookupError) and not isinstance(caught.value, AttributeError)
    with pytest.raises(package.NotIncludedError):
        getattr(bare, "customer", None)  # not an AttributeError: a default cannot hide it
    assert empty.customer is None  # the server said: no customer
    assert empty.lines == []  # the server said: no lines
    assert isinstance(only_customer.customer, models(entry).Customer)
    with pytest.raises(package.NotIncludedError, match="lines"):
        _ = only_customer.lines
    with pytest.raises(AttributeError, match="read from the response"):
        only_customer.customer = None


@pytest.mark.parametrize("entry", ENTRIES)
def test_every_item_of_a_paginator_resolves_sync(entry: ApiEntry, server: FaultServer) -> None:
    list_orders = importlib.import_module(f"{entry.package}.api.orders.list_orders")
    with connect(entry, server) as client:
        orders = list(client.orders.list(include="customer,lines.item,lines.order", page_size=2))
        lower = list(client.paginate(list_orders, include="customer", page_size=1))
    assert [str(order.id) for order in orders] == ORDERS
    assert len(server.hits("/orders")) == 2 + 3
    check_order_one(entry, orders[0])
    assert orders[1].customer is None and orders[1].lines == []
    assert isinstance(orders[2].customer, models(entry).Customer)
    assert orders[2].lines[0].order is orders[2]
    assert orders[0].customer is not orders[2].customer  # two pages, two documents: each its own records
    assert [None if o.customer is None else str(o.customer.id) for o in lower] == [CUSTOMER, None, CUSTOMER]


@pytest.mark.parametrize("entry", ENTRIES)
async def test_every_item_of_a_paginator_resolves_async(entry: ApiEntry, server: FaultServer) -> None:
    list_orders = importlib.import_module(f"{entry.package}.api.orders.list_orders")
    async with connect(entry, server) as client:
        orders = [o async for o in client.orders.list(include="customer,lines.item,lines.order", page_size=2)]
        ahead = [o async for o in client.apaginate(list_orders, include="customer", page_size=1, concurrency=3)]
    assert [str(order.id) for order in orders] == ORDERS
    check_order_one(entry, orders[0])
    assert orders[1].customer is None
    assert [None if o.customer is None else o.customer.attributes.name for o in ahead] == [
        "Rent-a-Tent Ltd",
        None,
        "Rent-a-Tent Ltd",
    ]


@pytest.mark.parametrize("entry", ENTRIES)
def test_a_record_of_the_wrong_type_or_missing_from_included_is_an_error(entry: ApiEntry, server: FaultServer) -> None:
    package = importlib.import_module(entry.package)

    def wrong(seen: Seen) -> Reply:
        reply = booqable(seen)
        body = reply.body
        if "lines" in body["data"]["relationships"]:
            body["data"]["relationships"]["customer"] = {"data": {"type": "lines", "id": LINE_1}}
            body["included"] = [r for r in body["included"] if r["type"] != "customers"]
        else:
            body["included"] = []  # linkage, but the record is not there
        return reply

    server.handler = wrong
    with connect(entry, server) as client:
        mistyped = client.orders.get(ORDER_1, include="customer,lines")
        missing = client.orders.get(ORDER_1, include="customer")
    with pytest.raises(package.RelationshipError, match="lines record, where the spec allows customers") as caught:
        _ = mistyped.customer
    assert not isinstance(caught.value, package.NotIncludedError)
    with pytest.raises(package.NotIncludedError, match="not among the response's included records"):
        _ = missing.customer


@pytest.mark.parametrize("entry", ENTRIES)
def test_included_records_are_read_on_first_access_only(entry: ApiEntry, server: FaultServer) -> None:
    """A malformed included customer does not fail the call: it is read (and found wrong) when it is used."""
    errors = importlib.import_module(f"{entry.package}.errors")

    def malformed(seen: Seen) -> Reply:
        reply = booqable(seen)
        for record in reply.body["included"]:
            if record["type"] == "customers":
                record["attributes"]["name"] = 42
        return reply

    server.handler = malformed
    with connect(entry, server) as client:
        order = client.orders.get(ORDER_1, include="lines,customer")
    assert [line.attributes.title for line in order.lines] == ["Tent", "Party set"]
    with pytest.raises(errors.FieldError) as caught:
        _ = order.customer
    assert caught.value.path == "$.included[2].attributes.name"


@pytest.mark.parametrize("entry", ENTRIES)
def test_relationships_are_written_from_the_related_models(entry: ApiEntry, server: FaultServer) -> None:
    m = models(entry)
    with connect(entry, server) as client:
        customer = client.orders.get(ORDER_1, include="customer").customer
        assert customer is not None
        attributes = m.OrderWriteAttributes(tag_list=["webshop"]).relate(customer=customer)
        created = client.orders.create(
            body=m.OrderWriteRequest(data=m.OrderWriteData(type_=m.OrderResourceType.ORDERS, attributes=attributes)),
            include="customer",
        )
        cleared = m.OrderWriteAttributes().relate(customer=None)
    sent = server.hits("/orders")[-1].json()
    assert sent["data"]["attributes"] == {"tag_list": ["webshop"], "customer_id": CUSTOMER}
    assert cleared.to_dict() == {"customer_id": None}
    assert isinstance(created.customer, m.Customer)


@pytest.mark.parametrize("entry", ENTRIES)
def test_records_stay_free_of_cycles_until_a_relationship_is_read(entry: ApiEntry, server: FaultServer) -> None:
    """Records and their document point at each other only once a relationship is read: a page nobody reads a
    relationship of is freed by reference counting (the cyclic collector would make paging ~15% slower), and a
    page whose relationships are read keeps what they lead to, even when only a related record is kept."""
    with connect(entry, server) as client:
        gc.disable()
        try:
            unread = weakref.ref(client.orders.get(ORDER_1, include="customer,lines.order"))
            assert unread() is None  # freed at once: no cycle
            lines = client.orders.get(ORDER_1, include="lines.order").lines  # the order itself is let go
            order = lines[0].order
            assert order is not None and order.id == UUID(ORDER_1) and lines[1].order is order
            assert [line.id for line in order.lines] == [line.id for line in lines]  # same objects as kept
            assert order.lines[0] is lines[0]
        finally:
            gc.enable()


@pytest.mark.parametrize("entry", ENTRIES)
def test_attributes_read_directly_and_one_a_sparse_fieldset_left_out_raises(
    entry: ApiEntry, server: FaultServer
) -> None:
    """``order.number`` is ``order.attributes.number`` typed as sent (``None``: the server sent ``null``); one
    that ``fields[...]`` left out raises ``NotSentError`` naming it, and one ``except NotInResponseError``
    catches that and a relationship that was not included alike."""
    package, m = importlib.import_module(entry.package), models(entry)
    unset = importlib.import_module(f"{entry.package}.types").UNSET
    fields = m.SparseFieldsets.from_dict({"orders": "status", "customers": "name"})
    with connect(entry, server) as client:
        full = client.orders.get(ORDER_1, include="customer")
        sparse = client.orders.get(ORDER_1, include="customer", fields=fields)
        new = client.orders.get(ORDER_2)
    assert server.hits()[1].query["fields[orders]"] == "status"
    assert (full.number, full.attributes.number, new.number) == (1, 1, None)
    customer = full.customer
    assert customer is not None and customer.name == "Rent-a-Tent Ltd"
    with pytest.raises(package.NotSentError, match=r"number was not sent.*fields\[orders\]") as caught:
        _ = sparse.number
    assert (caught.value.attribute, caught.value.resource, caught.value.resource_id) == (
        "number",
        "orders",
        UUID(ORDER_1),
    )
    assert isinstance(caught.value, LookupError) and not isinstance(caught.value, AttributeError)
    assert sparse.attributes.number is unset  # the lower layer, as sent
    assert sparse.customer.name == "Rent-a-Tent Ltd"
    for missing in (lambda: sparse.number, lambda: full.lines):
        with pytest.raises(package.NotInResponseError):
            missing()
    with pytest.raises(AttributeError, match="read from the response"):
        full.number = 2


@pytest.mark.parametrize("entry", ENTRIES)
@pytest.mark.parametrize("read_first", [False, True], ids=["unresolved", "resolved"])
def test_a_record_pickles_copies_and_round_trips_with_its_relationships(
    entry: ApiEntry, server: FaultServer, read_first: bool
) -> None:
    """A record is a value: pickled, deep-copied or rebuilt with ``from_dict(to_dict())`` it still resolves its
    relationships, whether they were read before (the document's index goes along) or not (its weak references
    to the records are held strongly for the copy). Only a dict that went through JSON has lost them."""
    package, m = importlib.import_module(entry.package), models(entry)
    get_order = importlib.import_module(f"{entry.package}.api.orders.get_order")
    with connect(entry, server) as client:
        order = client.orders.get(ORDER_1, include="customer,lines.item,lines.order")
        document = get_order.sync(ORDER_1, client=client, include="customer,lines.item,lines.order")
    if read_first:
        check_order_one(entry, order)
    for copied in (pickle.loads(pickle.dumps(order)), copy.deepcopy(order), pickle.loads(pickle.dumps(document)).data):
        check_order_one(entry, copied)
        assert copied is not order and copied.customer is not order.customer
    rebuilt = m.Order.from_dict(order.to_dict())
    assert rebuilt == order and rebuilt.customer == order.customer
    assert [line.attributes.title for line in rebuilt.lines] == ["Tent", "Party set"]
    assert isinstance(rebuilt.lines[1].item, m.Bundle)
    with pytest.raises(package.NotIncludedError, match="customer"):
        _ = m.Order.from_dict(json.loads(json.dumps(order.to_dict()))).customer


@pytest.mark.parametrize("entry", ENTRIES)
def test_free_form_parts_of_a_record_are_plain_dicts_and_still_checked(entry: ApiEntry, server: FaultServer) -> None:
    """An included record's attributes, and any record's links and meta, are free-form JSON objects: kept as the
    dicts the body decoded to (resolving them into typed models reads those), and anything but an object there
    raises MalformedResponseError at its path."""
    errors = importlib.import_module(f"{entry.package}.errors")
    get_order = importlib.import_module(f"{entry.package}.api.orders.get_order")
    with connect(entry, server) as client:
        response = get_order.sync(ORDER_1, client=client, include="customer,lines")  # the document: its included
    customer = response.included[0]
    assert type(customer.attributes) is dict and customer.attributes == {"name": "Rent-a-Tent Ltd"}
    assert response.data.customer.attributes.name == "Rent-a-Tent Ltd"

    def broken(seen: Seen) -> Reply:
        reply = booqable(seen)
        reply.body["included"][1]["attributes"] = ["not", "an", "object"]
        reply.body["data"]["links"] = {"self": "/orders/1"}
        return reply

    server.handler = broken
    with connect(entry, server) as client, pytest.raises(errors.MalformedResponseError) as caught:
        client.orders.get(ORDER_1, include="customer,lines")
    assert (caught.value.json_path, caught.value.expected, caught.value.found) == (
        "$.included[1].attributes",
        "object",
        "array",
    )
