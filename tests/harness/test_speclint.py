"""Every registered spec lints clean with Spectral (``spectral:oas``) and Redocly (``recommended``).

The linters are pinned npm packages in ``tests/speclint/`` (``npm ci --prefix tests/speclint``; ``nox -s tests``
does it), next to their rulesets: a rule turned off there carries the reason. They lint each spec as generation
sees it (its OpenAPI Overlay applied), one process per linter for all specs. A finding at error or warning level
fails that spec's test and is printed with the linter, the rule and the JSON pointer of the offending node.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, spec_document
from tests.fixture_apis import harness_apis

HARNESS_APIS = harness_apis()
"""The registered APIs and the fixture ones (the fifth API, tests/fifth/)."""

SPECLINT = ROOT / "tests" / "speclint"
BIN = SPECLINT / "node_modules" / ".bin"
LINTERS = ("spectral", "redocly")
SPECTRAL_SEVERITIES = {0: "error", 1: "warn", 2: "info", 3: "hint"}
FAILING = {"error", "warn"}
QUIET = {
    "NO_COLOR": "1",
    "REDOCLY_TELEMETRY": "off",  # Redocly CLI reports usage to its vendor unless told not to
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",  # and asks the registry for a newer version
}


@dataclass(frozen=True)
class Finding:
    linter: str
    severity: str
    rule: str
    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.linter} {self.severity} {self.rule} at {self.pointer}: {self.message}"


def _pointer(path: list[Any]) -> str:
    return "#/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in path)


def _run(command: list[str], cwd: Path) -> subprocess.Popen[str]:
    executable = BIN / command[0]
    if not executable.exists():
        pytest.fail(f"{command[0]} is not installed: run `npm ci --prefix tests/speclint` (nox -s tests does)")
    return subprocess.Popen(
        [str(executable), *command[1:]],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **QUIET},
    )


def _finish(process: subprocess.Popen[str], name: str, report: Path | None = None) -> str:
    """What the linter reported (its stdout, or the ``report`` file it wrote); fails when the linter broke."""
    stdout, stderr = process.communicate(timeout=300)
    # 1: findings at the failing severity; anything else, or no report, means the linter itself failed
    if process.returncode not in (0, 1) or (report is not None and not report.exists()):
        pytest.fail(f"{name} exited with {process.returncode}:\n{stderr[-3000:]}")
    return stdout if report is None else report.read_text(encoding="utf-8")


def _spectral(output: str, names: dict[str, str]) -> list[tuple[str, Finding]]:
    found = []
    for item in json.loads(output or "[]"):
        severity = SPECTRAL_SEVERITIES[item["severity"]]
        finding = Finding("spectral", severity, item["code"], _pointer(item["path"]), item["message"])
        found.append((names[Path(item["source"]).name], finding))
    return found


def _redocly(output: str, names: dict[str, str]) -> list[tuple[str, Finding]]:
    """Redocly's JSON format writes one report object per linted file, one after the other."""
    found = []
    decoder = json.JSONDecoder()
    position = reports = 0
    while output[position:].strip():
        position += len(output[position:]) - len(output[position:].lstrip())
        report, position = decoder.raw_decode(output, position)
        reports += 1
        for problem in report["problems"]:
            location = problem["location"][0]
            finding = Finding(
                "redocly", problem["severity"], problem["ruleId"], location["pointer"], problem["message"]
            )
            found.append((names[Path(location["source"]["ref"]).name], finding))
    assert reports == len(names), f"redocly reported on {reports} of {len(names)} specs:\n{output[-3000:]}"
    return found


@pytest.fixture(scope="module")
def findings(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], list[Finding]]:
    """(API, linter) -> what the linter reported on the API's effective spec."""
    scratch = tmp_path_factory.mktemp("speclint")
    names = {}
    for entry in HARNESS_APIS:
        spec = scratch / f"{entry.name}.json"
        spec.write_text(json.dumps(spec_document(entry), indent=1), encoding="utf-8")
        names[spec.name] = entry.name
    files = sorted(names)
    spectral_report = scratch / "spectral-report.json"  # its stdout adds a sentence to the JSON when all is well
    spectral_args = ["lint", "--ruleset", str(SPECLINT / ".spectral.yaml"), "--format", "json", "--quiet"]
    spectral_args += ["--output", str(spectral_report)]
    redocly_args = ["lint", "--config", str(SPECLINT / "redocly.yaml"), "--format", "json", "--max-problems", "100000"]
    spectral = _run(["spectral", *spectral_args, *files], scratch)
    redocly = _run(["redocly", *redocly_args, *files], scratch)
    reports = _spectral(_finish(spectral, "spectral", spectral_report), names)
    reports += _redocly(_finish(redocly, "redocly"), names)
    result: dict[tuple[str, str], list[Finding]] = {(e.name, linter): [] for e in HARNESS_APIS for linter in LINTERS}
    for api, finding in reports:
        result[(api, finding.linter)].append(finding)
    return result


@pytest.mark.parametrize("linter", LINTERS)
@pytest.mark.parametrize("entry", HARNESS_APIS, ids=lambda e: e.name)
def test_spec_lints_clean(entry: Any, linter: str, findings: dict[tuple[str, str], list[Finding]]) -> None:
    failing = [f for f in findings[(entry.name, linter)] if f.severity in FAILING]
    errors = sum(f.severity == "error" for f in failing)
    report = "\n".join(f"  {f}" for f in sorted(failing, key=lambda f: (f.severity, f.rule, f.pointer)))
    assert not failing, (
        f"{linter} finds {errors} errors and {len(failing) - errors} warnings in {entry.name} "
        f"(fix the spec, or turn the rule off in tests/speclint/ with the reason):\n{report}"
    )
