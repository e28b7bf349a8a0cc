"""JSON:API relationships, resolved: ``order.customer`` is the ``Customer`` the response included, typed.

Booqable answers with compound documents: ``data`` holds the records asked for, and each record's
``relationships`` name the related records by type and id (only those asked for with ``include``), which come
once each in ``included``. The generated models read that as it is sent; this module joins it back up:

- every response document, as it is built (sync, async, a paginator's pages, ``from_dict`` called by hand),
  hands its records one shared index of the document (``link_document``): nothing else happens then, so
  reading a response costs what it did;
- each relationship of a resource model is a typed accessor (``ToOne``/``ToMany``, generated from the spec's
  ``x-related``): ``order.customer`` is a ``Customer`` or ``None``, ``order.lines`` a ``list[Line]``, a
  polymorphic ``line.item`` a ``Product | Bundle | ProductGroup``. On first access the included record is read
  into its model and kept, so every later access, from any record of the document, gives the same object;
  that is also why cycles (an order's lines pointing back at the order) are no problem;
- each attribute Booqable always sends is a typed accessor too (``Attribute``, from the spec's ``required``):
  ``order.number`` is ``order.attributes.number`` typed as sent; one a sparse fieldset left out raises
  :class:`NotSentError`, a sibling of :class:`NotIncludedError` under :class:`NotInResponseError`;
- what the response does not say raises instead of looking like an answer: a relationship that was not
  included raises :class:`NotIncludedError` (``None`` means the server said there is no customer, ``[]`` that
  there are no lines), a record of a type the spec does not allow there raises :class:`RelationshipError`.

A record keeps its document through ``pickle``, ``copy.deepcopy`` and ``from_dict(record.to_dict())``; a
plain dict (one that went through JSON) has no document, so its relationships raise :class:`NotIncludedError`.

The ids stay where they were (``order.relationships.customer.data.id``, ``order.attributes.customer_id``);
writes set them through the attributes (``OrderWriteAttributes(...).relate(customer=customer)``).
"""

from __future__ import annotations

import importlib
import weakref
from collections.abc import Callable
from typing import Any, Generic, NoReturn, TypeVar, cast, overload
from uuid import UUID

from ..types import UNSET, Unset
from ._fields import FieldError

__all__ = [  # the descriptors and link_document serve generated models only
    "NotInResponseError",
    "NotIncludedError",
    "NotSentError",
    "RelationshipError",
]

T = TypeVar("T")

Target = tuple[str, str, str]
"""A type a relationship may point at: (JSON:API type, module under ``models``, model class)."""

_MISSING: Any = object()


class NotInResponseError(LookupError):
    """What was read is not in the response: a relationship it did not include (:class:`NotIncludedError`) or
    an attribute it did not send (:class:`NotSentError`). One ``except`` for both."""


class RelationshipError(LookupError):
    """A relationship of a record cannot be resolved from the response it came with."""

    def __init__(self, message: str, *, resource: str, resource_id: UUID | None, relationship: str) -> None:
        super().__init__(message)
        self.resource = resource
        """The JSON:API type of the record whose relationship was read (``orders``)."""
        self.resource_id = resource_id
        self.relationship = relationship
        """The relationship's name (``customer``): also what to add to ``include``."""


class NotIncludedError(RelationshipError, NotInResponseError):
    """The related records are not in the response: the request did not ``include`` the relationship (or the
    record was not read from a response at all). Ask for it, e.g. ``client.orders.get(id, include="customer")``."""


class NotSentError(NotInResponseError):
    """An attribute Booqable always sends is not in this record: a sparse fieldset (``fields[orders]=...``) left
    it out. Ask for it there, or read ``record.attributes.<name>`` (``UNSET`` when not sent)."""

    def __init__(self, message: str, *, resource: str, resource_id: UUID | None, attribute: str) -> None:
        super().__init__(message)
        self.resource = resource
        """The JSON:API type of the record (``orders``): the key of ``fields[...]``."""
        self.resource_id = resource_id
        self.attribute = attribute
        """The attribute as Booqable names it (``number``): what to add to ``fields[...]``."""


def _failure(kind: type[RelationshipError], owner: Any, name: str, message: str) -> RelationshipError:
    """The error about relationship ``name`` of ``owner``, its message led by the record it is about."""
    return kind(
        f"{_describe(owner)}: {message}",
        resource=_type_of(owner),
        resource_id=getattr(owner, "id", None),
        relationship=name,
    )


def _type_of(record: Any) -> str:
    kind = getattr(record, "type_", None)
    if isinstance(kind, str):  # the enums are StrEnums
        return str(kind)
    return str(getattr(type(record), "_jsonapi__type", "") or "")


def _describe(record: Any) -> str:
    return f"{_type_of(record) or type(record).__name__} {getattr(record, 'id', '?')}"


