from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..models.property_owner_type import PropertyOwnerType
from ..models.property_type import PropertyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PropertyAttributes")


@_attrs_define
class PropertyAttributes:
    """Attributes of a property as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

        Attributes:
            address1 (str | Unset):
            address2 (str | Unset):
            city (str | Unset):
            country (str | Unset):
            country_id (str | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            default_property_id (None | Unset | UUID): ID of the related default property.
            first_name (str | Unset):
            identifier (str | Unset):
            last_name (str | Unset):
            latitude (str | Unset):
            longitude (str | Unset):
            meets_validation_requirements (bool | None | Unset): Unverified: the examples show `null`, which the field list
                does not allow.
            name (str | Unset):
            owner_id (UUID | Unset): ID of the related owner. Can only be set when the record is created.
            owner_type (PropertyOwnerType | Unset): Values of `owner_type` on properties.
            position (int | Unset):
            property_type (PropertyType | Unset): Values of `property_type` on properties.
            province_id (str | Unset):
            region (str | Unset):
            show_on (list[str] | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            validation_required (bool | Unset):
            value (str | Unset):
            zipcode (str | Unset):
    """

    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    country_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    default_property_id: None | Unset | UUID = UNSET
    first_name: str | Unset = UNSET
    identifier: str | Unset = UNSET
    last_name: str | Unset = UNSET
    latitude: str | Unset = UNSET
    longitude: str | Unset = UNSET
    meets_validation_requirements: bool | None | Unset = UNSET
    name: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    owner_type: PropertyOwnerType | Unset = UNSET
    position: int | Unset = UNSET
    property_type: PropertyType | Unset = UNSET
    province_id: str | Unset = UNSET
    region: str | Unset = UNSET
    show_on: list[str] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    validation_required: bool | Unset = UNSET
    value: str | Unset = UNSET
    zipcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address1 = self.address1

        address2 = self.address2

        city = self.city

        country = self.country

        country_id = self.country_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        default_property_id: None | str | Unset
        if isinstance(self.default_property_id, Unset):
            default_property_id = UNSET
        elif isinstance(self.default_property_id, UUID):
            default_property_id = str(self.default_property_id)
        else:
            default_property_id = self.default_property_id

        first_name = self.first_name

        identifier = self.identifier

        last_name = self.last_name

        latitude = self.latitude

        longitude = self.longitude

        meets_validation_requirements: bool | None | Unset
        if isinstance(self.meets_validation_requirements, Unset):
            meets_validation_requirements = UNSET
        else:
            meets_validation_requirements = self.meets_validation_requirements

        name = self.name

        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)

        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type.value

        position = self.position

        property_type: str | Unset = UNSET
        if not isinstance(self.property_type, Unset):
            property_type = self.property_type.value

        province_id = self.province_id

        region = self.region

        show_on: list[str] | Unset = UNSET
        if not isinstance(self.show_on, Unset):
            show_on = self.show_on

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        validation_required = self.validation_required

        value = self.value

        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if default_property_id is not UNSET:
            field_dict["default_property_id"] = default_property_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if meets_validation_requirements is not UNSET:
            field_dict["meets_validation_requirements"] = meets_validation_requirements
        if name is not UNSET:
            field_dict["name"] = name
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        if position is not UNSET:
            field_dict["position"] = position
        if property_type is not UNSET:
            field_dict["property_type"] = property_type
        if province_id is not UNSET:
            field_dict["province_id"] = province_id
        if region is not UNSET:
            field_dict["region"] = region
        if show_on is not UNSET:
            field_dict["show_on"] = show_on
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if validation_required is not UNSET:
            field_dict["validation_required"] = validation_required
        if value is not UNSET:
            field_dict["value"] = value
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PropertyAttributes)", src_dict)
        d = dict(src_dict)
        address1 = d.pop("address1", UNSET)
        if not isinstance(address1, str) and address1 is not UNSET:
            raise FieldError("string", address1, "address1")

        address2 = d.pop("address2", UNSET)
        if not isinstance(address2, str) and address2 is not UNSET:
            raise FieldError("string", address2, "address2")

        city = d.pop("city", UNSET)
        if not isinstance(city, str) and city is not UNSET:
            raise FieldError("string", city, "city")

        country = d.pop("country", UNSET)
        if not isinstance(country, str) and country is not UNSET:
            raise FieldError("string", country, "country")

        country_id = d.pop("country_id", UNSET)
        if not isinstance(country_id, str) and country_id is not UNSET:
            raise FieldError("string", country_id, "country_id")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        _default_property_id = d.pop("default_property_id", UNSET)
        default_property_id: None | Unset | UUID
        if _default_property_id is None or _default_property_id is UNSET:
            default_property_id = _default_property_id
        elif isinstance(_default_property_id, str):
            _default_property_id_type_0 = _default_property_id
            try:
                default_property_id_type_0 = UUID(_default_property_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _default_property_id_type_0, "default_property_id") from None

            default_property_id = default_property_id_type_0
        else:
            raise FieldError("UUID string or null", _default_property_id, "default_property_id")

        first_name = d.pop("first_name", UNSET)
        if not isinstance(first_name, str) and first_name is not UNSET:
            raise FieldError("string", first_name, "first_name")

        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            raise FieldError("string", identifier, "identifier")

        last_name = d.pop("last_name", UNSET)
        if not isinstance(last_name, str) and last_name is not UNSET:
            raise FieldError("string", last_name, "last_name")

        latitude = d.pop("latitude", UNSET)
        if not isinstance(latitude, str) and latitude is not UNSET:
            raise FieldError("string", latitude, "latitude")

        longitude = d.pop("longitude", UNSET)
        if not isinstance(longitude, str) and longitude is not UNSET:
            raise FieldError("string", longitude, "longitude")

        meets_validation_requirements = d.pop("meets_validation_requirements", UNSET)
        if (
            not (isinstance(meets_validation_requirements, bool) or meets_validation_requirements is None)
            and meets_validation_requirements is not UNSET
        ):
            raise FieldError("boolean or null", meets_validation_requirements, "meets_validation_requirements")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _owner_id = d.pop("owner_id", UNSET)
        owner_id: UUID | Unset = UNSET
        if _owner_id is not UNSET:
            try:
                owner_id = UUID(_owner_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _owner_id, "owner_id") from None

        _owner_type = d.pop("owner_type", UNSET)
        owner_type: PropertyOwnerType | Unset = UNSET
        if isinstance(_owner_type, str):
            owner_type = PropertyOwnerType(_owner_type)
        elif _owner_type is not UNSET:
            raise FieldError("string (PropertyOwnerType)", _owner_type, "owner_type")

        position = d.pop("position", UNSET)
        if not (isinstance(position, int) and position is not True and position is not False) and position is not UNSET:
            raise FieldError("integer", position, "position")

        _property_type = d.pop("property_type", UNSET)
        property_type: PropertyType | Unset = UNSET
        if isinstance(_property_type, str):
            property_type = PropertyType(_property_type)
        elif _property_type is not UNSET:
            raise FieldError("string (PropertyType)", _property_type, "property_type")

        province_id = d.pop("province_id", UNSET)
        if not isinstance(province_id, str) and province_id is not UNSET:
            raise FieldError("string", province_id, "province_id")

        region = d.pop("region", UNSET)
        if not isinstance(region, str) and region is not UNSET:
            raise FieldError("string", region, "region")

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

        value = d.pop("value", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            raise FieldError("string", value, "value")

        zipcode = d.pop("zipcode", UNSET)
        if not isinstance(zipcode, str) and zipcode is not UNSET:
            raise FieldError("string", zipcode, "zipcode")

        property_attributes = cls(
            address1=address1,
            address2=address2,
            city=city,
            country=country,
            country_id=country_id,
            created_at=created_at,
            default_property_id=default_property_id,
            first_name=first_name,
            identifier=identifier,
            last_name=last_name,
            latitude=latitude,
            longitude=longitude,
            meets_validation_requirements=meets_validation_requirements,
            name=name,
            owner_id=owner_id,
            owner_type=owner_type,
            position=position,
            property_type=property_type,
            province_id=province_id,
            region=region,
            show_on=show_on,
            updated_at=updated_at,
            validation_required=validation_required,
            value=value,
            zipcode=zipcode,
        )

        property_attributes.additional_properties = d
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
