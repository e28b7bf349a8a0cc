"""A relationship path that `include` accepts on `createPaymentAuthorization`, `updatePaymentAuthorization`."""

from typing import Literal

PaymentAuthorizationInclude = Literal[
    "customer", "employee", "order", "order.payments", "payment_charges", "payment_method"
]
