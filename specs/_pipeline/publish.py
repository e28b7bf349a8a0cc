"""Publish built packages to a private index with twine, never twice and never printing a credential.

The index and credentials come from twine's own environment variables (``TWINE_REPOSITORY_URL``,
``TWINE_USERNAME``, ``TWINE_PASSWORD``) or from a keyring, exactly as twine reads them. Before uploading we
ask the index's simple API (PEP 503/691) which files it already has: a file with the same name and sha256 is
reported as already published and not uploaded again; a file with the same name but other bytes means one
version would name two contents, which fails. A file the index lists without a sha256 is downloaded and hashed
before it counts as ours. The simple API is ``<TWINE_REPOSITORY_URL>/simple/`` unless
``PLANNING_CLIENTS_SIMPLE_URL`` says otherwise (indexes such as devpi, Nexus or Artifactory serve uploads and
the simple API at different paths).
"""

from __future__ import annotations

import base64
import hashlib
import html.parser
import http.client
import json
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .builds import Artifact, Built, build
from .errors import PublishError
from .registry import ApiEntry
from .releases import check_versions
from .versioning import normalize_name

SIMPLE_URL_VARIABLE = "PLANNING_CLIENTS_SIMPLE_URL"
JSON_SIMPLE = "application/vnd.pypi.simple.v1+json"


normalize = normalize_name
"""PEP 503 project name normalisation (``Foo_Bar.baz`` -> ``foo-bar-baz``), by ``packaging``."""

CREDENTIALS_HINT = (
    "check the credentials twine uses (TWINE_USERNAME and TWINE_PASSWORD, or the keyring entry for this URL) "
    "and that this account may read and upload"
)
"""Said after a 401 or 403 from the index."""


@dataclass(frozen=True)
class IndexConfig:
    """Where to upload and what to ask, with the credentials kept out of every repr and message."""

    upload_url: str
    simple_url: str
    username: str | None = None
    password: str | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> IndexConfig:
        url = env.get("TWINE_REPOSITORY_URL", "").strip()
        if not url:
            raise PublishError(
                "TWINE_REPOSITORY_URL is not set: refusing to let twine fall back to its default, the public index"
            )
        parts = urllib.parse.urlsplit(url)
        username = env.get("TWINE_USERNAME") or (urllib.parse.unquote(parts.username) if parts.username else None)
        password = env.get("TWINE_PASSWORD") or (urllib.parse.unquote(parts.password) if parts.password else None)
        bare = _without_userinfo(url)
        if password is None:
            username, password = _keyring_credential(bare, username)
        simple = env.get(SIMPLE_URL_VARIABLE, "").strip() or default_simple_url(bare)
        return cls(upload_url=bare, simple_url=_without_userinfo(simple), username=username, password=password)

    def redact(self, text: str) -> str:
        """``text`` with the password (and any ``user:secret@`` in a URL) replaced by ``***``."""
        if self.password:
            for form in sorted({self.password, urllib.parse.quote(self.password, safe="")}, key=len, reverse=True):
                text = text.replace(form, "***")
        return re.sub(r"(?<=://)[^/@\s]+@", "***@", text)

    def authorization(self) -> dict[str, str]:
        if self.username is None or self.password is None:
            return {}
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        return {"Authorization": f"Basic {token}"}


