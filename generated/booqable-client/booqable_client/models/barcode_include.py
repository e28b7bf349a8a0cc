"""A relationship path that `include` accepts on `listBarcodes`, `createBarcode`, `getBarcode`, `updateBarcode`, `deleteBarcode`."""

from typing import Literal

BarcodeInclude = Literal["owner", "owner.photo", "owner.product", "owner.product.photo"]
