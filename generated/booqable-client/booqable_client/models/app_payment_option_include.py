"""A relationship path that `include` accepts on `listAppPaymentOptions`, `getAppPaymentOption`."""

from typing import Literal

AppPaymentOptionInclude = Literal["app_subscription"]
