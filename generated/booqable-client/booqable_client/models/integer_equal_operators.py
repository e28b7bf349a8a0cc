from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegerEqualOperators")


@_attrs_define
class IntegerEqualOperators:
    """Operators for filtering a integer attribute; several operators combine with AND.

    Attributes:
        eq (int | Unset): Match records equal to this value.
    """

    eq: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq = self.eq

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (IntegerEqualOperators)", src_dict)
        d = dict(src_dict)
        eq = d.pop("eq", UNSET)
        if not (isinstance(eq, int) and eq is not True and eq is not False) and eq is not UNSET:
            raise FieldError("integer", eq, "eq")

        integer_equal_operators = cls(
            eq=eq,
        )

        if d:
            raise FieldError(
                "no such property (IntegerEqualOperators allows no others)", None, next(iter(d)), found="one"
            )
        return integer_equal_operators
