"""The benchmark code runs and builds its table: tiny sizes, one repetition, no timing asserted."""

from __future__ import annotations

from tests.bench import bench_call, bench_paging, bench_parse
from tests.bench.timing import Row, side_by_side, table


def test_table_verdicts_follow_each_target_kind() -> None:
    rows = [
        Row("ratio", 0.2, 0.1, 1.5, "ratio"),
        Row("speedup", 0.1, 0.6, 5, "speedup"),
        Row("absolute", 0.2, None, 0.5, "absolute"),
    ]
    assert [row.met for row in rows] == [False, True, True]
    text = table(rows)
    assert "| ratio | 200 ms | 100 ms | 2.00x | ≤ 1.5x | MISSED |" in text
    assert "6.00x" in text and "0.20 s" in text


def test_side_by_side_returns_each_sides_median() -> None:
    ours, baseline = side_by_side(lambda: None, lambda: sum(range(20_000)), 3)
    assert 0 <= ours < baseline


def test_call_and_paging_benchmarks_run_on_tiny_sizes() -> None:
    """A real loopback server, the generated clients and the raw httpx loops all agree on what they fetch."""
    rows = bench_call.run(repeat=1, calls=2) + bench_paging.run(total=250, repeat=1, pages=2)
    assert [row.kind for row in rows] == ["ratio", "ratio", "ratio", "ratio", "speedup"]  # call, namespace call, paging
    assert all(row.ours > 0 and row.baseline for row in rows)


def test_the_parse_payloads_still_fit_the_specs() -> None:
    """The bodies the parse benchmark builds from the specs parse (and write back) through the generated models."""
    from booqable_client.models.order_list_response import OrderListResponse
    from optiflow_planning_client.models.release import Release

    page = bench_parse.booqable_page(2)
    parsed = OrderListResponse.from_dict(page)
    assert (len(parsed.data), len(parsed.included or [])) == (2, 8)
    assert parsed.to_dict()["data"][1]["relationships"] == page["data"][1]["relationships"]
    release = bench_parse.release(3)
    assert len(Release.from_dict(release).to_dict()["routes"]) == 3
