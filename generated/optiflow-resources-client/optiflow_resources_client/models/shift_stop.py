from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.shift_duration import ShiftDuration

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, ShiftDuration  # noqa: PLW0603
    from ..models.shift_duration import ShiftDuration  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="ShiftStop")


@_attrs_define
class ShiftStop:
    """Optional limits on when the shift ends.

    Attributes:
        duration (ShiftDuration): Bounds on the length of the shift.
    """

    duration: ShiftDuration
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        duration = self.duration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ShiftStop)", src_dict)
        d = dict(src_dict)
        try:
            duration = ShiftDuration.from_dict(d.pop("duration", UNSET))
        except FieldError as field__error:
            field__error.segments.append("duration")
            raise

        shift_stop = cls(
            duration=duration,
        )

        shift_stop.additional_properties = d
        return shift_stop

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
