"""What a type checker must refuse: values the spec knows, misspelt, beside the same calls spelt right.

tests/typing/test_typecheck.py checks this file with ``mypy --strict`` and pyright along with the others: each
line marked ``# refused`` must be an error for both, and no other line may be one. It is never run.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from booqable_client import AsyncBooqable, Booqable
from booqable_client.models import (
    CountAggregation,
    OrderFilter,
    OrderStatsRequest,
    PaymentStatus,
    PaymentStatusEqualOperators,
    RentalStatus,
    RentalStatusOperators,
)
from planningpme_client import AsyncPlanningPME, PlanningPME

ORDER_ID = "c6d1bf6f-0446-4fb2-a642-eb8accd39406"


def includes(client: Booqable) -> None:
    """``include`` takes the paths the operation documents, in any sequence; a string is no longer typed."""
    client.orders.get(ORDER_ID, include=["customer", "lines.item"])
    client.orders.get(ORDER_ID, include=("customer", "lines.planning.stock_item_plannings"))
    client.orders.list(include=["customer", "start_location"], max_items=1)
    client.orders.get(ORDER_ID, include=["custmer"])  # refused
    client.orders.list(include=["lines.item"])  # refused: only orders.get and the writes reach lines
    client.orders.get(ORDER_ID, include="customer")  # refused: the string form works at run time only
    client.customers.get(ORDER_ID, include=["customer"])  # refused: a customer has no customer


async def async_includes(client: AsyncBooqable) -> None:
    await client.orders.get(ORDER_ID, include=["customer"])
    await client.orders.get(ORDER_ID, include=["custmer"])  # refused


def filters(client: Booqable) -> None:
    """A filter on an enum attribute takes the enum (what reading gives) or its value; operators likewise."""
    client.orders.list(filter_=OrderFilter(status="reserved", payment_status=PaymentStatus.PAID))
    client.orders.list(filter_=OrderFilter(status=RentalStatus.RESERVED))
    client.orders.list(filter_=OrderFilter(status=RentalStatusOperators(not_eq="canceled")))
    client.orders.list(stats=OrderStatsRequest(total=["count"]), meta=OrderStatsRequest(total=[CountAggregation.COUNT]))
    OrderFilter(status="reservd")  # refused
    OrderFilter(status=RentalStatusOperators(eq="reservd"))  # refused
    OrderFilter(payment_status=PaymentStatusEqualOperators(not_eq="paid"))  # refused: only eq on payment_status
    OrderFilter(payment_status=RentalStatus.RESERVED)  # refused: a rental status is no payment status
    OrderStatsRequest(total=["cuont"])  # refused


def required_keywords(client: PlanningPME) -> None:
    """A keyword body's required fields are required keywords; a field the body does not have is no keyword."""
    start = datetime(2030, 6, 7, 8, 0, tzinfo=UTC)
    client.do.list(date_from=start, date_to=start + timedelta(days=1), resources=(1, 2))
    client.do.list(date_from=start)  # refused: date_to is required
    client.do.list(date_from=start, date_to=start, resourses=[1])  # refused


async def async_required_keywords(client: AsyncPlanningPME) -> None:
    start = datetime(2030, 6, 7, 8, 0, tzinfo=UTC)
    await client.do.list(date_from=start, date_to=start)
    await client.do.list(date_to=start)  # refused: date_from is required
