"""What a type checker must refuse: values the spec knows, misspelt, beside the same calls spelt right.

tests/typing/test_typecheck.py checks this file with ``mypy --strict`` and pyright along with the others: each
line marked ``# refused`` must be an error for both, and no other line may be one. It is never run.
"""

from __future__ import annotations

from booqable_client import AsyncBooqable, Booqable

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
