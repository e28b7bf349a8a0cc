from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.availability_status import AvailabilityStatus
from ..models.availability_subject_type import AvailabilitySubjectType
from ..models.availability_type import AvailabilityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailabilityAttributes")


@_attrs_define
class AvailabilityAttributes:
    """Attributes of an availability as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        available: bool | None | Unset
        if isinstance(self.available, Unset):
            available = UNSET
        else:
            available = self.available
        if available is not UNSET:
            field_dict["available"] = available
        date = self.date
        if date is not UNSET:
            field_dict["date"] = date
        hour: None | str | Unset
        if isinstance(self.hour, Unset):
            hour = UNSET
        else:
            hour = self.hour
        if hour is not UNSET:
            field_dict["hour"] = hour
        minute: None | str | Unset
        if isinstance(self.minute, Unset):
            minute = UNSET
        else:
            minute = self.minute
        if minute is not UNSET:
            field_dict["minute"] = minute
        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status
        subject_id: str | Unset = UNSET
        if not isinstance(self.subject_id, Unset):
            subject_id = str(self.subject_id)
        if subject_id is not UNSET:
            field_dict["subject_id"] = subject_id
        subject_type: str | Unset = UNSET
        if not isinstance(self.subject_type, Unset):
            subject_type = self.subject_type.value

        if subject_type is not UNSET:
            field_dict["subject_type"] = subject_type
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (AvailabilityAttributes)", d)
            d = dict(d)
        n__absent = 0
        available = d.get("available", UNSET)
        if not ((available is True or available is False) or available is None):
            if available is UNSET:
                n__absent += 1
            elif not (isinstance(available, bool) or available is None):
                raise FieldError("boolean or null", available, "available")

        date = d.get("date", UNSET)
        if not (type(date) is str):
            if date is UNSET:
                n__absent += 1
            elif not isinstance(date, str):
                raise FieldError("string", date, "date")

        hour = d.get("hour", UNSET)
        if not (type(hour) is str or hour is None):
            if hour is UNSET:
                n__absent += 1
            elif not (isinstance(hour, str) or hour is None):
                raise FieldError("string or null", hour, "hour")

        minute = d.get("minute", UNSET)
        if not (type(minute) is str or minute is None):
            if minute is UNSET:
                n__absent += 1
            elif not (isinstance(minute, str) or minute is None):
                raise FieldError("string or null", minute, "minute")

        quantity = d.get("quantity", UNSET)
        if not (type(quantity) is int or quantity is None):
            if quantity is UNSET:
                n__absent += 1
            elif not (isinstance(quantity, int) and quantity is not True and quantity is not False or quantity is None):
                raise FieldError("integer or null", quantity, "quantity")

        _status = d.get("status", UNSET)
        status: AvailabilityStatus | Unset = UNSET
        if type(_status) is str:
            status = AvailabilityStatus._by__value.get(_status) or AvailabilityStatus(_status)
        elif isinstance(_status, str):
            status = AvailabilityStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (AvailabilityStatus)", _status, "status")

        if status is UNSET:
            n__absent += 1

        _subject_id = d.get("subject_id", UNSET)
        subject_id: UUID | Unset = UNSET
        if _subject_id is not UNSET:
            try:
                subject_id = parse_uuid(_subject_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _subject_id, "subject_id") from None

        if subject_id is UNSET:
            n__absent += 1

        _subject_type = d.get("subject_type", UNSET)
        subject_type: AvailabilitySubjectType | Unset = UNSET
        if type(_subject_type) is str:
            subject_type = AvailabilitySubjectType._by__value.get(_subject_type) or AvailabilitySubjectType(
                _subject_type
            )
        elif isinstance(_subject_type, str):
            subject_type = AvailabilitySubjectType(_subject_type)
        elif _subject_type is not UNSET:
            raise FieldError("string (AvailabilitySubjectType)", _subject_type, "subject_type")

        if subject_type is UNSET:
            n__absent += 1

        _type_ = d.get("type", UNSET)
        type_: AvailabilityType | Unset = UNSET
        if type(_type_) is str:
            type_ = AvailabilityType._by__value.get(_type_) or AvailabilityType(_type_)
        elif isinstance(_type_, str):
            type_ = AvailabilityType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (AvailabilityType)", _type_, "type")

        if type_ is UNSET:
            n__absent += 1

        if cls is _plain__class:
            availability_attributes = _new__object(cls)
            availability_attributes.available = available
            availability_attributes.date = date
            availability_attributes.hour = hour
            availability_attributes.minute = minute
            availability_attributes.quantity = quantity
            availability_attributes.status = status
            availability_attributes.subject_id = subject_id
            availability_attributes.subject_type = subject_type
            availability_attributes.type_ = type_
            availability_attributes.additional_properties = {}
        else:
            availability_attributes = cls(
                available,
                date,
                hour,
                minute,
                quantity,
                status,
                subject_id,
                subject_type,
                type_,
            )
        if len(d) + n__absent != 9:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "available",
                    "date",
                    "hour",
                    "minute",
                    "quantity",
                    "status",
                    "subject_id",
                    "subject_type",
                    "type",
                }
            }
            availability_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[AvailabilityAttributes] | None = (
    AvailabilityAttributes
    if {field.name for field in _attrs_fields(AvailabilityAttributes)}
    == {
        "available",
        "date",
        "hour",
        "minute",
        "quantity",
        "status",
        "subject_id",
        "subject_type",
        "type_",
        "additional_properties",
    }
    and not hasattr(AvailabilityAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
