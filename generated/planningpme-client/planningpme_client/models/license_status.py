from enum import StrEnum


class LicenseStatus(StrEnum):
    CORRUPTED = "Corrupted"
    EMPTY = "Empty"
    EVALUATION = "Evaluation"
    EXPIRED = "Expired"
    LICENSECOUNT = "LicenseCount"
    NOEXPIRATIONDATE = "NoExpirationDate"
    OK = "Ok"
    OTHER = "Other"
    RESOURCECOUNT = "ResourceCount"
    WRONGDATABASE = "WrongDatabase"
    WRONGMACHINE = "WrongMachine"

    def __str__(self) -> str:
        return str(self.value)
