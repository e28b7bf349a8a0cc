from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="HashOperators")


@_attrs_define
class HashOperators:
    """Operators for filtering a hash attribute; several operators combine with AND.

    Attributes:
        eq (JsonObject | Unset): A free-form JSON object.
    """

    eq: JsonObject | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        eq: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = self.eq.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (HashOperators)", src_dict)
        d = dict(src_dict)
        _eq = d.pop("eq", UNSET)
        eq: JsonObject | Unset = UNSET
        if _eq is not UNSET:
            try:
                eq = JsonObject.from_dict(_eq)
            except FieldError as field__error:
                field__error.segments.append("eq")
                raise

        hash_operators = cls(
            eq=eq,
        )

        if d:
            raise FieldError("no such property (HashOperators allows no others)", None, next(iter(d)), found="one")
        return hash_operators
