from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from ..lib._fields import open_member


class EffTargetType(StrEnum):
    ACCOUNT = "Account"
    CREATOR = "Creator"
    CUSTOMER = "Customer"
    RESOURCE = "Resource"
    USER = "User"

    _by__value: ClassVar[dict[str, EffTargetType]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> EffTargetType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


EffTargetType._by__value = {member.value: member for member in EffTargetType}
