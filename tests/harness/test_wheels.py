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
    # The pinned build backend of the test environment builds (as the pipeline's own builds do); letting
    # `build` make an isolated environment per package only installed the same backend four times. pip
    # installs into the virtualenv from outside (--python), so the virtualenv needs no pip of its own.
    wheels = tmp_path / "wheels"
    for entry in HARNESS_APIS:
        subprocess.run(
            [
                *(sys.executable, "-m", "build", "--wheel", "--no-isolation"),
                *("--outdir", str(wheels), str(package_dir(entry))),
            ],
            check=True,
            capture_output=True,
        )
    built = sorted(wheels.glob("*.whl"))
    assert len(built) == len(HARNESS_APIS)

    env = tmp_path / "venv"
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", *map(str, built)]
    subprocess.run(install, check=True)
    for entry in HARNESS_APIS:
        manifest = __import__(f"{entry.package}._spec", fromlist=["PACKAGE_VERSION"])
        script = f"import {entry.package} as p, sys; print(p.__version__); print(p.__file__)"
        # -I: nothing from the environment (PYTHONPATH, the working directory) decides what is imported
        run = [str(python), "-I", "-c", script]
        out = subprocess.run(run, check=True, capture_output=True, text=True, cwd=tmp_path).stdout.split()
        assert out[0] == manifest.PACKAGE_VERSION
        assert str(env) in out[1], "imported from the monorepo instead of the virtualenv"
