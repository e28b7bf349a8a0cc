from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegerOperators")


@_attrs_define
class IntegerOperators:
    """Operators for filtering a integer attribute; several operators combine with AND.

    Attributes:
        eq (int | Unset): Match records equal to this value.
        not_eq (int | Unset): Match records not equal to this value.
        gt (int | Unset): Match records greater than this value.
        gte (int | Unset): Match records greater than or equal to this value.
        lt (int | Unset): Match records less than this value.
        lte (int | Unset): Match records less than or equal to this value.
    """

    eq: int | Unset = UNSET
    not_eq: int | Unset = UNSET
    gt: int | Unset = UNSET
    gte: int | Unset = UNSET
    lt: int | Unset = UNSET
    lte: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq = self.eq

        not_eq = self.not_eq

        gt = self.gt

        gte = self.gte

        lt = self.lt

        lte = self.lte

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq"] = eq
        if not_eq is not UNSET:
            field_dict["not_eq"] = not_eq
        if gt is not UNSET:
            field_dict["gt"] = gt
        if gte is not UNSET:
            field_dict["gte"] = gte
        if lt is not UNSET:
            field_dict["lt"] = lt
        if lte is not UNSET:
            field_dict["lte"] = lte

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (IntegerOperators)", src_dict)
        d = dict(src_dict)
        eq = d.pop("eq", UNSET)
        if not (isinstance(eq, int) and eq is not True and eq is not False) and eq is not UNSET:
            raise FieldError("integer", eq, "eq")

        not_eq = d.pop("not_eq", UNSET)
        if not (isinstance(not_eq, int) and not_eq is not True and not_eq is not False) and not_eq is not UNSET:
            raise FieldError("integer", not_eq, "not_eq")

        gt = d.pop("gt", UNSET)
        if not (isinstance(gt, int) and gt is not True and gt is not False) and gt is not UNSET:
            raise FieldError("integer", gt, "gt")

        gte = d.pop("gte", UNSET)
        if not (isinstance(gte, int) and gte is not True and gte is not False) and gte is not UNSET:
            raise FieldError("integer", gte, "gte")

        lt = d.pop("lt", UNSET)
        if not (isinstance(lt, int) and lt is not True and lt is not False) and lt is not UNSET:
            raise FieldError("integer", lt, "lt")

        lte = d.pop("lte", UNSET)
        if not (isinstance(lte, int) and lte is not True and lte is not False) and lte is not UNSET:
            raise FieldError("integer", lte, "lte")

        integer_operators = cls(
            eq=eq,
            not_eq=not_eq,
            gt=gt,
            gte=gte,
            lt=lt,
            lte=lte,
        )

        if d:
            raise FieldError("no such property (IntegerOperators allows no others)", None, next(iter(d)), found="one")
        return integer_operators
