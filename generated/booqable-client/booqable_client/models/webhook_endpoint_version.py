from __future__ import annotations

from enum import IntEnum
from typing import ClassVar

from ..lib._fields import open_member


class WebhookEndpointVersion(IntEnum):
    VALUE_1 = 1
    VALUE_4 = 4

    _by__value: ClassVar[dict[int, WebhookEndpointVersion]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WebhookEndpointVersion | None:
        """Any other integer (not a boolean): a member named ``UNKNOWN`` with that value (not in ``list(cls)``)."""
        return open_member(cls, value, int)


WebhookEndpointVersion._by__value = {member.value: member for member in WebhookEndpointVersion}
