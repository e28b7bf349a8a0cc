from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_equal_operators import DatetimeEqualOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.uuid_equal_operators import UuidEqualOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, DatetimeEqualOperators, StringEqualOperators, UuidEqualOperators  # noqa: PLW0603
    from ..models.datetime_equal_operators import DatetimeEqualOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="StockItemSuggestionFilter")


@_attrs_define
class StockItemSuggestionFilter:
    """Filters for stock item suggestions: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`. `action`, `item_id`, `order_id` must be given.

        Attributes:
            action (str | StringEqualOperators): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            item_id (UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            order_id (UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            from_ (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            location_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            status (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            till (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    action: str | StringEqualOperators
    item_id: UUID | UuidEqualOperators
    order_id: UUID | UuidEqualOperators
    from_: datetime.datetime | DatetimeEqualOperators | Unset = UNSET
    location_id: Unset | UUID | UuidEqualOperators = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    status: str | StringEqualOperators | Unset = UNSET
    till: datetime.datetime | DatetimeEqualOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        action: dict[str, Any] | str
        if isinstance(self.action, StringEqualOperators):
            action = self.action.to_dict()
        else:
            action = self.action

        item_id: dict[str, Any] | str
        if isinstance(self.item_id, UuidEqualOperators):
            item_id = self.item_id.to_dict()
        else:
            item_id = str(self.item_id)

        order_id: dict[str, Any] | str
        if isinstance(self.order_id, UuidEqualOperators):
            order_id = self.order_id.to_dict()
        else:
            order_id = str(self.order_id)

        from_: dict[str, Any] | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, DatetimeEqualOperators):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_.isoformat().replace("+00:00", "Z")

        location_id: dict[str, Any] | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        elif isinstance(self.location_id, UuidEqualOperators):
            location_id = self.location_id.to_dict()
        else:
            location_id = str(self.location_id)

        q: dict[str, Any] | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        elif isinstance(self.q, StringEqualOperators):
            q = self.q.to_dict()
        else:
            q = self.q

        status: dict[str, Any] | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, StringEqualOperators):
            status = self.status.to_dict()
        else:
            status = self.status

        till: dict[str, Any] | str | Unset
        if isinstance(self.till, Unset):
            till = UNSET
        elif isinstance(self.till, DatetimeEqualOperators):
            till = self.till.to_dict()
        else:
            till = self.till.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "item_id": item_id,
                "order_id": order_id,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if q is not UNSET:
            field_dict["q"] = q
        if status is not UNSET:
            field_dict["status"] = status
        if till is not UNSET:
            field_dict["till"] = till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (StockItemSuggestionFilter)", src_dict)
        d = dict(src_dict)

        def _parse_action(data: object) -> str | StringEqualOperators:
            choice: Choice[str | StringEqualOperators] = Choice()
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
            action = _parse_action(d.pop("action", UNSET))
        except FieldError as field__error:
            field__error.segments.append("action")
            raise

        def _parse_item_id(data: object) -> UUID | UuidEqualOperators:
            choice: Choice[UUID | UuidEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_equal_condition_type_0 = UuidEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_equal_condition_type_0):
                            return componentsschemas_uuid_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_equal_condition_type_1 = data
                        try:
                            componentsschemas_uuid_equal_condition_type_1 = UUID(
                                _componentsschemas_uuid_equal_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "UUID", _componentsschemas_uuid_equal_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_uuid_equal_condition_type_1):
                            return componentsschemas_uuid_equal_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidEqualOperators), UUID string", data)

        try:
            item_id = _parse_item_id(d.pop("item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("item_id")
            raise

        def _parse_order_id(data: object) -> UUID | UuidEqualOperators:
            choice: Choice[UUID | UuidEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_equal_condition_type_0 = UuidEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_equal_condition_type_0):
                            return componentsschemas_uuid_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_equal_condition_type_1 = data
                        try:
                            componentsschemas_uuid_equal_condition_type_1 = UUID(
                                _componentsschemas_uuid_equal_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "UUID", _componentsschemas_uuid_equal_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_uuid_equal_condition_type_1):
                            return componentsschemas_uuid_equal_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidEqualOperators), UUID string", data)

        try:
            order_id = _parse_order_id(d.pop("order_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_id")
            raise

        def _parse_from_(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_equal_condition_type_0 = DatetimeEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_equal_condition_type_0):
                            return componentsschemas_datetime_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_equal_condition_type_1 = data
                        try:
                            componentsschemas_datetime_equal_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_equal_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_equal_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_equal_condition_type_1):
                            return componentsschemas_datetime_equal_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeEqualOperators), date-time string", data)

        try:
            from_ = _parse_from_(d.pop("from", UNSET))
        except FieldError as field__error:
            field__error.segments.append("from")
            raise

        def _parse_location_id(data: object) -> Unset | UUID | UuidEqualOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_equal_condition_type_0 = UuidEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_equal_condition_type_0):
                            return componentsschemas_uuid_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_equal_condition_type_1 = data
                        try:
                            componentsschemas_uuid_equal_condition_type_1 = UUID(
                                _componentsschemas_uuid_equal_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "UUID", _componentsschemas_uuid_equal_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_uuid_equal_condition_type_1):
                            return componentsschemas_uuid_equal_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidEqualOperators), UUID string", data)

        try:
            location_id = _parse_location_id(d.pop("location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("location_id")
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

        def _parse_status(data: object) -> str | StringEqualOperators | Unset:
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
            status = _parse_status(d.pop("status", UNSET))
        except FieldError as field__error:
            field__error.segments.append("status")
            raise

        def _parse_till(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_equal_condition_type_0 = DatetimeEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_equal_condition_type_0):
                            return componentsschemas_datetime_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_equal_condition_type_1 = data
                        try:
                            componentsschemas_datetime_equal_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_equal_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_equal_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_equal_condition_type_1):
                            return componentsschemas_datetime_equal_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeEqualOperators), date-time string", data)

        try:
            till = _parse_till(d.pop("till", UNSET))
        except FieldError as field__error:
            field__error.segments.append("till")
            raise

        stock_item_suggestion_filter = cls(
            action=action,
            item_id=item_id,
            order_id=order_id,
            from_=from_,
            location_id=location_id,
            q=q,
            status=status,
            till=till,
        )

        if d:
            raise FieldError(
                "no such property (StockItemSuggestionFilter allows no others)", None, next(iter(d)), found="one"
            )
        return stock_item_suggestion_filter
