from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberOperators")


@_attrs_define
class NumberOperators:
    """Operators for filtering a float attribute; several operators combine with AND.

    Attributes:
        eq (float | Unset): Match records equal to this value.
        not_eq (float | Unset): Match records not equal to this value.
        gt (float | Unset): Match records greater than this value.
        gte (float | Unset): Match records greater than or equal to this value.
        lt (float | Unset): Match records less than this value.
        lte (float | Unset): Match records less than or equal to this value.
    """

    eq: float | Unset = UNSET
    not_eq: float | Unset = UNSET
    gt: float | Unset = UNSET
    gte: float | Unset = UNSET
    lt: float | Unset = UNSET
    lte: float | Unset = UNSET

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
            raise FieldError("object (NumberOperators)", src_dict)
        d = dict(src_dict)
        eq = d.pop("eq", UNSET)
        if (
            not (isinstance(eq, float) or (isinstance(eq, int) and eq is not True and eq is not False))
            and eq is not UNSET
        ):
            raise FieldError("number", eq, "eq")

        not_eq = d.pop("not_eq", UNSET)
        if (
            not (isinstance(not_eq, float) or (isinstance(not_eq, int) and not_eq is not True and not_eq is not False))
            and not_eq is not UNSET
        ):
            raise FieldError("number", not_eq, "not_eq")

        gt = d.pop("gt", UNSET)
        if (
            not (isinstance(gt, float) or (isinstance(gt, int) and gt is not True and gt is not False))
            and gt is not UNSET
        ):
            raise FieldError("number", gt, "gt")

        gte = d.pop("gte", UNSET)
        if (
            not (isinstance(gte, float) or (isinstance(gte, int) and gte is not True and gte is not False))
            and gte is not UNSET
        ):
            raise FieldError("number", gte, "gte")

        lt = d.pop("lt", UNSET)
        if (
            not (isinstance(lt, float) or (isinstance(lt, int) and lt is not True and lt is not False))
            and lt is not UNSET
        ):
            raise FieldError("number", lt, "lt")

        lte = d.pop("lte", UNSET)
        if (
            not (isinstance(lte, float) or (isinstance(lte, int) and lte is not True and lte is not False))
            and lte is not UNSET
        ):
            raise FieldError("number", lte, "lte")

        number_operators = cls(
            eq=eq,
            not_eq=not_eq,
            gt=gt,
            gte=gte,
            lt=lt,
            lte=lte,
        )

        if d:
            raise FieldError("no such property (NumberOperators allows no others)", None, next(iter(d)), found="one")
        return number_operators
