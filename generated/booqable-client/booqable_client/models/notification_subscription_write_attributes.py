from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        if category is not UNSET:
            field_dict["category"] = category
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (NotificationSubscriptionWriteAttributes)", d)
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

        if cls is _plain__class:
            notification_subscription_write_attributes = _new__object(cls)
            notification_subscription_write_attributes.category = category
            notification_subscription_write_attributes.owner_id = owner_id
            notification_subscription_write_attributes.owner_type = owner_type
            notification_subscription_write_attributes.additional_properties = {}
        else:
            notification_subscription_write_attributes = cls(
                category,
                owner_id,
                owner_type,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"category", "owner_id", "owner_type"}
            }
            notification_subscription_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr

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


_plain__class: type[NotificationSubscriptionWriteAttributes] | None = (
    NotificationSubscriptionWriteAttributes
    if {field.name for field in _attrs_fields(NotificationSubscriptionWriteAttributes)}
    == {"category", "owner_id", "owner_type", "additional_properties"}
    and not hasattr(NotificationSubscriptionWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
