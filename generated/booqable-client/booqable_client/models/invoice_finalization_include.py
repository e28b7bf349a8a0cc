"""A relationship path that `include` accepts on `finalizeInvoice`."""

from typing import Literal

InvoiceFinalizationInclude = Literal["document", "document.order", "document.order.documents", "document.properties"]
