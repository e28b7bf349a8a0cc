from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="BooleanOperators")


@_attrs_define
class BooleanOperators:
    """Operators for filtering a boolean attribute; several operators combine with AND.

    Attributes:
        eq (bool | Unset): Match records equal to this value.
    """

    eq: bool | Unset = UNSET

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
                raise FieldError("object (BooleanOperators)", d)
            d = dict(d)
        n__absent = 0
        eq = d.get("eq", UNSET)
        if not (eq is True or eq is False):
            if eq is UNSET:
                n__absent += 1
            elif not isinstance(eq, bool):
                raise FieldError("boolean", eq, "eq")

        if cls is _plain__class:
            boolean_operators = _new__object(cls)
            boolean_operators.eq = eq
        else:
            boolean_operators = cls(
                eq,
            )
        if len(d) + n__absent != 1:
            for prop_name in d:
                if prop_name not in {"eq"}:
                    raise FieldError(
                        "no such property (BooleanOperators allows no others)", None, prop_name, found="one"
                    )
        return boolean_operators

    __repr__ = _model__repr


_plain__class: type[BooleanOperators] | None = (
    BooleanOperators
    if {field.name for field in _attrs_fields(BooleanOperators)} == {"eq"}
    and not hasattr(BooleanOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
