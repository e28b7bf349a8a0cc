from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

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


T = TypeVar("T", bound="ActivityLogAttributes")


@_attrs_define
class ActivityLogAttributes:
    """Attributes of an activity log as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            action_args (JsonObject | Unset): A free-form JSON object.
            action_key (str | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            data (JsonObject | Unset): A free-form JSON object.
            employee_id (None | Unset | UUID): ID of the related employee.
            has_data (bool | Unset):
            support (bool | Unset):
    """

    action_args: JsonObject | Unset = UNSET
    action_key: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    data: JsonObject | Unset = UNSET
    employee_id: None | Unset | UUID = UNSET
    has_data: bool | Unset = UNSET
    support: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        action_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action_args, Unset):
            action_args = self.action_args.to_dict()

        action_key = self.action_key

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        employee_id: None | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id

        has_data = self.has_data

        support = self.support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_args is not UNSET:
            field_dict["action_args"] = action_args
        if action_key is not UNSET:
            field_dict["action_key"] = action_key
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data is not UNSET:
            field_dict["data"] = data
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if has_data is not UNSET:
            field_dict["has_data"] = has_data
        if support is not UNSET:
            field_dict["support"] = support

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ActivityLogAttributes)", src_dict)
        d = dict(src_dict)
        _action_args = d.pop("action_args", UNSET)
        action_args: JsonObject | Unset = UNSET
        if _action_args is not UNSET:
            try:
                action_args = JsonObject.from_dict(_action_args)
            except FieldError as field__error:
                field__error.segments.append("action_args")
                raise

        action_key = d.pop("action_key", UNSET)
        if not isinstance(action_key, str) and action_key is not UNSET:
            raise FieldError("string", action_key, "action_key")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        _data = d.pop("data", UNSET)
        data: JsonObject | Unset = UNSET
        if _data is not UNSET:
            try:
                data = JsonObject.from_dict(_data)
            except FieldError as field__error:
                field__error.segments.append("data")
                raise

        _employee_id = d.pop("employee_id", UNSET)
        employee_id: None | Unset | UUID
        if _employee_id is None or _employee_id is UNSET:
            employee_id = _employee_id
        elif isinstance(_employee_id, str):
            _employee_id_type_0 = _employee_id
            try:
                employee_id_type_0 = UUID(_employee_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _employee_id_type_0, "employee_id") from None

            employee_id = employee_id_type_0
        else:
            raise FieldError("UUID string or null", _employee_id, "employee_id")

        has_data = d.pop("has_data", UNSET)
        if not isinstance(has_data, bool) and has_data is not UNSET:
            raise FieldError("boolean", has_data, "has_data")

        support = d.pop("support", UNSET)
        if not isinstance(support, bool) and support is not UNSET:
            raise FieldError("boolean", support, "support")

        activity_log_attributes = cls(
            action_args=action_args,
            action_key=action_key,
            created_at=created_at,
            data=data,
            employee_id=employee_id,
            has_data=has_data,
            support=support,
        )

        activity_log_attributes.additional_properties = d
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
