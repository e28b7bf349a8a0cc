from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.string_equal_operators import StringEqualOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, StringEqualOperators  # noqa: PLW0603
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="TagFilter")


@_attrs_define
class TagFilter:
    """Filters for tags: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`. `for` must be given.

        Attributes:
            for_ (str | StringEqualOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
    """

    for_: str | StringEqualOperators

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        for_: dict[str, Any] | str
        if isinstance(self.for_, StringEqualOperators):
            for_ = self.for_.to_dict()
        else:
            for_ = self.for_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "for": for_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (TagFilter)", src_dict)
        d = dict(src_dict)

        def _parse_for_(data: object) -> str | StringEqualOperators:
            choice: Choice[str | StringEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            for_ = _parse_for_(d.pop("for", UNSET))
        except FieldError as field__error:
            field__error.segments.append("for")
            raise

        tag_filter = cls(
            for_=for_,
        )

        if d:
            raise FieldError("no such property (TagFilter allows no others)", None, next(iter(d)), found="one")
        return tag_filter
