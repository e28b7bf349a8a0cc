from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_in_week import TimeInWeek

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, TimeInWeek  # noqa: PLW0603
    from ..models.time_in_week import TimeInWeek  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="ShiftStart")


@_attrs_define
class ShiftStart:
    """The range in which the shift may start.

    Attributes:
        earliest (TimeInWeek): A time of day on a day of the week.
        window (str | Unset): How long after `earliest` the shift may still start (ISO 8601 duration, positive).
            Example: PT3H.
    """

    earliest: TimeInWeek
    window: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        earliest = self.earliest.to_dict()

        window = self.window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "earliest": earliest,
            }
        )
        if window is not UNSET:
            field_dict["window"] = window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ShiftStart)", src_dict)
        d = dict(src_dict)
        try:
            earliest = TimeInWeek.from_dict(d.pop("earliest", UNSET))
        except FieldError as field__error:
            field__error.segments.append("earliest")
            raise

        window = d.pop("window", UNSET)
        if not isinstance(window, str) and window is not UNSET:
            raise FieldError("string", window, "window")

        shift_start = cls(
            earliest=earliest,
            window=window,
        )

        shift_start.additional_properties = d
        return shift_start

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
