from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="HashOperators")


@_attrs_define
class HashOperators:
    """Operators for filtering a hash attribute; several operators combine with AND.

    Attributes:
        eq (dict[str, Any] | Unset): A free-form JSON object.
    """

    eq: dict[str, Any] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        eq = self.eq
        if eq is not UNSET:
            field_dict["eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (HashOperators)", d)
            d = dict(d)
        n__absent = 0
        eq = d.get("eq", UNSET)
        if not (type(eq) is dict):
            if eq is UNSET:
                n__absent += 1
            elif not isinstance(eq, dict):
                raise FieldError("object", eq, "eq")

        if cls is _plain__class:
            hash_operators = _new__object(cls)
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

    __repr__ = _model__repr


_plain__class: type[HashOperators] | None = (
    HashOperators
    if {field.name for field in _attrs_fields(HashOperators)} == {"eq"}
    and not hasattr(HashOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
