"""A relationship path that `include` accepts on `listCustomers`, `createCustomer`, `searchCustomers`, `getCustomer`, `updateCustomer`."""

from typing import Literal

CustomerInclude = Literal["barcode", "payment_methods", "properties", "tax_region"]
