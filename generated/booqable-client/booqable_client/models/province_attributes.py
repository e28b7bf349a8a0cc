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

T = TypeVar("T", bound="ProvinceAttributes")


@_attrs_define
class ProvinceAttributes:
    """Attributes of a province as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            code (str | Unset):
            country_id (UUID | Unset): ID of the related country.
            created_at (datetime.datetime | Unset): When the record was created.
            name (str | Unset):
            position (int | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    code: str | Unset = UNSET
    country_id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    position: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        code = self.code
        if code is not UNSET:
            field_dict["code"] = code
        country_id: str | Unset = UNSET
        if not isinstance(self.country_id, Unset):
            country_id = str(self.country_id)
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        position = self.position
        if position is not UNSET:
            field_dict["position"] = position
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ProvinceAttributes)", d)
            d = dict(d)
        n__absent = 0
        code = d.get("code", UNSET)
        if not (type(code) is str):
            if code is UNSET:
                n__absent += 1
            elif not isinstance(code, str):
                raise FieldError("string", code, "code")

        _country_id = d.get("country_id", UNSET)
        country_id: UUID | Unset = UNSET
        if _country_id is not UNSET:
            try:
                country_id = parse_uuid(_country_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _country_id, "country_id") from None

        if country_id is UNSET:
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

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        position = d.get("position", UNSET)
        if not (type(position) is int):
            if position is UNSET:
                n__absent += 1
            elif not (isinstance(position, int) and position is not True and position is not False):
                raise FieldError("integer", position, "position")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            province_attributes = _new__object(cls)
            province_attributes.code = code
            province_attributes.country_id = country_id
            province_attributes.created_at = created_at
            province_attributes.name = name
            province_attributes.position = position
            province_attributes.updated_at = updated_at
            province_attributes.additional_properties = {}
        else:
            province_attributes = cls(
                code,
                country_id,
                created_at,
                name,
                position,
                updated_at,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"code", "country_id", "created_at", "name", "position", "updated_at"}
            }
            province_attributes.additional_properties = extra__props
        return province_attributes

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


_plain__class: type[ProvinceAttributes] | None = (
    ProvinceAttributes
    if {field.name for field in _attrs_fields(ProvinceAttributes)}
    == {"code", "country_id", "created_at", "name", "position", "updated_at", "additional_properties"}
    and not hasattr(ProvinceAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
