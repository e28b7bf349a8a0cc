from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.availability_subject_type import AvailabilitySubjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailabilitySubjectTypeEqualOperators")


@_attrs_define
class AvailabilitySubjectTypeEqualOperators:
    """Operators for filtering on an `AvailabilitySubjectType` attribute; several operators combine with AND.

    Attributes:
        eq (AvailabilitySubjectType | Literal["cart", "downtime", "item", "order"] | Unset): Values of `subject_type` on
            availabilities.
    """

    eq: AvailabilitySubjectType | Literal["cart", "downtime", "item", "order"] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = AvailabilitySubjectType(self.eq).value

        if eq is not UNSET:
            field_dict["eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (AvailabilitySubjectTypeEqualOperators)", d)
            d = dict(d)
        n__absent = 0
        _eq = d.get("eq", UNSET)
        eq: AvailabilitySubjectType | Literal["cart", "downtime", "item", "order"] | Unset = UNSET
        if type(_eq) is str:
            eq = AvailabilitySubjectType._by__value.get(_eq) or AvailabilitySubjectType(_eq)
        elif isinstance(_eq, str):
            eq = AvailabilitySubjectType(_eq)
        elif _eq is not UNSET:
            raise FieldError("string (AvailabilitySubjectType)", _eq, "eq")

        if eq is UNSET:
            n__absent += 1

        if cls is _plain__class:
            availability_subject_type_equal_operators = _new__object(cls)
            availability_subject_type_equal_operators.eq = eq
        else:
            availability_subject_type_equal_operators = cls(
                eq,
            )
        if len(d) + n__absent != 1:
            for prop_name in d:
                if prop_name not in {"eq"}:
                    raise FieldError(
                        "no such property (AvailabilitySubjectTypeEqualOperators allows no others)",
                        None,
                        prop_name,
                        found="one",
                    )
        return availability_subject_type_equal_operators

    __repr__ = _model__repr


_plain__class: type[AvailabilitySubjectTypeEqualOperators] | None = (
    AvailabilitySubjectTypeEqualOperators
    if {field.name for field in _attrs_fields(AvailabilitySubjectTypeEqualOperators)} == {"eq"}
    and not hasattr(AvailabilitySubjectTypeEqualOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
