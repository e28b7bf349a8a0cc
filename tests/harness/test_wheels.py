"""Each generated package builds a wheel that installs into a fresh virtualenv and imports."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.fixture_apis import harness_apis, package_dir

HARNESS_APIS = harness_apis()
"""The registered APIs and the fixture ones (the fifth API, tests/fifth/)."""


@pytest.mark.slow
def test_wheels_install_into_a_fresh_virtualenv(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    for entry in HARNESS_APIS:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "build",
                "--wheel",
                "--outdir",
                str(wheels),
                str(package_dir(entry)),
            ],
            check=True,
            capture_output=True,
        )
    built = sorted(wheels.glob("*.whl"))
    assert len(built) == len(HARNESS_APIS)

    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", *map(str, built)], check=True)
    for entry in HARNESS_APIS:
        manifest = __import__(f"{entry.package}._spec", fromlist=["PACKAGE_VERSION"])
        script = f"import {entry.package} as p, sys; print(p.__version__); print(p.__file__)"
        run = subprocess.run([str(python), "-I", "-c", script], check=True, capture_output=True, text=True)
        out = run.stdout.split()
        assert out[0] == manifest.PACKAGE_VERSION
        assert str(env) in out[1], "imported from the monorepo instead of the virtualenv"
