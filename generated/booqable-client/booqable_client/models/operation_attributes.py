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
from ..models.operation_status import OperationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationAttributes")


@_attrs_define
class OperationAttributes:
    """Attributes of an operation as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            artifact (dict[str, Any] | Unset): A free-form JSON object.
            created_at (datetime.datetime | Unset): When the record was created.
            description (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            employee_id (UUID | Unset): ID of the related employee.
            error_count (int | Unset):
            error_data (list[str] | Unset):
            finished_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            status (OperationStatus | Unset): Values of `status` on operations.
            status_message (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            target_type (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            updated_at (datetime.datetime | Unset): When the record last changed.
            operation_data (dict[str, Any] | Unset): A free-form JSON object.
    """

    artifact: dict[str, Any] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    employee_id: UUID | Unset = UNSET
    error_count: int | Unset = UNSET
    error_data: list[str] | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    status: OperationStatus | Unset = UNSET
    status_message: None | str | Unset = UNSET
    target_type: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    operation_data: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        artifact = self.artifact
        if artifact is not UNSET:
            field_dict["artifact"] = artifact
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        if description is not UNSET:
            field_dict["description"] = description
        employee_id: str | Unset = UNSET
        if not isinstance(self.employee_id, Unset):
            employee_id = str(self.employee_id)
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        error_count = self.error_count
        if error_count is not UNSET:
            field_dict["error_count"] = error_count
        error_data: list[str] | Unset = UNSET
        if not isinstance(self.error_data, Unset):
            error_data = self.error_data

        if error_data is not UNSET:
            field_dict["error_data"] = error_data
        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = (
                self.finished_at.isoformat().replace("+00:00", "Z")
                if self.finished_at.tzinfo is not None
                else _naive__datetime("finished_at_type_0")
            )
        else:
            finished_at = self.finished_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status
        status_message: None | str | Unset
        if isinstance(self.status_message, Unset):
            status_message = UNSET
        else:
            status_message = self.status_message
        if status_message is not UNSET:
            field_dict["status_message"] = status_message
        target_type: None | str | Unset
        if isinstance(self.target_type, Unset):
            target_type = UNSET
        else:
            target_type = self.target_type
        if target_type is not UNSET:
            field_dict["target_type"] = target_type
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        operation_data = self.operation_data
        if operation_data is not UNSET:
            field_dict["operation_data"] = operation_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OperationAttributes)", d)
            d = dict(d)
        n__absent = 0
        artifact = d.get("artifact", UNSET)
        if not (type(artifact) is dict):
            if artifact is UNSET:
                n__absent += 1
            elif not isinstance(artifact, dict):
                raise FieldError("object", artifact, "artifact")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        description = d.get("description", UNSET)
        if not (type(description) is str or description is None):
            if description is UNSET:
                n__absent += 1
            elif not (isinstance(description, str) or description is None):
                raise FieldError("string or null", description, "description")

        _employee_id = d.get("employee_id", UNSET)
        employee_id: UUID | Unset = UNSET
        if _employee_id is not UNSET:
            try:
                employee_id = parse_uuid(_employee_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _employee_id, "employee_id") from None

        if employee_id is UNSET:
            n__absent += 1

        error_count = d.get("error_count", UNSET)
        if not (type(error_count) is int):
            if error_count is UNSET:
                n__absent += 1
            elif not (isinstance(error_count, int) and error_count is not True and error_count is not False):
                raise FieldError("integer", error_count, "error_count")

        _error_data = d.get("error_data", UNSET)
        error_data: list[str] | Unset = UNSET
        if isinstance(_error_data, list):
            for error_data_item in _error_data:
                if not (type(error_data_item) is str) and not isinstance(error_data_item, str):
                    raise FieldError("string", error_data_item, _position(_error_data, error_data_item), "error_data")
            error_data = _error_data
        elif _error_data is not UNSET:
            raise FieldError("array", _error_data, "error_data")

        if error_data is UNSET:
            n__absent += 1

        _finished_at = d.get("finished_at", UNSET)
        finished_at: datetime.datetime | None | Unset
        if _finished_at is None or _finished_at is UNSET:
            finished_at = _finished_at
        elif isinstance(_finished_at, str):
            _finished_at_type_0 = _finished_at
            try:
                finished_at_type_0 = _datetime__parse(_finished_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _finished_at_type_0, "finished_at") from None

            finished_at = finished_at_type_0
        else:
            raise FieldError("date-time string or null", _finished_at, "finished_at")

        if finished_at is UNSET:
            n__absent += 1

        _status = d.get("status", UNSET)
        status: OperationStatus | Unset = UNSET
        if type(_status) is str:
            status = OperationStatus._by__value.get(_status) or OperationStatus(_status)
        elif isinstance(_status, str):
            status = OperationStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (OperationStatus)", _status, "status")

        if status is UNSET:
            n__absent += 1

        status_message = d.get("status_message", UNSET)
        if not (type(status_message) is str or status_message is None):
            if status_message is UNSET:
                n__absent += 1
            elif not (isinstance(status_message, str) or status_message is None):
                raise FieldError("string or null", status_message, "status_message")

        target_type = d.get("target_type", UNSET)
        if not (type(target_type) is str or target_type is None):
            if target_type is UNSET:
                n__absent += 1
            elif not (isinstance(target_type, str) or target_type is None):
                raise FieldError("string or null", target_type, "target_type")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        operation_data = d.get("operation_data", UNSET)
        if not (type(operation_data) is dict):
            if operation_data is UNSET:
                n__absent += 1
            elif not isinstance(operation_data, dict):
                raise FieldError("object", operation_data, "operation_data")

        if cls is _plain__class:
            operation_attributes = _new__object(cls)
            operation_attributes.artifact = artifact
            operation_attributes.created_at = created_at
            operation_attributes.description = description
            operation_attributes.employee_id = employee_id
            operation_attributes.error_count = error_count
            operation_attributes.error_data = error_data
            operation_attributes.finished_at = finished_at
            operation_attributes.status = status
            operation_attributes.status_message = status_message
            operation_attributes.target_type = target_type
            operation_attributes.updated_at = updated_at
            operation_attributes.operation_data = operation_data
            operation_attributes.additional_properties = {}
        else:
            operation_attributes = cls(
                artifact,
                created_at,
                description,
                employee_id,
                error_count,
                error_data,
                finished_at,
                status,
                status_message,
                target_type,
                updated_at,
                operation_data,
            )
        if len(d) + n__absent != 12:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "artifact",
                    "created_at",
                    "description",
                    "employee_id",
                    "error_count",
                    "error_data",
                    "finished_at",
                    "status",
                    "status_message",
                    "target_type",
                    "updated_at",
                    "operation_data",
                }
            }
            operation_attributes.additional_properties = extra__props
        return operation_attributes

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


_plain__class: type[OperationAttributes] | None = (
    OperationAttributes
    if {field.name for field in _attrs_fields(OperationAttributes)}
    == {
        "artifact",
        "created_at",
        "description",
        "employee_id",
        "error_count",
        "error_data",
        "finished_at",
        "status",
        "status_message",
        "target_type",
        "updated_at",
        "operation_data",
        "additional_properties",
    }
    and not hasattr(OperationAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
