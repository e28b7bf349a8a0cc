from enum import StrEnum


class LineType(StrEnum):
    CHARGE = "charge"
    DELIVERY_RATE = "delivery_rate"
    DEPOSIT_CHARGE = "deposit_charge"
    LEGACY_MIGRATION = "legacy_migration"
    PRORATION = "proration"
    SECTION = "section"

    def __str__(self) -> str:
        return str(self.value)
