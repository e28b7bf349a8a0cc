from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_source import ErrorSource

_refs__resolved = False
_from_dict__ErrorSource: Callable[[Mapping[str, Any]], ErrorSource]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, ErrorSource  # noqa: PLW0603
    global _from_dict__ErrorSource  # noqa: PLW0603
    from ..models.error_source import ErrorSource  # noqa: PLC0415

    _from_dict__ErrorSource = ErrorSource.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """One JSON:API error.

    Attributes:
        id (str | Unset):
        status (str | Unset): HTTP status code, as a string.
        code (str | Unset): Machine-readable error code, e.g. `resources_not_found`.
        title (str | Unset):
        detail (str | Unset):
        source (ErrorSource | Unset): What part of the request caused the error.
        meta (dict[str, Any] | None | Unset): More about the error, e.g. the records that block an action; `null` when
            there is nothing more to say.
    """

    id: str | Unset = UNSET
    status: str | Unset = UNSET
    code: str | Unset = UNSET
    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    source: ErrorSource | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id
        status = self.status
        if status is not UNSET:
            field_dict["status"] = status
        code = self.code
        if code is not UNSET:
            field_dict["code"] = code
        title = self.title
        if title is not UNSET:
            field_dict["title"] = title
        detail = self.detail
        if detail is not UNSET:
            field_dict["detail"] = detail
        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()
        if source is not UNSET:
            field_dict["source"] = source
        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        else:
            meta = self.meta
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Error)", d)
            d = dict(d)
        n__absent = 0
        id = d.get("id", UNSET)
        if not (type(id) is str):
            if id is UNSET:
                n__absent += 1
            elif not isinstance(id, str):
                raise FieldError("string", id, "id")

        status = d.get("status", UNSET)
        if not (type(status) is str):
            if status is UNSET:
                n__absent += 1
            elif not isinstance(status, str):
                raise FieldError("string", status, "status")

        code = d.get("code", UNSET)
        if not (type(code) is str):
            if code is UNSET:
                n__absent += 1
            elif not isinstance(code, str):
                raise FieldError("string", code, "code")

        title = d.get("title", UNSET)
        if not (type(title) is str):
            if title is UNSET:
                n__absent += 1
            elif not isinstance(title, str):
                raise FieldError("string", title, "title")

        detail = d.get("detail", UNSET)
        if not (type(detail) is str):
            if detail is UNSET:
                n__absent += 1
            elif not isinstance(detail, str):
                raise FieldError("string", detail, "detail")

        _source = d.get("source", UNSET)
        source: ErrorSource | Unset = UNSET
        if _source is not UNSET:
            try:
                source = _from_dict__ErrorSource(_source)
            except FieldError as field__error:
                field__error.segments.append("source")
                raise

        if source is UNSET:
            n__absent += 1

        meta = d.get("meta", UNSET)
        if not (type(meta) is dict or meta is None):
            if meta is UNSET:
                n__absent += 1
            elif not (isinstance(meta, dict) or meta is None):
                raise FieldError("object or null", meta, "meta")

        if cls is _plain__class:
            error = _new__object(cls)
            error.id = id
            error.status = status
            error.code = code
            error.title = title
            error.detail = detail
            error.source = source
            error.meta = meta
            error.additional_properties = {}
        else:
            error = cls(
                id,
                status,
                code,
                title,
                detail,
                source,
                meta,
            )
        if len(d) + n__absent != 7:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"id", "status", "code", "title", "detail", "source", "meta"}
            }
            error.additional_properties = extra__props
        return error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    __repr__ = _model__repr


_plain__class: type[Error] | None = (
    Error
    if {field.name for field in _attrs_fields(Error)}
    == {"id", "status", "code", "title", "detail", "source", "meta", "additional_properties"}
    and not hasattr(Error, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
