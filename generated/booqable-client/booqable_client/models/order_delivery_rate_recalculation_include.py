"""A relationship path that `include` accepts on `recalculateOrderDeliveryRates`."""

from typing import Literal

OrderDeliveryRateRecalculationInclude = Literal["order", "order.order_delivery_rate", "order.tax_values"]
