"""What the generated models call while reading JSON: the error for a value that does not fit its schema, and
the members that stand for enum values the spec does not list.

Every model and enum module imports this one, so it imports nothing heavy (no httpx, not the error hierarchy):
reading a model stays as cheap as it was. The generated operations turn a :class:`FieldError` into
``MalformedResponseError`` (``lib/_errors.py``), adding the operation and the raw response.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextvars import ContextVar, Token
from datetime import date, datetime
from enum import Enum
from types import TracebackType
from typing import Any, Final, Generic, NoReturn, TypeVar, cast
from uuid import UUID, SafeUUID

from ..types import UNSET

__all__ = ["DateTimeOffsetError"]

_E = TypeVar("_E", bound=Enum)
_T = TypeVar("_T")

UNKNOWN_NAME: Final = "UNKNOWN"
"""The ``name`` of every member that stands for a value the spec does not list."""

_CACHE_LIMIT: Final = 256
"""Unknown values remembered per enum class (so the same value gives the same member, ``is`` included). A
server that sends ever new values cannot grow memory without bound: past the limit, members are made afresh
(still equal to their value and to each other)."""

_unknown: dict[type[Enum], dict[object, Any]] = {}

_unlisted: ContextVar[list[int] | None] = ContextVar("unlisted_enum_values", default=None)
"""While a union tries a variant (:class:`Choice`): how many enum values the spec does not list it met."""


class FieldError(ValueError):
    """A JSON value that does not fit its schema: a wrong type, a ``null`` the schema does not allow, or a
    required property that is missing.

    It is raised at the offending value with what the schema expected there; each enclosing level (an object's
    property, an array's index, a map's key) appends its segment on the way out, so ``segments`` runs from
    the innermost outwards and :attr:`path` reads ``$.data[3].attributes.name``. A ``ValueError``, as the
    errors of ``from_dict`` always were.
    """

    def __init__(self, expected: str, value: object, *segments: str | int, found: str | None = None) -> None:
        super().__init__(expected)
        self.expected = expected
        """What the schema allows here, e.g. ``string``, ``integer or null``, ``one of object (Task), array``."""
        self.found = found if found is not None else json_kind(value)
        """What came instead, as a JSON kind (``integer``, ``null``...); never the value itself, which may be
        anything a server sends, secrets included."""
        self.segments: list[str | int] = list(segments)

    @classmethod
    def unparsable(cls, expected: str, value: object, *segments: str | int) -> FieldError:
        """A string of a format (date, date-time, UUID) that does not parse, or no string at all."""
        found = f"a string that is not a valid {expected}" if isinstance(value, str) else None
        return cls(f"{expected} string", value, *segments, found=found)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with what it says (a process pool may send it back), not with the value it was raised for."""
        return (type(self), (self.expected, None, *self.segments), {"found": self.found})

    @property
    def path(self) -> str:
        """Where the value sits in the document, as a JSONPath: ``$`` is the whole body."""
        return json_path(reversed(self.segments))

    def __str__(self) -> str:
        return f"{self.path}: expected {self.expected}, got {self.found}"


_JSON_KINDS: tuple[tuple[type, str], ...] = (
    (bool, "boolean"),  # before int: a bool is an int to Python, not to JSON
    (int, "integer"),
    (float, "number"),
    (str, "string"),
    (list, "array"),
    (Mapping, "object"),
)


def json_kind(value: object) -> str:
    """The JSON name of a decoded value's type; ``nothing (the property is missing)`` for ``UNSET``."""
    if value is None:
        return "null"
    for kind, name in _JSON_KINDS:
        if isinstance(value, kind):
            return name
    if type(value).__name__ == "Unset":  # the generated ``types.Unset``: the property is not in the object
        return "nothing (the property is missing)"
    return type(value).__name__


def json_path(segments: Iterable[str | int]) -> str:
    """``$.data[3].attributes.name``; keys that are not plain names are quoted: ``$['x-rate'][0]``."""
    parts = ["$"]
    for segment in segments:
        if isinstance(segment, int):
            parts.append(f"[{segment}]")
        elif segment.isidentifier():
            parts.append(f".{segment}")
        else:
            quoted = segment.replace("\\", "\\\\").replace("'", "\\'")
            parts.append(f"['{quoted}']")
    return "".join(parts)


def position(items: Sequence[object], item: object) -> int:
    """The index of ``item`` (this very object) in ``items``: where an array check failed, found only then."""
    return next(index for index, candidate in enumerate(items) if candidate is item)


new_object = object.__new__
"""``object.__new__``, bound once: what ``from_dict`` makes a plain model's instance with (``cls.__new__`` is
looked up on the class every call)."""
parse_datetime = datetime.fromisoformat
"""``datetime.fromisoformat``, bound once for the date-time properties of the models: the same function, so
the same acceptance; ``datetime.datetime.fromisoformat`` looked the class up and made a bound method per value,
about 40% of the call."""
parse_date = date.fromisoformat
"""``date.fromisoformat``, bound once, as :data:`parse_datetime`."""


