"""A relationship path that `include` accepts on `reviseInvoice`."""

from typing import Literal

InvoiceRevisionInclude = Literal["order", "revised_invoice", "revision_invoice"]
