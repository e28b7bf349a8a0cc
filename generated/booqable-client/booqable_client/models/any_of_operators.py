from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        any_of = cast(list[str], d.pop("any_of", UNSET))

        any_of_operators = cls(
            any_of=any_of,
        )

        if d:
            raise ValueError(f"AnyOfOperators has no properties {sorted(d)} (the spec forbids extra ones)")
        return any_of_operators
