from enum import StrEnum


class PriceTileResourceType(StrEnum):
    PRICE_TILES = "price_tiles"

    def __str__(self) -> str:
        return str(self.value)
