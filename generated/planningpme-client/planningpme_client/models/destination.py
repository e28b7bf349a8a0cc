from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from ..lib._fields import open_member


class Destination(StrEnum):
    CUSTOMER0 = "Customer0"
    CUSTOMER1 = "Customer1"
    CUSTOMER2 = "Customer2"
    CUSTOMER3 = "Customer3"
    EQUIPMENT0 = "Equipment0"
    HUMANRESOURCE0 = "HumanResource0"
    HUMANRESOURCE1 = "HumanResource1"
    HUMANRESOURCE2 = "HumanResource2"
    HUMANRESOURCE3 = "HumanResource3"
    MATERIALRESOURCE0 = "MaterialResource0"
    MATERIALRESOURCE1 = "MaterialResource1"
    MATERIALRESOURCE2 = "MaterialResource2"
    MATERIALRESOURCE3 = "MaterialResource3"
    PROJECT0 = "Project0"
    PROJECT1 = "Project1"
    PROJECT2 = "Project2"
    PROJECT3 = "Project3"
    SUBPROJECT0 = "SubProject0"
    TASK0 = "Task0"
    TASK1 = "Task1"
    TASK2 = "Task2"
    TASK3 = "Task3"
    TASK4 = "Task4"
    TASK5 = "Task5"
    UNAVAILABILITY0 = "Unavailability0"

    _by__value: ClassVar[dict[str, Destination]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Destination | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


Destination._by__value = {member.value: member for member in Destination}
