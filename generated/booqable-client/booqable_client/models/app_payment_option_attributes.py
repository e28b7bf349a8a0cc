from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppPaymentOptionAttributes")


@_attrs_define
class AppPaymentOptionAttributes:
    """Attributes of an app payment option as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            app_subscription_id (UUID | Unset): ID of the related app subscription.
            authorization_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            cancel_charge_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            capture_authorization_url (None | str | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            charge_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            created_at (datetime.datetime | Unset): When the record was created.
            identifier (str | Unset):
            name (str | Unset):
            refund_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            updated_at (datetime.datetime | Unset): When the record last changed.
            void_authorization_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
    """

    app_subscription_id: UUID | Unset = UNSET
    authorization_url: None | str | Unset = UNSET
    cancel_charge_url: None | str | Unset = UNSET
    capture_authorization_url: None | str | Unset = UNSET
    charge_url: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    refund_url: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    void_authorization_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_subscription_id: str | Unset = UNSET
        if not isinstance(self.app_subscription_id, Unset):
            app_subscription_id = str(self.app_subscription_id)

        authorization_url: None | str | Unset
        if isinstance(self.authorization_url, Unset):
            authorization_url = UNSET
        else:
            authorization_url = self.authorization_url

        cancel_charge_url: None | str | Unset
        if isinstance(self.cancel_charge_url, Unset):
            cancel_charge_url = UNSET
        else:
            cancel_charge_url = self.cancel_charge_url

        capture_authorization_url: None | str | Unset
        if isinstance(self.capture_authorization_url, Unset):
            capture_authorization_url = UNSET
        else:
            capture_authorization_url = self.capture_authorization_url

        charge_url: None | str | Unset
        if isinstance(self.charge_url, Unset):
            charge_url = UNSET
        else:
            charge_url = self.charge_url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        identifier = self.identifier

        name = self.name

        refund_url: None | str | Unset
        if isinstance(self.refund_url, Unset):
            refund_url = UNSET
        else:
            refund_url = self.refund_url

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        void_authorization_url: None | str | Unset
        if isinstance(self.void_authorization_url, Unset):
            void_authorization_url = UNSET
        else:
            void_authorization_url = self.void_authorization_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_subscription_id is not UNSET:
            field_dict["app_subscription_id"] = app_subscription_id
        if authorization_url is not UNSET:
            field_dict["authorization_url"] = authorization_url
        if cancel_charge_url is not UNSET:
            field_dict["cancel_charge_url"] = cancel_charge_url
        if capture_authorization_url is not UNSET:
            field_dict["capture_authorization_url"] = capture_authorization_url
        if charge_url is not UNSET:
            field_dict["charge_url"] = charge_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if refund_url is not UNSET:
            field_dict["refund_url"] = refund_url
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if void_authorization_url is not UNSET:
            field_dict["void_authorization_url"] = void_authorization_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (AppPaymentOptionAttributes)", src_dict)
        d = dict(src_dict)
        _app_subscription_id = d.pop("app_subscription_id", UNSET)
        app_subscription_id: UUID | Unset = UNSET
        if _app_subscription_id is not UNSET:
            try:
                app_subscription_id = UUID(_app_subscription_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _app_subscription_id, "app_subscription_id") from None

        authorization_url = d.pop("authorization_url", UNSET)
        if not (isinstance(authorization_url, str) or authorization_url is None) and authorization_url is not UNSET:
            raise FieldError("string or null", authorization_url, "authorization_url")

        cancel_charge_url = d.pop("cancel_charge_url", UNSET)
        if not (isinstance(cancel_charge_url, str) or cancel_charge_url is None) and cancel_charge_url is not UNSET:
            raise FieldError("string or null", cancel_charge_url, "cancel_charge_url")

        capture_authorization_url = d.pop("capture_authorization_url", UNSET)
        if (
            not (isinstance(capture_authorization_url, str) or capture_authorization_url is None)
            and capture_authorization_url is not UNSET
        ):
            raise FieldError("string or null", capture_authorization_url, "capture_authorization_url")

        charge_url = d.pop("charge_url", UNSET)
        if not (isinstance(charge_url, str) or charge_url is None) and charge_url is not UNSET:
            raise FieldError("string or null", charge_url, "charge_url")

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

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        refund_url = d.pop("refund_url", UNSET)
        if not (isinstance(refund_url, str) or refund_url is None) and refund_url is not UNSET:
            raise FieldError("string or null", refund_url, "refund_url")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        void_authorization_url = d.pop("void_authorization_url", UNSET)
        if (
            not (isinstance(void_authorization_url, str) or void_authorization_url is None)
            and void_authorization_url is not UNSET
        ):
            raise FieldError("string or null", void_authorization_url, "void_authorization_url")

        app_payment_option_attributes = cls(
            app_subscription_id=app_subscription_id,
            authorization_url=authorization_url,
            cancel_charge_url=cancel_charge_url,
            capture_authorization_url=capture_authorization_url,
            charge_url=charge_url,
            created_at=created_at,
            identifier=identifier,
            name=name,
            refund_url=refund_url,
            updated_at=updated_at,
            void_authorization_url=void_authorization_url,
        )

        app_payment_option_attributes.additional_properties = d
        return app_payment_option_attributes

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
