"""A relationship path that `include` accepts on `listCoupons`, `createCoupon`, `getCoupon`, `updateCoupon`."""

from typing import Literal

CouponInclude = Literal["coupon_items", "coupon_items.item", "coupon_items.item.photo"]
