"""A relationship path that `include` accepts on `listPayments`, `getPayment`."""

from typing import Literal

PaymentInclude = Literal["cart", "employee", "order", "order.payments", "payment_method"]
