from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..models.location_type import LocationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, Address  # noqa: PLW0603
    from ..models.address import Address  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="LocationAttributes")


@_attrs_define
class LocationAttributes:
    """Attributes of a location as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

        Attributes:
            address_line_1 (str | Unset):
            address_line_2 (str | Unset):
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            city (str | Unset):
            code (str | Unset):
            confirm_has_orders (bool | Unset):
            country (str | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            delivery_enabled (bool | Unset):
            fulfillment_capabilities (list[str] | Unset):
            location_type (LocationType | Unset): Whether customers can rent from the location.
            main_address (Address | Unset): A postal address as the API returns it for a location's main address.
            main_address_attributes (Address | Unset): A postal address as the API returns it for a location's main address.
            name (str | Unset):
            pickup_enabled (bool | Unset):
            region (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            zipcode (str | Unset):
    """

    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    city: str | Unset = UNSET
    code: str | Unset = UNSET
    confirm_has_orders: bool | Unset = UNSET
    country: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    delivery_enabled: bool | Unset = UNSET
    fulfillment_capabilities: list[str] | Unset = UNSET
    location_type: LocationType | Unset = UNSET
    main_address: Address | Unset = UNSET
    main_address_attributes: Address | Unset = UNSET
    name: str | Unset = UNSET
    pickup_enabled: bool | Unset = UNSET
    region: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    zipcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        archived = self.archived

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat().replace("+00:00", "Z")
        else:
            archived_at = self.archived_at

        city = self.city

        code = self.code

        confirm_has_orders = self.confirm_has_orders

        country = self.country

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        delivery_enabled = self.delivery_enabled

        fulfillment_capabilities: list[str] | Unset = UNSET
        if not isinstance(self.fulfillment_capabilities, Unset):
            fulfillment_capabilities = self.fulfillment_capabilities

        location_type: str | Unset = UNSET
        if not isinstance(self.location_type, Unset):
            location_type = self.location_type.value

        main_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address, Unset):
            main_address = self.main_address.to_dict()

        main_address_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address_attributes, Unset):
            main_address_attributes = self.main_address_attributes.to_dict()

        name = self.name

        pickup_enabled = self.pickup_enabled

        region = self.region

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if archived is not UNSET:
            field_dict["archived"] = archived
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if city is not UNSET:
            field_dict["city"] = city
        if code is not UNSET:
            field_dict["code"] = code
        if confirm_has_orders is not UNSET:
            field_dict["confirm_has_orders"] = confirm_has_orders
        if country is not UNSET:
            field_dict["country"] = country
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if delivery_enabled is not UNSET:
            field_dict["delivery_enabled"] = delivery_enabled
        if fulfillment_capabilities is not UNSET:
            field_dict["fulfillment_capabilities"] = fulfillment_capabilities
        if location_type is not UNSET:
            field_dict["location_type"] = location_type
        if main_address is not UNSET:
            field_dict["main_address"] = main_address
        if main_address_attributes is not UNSET:
            field_dict["main_address_attributes"] = main_address_attributes
        if name is not UNSET:
            field_dict["name"] = name
        if pickup_enabled is not UNSET:
            field_dict["pickup_enabled"] = pickup_enabled
        if region is not UNSET:
            field_dict["region"] = region
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (LocationAttributes)", src_dict)
        d = dict(src_dict)
        address_line_1 = d.pop("address_line_1", UNSET)
        if not isinstance(address_line_1, str) and address_line_1 is not UNSET:
            raise FieldError("string", address_line_1, "address_line_1")

        address_line_2 = d.pop("address_line_2", UNSET)
        if not isinstance(address_line_2, str) and address_line_2 is not UNSET:
            raise FieldError("string", address_line_2, "address_line_2")

        archived = d.pop("archived", UNSET)
        if not isinstance(archived, bool) and archived is not UNSET:
            raise FieldError("boolean", archived, "archived")

        _archived_at = d.pop("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        elif isinstance(_archived_at, str):
            _archived_at_type_0 = _archived_at
            try:
                archived_at_type_0 = datetime.datetime.fromisoformat(_archived_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _archived_at_type_0, "archived_at") from None

            archived_at = archived_at_type_0
        else:
            raise FieldError("date-time string or null", _archived_at, "archived_at")

        city = d.pop("city", UNSET)
        if not isinstance(city, str) and city is not UNSET:
            raise FieldError("string", city, "city")

        code = d.pop("code", UNSET)
        if not isinstance(code, str) and code is not UNSET:
            raise FieldError("string", code, "code")

        confirm_has_orders = d.pop("confirm_has_orders", UNSET)
        if not isinstance(confirm_has_orders, bool) and confirm_has_orders is not UNSET:
            raise FieldError("boolean", confirm_has_orders, "confirm_has_orders")

        country = d.pop("country", UNSET)
        if not isinstance(country, str) and country is not UNSET:
            raise FieldError("string", country, "country")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        delivery_enabled = d.pop("delivery_enabled", UNSET)
        if not isinstance(delivery_enabled, bool) and delivery_enabled is not UNSET:
            raise FieldError("boolean", delivery_enabled, "delivery_enabled")

        _fulfillment_capabilities = d.pop("fulfillment_capabilities", UNSET)
        fulfillment_capabilities: list[str] | Unset = UNSET
        if isinstance(_fulfillment_capabilities, list):
            for fulfillment_capabilities_item in _fulfillment_capabilities:
                if not isinstance(fulfillment_capabilities_item, str):
                    raise FieldError(
                        "string",
                        fulfillment_capabilities_item,
                        _position(_fulfillment_capabilities, fulfillment_capabilities_item),
                        "fulfillment_capabilities",
                    )
            fulfillment_capabilities = _fulfillment_capabilities
        elif _fulfillment_capabilities is not UNSET:
            raise FieldError("array", _fulfillment_capabilities, "fulfillment_capabilities")

        _location_type = d.pop("location_type", UNSET)
        location_type: LocationType | Unset = UNSET
        if isinstance(_location_type, str):
            location_type = LocationType(_location_type)
        elif _location_type is not UNSET:
            raise FieldError("string (LocationType)", _location_type, "location_type")

        _main_address = d.pop("main_address", UNSET)
        main_address: Address | Unset = UNSET
        if _main_address is not UNSET:
            try:
                main_address = Address.from_dict(_main_address)
            except FieldError as field__error:
                field__error.segments.append("main_address")
                raise

        _main_address_attributes = d.pop("main_address_attributes", UNSET)
        main_address_attributes: Address | Unset = UNSET
        if _main_address_attributes is not UNSET:
            try:
                main_address_attributes = Address.from_dict(_main_address_attributes)
            except FieldError as field__error:
                field__error.segments.append("main_address_attributes")
                raise

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        pickup_enabled = d.pop("pickup_enabled", UNSET)
        if not isinstance(pickup_enabled, bool) and pickup_enabled is not UNSET:
            raise FieldError("boolean", pickup_enabled, "pickup_enabled")

        region = d.pop("region", UNSET)
        if not isinstance(region, str) and region is not UNSET:
            raise FieldError("string", region, "region")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        zipcode = d.pop("zipcode", UNSET)
        if not isinstance(zipcode, str) and zipcode is not UNSET:
            raise FieldError("string", zipcode, "zipcode")

        location_attributes = cls(
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            archived=archived,
            archived_at=archived_at,
            city=city,
            code=code,
            confirm_has_orders=confirm_has_orders,
            country=country,
            created_at=created_at,
            delivery_enabled=delivery_enabled,
            fulfillment_capabilities=fulfillment_capabilities,
            location_type=location_type,
            main_address=main_address,
            main_address_attributes=main_address_attributes,
            name=name,
            pickup_enabled=pickup_enabled,
            region=region,
            updated_at=updated_at,
            zipcode=zipcode,
        )

        location_attributes.additional_properties = d
        return location_attributes

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
