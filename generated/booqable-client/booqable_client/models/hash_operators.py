from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="HashOperators")


@_attrs_define
class HashOperators:
    """Operators for filtering a hash attribute; several operators combine with AND.

    Attributes:
        eq (JsonObject | Unset): A free-form JSON object.
    """

    eq: JsonObject | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = self.eq.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        _eq = d.pop("eq", UNSET)
        eq: JsonObject | Unset
        if isinstance(_eq, Unset):
            eq = UNSET
        else:
            eq = JsonObject.from_dict(_eq)

        hash_operators = cls(
            eq=eq,
        )

        if d:
            raise ValueError(f"HashOperators has no properties {sorted(d)} (the spec forbids extra ones)")
        return hash_operators
