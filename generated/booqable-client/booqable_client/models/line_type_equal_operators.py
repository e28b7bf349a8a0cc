from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.line_type import LineType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LineTypeEqualOperators")


@_attrs_define
class LineTypeEqualOperators:
    """Operators for filtering on a `LineType` attribute; several operators combine with AND.

    Attributes:
        eq (LineType | Literal["charge", "delivery_rate", "deposit_charge", "legacy_migration", "proration", "section"]
            | Unset): What a line stands for.
    """

    eq: (
        LineType
        | Literal["charge", "delivery_rate", "deposit_charge", "legacy_migration", "proration", "section"]
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = LineType(self.eq).value

        if eq is not UNSET:
            field_dict["eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (LineTypeEqualOperators)", d)
            d = dict(d)
        n__absent = 0
        _eq = d.get("eq", UNSET)
        eq: (
            LineType
            | Literal["charge", "delivery_rate", "deposit_charge", "legacy_migration", "proration", "section"]
            | Unset
        ) = UNSET
        if type(_eq) is str:
            eq = LineType._by__value.get(_eq) or LineType(_eq)
        elif isinstance(_eq, str):
            eq = LineType(_eq)
        elif _eq is not UNSET:
            raise FieldError("string (LineType)", _eq, "eq")

        if eq is UNSET:
            n__absent += 1

        if cls is _plain__class:
            line_type_equal_operators = _new__object(cls)
            line_type_equal_operators.eq = eq
        else:
            line_type_equal_operators = cls(
                eq,
            )
        if len(d) + n__absent != 1:
            for prop_name in d:
                if prop_name not in {"eq"}:
                    raise FieldError(
                        "no such property (LineTypeEqualOperators allows no others)", None, prop_name, found="one"
                    )
        return line_type_equal_operators

    __repr__ = _model__repr


_plain__class: type[LineTypeEqualOperators] | None = (
    LineTypeEqualOperators
    if {field.name for field in _attrs_fields(LineTypeEqualOperators)} == {"eq"}
    and not hasattr(LineTypeEqualOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
