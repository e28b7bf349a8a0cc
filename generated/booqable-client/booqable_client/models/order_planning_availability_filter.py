from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.uuid_equal_operators import UuidEqualOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, UuidEqualOperators  # noqa: PLW0603
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="OrderPlanningAvailabilityFilter")


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
        order_id: dict[str, Any] | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UuidEqualOperators):
            order_id = self.order_id.to_dict()
        else:
            order_id = str(self.order_id)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OrderPlanningAvailabilityFilter)", src_dict)
        d = dict(src_dict)

        def _parse_order_id(data: object) -> Unset | UUID | UuidEqualOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_equal_condition_type_0 = UuidEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_equal_condition_type_0):
                            return componentsschemas_uuid_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_equal_condition_type_1 = data
                        try:
                            componentsschemas_uuid_equal_condition_type_1 = UUID(
                                _componentsschemas_uuid_equal_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "UUID", _componentsschemas_uuid_equal_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_uuid_equal_condition_type_1):
                            return componentsschemas_uuid_equal_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidEqualOperators), UUID string", data)

        try:
            order_id = _parse_order_id(d.pop("order_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_id")
            raise

        order_planning_availability_filter = cls(
            order_id=order_id,
        )

        if d:
            raise FieldError(
                "no such property (OrderPlanningAvailabilityFilter allows no others)", None, next(iter(d)), found="one"
            )
        return order_planning_availability_filter
