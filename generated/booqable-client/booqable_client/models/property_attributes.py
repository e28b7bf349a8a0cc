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
from ..models.property_owner_type import PropertyOwnerType
from ..models.property_type import PropertyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PropertyAttributes")


@_attrs_define
class PropertyAttributes:
    """Attributes of a property as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            default_property_id (None | Unset | UUID): ID of the related default property.
            identifier (str | Unset):
            meets_validation_requirements (bool | None | Unset): Unverified: the examples show `null`, which the field list
                does not allow.
            name (str | Unset):
            owner_id (UUID | Unset): ID of the related owner. Can only be set when the record is created.
            owner_type (PropertyOwnerType | Unset): Values of `owner_type` on properties.
            position (int | Unset):
            property_type (PropertyType | Unset): Values of `property_type` on properties.
            show_on (list[str] | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            validation_required (bool | Unset):
            value (str | Unset):
            address1 (str | Unset):
            address2 (str | Unset):
            city (str | Unset):
            country (str | Unset):
            country_id (str | Unset):
            first_name (str | Unset):
            last_name (str | Unset):
            latitude (str | Unset):
            longitude (str | Unset):
            province_id (str | Unset):
            region (str | Unset):
            zipcode (str | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    default_property_id: None | Unset | UUID = UNSET
    identifier: str | Unset = UNSET
    meets_validation_requirements: bool | None | Unset = UNSET
    name: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    owner_type: PropertyOwnerType | Unset = UNSET
    position: int | Unset = UNSET
    property_type: PropertyType | Unset = UNSET
    show_on: list[str] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    validation_required: bool | Unset = UNSET
    value: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    country_id: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    latitude: str | Unset = UNSET
    longitude: str | Unset = UNSET
    province_id: str | Unset = UNSET
    region: str | Unset = UNSET
    zipcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        default_property_id: None | str | Unset
        if isinstance(self.default_property_id, Unset):
            default_property_id = UNSET
        elif isinstance(self.default_property_id, UUID):
            default_property_id = str(self.default_property_id)
        else:
            default_property_id = self.default_property_id
        if default_property_id is not UNSET:
            field_dict["default_property_id"] = default_property_id
        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        meets_validation_requirements: bool | None | Unset
        if isinstance(self.meets_validation_requirements, Unset):
            meets_validation_requirements = UNSET
        else:
            meets_validation_requirements = self.meets_validation_requirements
        if meets_validation_requirements is not UNSET:
            field_dict["meets_validation_requirements"] = meets_validation_requirements
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type.value

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
        value = self.value
        if value is not UNSET:
            field_dict["value"] = value
        address1 = self.address1
        if address1 is not UNSET:
            field_dict["address1"] = address1
        address2 = self.address2
        if address2 is not UNSET:
            field_dict["address2"] = address2
        city = self.city
        if city is not UNSET:
            field_dict["city"] = city
        country = self.country
        if country is not UNSET:
            field_dict["country"] = country
        country_id = self.country_id
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        first_name = self.first_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        last_name = self.last_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        latitude = self.latitude
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        longitude = self.longitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        province_id = self.province_id
        if province_id is not UNSET:
            field_dict["province_id"] = province_id
        region = self.region
        if region is not UNSET:
            field_dict["region"] = region
        zipcode = self.zipcode
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PropertyAttributes)", d)
            d = dict(d)
        n__absent = 0
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        _default_property_id = d.get("default_property_id", UNSET)
        default_property_id: None | Unset | UUID
        if _default_property_id is None or _default_property_id is UNSET:
            default_property_id = _default_property_id
        elif isinstance(_default_property_id, str):
            _default_property_id_type_0 = _default_property_id
            try:
                default_property_id_type_0 = parse_uuid(_default_property_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _default_property_id_type_0, "default_property_id") from None

            default_property_id = default_property_id_type_0
        else:
            raise FieldError("UUID string or null", _default_property_id, "default_property_id")

        if default_property_id is UNSET:
            n__absent += 1

        identifier = d.get("identifier", UNSET)
        if not (type(identifier) is str):
            if identifier is UNSET:
                n__absent += 1
            elif not isinstance(identifier, str):
                raise FieldError("string", identifier, "identifier")

        meets_validation_requirements = d.get("meets_validation_requirements", UNSET)
        if not (
            (meets_validation_requirements is True or meets_validation_requirements is False)
            or meets_validation_requirements is None
        ):
            if meets_validation_requirements is UNSET:
                n__absent += 1
            elif not (isinstance(meets_validation_requirements, bool) or meets_validation_requirements is None):
                raise FieldError("boolean or null", meets_validation_requirements, "meets_validation_requirements")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _owner_id = d.get("owner_id", UNSET)
        owner_id: UUID | Unset = UNSET
        if _owner_id is not UNSET:
            try:
                owner_id = parse_uuid(_owner_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _owner_id, "owner_id") from None

        if owner_id is UNSET:
            n__absent += 1

        _owner_type = d.get("owner_type", UNSET)
        owner_type: PropertyOwnerType | Unset = UNSET
        if type(_owner_type) is str:
            owner_type = PropertyOwnerType._by__value.get(_owner_type) or PropertyOwnerType(_owner_type)
        elif isinstance(_owner_type, str):
            owner_type = PropertyOwnerType(_owner_type)
        elif _owner_type is not UNSET:
            raise FieldError("string (PropertyOwnerType)", _owner_type, "owner_type")

        if owner_type is UNSET:
            n__absent += 1

        position = d.get("position", UNSET)
        if not (type(position) is int):
            if position is UNSET:
                n__absent += 1
            elif not (isinstance(position, int) and position is not True and position is not False):
                raise FieldError("integer", position, "position")

        _property_type = d.get("property_type", UNSET)
        property_type: PropertyType | Unset = UNSET
        if type(_property_type) is str:
            property_type = PropertyType._by__value.get(_property_type) or PropertyType(_property_type)
        elif isinstance(_property_type, str):
            property_type = PropertyType(_property_type)
        elif _property_type is not UNSET:
            raise FieldError("string (PropertyType)", _property_type, "property_type")

        if property_type is UNSET:
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

        value = d.get("value", UNSET)
        if not (type(value) is str):
            if value is UNSET:
                n__absent += 1
            elif not isinstance(value, str):
                raise FieldError("string", value, "value")

        address1 = d.get("address1", UNSET)
        if not (type(address1) is str):
            if address1 is UNSET:
                n__absent += 1
            elif not isinstance(address1, str):
                raise FieldError("string", address1, "address1")

        address2 = d.get("address2", UNSET)
        if not (type(address2) is str):
            if address2 is UNSET:
                n__absent += 1
            elif not isinstance(address2, str):
                raise FieldError("string", address2, "address2")

        city = d.get("city", UNSET)
        if not (type(city) is str):
            if city is UNSET:
                n__absent += 1
            elif not isinstance(city, str):
                raise FieldError("string", city, "city")

        country = d.get("country", UNSET)
        if not (type(country) is str):
            if country is UNSET:
                n__absent += 1
            elif not isinstance(country, str):
                raise FieldError("string", country, "country")

        country_id = d.get("country_id", UNSET)
        if not (type(country_id) is str):
            if country_id is UNSET:
                n__absent += 1
            elif not isinstance(country_id, str):
                raise FieldError("string", country_id, "country_id")

        first_name = d.get("first_name", UNSET)
        if not (type(first_name) is str):
            if first_name is UNSET:
                n__absent += 1
            elif not isinstance(first_name, str):
                raise FieldError("string", first_name, "first_name")

        last_name = d.get("last_name", UNSET)
        if not (type(last_name) is str):
            if last_name is UNSET:
                n__absent += 1
            elif not isinstance(last_name, str):
                raise FieldError("string", last_name, "last_name")

        latitude = d.get("latitude", UNSET)
        if not (type(latitude) is str):
            if latitude is UNSET:
                n__absent += 1
            elif not isinstance(latitude, str):
                raise FieldError("string", latitude, "latitude")

        longitude = d.get("longitude", UNSET)
        if not (type(longitude) is str):
            if longitude is UNSET:
                n__absent += 1
            elif not isinstance(longitude, str):
                raise FieldError("string", longitude, "longitude")

        province_id = d.get("province_id", UNSET)
        if not (type(province_id) is str):
            if province_id is UNSET:
                n__absent += 1
            elif not isinstance(province_id, str):
                raise FieldError("string", province_id, "province_id")

        region = d.get("region", UNSET)
        if not (type(region) is str):
            if region is UNSET:
                n__absent += 1
            elif not isinstance(region, str):
                raise FieldError("string", region, "region")

        zipcode = d.get("zipcode", UNSET)
        if not (type(zipcode) is str):
            if zipcode is UNSET:
                n__absent += 1
            elif not isinstance(zipcode, str):
                raise FieldError("string", zipcode, "zipcode")

        if cls is _plain__class:
            property_attributes = _new__object(cls)
            property_attributes.created_at = created_at
            property_attributes.default_property_id = default_property_id
            property_attributes.identifier = identifier
            property_attributes.meets_validation_requirements = meets_validation_requirements
            property_attributes.name = name
            property_attributes.owner_id = owner_id
            property_attributes.owner_type = owner_type
            property_attributes.position = position
            property_attributes.property_type = property_type
            property_attributes.show_on = show_on
            property_attributes.updated_at = updated_at
            property_attributes.validation_required = validation_required
            property_attributes.value = value
            property_attributes.address1 = address1
            property_attributes.address2 = address2
            property_attributes.city = city
            property_attributes.country = country
            property_attributes.country_id = country_id
            property_attributes.first_name = first_name
            property_attributes.last_name = last_name
            property_attributes.latitude = latitude
            property_attributes.longitude = longitude
            property_attributes.province_id = province_id
            property_attributes.region = region
            property_attributes.zipcode = zipcode
            property_attributes.additional_properties = {}
        else:
            property_attributes = cls(
                created_at,
                default_property_id,
                identifier,
                meets_validation_requirements,
                name,
                owner_id,
                owner_type,
                position,
                property_type,
                show_on,
                updated_at,
                validation_required,
                value,
                address1,
                address2,
                city,
                country,
                country_id,
                first_name,
                last_name,
                latitude,
                longitude,
                province_id,
                region,
                zipcode,
            )
        if len(d) + n__absent != 25:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "created_at",
                    "default_property_id",
                    "identifier",
                    "meets_validation_requirements",
                    "name",
                    "owner_id",
                    "owner_type",
                    "position",
                    "property_type",
                    "show_on",
                    "updated_at",
                    "validation_required",
                    "value",
                    "address1",
                    "address2",
                    "city",
                    "country",
                    "country_id",
                    "first_name",
                    "last_name",
                    "latitude",
                    "longitude",
                    "province_id",
                    "region",
                    "zipcode",
                }
            }
            property_attributes.additional_properties = extra__props
        return property_attributes

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


_plain__class: type[PropertyAttributes] | None = (
    PropertyAttributes
    if {field.name for field in _attrs_fields(PropertyAttributes)}
    == {
        "created_at",
        "default_property_id",
        "identifier",
        "meets_validation_requirements",
        "name",
        "owner_id",
        "owner_type",
        "position",
        "property_type",
        "show_on",
        "updated_at",
        "validation_required",
        "value",
        "address1",
        "address2",
        "city",
        "country",
        "country_id",
        "first_name",
        "last_name",
        "latitude",
        "longitude",
        "province_id",
        "region",
        "zipcode",
        "additional_properties",
    }
    and not hasattr(PropertyAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
