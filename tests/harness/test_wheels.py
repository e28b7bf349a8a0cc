"""Each generated package builds a wheel that installs into a fresh virtualenv and imports."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import REGISTRY, ROOT


@pytest.mark.slow
def test_wheels_install_into_a_fresh_virtualenv(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    for entry in REGISTRY:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "build",
                "--wheel",
                "--outdir",
                str(wheels),
                str(ROOT / "generated" / entry.distribution),
            ],
            check=True,
            capture_output=True,
        )
    built = sorted(wheels.glob("*.whl"))
    assert len(built) == len(REGISTRY)

    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", *map(str, built)], check=True)
    for entry in REGISTRY:
        manifest = __import__(f"{entry.package}._spec", fromlist=["PACKAGE_VERSION"])
        script = f"import {entry.package} as p, sys; print(p.__version__); print(p.__file__)"
        out = subprocess.run([str(python), "-c", script], check=True, capture_output=True, text=True).stdout.split()
        assert out[0] == manifest.PACKAGE_VERSION
        assert str(env) in out[1], "imported from the monorepo instead of the virtualenv"
