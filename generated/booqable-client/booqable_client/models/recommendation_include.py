"""A relationship path that `include` accepts on `listRecommendations`."""

from typing import Literal

RecommendationInclude = Literal[
    "source_product_group", "source_product_group.photo", "target_product_group", "target_product_group.photo"
]
