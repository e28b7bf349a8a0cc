from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integer_equal_operators import IntegerEqualOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.uuid_equal_operators import UuidEqualOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, IntegerEqualOperators, StringEqualOperators, UuidEqualOperators  # noqa: PLW0603
    from ..models.integer_equal_operators import IntegerEqualOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="RefundablePaymentChargeFilter")


@_attrs_define
class RefundablePaymentChargeFilter:
    """Filters for refundable payment charges: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`. `amount_in_cents`, `deposit_in_cents`, `order_id` must be given.

        Attributes:
            amount_in_cents (int | IntegerEqualOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            deposit_in_cents (int | IntegerEqualOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            order_id (str | StringEqualOperators): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            max_refundable_amount_in_cents (int | IntegerEqualOperators | Unset): A filter on one attribute: either an
                object of operators, or a bare value as shorthand for `eq`.
            max_refundable_deposit_in_cents (int | IntegerEqualOperators | Unset): A filter on one attribute: either an
                object of operators, or a bare value as shorthand for `eq`.
            max_refundable_total_in_cents (int | IntegerEqualOperators | Unset): A filter on one attribute: either an object
                of operators, or a bare value as shorthand for `eq`.
            payment_charge_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            position (int | IntegerEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            priority_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
    """

    amount_in_cents: int | IntegerEqualOperators
    deposit_in_cents: int | IntegerEqualOperators
    order_id: str | StringEqualOperators
    max_refundable_amount_in_cents: int | IntegerEqualOperators | Unset = UNSET
    max_refundable_deposit_in_cents: int | IntegerEqualOperators | Unset = UNSET
    max_refundable_total_in_cents: int | IntegerEqualOperators | Unset = UNSET
    payment_charge_id: Unset | UUID | UuidEqualOperators = UNSET
    position: int | IntegerEqualOperators | Unset = UNSET
    priority_type: str | StringEqualOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        amount_in_cents: dict[str, Any] | int
        if isinstance(self.amount_in_cents, IntegerEqualOperators):
            amount_in_cents = self.amount_in_cents.to_dict()
        else:
            amount_in_cents = self.amount_in_cents

        deposit_in_cents: dict[str, Any] | int
        if isinstance(self.deposit_in_cents, IntegerEqualOperators):
            deposit_in_cents = self.deposit_in_cents.to_dict()
        else:
            deposit_in_cents = self.deposit_in_cents

        order_id: dict[str, Any] | str
        if isinstance(self.order_id, StringEqualOperators):
            order_id = self.order_id.to_dict()
        else:
            order_id = self.order_id

        max_refundable_amount_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.max_refundable_amount_in_cents, Unset):
            max_refundable_amount_in_cents = UNSET
        elif isinstance(self.max_refundable_amount_in_cents, IntegerEqualOperators):
            max_refundable_amount_in_cents = self.max_refundable_amount_in_cents.to_dict()
        else:
            max_refundable_amount_in_cents = self.max_refundable_amount_in_cents

        max_refundable_deposit_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.max_refundable_deposit_in_cents, Unset):
            max_refundable_deposit_in_cents = UNSET
        elif isinstance(self.max_refundable_deposit_in_cents, IntegerEqualOperators):
            max_refundable_deposit_in_cents = self.max_refundable_deposit_in_cents.to_dict()
        else:
            max_refundable_deposit_in_cents = self.max_refundable_deposit_in_cents

        max_refundable_total_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.max_refundable_total_in_cents, Unset):
            max_refundable_total_in_cents = UNSET
        elif isinstance(self.max_refundable_total_in_cents, IntegerEqualOperators):
            max_refundable_total_in_cents = self.max_refundable_total_in_cents.to_dict()
        else:
            max_refundable_total_in_cents = self.max_refundable_total_in_cents

        payment_charge_id: dict[str, Any] | str | Unset
        if isinstance(self.payment_charge_id, Unset):
            payment_charge_id = UNSET
        elif isinstance(self.payment_charge_id, UuidEqualOperators):
            payment_charge_id = self.payment_charge_id.to_dict()
        else:
            payment_charge_id = str(self.payment_charge_id)

        position: dict[str, Any] | int | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, IntegerEqualOperators):
            position = self.position.to_dict()
        else:
            position = self.position

        priority_type: dict[str, Any] | str | Unset
        if isinstance(self.priority_type, Unset):
            priority_type = UNSET
        elif isinstance(self.priority_type, StringEqualOperators):
            priority_type = self.priority_type.to_dict()
        else:
            priority_type = self.priority_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount_in_cents": amount_in_cents,
                "deposit_in_cents": deposit_in_cents,
                "order_id": order_id,
            }
        )
        if max_refundable_amount_in_cents is not UNSET:
            field_dict["max_refundable_amount_in_cents"] = max_refundable_amount_in_cents
        if max_refundable_deposit_in_cents is not UNSET:
            field_dict["max_refundable_deposit_in_cents"] = max_refundable_deposit_in_cents
        if max_refundable_total_in_cents is not UNSET:
            field_dict["max_refundable_total_in_cents"] = max_refundable_total_in_cents
        if payment_charge_id is not UNSET:
            field_dict["payment_charge_id"] = payment_charge_id
        if position is not UNSET:
            field_dict["position"] = position
        if priority_type is not UNSET:
            field_dict["priority_type"] = priority_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (RefundablePaymentChargeFilter)", src_dict)
        d = dict(src_dict)

        def _parse_amount_in_cents(data: object) -> int | IntegerEqualOperators:
            choice: Choice[int | IntegerEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_equal_condition_type_0 = IntegerEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_equal_condition_type_0):
                            return componentsschemas_integer_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerEqualOperators), integer", data)

        try:
            amount_in_cents = _parse_amount_in_cents(d.pop("amount_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("amount_in_cents")
            raise

        def _parse_deposit_in_cents(data: object) -> int | IntegerEqualOperators:
            choice: Choice[int | IntegerEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_equal_condition_type_0 = IntegerEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_equal_condition_type_0):
                            return componentsschemas_integer_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerEqualOperators), integer", data)

        try:
            deposit_in_cents = _parse_deposit_in_cents(d.pop("deposit_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("deposit_in_cents")
            raise

        def _parse_order_id(data: object) -> str | StringEqualOperators:
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
            order_id = _parse_order_id(d.pop("order_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_id")
            raise

        def _parse_max_refundable_amount_in_cents(data: object) -> int | IntegerEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_equal_condition_type_0 = IntegerEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_equal_condition_type_0):
                            return componentsschemas_integer_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerEqualOperators), integer", data)

        try:
            max_refundable_amount_in_cents = _parse_max_refundable_amount_in_cents(
                d.pop("max_refundable_amount_in_cents", UNSET)
            )
        except FieldError as field__error:
            field__error.segments.append("max_refundable_amount_in_cents")
            raise

        def _parse_max_refundable_deposit_in_cents(data: object) -> int | IntegerEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_equal_condition_type_0 = IntegerEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_equal_condition_type_0):
                            return componentsschemas_integer_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerEqualOperators), integer", data)

        try:
            max_refundable_deposit_in_cents = _parse_max_refundable_deposit_in_cents(
                d.pop("max_refundable_deposit_in_cents", UNSET)
            )
        except FieldError as field__error:
            field__error.segments.append("max_refundable_deposit_in_cents")
            raise

        def _parse_max_refundable_total_in_cents(data: object) -> int | IntegerEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_equal_condition_type_0 = IntegerEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_equal_condition_type_0):
                            return componentsschemas_integer_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerEqualOperators), integer", data)

        try:
            max_refundable_total_in_cents = _parse_max_refundable_total_in_cents(
                d.pop("max_refundable_total_in_cents", UNSET)
            )
        except FieldError as field__error:
            field__error.segments.append("max_refundable_total_in_cents")
            raise

        def _parse_payment_charge_id(data: object) -> Unset | UUID | UuidEqualOperators:
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
            payment_charge_id = _parse_payment_charge_id(d.pop("payment_charge_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("payment_charge_id")
            raise

        def _parse_position(data: object) -> int | IntegerEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_equal_condition_type_0 = IntegerEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_equal_condition_type_0):
                            return componentsschemas_integer_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerEqualOperators), integer", data)

        try:
            position = _parse_position(d.pop("position", UNSET))
        except FieldError as field__error:
            field__error.segments.append("position")
            raise

        def _parse_priority_type(data: object) -> str | StringEqualOperators | Unset:
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
            priority_type = _parse_priority_type(d.pop("priority_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("priority_type")
            raise

        refundable_payment_charge_filter = cls(
            amount_in_cents=amount_in_cents,
            deposit_in_cents=deposit_in_cents,
            order_id=order_id,
            max_refundable_amount_in_cents=max_refundable_amount_in_cents,
            max_refundable_deposit_in_cents=max_refundable_deposit_in_cents,
            max_refundable_total_in_cents=max_refundable_total_in_cents,
            payment_charge_id=payment_charge_id,
            position=position,
            priority_type=priority_type,
        )

        if d:
            raise FieldError(
                "no such property (RefundablePaymentChargeFilter allows no others)", None, next(iter(d)), found="one"
            )
        return refundable_payment_charge_filter