class _Document:
    """One response's records by (type, id), read into their models on first use.

    Until a relationship is first resolved the document holds its primary records weakly: records and document
    point at each other, and that cycle would leave every page to the cyclic garbage collector (~15% slower
    paging for callers who never read a relationship). The first resolution pins the primary records still
    alive, so a cycle such as ``order.lines[0].order`` comes back to the same object from then on.
    """

    __slots__ = ("_included", "_index", "_primary")

    def __init__(self, primary: list[Any], included: list[Any]) -> None:
        self._primary = [_weak(record) for record in primary]
        self._included = included
        self._index: dict[tuple[str, UUID], Any] | None = None

    def __getstate__(self) -> tuple[list[Any], list[Any], dict[tuple[str, UUID], Any] | None]:
        """Pickled and deep-copied with the primary records held strongly (a weak reference cannot be pickled);
        the copy holds them weakly again until it is first used, as this one did."""
        primary = [record for record in (ref() for ref in self._primary) if record is not None]
        return primary, self._included, self._index

    def __setstate__(self, state: tuple[list[Any], list[Any], dict[tuple[str, UUID], Any] | None]) -> None:
        primary, self._included, self._index = state
        self._primary = [_weak(record) for record in primary]

    def _build(self) -> dict[tuple[str, UUID], Any]:
        index: dict[tuple[str, UUID], Any] = {}
        for position, record in enumerate(self._included):  # an int: not read into its model yet
            index.setdefault((str(record.type_ or ""), record.id), position)
        for ref in self._primary:  # the primary records win: they are already models
            record = ref()
            if record is None:
                continue
            index[(_type_of(record), record.id)] = record
        self._primary = []
        self._index = index
        return index

    def find(self, kind: str, id_: UUID, targets: tuple[Target, ...], owner: Any, name: str) -> Any:
        """The record ``kind``/``id_`` that relationship ``name`` of ``owner`` points at, as its model."""
        index = self._index if self._index is not None else self._build()
        entry = index.get((kind, id_), _MISSING)
        target = next((t for t in targets if t[0] == kind or not t[0]), None)
        if entry is _MISSING and target is None:  # the identifier may name a super-type (``items``)
            for candidate in targets:
                entry = index.get((candidate[0], id_), _MISSING)
                if entry is not _MISSING:
                    target = candidate
                    break
        if entry is _MISSING:
            message = (
                f"its {name} ({kind} {id_}) is not among the response's included records (nor a primary "
                f"record of it still in use); ask for it with include={name!r}"
            )
            raise _failure(NotIncludedError, owner, name, message)
        if target is None:
            expected = ", ".join(dict.fromkeys(t[0] for t in targets))
            message = f"its {name} is a {kind} record, where the spec allows {expected}"
            raise _failure(RelationshipError, owner, name, message)
        if type(entry) is int:
            entry = self._read(entry, target, owner)
        return entry

    def _read(self, position: int, target: Target, owner: Any) -> Any:
        record = self._included[position]
        model = _model_class(owner, target)
        if isinstance(record, model):  # a type the spec does not model: the record as `included` holds it
            value = record
        else:
            try:
                value = model.from_dict(record.to_dict())
            except FieldError as error:
                error.segments += [position, "included"]
                raise
            _attach(value, self)
        assert self._index is not None
        self._index[(str(record.type_ or ""), record.id)] = value
        return value


_CLASSES: dict[tuple[str, str, str], Any] = {}


def _model_class(owner: Any, target: Target) -> Any:
    package = type(owner).__module__.rpartition(".models.")[0]
    key = (package, target[1], target[2])
    found = _CLASSES.get(key)
    if found is None:
        found = _CLASSES[key] = getattr(importlib.import_module(f"{package}.models.{target[1]}"), target[2])
    return found


def link_document(document: Any) -> None:
    """Give the records of a response document (``data``: one record or a list) the index of that document."""
    data = document.data
    records = data if isinstance(data, list) else [] if data is None or isinstance(data, Unset) else [data]
    included = document.included
    shared = _Document(records, [] if isinstance(included, Unset) or included is None else included)
    for record in records:
        _attach(record, shared)


class _Carried(dict[str, Any]):
    """A resource's ``to_dict()``: a plain ``dict`` to everything else (JSON included) that remembers the response
    the resource came in, so ``Model.from_dict(record.to_dict())`` resolves the same relationships."""

    __slots__ = ("document",)
    document: _Document


def carried(document: _Document | None) -> dict[str, Any]:
    """The dict a resource's ``to_dict`` fills: one that carries ``document`` along when there is one."""
    if document is None:
        return {}
    found = _Carried()
    found.document = document
    return found


def adopt(record: Any, source: object) -> None:
    """From ``from_dict``: give ``record`` the response of the resource whose ``to_dict`` ``source`` is."""
    if type(source) is _Carried:
        _attach(record, source.document)


