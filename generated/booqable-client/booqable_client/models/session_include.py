"""A relationship path that `include` accepts on `getSession`."""

from typing import Literal

SessionInclude = Literal[
    "app_payment_options",
    "app_subscriptions",
    "company",
    "default_properties",
    "employee",
    "locations",
    "operating_rules",
    "payment_profiles",
    "settings",
]
