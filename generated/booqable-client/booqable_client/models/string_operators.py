from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="StringOperators")


@_attrs_define
class StringOperators:
    """Operators for filtering a string attribute; several operators combine with AND.

    Attributes:
        eq (str | Unset): Match records equal to this value.
        not_eq (str | Unset): Match records not equal to this value.
    """

    eq: str | Unset = UNSET
    not_eq: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        eq = self.eq
        if eq is not UNSET:
            field_dict["eq"] = eq
        not_eq = self.not_eq
        if not_eq is not UNSET:
            field_dict["not_eq"] = not_eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (StringOperators)", d)
            d = dict(d)
        n__absent = 0
        eq = d.get("eq", UNSET)
        if not (type(eq) is str):
            if eq is UNSET:
                n__absent += 1
            elif not isinstance(eq, str):
                raise FieldError("string", eq, "eq")

        not_eq = d.get("not_eq", UNSET)
        if not (type(not_eq) is str):
            if not_eq is UNSET:
                n__absent += 1
            elif not isinstance(not_eq, str):
                raise FieldError("string", not_eq, "not_eq")

        if cls is _plain__class:
            string_operators = _new__object(cls)
            string_operators.eq = eq
            string_operators.not_eq = not_eq
        else:
            string_operators = cls(
                eq,
                not_eq,
            )
        if len(d) + n__absent != 2:
            for prop_name in d:
                if prop_name not in {"eq", "not_eq"}:
                    raise FieldError(
                        "no such property (StringOperators allows no others)", None, prop_name, found="one"
                    )
        return string_operators

    __repr__ = _model__repr


_plain__class: type[StringOperators] | None = (
    StringOperators
    if {field.name for field in _attrs_fields(StringOperators)} == {"eq", "not_eq"}
    and not hasattr(StringOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
