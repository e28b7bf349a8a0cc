from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.availability_status import AvailabilityStatus
from ..models.availability_subject_type import AvailabilitySubjectType
from ..models.availability_type import AvailabilityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailabilityAttributes")


@_attrs_define
class AvailabilityAttributes:
    """Attributes of an availability as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            available (bool | None | Unset): True when the interval is available, false when it is not, null when it is
                partly available. Unverified: the vendor's text says it can be `null`, its flags do not.
            date (str | Unset): The day of the interval (`YYYY-MM-DD`).
            hour (None | str | Unset): Hour of the interval, for time intervals. Unverified: the examples show `null`, which
                the field list does not allow.
            minute (None | str | Unset): Minute of the interval, for time intervals. Unverified: the examples show `null`,
                which the field list does not allow.
            quantity (int | None | Unset): Units available in the interval (items and carts); as a filter, how many units to
                check for. Unverified: the examples show `null`, which the field list does not allow.
            status (AvailabilityStatus | Unset): Values of `status` on availabilities.
            subject_id (UUID | Unset): ID of the related subject.
            subject_type (AvailabilitySubjectType | Unset): Values of `subject_type` on availabilities.
            type_ (AvailabilityType | Unset): Values of `type` on availabilities.
    """

    available: bool | None | Unset = UNSET
    date: str | Unset = UNSET
    hour: None | str | Unset = UNSET
    minute: None | str | Unset = UNSET
    quantity: int | None | Unset = UNSET
    status: AvailabilityStatus | Unset = UNSET
    subject_id: UUID | Unset = UNSET
    subject_type: AvailabilitySubjectType | Unset = UNSET
    type_: AvailabilityType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available: bool | None | Unset
        if isinstance(self.available, Unset):
            available = UNSET
        else:
            available = self.available

        date = self.date

        hour: None | str | Unset
        if isinstance(self.hour, Unset):
            hour = UNSET
        else:
            hour = self.hour

        minute: None | str | Unset
        if isinstance(self.minute, Unset):
            minute = UNSET
        else:
            minute = self.minute

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        subject_id: str | Unset = UNSET
        if not isinstance(self.subject_id, Unset):
            subject_id = str(self.subject_id)

        subject_type: str | Unset = UNSET
        if not isinstance(self.subject_type, Unset):
            subject_type = self.subject_type.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available is not UNSET:
            field_dict["available"] = available
        if date is not UNSET:
            field_dict["date"] = date
        if hour is not UNSET:
            field_dict["hour"] = hour
        if minute is not UNSET:
            field_dict["minute"] = minute
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if status is not UNSET:
            field_dict["status"] = status
        if subject_id is not UNSET:
            field_dict["subject_id"] = subject_id
        if subject_type is not UNSET:
            field_dict["subject_type"] = subject_type
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (AvailabilityAttributes)", src_dict)
        d = dict(src_dict)
        available = d.pop("available", UNSET)
        if not (isinstance(available, bool) or available is None) and available is not UNSET:
            raise FieldError("boolean or null", available, "available")

        date = d.pop("date", UNSET)
        if not isinstance(date, str) and date is not UNSET:
            raise FieldError("string", date, "date")

        hour = d.pop("hour", UNSET)
        if not (isinstance(hour, str) or hour is None) and hour is not UNSET:
            raise FieldError("string or null", hour, "hour")

        minute = d.pop("minute", UNSET)
        if not (isinstance(minute, str) or minute is None) and minute is not UNSET:
            raise FieldError("string or null", minute, "minute")

        quantity = d.pop("quantity", UNSET)
        if (
            not (isinstance(quantity, int) and quantity is not True and quantity is not False or quantity is None)
            and quantity is not UNSET
        ):
            raise FieldError("integer or null", quantity, "quantity")

        _status = d.pop("status", UNSET)
        status: AvailabilityStatus | Unset = UNSET
        if isinstance(_status, str):
            status = AvailabilityStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (AvailabilityStatus)", _status, "status")

        _subject_id = d.pop("subject_id", UNSET)
        subject_id: UUID | Unset = UNSET
        if _subject_id is not UNSET:
            try:
                subject_id = UUID(_subject_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _subject_id, "subject_id") from None

        _subject_type = d.pop("subject_type", UNSET)
        subject_type: AvailabilitySubjectType | Unset = UNSET
        if isinstance(_subject_type, str):
            subject_type = AvailabilitySubjectType(_subject_type)
        elif _subject_type is not UNSET:
            raise FieldError("string (AvailabilitySubjectType)", _subject_type, "subject_type")

        _type_ = d.pop("type", UNSET)
        type_: AvailabilityType | Unset = UNSET
        if isinstance(_type_, str):
            type_ = AvailabilityType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (AvailabilityType)", _type_, "type")

        availability_attributes = cls(
            available=available,
            date=date,
            hour=hour,
            minute=minute,
            quantity=quantity,
            status=status,
            subject_id=subject_id,
            subject_type=subject_type,
            type_=type_,
        )

        availability_attributes.additional_properties = d
        return availability_attributes

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
