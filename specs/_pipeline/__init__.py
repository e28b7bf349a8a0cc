"""The generation pipeline: turns each API registered under ``specs/<api>/`` into ``generated/<dist>/``.

The flow runs one way: spec (+ optional OpenAPI Overlay) -> validation -> openapi-python-client with our
templates -> overlay modules copied in -> packaging files -> ruff -> atomic swap into ``generated/``.
Nothing here is imported by the generated packages; it only runs inside nox sessions and tests.
"""
