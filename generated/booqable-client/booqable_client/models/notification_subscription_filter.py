from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..models.notification_subscription_category import NotificationSubscriptionCategory
from ..models.notification_subscription_owner_type import NotificationSubscriptionOwnerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.notification_subscription_category_equal_operators import (
        NotificationSubscriptionCategoryEqualOperators,
    )
    from ..models.notification_subscription_owner_type_operators import NotificationSubscriptionOwnerTypeOperators
    from ..models.uuid_equal_operators import UuidEqualOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__NotificationSubscriptionCategoryEqualOperators: Callable[
    [Mapping[str, Any]], NotificationSubscriptionCategoryEqualOperators
]
_from_dict__NotificationSubscriptionOwnerTypeOperators: Callable[
    [Mapping[str, Any]], NotificationSubscriptionOwnerTypeOperators
]
_from_dict__UuidEqualOperators: Callable[[Mapping[str, Any]], UuidEqualOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, NotificationSubscriptionCategoryEqualOperators, NotificationSubscriptionOwnerTypeOperators, UuidEqualOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__NotificationSubscriptionCategoryEqualOperators, _from_dict__NotificationSubscriptionOwnerTypeOperators, _from_dict__UuidEqualOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.notification_subscription_category_equal_operators import (
        NotificationSubscriptionCategoryEqualOperators,  # noqa: PLC0415
    )
    from ..models.notification_subscription_owner_type_operators import NotificationSubscriptionOwnerTypeOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__NotificationSubscriptionCategoryEqualOperators = (
        NotificationSubscriptionCategoryEqualOperators.from_dict
    )
    _from_dict__NotificationSubscriptionOwnerTypeOperators = NotificationSubscriptionOwnerTypeOperators.from_dict
    _from_dict__UuidEqualOperators = UuidEqualOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="NotificationSubscriptionFilter")


def _parse__category(
    data: object,
) -> (
    NotificationSubscriptionCategory
    | Literal[
        "note_created", "order_reserved", "order_started", "order_stopped", "order_updated", "webshop_order_created"
    ]
    | NotificationSubscriptionCategoryEqualOperators
    | Unset
):
    if isinstance(data, Unset):
        return data
    choice: Choice[
        NotificationSubscriptionCategory
        | Literal[
            "note_created", "order_reserved", "order_started", "order_stopped", "order_updated", "webshop_order_created"
        ]
        | NotificationSubscriptionCategoryEqualOperators
        | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_notification_subscription_category_equal_condition_type_0 = (
                    _from_dict__NotificationSubscriptionCategoryEqualOperators(data)
                )

                if choice.take(componentsschemas_notification_subscription_category_equal_condition_type_0):
                    return componentsschemas_notification_subscription_category_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_notification_subscription_category_equal_condition_type_1 = data
                if type(_componentsschemas_notification_subscription_category_equal_condition_type_1) is str:
                    componentsschemas_notification_subscription_category_equal_condition_type_1 = (
                        NotificationSubscriptionCategory._by__value.get(
                            _componentsschemas_notification_subscription_category_equal_condition_type_1
                        )
                        or NotificationSubscriptionCategory(
                            _componentsschemas_notification_subscription_category_equal_condition_type_1
                        )
                    )
                elif isinstance(_componentsschemas_notification_subscription_category_equal_condition_type_1, str):
                    componentsschemas_notification_subscription_category_equal_condition_type_1 = (
                        NotificationSubscriptionCategory(
                            _componentsschemas_notification_subscription_category_equal_condition_type_1
                        )
                    )
                else:
                    raise FieldError(
                        "string (NotificationSubscriptionCategory)",
                        _componentsschemas_notification_subscription_category_equal_condition_type_1,
                    )

                if choice.take(componentsschemas_notification_subscription_category_equal_condition_type_1):
                    return componentsschemas_notification_subscription_category_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result(
        "one of object (NotificationSubscriptionCategoryEqualOperators), string (NotificationSubscriptionCategory)",
        data,
    )


def _parse__created_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_condition_type_0 = _from_dict__DatetimeOperators(data)

                if choice.take(componentsschemas_datetime_condition_type_0):
                    return componentsschemas_datetime_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_condition_type_1 = data
                try:
                    componentsschemas_datetime_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("date-time", _componentsschemas_datetime_condition_type_1) from None

                if choice.take(componentsschemas_datetime_condition_type_1):
                    return componentsschemas_datetime_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeOperators), date-time string", data)


