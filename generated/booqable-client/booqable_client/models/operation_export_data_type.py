from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from ..lib._fields import open_member


class OperationExportDataType(StrEnum):
    EXPORT = "export"

    _by__value: ClassVar[dict[str, OperationExportDataType]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> OperationExportDataType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


OperationExportDataType._by__value = {member.value: member for member in OperationExportDataType}
