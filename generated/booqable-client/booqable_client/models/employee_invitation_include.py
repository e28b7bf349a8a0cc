"""A relationship path that `include` accepts on `sendEmployeeInvitations`."""

from typing import Literal

EmployeeInvitationInclude = Literal["employee"]
