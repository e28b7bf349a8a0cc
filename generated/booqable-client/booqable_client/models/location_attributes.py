from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..lib._fields import position as _position
from ..models.location_type import LocationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address

_refs__resolved = False
_from_dict__Address: Callable[[Mapping[str, Any]], Address]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Address  # noqa: PLW0603
    global _from_dict__Address  # noqa: PLW0603
    from ..models.address import Address  # noqa: PLC0415

    _from_dict__Address = Address.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="LocationAttributes")


@_attrs_define
class LocationAttributes:
    """Attributes of a location as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            address_line_1 (str | Unset):
            address_line_2 (str | Unset):
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            city (str | Unset):
            code (str | Unset):
            country (str | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            delivery_enabled (bool | Unset):
            fulfillment_capabilities (list[str] | Unset):
            location_type (LocationType | Unset): Whether customers can rent from the location.
            main_address (Address | Unset): A postal address as the API returns it for a location's main address.
            name (str | Unset):
            pickup_enabled (bool | Unset):
            region (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            zipcode (str | Unset):
            confirm_has_orders (bool | Unset):
            main_address_attributes (Address | Unset): A postal address as the API returns it for a location's main address.
    """

    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    city: str | Unset = UNSET
    code: str | Unset = UNSET
    country: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    delivery_enabled: bool | Unset = UNSET
    fulfillment_capabilities: list[str] | Unset = UNSET
    location_type: LocationType | Unset = UNSET
    main_address: Address | Unset = UNSET
    name: str | Unset = UNSET
    pickup_enabled: bool | Unset = UNSET
    region: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    zipcode: str | Unset = UNSET
    confirm_has_orders: bool | Unset = UNSET
    main_address_attributes: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        address_line_1 = self.address_line_1
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        address_line_2 = self.address_line_2
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        archived = self.archived
        if archived is not UNSET:
            field_dict["archived"] = archived
        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = (
                self.archived_at.isoformat().replace("+00:00", "Z")
                if self.archived_at.tzinfo is not None
                else _naive__datetime("archived_at_type_0")
            )
        else:
            archived_at = self.archived_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        city = self.city
        if city is not UNSET:
            field_dict["city"] = city
        code = self.code
        if code is not UNSET:
            field_dict["code"] = code
        country = self.country
        if country is not UNSET:
            field_dict["country"] = country
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        delivery_enabled = self.delivery_enabled
        if delivery_enabled is not UNSET:
            field_dict["delivery_enabled"] = delivery_enabled
        fulfillment_capabilities: list[str] | Unset = UNSET
        if not isinstance(self.fulfillment_capabilities, Unset):
            fulfillment_capabilities = self.fulfillment_capabilities

        if fulfillment_capabilities is not UNSET:
            field_dict["fulfillment_capabilities"] = fulfillment_capabilities
        location_type: str | Unset = UNSET
        if not isinstance(self.location_type, Unset):
            location_type = self.location_type.value

        if location_type is not UNSET:
            field_dict["location_type"] = location_type
        main_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address, Unset):
            main_address = self.main_address.to_dict()
        if main_address is not UNSET:
            field_dict["main_address"] = main_address
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        pickup_enabled = self.pickup_enabled
        if pickup_enabled is not UNSET:
            field_dict["pickup_enabled"] = pickup_enabled
        region = self.region
        if region is not UNSET:
            field_dict["region"] = region
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        zipcode = self.zipcode
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        confirm_has_orders = self.confirm_has_orders
        if confirm_has_orders is not UNSET:
            field_dict["confirm_has_orders"] = confirm_has_orders
        main_address_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address_attributes, Unset):
            main_address_attributes = self.main_address_attributes.to_dict()
        if main_address_attributes is not UNSET:
            field_dict["main_address_attributes"] = main_address_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (LocationAttributes)", d)
            d = dict(d)
        n__absent = 0
        address_line_1 = d.get("address_line_1", UNSET)
        if not (type(address_line_1) is str):
            if address_line_1 is UNSET:
                n__absent += 1
            elif not isinstance(address_line_1, str):
                raise FieldError("string", address_line_1, "address_line_1")

        address_line_2 = d.get("address_line_2", UNSET)
        if not (type(address_line_2) is str):
            if address_line_2 is UNSET:
                n__absent += 1
            elif not isinstance(address_line_2, str):
                raise FieldError("string", address_line_2, "address_line_2")

        archived = d.get("archived", UNSET)
        if not (archived is True or archived is False):
            if archived is UNSET:
                n__absent += 1
            elif not isinstance(archived, bool):
                raise FieldError("boolean", archived, "archived")

        _archived_at = d.get("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        elif isinstance(_archived_at, str):
            _archived_at_type_0 = _archived_at
            try:
                archived_at_type_0 = _datetime__parse(_archived_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _archived_at_type_0, "archived_at") from None

            archived_at = archived_at_type_0
        else:
            raise FieldError("date-time string or null", _archived_at, "archived_at")

        if archived_at is UNSET:
            n__absent += 1

        city = d.get("city", UNSET)
        if not (type(city) is str):
            if city is UNSET:
                n__absent += 1
            elif not isinstance(city, str):
                raise FieldError("string", city, "city")

        code = d.get("code", UNSET)
        if not (type(code) is str):
            if code is UNSET:
                n__absent += 1
            elif not isinstance(code, str):
                raise FieldError("string", code, "code")

        country = d.get("country", UNSET)
        if not (type(country) is str):
            if country is UNSET:
                n__absent += 1
            elif not isinstance(country, str):
                raise FieldError("string", country, "country")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        delivery_enabled = d.get("delivery_enabled", UNSET)
        if not (delivery_enabled is True or delivery_enabled is False):
            if delivery_enabled is UNSET:
                n__absent += 1
            elif not isinstance(delivery_enabled, bool):
                raise FieldError("boolean", delivery_enabled, "delivery_enabled")

        _fulfillment_capabilities = d.get("fulfillment_capabilities", UNSET)
        fulfillment_capabilities: list[str] | Unset = UNSET
        if isinstance(_fulfillment_capabilities, list):
            for fulfillment_capabilities_item in _fulfillment_capabilities:
                if not (type(fulfillment_capabilities_item) is str) and not isinstance(
                    fulfillment_capabilities_item, str
                ):
                    raise FieldError(
                        "string",
                        fulfillment_capabilities_item,
                        _position(_fulfillment_capabilities, fulfillment_capabilities_item),
                        "fulfillment_capabilities",
                    )
            fulfillment_capabilities = _fulfillment_capabilities
        elif _fulfillment_capabilities is not UNSET:
            raise FieldError("array", _fulfillment_capabilities, "fulfillment_capabilities")

        if fulfillment_capabilities is UNSET:
            n__absent += 1

        _location_type = d.get("location_type", UNSET)
        location_type: LocationType | Unset = UNSET
        if type(_location_type) is str:
            location_type = LocationType._by__value.get(_location_type) or LocationType(_location_type)
        elif isinstance(_location_type, str):
            location_type = LocationType(_location_type)
        elif _location_type is not UNSET:
            raise FieldError("string (LocationType)", _location_type, "location_type")

        if location_type is UNSET:
            n__absent += 1

        _main_address = d.get("main_address", UNSET)
        main_address: Address | Unset = UNSET
        if _main_address is not UNSET:
            try:
                main_address = _from_dict__Address(_main_address)
            except FieldError as field__error:
                field__error.segments.append("main_address")
                raise

        if main_address is UNSET:
            n__absent += 1

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        pickup_enabled = d.get("pickup_enabled", UNSET)
        if not (pickup_enabled is True or pickup_enabled is False):
            if pickup_enabled is UNSET:
                n__absent += 1
            elif not isinstance(pickup_enabled, bool):
                raise FieldError("boolean", pickup_enabled, "pickup_enabled")

        region = d.get("region", UNSET)
        if not (type(region) is str):
            if region is UNSET:
                n__absent += 1
            elif not isinstance(region, str):
                raise FieldError("string", region, "region")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        zipcode = d.get("zipcode", UNSET)
        if not (type(zipcode) is str):
            if zipcode is UNSET:
                n__absent += 1
            elif not isinstance(zipcode, str):
                raise FieldError("string", zipcode, "zipcode")

        confirm_has_orders = d.get("confirm_has_orders", UNSET)
        if not (confirm_has_orders is True or confirm_has_orders is False):
            if confirm_has_orders is UNSET:
                n__absent += 1
            elif not isinstance(confirm_has_orders, bool):
                raise FieldError("boolean", confirm_has_orders, "confirm_has_orders")

        _main_address_attributes = d.get("main_address_attributes", UNSET)
        main_address_attributes: Address | Unset = UNSET
        if _main_address_attributes is not UNSET:
            try:
                main_address_attributes = _from_dict__Address(_main_address_attributes)
            except FieldError as field__error:
                field__error.segments.append("main_address_attributes")
                raise

        if main_address_attributes is UNSET:
            n__absent += 1

        if cls is _plain__class:
            location_attributes = _new__object(cls)
            location_attributes.address_line_1 = address_line_1
            location_attributes.address_line_2 = address_line_2
            location_attributes.archived = archived
            location_attributes.archived_at = archived_at
            location_attributes.city = city
            location_attributes.code = code
            location_attributes.country = country
            location_attributes.created_at = created_at
            location_attributes.delivery_enabled = delivery_enabled
            location_attributes.fulfillment_capabilities = fulfillment_capabilities
            location_attributes.location_type = location_type
            location_attributes.main_address = main_address
            location_attributes.name = name
            location_attributes.pickup_enabled = pickup_enabled
            location_attributes.region = region
            location_attributes.updated_at = updated_at
            location_attributes.zipcode = zipcode
            location_attributes.confirm_has_orders = confirm_has_orders
            location_attributes.main_address_attributes = main_address_attributes
            location_attributes.additional_properties = {}
        else:
            location_attributes = cls(
                address_line_1,
                address_line_2,
                archived,
                archived_at,
                city,
                code,
                country,
                created_at,
                delivery_enabled,
                fulfillment_capabilities,
                location_type,
                main_address,
                name,
                pickup_enabled,
                region,
                updated_at,
                zipcode,
                confirm_has_orders,
                main_address_attributes,
            )
        if len(d) + n__absent != 19:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "address_line_1",
                    "address_line_2",
                    "archived",
                    "archived_at",
                    "city",
                    "code",
                    "country",
                    "created_at",
                    "delivery_enabled",
                    "fulfillment_capabilities",
                    "location_type",
                    "main_address",
                    "name",
                    "pickup_enabled",
                    "region",
                    "updated_at",
                    "zipcode",
                    "confirm_has_orders",
                    "main_address_attributes",
                }
            }
            location_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[LocationAttributes] | None = (
    LocationAttributes
    if {field.name for field in _attrs_fields(LocationAttributes)}
    == {
        "address_line_1",
        "address_line_2",
        "archived",
        "archived_at",
        "city",
        "code",
        "country",
        "created_at",
        "delivery_enabled",
        "fulfillment_capabilities",
        "location_type",
        "main_address",
        "name",
        "pickup_enabled",
        "region",
        "updated_at",
        "zipcode",
        "confirm_has_orders",
        "main_address_attributes",
        "additional_properties",
    }
    and not hasattr(LocationAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
