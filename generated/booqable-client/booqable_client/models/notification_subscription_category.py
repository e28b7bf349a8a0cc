from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from ..lib._fields import open_member


class NotificationSubscriptionCategory(StrEnum):
    NOTE_CREATED = "note_created"
    ORDER_RESERVED = "order_reserved"
    ORDER_STARTED = "order_started"
    ORDER_STOPPED = "order_stopped"
    ORDER_UPDATED = "order_updated"
    WEBSHOP_ORDER_CREATED = "webshop_order_created"

    _by__value: ClassVar[dict[str, NotificationSubscriptionCategory]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> NotificationSubscriptionCategory | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


NotificationSubscriptionCategory._by__value = {member.value: member for member in NotificationSubscriptionCategory}
