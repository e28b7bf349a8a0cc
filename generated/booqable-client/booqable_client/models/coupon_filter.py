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
from ..lib._fields import position as _position
from ..models.coupon_eligible_item_type import CouponEligibleItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.coupon_eligible_item_type_equal_operators import CouponEligibleItemTypeEqualOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.hash_operators import HashOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__CouponEligibleItemTypeEqualOperators: Callable[[Mapping[str, Any]], CouponEligibleItemTypeEqualOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__HashOperators: Callable[[Mapping[str, Any]], HashOperators]
_from_dict__IntegerOperators: Callable[[Mapping[str, Any]], IntegerOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, CouponEligibleItemTypeEqualOperators, DatetimeOperators, HashOperators, IntegerOperators, StringEqualOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__CouponEligibleItemTypeEqualOperators, _from_dict__DatetimeOperators, _from_dict__HashOperators, _from_dict__IntegerOperators, _from_dict__StringEqualOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.coupon_eligible_item_type_equal_operators import CouponEligibleItemTypeEqualOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.hash_operators import HashOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__CouponEligibleItemTypeEqualOperators = CouponEligibleItemTypeEqualOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__HashOperators = HashOperators.from_dict
    _from_dict__IntegerOperators = IntegerOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="CouponFilter")


def _parse__archived_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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


def _parse__eligible_item_type(
    data: object,
) -> CouponEligibleItemType | Literal["all", "collection"] | CouponEligibleItemTypeEqualOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[
        CouponEligibleItemType | Literal["all", "collection"] | CouponEligibleItemTypeEqualOperators | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_coupon_eligible_item_type_equal_condition_type_0 = (
                    _from_dict__CouponEligibleItemTypeEqualOperators(data)
                )

                if choice.take(componentsschemas_coupon_eligible_item_type_equal_condition_type_0):
                    return componentsschemas_coupon_eligible_item_type_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_coupon_eligible_item_type_equal_condition_type_1 = data
                if type(_componentsschemas_coupon_eligible_item_type_equal_condition_type_1) is str:
                    componentsschemas_coupon_eligible_item_type_equal_condition_type_1 = (
                        CouponEligibleItemType._by__value.get(
                            _componentsschemas_coupon_eligible_item_type_equal_condition_type_1
                        )
                        or CouponEligibleItemType(_componentsschemas_coupon_eligible_item_type_equal_condition_type_1)
                    )
                elif isinstance(_componentsschemas_coupon_eligible_item_type_equal_condition_type_1, str):
                    componentsschemas_coupon_eligible_item_type_equal_condition_type_1 = CouponEligibleItemType(
                        _componentsschemas_coupon_eligible_item_type_equal_condition_type_1
                    )
                else:
                    raise FieldError(
                        "string (CouponEligibleItemType)",
                        _componentsschemas_coupon_eligible_item_type_equal_condition_type_1,
                    )

                if choice.take(componentsschemas_coupon_eligible_item_type_equal_condition_type_1):
                    return componentsschemas_coupon_eligible_item_type_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (CouponEligibleItemTypeEqualOperators), string (CouponEligibleItemType)", data)


def _parse__ends_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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


def _parse__range_(data: object) -> dict[str, Any] | HashOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[dict[str, Any] | HashOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_hash_condition_type_0 = _from_dict__HashOperators(data)

                if choice.take(componentsschemas_hash_condition_type_0):
                    return componentsschemas_hash_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            return data
    return choice.result("one of object (HashOperators), object", data)


def _parse__starts_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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
class CouponFilter:
    """Filters for coupons: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            active (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            archived (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            archived_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            coupon_type (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            eligible_item_type (CouponEligibleItemType | Literal["all", "collection"] | CouponEligibleItemTypeEqualOperators
                | Unset): A filter on a `CouponEligibleItemType` attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            ends_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            identifier (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            max_redemptions (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            minimum_order_amount_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            one_per_customer (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            range_ (dict[str, Any] | HashOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            stackable (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            starts_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            tag_list (list[str] | str | StringEqualOperators | Unset): A filter that takes several values: operators, one
                value, or several repeated as `filter[<attribute>][]=<value>`, as the examples send them.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            value (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
    """

    active: bool | BooleanOperators | Unset = UNSET
    archived: bool | BooleanOperators | Unset = UNSET
    archived_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    coupon_type: str | TextOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    eligible_item_type: (
        CouponEligibleItemType | Literal["all", "collection"] | CouponEligibleItemTypeEqualOperators | Unset
    ) = UNSET
    ends_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    identifier: str | TextOperators | Unset = UNSET
    max_redemptions: int | IntegerOperators | Unset = UNSET
    minimum_order_amount_in_cents: int | IntegerOperators | Unset = UNSET
    one_per_customer: bool | BooleanOperators | Unset = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    range_: dict[str, Any] | HashOperators | Unset = UNSET
    stackable: bool | BooleanOperators | Unset = UNSET
    starts_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    tag_list: list[str] | str | StringEqualOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    value: int | IntegerOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        active: bool | dict[str, Any] | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        elif isinstance(self.active, BooleanOperators):
            active = self.active.to_dict()
        else:
            active = self.active
        if active is not UNSET:
            field_dict["active"] = active
        archived: bool | dict[str, Any] | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        elif isinstance(self.archived, BooleanOperators):
            archived = self.archived.to_dict()
        else:
            archived = self.archived
        if archived is not UNSET:
            field_dict["archived"] = archived
        archived_at: dict[str, Any] | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, DatetimeOperators):
            archived_at = self.archived_at.to_dict()
        else:
            archived_at = (
                self.archived_at.isoformat().replace("+00:00", "Z")
                if self.archived_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        coupon_type: dict[str, Any] | str | Unset
        if isinstance(self.coupon_type, Unset):
            coupon_type = UNSET
        elif isinstance(self.coupon_type, TextOperators):
            coupon_type = self.coupon_type.to_dict()
        else:
            coupon_type = self.coupon_type
        if coupon_type is not UNSET:
            field_dict["coupon_type"] = coupon_type
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
        eligible_item_type: dict[str, Any] | str | Unset
        if isinstance(self.eligible_item_type, Unset):
            eligible_item_type = UNSET
        elif isinstance(self.eligible_item_type, CouponEligibleItemTypeEqualOperators):
            eligible_item_type = self.eligible_item_type.to_dict()
        else:
            eligible_item_type = CouponEligibleItemType(self.eligible_item_type).value

        if eligible_item_type is not UNSET:
            field_dict["eligible_item_type"] = eligible_item_type
        ends_at: dict[str, Any] | str | Unset
        if isinstance(self.ends_at, Unset):
            ends_at = UNSET
        elif isinstance(self.ends_at, DatetimeOperators):
            ends_at = self.ends_at.to_dict()
        else:
            ends_at = (
                self.ends_at.isoformat().replace("+00:00", "Z")
                if self.ends_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        identifier: dict[str, Any] | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        elif isinstance(self.identifier, TextOperators):
            identifier = self.identifier.to_dict()
        else:
            identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        max_redemptions: dict[str, Any] | int | Unset
        if isinstance(self.max_redemptions, Unset):
            max_redemptions = UNSET
        elif isinstance(self.max_redemptions, IntegerOperators):
            max_redemptions = self.max_redemptions.to_dict()
        else:
            max_redemptions = self.max_redemptions
        if max_redemptions is not UNSET:
            field_dict["max_redemptions"] = max_redemptions
        minimum_order_amount_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.minimum_order_amount_in_cents, Unset):
            minimum_order_amount_in_cents = UNSET
        elif isinstance(self.minimum_order_amount_in_cents, IntegerOperators):
            minimum_order_amount_in_cents = self.minimum_order_amount_in_cents.to_dict()
        else:
            minimum_order_amount_in_cents = self.minimum_order_amount_in_cents
        if minimum_order_amount_in_cents is not UNSET:
            field_dict["minimum_order_amount_in_cents"] = minimum_order_amount_in_cents
        one_per_customer: bool | dict[str, Any] | Unset
        if isinstance(self.one_per_customer, Unset):
            one_per_customer = UNSET
        elif isinstance(self.one_per_customer, BooleanOperators):
            one_per_customer = self.one_per_customer.to_dict()
        else:
            one_per_customer = self.one_per_customer
        if one_per_customer is not UNSET:
            field_dict["one_per_customer"] = one_per_customer
        q: dict[str, Any] | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        elif isinstance(self.q, StringEqualOperators):
            q = self.q.to_dict()
        else:
            q = self.q
        if q is not UNSET:
            field_dict["q"] = q
        range_: dict[str, Any] | Unset
        if isinstance(self.range_, Unset):
            range_ = UNSET
        elif isinstance(self.range_, HashOperators):
            range_ = self.range_.to_dict()
        else:
            range_ = self.range_
        if range_ is not UNSET:
            field_dict["range"] = range_
        stackable: bool | dict[str, Any] | Unset
        if isinstance(self.stackable, Unset):
            stackable = UNSET
        elif isinstance(self.stackable, BooleanOperators):
            stackable = self.stackable.to_dict()
        else:
            stackable = self.stackable
        if stackable is not UNSET:
            field_dict["stackable"] = stackable
        starts_at: dict[str, Any] | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, DatetimeOperators):
            starts_at = self.starts_at.to_dict()
        else:
            starts_at = (
                self.starts_at.isoformat().replace("+00:00", "Z")
                if self.starts_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        tag_list: dict[str, Any] | list[str] | str | Unset
        if isinstance(self.tag_list, Unset):
            tag_list = UNSET
        elif isinstance(self.tag_list, StringEqualOperators):
            tag_list = self.tag_list.to_dict()
        elif isinstance(self.tag_list, list):
            tag_list = self.tag_list

        else:
            tag_list = self.tag_list
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
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
        value: dict[str, Any] | int | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, IntegerOperators):
            value = self.value.to_dict()
        else:
            value = self.value
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CouponFilter)", d)
            d = dict(d)
        n__absent = 0
        _active = d.get("active", UNSET)
        active: bool | BooleanOperators | Unset
        if _active is UNSET:
            active = _active
        elif isinstance(_active, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_active)
            except FieldError as field__error:
                field__error.segments.append("active")
                raise

            active = componentsschemas_boolean_condition_type_0
        elif isinstance(_active, bool):
            active = _active
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _active, "active")

        if active is UNSET:
            n__absent += 1

        _archived = d.get("archived", UNSET)
        archived: bool | BooleanOperators | Unset
        if _archived is UNSET:
            archived = _archived
        elif isinstance(_archived, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_archived)
            except FieldError as field__error:
                field__error.segments.append("archived")
                raise

            archived = componentsschemas_boolean_condition_type_0
        elif isinstance(_archived, bool):
            archived = _archived
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _archived, "archived")

        if archived is UNSET:
            n__absent += 1

        try:
            archived_at = _parse__archived_at(d.get("archived_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("archived_at")
            raise

        if archived_at is UNSET:
            n__absent += 1

        _coupon_type = d.get("coupon_type", UNSET)
        coupon_type: str | TextOperators | Unset
        if _coupon_type is UNSET:
            coupon_type = _coupon_type
        elif isinstance(_coupon_type, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_coupon_type)
            except FieldError as field__error:
                field__error.segments.append("coupon_type")
                raise

            coupon_type = componentsschemas_text_condition_type_0
        elif isinstance(_coupon_type, str):
            coupon_type = _coupon_type
        else:
            raise FieldError("one of object (TextOperators), string", _coupon_type, "coupon_type")

        if coupon_type is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        try:
            eligible_item_type = _parse__eligible_item_type(d.get("eligible_item_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("eligible_item_type")
            raise

        if eligible_item_type is UNSET:
            n__absent += 1

        try:
            ends_at = _parse__ends_at(d.get("ends_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("ends_at")
            raise

        if ends_at is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        _identifier = d.get("identifier", UNSET)
        identifier: str | TextOperators | Unset
        if _identifier is UNSET:
            identifier = _identifier
        elif isinstance(_identifier, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_identifier)
            except FieldError as field__error:
                field__error.segments.append("identifier")
                raise

            identifier = componentsschemas_text_condition_type_0
        elif isinstance(_identifier, str):
            identifier = _identifier
        else:
            raise FieldError("one of object (TextOperators), string", _identifier, "identifier")

        if identifier is UNSET:
            n__absent += 1

        _max_redemptions = d.get("max_redemptions", UNSET)
        max_redemptions: int | IntegerOperators | Unset
        if _max_redemptions is UNSET:
            max_redemptions = _max_redemptions
        elif isinstance(_max_redemptions, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_max_redemptions)
            except FieldError as field__error:
                field__error.segments.append("max_redemptions")
                raise

            max_redemptions = componentsschemas_integer_condition_type_0
        elif isinstance(_max_redemptions, int) and _max_redemptions is not True and _max_redemptions is not False:
            max_redemptions = _max_redemptions
        else:
            raise FieldError("one of object (IntegerOperators), integer", _max_redemptions, "max_redemptions")

        if max_redemptions is UNSET:
            n__absent += 1

        _minimum_order_amount_in_cents = d.get("minimum_order_amount_in_cents", UNSET)
        minimum_order_amount_in_cents: int | IntegerOperators | Unset
        if _minimum_order_amount_in_cents is UNSET:
            minimum_order_amount_in_cents = _minimum_order_amount_in_cents
        elif isinstance(_minimum_order_amount_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(
                    _minimum_order_amount_in_cents
                )
            except FieldError as field__error:
                field__error.segments.append("minimum_order_amount_in_cents")
                raise

            minimum_order_amount_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_minimum_order_amount_in_cents, int)
            and _minimum_order_amount_in_cents is not True
            and _minimum_order_amount_in_cents is not False
        ):
            minimum_order_amount_in_cents = _minimum_order_amount_in_cents
        else:
            raise FieldError(
                "one of object (IntegerOperators), integer",
                _minimum_order_amount_in_cents,
                "minimum_order_amount_in_cents",
            )

        if minimum_order_amount_in_cents is UNSET:
            n__absent += 1

        _one_per_customer = d.get("one_per_customer", UNSET)
        one_per_customer: bool | BooleanOperators | Unset
        if _one_per_customer is UNSET:
            one_per_customer = _one_per_customer
        elif isinstance(_one_per_customer, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_one_per_customer)
            except FieldError as field__error:
                field__error.segments.append("one_per_customer")
                raise

            one_per_customer = componentsschemas_boolean_condition_type_0
        elif isinstance(_one_per_customer, bool):
            one_per_customer = _one_per_customer
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _one_per_customer, "one_per_customer")

        if one_per_customer is UNSET:
            n__absent += 1

        _q = d.get("q", UNSET)
        q: str | StringEqualOperators | Unset
        if _q is UNSET:
            q = _q
        elif isinstance(_q, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_q)
            except FieldError as field__error:
                field__error.segments.append("q")
                raise

            q = componentsschemas_string_equal_condition_type_0
        elif isinstance(_q, str):
            q = _q
        else:
            raise FieldError("one of object (StringEqualOperators), string", _q, "q")

        if q is UNSET:
            n__absent += 1

        try:
            range_ = _parse__range_(d.get("range", UNSET))
        except FieldError as field__error:
            field__error.segments.append("range")
            raise

        if range_ is UNSET:
            n__absent += 1

        _stackable = d.get("stackable", UNSET)
        stackable: bool | BooleanOperators | Unset
        if _stackable is UNSET:
            stackable = _stackable
        elif isinstance(_stackable, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_stackable)
            except FieldError as field__error:
                field__error.segments.append("stackable")
                raise

            stackable = componentsschemas_boolean_condition_type_0
        elif isinstance(_stackable, bool):
            stackable = _stackable
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _stackable, "stackable")

        if stackable is UNSET:
            n__absent += 1

        try:
            starts_at = _parse__starts_at(d.get("starts_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("starts_at")
            raise

        if starts_at is UNSET:
            n__absent += 1

        _tag_list = d.get("tag_list", UNSET)
        tag_list: list[str] | str | StringEqualOperators | Unset
        if _tag_list is UNSET:
            tag_list = _tag_list
        elif isinstance(_tag_list, dict):
            try:
                componentsschemas_string_list_condition_type_0 = _from_dict__StringEqualOperators(_tag_list)
            except FieldError as field__error:
                field__error.segments.append("tag_list")
                raise

            tag_list = componentsschemas_string_list_condition_type_0
        elif isinstance(_tag_list, list):
            _componentsschemas_string_list_condition_type_2 = _tag_list
            if isinstance(_componentsschemas_string_list_condition_type_2, list):
                for (
                    componentsschemas_string_list_condition_type_2_item
                ) in _componentsschemas_string_list_condition_type_2:
                    if not (type(componentsschemas_string_list_condition_type_2_item) is str) and not isinstance(
                        componentsschemas_string_list_condition_type_2_item, str
                    ):
                        raise FieldError(
                            "string",
                            componentsschemas_string_list_condition_type_2_item,
                            _position(
                                _componentsschemas_string_list_condition_type_2,
                                componentsschemas_string_list_condition_type_2_item,
                            ),
                            "tag_list",
                        )
                componentsschemas_string_list_condition_type_2 = _componentsschemas_string_list_condition_type_2
            else:
                raise FieldError("array", _componentsschemas_string_list_condition_type_2, "tag_list")

            tag_list = componentsschemas_string_list_condition_type_2
        elif isinstance(_tag_list, str):
            tag_list = _tag_list
        else:
            raise FieldError("one of object (StringEqualOperators), string, array", _tag_list, "tag_list")

        if tag_list is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        _value = d.get("value", UNSET)
        value: int | IntegerOperators | Unset
        if _value is UNSET:
            value = _value
        elif isinstance(_value, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_value)
            except FieldError as field__error:
                field__error.segments.append("value")
                raise

            value = componentsschemas_integer_condition_type_0
        elif isinstance(_value, int) and _value is not True and _value is not False:
            value = _value
        else:
            raise FieldError("one of object (IntegerOperators), integer", _value, "value")

        if value is UNSET:
            n__absent += 1

        if cls is _plain__class:
            coupon_filter = _new__object(cls)
            coupon_filter.active = active
            coupon_filter.archived = archived
            coupon_filter.archived_at = archived_at
            coupon_filter.coupon_type = coupon_type
            coupon_filter.created_at = created_at
            coupon_filter.eligible_item_type = eligible_item_type
            coupon_filter.ends_at = ends_at
            coupon_filter.id = id
            coupon_filter.identifier = identifier
            coupon_filter.max_redemptions = max_redemptions
            coupon_filter.minimum_order_amount_in_cents = minimum_order_amount_in_cents
            coupon_filter.one_per_customer = one_per_customer
            coupon_filter.q = q
            coupon_filter.range_ = range_
            coupon_filter.stackable = stackable
            coupon_filter.starts_at = starts_at
            coupon_filter.tag_list = tag_list
            coupon_filter.updated_at = updated_at
            coupon_filter.value = value
        else:
            coupon_filter = cls(
                active,
                archived,
                archived_at,
                coupon_type,
                created_at,
                eligible_item_type,
                ends_at,
                id,
                identifier,
                max_redemptions,
                minimum_order_amount_in_cents,
                one_per_customer,
                q,
                range_,
                stackable,
                starts_at,
                tag_list,
                updated_at,
                value,
            )
        if len(d) + n__absent != 19:
            for prop_name in d:
                if prop_name not in {
                    "active",
                    "archived",
                    "archived_at",
                    "coupon_type",
                    "created_at",
                    "eligible_item_type",
                    "ends_at",
                    "id",
                    "identifier",
                    "max_redemptions",
                    "minimum_order_amount_in_cents",
                    "one_per_customer",
                    "q",
                    "range",
                    "stackable",
                    "starts_at",
                    "tag_list",
                    "updated_at",
                    "value",
                }:
                    raise FieldError("no such property (CouponFilter allows no others)", None, prop_name, found="one")
        return coupon_filter

    __repr__ = _model__repr


_plain__class: type[CouponFilter] | None = (
    CouponFilter
    if {field.name for field in _attrs_fields(CouponFilter)}
    == {
        "active",
        "archived",
        "archived_at",
        "coupon_type",
        "created_at",
        "eligible_item_type",
        "ends_at",
        "id",
        "identifier",
        "max_redemptions",
        "minimum_order_amount_in_cents",
        "one_per_customer",
        "q",
        "range_",
        "stackable",
        "starts_at",
        "tag_list",
        "updated_at",
        "value",
    }
    and not hasattr(CouponFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
