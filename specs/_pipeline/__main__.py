"""Command line of the pipeline; the nox sessions call it (``python -m specs._pipeline <command> [api ...]``)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import release_cli
from .generate import GenerationError, drift, generate
from .registry import RegistryError, load_registry, select
from .releases import record_versions
from .specdoc import SpecError, effective_spec

ROOT = Path(__file__).resolve().parents[2]


def cmd_generate(names: list[str], force: bool) -> int:
    started = time.perf_counter()
    entries = select(load_registry(ROOT), names)
    for outcome in generate(entries, ROOT, force=force):
        print(f"{outcome.status:>9}  {outcome.api} -> {outcome.path.relative_to(ROOT)}")
    for line in record_versions(entries, ROOT):  # the version ledger (releases.py)
        print(line)
    print(f"done in {time.perf_counter() - started:.2f}s")
    return 0


def cmd_check(names: list[str]) -> int:
    """Regenerate into a scratch folder and compare with the committed ``generated/`` tree."""
    problems = drift(select(load_registry(ROOT), names), ROOT)
    for problem in problems:
        print(problem)
    if problems:
        print("generated/ is stale: run `nox -s generate` and commit the result with its cause")
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
    release_cli.register(commands)
    args = parser.parse_args(argv)
    if (code := release_cli.run(args, ROOT)) is not None:
        return code
    try:
        if args.command == "generate":
            return cmd_generate(args.apis, args.force)
        if args.command == "check":
            return cmd_check(args.apis)
        return cmd_validate(args.apis)
    except (GenerationError, SpecError, RegistryError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("generated/ was left unchanged.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