def _parse__id(data: object) -> Unset | UUID | UuidOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[Unset | UUID | UuidOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_condition_type_0 = _from_dict__UuidOperators(data)

                if choice.take(componentsschemas_uuid_condition_type_0):
                    return componentsschemas_uuid_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_condition_type_1 = data
                try:
                    componentsschemas_uuid_condition_type_1 = parse_uuid(_componentsschemas_uuid_condition_type_1)
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                if choice.take(componentsschemas_uuid_condition_type_1):
                    return componentsschemas_uuid_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidOperators), UUID string", data)


def _parse__owner_id(data: object) -> Unset | UUID | UuidEqualOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[Unset | UUID | UuidEqualOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_equal_condition_type_0 = _from_dict__UuidEqualOperators(data)

                if choice.take(componentsschemas_uuid_equal_condition_type_0):
                    return componentsschemas_uuid_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_equal_condition_type_1 = data
                try:
                    componentsschemas_uuid_equal_condition_type_1 = parse_uuid(
                        _componentsschemas_uuid_equal_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_equal_condition_type_1) from None

                if choice.take(componentsschemas_uuid_equal_condition_type_1):
                    return componentsschemas_uuid_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidEqualOperators), UUID string", data)


def _parse__owner_type(
    data: object,
) -> NotificationSubscriptionOwnerType | Literal["", "orders"] | NotificationSubscriptionOwnerTypeOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[
        NotificationSubscriptionOwnerType | Literal["", "orders"] | NotificationSubscriptionOwnerTypeOperators | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_notification_subscription_owner_type_condition_type_0 = (
                    _from_dict__NotificationSubscriptionOwnerTypeOperators(data)
                )

                if choice.take(componentsschemas_notification_subscription_owner_type_condition_type_0):
                    return componentsschemas_notification_subscription_owner_type_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_notification_subscription_owner_type_condition_type_1 = data
                if type(_componentsschemas_notification_subscription_owner_type_condition_type_1) is str:
                    componentsschemas_notification_subscription_owner_type_condition_type_1 = (
                        NotificationSubscriptionOwnerType._by__value.get(
                            _componentsschemas_notification_subscription_owner_type_condition_type_1
                        )
                        or NotificationSubscriptionOwnerType(
                            _componentsschemas_notification_subscription_owner_type_condition_type_1
                        )
                    )
                elif isinstance(_componentsschemas_notification_subscription_owner_type_condition_type_1, str):
                    componentsschemas_notification_subscription_owner_type_condition_type_1 = (
                        NotificationSubscriptionOwnerType(
                            _componentsschemas_notification_subscription_owner_type_condition_type_1
                        )
                    )
                else:
                    raise FieldError(
                        "string (NotificationSubscriptionOwnerType)",
                        _componentsschemas_notification_subscription_owner_type_condition_type_1,
                    )

                if choice.take(componentsschemas_notification_subscription_owner_type_condition_type_1):
                    return componentsschemas_notification_subscription_owner_type_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result(
        "one of object (NotificationSubscriptionOwnerTypeOperators), string (NotificationSubscriptionOwnerType)", data
    )


def _parse__updated_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_condition_type_0 = _from_dict__DatetimeOperators(data)

                if choice.take(componentsschemas_datetime_condition_type_0):
                    return componentsschemas_datetime_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_condition_type_1 = data
                try:
                    componentsschemas_datetime_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("date-time", _componentsschemas_datetime_condition_type_1) from None

                if choice.take(componentsschemas_datetime_condition_type_1):
                    return componentsschemas_datetime_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeOperators), date-time string", data)


