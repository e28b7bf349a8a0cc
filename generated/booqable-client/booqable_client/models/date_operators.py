from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="DateOperators")


@_attrs_define
class DateOperators:
    """Operators for filtering a date attribute; several operators combine with AND. Values are dates (`2024-01-01`); the
    documented search example sends date-times, so both spellings are accepted.

        Attributes:
            eq (str | Unset): Match records equal to this value.
            not_eq (str | Unset): Match records not equal to this value.
            gt (str | Unset): Match records greater than this value.
            gte (str | Unset): Match records greater than or equal to this value.
            lt (str | Unset): Match records less than this value.
            lte (str | Unset): Match records less than or equal to this value.
    """

    eq: str | Unset = UNSET
    not_eq: str | Unset = UNSET
    gt: str | Unset = UNSET
    gte: str | Unset = UNSET
    lt: str | Unset = UNSET
    lte: str | Unset = UNSET

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
            raise FieldError("object (DateOperators)", src_dict)
        d = dict(src_dict)
        eq = d.pop("eq", UNSET)
        if not isinstance(eq, str) and eq is not UNSET:
            raise FieldError("string", eq, "eq")

        not_eq = d.pop("not_eq", UNSET)
        if not isinstance(not_eq, str) and not_eq is not UNSET:
            raise FieldError("string", not_eq, "not_eq")

        gt = d.pop("gt", UNSET)
        if not isinstance(gt, str) and gt is not UNSET:
            raise FieldError("string", gt, "gt")

        gte = d.pop("gte", UNSET)
        if not isinstance(gte, str) and gte is not UNSET:
            raise FieldError("string", gte, "gte")

        lt = d.pop("lt", UNSET)
        if not isinstance(lt, str) and lt is not UNSET:
            raise FieldError("string", lt, "lt")

        lte = d.pop("lte", UNSET)
        if not isinstance(lte, str) and lte is not UNSET:
            raise FieldError("string", lte, "lte")

        date_operators = cls(
            eq=eq,
            not_eq=not_eq,
            gt=gt,
            gte=gte,
            lt=lt,
            lte=lte,
        )

        if d:
            raise FieldError("no such property (DateOperators allows no others)", None, next(iter(d)), found="one")
        return date_operators
