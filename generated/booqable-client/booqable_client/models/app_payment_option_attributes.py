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

T = TypeVar("T", bound="AppPaymentOptionAttributes")


@_attrs_define
class AppPaymentOptionAttributes:
    """Attributes of an app payment option as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        app_subscription_id: str | Unset = UNSET
        if not isinstance(self.app_subscription_id, Unset):
            app_subscription_id = str(self.app_subscription_id)
        if app_subscription_id is not UNSET:
            field_dict["app_subscription_id"] = app_subscription_id
        authorization_url: None | str | Unset
        if isinstance(self.authorization_url, Unset):
            authorization_url = UNSET
        else:
            authorization_url = self.authorization_url
        if authorization_url is not UNSET:
            field_dict["authorization_url"] = authorization_url
        cancel_charge_url: None | str | Unset
        if isinstance(self.cancel_charge_url, Unset):
            cancel_charge_url = UNSET
        else:
            cancel_charge_url = self.cancel_charge_url
        if cancel_charge_url is not UNSET:
            field_dict["cancel_charge_url"] = cancel_charge_url
        capture_authorization_url: None | str | Unset
        if isinstance(self.capture_authorization_url, Unset):
            capture_authorization_url = UNSET
        else:
            capture_authorization_url = self.capture_authorization_url
        if capture_authorization_url is not UNSET:
            field_dict["capture_authorization_url"] = capture_authorization_url
        charge_url: None | str | Unset
        if isinstance(self.charge_url, Unset):
            charge_url = UNSET
        else:
            charge_url = self.charge_url
        if charge_url is not UNSET:
            field_dict["charge_url"] = charge_url
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
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        refund_url: None | str | Unset
        if isinstance(self.refund_url, Unset):
            refund_url = UNSET
        else:
            refund_url = self.refund_url
        if refund_url is not UNSET:
            field_dict["refund_url"] = refund_url
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        void_authorization_url: None | str | Unset
        if isinstance(self.void_authorization_url, Unset):
            void_authorization_url = UNSET
        else:
            void_authorization_url = self.void_authorization_url
        if void_authorization_url is not UNSET:
            field_dict["void_authorization_url"] = void_authorization_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (AppPaymentOptionAttributes)", d)
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

        authorization_url = d.get("authorization_url", UNSET)
        if not (type(authorization_url) is str or authorization_url is None):
            if authorization_url is UNSET:
                n__absent += 1
            elif not (isinstance(authorization_url, str) or authorization_url is None):
                raise FieldError("string or null", authorization_url, "authorization_url")

        cancel_charge_url = d.get("cancel_charge_url", UNSET)
        if not (type(cancel_charge_url) is str or cancel_charge_url is None):
            if cancel_charge_url is UNSET:
                n__absent += 1
            elif not (isinstance(cancel_charge_url, str) or cancel_charge_url is None):
                raise FieldError("string or null", cancel_charge_url, "cancel_charge_url")

        capture_authorization_url = d.get("capture_authorization_url", UNSET)
        if not (type(capture_authorization_url) is str or capture_authorization_url is None):
            if capture_authorization_url is UNSET:
                n__absent += 1
            elif not (isinstance(capture_authorization_url, str) or capture_authorization_url is None):
                raise FieldError("string or null", capture_authorization_url, "capture_authorization_url")

        charge_url = d.get("charge_url", UNSET)
        if not (type(charge_url) is str or charge_url is None):
            if charge_url is UNSET:
                n__absent += 1
            elif not (isinstance(charge_url, str) or charge_url is None):
                raise FieldError("string or null", charge_url, "charge_url")

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

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        refund_url = d.get("refund_url", UNSET)
        if not (type(refund_url) is str or refund_url is None):
            if refund_url is UNSET:
                n__absent += 1
            elif not (isinstance(refund_url, str) or refund_url is None):
                raise FieldError("string or null", refund_url, "refund_url")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        void_authorization_url = d.get("void_authorization_url", UNSET)
        if not (type(void_authorization_url) is str or void_authorization_url is None):
            if void_authorization_url is UNSET:
                n__absent += 1
            elif not (isinstance(void_authorization_url, str) or void_authorization_url is None):
                raise FieldError("string or null", void_authorization_url, "void_authorization_url")

        if cls is _plain__class:
            app_payment_option_attributes = _new__object(cls)
            app_payment_option_attributes.app_subscription_id = app_subscription_id
            app_payment_option_attributes.authorization_url = authorization_url
            app_payment_option_attributes.cancel_charge_url = cancel_charge_url
            app_payment_option_attributes.capture_authorization_url = capture_authorization_url
            app_payment_option_attributes.charge_url = charge_url
            app_payment_option_attributes.created_at = created_at
            app_payment_option_attributes.identifier = identifier
            app_payment_option_attributes.name = name
            app_payment_option_attributes.refund_url = refund_url
            app_payment_option_attributes.updated_at = updated_at
            app_payment_option_attributes.void_authorization_url = void_authorization_url
            app_payment_option_attributes.additional_properties = {}
        else:
            app_payment_option_attributes = cls(
                app_subscription_id,
                authorization_url,
                cancel_charge_url,
                capture_authorization_url,
                charge_url,
                created_at,
                identifier,
                name,
                refund_url,
                updated_at,
                void_authorization_url,
            )
        if len(d) + n__absent != 11:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "app_subscription_id",
                    "authorization_url",
                    "cancel_charge_url",
                    "capture_authorization_url",
                    "charge_url",
                    "created_at",
                    "identifier",
                    "name",
                    "refund_url",
                    "updated_at",
                    "void_authorization_url",
                }
            }
            app_payment_option_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[AppPaymentOptionAttributes] | None = (
    AppPaymentOptionAttributes
    if {field.name for field in _attrs_fields(AppPaymentOptionAttributes)}
    == {
        "app_subscription_id",
        "authorization_url",
        "cancel_charge_url",
        "capture_authorization_url",
        "charge_url",
        "created_at",
        "identifier",
        "name",
        "refund_url",
        "updated_at",
        "void_authorization_url",
        "additional_properties",
    }
    and not hasattr(AppPaymentOptionAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
