from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.error import Error

_refs__resolved = False
_from_dict__Error: Callable[[Mapping[str, Any]], Error]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Error  # noqa: PLW0603
    global _from_dict__Error  # noqa: PLW0603
    from ..models.error import Error  # noqa: PLC0415

    _from_dict__Error = Error.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="ErrorDocument")


@_attrs_define
class ErrorDocument:
    """Body of an error response.

    Attributes:
        errors (list[Error]):
    """

    errors: list[Error]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ErrorDocument)", d)
            d = dict(d)
        _errors = d.get("errors", UNSET)
        if isinstance(_errors, list):
            errors = []
            try:
                for errors_item_data in _errors:
                    errors_item = _from_dict__Error(errors_item_data)

                    errors.append(errors_item)
            except FieldError as field__error:
                field__error.segments.append(len(errors))
                field__error.segments.append("errors")
                raise
        else:
            raise FieldError("array", _errors, "errors")

        if cls is _plain__class:
            error_document = _new__object(cls)
            error_document.errors = errors
            error_document.additional_properties = {}
        else:
            error_document = cls(
                errors,
            )
        if len(d) != 1:
            extra__props = {prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"errors"}}
            error_document.additional_properties = extra__props
        return error_document

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


_plain__class: type[ErrorDocument] | None = (
    ErrorDocument
    if {field.name for field in _attrs_fields(ErrorDocument)} == {"errors", "additional_properties"}
    and not hasattr(ErrorDocument, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
