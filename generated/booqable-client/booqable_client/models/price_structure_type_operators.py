from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.price_structure_type import PriceStructureType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceStructureTypeOperators")


@_attrs_define
class PriceStructureTypeOperators:
    """Operators for filtering on a `PriceStructureType` attribute; several operators combine with AND.

    Attributes:
        eq (PriceStructureType | Literal["private", "reusable"] | Unset): Values of `price_structure_type` on price
            structures.
        not_eq (PriceStructureType | Literal["private", "reusable"] | Unset): Values of `price_structure_type` on price
            structures.
    """

    eq: PriceStructureType | Literal["private", "reusable"] | Unset = UNSET
    not_eq: PriceStructureType | Literal["private", "reusable"] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = PriceStructureType(self.eq).value

        if eq is not UNSET:
            field_dict["eq"] = eq
        not_eq: str | Unset = UNSET
        if not isinstance(self.not_eq, Unset):
            not_eq = PriceStructureType(self.not_eq).value

        if not_eq is not UNSET:
            field_dict["not_eq"] = not_eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PriceStructureTypeOperators)", d)
            d = dict(d)
        n__absent = 0
        _eq = d.get("eq", UNSET)
        eq: PriceStructureType | Literal["private", "reusable"] | Unset = UNSET
        if type(_eq) is str:
            eq = PriceStructureType._by__value.get(_eq) or PriceStructureType(_eq)
        elif isinstance(_eq, str):
            eq = PriceStructureType(_eq)
        elif _eq is not UNSET:
            raise FieldError("string (PriceStructureType)", _eq, "eq")

        if eq is UNSET:
            n__absent += 1

        _not_eq = d.get("not_eq", UNSET)
        not_eq: PriceStructureType | Literal["private", "reusable"] | Unset = UNSET
        if type(_not_eq) is str:
            not_eq = PriceStructureType._by__value.get(_not_eq) or PriceStructureType(_not_eq)
        elif isinstance(_not_eq, str):
            not_eq = PriceStructureType(_not_eq)
        elif _not_eq is not UNSET:
            raise FieldError("string (PriceStructureType)", _not_eq, "not_eq")

        if not_eq is UNSET:
            n__absent += 1

        if cls is _plain__class:
            price_structure_type_operators = _new__object(cls)
            price_structure_type_operators.eq = eq
            price_structure_type_operators.not_eq = not_eq
        else:
            price_structure_type_operators = cls(
                eq,
                not_eq,
            )
        if len(d) + n__absent != 2:
            for prop_name in d:
                if prop_name not in {"eq", "not_eq"}:
                    raise FieldError(
                        "no such property (PriceStructureTypeOperators allows no others)", None, prop_name, found="one"
                    )
        return price_structure_type_operators

    __repr__ = _model__repr


_plain__class: type[PriceStructureTypeOperators] | None = (
    PriceStructureTypeOperators
    if {field.name for field in _attrs_fields(PriceStructureTypeOperators)} == {"eq", "not_eq"}
    and not hasattr(PriceStructureTypeOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
