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
from ..models.notification_subscription_category import NotificationSubscriptionCategory
from ..models.notification_subscription_owner_type import NotificationSubscriptionOwnerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationSubscriptionAttributes")


@_attrs_define
class NotificationSubscriptionAttributes:
    """Attributes of a notification subscription as read from the API. `required` lists the attributes Booqable always
    sends; a sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not
    sent.

        Attributes:
            category (NotificationSubscriptionCategory | Unset): Values of `category` on notification subscriptions.
            created_at (datetime.datetime | Unset): When the record was created.
            global_ (bool | Unset):
            owner_id (None | Unset | UUID): ID of the related owner. Can only be set when the record is created. Unverified:
                the examples show `null`, which the field list does not allow.
            owner_type (NotificationSubscriptionOwnerType | Unset): Values of `owner_type` on notification subscriptions.
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    category: NotificationSubscriptionCategory | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    global_: bool | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET
    owner_type: NotificationSubscriptionOwnerType | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        if category is not UNSET:
            field_dict["category"] = category
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        global_ = self.global_
        if global_ is not UNSET:
            field_dict["global"] = global_
        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type.value

        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
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
                raise FieldError("object (NotificationSubscriptionAttributes)", d)
            d = dict(d)
        n__absent = 0
        _category = d.get("category", UNSET)
        category: NotificationSubscriptionCategory | Unset = UNSET
        if type(_category) is str:
            category = NotificationSubscriptionCategory._by__value.get(_category) or NotificationSubscriptionCategory(
                _category
            )
        elif isinstance(_category, str):
            category = NotificationSubscriptionCategory(_category)
        elif _category is not UNSET:
            raise FieldError("string (NotificationSubscriptionCategory)", _category, "category")

        if category is UNSET:
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

        global_ = d.get("global", UNSET)
        if not (global_ is True or global_ is False):
            if global_ is UNSET:
                n__absent += 1
            elif not isinstance(global_, bool):
                raise FieldError("boolean", global_, "global")

        _owner_id = d.get("owner_id", UNSET)
        owner_id: None | Unset | UUID
        if _owner_id is None or _owner_id is UNSET:
            owner_id = _owner_id
        elif isinstance(_owner_id, str):
            _owner_id_type_0 = _owner_id
            try:
                owner_id_type_0 = parse_uuid(_owner_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _owner_id_type_0, "owner_id") from None

            owner_id = owner_id_type_0
        else:
            raise FieldError("UUID string or null", _owner_id, "owner_id")

        if owner_id is UNSET:
            n__absent += 1

        _owner_type = d.get("owner_type", UNSET)
        owner_type: NotificationSubscriptionOwnerType | Unset = UNSET
        if type(_owner_type) is str:
            owner_type = NotificationSubscriptionOwnerType._by__value.get(
                _owner_type
            ) or NotificationSubscriptionOwnerType(_owner_type)
        elif isinstance(_owner_type, str):
            owner_type = NotificationSubscriptionOwnerType(_owner_type)
        elif _owner_type is not UNSET:
            raise FieldError("string (NotificationSubscriptionOwnerType)", _owner_type, "owner_type")

        if owner_type is UNSET:
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
            notification_subscription_attributes = _new__object(cls)
            notification_subscription_attributes.category = category
            notification_subscription_attributes.created_at = created_at
            notification_subscription_attributes.global_ = global_
            notification_subscription_attributes.owner_id = owner_id
            notification_subscription_attributes.owner_type = owner_type
            notification_subscription_attributes.updated_at = updated_at
            notification_subscription_attributes.additional_properties = {}
        else:
            notification_subscription_attributes = cls(
                category,
                created_at,
                global_,
                owner_id,
                owner_type,
                updated_at,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"category", "created_at", "global", "owner_id", "owner_type", "updated_at"}
            }
            notification_subscription_attributes.additional_properties = extra__props
        return notification_subscription_attributes

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


_plain__class: type[NotificationSubscriptionAttributes] | None = (
    NotificationSubscriptionAttributes
    if {field.name for field in _attrs_fields(NotificationSubscriptionAttributes)}
    == {"category", "created_at", "global_", "owner_id", "owner_type", "updated_at", "additional_properties"}
    and not hasattr(NotificationSubscriptionAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
