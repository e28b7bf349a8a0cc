from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.notification_subscription_owner_type import NotificationSubscriptionOwnerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationSubscriptionOwnerTypeOperators")


@_attrs_define
class NotificationSubscriptionOwnerTypeOperators:
    """Operators for filtering on a `NotificationSubscriptionOwnerType` attribute; several operators combine with AND.

    Attributes:
        eq (NotificationSubscriptionOwnerType | Literal["", "orders"] | Unset): Values of `owner_type` on notification
            subscriptions.
        not_eq (NotificationSubscriptionOwnerType | Literal["", "orders"] | Unset): Values of `owner_type` on
            notification subscriptions.
    """

    eq: NotificationSubscriptionOwnerType | Literal["", "orders"] | Unset = UNSET
    not_eq: NotificationSubscriptionOwnerType | Literal["", "orders"] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = NotificationSubscriptionOwnerType(self.eq).value

        if eq is not UNSET:
            field_dict["eq"] = eq
        not_eq: str | Unset = UNSET
        if not isinstance(self.not_eq, Unset):
            not_eq = NotificationSubscriptionOwnerType(self.not_eq).value

        if not_eq is not UNSET:
            field_dict["not_eq"] = not_eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (NotificationSubscriptionOwnerTypeOperators)", d)
            d = dict(d)
        n__absent = 0
        _eq = d.get("eq", UNSET)
        eq: NotificationSubscriptionOwnerType | Literal["", "orders"] | Unset = UNSET
        if type(_eq) is str:
            eq = NotificationSubscriptionOwnerType._by__value.get(_eq) or NotificationSubscriptionOwnerType(_eq)
        elif isinstance(_eq, str):
            eq = NotificationSubscriptionOwnerType(_eq)
        elif _eq is not UNSET:
            raise FieldError("string (NotificationSubscriptionOwnerType)", _eq, "eq")

        if eq is UNSET:
            n__absent += 1

        _not_eq = d.get("not_eq", UNSET)
        not_eq: NotificationSubscriptionOwnerType | Literal["", "orders"] | Unset = UNSET
        if type(_not_eq) is str:
            not_eq = NotificationSubscriptionOwnerType._by__value.get(_not_eq) or NotificationSubscriptionOwnerType(
                _not_eq
            )
        elif isinstance(_not_eq, str):
            not_eq = NotificationSubscriptionOwnerType(_not_eq)
        elif _not_eq is not UNSET:
            raise FieldError("string (NotificationSubscriptionOwnerType)", _not_eq, "not_eq")

        if not_eq is UNSET:
            n__absent += 1

        if cls is _plain__class:
            notification_subscription_owner_type_operators = _new__object(cls)
            notification_subscription_owner_type_operators.eq = eq
            notification_subscription_owner_type_operators.not_eq = not_eq
        else:
            notification_subscription_owner_type_operators = cls(
                eq,
                not_eq,
            )
        if len(d) + n__absent != 2:
            for prop_name in d:
                if prop_name not in {"eq", "not_eq"}:
                    raise FieldError(
                        "no such property (NotificationSubscriptionOwnerTypeOperators allows no others)",
                        None,
                        prop_name,
                        found="one",
                    )
        return notification_subscription_owner_type_operators

    __repr__ = _model__repr


_plain__class: type[NotificationSubscriptionOwnerTypeOperators] | None = (
    NotificationSubscriptionOwnerTypeOperators
    if {field.name for field in _attrs_fields(NotificationSubscriptionOwnerTypeOperators)} == {"eq", "not_eq"}
    and not hasattr(NotificationSubscriptionOwnerTypeOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
