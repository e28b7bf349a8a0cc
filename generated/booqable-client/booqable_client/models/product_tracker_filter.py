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
    from ..models.datetime_operators import DatetimeOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.string_operators import StringOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, DatetimeOperators, IntegerOperators, StringEqualOperators, StringOperators, UuidOperators  # noqa: PLW0603
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.string_operators import StringOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="ProductTrackerFilter")


@_attrs_define
class ProductTrackerFilter:
    """Filters for product trackers: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            employee_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            order_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            product_group_id (list[str] | str | StringEqualOperators | Unset): A filter that takes several values:
                operators, one value, or several repeated as `filter[<attribute>][]=<value>`, as the examples send them.
            product_id (str | StringOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            quantity (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
    """

    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    employee_id: Unset | UUID | UuidOperators = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    order_id: Unset | UUID | UuidOperators = UNSET
    product_group_id: list[str] | str | StringEqualOperators | Unset = UNSET
    product_id: str | StringOperators | Unset = UNSET
    quantity: int | IntegerOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        employee_id: dict[str, Any] | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UuidOperators):
            employee_id = self.employee_id.to_dict()
        else:
            employee_id = str(self.employee_id)

        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        order_id: dict[str, Any] | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UuidOperators):
            order_id = self.order_id.to_dict()
        else:
            order_id = str(self.order_id)

        product_group_id: dict[str, Any] | list[str] | str | Unset
        if isinstance(self.product_group_id, Unset):
            product_group_id = UNSET
        elif isinstance(self.product_group_id, StringEqualOperators):
            product_group_id = self.product_group_id.to_dict()
        elif isinstance(self.product_group_id, list):
            product_group_id = self.product_group_id

        else:
            product_group_id = self.product_group_id

        product_id: dict[str, Any] | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        elif isinstance(self.product_id, StringOperators):
            product_id = self.product_id.to_dict()
        else:
            product_id = self.product_id

        quantity: dict[str, Any] | int | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        elif isinstance(self.quantity, IntegerOperators):
            quantity = self.quantity.to_dict()
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if id is not UNSET:
            field_dict["id"] = id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ProductTrackerFilter)", src_dict)
        d = dict(src_dict)

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

        def _parse_employee_id(data: object) -> Unset | UUID | UuidOperators:
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
            employee_id = _parse_employee_id(d.pop("employee_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("employee_id")
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

        def _parse_order_id(data: object) -> Unset | UUID | UuidOperators:
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
            order_id = _parse_order_id(d.pop("order_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_id")
            raise

        def _parse_product_group_id(data: object) -> list[str] | str | StringEqualOperators | Unset:
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
            product_group_id = _parse_product_group_id(d.pop("product_group_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("product_group_id")
            raise

        def _parse_product_id(data: object) -> str | StringOperators | Unset:
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
            product_id = _parse_product_id(d.pop("product_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("product_id")
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

        product_tracker_filter = cls(
            created_at=created_at,
            employee_id=employee_id,
            id=id,
            order_id=order_id,
            product_group_id=product_group_id,
            product_id=product_id,
            quantity=quantity,
        )

        if d:
            raise FieldError(
                "no such property (ProductTrackerFilter allows no others)", None, next(iter(d)), found="one"
            )
        return product_tracker_filter
