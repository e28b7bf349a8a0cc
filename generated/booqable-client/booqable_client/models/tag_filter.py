from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.tag_for import TagFor
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.tag_for_equal_operators import TagForEqualOperators

_refs__resolved = False
_from_dict__TagForEqualOperators: Callable[[Mapping[str, Any]], TagForEqualOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, TagForEqualOperators  # noqa: PLW0603
    global _from_dict__TagForEqualOperators  # noqa: PLW0603
    from ..models.tag_for_equal_operators import TagForEqualOperators  # noqa: PLC0415

    _from_dict__TagForEqualOperators = TagForEqualOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="TagFilter")


def _parse__for_(
    data: object,
) -> TagFor | Literal["Bundle", "Coupon", "Customer", "Document", "Order", "ProductGroup"] | TagForEqualOperators:
    choice: Choice[
        TagFor | Literal["Bundle", "Coupon", "Customer", "Document", "Order", "ProductGroup"] | TagForEqualOperators
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_tag_for_equal_condition_type_0 = _from_dict__TagForEqualOperators(data)

                if choice.take(componentsschemas_tag_for_equal_condition_type_0):
                    return componentsschemas_tag_for_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_tag_for_equal_condition_type_1 = data
                if type(_componentsschemas_tag_for_equal_condition_type_1) is str:
                    componentsschemas_tag_for_equal_condition_type_1 = TagFor._by__value.get(
                        _componentsschemas_tag_for_equal_condition_type_1
                    ) or TagFor(_componentsschemas_tag_for_equal_condition_type_1)
                elif isinstance(_componentsschemas_tag_for_equal_condition_type_1, str):
                    componentsschemas_tag_for_equal_condition_type_1 = TagFor(
                        _componentsschemas_tag_for_equal_condition_type_1
                    )
                else:
                    raise FieldError("string (TagFor)", _componentsschemas_tag_for_equal_condition_type_1)

                if choice.take(componentsschemas_tag_for_equal_condition_type_1):
                    return componentsschemas_tag_for_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (TagForEqualOperators), string (TagFor)", data)


@_attrs_define
class TagFilter:
    """Filters for tags: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`. `for` must be given.

        Attributes:
            for_ (TagFor | Literal["Bundle", "Coupon", "Customer", "Document", "Order", "ProductGroup"] |
                TagForEqualOperators): A filter on a `TagFor` attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
    """

    for_: TagFor | Literal["Bundle", "Coupon", "Customer", "Document", "Order", "ProductGroup"] | TagForEqualOperators

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        for_: dict[str, Any] | str
        if isinstance(self.for_, TagForEqualOperators):
            for_ = self.for_.to_dict()
        else:
            for_ = TagFor(self.for_).value

        field_dict["for"] = for_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TagFilter)", d)
            d = dict(d)
        try:
            for_ = _parse__for_(d.get("for", UNSET))
        except FieldError as field__error:
            field__error.segments.append("for")
            raise

        if cls is _plain__class:
            tag_filter = _new__object(cls)
            tag_filter.for_ = for_
        else:
            tag_filter = cls(
                for_,
            )
        if len(d) != 1:
            for prop_name in d:
                if prop_name not in {"for"}:
                    raise FieldError("no such property (TagFilter allows no others)", None, prop_name, found="one")
        return tag_filter

    __repr__ = _model__repr


_plain__class: type[TagFilter] | None = (
    TagFilter
    if {field.name for field in _attrs_fields(TagFilter)} == {"for_"} and not hasattr(TagFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
