"""The pipeline's error types: one family, so the command line turns any of them into a short message.

Every error the pipeline raises for a user's mistake (a bad ``api.toml``, spec, overlay, download, build or
upload) is a :class:`PipelineError` whose text names the file or URL and the problem, one line per problem.
``python -m specs._pipeline`` prints it and exits non-zero; anything else escaping is a bug in the pipeline.
The classes live here, apart from the modules that raise them, so that no module imports another only for
its exception (``generate`` and ``package_files`` both raise :class:`GenerationError`).
"""

from __future__ import annotations

from pathlib import Path


class PipelineError(Exception):
    """A user-facing failure; ``str()`` is the whole message, without a traceback."""


class RegistryError(PipelineError):
    """An ``api.toml`` is missing, unreadable, or does not match the registry schema."""


class SpecError(PipelineError):
    """A spec (or its OpenAPI Overlay) cannot be read, patched or validated."""


class GenerationError(PipelineError):
    """Generation of one API failed; the message names the spec file and the problem."""


class VersionError(PipelineError):
    """A version cannot be made, read or ordered (not PEP 440), or the version ledger is broken."""


class FetchError(PipelineError):
    """A bundle could not be downloaded or is not a valid spec; the spec on disk was left as it was."""


class BuildError(PipelineError):
    """A package could not be built; the message names it and carries the build tool's output."""


class PublishError(PipelineError):
    """Publishing stopped; the message never contains a credential."""


class UpdateError(PipelineError):
    """A step of ``update`` failed; ``specs/<api>/`` and ``generated/<dist>/`` were put back as they were."""


def shown(path: Path) -> str:
    """``path`` as a message shows it: relative to the working directory when below it, else in full."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)
