from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integer_equal_operators import IntegerEqualOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.uuid_equal_operators import UuidEqualOperators

_refs__resolved = False
_from_dict__IntegerEqualOperators: Callable[[Mapping[str, Any]], IntegerEqualOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__UuidEqualOperators: Callable[[Mapping[str, Any]], UuidEqualOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, IntegerEqualOperators, StringEqualOperators, UuidEqualOperators  # noqa: PLW0603
    global _from_dict__IntegerEqualOperators, _from_dict__StringEqualOperators, _from_dict__UuidEqualOperators  # noqa: PLW0603
    from ..models.integer_equal_operators import IntegerEqualOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415

    _from_dict__IntegerEqualOperators = IntegerEqualOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__UuidEqualOperators = UuidEqualOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="RefundablePaymentChargeFilter")


def _parse__payment_charge_id(data: object) -> Unset | UUID | UuidEqualOperators:
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
        field_dict: dict[str, Any] = {}

        amount_in_cents: dict[str, Any] | int
        if isinstance(self.amount_in_cents, IntegerEqualOperators):
            amount_in_cents = self.amount_in_cents.to_dict()
        else:
            amount_in_cents = self.amount_in_cents
        field_dict["amount_in_cents"] = amount_in_cents
        deposit_in_cents: dict[str, Any] | int
        if isinstance(self.deposit_in_cents, IntegerEqualOperators):
            deposit_in_cents = self.deposit_in_cents.to_dict()
        else:
            deposit_in_cents = self.deposit_in_cents
        field_dict["deposit_in_cents"] = deposit_in_cents
        order_id: dict[str, Any] | str
        if isinstance(self.order_id, StringEqualOperators):
            order_id = self.order_id.to_dict()
        else:
            order_id = self.order_id
        field_dict["order_id"] = order_id
        max_refundable_amount_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.max_refundable_amount_in_cents, Unset):
            max_refundable_amount_in_cents = UNSET
        elif isinstance(self.max_refundable_amount_in_cents, IntegerEqualOperators):
            max_refundable_amount_in_cents = self.max_refundable_amount_in_cents.to_dict()
        else:
            max_refundable_amount_in_cents = self.max_refundable_amount_in_cents
        if max_refundable_amount_in_cents is not UNSET:
            field_dict["max_refundable_amount_in_cents"] = max_refundable_amount_in_cents
        max_refundable_deposit_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.max_refundable_deposit_in_cents, Unset):
            max_refundable_deposit_in_cents = UNSET
        elif isinstance(self.max_refundable_deposit_in_cents, IntegerEqualOperators):
            max_refundable_deposit_in_cents = self.max_refundable_deposit_in_cents.to_dict()
        else:
            max_refundable_deposit_in_cents = self.max_refundable_deposit_in_cents
        if max_refundable_deposit_in_cents is not UNSET:
            field_dict["max_refundable_deposit_in_cents"] = max_refundable_deposit_in_cents
        max_refundable_total_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.max_refundable_total_in_cents, Unset):
            max_refundable_total_in_cents = UNSET
        elif isinstance(self.max_refundable_total_in_cents, IntegerEqualOperators):
            max_refundable_total_in_cents = self.max_refundable_total_in_cents.to_dict()
        else:
            max_refundable_total_in_cents = self.max_refundable_total_in_cents
        if max_refundable_total_in_cents is not UNSET:
            field_dict["max_refundable_total_in_cents"] = max_refundable_total_in_cents
        payment_charge_id: dict[str, Any] | str | Unset
        if isinstance(self.payment_charge_id, Unset):
            payment_charge_id = UNSET
        elif isinstance(self.payment_charge_id, UuidEqualOperators):
            payment_charge_id = self.payment_charge_id.to_dict()
        else:
            payment_charge_id = str(self.payment_charge_id)

        if payment_charge_id is not UNSET:
            field_dict["payment_charge_id"] = payment_charge_id
        position: dict[str, Any] | int | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, IntegerEqualOperators):
            position = self.position.to_dict()
        else:
            position = self.position
        if position is not UNSET:
            field_dict["position"] = position
        priority_type: dict[str, Any] | str | Unset
        if isinstance(self.priority_type, Unset):
            priority_type = UNSET
        elif isinstance(self.priority_type, StringEqualOperators):
            priority_type = self.priority_type.to_dict()
        else:
            priority_type = self.priority_type
        if priority_type is not UNSET:
            field_dict["priority_type"] = priority_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (RefundablePaymentChargeFilter)", d)
            d = dict(d)
        n__absent = 0
        _amount_in_cents = d.get("amount_in_cents", UNSET)
        amount_in_cents: int | IntegerEqualOperators
        if isinstance(_amount_in_cents, dict):
            try:
                componentsschemas_integer_equal_condition_type_0 = _from_dict__IntegerEqualOperators(_amount_in_cents)
            except FieldError as field__error:
                field__error.segments.append("amount_in_cents")
                raise

            amount_in_cents = componentsschemas_integer_equal_condition_type_0
        elif isinstance(_amount_in_cents, int) and _amount_in_cents is not True and _amount_in_cents is not False:
            amount_in_cents = _amount_in_cents
        else:
            raise FieldError("one of object (IntegerEqualOperators), integer", _amount_in_cents, "amount_in_cents")

        _deposit_in_cents = d.get("deposit_in_cents", UNSET)
        deposit_in_cents: int | IntegerEqualOperators
        if isinstance(_deposit_in_cents, dict):
            try:
                componentsschemas_integer_equal_condition_type_0 = _from_dict__IntegerEqualOperators(_deposit_in_cents)
            except FieldError as field__error:
                field__error.segments.append("deposit_in_cents")
                raise

            deposit_in_cents = componentsschemas_integer_equal_condition_type_0
        elif isinstance(_deposit_in_cents, int) and _deposit_in_cents is not True and _deposit_in_cents is not False:
            deposit_in_cents = _deposit_in_cents
        else:
            raise FieldError("one of object (IntegerEqualOperators), integer", _deposit_in_cents, "deposit_in_cents")

        _order_id = d.get("order_id", UNSET)
        order_id: str | StringEqualOperators
        if isinstance(_order_id, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_order_id)
            except FieldError as field__error:
                field__error.segments.append("order_id")
                raise

            order_id = componentsschemas_string_equal_condition_type_0
        elif isinstance(_order_id, str):
            order_id = _order_id
        else:
            raise FieldError("one of object (StringEqualOperators), string", _order_id, "order_id")

        _max_refundable_amount_in_cents = d.get("max_refundable_amount_in_cents", UNSET)
        max_refundable_amount_in_cents: int | IntegerEqualOperators | Unset
        if _max_refundable_amount_in_cents is UNSET:
            max_refundable_amount_in_cents = _max_refundable_amount_in_cents
        elif isinstance(_max_refundable_amount_in_cents, dict):
            try:
                componentsschemas_integer_equal_condition_type_0 = _from_dict__IntegerEqualOperators(
                    _max_refundable_amount_in_cents
                )
            except FieldError as field__error:
                field__error.segments.append("max_refundable_amount_in_cents")
                raise

            max_refundable_amount_in_cents = componentsschemas_integer_equal_condition_type_0
        elif (
            isinstance(_max_refundable_amount_in_cents, int)
            and _max_refundable_amount_in_cents is not True
            and _max_refundable_amount_in_cents is not False
        ):
            max_refundable_amount_in_cents = _max_refundable_amount_in_cents
        else:
            raise FieldError(
                "one of object (IntegerEqualOperators), integer",
                _max_refundable_amount_in_cents,
                "max_refundable_amount_in_cents",
            )

        if max_refundable_amount_in_cents is UNSET:
            n__absent += 1

        _max_refundable_deposit_in_cents = d.get("max_refundable_deposit_in_cents", UNSET)
        max_refundable_deposit_in_cents: int | IntegerEqualOperators | Unset
        if _max_refundable_deposit_in_cents is UNSET:
            max_refundable_deposit_in_cents = _max_refundable_deposit_in_cents
        elif isinstance(_max_refundable_deposit_in_cents, dict):
            try:
                componentsschemas_integer_equal_condition_type_0 = _from_dict__IntegerEqualOperators(
                    _max_refundable_deposit_in_cents
                )
            except FieldError as field__error:
                field__error.segments.append("max_refundable_deposit_in_cents")
                raise

            max_refundable_deposit_in_cents = componentsschemas_integer_equal_condition_type_0
        elif (
            isinstance(_max_refundable_deposit_in_cents, int)
            and _max_refundable_deposit_in_cents is not True
            and _max_refundable_deposit_in_cents is not False
        ):
            max_refundable_deposit_in_cents = _max_refundable_deposit_in_cents
        else:
            raise FieldError(
                "one of object (IntegerEqualOperators), integer",
                _max_refundable_deposit_in_cents,
                "max_refundable_deposit_in_cents",
            )

        if max_refundable_deposit_in_cents is UNSET:
            n__absent += 1

        _max_refundable_total_in_cents = d.get("max_refundable_total_in_cents", UNSET)
        max_refundable_total_in_cents: int | IntegerEqualOperators | Unset
        if _max_refundable_total_in_cents is UNSET:
            max_refundable_total_in_cents = _max_refundable_total_in_cents
        elif isinstance(_max_refundable_total_in_cents, dict):
            try:
                componentsschemas_integer_equal_condition_type_0 = _from_dict__IntegerEqualOperators(
                    _max_refundable_total_in_cents
                )
            except FieldError as field__error:
                field__error.segments.append("max_refundable_total_in_cents")
                raise

            max_refundable_total_in_cents = componentsschemas_integer_equal_condition_type_0
        elif (
            isinstance(_max_refundable_total_in_cents, int)
            and _max_refundable_total_in_cents is not True
            and _max_refundable_total_in_cents is not False
        ):
            max_refundable_total_in_cents = _max_refundable_total_in_cents
        else:
            raise FieldError(
                "one of object (IntegerEqualOperators), integer",
                _max_refundable_total_in_cents,
                "max_refundable_total_in_cents",
            )

        if max_refundable_total_in_cents is UNSET:
            n__absent += 1

        try:
            payment_charge_id = _parse__payment_charge_id(d.get("payment_charge_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("payment_charge_id")
            raise

        if payment_charge_id is UNSET:
            n__absent += 1

        _position = d.get("position", UNSET)
        position: int | IntegerEqualOperators | Unset
        if _position is UNSET:
            position = _position
        elif isinstance(_position, dict):
            try:
                componentsschemas_integer_equal_condition_type_0 = _from_dict__IntegerEqualOperators(_position)
            except FieldError as field__error:
                field__error.segments.append("position")
                raise

            position = componentsschemas_integer_equal_condition_type_0
        elif isinstance(_position, int) and _position is not True and _position is not False:
            position = _position
        else:
            raise FieldError("one of object (IntegerEqualOperators), integer", _position, "position")

        if position is UNSET:
            n__absent += 1

        _priority_type = d.get("priority_type", UNSET)
        priority_type: str | StringEqualOperators | Unset
        if _priority_type is UNSET:
            priority_type = _priority_type
        elif isinstance(_priority_type, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_priority_type)
            except FieldError as field__error:
                field__error.segments.append("priority_type")
                raise

            priority_type = componentsschemas_string_equal_condition_type_0
        elif isinstance(_priority_type, str):
            priority_type = _priority_type
        else:
            raise FieldError("one of object (StringEqualOperators), string", _priority_type, "priority_type")

        if priority_type is UNSET:
            n__absent += 1

        if cls is _plain__class:
            refundable_payment_charge_filter = _new__object(cls)
            refundable_payment_charge_filter.amount_in_cents = amount_in_cents
            refundable_payment_charge_filter.deposit_in_cents = deposit_in_cents
            refundable_payment_charge_filter.order_id = order_id
            refundable_payment_charge_filter.max_refundable_amount_in_cents = max_refundable_amount_in_cents
            refundable_payment_charge_filter.max_refundable_deposit_in_cents = max_refundable_deposit_in_cents
            refundable_payment_charge_filter.max_refundable_total_in_cents = max_refundable_total_in_cents
            refundable_payment_charge_filter.payment_charge_id = payment_charge_id
            refundable_payment_charge_filter.position = position
            refundable_payment_charge_filter.priority_type = priority_type
        else:
            refundable_payment_charge_filter = cls(
                amount_in_cents,
                deposit_in_cents,
                order_id,
                max_refundable_amount_in_cents,
                max_refundable_deposit_in_cents,
                max_refundable_total_in_cents,
                payment_charge_id,
                position,
                priority_type,
            )
        if len(d) + n__absent != 9:
            for prop_name in d:
                if prop_name not in {
                    "amount_in_cents",
                    "deposit_in_cents",
                    "order_id",
                    "max_refundable_amount_in_cents",
                    "max_refundable_deposit_in_cents",
                    "max_refundable_total_in_cents",
                    "payment_charge_id",
                    "position",
                    "priority_type",
                }:
                    raise FieldError(
                        "no such property (RefundablePaymentChargeFilter allows no others)",
                        None,
                        prop_name,
                        found="one",
                    )
        return refundable_payment_charge_filter

    __repr__ = _model__repr


_plain__class: type[RefundablePaymentChargeFilter] | None = (
    RefundablePaymentChargeFilter
    if {field.name for field in _attrs_fields(RefundablePaymentChargeFilter)}
    == {
        "amount_in_cents",
        "deposit_in_cents",
        "order_id",
        "max_refundable_amount_in_cents",
        "max_refundable_deposit_in_cents",
        "max_refundable_total_in_cents",
        "payment_charge_id",
        "position",
        "priority_type",
    }
    and not hasattr(RefundablePaymentChargeFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
