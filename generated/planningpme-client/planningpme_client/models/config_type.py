from enum import StrEnum


class ConfigType(StrEnum):
    BUTTONED = "Buttoned"
    DATETIMEFORMAT = "DateTimeFormat"
    DOSEARCH = "DoSearch"
    EFFECTTEMPLATES = "EffectTemplates"
    EXPORTTEMPLATES = "ExportTemplates"
    FILTERINGS = "Filterings"
    GCSYNC = "GCSync"
    LANGUAGE = "Language"
    OAUTHCLIENTS = "OAuthClients"
    PRINTTEMPLATES = "PrintTemplates"
    SWITCHLABEL = "SwitchLabel"
    SYNCRESOURCE = "SyncResource"
    TIMERESTRICTEDVIEW = "TimeRestrictedView"

    def __str__(self) -> str:
        return str(self.value)
