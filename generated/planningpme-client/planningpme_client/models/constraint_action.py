from enum import StrEnum


class ConstraintAction(StrEnum):
    DURATIONMAXDAYS = "DurationMaxDays"
    DURATIONMAXHOURS = "DurationMaxHours"
    NBMAX = "NbMax"
    NBMAXHOURS = "NbMaxHours"
    NOTASKBEFORENBDAYS = "NoTaskBeforeNbDays"
    NOTASKBEFORENBHOURS = "NoTaskBeforeNbHours"
    NOTASKSAMEPERIOD = "NoTaskSamePeriod"

    def __str__(self) -> str:
        return str(self.value)
