from enum import StrEnum


class BundleProductType(StrEnum):
    BUNDLE = "bundle"

    def __str__(self) -> str:
        return str(self.value)
