from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..models.property_owner_type import PropertyOwnerType
from ..models.property_type import PropertyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PropertyWriteAttributes")


@_attrs_define
class PropertyWriteAttributes:
    """Attributes that can be sent when creating or updating a property.

    Attributes:
        address1 (str | Unset):
        address2 (str | Unset):
        city (str | Unset):
        country (str | Unset):
        country_id (str | Unset):
        default_property_id (None | Unset | UUID): ID of the related default property.
        first_name (str | Unset):
        identifier (str | Unset):
        last_name (str | Unset):
        latitude (str | Unset):
        longitude (str | Unset):
        name (str | Unset):
        owner_id (UUID | Unset): ID of the related owner. Can only be set when the record is created.
        owner_type (PropertyOwnerType | Unset): Values of `owner_type` on properties.
        position (int | Unset):
        property_type (PropertyType | Unset): Values of `property_type` on properties.
        province_id (str | Unset):
        region (str | Unset):
        show_on (Sequence[str] | Unset):
        validation_required (bool | Unset):
        value (str | Unset):
        zipcode (str | Unset):
    """

    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    country_id: str | Unset = UNSET
    default_property_id: None | Unset | UUID = UNSET
    first_name: str | Unset = UNSET
    identifier: str | Unset = UNSET
    last_name: str | Unset = UNSET
    latitude: str | Unset = UNSET
    longitude: str | Unset = UNSET
    name: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    owner_type: PropertyOwnerType | Unset = UNSET
    position: int | Unset = UNSET
    property_type: PropertyType | Unset = UNSET
    province_id: str | Unset = UNSET
    region: str | Unset = UNSET
    show_on: Sequence[str] | Unset = UNSET
    validation_required: bool | Unset = UNSET
    value: str | Unset = UNSET
    zipcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

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
        default_property_id: None | str | Unset
        if isinstance(self.default_property_id, Unset):
            default_property_id = UNSET
        elif isinstance(self.default_property_id, UUID):
            default_property_id = str(self.default_property_id)
        else:
            default_property_id = self.default_property_id
        if default_property_id is not UNSET:
            field_dict["default_property_id"] = default_property_id
        first_name = self.first_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        last_name = self.last_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        latitude = self.latitude
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        longitude = self.longitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
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
        province_id = self.province_id
        if province_id is not UNSET:
            field_dict["province_id"] = province_id
        region = self.region
        if region is not UNSET:
            field_dict["region"] = region
        show_on: list[str] | Unset = UNSET
        if not isinstance(self.show_on, Unset):
            show_on = list(self.show_on)

        if show_on is not UNSET:
            field_dict["show_on"] = show_on
        validation_required = self.validation_required
        if validation_required is not UNSET:
            field_dict["validation_required"] = validation_required
        value = self.value
        if value is not UNSET:
            field_dict["value"] = value
        zipcode = self.zipcode
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PropertyWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
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

        first_name = d.get("first_name", UNSET)
        if not (type(first_name) is str):
            if first_name is UNSET:
                n__absent += 1
            elif not isinstance(first_name, str):
                raise FieldError("string", first_name, "first_name")

        identifier = d.get("identifier", UNSET)
        if not (type(identifier) is str):
            if identifier is UNSET:
                n__absent += 1
            elif not isinstance(identifier, str):
                raise FieldError("string", identifier, "identifier")

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

        _show_on = d.get("show_on", UNSET)
        show_on: Sequence[str] | Unset = UNSET
        if isinstance(_show_on, list):
            for show_on_item in _show_on:
                if not (type(show_on_item) is str) and not isinstance(show_on_item, str):
                    raise FieldError("string", show_on_item, _position(_show_on, show_on_item), "show_on")
            show_on = _show_on
        elif _show_on is not UNSET:
            raise FieldError("array", _show_on, "show_on")

        if show_on is UNSET:
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

        zipcode = d.get("zipcode", UNSET)
        if not (type(zipcode) is str):
            if zipcode is UNSET:
                n__absent += 1
            elif not isinstance(zipcode, str):
                raise FieldError("string", zipcode, "zipcode")

        if cls is _plain__class:
            property_write_attributes = _new__object(cls)
            property_write_attributes.address1 = address1
            property_write_attributes.address2 = address2
            property_write_attributes.city = city
            property_write_attributes.country = country
            property_write_attributes.country_id = country_id
            property_write_attributes.default_property_id = default_property_id
            property_write_attributes.first_name = first_name
            property_write_attributes.identifier = identifier
            property_write_attributes.last_name = last_name
            property_write_attributes.latitude = latitude
            property_write_attributes.longitude = longitude
            property_write_attributes.name = name
            property_write_attributes.owner_id = owner_id
            property_write_attributes.owner_type = owner_type
            property_write_attributes.position = position
            property_write_attributes.property_type = property_type
            property_write_attributes.province_id = province_id
            property_write_attributes.region = region
            property_write_attributes.show_on = show_on
            property_write_attributes.validation_required = validation_required
            property_write_attributes.value = value
            property_write_attributes.zipcode = zipcode
            property_write_attributes.additional_properties = {}
        else:
            property_write_attributes = cls(
                address1,
                address2,
                city,
                country,
                country_id,
                default_property_id,
                first_name,
                identifier,
                last_name,
                latitude,
                longitude,
                name,
                owner_id,
                owner_type,
                position,
                property_type,
                province_id,
                region,
                show_on,
                validation_required,
                value,
                zipcode,
            )
        if len(d) + n__absent != 22:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "address1",
                    "address2",
                    "city",
                    "country",
                    "country_id",
                    "default_property_id",
                    "first_name",
                    "identifier",
                    "last_name",
                    "latitude",
                    "longitude",
                    "name",
                    "owner_id",
                    "owner_type",
                    "position",
                    "property_type",
                    "province_id",
                    "region",
                    "show_on",
                    "validation_required",
                    "value",
                    "zipcode",
                }
            }
            property_write_attributes.additional_properties = extra__props
        return property_write_attributes

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

    if TYPE_CHECKING:
        from ..models.default_property import DefaultProperty

    def relate(
        self,
        *,
        default_property: DefaultProperty | None | Unset = UNSET,
    ) -> PropertyWriteAttributes:
        """Point this property at related records, by model: each keyword sets an id attribute.

        `default_property=` sets `default_property_id` (`None` clears it).
        Returns this object, so it can be written inline."""
        if not isinstance(default_property, Unset):
            self.default_property_id = None if default_property is None else default_property.id
        return self


_plain__class: type[PropertyWriteAttributes] | None = (
    PropertyWriteAttributes
    if {field.name for field in _attrs_fields(PropertyWriteAttributes)}
    == {
        "address1",
        "address2",
        "city",
        "country",
        "country_id",
        "default_property_id",
        "first_name",
        "identifier",
        "last_name",
        "latitude",
        "longitude",
        "name",
        "owner_id",
        "owner_type",
        "position",
        "property_type",
        "province_id",
        "region",
        "show_on",
        "validation_required",
        "value",
        "zipcode",
        "additional_properties",
    }
    and not hasattr(PropertyWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
