from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..lib._fields import position as _position
from ..models.default_property_type import DefaultPropertyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DefaultPropertyAttributes")


@_attrs_define
class DefaultPropertyAttributes:
    """Attributes of a default property as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        can_change_property_type = self.can_change_property_type
        if can_change_property_type is not UNSET:
            field_dict["can_change_property_type"] = can_change_property_type
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        editable = self.editable
        if editable is not UNSET:
            field_dict["editable"] = editable
        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        owner_type = self.owner_type
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        position = self.position
        if position is not UNSET:
            field_dict["position"] = position
        property_type: str | Unset = UNSET
        if not isinstance(self.property_type, Unset):
            property_type = self.property_type.value

        if property_type is not UNSET:
            field_dict["property_type"] = property_type
        select_options: list[Any] | Unset = UNSET
        if not isinstance(self.select_options, Unset):
            select_options = self.select_options

        if select_options is not UNSET:
            field_dict["select_options"] = select_options
        show_on: list[str] | Unset = UNSET
        if not isinstance(self.show_on, Unset):
            show_on = self.show_on

        if show_on is not UNSET:
            field_dict["show_on"] = show_on
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        validation_required = self.validation_required
        if validation_required is not UNSET:
            field_dict["validation_required"] = validation_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DefaultPropertyAttributes)", d)
            d = dict(d)
        n__absent = 0
        can_change_property_type = d.get("can_change_property_type", UNSET)
        if not (can_change_property_type is True or can_change_property_type is False):
            if can_change_property_type is UNSET:
                n__absent += 1
            elif not isinstance(can_change_property_type, bool):
                raise FieldError("boolean", can_change_property_type, "can_change_property_type")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        editable = d.get("editable", UNSET)
        if not (editable is True or editable is False):
            if editable is UNSET:
                n__absent += 1
            elif not isinstance(editable, bool):
                raise FieldError("boolean", editable, "editable")

        identifier = d.get("identifier", UNSET)
        if not (type(identifier) is str):
            if identifier is UNSET:
                n__absent += 1
            elif not isinstance(identifier, str):
                raise FieldError("string", identifier, "identifier")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        owner_type = d.get("owner_type", UNSET)
        if not (type(owner_type) is str):
            if owner_type is UNSET:
                n__absent += 1
            elif not isinstance(owner_type, str):
                raise FieldError("string", owner_type, "owner_type")

        position = d.get("position", UNSET)
        if not (type(position) is int):
            if position is UNSET:
                n__absent += 1
            elif not (isinstance(position, int) and position is not True and position is not False):
                raise FieldError("integer", position, "position")

        _property_type = d.get("property_type", UNSET)
        property_type: DefaultPropertyType | Unset = UNSET
        if type(_property_type) is str:
            property_type = DefaultPropertyType._by__value.get(_property_type) or DefaultPropertyType(_property_type)
        elif isinstance(_property_type, str):
            property_type = DefaultPropertyType(_property_type)
        elif _property_type is not UNSET:
            raise FieldError("string (DefaultPropertyType)", _property_type, "property_type")

        if property_type is UNSET:
            n__absent += 1

        _select_options = d.get("select_options", UNSET)
        select_options: list[Any] | Unset = UNSET
        if isinstance(_select_options, list):
            select_options = _select_options
        elif _select_options is not UNSET:
            raise FieldError("array", _select_options, "select_options")

        if select_options is UNSET:
            n__absent += 1

        _show_on = d.get("show_on", UNSET)
        show_on: list[str] | Unset = UNSET
        if isinstance(_show_on, list):
            for show_on_item in _show_on:
                if not (type(show_on_item) is str) and not isinstance(show_on_item, str):
                    raise FieldError("string", show_on_item, _position(_show_on, show_on_item), "show_on")
            show_on = _show_on
        elif _show_on is not UNSET:
            raise FieldError("array", _show_on, "show_on")

        if show_on is UNSET:
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

        validation_required = d.get("validation_required", UNSET)
        if not (validation_required is True or validation_required is False):
            if validation_required is UNSET:
                n__absent += 1
            elif not isinstance(validation_required, bool):
                raise FieldError("boolean", validation_required, "validation_required")

        if cls is _plain__class:
            default_property_attributes = _new__object(cls)
            default_property_attributes.can_change_property_type = can_change_property_type
            default_property_attributes.created_at = created_at
            default_property_attributes.editable = editable
            default_property_attributes.identifier = identifier
            default_property_attributes.name = name
            default_property_attributes.owner_type = owner_type
            default_property_attributes.position = position
            default_property_attributes.property_type = property_type
            default_property_attributes.select_options = select_options
            default_property_attributes.show_on = show_on
            default_property_attributes.updated_at = updated_at
            default_property_attributes.validation_required = validation_required
            default_property_attributes.additional_properties = {}
        else:
            default_property_attributes = cls(
                can_change_property_type,
                created_at,
                editable,
                identifier,
                name,
                owner_type,
                position,
                property_type,
                select_options,
                show_on,
                updated_at,
                validation_required,
            )
        if len(d) + n__absent != 12:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "can_change_property_type",
                    "created_at",
                    "editable",
                    "identifier",
                    "name",
                    "owner_type",
                    "position",
                    "property_type",
                    "select_options",
                    "show_on",
                    "updated_at",
                    "validation_required",
                }
            }
            default_property_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[DefaultPropertyAttributes] | None = (
    DefaultPropertyAttributes
    if {field.name for field in _attrs_fields(DefaultPropertyAttributes)}
    == {
        "can_change_property_type",
        "created_at",
        "editable",
        "identifier",
        "name",
        "owner_type",
        "position",
        "property_type",
        "select_options",
        "show_on",
        "updated_at",
        "validation_required",
        "additional_properties",
    }
    and not hasattr(DefaultPropertyAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
