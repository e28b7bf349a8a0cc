"""Side-by-side timing and the result table.

Each comparison alternates its two contestants within one loop (A, B, A, B ...) and keeps the median of each,
so a burst of load on a shared machine hits both sides alike instead of skewing one of them.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One line of the table: our time, the baseline's, and the target the ratio is held to."""

    name: str
    ours: float
    """Seconds (median)."""
    baseline: float | None
    """Seconds (median); ``None`` for an absolute target."""
    target: float
    kind: str
    """``"ratio"``: ours / baseline <= target; ``"speedup"``: baseline / ours >= target;
    ``"absolute"``: ours < target seconds; ``"info"``: ours / baseline, shown without a target."""
    note: str = ""

    @property
    def value(self) -> float:
        if self.kind == "absolute" or self.baseline is None:
            return self.ours
        if self.kind == "speedup":
            return self.baseline / self.ours
        return self.ours / self.baseline

    @property
    def met(self) -> bool:
        if self.kind == "info":
            return True
        if self.kind == "ratio":
            return self.value <= self.target
        if self.kind == "speedup":
            return self.value >= self.target
        return self.value < self.target

    @property
    def target_text(self) -> str:
        texts = {"ratio": f"≤ {self.target:g}x", "speedup": f"≥ {self.target:g}x", "absolute": f"< {self.target:g} s"}
        return texts.get(self.kind, "—")

    @property
    def value_text(self) -> str:
        return f"{self.value:.2f} s" if self.kind == "absolute" else f"{self.value:.2f}x"


def side_by_side(ours: Callable[[], object], baseline: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median seconds of ``ours()`` and of ``baseline()``, run alternately ``repeat`` times each."""
    a: list[float] = []
    b: list[float] = []
    for index in range(repeat):
        # Alternate who goes first too, so neither always meets a warm (or a cold) cache.
        order = ((ours, a), (baseline, b)) if index % 2 == 0 else ((baseline, b), (ours, a))
        for function, into in order:
            start = time.perf_counter()
            function()
            into.append(time.perf_counter() - start)
    return statistics.median(a), statistics.median(b)


def median_time(function: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _ms(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return (
        f"{seconds * 1000:.3f} ms"
        if seconds < 0.01
        else f"{seconds * 1000:.0f} ms"
        if seconds < 10
        else f"{seconds:.1f} s"
    )


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table (it reads well in a terminal and pastes into the README)."""
    lines = [
        "| benchmark | ours | baseline | result | target | verdict |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        verdict = "—" if row.kind == "info" else "met" if row.met else "MISSED"
        if row.note:
            verdict += f" ({row.note})"
        lines.append(
            f"| {row.name} | {_ms(row.ours)} | {_ms(row.baseline)} | {row.value_text} | {row.target_text} | {verdict} |"
        )
    return "\n".join(lines)
