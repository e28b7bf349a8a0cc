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
    from ..models.uuid_equal_operators import UuidEqualOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, DatetimeEqualOperators, UuidEqualOperators  # noqa: PLW0603
    from ..models.datetime_equal_operators import DatetimeEqualOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="InventoryLevelFilter")


@_attrs_define
class InventoryLevelFilter:
    """Filters for inventory levels: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`. `from`, `till` must be given.

        Attributes:
            from_ (datetime.datetime | DatetimeEqualOperators): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            till (datetime.datetime | DatetimeEqualOperators): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            item_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            location_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            order_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
    """

    from_: datetime.datetime | DatetimeEqualOperators
    till: datetime.datetime | DatetimeEqualOperators
    item_id: Unset | UUID | UuidEqualOperators = UNSET
    location_id: Unset | UUID | UuidEqualOperators = UNSET
    order_id: Unset | UUID | UuidEqualOperators = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        from_: dict[str, Any] | str
        if isinstance(self.from_, DatetimeEqualOperators):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_.isoformat().replace("+00:00", "Z")

        till: dict[str, Any] | str
        if isinstance(self.till, DatetimeEqualOperators):
            till = self.till.to_dict()
        else:
            till = self.till.isoformat().replace("+00:00", "Z")

        item_id: dict[str, Any] | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        elif isinstance(self.item_id, UuidEqualOperators):
            item_id = self.item_id.to_dict()
        else:
            item_id = str(self.item_id)

        location_id: dict[str, Any] | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        elif isinstance(self.location_id, UuidEqualOperators):
            location_id = self.location_id.to_dict()
        else:
            location_id = str(self.location_id)

        order_id: dict[str, Any] | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UuidEqualOperators):
            order_id = self.order_id.to_dict()
        else:
            order_id = str(self.order_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from": from_,
                "till": till,
            }
        )
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (InventoryLevelFilter)", src_dict)
        d = dict(src_dict)

        def _parse_from_(data: object) -> datetime.datetime | DatetimeEqualOperators:
            choice: Choice[datetime.datetime | DatetimeEqualOperators] = Choice()
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

        def _parse_till(data: object) -> datetime.datetime | DatetimeEqualOperators:
            choice: Choice[datetime.datetime | DatetimeEqualOperators] = Choice()
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

        def _parse_item_id(data: object) -> Unset | UUID | UuidEqualOperators:
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
            item_id = _parse_item_id(d.pop("item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("item_id")
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

        def _parse_order_id(data: object) -> Unset | UUID | UuidEqualOperators:
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
            order_id = _parse_order_id(d.pop("order_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_id")
            raise

        inventory_level_filter = cls(
            from_=from_,
            till=till,
            item_id=item_id,
            location_id=location_id,
            order_id=order_id,
        )

        if d:
            raise FieldError(
                "no such property (InventoryLevelFilter allows no others)", None, next(iter(d)), found="one"
            )
        return inventory_level_filter
