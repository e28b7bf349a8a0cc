"""Download the vendor's published bundle of every ``kind = "download"`` API and adopt it only when valid.

The bundle is validated as generation will see it (patched by the API's OpenAPI Overlay, then checked by
openapi-spec-validator) before anything in ``specs/`` changes; the spec file is then replaced in one rename,
byte for byte as the vendor published it. The report names the old and new ``info.version`` and lists what
changed for callers (``specdiff``).
"""

from __future__ import annotations

import os
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .changes import Comparison, compare_documents
from .errors import FetchError, SpecError
from .registry import ApiEntry
from .specdoc import effective_spec, read_file

MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Fetched:
    entry: ApiEntry
    url: str
    old_version: str | None
    new_version: str
    replaced: bool  # False when the download is byte-identical to the spec on disk
    comparison: Comparison

    def summary(self) -> str:
        spec = f"specs/{self.entry.name}/{self.entry.spec.name}"
        outcome = "replaced" if self.replaced else "unchanged (the bundle is byte-identical)"
        return f"{self.entry.name}: info.version {self.old_version or '(none)'} -> {self.new_version}; {spec} {outcome}"


def download(url: str, timeout: float = 60) -> bytes:
    if urllib.parse.urlsplit(url).scheme not in {"http", "https"}:
        raise FetchError(f"{url}: only http(s) URLs can be fetched")
    request = urllib.request.Request(url, headers={"Accept": "application/yaml, application/json;q=0.9, */*;q=0.1"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked above
            data: bytes = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise FetchError(f"{url}: cannot download: {getattr(exc, 'reason', exc)}") from None
    if len(data) > MAX_BYTES:
        raise FetchError(f"{url}: larger than {MAX_BYTES} bytes; not a spec")
    return data


def _current_document(entry: ApiEntry) -> dict[str, Any] | None:
    """The spec on disk as generation sees it (None when there is none or it is not valid)."""
    try:
        return effective_spec(entry.spec, entry.openapi_overlay)
    except SpecError:
        return None


def _validated(entry: ApiEntry, data: bytes, url: str) -> dict[str, Any]:
    """The bundle patched by the API's overlay and validated, or FetchError naming the URL and the problem."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FetchError(f"{url}: not UTF-8 text (byte {exc.start}); not a spec") from None

    def read(path: Path) -> tuple[str, str]:
        return (text, f"{url} (downloaded)") if path == entry.spec else read_file(path)

    try:
        return effective_spec(entry.spec, entry.openapi_overlay, read=read)
    except SpecError as exc:
        raise FetchError(str(exc)) from None


def _replace(target: Path, data: bytes) -> None:
    """Write ``data`` over ``target`` in one rename, so a reader never sees half a spec."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def fetch(entry: ApiEntry, url: str | None = None) -> Fetched:
    """Download, validate and adopt the bundle of one API; ``url`` overrides the registry's ``[source] url``."""
    if url is None:
        if entry.source.kind != "download" or entry.source.url is None:
            raise FetchError(f"{entry.name}: its spec is authored, not downloaded (see [source] in api.toml)")
        url = entry.source.url
    data = download(url)
    new = _validated(entry, data, url)
    old = _current_document(entry)
    same = entry.spec.is_file() and entry.spec.read_bytes() == data
    if not same:
        _replace(entry.spec, data)
    old_version = None if old is None else str((old.get("info") or {}).get("version"))
    return Fetched(entry, url, old_version, str(new["info"]["version"]), not same, compare_documents(entry, old, new))


def downloadable(entries: list[ApiEntry]) -> list[ApiEntry]:
    return [e for e in entries if e.source.kind == "download"]
