from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailabilityStart")


@_attrs_define
class AvailabilityStart:
    """The range in which the employee may start.

    Attributes:
        earliest (datetime.datetime):  Example: 2024-01-02T06:00:00Z.
        window (str | Unset): How long after `earliest` the start may be (ISO 8601 duration). Example: PT2H.
    """

    earliest: datetime.datetime
    window: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        earliest = self.earliest.isoformat() if self.earliest.tzinfo is not None else _naive__datetime("earliest")
        field_dict["earliest"] = earliest
        window = self.window
        if window is not UNSET:
            field_dict["window"] = window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (AvailabilityStart)", d)
            d = dict(d)
        n__absent = 0
        _earliest = d.get("earliest", UNSET)
        try:
            earliest = _datetime__parse(_earliest)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("date-time", _earliest, "earliest") from None

        window = d.get("window", UNSET)
        if not (type(window) is str):
            if window is UNSET:
                n__absent += 1
            elif not isinstance(window, str):
                raise FieldError("string", window, "window")

        if cls is _plain__class:
            availability_start = _new__object(cls)
            availability_start.earliest = earliest
            availability_start.window = window
            availability_start.additional_properties = {}
        else:
            availability_start = cls(
                earliest,
                window,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"earliest", "window"}
            }
            availability_start.additional_properties = extra__props
        return availability_start

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


_plain__class: type[AvailabilityStart] | None = (
    AvailabilityStart
    if {field.name for field in _attrs_fields(AvailabilityStart)} == {"earliest", "window", "additional_properties"}
    and not hasattr(AvailabilityStart, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
