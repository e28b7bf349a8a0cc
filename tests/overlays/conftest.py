"""Fixtures of the overlay tests: the generated ``paged_client`` package (see paged_package.py)."""

from tests.overlays.paged_package import paged

__all__ = ["paged"]
