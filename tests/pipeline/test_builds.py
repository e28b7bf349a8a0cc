"""Builds are reproducible: the same package tree gives byte-identical wheels and sdists."""

from __future__ import annotations

import os
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest

from specs._pipeline import builds, versions
from specs._pipeline.builds import SOURCE_DATE_EPOCH, build, build_project
from specs._pipeline.registry import load_registry
from tests.conftest import ROOT
from tests.pipeline.scratch import make_repo


@pytest.mark.slow
def test_two_builds_are_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = make_repo(tmp_path / "repo")
    (first,) = build(load_registry(repo), repo, tmp_path / "first")

    # The same tree elsewhere, with other timestamps and permissions, and a stray epoch in the environment.
    copy = tmp_path / "elsewhere" / "mini-client"
    shutil.copytree(repo / "generated" / "mini-client", copy)
    for path in copy.rglob("*"):
        os.utime(path, (1_700_000_000, 1_700_000_000))
        if path.is_file():
            path.chmod(0o664)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1234567890")
    second = build_project(copy, tmp_path / "second")

    assert [a.path.name for a in first.artifacts] == [
        "mini_client-1.13.0.1.tar.gz",
        "mini_client-1.13.0.1-py3-none-any.whl",
    ]
    assert [a.sha256 for a in first.artifacts] == [a.sha256 for a in second]
    for artifact in first.artifacts:
        print(f"{artifact.sha256}  {artifact.path.name}")

    wheel, sdist = first.artifacts[1].path, first.artifacts[0].path
    with zipfile.ZipFile(wheel) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    with tarfile.open(sdist) as archive:
        assert {member.mtime for member in archive.getmembers()} == {int(SOURCE_DATE_EPOCH)}
        assert not [m.name for m in archive.getmembers() if m.name.endswith(".inputs.sha256")]


def test_a_missing_package_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(builds.BuildError, match="nox -s generate"):
        build_project(tmp_path / "nothing", tmp_path / "dist")


def test_build_backend_pins_agree() -> None:
    """The tests install hatchling from the tests group; builds compare it with the pin in versions.py."""
    text = (ROOT / "pyproject.toml").read_text()
    assert f'"{versions.BUILD_BACKEND}"' in text
