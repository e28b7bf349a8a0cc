"""Package versions and distribution names, by the ``packaging`` library's rules (PEP 440 and PEP 503).

A package's version is the API's ``info.version`` with its release padded to three parts, then our client
revision as one more release part; a pre-, post- or dev-release marker of the API version stays a marker of the
package version: API ``1.13`` with revision 2 gives ``1.13.0.2``, API ``2.0.0-rc1`` gives ``2.0.0.2rc1``.
"""

from __future__ import annotations

from packaging.utils import InvalidName, NormalizedName, canonicalize_name
from packaging.version import InvalidVersion, Version

from .errors import VersionError

RELEASE_PARTS = 3
"""The API version's release is padded to this many parts before the revision is added."""


def parse(version: str, where: str) -> Version:
    """``version`` as a PEP 440 version; ``where`` (a file and key) starts the error message."""
    try:
        return Version(version)
    except InvalidVersion:
        raise VersionError(f"{where}: {version!r} is not a version (PEP 440, like 1.2.3 or 2.0rc1)") from None


def package_version(api_version: str, revision: int, where: str) -> str:
    """The package version for ``api_version`` (the spec's ``info.version``) and the client ``revision``."""
    api = parse(api_version, where)
    if api.local is not None:
        raise VersionError(f"{where}: {api_version!r} has a local part (+...), which a package index refuses")
    release = [*api.release, *[0] * (RELEASE_PARTS - len(api.release)), revision]
    text = (f"{api.epoch}!" if api.epoch else "") + ".".join(str(part) for part in release)
    if api.pre is not None:
        text += f"{api.pre[0]}{api.pre[1]}"
    if api.post is not None:
        text += f".post{api.post}"
    if api.dev is not None:
        text += f".dev{api.dev}"
    return str(Version(text))


def release_level(old: str, new: str) -> str:
    """Which part of the release changed first: ``major``, ``minor`` or ``patch`` (``none`` if equal)."""
    before, after = parse(old, "old info.version"), parse(new, "new info.version")
    if before == after:
        return "none"
    padded = [(*v.release, 0, 0)[:RELEASE_PARTS] for v in (before, after)]
    if padded[0][0] != padded[1][0]:
        return "major"
    return "minor" if padded[0][1] != padded[1][1] else "patch"


def normalize_name(name: str) -> NormalizedName:
    """PEP 503 normalisation of a distribution name (``Acme_Mini.Client`` -> ``acme-mini-client``)."""
    return canonicalize_name(name)


def is_distribution_name(name: str) -> bool:
    """True when ``name`` is a valid distribution name (letters, digits, ``-``, ``_`` and ``.``, PEP 508)."""
    try:
        canonicalize_name(name, validate=True)
    except InvalidName:
        return False
    return True
