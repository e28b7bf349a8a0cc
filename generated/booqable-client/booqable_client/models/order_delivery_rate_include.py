"""A relationship path that `include` accepts on `listOrderDeliveryRates`, `createOrderDeliveryRate`, `getOrderDeliveryRate`, `updateOrderDeliveryRate`, `deleteOrderDeliveryRate`."""

from typing import Literal

OrderDeliveryRateInclude = Literal["carrier", "order", "tax_category"]
