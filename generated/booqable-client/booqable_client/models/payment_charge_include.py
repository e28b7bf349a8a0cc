"""A relationship path that `include` accepts on `createPaymentCharge`, `updatePaymentCharge`, `deletePaymentCharge`."""

from typing import Literal

PaymentChargeInclude = Literal[
    "cart",
    "customer",
    "employee",
    "order",
    "order.documents",
    "order.payments",
    "payment_authorization",
    "payment_method",
    "payment_refunds",
]
