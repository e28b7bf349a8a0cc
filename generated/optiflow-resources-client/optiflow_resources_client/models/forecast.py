from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.home_base_reference import HomeBaseReference

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, HomeBaseReference  # noqa: PLW0603
    from ..models.home_base_reference import HomeBaseReference  # noqa: PLC0415

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
        date = self.date.isoformat()

        home_base = self.home_base.to_dict()

        shifts = self.shifts

        business_id = self.business_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "home_base": home_base,
                "shifts": shifts,
            }
        )
        if business_id is not UNSET:
            field_dict["business_id"] = business_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Forecast)", src_dict)
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        try:
            date = datetime.date.fromisoformat(_date)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("date", _date, "date") from None

        try:
            home_base = HomeBaseReference.from_dict(d.pop("home_base", UNSET))
        except FieldError as field__error:
            field__error.segments.append("home_base")
            raise

        shifts = d.pop("shifts", UNSET)
        if not (isinstance(shifts, int) and shifts is not True and shifts is not False):
            raise FieldError("integer", shifts, "shifts")

        business_id = d.pop("business_id", UNSET)
        if not isinstance(business_id, str) and business_id is not UNSET:
            raise FieldError("string", business_id, "business_id")

        forecast = cls(
            date=date,
            home_base=home_base,
            shifts=shifts,
            business_id=business_id,
        )

        forecast.additional_properties = d
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
