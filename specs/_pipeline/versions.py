"""Pinned tool versions. Regeneration is byte-identical only when these match, so the pipeline checks them.

The noxfile installs exactly these; bumping one is a deliberate change that regenerates every client.
"""

GENERATOR = "openapi-python-client==0.29.1"
FORMATTER = "ruff==0.17.6"
BUILD_BACKEND = "hatchling==1.33.0"

PINNED = (GENERATOR, FORMATTER)
