from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.notification_subscription_category import NotificationSubscriptionCategory
from ..models.notification_subscription_owner_type import NotificationSubscriptionOwnerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationSubscriptionAttributes")


@_attrs_define
class NotificationSubscriptionAttributes:
    """Attributes of a notification subscription as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

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
        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        global_ = self.global_

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type.value

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if global_ is not UNSET:
            field_dict["global"] = global_
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (NotificationSubscriptionAttributes)", src_dict)
        d = dict(src_dict)
        _category = d.pop("category", UNSET)
        category: NotificationSubscriptionCategory | Unset = UNSET
        if isinstance(_category, str):
            category = NotificationSubscriptionCategory(_category)
        elif _category is not UNSET:
            raise FieldError("string (NotificationSubscriptionCategory)", _category, "category")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        global_ = d.pop("global", UNSET)
        if not isinstance(global_, bool) and global_ is not UNSET:
            raise FieldError("boolean", global_, "global")

        _owner_id = d.pop("owner_id", UNSET)
        owner_id: None | Unset | UUID
        if _owner_id is None or _owner_id is UNSET:
            owner_id = _owner_id
        elif isinstance(_owner_id, str):
            _owner_id_type_0 = _owner_id
            try:
                owner_id_type_0 = UUID(_owner_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _owner_id_type_0, "owner_id") from None

            owner_id = owner_id_type_0
        else:
            raise FieldError("UUID string or null", _owner_id, "owner_id")

        _owner_type = d.pop("owner_type", UNSET)
        owner_type: NotificationSubscriptionOwnerType | Unset = UNSET
        if isinstance(_owner_type, str):
            owner_type = NotificationSubscriptionOwnerType(_owner_type)
        elif _owner_type is not UNSET:
            raise FieldError("string (NotificationSubscriptionOwnerType)", _owner_type, "owner_type")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        notification_subscription_attributes = cls(
            category=category,
            created_at=created_at,
            global_=global_,
            owner_id=owner_id,
            owner_type=owner_type,
            updated_at=updated_at,
        )

        notification_subscription_attributes.additional_properties = d
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
