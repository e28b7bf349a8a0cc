"""A relationship path that `include` accepts on `listRefundablePaymentCharges`."""

from typing import Literal

RefundablePaymentChargeInclude = Literal["payment_charge", "payment_charge.payment_method"]
