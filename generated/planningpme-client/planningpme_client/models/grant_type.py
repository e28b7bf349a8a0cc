from enum import StrEnum


class GrantType(StrEnum):
    JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
    PASSWORD = "password"

    def __str__(self) -> str:
        return str(self.value)
