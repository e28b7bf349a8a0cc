"""Pinned tool versions. Regeneration is byte-identical only when these match, so the pipeline checks them.

The noxfile installs exactly these; bumping one is a deliberate change that regenerates every client.
"""

GENERATOR = "openapi-python-client==0.29.1"
FORMATTER = "ruff==0.17.6"
BUILD_BACKEND = "hatchling==1.33.0"

PINNED = (GENERATOR, FORMATTER)

PYTHONS = ("3.11", "3.12", "3.13")
"""The Python versions the packages support and the suite runs on (nox's tests session, the packages'
classifiers and ``requires-python`` lower bound). Adding one here makes CI test it and the packages claim it."""
