from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_date as _date__parse
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.home_base_reference import HomeBaseReference

_refs__resolved = False
_from_dict__HomeBaseReference: Callable[[Mapping[str, Any]], HomeBaseReference]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, HomeBaseReference  # noqa: PLW0603
    global _from_dict__HomeBaseReference  # noqa: PLW0603
    from ..models.home_base_reference import HomeBaseReference  # noqa: PLC0415

    _from_dict__HomeBaseReference = HomeBaseReference.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Forecast")


@_attrs_define
class Forecast:
    """Expected number of shifts needed on one day at one home base.

    Attributes:
        date (datetime.date):  Example: 2024-01-02.
        home_base (HomeBaseReference): Points at a home base by its business id.
        shifts (int): Number of shifts expected to be needed. Example: 12.
        business_id (str | Unset):  Example: FC-GHENT-2024-01-02.
    """

    date: datetime.date
    home_base: HomeBaseReference
    shifts: int
    business_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        date = self.date.isoformat()
        field_dict["date"] = date
        home_base = self.home_base.to_dict()
        field_dict["home_base"] = home_base
        field_dict["shifts"] = self.shifts
        business_id = self.business_id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Forecast)", d)
            d = dict(d)
        n__absent = 0
        _date = d.get("date", UNSET)
        try:
            date = _date__parse(_date)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("date", _date, "date") from None

        try:
            home_base = _from_dict__HomeBaseReference(d.get("home_base", UNSET))
        except FieldError as field__error:
            field__error.segments.append("home_base")
            raise

        shifts = d.get("shifts", UNSET)
        if not (type(shifts) is int) and not (isinstance(shifts, int) and shifts is not True and shifts is not False):
            raise FieldError("integer", shifts, "shifts")

        business_id = d.get("business_id", UNSET)
        if not (type(business_id) is str):
            if business_id is UNSET:
                n__absent += 1
            elif not isinstance(business_id, str):
                raise FieldError("string", business_id, "business_id")

        if cls is _plain__class:
            forecast = _new__object(cls)
            forecast.date = date
            forecast.home_base = home_base
            forecast.shifts = shifts
            forecast.business_id = business_id
            forecast.additional_properties = {}
        else:
            forecast = cls(
                date,
                home_base,
                shifts,
                business_id,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"date", "home_base", "shifts", "business_id"}
            }
            forecast.additional_properties = extra__props
        return forecast

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


_plain__class: type[Forecast] | None = (
    Forecast
    if {field.name for field in _attrs_fields(Forecast)}
    == {"date", "home_base", "shifts", "business_id", "additional_properties"}
    and not hasattr(Forecast, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
