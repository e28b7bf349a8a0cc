from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_source import ErrorSource
    from ..models.json_object import JsonObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, ErrorSource, JsonObject  # noqa: PLW0603
    from ..models.error_source import ErrorSource  # noqa: PLC0415
    from ..models.json_object import JsonObject  # noqa: PLC0415

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
        meta (JsonObject | None | Unset): More about the error, e.g. the records that block an action; `null` when there
            is nothing more to say.
    """

    id: str | Unset = UNSET
    status: str | Unset = UNSET
    code: str | Unset = UNSET
    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    source: ErrorSource | Unset = UNSET
    meta: JsonObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        id = self.id

        status = self.status

        code = self.code

        title = self.title

        detail = self.detail

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, JsonObject):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if source is not UNSET:
            field_dict["source"] = source
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Error)", src_dict)
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            raise FieldError("string", id, "id")

        status = d.pop("status", UNSET)
        if not isinstance(status, str) and status is not UNSET:
            raise FieldError("string", status, "status")

        code = d.pop("code", UNSET)
        if not isinstance(code, str) and code is not UNSET:
            raise FieldError("string", code, "code")

        title = d.pop("title", UNSET)
        if not isinstance(title, str) and title is not UNSET:
            raise FieldError("string", title, "title")

        detail = d.pop("detail", UNSET)
        if not isinstance(detail, str) and detail is not UNSET:
            raise FieldError("string", detail, "detail")

        _source = d.pop("source", UNSET)
        source: ErrorSource | Unset = UNSET
        if _source is not UNSET:
            try:
                source = ErrorSource.from_dict(_source)
            except FieldError as field__error:
                field__error.segments.append("source")
                raise

        _meta = d.pop("meta", UNSET)
        meta: JsonObject | None | Unset
        if _meta is None or _meta is UNSET:
            meta = _meta
        elif isinstance(_meta, dict):
            try:
                meta_type_0 = JsonObject.from_dict(_meta)
            except FieldError as field__error:
                field__error.segments.append("meta")
                raise

            meta = meta_type_0
        else:
            raise FieldError("object (JsonObject) or null", _meta, "meta")

        error = cls(
            id=id,
            status=status,
            code=code,
            title=title,
            detail=detail,
            source=source,
            meta=meta,
        )

        error.additional_properties = d
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
