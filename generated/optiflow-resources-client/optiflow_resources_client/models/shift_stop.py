from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.shift_duration import ShiftDuration

_refs__resolved = False
_from_dict__ShiftDuration: Callable[[Mapping[str, Any]], ShiftDuration]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, ShiftDuration  # noqa: PLW0603
    global _from_dict__ShiftDuration  # noqa: PLW0603
    from ..models.shift_duration import ShiftDuration  # noqa: PLC0415

    _from_dict__ShiftDuration = ShiftDuration.from_dict
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        duration = self.duration.to_dict()
        field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ShiftStop)", d)
            d = dict(d)
        try:
            duration = _from_dict__ShiftDuration(d.get("duration", UNSET))
        except FieldError as field__error:
            field__error.segments.append("duration")
            raise

        if cls is _plain__class:
            shift_stop = _new__object(cls)
            shift_stop.duration = duration
            shift_stop.additional_properties = {}
        else:
            shift_stop = cls(
                duration,
            )
        if len(d) != 1:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"duration"}
            }
            shift_stop.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[ShiftStop] | None = (
    ShiftStop
    if {field.name for field in _attrs_fields(ShiftStop)} == {"duration", "additional_properties"}
    and not hasattr(ShiftStop, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
