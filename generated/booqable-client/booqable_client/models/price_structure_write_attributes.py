from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="PriceStructureWriteAttributes")


@_attrs_define
class PriceStructureWriteAttributes:
    """Attributes that can be sent when creating or updating a price structure.

    Attributes:
        day (float | Unset):
        hour (float | Unset):
        month (float | Unset):
        name (str | Unset):
        price_tiles_attributes (list[JsonObject] | Unset): Creates or updates the nested price tiles in the same
            request.
        week (float | Unset):
        year (float | Unset):
    """

    day: float | Unset = UNSET
    hour: float | Unset = UNSET
    month: float | Unset = UNSET
    name: str | Unset = UNSET
    price_tiles_attributes: list[JsonObject] | Unset = UNSET
    week: float | Unset = UNSET
    year: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        day = self.day

        hour = self.hour

        month = self.month

        name = self.name

        price_tiles_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_tiles_attributes, Unset):
            price_tiles_attributes = []
            for price_tiles_attributes_item_data in self.price_tiles_attributes:
                price_tiles_attributes_item = price_tiles_attributes_item_data.to_dict()
                price_tiles_attributes.append(price_tiles_attributes_item)

        week = self.week

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day is not UNSET:
            field_dict["day"] = day
        if hour is not UNSET:
            field_dict["hour"] = hour
        if month is not UNSET:
            field_dict["month"] = month
        if name is not UNSET:
            field_dict["name"] = name
        if price_tiles_attributes is not UNSET:
            field_dict["price_tiles_attributes"] = price_tiles_attributes
        if week is not UNSET:
            field_dict["week"] = week
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PriceStructureWriteAttributes)", src_dict)
        d = dict(src_dict)
        day = d.pop("day", UNSET)
        if (
            not (isinstance(day, float) or (isinstance(day, int) and day is not True and day is not False))
            and day is not UNSET
        ):
            raise FieldError("number", day, "day")

        hour = d.pop("hour", UNSET)
        if (
            not (isinstance(hour, float) or (isinstance(hour, int) and hour is not True and hour is not False))
            and hour is not UNSET
        ):
            raise FieldError("number", hour, "hour")

        month = d.pop("month", UNSET)
        if (
            not (isinstance(month, float) or (isinstance(month, int) and month is not True and month is not False))
            and month is not UNSET
        ):
            raise FieldError("number", month, "month")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _price_tiles_attributes = d.pop("price_tiles_attributes", UNSET)
        price_tiles_attributes: list[JsonObject] | Unset = UNSET
        if isinstance(_price_tiles_attributes, list):
            price_tiles_attributes = []
            try:
                for price_tiles_attributes_item_data in _price_tiles_attributes:
                    price_tiles_attributes_item = JsonObject.from_dict(price_tiles_attributes_item_data)

                    price_tiles_attributes.append(price_tiles_attributes_item)
            except FieldError as field__error:
                field__error.segments.append(len(price_tiles_attributes))
                field__error.segments.append("price_tiles_attributes")
                raise
        elif _price_tiles_attributes is not UNSET:
            raise FieldError("array", _price_tiles_attributes, "price_tiles_attributes")

        week = d.pop("week", UNSET)
        if (
            not (isinstance(week, float) or (isinstance(week, int) and week is not True and week is not False))
            and week is not UNSET
        ):
            raise FieldError("number", week, "week")

        year = d.pop("year", UNSET)
        if (
            not (isinstance(year, float) or (isinstance(year, int) and year is not True and year is not False))
            and year is not UNSET
        ):
            raise FieldError("number", year, "year")

        price_structure_write_attributes = cls(
            day=day,
            hour=hour,
            month=month,
            name=name,
            price_tiles_attributes=price_tiles_attributes,
            week=week,
            year=year,
        )

        price_structure_write_attributes.additional_properties = d
        return price_structure_write_attributes

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
