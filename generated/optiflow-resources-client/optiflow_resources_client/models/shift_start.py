from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_in_week import TimeInWeek

_refs__resolved = False
_from_dict__TimeInWeek: Callable[[Mapping[str, Any]], TimeInWeek]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, TimeInWeek  # noqa: PLW0603
    global _from_dict__TimeInWeek  # noqa: PLW0603
    from ..models.time_in_week import TimeInWeek  # noqa: PLC0415

    _from_dict__TimeInWeek = TimeInWeek.from_dict
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        earliest = self.earliest.to_dict()
        field_dict["earliest"] = earliest
        window = self.window
        if window is not UNSET:
            field_dict["window"] = window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ShiftStart)", d)
            d = dict(d)
        n__absent = 0
        try:
            earliest = _from_dict__TimeInWeek(d.get("earliest", UNSET))
        except FieldError as field__error:
            field__error.segments.append("earliest")
            raise

        window = d.get("window", UNSET)
        if not (type(window) is str):
            if window is UNSET:
                n__absent += 1
            elif not isinstance(window, str):
                raise FieldError("string", window, "window")

        if cls is _plain__class:
            shift_start = _new__object(cls)
            shift_start.earliest = earliest
            shift_start.window = window
            shift_start.additional_properties = {}
        else:
            shift_start = cls(
                earliest,
                window,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"earliest", "window"}
            }
            shift_start.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[ShiftStart] | None = (
    ShiftStart
    if {field.name for field in _attrs_fields(ShiftStart)} == {"earliest", "window", "additional_properties"}
    and not hasattr(ShiftStart, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
