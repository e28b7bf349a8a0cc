"""Run the quickstart of a generated package's README exactly as written, against local servers.

Only where the package sends its requests changes: the test points the package's ``_connect`` module at
local servers (its ``SERVERS`` / ``SECURITY_SCHEMES``), then executes each ``python`` block of the README's
Quickstart section verbatim. Responses carrying Prism's ``sl-violations`` header are collected.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Generator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from specs._pipeline.registry import ApiEntry
from tests.conftest import ROOT


def quickstart_blocks(entry: ApiEntry, project: Path | None = None) -> list[str]:
    """The ``python`` code blocks of the Quickstart section of the generated README (of ``generated/<dist>``,
    or of the package folder ``project``)."""
    readme = ((project or ROOT / "generated" / entry.distribution) / "README.md").read_text(encoding="utf-8")
    assert "## Quickstart" in readme, f"{entry.distribution}/README.md has no Quickstart section"
    section = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert blocks, "the Quickstart section has no python block"
    return blocks


class _Done:
    """Awaitable that does nothing, so one hook serves the sync and the async httpx client."""

    def __await__(self) -> Generator[Any, None, None]:
        yield from ()


class ViolationRecorder:
    """An httpx response hook that keeps every ``sl-violations`` header Prism sends."""

    def __init__(self) -> None:
        self.violations: list[str] = []
        self.responses = 0

    def __call__(self, response: httpx.Response) -> _Done:
        self.responses += 1
        if "sl-violations" in response.headers:
            self.violations.append(
                f"{response.request.method} {response.request.url}: {response.headers['sl-violations']}"
            )
        return _Done()


def point_connect_at(
    monkeypatch: pytest.MonkeyPatch, entry: ApiEntry, base_url: str, security_schemes: dict[str, Any] | None = None
) -> ViolationRecorder:
    """Make ``connect`` of ``entry``'s package use ``base_url`` (and these security schemes); record violations."""
    connect_module: ModuleType = importlib.import_module(f"{entry.package}.lib._connect")
    monkeypatch.setattr(connect_module, "SERVERS", [{"url": base_url}])
    if security_schemes is not None:
        monkeypatch.setattr(connect_module, "SECURITY_SCHEMES", security_schemes)
    recorder = ViolationRecorder()
    real = connect_module.ResourceClient

    class RecordingApiClient:
        @staticmethod
        def build(**kwargs: Any) -> Any:
            kwargs["event_hooks"] = {"response": [recorder]}
            return real.build(**kwargs)

    monkeypatch.setattr(connect_module, "ResourceClient", RecordingApiClient)
    return recorder


def run_block(code: str, label: str) -> None:
    exec(compile(code, f"<quickstart {label}>", "exec"), {"__name__": "__quickstart__"})
