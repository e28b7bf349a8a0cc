"""A relationship path that `include` accepts on `createPaymentRefund`, `updatePaymentRefund`, `deletePaymentRefund`."""

from typing import Literal

PaymentRefundInclude = Literal[
    "customer", "employee", "order", "order.documents", "order.payments", "payment_charge", "payment_method"
]
