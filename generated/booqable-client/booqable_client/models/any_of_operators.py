from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnyOfOperators")


@_attrs_define
class AnyOfOperators:
    """Operators for filtering a array of strings attribute; several operators combine with AND.

    Attributes:
        any_of (list[str] | Unset): Values to look for; the exact notation is not documented.
    """

    any_of: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        any_of: list[str] | Unset = UNSET
        if not isinstance(self.any_of, Unset):
            any_of = self.any_of

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if any_of is not UNSET:
            field_dict["any_of"] = any_of

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (AnyOfOperators)", src_dict)
        d = dict(src_dict)
        _any_of = d.pop("any_of", UNSET)
        any_of: list[str] | Unset = UNSET
        if isinstance(_any_of, list):
            for any_of_item in _any_of:
                if not isinstance(any_of_item, str):
                    raise FieldError("string", any_of_item, _position(_any_of, any_of_item), "any_of")
            any_of = _any_of
        elif _any_of is not UNSET:
            raise FieldError("array", _any_of, "any_of")

        any_of_operators = cls(
            any_of=any_of,
        )

        if d:
            raise FieldError("no such property (AnyOfOperators allows no others)", None, next(iter(d)), found="one")
        return any_of_operators
