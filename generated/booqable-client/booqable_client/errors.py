"""Errors the generated operations raise. The hierarchy is hand-written (``lib/_errors.py``, from the common
overlay set) so that generated and hand-written code raise one family: catch ``ApiError`` for all of them."""

from .lib._errors import ApiError, MalformedResponseError, UnexpectedStatus

__all__ = ["ApiError", "MalformedResponseError", "UnexpectedStatus"]
