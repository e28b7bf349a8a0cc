from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceStructureWriteAttributes")


@_attrs_define
class PriceStructureWriteAttributes:
    """Attributes that can be sent when creating or updating a price structure.

    Attributes:
        day (float | Unset):
        hour (float | Unset):
        month (float | Unset):
        name (str | Unset):
        price_tiles_attributes (Sequence[dict[str, Any]] | Unset): Creates or updates the nested price tiles in the same
            request.
        week (float | Unset):
        year (float | Unset):
    """

    day: float | Unset = UNSET
    hour: float | Unset = UNSET
    month: float | Unset = UNSET
    name: str | Unset = UNSET
    price_tiles_attributes: Sequence[dict[str, Any]] | Unset = UNSET
    week: float | Unset = UNSET
    year: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        day = self.day
        if day is not UNSET:
            field_dict["day"] = day
        hour = self.hour
        if hour is not UNSET:
            field_dict["hour"] = hour
        month = self.month
        if month is not UNSET:
            field_dict["month"] = month
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        price_tiles_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_tiles_attributes, Unset):
            price_tiles_attributes = list(self.price_tiles_attributes)

        if price_tiles_attributes is not UNSET:
            field_dict["price_tiles_attributes"] = price_tiles_attributes
        week = self.week
        if week is not UNSET:
            field_dict["week"] = week
        year = self.year
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PriceStructureWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        day = d.get("day", UNSET)
        if not (type(day) is float or type(day) is int):
            if day is UNSET:
                n__absent += 1
            elif not (isinstance(day, float) or (isinstance(day, int) and day is not True and day is not False)):
                raise FieldError("number", day, "day")

        hour = d.get("hour", UNSET)
        if not (type(hour) is float or type(hour) is int):
            if hour is UNSET:
                n__absent += 1
            elif not (isinstance(hour, float) or (isinstance(hour, int) and hour is not True and hour is not False)):
                raise FieldError("number", hour, "hour")

        month = d.get("month", UNSET)
        if not (type(month) is float or type(month) is int):
            if month is UNSET:
                n__absent += 1
            elif not (
                isinstance(month, float) or (isinstance(month, int) and month is not True and month is not False)
            ):
                raise FieldError("number", month, "month")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _price_tiles_attributes = d.get("price_tiles_attributes", UNSET)
        price_tiles_attributes: Sequence[dict[str, Any]] | Unset = UNSET
        if isinstance(_price_tiles_attributes, list):
            for price_tiles_attributes_item in _price_tiles_attributes:
                if not (type(price_tiles_attributes_item) is dict) and not isinstance(
                    price_tiles_attributes_item, dict
                ):
                    raise FieldError(
                        "object",
                        price_tiles_attributes_item,
                        _position(_price_tiles_attributes, price_tiles_attributes_item),
                        "price_tiles_attributes",
                    )
            price_tiles_attributes = _price_tiles_attributes
        elif _price_tiles_attributes is not UNSET:
            raise FieldError("array", _price_tiles_attributes, "price_tiles_attributes")

        if price_tiles_attributes is UNSET:
            n__absent += 1

        week = d.get("week", UNSET)
        if not (type(week) is float or type(week) is int):
            if week is UNSET:
                n__absent += 1
            elif not (isinstance(week, float) or (isinstance(week, int) and week is not True and week is not False)):
                raise FieldError("number", week, "week")

        year = d.get("year", UNSET)
        if not (type(year) is float or type(year) is int):
            if year is UNSET:
                n__absent += 1
            elif not (isinstance(year, float) or (isinstance(year, int) and year is not True and year is not False)):
                raise FieldError("number", year, "year")

        if cls is _plain__class:
            price_structure_write_attributes = _new__object(cls)
            price_structure_write_attributes.day = day
            price_structure_write_attributes.hour = hour
            price_structure_write_attributes.month = month
            price_structure_write_attributes.name = name
            price_structure_write_attributes.price_tiles_attributes = price_tiles_attributes
            price_structure_write_attributes.week = week
            price_structure_write_attributes.year = year
            price_structure_write_attributes.additional_properties = {}
        else:
            price_structure_write_attributes = cls(
                day,
                hour,
                month,
                name,
                price_tiles_attributes,
                week,
                year,
            )
        if len(d) + n__absent != 7:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"day", "hour", "month", "name", "price_tiles_attributes", "week", "year"}
            }
            price_structure_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[PriceStructureWriteAttributes] | None = (
    PriceStructureWriteAttributes
    if {field.name for field in _attrs_fields(PriceStructureWriteAttributes)}
    == {"day", "hour", "month", "name", "price_tiles_attributes", "week", "year", "additional_properties"}
    and not hasattr(PriceStructureWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
