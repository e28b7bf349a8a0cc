from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatetimeEqualOperators")


@_attrs_define
class DatetimeEqualOperators:
    """Operators for filtering a datetime attribute; several operators combine with AND.

    Attributes:
        eq (datetime.datetime | Unset): Match records equal to this value.
    """

    eq: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = self.eq.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DatetimeEqualOperators)", src_dict)
        d = dict(src_dict)
        _eq = d.pop("eq", UNSET)
        eq: datetime.datetime | Unset = UNSET
        if _eq is not UNSET:
            try:
                eq = datetime.datetime.fromisoformat(_eq)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _eq, "eq") from None

        datetime_equal_operators = cls(
            eq=eq,
        )

        if d:
            raise FieldError(
                "no such property (DatetimeEqualOperators allows no others)", None, next(iter(d)), found="one"
            )
        return datetime_equal_operators
