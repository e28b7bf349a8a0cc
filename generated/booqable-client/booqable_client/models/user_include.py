"""A relationship path that `include` accepts on `createUser`, `getUser`, `updateUser`."""

from typing import Literal

UserInclude = Literal["customer", "disabled_by", "notes"]
