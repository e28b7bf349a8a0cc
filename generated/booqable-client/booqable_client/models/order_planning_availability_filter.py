from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.uuid_equal_operators import UuidEqualOperators

_refs__resolved = False
_from_dict__UuidEqualOperators: Callable[[Mapping[str, Any]], UuidEqualOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, UuidEqualOperators  # noqa: PLW0603
    global _from_dict__UuidEqualOperators  # noqa: PLW0603
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415

    _from_dict__UuidEqualOperators = UuidEqualOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="OrderPlanningAvailabilityFilter")


def _parse__order_id(data: object) -> Unset | UUID | UuidEqualOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[Unset | UUID | UuidEqualOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_equal_condition_type_0 = _from_dict__UuidEqualOperators(data)

                if choice.take(componentsschemas_uuid_equal_condition_type_0):
                    return componentsschemas_uuid_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_equal_condition_type_1 = data
                try:
                    componentsschemas_uuid_equal_condition_type_1 = parse_uuid(
                        _componentsschemas_uuid_equal_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_equal_condition_type_1) from None

                if choice.take(componentsschemas_uuid_equal_condition_type_1):
                    return componentsschemas_uuid_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidEqualOperators), UUID string", data)


@_attrs_define
class OrderPlanningAvailabilityFilter:
    """Filters for order planning availabilities: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            order_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
    """

    order_id: Unset | UUID | UuidEqualOperators = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        order_id: dict[str, Any] | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UuidEqualOperators):
            order_id = self.order_id.to_dict()
        else:
            order_id = str(self.order_id)

        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderPlanningAvailabilityFilter)", d)
            d = dict(d)
        n__absent = 0
        try:
            order_id = _parse__order_id(d.get("order_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_id")
            raise

        if order_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            order_planning_availability_filter = _new__object(cls)
            order_planning_availability_filter.order_id = order_id
        else:
            order_planning_availability_filter = cls(
                order_id,
            )
        if len(d) + n__absent != 1:
            for prop_name in d:
                if prop_name not in {"order_id"}:
                    raise FieldError(
                        "no such property (OrderPlanningAvailabilityFilter allows no others)",
                        None,
                        prop_name,
                        found="one",
                    )
        return order_planning_availability_filter

    __repr__ = _model__repr


_plain__class: type[OrderPlanningAvailabilityFilter] | None = (
    OrderPlanningAvailabilityFilter
    if {field.name for field in _attrs_fields(OrderPlanningAvailabilityFilter)} == {"order_id"}
    and not hasattr(OrderPlanningAvailabilityFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
