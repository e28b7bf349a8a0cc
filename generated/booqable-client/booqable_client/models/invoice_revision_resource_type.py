from __future__ import annotations

from enum import StrEnum

from ..lib._fields import open_member


class InvoiceRevisionResourceType(StrEnum):
    INVOICE_REVISIONS = "invoice_revisions"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> InvoiceRevisionResourceType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)
