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
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityLogAttributes")


@_attrs_define
class ActivityLogAttributes:
    """Attributes of an activity log as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            action_args (dict[str, Any] | Unset): A free-form JSON object.
            action_key (str | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            employee_id (None | Unset | UUID): ID of the related employee.
            has_data (bool | Unset):
            support (bool | Unset):
            data (dict[str, Any] | Unset): A free-form JSON object.
    """

    action_args: dict[str, Any] | Unset = UNSET
    action_key: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    employee_id: None | Unset | UUID = UNSET
    has_data: bool | Unset = UNSET
    support: bool | Unset = UNSET
    data: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        action_args = self.action_args
        if action_args is not UNSET:
            field_dict["action_args"] = action_args
        action_key = self.action_key
        if action_key is not UNSET:
            field_dict["action_key"] = action_key
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        employee_id: None | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        has_data = self.has_data
        if has_data is not UNSET:
            field_dict["has_data"] = has_data
        support = self.support
        if support is not UNSET:
            field_dict["support"] = support
        data = self.data
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ActivityLogAttributes)", d)
            d = dict(d)
        n__absent = 0
        action_args = d.get("action_args", UNSET)
        if not (type(action_args) is dict):
            if action_args is UNSET:
                n__absent += 1
            elif not isinstance(action_args, dict):
                raise FieldError("object", action_args, "action_args")

        action_key = d.get("action_key", UNSET)
        if not (type(action_key) is str):
            if action_key is UNSET:
                n__absent += 1
            elif not isinstance(action_key, str):
                raise FieldError("string", action_key, "action_key")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        _employee_id = d.get("employee_id", UNSET)
        employee_id: None | Unset | UUID
        if _employee_id is None or _employee_id is UNSET:
            employee_id = _employee_id
        elif isinstance(_employee_id, str):
            _employee_id_type_0 = _employee_id
            try:
                employee_id_type_0 = parse_uuid(_employee_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _employee_id_type_0, "employee_id") from None

            employee_id = employee_id_type_0
        else:
            raise FieldError("UUID string or null", _employee_id, "employee_id")

        if employee_id is UNSET:
            n__absent += 1

        has_data = d.get("has_data", UNSET)
        if not (has_data is True or has_data is False):
            if has_data is UNSET:
                n__absent += 1
            elif not isinstance(has_data, bool):
                raise FieldError("boolean", has_data, "has_data")

        support = d.get("support", UNSET)
        if not (support is True or support is False):
            if support is UNSET:
                n__absent += 1
            elif not isinstance(support, bool):
                raise FieldError("boolean", support, "support")

        data = d.get("data", UNSET)
        if not (type(data) is dict):
            if data is UNSET:
                n__absent += 1
            elif not isinstance(data, dict):
                raise FieldError("object", data, "data")

        if cls is _plain__class:
            activity_log_attributes = _new__object(cls)
            activity_log_attributes.action_args = action_args
            activity_log_attributes.action_key = action_key
            activity_log_attributes.created_at = created_at
            activity_log_attributes.employee_id = employee_id
            activity_log_attributes.has_data = has_data
            activity_log_attributes.support = support
            activity_log_attributes.data = data
            activity_log_attributes.additional_properties = {}
        else:
            activity_log_attributes = cls(
                action_args,
                action_key,
                created_at,
                employee_id,
                has_data,
                support,
                data,
            )
        if len(d) + n__absent != 7:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {"action_args", "action_key", "created_at", "employee_id", "has_data", "support", "data"}
            }
            activity_log_attributes.additional_properties = extra__props
        return activity_log_attributes

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


_plain__class: type[ActivityLogAttributes] | None = (
    ActivityLogAttributes
    if {field.name for field in _attrs_fields(ActivityLogAttributes)}
    == {
        "action_args",
        "action_key",
        "created_at",
        "employee_id",
        "has_data",
        "support",
        "data",
        "additional_properties",
    }
    and not hasattr(ActivityLogAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
