from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..lib._fields import FieldError
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
        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = str(self.eq)

        not_eq: str | Unset = UNSET
        if not isinstance(self.not_eq, Unset):
            not_eq = str(self.not_eq)

        gt: str | Unset = UNSET
        if not isinstance(self.gt, Unset):
            gt = str(self.gt)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq"] = eq
        if not_eq is not UNSET:
            field_dict["not_eq"] = not_eq
        if gt is not UNSET:
            field_dict["gt"] = gt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (IdOperators)", src_dict)
        d = dict(src_dict)
        _eq = d.pop("eq", UNSET)
        eq: UUID | Unset = UNSET
        if _eq is not UNSET:
            try:
                eq = UUID(_eq)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _eq, "eq") from None

        _not_eq = d.pop("not_eq", UNSET)
        not_eq: UUID | Unset = UNSET
        if _not_eq is not UNSET:
            try:
                not_eq = UUID(_not_eq)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _not_eq, "not_eq") from None

        _gt = d.pop("gt", UNSET)
        gt: UUID | Unset = UNSET
        if _gt is not UNSET:
            try:
                gt = UUID(_gt)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _gt, "gt") from None

        id_operators = cls(
            eq=eq,
            not_eq=not_eq,
            gt=gt,
        )

        if d:
            raise FieldError("no such property (IdOperators allows no others)", None, next(iter(d)), found="one")
        return id_operators