class DateTimeOffsetError(ValueError):
    """A ``datetime`` whose time zone does not fit its property, refused before anything is sent: a naive one
    where a ``date-time`` needs an offset (the server would read it in a zone of its choosing, or answer 400
    naming no field), or one with ``tzinfo`` where a local date-time (a planning's wall clock) takes none."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        """The property, as the spec names it."""


def naive_datetime(name: str) -> NoReturn:
    """What ``to_dict`` calls for a naive ``datetime`` in a ``date-time`` property (the check is inline)."""
    raise DateTimeOffsetError(name, "a naive datetime (no tzinfo); give it a time zone, e.g. tzinfo=UTC")


def zoned_datetime(name: str) -> NoReturn:
    """What ``to_dict`` calls for a ``datetime`` with ``tzinfo`` in a local date-time property."""
    raise DateTimeOffsetError(name, "a local date-time takes a naive datetime (wall-clock time), not one with tzinfo")


def model_repr(model: object) -> str:
    """A model's repr: the fields that are set, in order (``UNSET`` ones and empty extra properties left out)."""
    names = _REPR_FIELDS.get(type(model))
    if names is None:
        import attrs

        names = _REPR_FIELDS[type(model)] = [f.name for f in attrs.fields(cast(Any, type(model))) if f.repr]
    shown = []
    for name in names:
        value = getattr(model, name)
        if value is UNSET or (name == "additional_properties" and not value):
            continue
        shown.append(f"{name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


_REPR_FIELDS: dict[type, list[str]] = {}

_set_int = cast(Any, UUID).__dict__["int"].__set__
_set_is_safe = cast(Any, UUID).__dict__["is_safe"].__set__
_UNKNOWN_SAFETY: Final = SafeUUID.unknown


def parse_uuid(text: str) -> UUID:
    """``UUID(text)``, about twice as fast for the usual spelling (32 hex digits, dashes anywhere).

    The same values are accepted and give equal results: ``UUID`` drops every ``-`` and reads the 32
    characters left with ``int(..., 16)``; so does this, and anything else (braces, ``urn:uuid:``, not 32
    digits, not hex) goes to ``UUID`` itself, which decides and raises as it always did. Not a string: the
    same ``AttributeError`` or ``TypeError`` as ``UUID``'s. The result is a plain ``UUID`` (``is_safe``
    unknown), filled through its slots as ``UUID.__init__`` fills them.
    """
    digits = text.replace("-", "")
    if len(digits) == 32:
        try:
            value = int(digits, 16)
        except ValueError:
            return UUID(text)
        made: UUID = new_object(UUID)
        _set_int(made, value)
        _set_is_safe(made, _UNKNOWN_SAFETY)
        return made
    return UUID(text)


def open_member(cls: type[_E], value: object, base: type[str] | type[int]) -> _E | None:
    """The member of ``cls`` (a ``StrEnum`` or ``IntEnum``) for a value its spec does not list.

    Called from the generated enums' ``_missing_``, i.e. only for values that are not members. A value of the
    enum's JSON type gets a member of its own: an instance of ``cls`` and of ``base`` whose ``value`` and
    ``str()`` are the value as sent, so it survives ``to_dict`` and can be sent back; its ``name`` is
    ``UNKNOWN`` and it is not among ``list(cls)``. Anything else (an integer for a string enum, a boolean
    for an integer one) gives ``None``, so the enum raises ``ValueError`` as it always did.
    """
    plain: str | int
    if base is str:
        if not isinstance(value, str):
            return None
        plain = str.__str__(value)
    else:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        plain = int(value)
    counter = _unlisted.get()
    if counter is not None:
        counter[0] += 1
    seen = _unknown.get(cls)
    if seen is None:
        seen = _unknown.setdefault(cls, {})
    member = seen.get(plain)
    if member is None:
        member = cast(Any, base).__new__(cls, plain)
        member._name_ = UNKNOWN_NAME
        member._value_ = plain
        if len(seen) < _CACHE_LIMIT:
            member = seen.setdefault(plain, member)
    result: _E = member
    return result


class Choice(Generic[_T]):
    """How a generated union picks its variant when several could take the value (a ``oneOf`` of objects).

    Open enums would otherwise make the first object variant take everything: a JSON:API ``type`` of
    ``"bundles"`` is a fine unlisted value of the ``products`` variant's enum. So while the variants are tried
    (inside ``with choice:``) every unlisted enum value is counted: the first variant that takes the value
    without any (:meth:`take` is true) wins at once; else the one that needed fewest (:meth:`result`), so a
    value with a really new enum value still parses; else the error (:meth:`result` raises). A nested union
    adds what its choice needed to the enclosing one's count.
    """

    __slots__ = ("_best", "_best_count", "_counter", "_token", "failed")

    def __init__(self) -> None:
        self.failed: list[FieldError] = []
        self._counter = [0]
        self._best: _T | None = None
        self._best_count = -1
        self._token: Token[list[int] | None] | None = None

    def __enter__(self) -> Choice[_T]:
        self._token = _unlisted.set(self._counter)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._token is not None:
            _unlisted.reset(self._token)
            self._token = None

    def take(self, value: _T) -> bool:
        """Whether ``value`` (what the last variant made) met no unlisted enum value; else keep it in reserve."""
        count, self._counter[0] = self._counter[0], 0
        if count == 0:
            return True
        if self._best_count < 0 or count < self._best_count:
            self._best, self._best_count = value, count
        return False

    def fail(self, error: FieldError) -> None:
        """The last variant refused the value."""
        self._counter[0] = 0
        self.failed.append(error)

    def result(self, expected: str, value: object) -> _T:
        """The variant kept in reserve; else the error: the one variant's own when only one was tried (it
        points deeper), else one that names them all."""
        if self._best_count >= 0:
            outer = _unlisted.get()
            if outer is not None:
                outer[0] += self._best_count
            return cast(_T, self._best)
        if len(self.failed) == 1:
            raise self.failed[0]
        raise FieldError(expected, value)
