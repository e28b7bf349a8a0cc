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
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_date as _date__parse
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportRentalIntervalAttributes")


@_attrs_define
class ReportRentalIntervalAttributes:
    """Attributes of a report rental interval as read from the API. `required` lists the attributes Booqable always sends;
    a sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            date (datetime.date | Unset):
            downtime_count (int | Unset):
            interval (str | Unset):
            product_id (UUID | Unset): ID of the related product.
            rented_count (int | Unset):
    """

    date: datetime.date | Unset = UNSET
    downtime_count: int | Unset = UNSET
    interval: str | Unset = UNSET
    product_id: UUID | Unset = UNSET
    rented_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()
        if date is not UNSET:
            field_dict["date"] = date
        downtime_count = self.downtime_count
        if downtime_count is not UNSET:
            field_dict["downtime_count"] = downtime_count
        interval = self.interval
        if interval is not UNSET:
            field_dict["interval"] = interval
        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        rented_count = self.rented_count
        if rented_count is not UNSET:
            field_dict["rented_count"] = rented_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ReportRentalIntervalAttributes)", d)
            d = dict(d)
        n__absent = 0
        _date = d.get("date", UNSET)
        date: datetime.date | Unset = UNSET
        if _date is not UNSET:
            try:
                date = _date__parse(_date)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date", _date, "date") from None

        if date is UNSET:
            n__absent += 1

        downtime_count = d.get("downtime_count", UNSET)
        if not (type(downtime_count) is int):
            if downtime_count is UNSET:
                n__absent += 1
            elif not (isinstance(downtime_count, int) and downtime_count is not True and downtime_count is not False):
                raise FieldError("integer", downtime_count, "downtime_count")

        interval = d.get("interval", UNSET)
        if not (type(interval) is str):
            if interval is UNSET:
                n__absent += 1
            elif not isinstance(interval, str):
                raise FieldError("string", interval, "interval")

        _product_id = d.get("product_id", UNSET)
        product_id: UUID | Unset = UNSET
        if _product_id is not UNSET:
            try:
                product_id = parse_uuid(_product_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        if product_id is UNSET:
            n__absent += 1

        rented_count = d.get("rented_count", UNSET)
        if not (type(rented_count) is int):
            if rented_count is UNSET:
                n__absent += 1
            elif not (isinstance(rented_count, int) and rented_count is not True and rented_count is not False):
                raise FieldError("integer", rented_count, "rented_count")

        if cls is _plain__class:
            report_rental_interval_attributes = _new__object(cls)
            report_rental_interval_attributes.date = date
            report_rental_interval_attributes.downtime_count = downtime_count
            report_rental_interval_attributes.interval = interval
            report_rental_interval_attributes.product_id = product_id
            report_rental_interval_attributes.rented_count = rented_count
            report_rental_interval_attributes.additional_properties = {}
        else:
            report_rental_interval_attributes = cls(
                date,
                downtime_count,
                interval,
                product_id,
                rented_count,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"date", "downtime_count", "interval", "product_id", "rented_count"}
            }
            report_rental_interval_attributes.additional_properties = extra__props
        return report_rental_interval_attributes

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


_plain__class: type[ReportRentalIntervalAttributes] | None = (
    ReportRentalIntervalAttributes
    if {field.name for field in _attrs_fields(ReportRentalIntervalAttributes)}
    == {"date", "downtime_count", "interval", "product_id", "rented_count", "additional_properties"}
    and not hasattr(ReportRentalIntervalAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
