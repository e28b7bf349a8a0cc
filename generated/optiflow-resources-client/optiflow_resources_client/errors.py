"""Errors the generated operations raise. The hierarchy is hand-written (``lib/_errors.py``, from the common
overlay set) so that generated and hand-written code raise one family: catch ``ApiError`` for all of them.

``FieldError`` is what a model's ``from_dict`` raises for a value that does not fit the spec (a ``ValueError``);
the operations turn it into ``MalformedResponseError``."""

from .lib._errors import ApiError, MalformedResponseError, UnexpectedStatus
from .lib._fields import FieldError

__all__ = ["ApiError", "FieldError", "MalformedResponseError", "UnexpectedStatus"]