@_attrs_define
class NotificationSubscriptionFilter:
    """Filters for notification subscriptions: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            category (NotificationSubscriptionCategory | Literal["note_created", "order_reserved", "order_started",
                "order_stopped", "order_updated", "webshop_order_created"] | NotificationSubscriptionCategoryEqualOperators |
                Unset): A filter on a `NotificationSubscriptionCategory` attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            global_ (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            owner_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            owner_type (NotificationSubscriptionOwnerType | Literal["", "orders"] |
                NotificationSubscriptionOwnerTypeOperators | Unset): A filter on a `NotificationSubscriptionOwnerType`
                attribute: either an object of operators, or a bare value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    category: (
        NotificationSubscriptionCategory
        | Literal[
            "note_created", "order_reserved", "order_started", "order_stopped", "order_updated", "webshop_order_created"
        ]
        | NotificationSubscriptionCategoryEqualOperators
        | Unset
    ) = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    global_: bool | BooleanOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    owner_id: Unset | UUID | UuidEqualOperators = UNSET
    owner_type: (
        NotificationSubscriptionOwnerType | Literal["", "orders"] | NotificationSubscriptionOwnerTypeOperators | Unset
    ) = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        category: dict[str, Any] | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, NotificationSubscriptionCategoryEqualOperators):
            category = self.category.to_dict()
        else:
            category = NotificationSubscriptionCategory(self.category).value

        if category is not UNSET:
            field_dict["category"] = category
        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        global_: bool | dict[str, Any] | Unset
        if isinstance(self.global_, Unset):
            global_ = UNSET
        elif isinstance(self.global_, BooleanOperators):
            global_ = self.global_.to_dict()
        else:
            global_ = self.global_
        if global_ is not UNSET:
            field_dict["global"] = global_
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        owner_id: dict[str, Any] | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UuidEqualOperators):
            owner_id = self.owner_id.to_dict()
        else:
            owner_id = str(self.owner_id)

        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        owner_type: dict[str, Any] | str | Unset
        if isinstance(self.owner_type, Unset):
            owner_type = UNSET
        elif isinstance(self.owner_type, NotificationSubscriptionOwnerTypeOperators):
            owner_type = self.owner_type.to_dict()
        else:
            owner_type = NotificationSubscriptionOwnerType(self.owner_type).value

        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (NotificationSubscriptionFilter)", d)
            d = dict(d)
        n__absent = 0
        try:
            category = _parse__category(d.get("category", UNSET))
        except FieldError as field__error:
            field__error.segments.append("category")
            raise

        if category is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        _global_ = d.get("global", UNSET)
        global_: bool | BooleanOperators | Unset
        if _global_ is UNSET:
            global_ = _global_
        elif isinstance(_global_, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_global_)
            except FieldError as field__error:
                field__error.segments.append("global")
                raise

            global_ = componentsschemas_boolean_condition_type_0
        elif isinstance(_global_, bool):
            global_ = _global_
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _global_, "global")

        if global_ is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        try:
            owner_id = _parse__owner_id(d.get("owner_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("owner_id")
            raise

        if owner_id is UNSET:
            n__absent += 1

        try:
            owner_type = _parse__owner_type(d.get("owner_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("owner_type")
            raise

        if owner_type is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            notification_subscription_filter = _new__object(cls)
            notification_subscription_filter.category = category
            notification_subscription_filter.created_at = created_at
            notification_subscription_filter.global_ = global_
            notification_subscription_filter.id = id
            notification_subscription_filter.owner_id = owner_id
            notification_subscription_filter.owner_type = owner_type
            notification_subscription_filter.updated_at = updated_at
        else:
            notification_subscription_filter = cls(
                category,
                created_at,
                global_,
                id,
                owner_id,
                owner_type,
                updated_at,
            )
        if len(d) + n__absent != 7:
            for prop_name in d:
                if prop_name not in {"category", "created_at", "global", "id", "owner_id", "owner_type", "updated_at"}:
                    raise FieldError(
                        "no such property (NotificationSubscriptionFilter allows no others)",
                        None,
                        prop_name,
                        found="one",
                    )
        return notification_subscription_filter

    __repr__ = _model__repr


_plain__class: type[NotificationSubscriptionFilter] | None = (
    NotificationSubscriptionFilter
    if {field.name for field in _attrs_fields(NotificationSubscriptionFilter)}
    == {"category", "created_at", "global_", "id", "owner_id", "owner_type", "updated_at"}
    and not hasattr(NotificationSubscriptionFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
