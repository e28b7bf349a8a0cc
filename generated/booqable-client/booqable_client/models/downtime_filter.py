from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_between_operators import DatetimeBetweenOperators
    from ..models.datetime_compare_operators import DatetimeCompareOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.hash_operators import HashOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.json_object import JsonObject
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.string_operators import StringOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, DatetimeBetweenOperators, DatetimeCompareOperators, DatetimeOperators, HashOperators, IntegerOperators, JsonObject, StringEqualOperators, StringOperators, UuidOperators  # noqa: PLW0603
    from ..models.datetime_between_operators import DatetimeBetweenOperators  # noqa: PLC0415
    from ..models.datetime_compare_operators import DatetimeCompareOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.hash_operators import HashOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.json_object import JsonObject  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.string_operators import StringOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="DowntimeFilter")


@_attrs_define
class DowntimeFilter:
    """Filters for downtimes: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            attention_required (str | StringEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            item_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            location_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            product_group_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            product_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            product_ids (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            quantity (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            range_ (HashOperators | JsonObject | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            reason (str | StringOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            reasons (str | StringOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            start_or_stop_time (datetime.datetime | DatetimeBetweenOperators | Unset): A filter on one attribute: either an
                object of operators, or a bare value as shorthand for `eq`.
            starts_at (datetime.datetime | DatetimeCompareOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            status (str | StringOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            stock_item_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            stops_at (datetime.datetime | DatetimeCompareOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    attention_required: str | StringEqualOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    item_type: str | StringEqualOperators | Unset = UNSET
    location_id: Unset | UUID | UuidOperators = UNSET
    product_group_id: Unset | UUID | UuidOperators = UNSET
    product_id: Unset | UUID | UuidOperators = UNSET
    product_ids: str | StringEqualOperators | Unset = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    quantity: int | IntegerOperators | Unset = UNSET
    range_: HashOperators | JsonObject | Unset = UNSET
    reason: str | StringOperators | Unset = UNSET
    reasons: str | StringOperators | Unset = UNSET
    start_or_stop_time: datetime.datetime | DatetimeBetweenOperators | Unset = UNSET
    starts_at: datetime.datetime | DatetimeCompareOperators | Unset = UNSET
    status: str | StringOperators | Unset = UNSET
    stock_item_id: Unset | UUID | UuidOperators = UNSET
    stops_at: datetime.datetime | DatetimeCompareOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        attention_required: dict[str, Any] | str | Unset
        if isinstance(self.attention_required, Unset):
            attention_required = UNSET
        elif isinstance(self.attention_required, StringEqualOperators):
            attention_required = self.attention_required.to_dict()
        else:
            attention_required = self.attention_required

        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        item_type: dict[str, Any] | str | Unset
        if isinstance(self.item_type, Unset):
            item_type = UNSET
        elif isinstance(self.item_type, StringEqualOperators):
            item_type = self.item_type.to_dict()
        else:
            item_type = self.item_type

        location_id: dict[str, Any] | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        elif isinstance(self.location_id, UuidOperators):
            location_id = self.location_id.to_dict()
        else:
            location_id = str(self.location_id)

        product_group_id: dict[str, Any] | str | Unset
        if isinstance(self.product_group_id, Unset):
            product_group_id = UNSET
        elif isinstance(self.product_group_id, UuidOperators):
            product_group_id = self.product_group_id.to_dict()
        else:
            product_group_id = str(self.product_group_id)

        product_id: dict[str, Any] | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        elif isinstance(self.product_id, UuidOperators):
            product_id = self.product_id.to_dict()
        else:
            product_id = str(self.product_id)

        product_ids: dict[str, Any] | str | Unset
        if isinstance(self.product_ids, Unset):
            product_ids = UNSET
        elif isinstance(self.product_ids, StringEqualOperators):
            product_ids = self.product_ids.to_dict()
        else:
            product_ids = self.product_ids

        q: dict[str, Any] | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        elif isinstance(self.q, StringEqualOperators):
            q = self.q.to_dict()
        else:
            q = self.q

        quantity: dict[str, Any] | int | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        elif isinstance(self.quantity, IntegerOperators):
            quantity = self.quantity.to_dict()
        else:
            quantity = self.quantity

        range_: dict[str, Any] | Unset
        if isinstance(self.range_, Unset):
            range_ = UNSET
        elif isinstance(self.range_, HashOperators):
            range_ = self.range_.to_dict()
        else:
            range_ = self.range_.to_dict()

        reason: dict[str, Any] | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, StringOperators):
            reason = self.reason.to_dict()
        else:
            reason = self.reason

        reasons: dict[str, Any] | str | Unset
        if isinstance(self.reasons, Unset):
            reasons = UNSET
        elif isinstance(self.reasons, StringOperators):
            reasons = self.reasons.to_dict()
        else:
            reasons = self.reasons

        start_or_stop_time: dict[str, Any] | str | Unset
        if isinstance(self.start_or_stop_time, Unset):
            start_or_stop_time = UNSET
        elif isinstance(self.start_or_stop_time, DatetimeBetweenOperators):
            start_or_stop_time = self.start_or_stop_time.to_dict()
        else:
            start_or_stop_time = self.start_or_stop_time.isoformat().replace("+00:00", "Z")

        starts_at: dict[str, Any] | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, DatetimeCompareOperators):
            starts_at = self.starts_at.to_dict()
        else:
            starts_at = self.starts_at.isoformat().replace("+00:00", "Z")

        status: dict[str, Any] | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, StringOperators):
            status = self.status.to_dict()
        else:
            status = self.status

        stock_item_id: dict[str, Any] | str | Unset
        if isinstance(self.stock_item_id, Unset):
            stock_item_id = UNSET
        elif isinstance(self.stock_item_id, UuidOperators):
            stock_item_id = self.stock_item_id.to_dict()
        else:
            stock_item_id = str(self.stock_item_id)

        stops_at: dict[str, Any] | str | Unset
        if isinstance(self.stops_at, Unset):
            stops_at = UNSET
        elif isinstance(self.stops_at, DatetimeCompareOperators):
            stops_at = self.stops_at.to_dict()
        else:
            stops_at = self.stops_at.isoformat().replace("+00:00", "Z")

        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if attention_required is not UNSET:
            field_dict["attention_required"] = attention_required
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_ids is not UNSET:
            field_dict["product_ids"] = product_ids
        if q is not UNSET:
            field_dict["q"] = q
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if range_ is not UNSET:
            field_dict["range"] = range_
        if reason is not UNSET:
            field_dict["reason"] = reason
        if reasons is not UNSET:
            field_dict["reasons"] = reasons
        if start_or_stop_time is not UNSET:
            field_dict["start_or_stop_time"] = start_or_stop_time
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if status is not UNSET:
            field_dict["status"] = status
        if stock_item_id is not UNSET:
            field_dict["stock_item_id"] = stock_item_id
        if stops_at is not UNSET:
            field_dict["stops_at"] = stops_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DowntimeFilter)", src_dict)
        d = dict(src_dict)

        def _parse_attention_required(data: object) -> str | StringEqualOperators | Unset:
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
            attention_required = _parse_attention_required(d.pop("attention_required", UNSET))
        except FieldError as field__error:
            field__error.segments.append("attention_required")
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

        def _parse_item_type(data: object) -> str | StringEqualOperators | Unset:
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
            item_type = _parse_item_type(d.pop("item_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("item_type")
            raise

        def _parse_location_id(data: object) -> Unset | UUID | UuidOperators:
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
            location_id = _parse_location_id(d.pop("location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("location_id")
            raise

        def _parse_product_group_id(data: object) -> Unset | UUID | UuidOperators:
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
            product_group_id = _parse_product_group_id(d.pop("product_group_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("product_group_id")
            raise

        def _parse_product_id(data: object) -> Unset | UUID | UuidOperators:
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
            product_id = _parse_product_id(d.pop("product_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("product_id")
            raise

        def _parse_product_ids(data: object) -> str | StringEqualOperators | Unset:
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
            product_ids = _parse_product_ids(d.pop("product_ids", UNSET))
        except FieldError as field__error:
            field__error.segments.append("product_ids")
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

        def _parse_quantity(data: object) -> int | IntegerOperators | Unset:
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
            quantity = _parse_quantity(d.pop("quantity", UNSET))
        except FieldError as field__error:
            field__error.segments.append("quantity")
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

        def _parse_reason(data: object) -> str | StringOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_condition_type_0 = StringOperators.from_dict(data)

                        if choice.take(componentsschemas_string_condition_type_0):
                            return componentsschemas_string_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringOperators), string", data)

        try:
            reason = _parse_reason(d.pop("reason", UNSET))
        except FieldError as field__error:
            field__error.segments.append("reason")
            raise

        def _parse_reasons(data: object) -> str | StringOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_condition_type_0 = StringOperators.from_dict(data)

                        if choice.take(componentsschemas_string_condition_type_0):
                            return componentsschemas_string_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringOperators), string", data)

        try:
            reasons = _parse_reasons(d.pop("reasons", UNSET))
        except FieldError as field__error:
            field__error.segments.append("reasons")
            raise

        def _parse_start_or_stop_time(data: object) -> datetime.datetime | DatetimeBetweenOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeBetweenOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_between_condition_type_0 = DatetimeBetweenOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_between_condition_type_0):
                            return componentsschemas_datetime_between_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_between_condition_type_1 = data
                        try:
                            componentsschemas_datetime_between_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_between_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_between_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_between_condition_type_1):
                            return componentsschemas_datetime_between_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeBetweenOperators), date-time string", data)

        try:
            start_or_stop_time = _parse_start_or_stop_time(d.pop("start_or_stop_time", UNSET))
        except FieldError as field__error:
            field__error.segments.append("start_or_stop_time")
            raise

        def _parse_starts_at(data: object) -> datetime.datetime | DatetimeCompareOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeCompareOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_compare_condition_type_0 = DatetimeCompareOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_compare_condition_type_0):
                            return componentsschemas_datetime_compare_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_compare_condition_type_1 = data
                        try:
                            componentsschemas_datetime_compare_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_compare_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_compare_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_compare_condition_type_1):
                            return componentsschemas_datetime_compare_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeCompareOperators), date-time string", data)

        try:
            starts_at = _parse_starts_at(d.pop("starts_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("starts_at")
            raise

        def _parse_status(data: object) -> str | StringOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_condition_type_0 = StringOperators.from_dict(data)

                        if choice.take(componentsschemas_string_condition_type_0):
                            return componentsschemas_string_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringOperators), string", data)

        try:
            status = _parse_status(d.pop("status", UNSET))
        except FieldError as field__error:
            field__error.segments.append("status")
            raise

        def _parse_stock_item_id(data: object) -> Unset | UUID | UuidOperators:
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
            stock_item_id = _parse_stock_item_id(d.pop("stock_item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stock_item_id")
            raise

        def _parse_stops_at(data: object) -> datetime.datetime | DatetimeCompareOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeCompareOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_compare_condition_type_0 = DatetimeCompareOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_compare_condition_type_0):
                            return componentsschemas_datetime_compare_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_compare_condition_type_1 = data
                        try:
                            componentsschemas_datetime_compare_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_compare_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_compare_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_compare_condition_type_1):
                            return componentsschemas_datetime_compare_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeCompareOperators), date-time string", data)

        try:
            stops_at = _parse_stops_at(d.pop("stops_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stops_at")
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

        downtime_filter = cls(
            attention_required=attention_required,
            created_at=created_at,
            id=id,
            item_type=item_type,
            location_id=location_id,
            product_group_id=product_group_id,
            product_id=product_id,
            product_ids=product_ids,
            q=q,
            quantity=quantity,
            range_=range_,
            reason=reason,
            reasons=reasons,
            start_or_stop_time=start_or_stop_time,
            starts_at=starts_at,
            status=status,
            stock_item_id=stock_item_id,
            stops_at=stops_at,
            updated_at=updated_at,
        )

        if d:
            raise FieldError("no such property (DowntimeFilter allows no others)", None, next(iter(d)), found="one")
        return downtime_filter
