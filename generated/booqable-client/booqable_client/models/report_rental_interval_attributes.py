from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportRentalIntervalAttributes")


@_attrs_define
class ReportRentalIntervalAttributes:
    """Attributes of a report rental interval as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

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
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        downtime_count = self.downtime_count

        interval = self.interval

        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)

        rented_count = self.rented_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if downtime_count is not UNSET:
            field_dict["downtime_count"] = downtime_count
        if interval is not UNSET:
            field_dict["interval"] = interval
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if rented_count is not UNSET:
            field_dict["rented_count"] = rented_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ReportRentalIntervalAttributes)", src_dict)
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset = UNSET
        if _date is not UNSET:
            try:
                date = datetime.date.fromisoformat(_date)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date", _date, "date") from None

        downtime_count = d.pop("downtime_count", UNSET)
        if (
            not (isinstance(downtime_count, int) and downtime_count is not True and downtime_count is not False)
            and downtime_count is not UNSET
        ):
            raise FieldError("integer", downtime_count, "downtime_count")

        interval = d.pop("interval", UNSET)
        if not isinstance(interval, str) and interval is not UNSET:
            raise FieldError("string", interval, "interval")

        _product_id = d.pop("product_id", UNSET)
        product_id: UUID | Unset = UNSET
        if _product_id is not UNSET:
            try:
                product_id = UUID(_product_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        rented_count = d.pop("rented_count", UNSET)
        if (
            not (isinstance(rented_count, int) and rented_count is not True and rented_count is not False)
            and rented_count is not UNSET
        ):
            raise FieldError("integer", rented_count, "rented_count")

        report_rental_interval_attributes = cls(
            date=date,
            downtime_count=downtime_count,
            interval=interval,
            product_id=product_id,
            rented_count=rented_count,
        )

        report_rental_interval_attributes.additional_properties = d
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