def _attach(record: Any, document: _Document) -> None:
    try:  # noqa: SIM105 (contextlib.suppress costs a context manager per record)
        record._jsonapi__document = document
    except AttributeError:  # a model without relationships to resolve has no slot for it
        pass


def _weak(record: Any) -> Callable[[], Any]:
    try:
        return weakref.ref(record)
    except TypeError:  # not weakly referable: hold it (a cycle, but correct)
        return lambda: record


def _linkage(owner: Any, name: str) -> Any:
    """What the record's ``relationships`` say about ``name``: identifier(s) or None; raises when they are silent."""
    relationships = getattr(owner, "relationships", None)
    relationship = None if isinstance(relationships, Unset) else getattr(relationships, name, None)
    data = _MISSING if relationship is None or isinstance(relationship, Unset) else relationship.data
    if data is _MISSING or isinstance(data, Unset):
        message = f"its {name} was not included in the response; ask for it with include={name!r}"
        raise _failure(NotIncludedError, owner, name, message)
    return data


def _document(owner: Any, name: str) -> _Document:
    shared: _Document | None = owner._jsonapi__document
    if shared is None:
        message = f"its {name} can only be resolved on a record read from a response"
        raise _failure(NotIncludedError, owner, name, message)
    return shared


class _Relationship:
    def __init__(self, *targets: Target) -> None:
        self.targets = targets
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __set__(self, owner: object, value: NoReturn) -> NoReturn:
        raise AttributeError(
            f"{self.name} is read from the response; to change it, send the write attributes "
            f"(e.g. relate({self.name}=...)) with an update"
        )


class Attribute(Generic[T]):
    """An attribute Booqable always sends, read from the record's ``attributes``: ``order.number`` is
    ``order.attributes.number``, typed as sent (``None`` only for a ``null``); not sent raises
    :class:`NotSentError`."""

    def __init__(self, wire: str = "") -> None:
        self.wire = wire
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.wire = self.wire or name

    @overload
    def __get__(self, owner: None, kind: type | None = None) -> Attribute[T]: ...
    @overload
    def __get__(self, owner: object, kind: type | None = None) -> T: ...
    def __get__(self, owner: object, kind: type | None = None) -> Attribute[T] | T:
        if owner is None:
            return self
        attributes = getattr(owner, "attributes", UNSET)
        value = UNSET if attributes is UNSET else getattr(attributes, self.name, UNSET)
        if value is UNSET:
            raise self._not_sent(owner, attributes is UNSET)
        return cast("T", value)

    def _not_sent(self, owner: object, none_at_all: bool) -> NotSentError:
        kind = _type_of(owner)
        what = "no attributes were sent" if none_at_all else f"its {self.wire} was not sent"
        return NotSentError(
            f"{_describe(owner)}: {what} (a sparse fieldset left it out); add it to fields[{kind}]",
            resource=kind,
            resource_id=getattr(owner, "id", None),
            attribute=self.wire,
        )

    def __set__(self, owner: object, value: NoReturn) -> NoReturn:
        raise AttributeError(
            f"{self.name} is read from the response; to change it, send the write attributes with an update"
        )


class ToOne(_Relationship, Generic[T]):
    """A to-one relationship of a resource model: the related record (``None`` when there is none)."""

    @overload
    def __get__(self, owner: None, kind: type | None = None) -> ToOne[T]: ...
    @overload
    def __get__(self, owner: object, kind: type | None = None) -> T | None: ...
    def __get__(self, owner: object, kind: type | None = None) -> ToOne[T] | T | None:
        if owner is None:
            return self
        data = _linkage(owner, self.name)
        if data is None:
            return None
        if isinstance(data, list):
            message = f"its {self.name} is a to-one relationship, but the response lists records"
            raise _failure(RelationshipError, owner, self.name, message)
        return cast("T", _document(owner, self.name).find(data.type_, data.id, self.targets, owner, self.name))


class ToMany(_Relationship, Generic[T]):
    """A to-many relationship of a resource model: the related records, in the order the response gives."""

    @overload
    def __get__(self, owner: None, kind: type | None = None) -> ToMany[T]: ...
    @overload
    def __get__(self, owner: object, kind: type | None = None) -> list[T]: ...
    def __get__(self, owner: object, kind: type | None = None) -> ToMany[T] | list[T]:
        if owner is None:
            return self
        data = _linkage(owner, self.name)
        if data is None:
            return []
        if not isinstance(data, list):
            message = f"its {self.name} is a to-many relationship, but the response gives one record"
            raise _failure(RelationshipError, owner, self.name, message)
        shared = _document(owner, self.name)
        return [shared.find(item.type_, item.id, self.targets, owner, self.name) for item in data]
