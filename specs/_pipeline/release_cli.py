"""Commands after generation: build, versions, publish, diff-specs, fetch-specs (``python -m specs._pipeline``)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .builds import build
from .changes import apply, compare_with_committed
from .errors import FetchError, PipelineError, RegistryError
from .fetch import downloadable, fetch
from .publish import publish
from .registry import load_registry, select
from .releases import check_versions, record_versions, unreleased

COMMANDS = ("build", "versions", "publish", "diff-specs", "fetch-specs")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to the pipeline's command line."""
    build_cmd = commands.add_parser("build", help="reproducible wheel + sdist of each package into dist/")
    build_cmd.add_argument("--outdir", type=Path, default=None, help="default: dist/ at the repository root")
    build_cmd.add_argument("apis", nargs="*")

    versions = commands.add_parser(
        "versions", help="fail when a released version's content changed or a version went backwards"
    )
    versions.add_argument(
        "--record", action="store_true", help="record the current versions as released (publish does it by itself)"
    )
    versions.add_argument("apis", nargs="*")

    pub = commands.add_parser("publish", help="build, twine check, upload what the index does not have yet")
    pub.add_argument("--outdir", type=Path, default=None, help="default: dist/ at the repository root")
    pub.add_argument("apis", nargs="*")

    diff = commands.add_parser("diff-specs", help="what changed in each spec since a commit, and the next version")
    diff.add_argument("--against", default="HEAD", help="git revision holding the old spec (default HEAD)")
    diff.add_argument("--apply", action="store_true", help="write the CHANGELOG section and raise the revision")
    diff.add_argument("apis", nargs="*")

    fetch_cmd = commands.add_parser("fetch-specs", help="download the vendors' bundles; adopt them when valid")
    fetch_cmd.add_argument("--url", help="download from here instead of [source] url (one API only)")
    fetch_cmd.add_argument("apis", nargs="*")


def cmd_build(root: Path, names: list[str], outdir: Path) -> int:
    for built in build(select(load_registry(root), names), root, outdir):
        for artifact in built.artifacts:
            shown = artifact.path.relative_to(root) if artifact.path.is_relative_to(root) else artifact.path
            print(f"{artifact.sha256}  {shown}")
    return 0


def cmd_versions(root: Path, names: list[str], record: bool) -> int:
    entries = select(load_registry(root), names)
    if record:
        for line in record_versions(entries, root):
            print(line)
    problems = check_versions(entries, root)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    for pending in unreleased(entries, root):
        print(f"{pending}: not released yet (`nox -s publish` records it when it uploads it)")
    print("no released version changed its content, and no version went backwards")
    return 0


def cmd_publish(root: Path, names: list[str], outdir: Path) -> int:
    """Publish, then record each version that was uploaded in its API's released.toml."""
    entries = select(load_registry(root), names)
    plans = publish(entries, root, outdir, os.environ)
    uploaded = [e for e in entries if any(p.state == "upload" for p in plans.get(e.distribution, []))]
    recorded = record_versions(uploaded, root)
    for line in recorded:
        print(line)
    if recorded:
        print("commit specs/*/released.toml: it is how `nox -s check` knows what was released")
    return 0


def cmd_diff_specs(root: Path, names: list[str], against: str, write: bool) -> int:
    for entry in select(load_registry(root), names):
        comparison = compare_with_committed(entry, root, against)
        print(comparison.report())
        if write:
            for line in apply(comparison, root):
                print(f"  {line}")
    return 0


def cmd_fetch_specs(root: Path, names: list[str], url: str | None) -> int:
    entries = select(load_registry(root), names)
    if url is not None and len(entries) != 1:
        raise RegistryError("--url needs exactly one API name")
    targets = entries if url is not None else downloadable(entries)
    for skipped in (e for e in entries if e not in targets):
        print(f"{skipped.name}: skipped, its spec is authored")
    failed = []
    for entry in targets:
        try:
            fetched = fetch(entry, url)
        except FetchError as exc:
            print(f"error: {exc}\n  specs/{entry.name}/{entry.spec.name} was left unchanged", file=sys.stderr)
            failed.append(entry.name)
            continue
        print(fetched.summary())
        print(fetched.comparison.report())
    if failed:
        return 1
    if targets:
        print("next: `nox -s diff_specs -- --apply <api>` records the change, then `nox -s generate -- <api>`")
        print("  (or `nox -s update -- <api>` does the whole flow: fetch, diff, CHANGELOG, generate, tests, check)")
    return 0


def run(args: argparse.Namespace, root: Path) -> int | None:
    """Run the command if it is one of ours (None otherwise); errors are printed, never raised."""
    if args.command not in COMMANDS:
        return None
    outdir = getattr(args, "outdir", None) or root / "dist"
    try:
        if args.command == "build":
            return cmd_build(root, args.apis, outdir)
        if args.command == "versions":
            return cmd_versions(root, args.apis, args.record)
        if args.command == "publish":
            return cmd_publish(root, args.apis, outdir)
        if args.command == "diff-specs":
            return cmd_diff_specs(root, args.apis, args.against, args.apply)
        return cmd_fetch_specs(root, args.apis, args.url)
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
