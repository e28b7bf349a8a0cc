from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="OrderPlanningAvailabilityAttributes")


@_attrs_define
class OrderPlanningAvailabilityAttributes:
    """Attributes of an order planning availability as read from the API. Every attribute is optional because sparse
    fieldsets (`fields[...]`) can leave any of them out.

        Attributes:
            available (JsonObject | Unset): A free-form JSON object.
            order_id (UUID | Unset): ID of the related order.
    """

    available: JsonObject | Unset = UNSET
    order_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        available: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available, Unset):
            available = self.available.to_dict()

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available is not UNSET:
            field_dict["available"] = available
        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OrderPlanningAvailabilityAttributes)", src_dict)
        d = dict(src_dict)
        _available = d.pop("available", UNSET)
        available: JsonObject | Unset = UNSET
        if _available is not UNSET:
            try:
                available = JsonObject.from_dict(_available)
            except FieldError as field__error:
                field__error.segments.append("available")
                raise

        _order_id = d.pop("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = UUID(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        order_planning_availability_attributes = cls(
            available=available,
            order_id=order_id,
        )

        order_planning_availability_attributes.additional_properties = d
        return order_planning_availability_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
