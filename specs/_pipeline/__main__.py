"""Command line of the pipeline; the nox sessions call it (``python -m specs._pipeline <command> [api ...]``)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import release_cli
from .errors import PipelineError, VersionError
from .generate import drift, generate
from .registry import ApiEntry, load_registry, select
from .releases import check_versions
from .specdoc import effective_spec
from .update import update

ROOT = Path(__file__).resolve().parents[2]


def cmd_generate(names: list[str], force: bool) -> int:
    started = time.perf_counter()
    entries = select(load_registry(ROOT), names)
    for outcome in generate(entries, ROOT, force=force):
        print(f"{outcome.status:>9}  {outcome.api} -> {outcome.path.relative_to(ROOT)}")
    try:  # versions are recorded when released, not here; a released one whose content changed is worth a word
        warnings = check_versions(entries, ROOT)
    except VersionError as exc:  # generated/ has changed by now: a warning, not "left unchanged"
        warnings = [str(exc)]
    for problem in warnings:
        print(f"  warning  {problem}")
    print(f"done in {time.perf_counter() - started:.2f}s")
    return 0


def fixes(entries: list[ApiEntry], problems: list[str]) -> list[str]:
    """The commands that put ``generated/`` back in line with a fresh generation, given what ``drift`` found."""
    places = [problem.split()[1] for problem in problems]
    drifted = [e.name for e in entries if any(p.startswith(f"generated/{e.distribution}/") for p in places)]
    owned = {f"generated/{e.distribution}/" for e in entries}
    orphans = [p for p, problem in zip(places, problems, strict=True) if "(no registered API)" in problem]
    found = []
    if drifted:
        # --force: a hand edit leaves the inputs stamp as it was, and a plain generate would skip the package
        found.append(f"fix: nox -s generate -- --force {' '.join(drifted)}")
    found += [f"fix: rm -r {p}  (no api.toml registers it)" for p in orphans if p not in owned]
    return found


def cmd_check(names: list[str]) -> int:
    """Regenerate into a scratch folder and compare with the committed ``generated/`` tree."""
    entries = select(load_registry(ROOT), names)
    problems = drift(entries, ROOT)
    for problem in problems:
        print(problem)
    if problems:
        print("generated/ differs from a fresh generation; commit the result of the fix with its cause:")
        for line in fixes(entries, problems):
            print(f"  {line}")
        return 1
    print("generated/ matches a fresh generation")
    return 0


def cmd_validate(names: list[str]) -> int:
    for entry in select(load_registry(ROOT), names):
        effective_spec(entry.spec, entry.openapi_overlay)
        print(f"valid  {entry.spec.relative_to(ROOT)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m specs._pipeline", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("generate", help="regenerate clients whose inputs changed")
    gen.add_argument("--force", action="store_true", help="regenerate even when the inputs are unchanged")
    gen.add_argument("apis", nargs="*")
    commands.add_parser("check", help="fail when generated/ differs from a fresh generation").add_argument(
        "apis", nargs="*"
    )
    commands.add_parser("validate", help="validate the specs only").add_argument("apis", nargs="*")
    upd = commands.add_parser(
        "update", help="a vendor changed its API: fetch or re-read, diff, CHANGELOG, generate, test, check"
    )
    upd.add_argument("--url", help="fetch the bundle from here instead of [source] url")
    upd.add_argument("api")
    release_cli.register(commands)
    args = parser.parse_args(argv)
    try:
        if (code := release_cli.run(args, ROOT)) is not None:
            return code
        if args.command == "generate":
            return cmd_generate(args.apis, args.force)
        if args.command == "check":
            return cmd_check(args.apis)
        if args.command == "update":
            return update(ROOT, args.api, url=args.url)
        return cmd_validate(args.apis)
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        if args.command == "generate":
            print("generated/ was left unchanged.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
