from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="UuidEqualOperators")


@_attrs_define
class UuidEqualOperators:
    """Operators for filtering a uuid attribute; several operators combine with AND.

    Attributes:
        eq (UUID | Unset): Match records equal to this value.
    """

    eq: UUID | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = str(self.eq)
        if eq is not UNSET:
            field_dict["eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (UuidEqualOperators)", d)
            d = dict(d)
        n__absent = 0
        _eq = d.get("eq", UNSET)
        eq: UUID | Unset = UNSET
        if _eq is not UNSET:
            try:
                eq = parse_uuid(_eq)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _eq, "eq") from None

        if eq is UNSET:
            n__absent += 1

        if cls is _plain__class:
            uuid_equal_operators = _new__object(cls)
            uuid_equal_operators.eq = eq
        else:
            uuid_equal_operators = cls(
                eq,
            )
        if len(d) + n__absent != 1:
            for prop_name in d:
                if prop_name not in {"eq"}:
                    raise FieldError(
                        "no such property (UuidEqualOperators allows no others)", None, prop_name, found="one"
                    )
        return uuid_equal_operators

    __repr__ = _model__repr


_plain__class: type[UuidEqualOperators] | None = (
    UuidEqualOperators
    if {field.name for field in _attrs_fields(UuidEqualOperators)} == {"eq"}
    and not hasattr(UuidEqualOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
