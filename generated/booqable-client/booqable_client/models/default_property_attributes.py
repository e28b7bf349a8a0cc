from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..models.default_property_type import DefaultPropertyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DefaultPropertyAttributes")


@_attrs_define
class DefaultPropertyAttributes:
    """Attributes of a default property as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            can_change_property_type (bool | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            editable (bool | Unset):
            identifier (str | Unset):
            name (str | Unset):
            owner_type (str | Unset): Can only be set when the record is created.
            position (int | Unset):
            property_type (DefaultPropertyType | Unset): Values of `property_type` on default properties.
            select_options (list[Any] | Unset): Unverified: the element type is not documented.
            show_on (list[str] | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            validation_required (bool | Unset):
    """

    can_change_property_type: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    editable: bool | Unset = UNSET
    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    owner_type: str | Unset = UNSET
    position: int | Unset = UNSET
    property_type: DefaultPropertyType | Unset = UNSET
    select_options: list[Any] | Unset = UNSET
    show_on: list[str] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    validation_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_change_property_type = self.can_change_property_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        editable = self.editable

        identifier = self.identifier

        name = self.name

        owner_type = self.owner_type

        position = self.position

        property_type: str | Unset = UNSET
        if not isinstance(self.property_type, Unset):
            property_type = self.property_type.value

        select_options: list[Any] | Unset = UNSET
        if not isinstance(self.select_options, Unset):
            select_options = self.select_options

        show_on: list[str] | Unset = UNSET
        if not isinstance(self.show_on, Unset):
            show_on = self.show_on

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        validation_required = self.validation_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_change_property_type is not UNSET:
            field_dict["can_change_property_type"] = can_change_property_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if editable is not UNSET:
            field_dict["editable"] = editable
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        if position is not UNSET:
            field_dict["position"] = position
        if property_type is not UNSET:
            field_dict["property_type"] = property_type
        if select_options is not UNSET:
            field_dict["select_options"] = select_options
        if show_on is not UNSET:
            field_dict["show_on"] = show_on
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if validation_required is not UNSET:
            field_dict["validation_required"] = validation_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DefaultPropertyAttributes)", src_dict)
        d = dict(src_dict)
        can_change_property_type = d.pop("can_change_property_type", UNSET)
        if not isinstance(can_change_property_type, bool) and can_change_property_type is not UNSET:
            raise FieldError("boolean", can_change_property_type, "can_change_property_type")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        editable = d.pop("editable", UNSET)
        if not isinstance(editable, bool) and editable is not UNSET:
            raise FieldError("boolean", editable, "editable")

        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            raise FieldError("string", identifier, "identifier")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        owner_type = d.pop("owner_type", UNSET)
        if not isinstance(owner_type, str) and owner_type is not UNSET:
            raise FieldError("string", owner_type, "owner_type")

        position = d.pop("position", UNSET)
        if not (isinstance(position, int) and position is not True and position is not False) and position is not UNSET:
            raise FieldError("integer", position, "position")

        _property_type = d.pop("property_type", UNSET)
        property_type: DefaultPropertyType | Unset = UNSET
        if isinstance(_property_type, str):
            property_type = DefaultPropertyType(_property_type)
        elif _property_type is not UNSET:
            raise FieldError("string (DefaultPropertyType)", _property_type, "property_type")

        _select_options = d.pop("select_options", UNSET)
        select_options: list[Any] | Unset = UNSET
        if isinstance(_select_options, list):
            select_options = _select_options
        elif _select_options is not UNSET:
            raise FieldError("array", _select_options, "select_options")

        _show_on = d.pop("show_on", UNSET)
        show_on: list[str] | Unset = UNSET
        if isinstance(_show_on, list):
            for show_on_item in _show_on:
                if not isinstance(show_on_item, str):
                    raise FieldError("string", show_on_item, _position(_show_on, show_on_item), "show_on")
            show_on = _show_on
        elif _show_on is not UNSET:
            raise FieldError("array", _show_on, "show_on")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        validation_required = d.pop("validation_required", UNSET)
        if not isinstance(validation_required, bool) and validation_required is not UNSET:
            raise FieldError("boolean", validation_required, "validation_required")

        default_property_attributes = cls(
            can_change_property_type=can_change_property_type,
            created_at=created_at,
            editable=editable,
            identifier=identifier,
            name=name,
            owner_type=owner_type,
            position=position,
            property_type=property_type,
            select_options=select_options,
            show_on=show_on,
            updated_at=updated_at,
            validation_required=validation_required,
        )

        default_property_attributes.additional_properties = d
        return default_property_attributes

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
