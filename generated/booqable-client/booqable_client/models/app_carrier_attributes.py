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

T = TypeVar("T", bound="AppCarrierAttributes")


@_attrs_define
class AppCarrierAttributes:
    """Attributes of an app carrier as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            app_subscription_id (UUID | Unset): ID of the related app subscription.
            created_at (datetime.datetime | Unset): When the record was created.
            identifier (str | Unset):
            rates_url (str | Unset):
            tax_category_id (None | Unset | UUID): ID of the related tax category.
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    app_subscription_id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    identifier: str | Unset = UNSET
    rates_url: str | Unset = UNSET
    tax_category_id: None | Unset | UUID = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        app_subscription_id: str | Unset = UNSET
        if not isinstance(self.app_subscription_id, Unset):
            app_subscription_id = str(self.app_subscription_id)
        if app_subscription_id is not UNSET:
            field_dict["app_subscription_id"] = app_subscription_id
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        rates_url = self.rates_url
        if rates_url is not UNSET:
            field_dict["rates_url"] = rates_url
        tax_category_id: None | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        elif isinstance(self.tax_category_id, UUID):
            tax_category_id = str(self.tax_category_id)
        else:
            tax_category_id = self.tax_category_id
        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id
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
                raise FieldError("object (AppCarrierAttributes)", d)
            d = dict(d)
        n__absent = 0
        _app_subscription_id = d.get("app_subscription_id", UNSET)
        app_subscription_id: UUID | Unset = UNSET
        if _app_subscription_id is not UNSET:
            try:
                app_subscription_id = parse_uuid(_app_subscription_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _app_subscription_id, "app_subscription_id") from None

        if app_subscription_id is UNSET:
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

        identifier = d.get("identifier", UNSET)
        if not (type(identifier) is str):
            if identifier is UNSET:
                n__absent += 1
            elif not isinstance(identifier, str):
                raise FieldError("string", identifier, "identifier")

        rates_url = d.get("rates_url", UNSET)
        if not (type(rates_url) is str):
            if rates_url is UNSET:
                n__absent += 1
            elif not isinstance(rates_url, str):
                raise FieldError("string", rates_url, "rates_url")

        _tax_category_id = d.get("tax_category_id", UNSET)
        tax_category_id: None | Unset | UUID
        if _tax_category_id is None or _tax_category_id is UNSET:
            tax_category_id = _tax_category_id
        elif isinstance(_tax_category_id, str):
            _tax_category_id_type_0 = _tax_category_id
            try:
                tax_category_id_type_0 = parse_uuid(_tax_category_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _tax_category_id_type_0, "tax_category_id") from None

            tax_category_id = tax_category_id_type_0
        else:
            raise FieldError("UUID string or null", _tax_category_id, "tax_category_id")

        if tax_category_id is UNSET:
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

        if cls is _plain__class:
            app_carrier_attributes = _new__object(cls)
            app_carrier_attributes.app_subscription_id = app_subscription_id
            app_carrier_attributes.created_at = created_at
            app_carrier_attributes.identifier = identifier
            app_carrier_attributes.rates_url = rates_url
            app_carrier_attributes.tax_category_id = tax_category_id
            app_carrier_attributes.updated_at = updated_at
            app_carrier_attributes.additional_properties = {}
        else:
            app_carrier_attributes = cls(
                app_subscription_id,
                created_at,
                identifier,
                rates_url,
                tax_category_id,
                updated_at,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {"app_subscription_id", "created_at", "identifier", "rates_url", "tax_category_id", "updated_at"}
            }
            app_carrier_attributes.additional_properties = extra__props
        return app_carrier_attributes

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


_plain__class: type[AppCarrierAttributes] | None = (
    AppCarrierAttributes
    if {field.name for field in _attrs_fields(AppCarrierAttributes)}
    == {
        "app_subscription_id",
        "created_at",
        "identifier",
        "rates_url",
        "tax_category_id",
        "updated_at",
        "additional_properties",
    }
    and not hasattr(AppCarrierAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
