from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from ..lib._fields import open_member


class SortingType(StrEnum):
    BUNDLE_ITEMS = "bundle_items"
    COLLECTION_ITEMS = "collection_items"
    DEFAULT_PROPERTIES = "default_properties"
    LINES = "lines"
    PHOTOS = "photos"
    PRODUCTS = "products"
    PROPERTIES = "properties"
    RECOMMENDATIONS = "recommendations"
    TAX_RATES = "tax_rates"

    _by__value: ClassVar[dict[str, SortingType]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> SortingType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


SortingType._by__value = {member.value: member for member in SortingType}
