from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..lib._fields import position as _position
from ..models.price_structure_type import PriceStructureType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceStructureAttributes")


@_attrs_define
class PriceStructureAttributes:
    """Attributes of a price structure as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            created_at (datetime.datetime | Unset): When the record was created.
            day (float | Unset):
            hour (float | Unset):
            month (float | Unset):
            name (str | Unset):
            price_structure_type (PriceStructureType | Unset): Values of `price_structure_type` on price structures.
            product_group_id (None | Unset | UUID): ID of the related product group. Unverified: the examples show `null`,
                which the field list does not allow.
            updated_at (datetime.datetime | Unset): When the record last changed.
            week (float | Unset):
            year (float | Unset):
            price_tiles_attributes (list[dict[str, Any]] | Unset): Creates or updates the nested price tiles in the same
                request.
    """

    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    day: float | Unset = UNSET
    hour: float | Unset = UNSET
    month: float | Unset = UNSET
    name: str | Unset = UNSET
    price_structure_type: PriceStructureType | Unset = UNSET
    product_group_id: None | Unset | UUID = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    week: float | Unset = UNSET
    year: float | Unset = UNSET
    price_tiles_attributes: list[dict[str, Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        archived = self.archived
        if archived is not UNSET:
            field_dict["archived"] = archived
        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = (
                self.archived_at.isoformat().replace("+00:00", "Z")
                if self.archived_at.tzinfo is not None
                else _naive__datetime("archived_at_type_0")
            )
        else:
            archived_at = self.archived_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
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
        price_structure_type: str | Unset = UNSET
        if not isinstance(self.price_structure_type, Unset):
            price_structure_type = self.price_structure_type.value

        if price_structure_type is not UNSET:
            field_dict["price_structure_type"] = price_structure_type
        product_group_id: None | str | Unset
        if isinstance(self.product_group_id, Unset):
            product_group_id = UNSET
        elif isinstance(self.product_group_id, UUID):
            product_group_id = str(self.product_group_id)
        else:
            product_group_id = self.product_group_id
        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        week = self.week
        if week is not UNSET:
            field_dict["week"] = week
        year = self.year
        if year is not UNSET:
            field_dict["year"] = year
        price_tiles_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_tiles_attributes, Unset):
            price_tiles_attributes = self.price_tiles_attributes

        if price_tiles_attributes is not UNSET:
            field_dict["price_tiles_attributes"] = price_tiles_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PriceStructureAttributes)", d)
            d = dict(d)
        n__absent = 0
        archived = d.get("archived", UNSET)
        if not (archived is True or archived is False):
            if archived is UNSET:
                n__absent += 1
            elif not isinstance(archived, bool):
                raise FieldError("boolean", archived, "archived")

        _archived_at = d.get("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        elif isinstance(_archived_at, str):
            _archived_at_type_0 = _archived_at
            try:
                archived_at_type_0 = _datetime__parse(_archived_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _archived_at_type_0, "archived_at") from None

            archived_at = archived_at_type_0
        else:
            raise FieldError("date-time string or null", _archived_at, "archived_at")

        if archived_at is UNSET:
            n__absent += 1

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

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

        _price_structure_type = d.get("price_structure_type", UNSET)
        price_structure_type: PriceStructureType | Unset = UNSET
        if type(_price_structure_type) is str:
            price_structure_type = PriceStructureType._by__value.get(_price_structure_type) or PriceStructureType(
                _price_structure_type
            )
        elif isinstance(_price_structure_type, str):
            price_structure_type = PriceStructureType(_price_structure_type)
        elif _price_structure_type is not UNSET:
            raise FieldError("string (PriceStructureType)", _price_structure_type, "price_structure_type")

        if price_structure_type is UNSET:
            n__absent += 1

        _product_group_id = d.get("product_group_id", UNSET)
        product_group_id: None | Unset | UUID
        if _product_group_id is None or _product_group_id is UNSET:
            product_group_id = _product_group_id
        elif isinstance(_product_group_id, str):
            _product_group_id_type_0 = _product_group_id
            try:
                product_group_id_type_0 = parse_uuid(_product_group_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_group_id_type_0, "product_group_id") from None

            product_group_id = product_group_id_type_0
        else:
            raise FieldError("UUID string or null", _product_group_id, "product_group_id")

        if product_group_id is UNSET:
            n__absent += 1

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
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

        _price_tiles_attributes = d.get("price_tiles_attributes", UNSET)
        price_tiles_attributes: list[dict[str, Any]] | Unset = UNSET
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

        if cls is _plain__class:
            price_structure_attributes = _new__object(cls)
            price_structure_attributes.archived = archived
            price_structure_attributes.archived_at = archived_at
            price_structure_attributes.created_at = created_at
            price_structure_attributes.day = day
            price_structure_attributes.hour = hour
            price_structure_attributes.month = month
            price_structure_attributes.name = name
            price_structure_attributes.price_structure_type = price_structure_type
            price_structure_attributes.product_group_id = product_group_id
            price_structure_attributes.updated_at = updated_at
            price_structure_attributes.week = week
            price_structure_attributes.year = year
            price_structure_attributes.price_tiles_attributes = price_tiles_attributes
            price_structure_attributes.additional_properties = {}
        else:
            price_structure_attributes = cls(
                archived,
                archived_at,
                created_at,
                day,
                hour,
                month,
                name,
                price_structure_type,
                product_group_id,
                updated_at,
                week,
                year,
                price_tiles_attributes,
            )
        if len(d) + n__absent != 13:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "archived",
                    "archived_at",
                    "created_at",
                    "day",
                    "hour",
                    "month",
                    "name",
                    "price_structure_type",
                    "product_group_id",
                    "updated_at",
                    "week",
                    "year",
                    "price_tiles_attributes",
                }
            }
            price_structure_attributes.additional_properties = extra__props
        return price_structure_attributes

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


_plain__class: type[PriceStructureAttributes] | None = (
    PriceStructureAttributes
    if {field.name for field in _attrs_fields(PriceStructureAttributes)}
    == {
        "archived",
        "archived_at",
        "created_at",
        "day",
        "hour",
        "month",
        "name",
        "price_structure_type",
        "product_group_id",
        "updated_at",
        "week",
        "year",
        "price_tiles_attributes",
        "additional_properties",
    }
    and not hasattr(PriceStructureAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
