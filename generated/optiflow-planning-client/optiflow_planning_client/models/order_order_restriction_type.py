from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from ..lib._fields import open_member


class OrderOrderRestrictionType(StrEnum):
    NOT_AFTER = "NOT_AFTER"
    NOT_BEFORE = "NOT_BEFORE"
    NOT_IMMEDIATELY_AFTER = "NOT_IMMEDIATELY_AFTER"
    NOT_LOADED_OR_UNLOADED_WHILE_VEHICLE_CONTAINS = "NOT_LOADED_OR_UNLOADED_WHILE_VEHICLE_CONTAINS"
    NOT_LOADED_WHILE_VEHICLE_CONTAINS = "NOT_LOADED_WHILE_VEHICLE_CONTAINS"
    NOT_TOGETHER_IN_VEHICLE_WITH = "NOT_TOGETHER_IN_VEHICLE_WITH"
    NOT_UNLOADED_WHILE_VEHICLE_CONTAINS = "NOT_UNLOADED_WHILE_VEHICLE_CONTAINS"

    _by__value: ClassVar[dict[str, OrderOrderRestrictionType]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> OrderOrderRestrictionType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


OrderOrderRestrictionType._by__value = {member.value: member for member in OrderOrderRestrictionType}
