from enum import StrEnum


class BundleResourceType(StrEnum):
    BUNDLES = "bundles"

    def __str__(self) -> str:
        return str(self.value)