def _without_userinfo(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def default_simple_url(upload_url: str) -> str:
    """pypiserver-style indexes take uploads at ``/`` (or ``/legacy/``) and serve ``/simple/`` beside it."""
    base = upload_url.rstrip("/").removesuffix("/legacy")
    return base + "/simple/"


def _keyring_credential(url: str, username: str | None) -> tuple[str | None, str | None]:
    """The credential a keyring holds for the index, as twine would find it (none when keyring is absent)."""
    try:
        import keyring

        credential: Any = keyring.get_credential(url, username)
    except Exception:  # no keyring installed, or no usable backend: twine then prompts or fails by itself
        return username, None
    if credential is None:
        return username, None
    return str(credential.username or username or ""), str(credential.password)


class _SameOriginRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only within the index's own origin.

    An index that proxies or falls back to the public index redirects names it does not hold; following
    that would send our Authorization header elsewhere and report a public file as ours.
    """

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        old, new = urllib.parse.urlsplit(req.full_url), urllib.parse.urlsplit(newurl)
        if (old.scheme, old.netloc) != (new.scheme, new.netloc):
            raise _LeftTheIndex(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _LeftTheIndex(Exception):
    pass


@dataclass(frozen=True)
class IndexFile:
    """One file a project page lists: where to get it and the sha256 the page states (None when it states none)."""

    url: str
    sha256: str | None


class _LinkParser(html.parser.HTMLParser):
    """Anchors of a PEP 503 project page: file name -> (href, sha256 from the URL fragment or None)."""

    def __init__(self) -> None:
        super().__init__()
        self.files: dict[str, IndexFile] = {}
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._href = dict(attrs).get("href") or ""
            self._text = []

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            parts = urllib.parse.urlsplit(self._href)
            name = "".join(self._text).strip() or urllib.parse.unquote(parts.path.rsplit("/", 1)[-1])
            fragment = urllib.parse.parse_qs(parts.fragment)
            url = urllib.parse.urlunsplit(parts._replace(fragment=""))
            self.files[name] = IndexFile(url, fragment["sha256"][0] if "sha256" in fragment else None)
            self._href = None


def _listing(body: bytes, content_type: str) -> dict[str, IndexFile]:
    if content_type.split(";", maxsplit=1)[0].strip() == JSON_SIMPLE:
        page = json.loads(body)
        return {
            f["filename"]: IndexFile(str(f.get("url", "")), f.get("hashes", {}).get("sha256"))
            for f in page.get("files", [])
        }
    parser = _LinkParser()
    parser.feed(body.decode("utf-8", errors="replace"))
    return parser.files


def parse_project_page(body: bytes, content_type: str) -> dict[str, str | None]:
    """File name -> sha256 (None when the index gives no hash) from a PEP 691 JSON or PEP 503 HTML page."""
    return {name: file.sha256 for name, file in _listing(body, content_type).items()}


def _get(config: IndexConfig, url: str, accept: str, timeout: float) -> tuple[bytes, str] | None:
    """The body and content type at ``url`` on the index (None for a 404 or a redirect off the index)."""
    if urllib.parse.urlsplit(url).scheme not in {"http", "https"}:
        raise PublishError(f"the simple API URL must be http(s): {config.redact(url)}")
    index = urllib.parse.urlsplit(config.simple_url)
    same_origin = (parts := urllib.parse.urlsplit(url)).scheme == index.scheme and parts.netloc == index.netloc
    headers = {"Accept": accept, **(config.authorization() if same_origin else {})}  # credentials stay on the index
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - http(s) only, checked above
    opener = urllib.request.build_opener(_SameOriginRedirects)
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.read(), str(response.headers.get("Content-Type", ""))
    except _LeftTheIndex:
        return None  # the index does not hold it and sent us elsewhere: nothing of ours is there
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return None
        hint = f": {CREDENTIALS_HINT}" if exc.code in {401, 403} else ""
        raise PublishError(f"the index answered {exc.code} {exc.reason} for {config.redact(url)}{hint}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PublishError(f"cannot reach the index at {config.redact(url)}: {config.redact(str(reason))}") from None


def index_files(
    config: IndexConfig, project: str, verify: Collection[str] = (), timeout: float = 30
) -> dict[str, str | None]:
    """The files the index holds for ``project`` with their sha256 (empty when it does not know the project).

    A file named in ``verify`` that the page lists without a sha256 is downloaded and hashed, so that it is
    never taken for ours unseen; other files keep ``None`` when the page gives no hash.
    """
    url = config.simple_url.rstrip("/") + f"/{normalize(project)}/"
    page = _get(config, url, f"{JSON_SIMPLE}, text/html;q=0.1", timeout)
    if page is None:
        return {}
    try:
        listing = _listing(*page)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise PublishError(
            f"{config.redact(url)} is not a simple-API project page (PEP 503 HTML or PEP 691 JSON)"
        ) from None
    found = {name: file.sha256 for name, file in listing.items()}
    for name in verify:
        if name in listing and listing[name].sha256 is None:
            body = _get(config, urllib.parse.urljoin(url, listing[name].url), "*/*", timeout)
            if body is None:
                raise PublishError(f"the index lists {name} without a sha256 and does not serve it: cannot compare")
            found[name] = hashlib.sha256(body[0]).hexdigest()
    return found


@dataclass(frozen=True)
class Planned:
    artifact: Artifact
    state: str  # "upload" | "published" | "conflict" (other bytes, or no sha256 to compare)
    index_sha256: str | None = None


def plan(artifacts: tuple[Artifact, ...], on_index: Mapping[str, str | None]) -> list[Planned]:
    """What to do with each artifact given what the index already holds."""
    planned = []
    for artifact in artifacts:
        name = artifact.path.name
        if name not in on_index:
            planned.append(Planned(artifact, "upload"))
        elif on_index[name] == artifact.sha256:
            planned.append(Planned(artifact, "published", on_index[name]))
        else:
            planned.append(Planned(artifact, "conflict", on_index[name]))
    return planned


def _twine(args: list[str], config: IndexConfig, env: Mapping[str, str], out: Callable[[str], None]) -> None:
    """Run twine with the caller's environment (it reads its own variables) and print its output redacted."""
    result = subprocess.run(
        [sys.executable, "-m", "twine", "--no-color", *args],
        capture_output=True,
        text=True,
        env={**env, "COLUMNS": "200"},  # one line per message: rich wraps at 80 columns when not on a terminal
        check=False,
    )
    said = [line for line in config.redact(result.stdout + result.stderr).splitlines() if line.strip()]
    if result.returncode != 0:
        refused = any(re.search(r"\b40[13]\b", line) for line in said)
        hint = f"\n  the index refused the credentials: {CREDENTIALS_HINT}" if refused else ""
        raise PublishError(f"twine {args[0]} failed (exit {result.returncode}):\n    " + "\n    ".join(said) + hint)
    for line in said:
        out(f"    twine: {line}")


def publish(
    entries: list[ApiEntry],
    root: Path,
    outdir: Path,
    env: Mapping[str, str],
    out: Callable[[str], None] = print,
) -> dict[str, list[Planned]]:
    """Build, ``twine check``, then upload what the index does not have yet; returns the plan per distribution."""
    config = IndexConfig.from_env(env)
    problems = check_versions(entries, root)
    if problems:
        raise PublishError("versions do not match their recorded content:\n  " + "\n  ".join(problems))
    built: list[Built] = build(entries, root, outdir)
    files = [str(a.path) for b in built for a in b.artifacts]
    out(f"checking {len(files)} file(s) with twine")
    _twine(["check", "--strict", *files], config, env, out)

    out(f"index: {config.redact(config.upload_url)} (simple API {config.redact(config.simple_url)})")
    plans: dict[str, list[Planned]] = {}
    conflicts: list[str] = []
    for item in built:
        names = [a.path.name for a in item.artifacts]
        planned = plan(item.artifacts, index_files(config, item.entry.distribution, verify=names))
        plans[item.entry.distribution] = planned
        for p in planned:
            label = f"{item.entry.distribution} {item.version}: {p.artifact.path.name}"
            if p.state == "published":
                out(f"  {label} is already on the index with the same sha256; not uploaded again")
            elif p.state == "conflict":
                theirs = f"sha256 {p.index_sha256}" if p.index_sha256 else "no sha256 given"
                conflicts.append(
                    f"{label}: the index holds other bytes under this name ({theirs}, ours {p.artifact.sha256})"
                )
            else:
                out(f"  {label} (sha256 {p.artifact.sha256}) will be uploaded")
    if conflicts:
        raise PublishError(
            "one version would name two contents; nothing was uploaded:\n  "
            + "\n  ".join(conflicts)
            + "\n  A published version is never replaced: raise `revision` in the API's api.toml and regenerate."
        )
    uploads = [str(p.artifact.path) for planned in plans.values() for p in planned if p.state == "upload"]
    if not uploads:
        out("nothing to upload: every file is already on the index")
        return plans
    # No --skip-existing: twine honours it only for the public indexes. The simple-API query above is our check;
    # an index that refuses overwrites (the usual setting) makes twine fail if another run got there first.
    _twine(["upload", "--non-interactive", "--disable-progress-bar", *uploads], config, env, out)
    for item in built:  # the index must now hold exactly our bytes
        now = index_files(config, item.entry.distribution, verify=[a.path.name for a in item.artifacts])
        for artifact in item.artifacts:
            name = artifact.path.name
            if now.get(name) != artifact.sha256:
                raise PublishError(f"{artifact.path.name} is not on the index with our sha256 after the upload")
    out(f"uploaded {len(uploads)} file(s)")
    return plans
