from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.notification_subscription_category import NotificationSubscriptionCategory
from ..models.notification_subscription_owner_type import NotificationSubscriptionOwnerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationSubscriptionWriteAttributes")


@_attrs_define
class NotificationSubscriptionWriteAttributes:
    """Attributes that can be sent when creating or updating a notification subscription.

    Attributes:
        category (NotificationSubscriptionCategory | Unset): Values of `category` on notification subscriptions.
        owner_id (UUID | Unset): ID of the related owner. Can only be set when the record is created.
        owner_type (NotificationSubscriptionOwnerType | Unset): Values of `owner_type` on notification subscriptions.
    """

    category: NotificationSubscriptionCategory | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    owner_type: NotificationSubscriptionOwnerType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)

        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (NotificationSubscriptionWriteAttributes)", src_dict)
        d = dict(src_dict)
        _category = d.pop("category", UNSET)
        category: NotificationSubscriptionCategory | Unset = UNSET
        if isinstance(_category, str):
            category = NotificationSubscriptionCategory(_category)
        elif _category is not UNSET:
            raise FieldError("string (NotificationSubscriptionCategory)", _category, "category")

        _owner_id = d.pop("owner_id", UNSET)
        owner_id: UUID | Unset = UNSET
        if _owner_id is not UNSET:
            try:
                owner_id = UUID(_owner_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _owner_id, "owner_id") from None

        _owner_type = d.pop("owner_type", UNSET)
        owner_type: NotificationSubscriptionOwnerType | Unset = UNSET
        if isinstance(_owner_type, str):
            owner_type = NotificationSubscriptionOwnerType(_owner_type)
        elif _owner_type is not UNSET:
            raise FieldError("string (NotificationSubscriptionOwnerType)", _owner_type, "owner_type")

        notification_subscription_write_attributes = cls(
            category=category,
            owner_id=owner_id,
            owner_type=owner_type,
        )

        notification_subscription_write_attributes.additional_properties = d
        return notification_subscription_write_attributes

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

    if TYPE_CHECKING:
        from ..models.order import Order

    def relate(
        self,
        *,
        owner: Order | Unset = UNSET,
    ) -> NotificationSubscriptionWriteAttributes:
        """Point this notification subscription at related records, by model: each keyword sets an id attribute.

        `owner=` sets `owner_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(owner, Unset):
            self.owner_id = owner.id
        return self
