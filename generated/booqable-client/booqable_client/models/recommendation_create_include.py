"""A relationship path that `include` accepts on `createRecommendation`."""

from typing import Literal

RecommendationCreateInclude = Literal["target_product_group", "target_product_group.photo"]
