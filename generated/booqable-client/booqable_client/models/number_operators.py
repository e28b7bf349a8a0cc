from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
                raise FieldError("object (NumberOperators)", d)
            d = dict(d)
        n__absent = 0
        eq = d.get("eq", UNSET)
        if not (type(eq) is float or type(eq) is int):
            if eq is UNSET:
                n__absent += 1
            elif not (isinstance(eq, float) or (isinstance(eq, int) and eq is not True and eq is not False)):
                raise FieldError("number", eq, "eq")

        not_eq = d.get("not_eq", UNSET)
        if not (type(not_eq) is float or type(not_eq) is int):
            if not_eq is UNSET:
                n__absent += 1
            elif not (
                isinstance(not_eq, float) or (isinstance(not_eq, int) and not_eq is not True and not_eq is not False)
            ):
                raise FieldError("number", not_eq, "not_eq")

        gt = d.get("gt", UNSET)
        if not (type(gt) is float or type(gt) is int):
            if gt is UNSET:
                n__absent += 1
            elif not (isinstance(gt, float) or (isinstance(gt, int) and gt is not True and gt is not False)):
                raise FieldError("number", gt, "gt")

        gte = d.get("gte", UNSET)
        if not (type(gte) is float or type(gte) is int):
            if gte is UNSET:
                n__absent += 1
            elif not (isinstance(gte, float) or (isinstance(gte, int) and gte is not True and gte is not False)):
                raise FieldError("number", gte, "gte")

        lt = d.get("lt", UNSET)
        if not (type(lt) is float or type(lt) is int):
            if lt is UNSET:
                n__absent += 1
            elif not (isinstance(lt, float) or (isinstance(lt, int) and lt is not True and lt is not False)):
                raise FieldError("number", lt, "lt")

        lte = d.get("lte", UNSET)
        if not (type(lte) is float or type(lte) is int):
            if lte is UNSET:
                n__absent += 1
            elif not (isinstance(lte, float) or (isinstance(lte, int) and lte is not True and lte is not False)):
                raise FieldError("number", lte, "lte")

        if cls is _plain__class:
            number_operators = _new__object(cls)
            number_operators.eq = eq
            number_operators.not_eq = not_eq
            number_operators.gt = gt
            number_operators.gte = gte
            number_operators.lt = lt
            number_operators.lte = lte
        else:
            number_operators = cls(
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
                        "no such property (NumberOperators allows no others)", None, prop_name, found="one"
                    )
        return number_operators

    __repr__ = _model__repr


_plain__class: type[NumberOperators] | None = (
    NumberOperators
    if {field.name for field in _attrs_fields(NumberOperators)} == {"eq", "not_eq", "gt", "gte", "lt", "lte"}
    and not hasattr(NumberOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
