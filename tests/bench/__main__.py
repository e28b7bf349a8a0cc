"""``python -m tests.bench [--quick] [--only import,call,paging,generate,parse]``: run, then print the table.

``--quick`` uses tiny sizes and few repetitions (a smoke run, not numbers to quote).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from tests.bench import bench_call, bench_generate, bench_import, bench_paging, bench_parse
from tests.bench.timing import Row, table

FULL: dict[str, Callable[[], list[Row]]] = {
    "import": lambda: bench_import.run(repeat=15),
    "call": lambda: bench_call.run(repeat=15, calls=200),
    "paging": lambda: bench_paging.run(total=100_000, repeat=5, pages=80),
    "generate": lambda: bench_generate.run(repeat=2, noop_repeat=5),
    "parse": lambda: bench_parse.run(routes=1000, orders=100, repeat=15),
}
QUICK: dict[str, Callable[[], list[Row]]] = {
    "import": lambda: bench_import.run(repeat=1),
    "call": lambda: bench_call.run(repeat=1, calls=5),
    "paging": lambda: bench_paging.run(total=500, repeat=1, pages=4),
    "generate": lambda: bench_generate.run(repeat=1, noop_repeat=1),
    "parse": lambda: bench_parse.run(routes=10, orders=2, repeat=1),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one repetition")
    parser.add_argument("--only", default=",".join(FULL), help="comma-separated sections (default: all)")
    args = parser.parse_args(argv)
    sections = QUICK if args.quick else FULL
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(sections))
    if unknown:
        parser.error(f"unknown section(s): {', '.join(unknown)}")
    rows: list[Row] = []
    for name in chosen:
        start = time.perf_counter()
        rows += sections[name]()
        print(f"{name}: {time.perf_counter() - start:.1f} s", file=sys.stderr)
    print(table(rows))
    missed = [row.name for row in rows if not row.met]
    if missed:
        print(f"\n{len(missed)} target(s) missed (see README.md, Benchmarks, for why)", file=sys.stderr)
    return 0  # a benchmark reports; it does not fail a build on a noisy machine


if __name__ == "__main__":
    sys.exit(main())
