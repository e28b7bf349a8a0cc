from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..lib._fields import position as _position
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.hash_operators import HashOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.json_object import JsonObject
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, HashOperators, IntegerOperators, JsonObject, StringEqualOperators, TextOperators, UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.hash_operators import HashOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.json_object import JsonObject  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="CouponFilter")


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
            eligible_item_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
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
            range_ (HashOperators | JsonObject | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
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
    eligible_item_type: str | StringEqualOperators | Unset = UNSET
    ends_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    identifier: str | TextOperators | Unset = UNSET
    max_redemptions: int | IntegerOperators | Unset = UNSET
    minimum_order_amount_in_cents: int | IntegerOperators | Unset = UNSET
    one_per_customer: bool | BooleanOperators | Unset = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    range_: HashOperators | JsonObject | Unset = UNSET
    stackable: bool | BooleanOperators | Unset = UNSET
    starts_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    tag_list: list[str] | str | StringEqualOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    value: int | IntegerOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        active: bool | dict[str, Any] | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        elif isinstance(self.active, BooleanOperators):
            active = self.active.to_dict()
        else:
            active = self.active

        archived: bool | dict[str, Any] | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        elif isinstance(self.archived, BooleanOperators):
            archived = self.archived.to_dict()
        else:
            archived = self.archived

        archived_at: dict[str, Any] | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, DatetimeOperators):
            archived_at = self.archived_at.to_dict()
        else:
            archived_at = self.archived_at.isoformat().replace("+00:00", "Z")

        coupon_type: dict[str, Any] | str | Unset
        if isinstance(self.coupon_type, Unset):
            coupon_type = UNSET
        elif isinstance(self.coupon_type, TextOperators):
            coupon_type = self.coupon_type.to_dict()
        else:
            coupon_type = self.coupon_type

        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        eligible_item_type: dict[str, Any] | str | Unset
        if isinstance(self.eligible_item_type, Unset):
            eligible_item_type = UNSET
        elif isinstance(self.eligible_item_type, StringEqualOperators):
            eligible_item_type = self.eligible_item_type.to_dict()
        else:
            eligible_item_type = self.eligible_item_type

        ends_at: dict[str, Any] | str | Unset
        if isinstance(self.ends_at, Unset):
            ends_at = UNSET
        elif isinstance(self.ends_at, DatetimeOperators):
            ends_at = self.ends_at.to_dict()
        else:
            ends_at = self.ends_at.isoformat().replace("+00:00", "Z")

        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        identifier: dict[str, Any] | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        elif isinstance(self.identifier, TextOperators):
            identifier = self.identifier.to_dict()
        else:
            identifier = self.identifier

        max_redemptions: dict[str, Any] | int | Unset
        if isinstance(self.max_redemptions, Unset):
            max_redemptions = UNSET
        elif isinstance(self.max_redemptions, IntegerOperators):
            max_redemptions = self.max_redemptions.to_dict()
        else:
            max_redemptions = self.max_redemptions

        minimum_order_amount_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.minimum_order_amount_in_cents, Unset):
            minimum_order_amount_in_cents = UNSET
        elif isinstance(self.minimum_order_amount_in_cents, IntegerOperators):
            minimum_order_amount_in_cents = self.minimum_order_amount_in_cents.to_dict()
        else:
            minimum_order_amount_in_cents = self.minimum_order_amount_in_cents

        one_per_customer: bool | dict[str, Any] | Unset
        if isinstance(self.one_per_customer, Unset):
            one_per_customer = UNSET
        elif isinstance(self.one_per_customer, BooleanOperators):
            one_per_customer = self.one_per_customer.to_dict()
        else:
            one_per_customer = self.one_per_customer

        q: dict[str, Any] | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        elif isinstance(self.q, StringEqualOperators):
            q = self.q.to_dict()
        else:
            q = self.q

        range_: dict[str, Any] | Unset
        if isinstance(self.range_, Unset):
            range_ = UNSET
        elif isinstance(self.range_, HashOperators):
            range_ = self.range_.to_dict()
        else:
            range_ = self.range_.to_dict()

        stackable: bool | dict[str, Any] | Unset
        if isinstance(self.stackable, Unset):
            stackable = UNSET
        elif isinstance(self.stackable, BooleanOperators):
            stackable = self.stackable.to_dict()
        else:
            stackable = self.stackable

        starts_at: dict[str, Any] | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, DatetimeOperators):
            starts_at = self.starts_at.to_dict()
        else:
            starts_at = self.starts_at.isoformat().replace("+00:00", "Z")

        tag_list: dict[str, Any] | list[str] | str | Unset
        if isinstance(self.tag_list, Unset):
            tag_list = UNSET
        elif isinstance(self.tag_list, StringEqualOperators):
            tag_list = self.tag_list.to_dict()
        elif isinstance(self.tag_list, list):
            tag_list = self.tag_list

        else:
            tag_list = self.tag_list

        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        value: dict[str, Any] | int | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, IntegerOperators):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if archived is not UNSET:
            field_dict["archived"] = archived
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if coupon_type is not UNSET:
            field_dict["coupon_type"] = coupon_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if eligible_item_type is not UNSET:
            field_dict["eligible_item_type"] = eligible_item_type
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if max_redemptions is not UNSET:
            field_dict["max_redemptions"] = max_redemptions
        if minimum_order_amount_in_cents is not UNSET:
            field_dict["minimum_order_amount_in_cents"] = minimum_order_amount_in_cents
        if one_per_customer is not UNSET:
            field_dict["one_per_customer"] = one_per_customer
        if q is not UNSET:
            field_dict["q"] = q
        if range_ is not UNSET:
            field_dict["range"] = range_
        if stackable is not UNSET:
            field_dict["stackable"] = stackable
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CouponFilter)", src_dict)
        d = dict(src_dict)

        def _parse_active(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            active = _parse_active(d.pop("active", UNSET))
        except FieldError as field__error:
            field__error.segments.append("active")
            raise

        def _parse_archived(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            archived = _parse_archived(d.pop("archived", UNSET))
        except FieldError as field__error:
            field__error.segments.append("archived")
            raise

        def _parse_archived_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_condition_type_0 = DatetimeOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_condition_type_0):
                            return componentsschemas_datetime_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_condition_type_1 = data
                        try:
                            componentsschemas_datetime_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_condition_type_1):
                            return componentsschemas_datetime_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeOperators), date-time string", data)

        try:
            archived_at = _parse_archived_at(d.pop("archived_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("archived_at")
            raise

        def _parse_coupon_type(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            coupon_type = _parse_coupon_type(d.pop("coupon_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("coupon_type")
            raise

        def _parse_created_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_condition_type_0 = DatetimeOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_condition_type_0):
                            return componentsschemas_datetime_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_condition_type_1 = data
                        try:
                            componentsschemas_datetime_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_condition_type_1):
                            return componentsschemas_datetime_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeOperators), date-time string", data)

        try:
            created_at = _parse_created_at(d.pop("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        def _parse_eligible_item_type(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            eligible_item_type = _parse_eligible_item_type(d.pop("eligible_item_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("eligible_item_type")
            raise

        def _parse_ends_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_condition_type_0 = DatetimeOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_condition_type_0):
                            return componentsschemas_datetime_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_condition_type_1 = data
                        try:
                            componentsschemas_datetime_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_condition_type_1):
                            return componentsschemas_datetime_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeOperators), date-time string", data)

        try:
            ends_at = _parse_ends_at(d.pop("ends_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("ends_at")
            raise

        def _parse_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            id = _parse_id(d.pop("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        def _parse_identifier(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            identifier = _parse_identifier(d.pop("identifier", UNSET))
        except FieldError as field__error:
            field__error.segments.append("identifier")
            raise

        def _parse_max_redemptions(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            max_redemptions = _parse_max_redemptions(d.pop("max_redemptions", UNSET))
        except FieldError as field__error:
            field__error.segments.append("max_redemptions")
            raise

        def _parse_minimum_order_amount_in_cents(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            minimum_order_amount_in_cents = _parse_minimum_order_amount_in_cents(
                d.pop("minimum_order_amount_in_cents", UNSET)
            )
        except FieldError as field__error:
            field__error.segments.append("minimum_order_amount_in_cents")
            raise

        def _parse_one_per_customer(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            one_per_customer = _parse_one_per_customer(d.pop("one_per_customer", UNSET))
        except FieldError as field__error:
            field__error.segments.append("one_per_customer")
            raise

        def _parse_q(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            q = _parse_q(d.pop("q", UNSET))
        except FieldError as field__error:
            field__error.segments.append("q")
            raise

        def _parse_range_(data: object) -> HashOperators | JsonObject | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[HashOperators | JsonObject | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_hash_condition_type_0 = HashOperators.from_dict(data)

                        if choice.take(componentsschemas_hash_condition_type_0):
                            return componentsschemas_hash_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, dict):
                    try:
                        componentsschemas_hash_condition_type_1 = JsonObject.from_dict(data)

                        if choice.take(componentsschemas_hash_condition_type_1):
                            return componentsschemas_hash_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (HashOperators), object (JsonObject)", data)

        try:
            range_ = _parse_range_(d.pop("range", UNSET))
        except FieldError as field__error:
            field__error.segments.append("range")
            raise

        def _parse_stackable(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            stackable = _parse_stackable(d.pop("stackable", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stackable")
            raise

        def _parse_starts_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_condition_type_0 = DatetimeOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_condition_type_0):
                            return componentsschemas_datetime_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_condition_type_1 = data
                        try:
                            componentsschemas_datetime_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_condition_type_1):
                            return componentsschemas_datetime_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeOperators), date-time string", data)

        try:
            starts_at = _parse_starts_at(d.pop("starts_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("starts_at")
            raise

        def _parse_tag_list(data: object) -> list[str] | str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[list[str] | str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_list_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_list_condition_type_0):
                            return componentsschemas_string_list_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
                if isinstance(data, list):
                    try:
                        _componentsschemas_string_list_condition_type_2 = data
                        if isinstance(_componentsschemas_string_list_condition_type_2, list):
                            for (
                                componentsschemas_string_list_condition_type_2_item
                            ) in _componentsschemas_string_list_condition_type_2:
                                if not isinstance(componentsschemas_string_list_condition_type_2_item, str):
                                    raise FieldError(
                                        "string",
                                        componentsschemas_string_list_condition_type_2_item,
                                        _position(
                                            _componentsschemas_string_list_condition_type_2,
                                            componentsschemas_string_list_condition_type_2_item,
                                        ),
                                    )
                            componentsschemas_string_list_condition_type_2 = (
                                _componentsschemas_string_list_condition_type_2
                            )
                        else:
                            raise FieldError("array", _componentsschemas_string_list_condition_type_2)

                        if choice.take(componentsschemas_string_list_condition_type_2):
                            return componentsschemas_string_list_condition_type_2
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (StringEqualOperators), string, array", data)

        try:
            tag_list = _parse_tag_list(d.pop("tag_list", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tag_list")
            raise

        def _parse_updated_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_condition_type_0 = DatetimeOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_condition_type_0):
                            return componentsschemas_datetime_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_condition_type_1 = data
                        try:
                            componentsschemas_datetime_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_condition_type_1):
                            return componentsschemas_datetime_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeOperators), date-time string", data)

        try:
            updated_at = _parse_updated_at(d.pop("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        def _parse_value(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            value = _parse_value(d.pop("value", UNSET))
        except FieldError as field__error:
            field__error.segments.append("value")
            raise

        coupon_filter = cls(
            active=active,
            archived=archived,
            archived_at=archived_at,
            coupon_type=coupon_type,
            created_at=created_at,
            eligible_item_type=eligible_item_type,
            ends_at=ends_at,
            id=id,
            identifier=identifier,
            max_redemptions=max_redemptions,
            minimum_order_amount_in_cents=minimum_order_amount_in_cents,
            one_per_customer=one_per_customer,
            q=q,
            range_=range_,
            stackable=stackable,
            starts_at=starts_at,
            tag_list=tag_list,
            updated_at=updated_at,
            value=value,
        )

        if d:
            raise FieldError("no such property (CouponFilter allows no others)", None, next(iter(d)), found="one")
        return coupon_filter
