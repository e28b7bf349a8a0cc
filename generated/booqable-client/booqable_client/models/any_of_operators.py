from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}

        any_of: list[str] | Unset = UNSET
        if not isinstance(self.any_of, Unset):
            any_of = self.any_of

        if any_of is not UNSET:
            field_dict["any_of"] = any_of

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (AnyOfOperators)", d)
            d = dict(d)
        n__absent = 0
        _any_of = d.get("any_of", UNSET)
        any_of: list[str] | Unset = UNSET
        if isinstance(_any_of, list):
            for any_of_item in _any_of:
                if not (type(any_of_item) is str) and not isinstance(any_of_item, str):
                    raise FieldError("string", any_of_item, _position(_any_of, any_of_item), "any_of")
            any_of = _any_of
        elif _any_of is not UNSET:
            raise FieldError("array", _any_of, "any_of")

        if any_of is UNSET:
            n__absent += 1

        if cls is _plain__class:
            any_of_operators = _new__object(cls)
            any_of_operators.any_of = any_of
        else:
            any_of_operators = cls(
                any_of,
            )
        if len(d) + n__absent != 1:
            for prop_name in d:
                if prop_name not in {"any_of"}:
                    raise FieldError("no such property (AnyOfOperators allows no others)", None, prop_name, found="one")
        return any_of_operators

    __repr__ = _model__repr


_plain__class: type[AnyOfOperators] | None = (
    AnyOfOperators
    if {field.name for field in _attrs_fields(AnyOfOperators)} == {"any_of"}
    and not hasattr(AnyOfOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
