"""Benchmarks: ``python -m tests.bench`` (or ``nox -s bench``) prints ratios measured side by side in one run.

Modules are named ``bench_*.py`` so pytest does not collect them; only ``test_smoke.py`` runs with the suite.
"""
