from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
                raise FieldError("object (IntegerOperators)", d)
            d = dict(d)
        n__absent = 0
        eq = d.get("eq", UNSET)
        if not (type(eq) is int):
            if eq is UNSET:
                n__absent += 1
            elif not (isinstance(eq, int) and eq is not True and eq is not False):
                raise FieldError("integer", eq, "eq")

        not_eq = d.get("not_eq", UNSET)
        if not (type(not_eq) is int):
            if not_eq is UNSET:
                n__absent += 1
            elif not (isinstance(not_eq, int) and not_eq is not True and not_eq is not False):
                raise FieldError("integer", not_eq, "not_eq")

        gt = d.get("gt", UNSET)
        if not (type(gt) is int):
            if gt is UNSET:
                n__absent += 1
            elif not (isinstance(gt, int) and gt is not True and gt is not False):
                raise FieldError("integer", gt, "gt")

        gte = d.get("gte", UNSET)
        if not (type(gte) is int):
            if gte is UNSET:
                n__absent += 1
            elif not (isinstance(gte, int) and gte is not True and gte is not False):
                raise FieldError("integer", gte, "gte")

        lt = d.get("lt", UNSET)
        if not (type(lt) is int):
            if lt is UNSET:
                n__absent += 1
            elif not (isinstance(lt, int) and lt is not True and lt is not False):
                raise FieldError("integer", lt, "lt")

        lte = d.get("lte", UNSET)
        if not (type(lte) is int):
            if lte is UNSET:
                n__absent += 1
            elif not (isinstance(lte, int) and lte is not True and lte is not False):
                raise FieldError("integer", lte, "lte")

        if cls is _plain__class:
            integer_operators = _new__object(cls)
            integer_operators.eq = eq
            integer_operators.not_eq = not_eq
            integer_operators.gt = gt
            integer_operators.gte = gte
            integer_operators.lt = lt
            integer_operators.lte = lte
        else:
            integer_operators = cls(
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
                    raise FieldError(
                        "no such property (IntegerOperators allows no others)", None, prop_name, found="one"
                    )
        return integer_operators

    __repr__ = _model__repr


_plain__class: type[IntegerOperators] | None = (
    IntegerOperators
    if {field.name for field in _attrs_fields(IntegerOperators)} == {"eq", "not_eq", "gt", "gte", "lt", "lte"}
    and not hasattr(IntegerOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
