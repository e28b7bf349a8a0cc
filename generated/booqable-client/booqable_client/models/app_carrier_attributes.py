from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppCarrierAttributes")


@_attrs_define
class AppCarrierAttributes:
    """Attributes of an app carrier as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

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
        app_subscription_id: str | Unset = UNSET
        if not isinstance(self.app_subscription_id, Unset):
            app_subscription_id = str(self.app_subscription_id)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        identifier = self.identifier

        rates_url = self.rates_url

        tax_category_id: None | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        elif isinstance(self.tax_category_id, UUID):
            tax_category_id = str(self.tax_category_id)
        else:
            tax_category_id = self.tax_category_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_subscription_id is not UNSET:
            field_dict["app_subscription_id"] = app_subscription_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if rates_url is not UNSET:
            field_dict["rates_url"] = rates_url
        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (AppCarrierAttributes)", src_dict)
        d = dict(src_dict)
        _app_subscription_id = d.pop("app_subscription_id", UNSET)
        app_subscription_id: UUID | Unset = UNSET
        if _app_subscription_id is not UNSET:
            try:
                app_subscription_id = UUID(_app_subscription_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _app_subscription_id, "app_subscription_id") from None

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            raise FieldError("string", identifier, "identifier")

        rates_url = d.pop("rates_url", UNSET)
        if not isinstance(rates_url, str) and rates_url is not UNSET:
            raise FieldError("string", rates_url, "rates_url")

        _tax_category_id = d.pop("tax_category_id", UNSET)
        tax_category_id: None | Unset | UUID
        if _tax_category_id is None or _tax_category_id is UNSET:
            tax_category_id = _tax_category_id
        elif isinstance(_tax_category_id, str):
            _tax_category_id_type_0 = _tax_category_id
            try:
                tax_category_id_type_0 = UUID(_tax_category_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _tax_category_id_type_0, "tax_category_id") from None

            tax_category_id = tax_category_id_type_0
        else:
            raise FieldError("UUID string or null", _tax_category_id, "tax_category_id")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        app_carrier_attributes = cls(
            app_subscription_id=app_subscription_id,
            created_at=created_at,
            identifier=identifier,
            rates_url=rates_url,
            tax_category_id=tax_category_id,
            updated_at=updated_at,
        )

        app_carrier_attributes.additional_properties = d
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
