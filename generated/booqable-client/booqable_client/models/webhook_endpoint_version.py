from __future__ import annotations

from enum import IntEnum

from ..lib._fields import open_member


class WebhookEndpointVersion(IntEnum):
    VALUE_1 = 1
    VALUE_4 = 4

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WebhookEndpointVersion | None:
        """Any other integer (not a boolean): a member named ``UNKNOWN`` with that value (not in ``list(cls)``)."""
        return open_member(cls, value, int)
