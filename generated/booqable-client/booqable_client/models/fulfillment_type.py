from enum import StrEnum


class FulfillmentType(StrEnum):
    DELIVERY = "delivery"
    PICKUP = "pickup"

    def __str__(self) -> str:
        return str(self.value)
