from __future__ import annotations

from enum import StrEnum

from ..lib._fields import open_member


class NotificationSubscriptionCategory(StrEnum):
    NOTE_CREATED = "note_created"
    ORDER_RESERVED = "order_reserved"
    ORDER_STARTED = "order_started"
    ORDER_STOPPED = "order_stopped"
    ORDER_UPDATED = "order_updated"
    WEBSHOP_ORDER_CREATED = "webshop_order_created"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> NotificationSubscriptionCategory | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)
