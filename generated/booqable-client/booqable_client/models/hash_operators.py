from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

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
        field_dict: dict[str, Any] = {}

        eq: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = self.eq.to_dict()
        if eq is not UNSET:
            field_dict["eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (HashOperators)", d)
            d = dict(d)
        n__absent = 0
        _eq = d.get("eq", UNSET)
        eq: JsonObject | Unset = UNSET
        if _eq is not UNSET:
            try:
                eq = JsonObject.from_dict(_eq)
            except FieldError as field__error:
                field__error.segments.append("eq")
                raise

        if eq is UNSET:
            n__absent += 1

        if cls is _plain__class:
            hash_operators = cls.__new__(cls)
            hash_operators.eq = eq
        else:
            hash_operators = cls(
                eq,
            )
        if len(d) + n__absent != 1:
            for prop_name in d:
                if prop_name not in {"eq"}:
                    raise FieldError("no such property (HashOperators allows no others)", None, prop_name, found="one")
        return hash_operators


_plain__class: type[HashOperators] | None = (
    HashOperators
    if {field.name for field in _attrs_fields(HashOperators)} == {"eq"}
    and not hasattr(HashOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
