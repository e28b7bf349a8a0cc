from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.downtime_status import DowntimeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DowntimeStatusOperators")


@_attrs_define
class DowntimeStatusOperators:
    """Operators for filtering on a `DowntimeStatus` attribute; several operators combine with AND.

    Attributes:
        eq (DowntimeStatus | Literal["canceled", "reserved", "started", "stopped"] | Unset): Values of `status` on
            downtimes.
        not_eq (DowntimeStatus | Literal["canceled", "reserved", "started", "stopped"] | Unset): Values of `status` on
            downtimes.
    """

    eq: DowntimeStatus | Literal["canceled", "reserved", "started", "stopped"] | Unset = UNSET
    not_eq: DowntimeStatus | Literal["canceled", "reserved", "started", "stopped"] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = DowntimeStatus(self.eq).value

        if eq is not UNSET:
            field_dict["eq"] = eq
        not_eq: str | Unset = UNSET
        if not isinstance(self.not_eq, Unset):
            not_eq = DowntimeStatus(self.not_eq).value

        if not_eq is not UNSET:
            field_dict["not_eq"] = not_eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DowntimeStatusOperators)", d)
            d = dict(d)
        n__absent = 0
        _eq = d.get("eq", UNSET)
        eq: DowntimeStatus | Literal["canceled", "reserved", "started", "stopped"] | Unset = UNSET
        if type(_eq) is str:
            eq = DowntimeStatus._by__value.get(_eq) or DowntimeStatus(_eq)
        elif isinstance(_eq, str):
            eq = DowntimeStatus(_eq)
        elif _eq is not UNSET:
            raise FieldError("string (DowntimeStatus)", _eq, "eq")

        if eq is UNSET:
            n__absent += 1

        _not_eq = d.get("not_eq", UNSET)
        not_eq: DowntimeStatus | Literal["canceled", "reserved", "started", "stopped"] | Unset = UNSET
        if type(_not_eq) is str:
            not_eq = DowntimeStatus._by__value.get(_not_eq) or DowntimeStatus(_not_eq)
        elif isinstance(_not_eq, str):
            not_eq = DowntimeStatus(_not_eq)
        elif _not_eq is not UNSET:
            raise FieldError("string (DowntimeStatus)", _not_eq, "not_eq")

        if not_eq is UNSET:
            n__absent += 1

        if cls is _plain__class:
            downtime_status_operators = _new__object(cls)
            downtime_status_operators.eq = eq
            downtime_status_operators.not_eq = not_eq
        else:
            downtime_status_operators = cls(
                eq,
                not_eq,
            )
        if len(d) + n__absent != 2:
            for prop_name in d:
                if prop_name not in {"eq", "not_eq"}:
                    raise FieldError(
                        "no such property (DowntimeStatusOperators allows no others)", None, prop_name, found="one"
                    )
        return downtime_status_operators

    __repr__ = _model__repr


_plain__class: type[DowntimeStatusOperators] | None = (
    DowntimeStatusOperators
    if {field.name for field in _attrs_fields(DowntimeStatusOperators)} == {"eq", "not_eq"}
    and not hasattr(DowntimeStatusOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
