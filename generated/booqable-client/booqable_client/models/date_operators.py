from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}

        eq = self.eq
        if eq is not UNSET:
            field_dict["eq"] = eq
        not_eq = self.not_eq
        if not_eq is not UNSET:
            field_dict["not_eq"] = not_eq
        gt = self.gt
        if gt is not UNSET:
            field_dict["gt"] = gt
        gte = self.gte
        if gte is not UNSET:
            field_dict["gte"] = gte
        lt = self.lt
        if lt is not UNSET:
            field_dict["lt"] = lt
        lte = self.lte
        if lte is not UNSET:
            field_dict["lte"] = lte

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DateOperators)", d)
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

        gt = d.get("gt", UNSET)
        if not (type(gt) is str):
            if gt is UNSET:
                n__absent += 1
            elif not isinstance(gt, str):
                raise FieldError("string", gt, "gt")

        gte = d.get("gte", UNSET)
        if not (type(gte) is str):
            if gte is UNSET:
                n__absent += 1
            elif not isinstance(gte, str):
                raise FieldError("string", gte, "gte")

        lt = d.get("lt", UNSET)
        if not (type(lt) is str):
            if lt is UNSET:
                n__absent += 1
            elif not isinstance(lt, str):
                raise FieldError("string", lt, "lt")

        lte = d.get("lte", UNSET)
        if not (type(lte) is str):
            if lte is UNSET:
                n__absent += 1
            elif not isinstance(lte, str):
                raise FieldError("string", lte, "lte")

        if cls is _plain__class:
            date_operators = _new__object(cls)
            date_operators.eq = eq
            date_operators.not_eq = not_eq
            date_operators.gt = gt
            date_operators.gte = gte
            date_operators.lt = lt
            date_operators.lte = lte
        else:
            date_operators = cls(
                eq,
                not_eq,
                gt,
                gte,
                lt,
                lte,
            )
        if len(d) + n__absent != 6:
            for prop_name in d:
                if prop_name not in {"eq", "not_eq", "gt", "gte", "lt", "lte"}:
                    raise FieldError("no such property (DateOperators allows no others)", None, prop_name, found="one")
        return date_operators

    __repr__ = _model__repr


_plain__class: type[DateOperators] | None = (
    DateOperators
    if {field.name for field in _attrs_fields(DateOperators)} == {"eq", "not_eq", "gt", "gte", "lt", "lte"}
    and not hasattr(DateOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
