from enum import StrEnum


class EffActionType(StrEnum):
    EMAIL = "Email"
    GOOGLECALENDAR = "GoogleCalendar"
    MICROSOFTOUTLOOK = "MicrosoftOutlook"
    SMS = "Sms"

    def __str__(self) -> str:
        return str(self.value)
