"""A relationship path that `include` accepts on `createAuthenticationMethod`."""

from typing import Literal

AuthenticationMethodInclude = Literal["company", "employee"]
