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

T = TypeVar("T", bound="IdOperators")


@_attrs_define
class IdOperators:
    """Operators for filtering a uuid attribute; several operators combine with AND.

    Attributes:
        eq (UUID | Unset): Match records equal to this value.
        not_eq (UUID | Unset): Match records not equal to this value.
        gt (UUID | Unset): Match records greater than this value.
    """

    eq: UUID | Unset = UNSET
    not_eq: UUID | Unset = UNSET
    gt: UUID | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = str(self.eq)
        if eq is not UNSET:
            field_dict["eq"] = eq
        not_eq: str | Unset = UNSET
        if not isinstance(self.not_eq, Unset):
            not_eq = str(self.not_eq)
        if not_eq is not UNSET:
            field_dict["not_eq"] = not_eq
        gt: str | Unset = UNSET
        if not isinstance(self.gt, Unset):
            gt = str(self.gt)
        if gt is not UNSET:
            field_dict["gt"] = gt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (IdOperators)", d)
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

        _not_eq = d.get("not_eq", UNSET)
        not_eq: UUID | Unset = UNSET
        if _not_eq is not UNSET:
            try:
                not_eq = parse_uuid(_not_eq)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _not_eq, "not_eq") from None

        if not_eq is UNSET:
            n__absent += 1

        _gt = d.get("gt", UNSET)
        gt: UUID | Unset = UNSET
        if _gt is not UNSET:
            try:
                gt = parse_uuid(_gt)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _gt, "gt") from None

        if gt is UNSET:
            n__absent += 1

        if cls is _plain__class:
            id_operators = _new__object(cls)
            id_operators.eq = eq
            id_operators.not_eq = not_eq
            id_operators.gt = gt
        else:
            id_operators = cls(
                eq,
                not_eq,
                gt,
            )
        if len(d) + n__absent != 3:
            for prop_name in d:
                if prop_name not in {"eq", "not_eq", "gt"}:
                    raise FieldError("no such property (IdOperators allows no others)", None, prop_name, found="one")
        return id_operators

    __repr__ = _model__repr


_plain__class: type[IdOperators] | None = (
    IdOperators
    if {field.name for field in _attrs_fields(IdOperators)} == {"eq", "not_eq", "gt"}
    and not hasattr(IdOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
