from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_operators import DatetimeOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.string_operators import StringOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, DatetimeOperators, IntegerOperators, StringEqualOperators, StringOperators, TextOperators, UuidOperators  # noqa: PLW0603
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.string_operators import StringOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="PaymentFilter")


@_attrs_define
class PaymentFilter:
    """Filters for payments: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            amount_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            canceled_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            cart_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            currency (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            customer_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            deposit_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            employee_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            expired_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            failed_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            order_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            provider (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            provider_id (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            provider_link (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            provider_method (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            provider_secret (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            succeeded_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            total_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            type_ (str | StringOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    amount_in_cents: int | IntegerOperators | Unset = UNSET
    canceled_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    cart_id: Unset | UUID | UuidOperators = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    currency: str | TextOperators | Unset = UNSET
    customer_id: Unset | UUID | UuidOperators = UNSET
    deposit_in_cents: int | IntegerOperators | Unset = UNSET
    employee_id: Unset | UUID | UuidOperators = UNSET
    expired_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    failed_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    order_id: Unset | UUID | UuidOperators = UNSET
    provider: str | StringEqualOperators | Unset = UNSET
    provider_id: str | TextOperators | Unset = UNSET
    provider_link: str | TextOperators | Unset = UNSET
    provider_method: str | TextOperators | Unset = UNSET
    provider_secret: str | TextOperators | Unset = UNSET
    succeeded_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    total_in_cents: int | IntegerOperators | Unset = UNSET
    type_: str | StringOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        amount_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.amount_in_cents, Unset):
            amount_in_cents = UNSET
        elif isinstance(self.amount_in_cents, IntegerOperators):
            amount_in_cents = self.amount_in_cents.to_dict()
        else:
            amount_in_cents = self.amount_in_cents

        canceled_at: dict[str, Any] | str | Unset
        if isinstance(self.canceled_at, Unset):
            canceled_at = UNSET
        elif isinstance(self.canceled_at, DatetimeOperators):
            canceled_at = self.canceled_at.to_dict()
        else:
            canceled_at = self.canceled_at.isoformat().replace("+00:00", "Z")

        cart_id: dict[str, Any] | str | Unset
        if isinstance(self.cart_id, Unset):
            cart_id = UNSET
        elif isinstance(self.cart_id, UuidOperators):
            cart_id = self.cart_id.to_dict()
        else:
            cart_id = str(self.cart_id)

        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        currency: dict[str, Any] | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, TextOperators):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        customer_id: dict[str, Any] | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UuidOperators):
            customer_id = self.customer_id.to_dict()
        else:
            customer_id = str(self.customer_id)

        deposit_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.deposit_in_cents, Unset):
            deposit_in_cents = UNSET
        elif isinstance(self.deposit_in_cents, IntegerOperators):
            deposit_in_cents = self.deposit_in_cents.to_dict()
        else:
            deposit_in_cents = self.deposit_in_cents

        employee_id: dict[str, Any] | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UuidOperators):
            employee_id = self.employee_id.to_dict()
        else:
            employee_id = str(self.employee_id)

        expired_at: dict[str, Any] | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        elif isinstance(self.expired_at, DatetimeOperators):
            expired_at = self.expired_at.to_dict()
        else:
            expired_at = self.expired_at.isoformat().replace("+00:00", "Z")

        failed_at: dict[str, Any] | str | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        elif isinstance(self.failed_at, DatetimeOperators):
            failed_at = self.failed_at.to_dict()
        else:
            failed_at = self.failed_at.isoformat().replace("+00:00", "Z")

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

        provider: dict[str, Any] | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, StringEqualOperators):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        provider_id: dict[str, Any] | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        elif isinstance(self.provider_id, TextOperators):
            provider_id = self.provider_id.to_dict()
        else:
            provider_id = self.provider_id

        provider_link: dict[str, Any] | str | Unset
        if isinstance(self.provider_link, Unset):
            provider_link = UNSET
        elif isinstance(self.provider_link, TextOperators):
            provider_link = self.provider_link.to_dict()
        else:
            provider_link = self.provider_link

        provider_method: dict[str, Any] | str | Unset
        if isinstance(self.provider_method, Unset):
            provider_method = UNSET
        elif isinstance(self.provider_method, TextOperators):
            provider_method = self.provider_method.to_dict()
        else:
            provider_method = self.provider_method

        provider_secret: dict[str, Any] | str | Unset
        if isinstance(self.provider_secret, Unset):
            provider_secret = UNSET
        elif isinstance(self.provider_secret, TextOperators):
            provider_secret = self.provider_secret.to_dict()
        else:
            provider_secret = self.provider_secret

        succeeded_at: dict[str, Any] | str | Unset
        if isinstance(self.succeeded_at, Unset):
            succeeded_at = UNSET
        elif isinstance(self.succeeded_at, DatetimeOperators):
            succeeded_at = self.succeeded_at.to_dict()
        else:
            succeeded_at = self.succeeded_at.isoformat().replace("+00:00", "Z")

        total_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.total_in_cents, Unset):
            total_in_cents = UNSET
        elif isinstance(self.total_in_cents, IntegerOperators):
            total_in_cents = self.total_in_cents.to_dict()
        else:
            total_in_cents = self.total_in_cents

        type_: dict[str, Any] | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, StringOperators):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if amount_in_cents is not UNSET:
            field_dict["amount_in_cents"] = amount_in_cents
        if canceled_at is not UNSET:
            field_dict["canceled_at"] = canceled_at
        if cart_id is not UNSET:
            field_dict["cart_id"] = cart_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if id is not UNSET:
            field_dict["id"] = id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if provider_link is not UNSET:
            field_dict["provider_link"] = provider_link
        if provider_method is not UNSET:
            field_dict["provider_method"] = provider_method
        if provider_secret is not UNSET:
            field_dict["provider_secret"] = provider_secret
        if succeeded_at is not UNSET:
            field_dict["succeeded_at"] = succeeded_at
        if total_in_cents is not UNSET:
            field_dict["total_in_cents"] = total_in_cents
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PaymentFilter)", src_dict)
        d = dict(src_dict)

        def _parse_amount_in_cents(data: object) -> int | IntegerOperators | Unset:
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
            amount_in_cents = _parse_amount_in_cents(d.pop("amount_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("amount_in_cents")
            raise

        def _parse_canceled_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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
            canceled_at = _parse_canceled_at(d.pop("canceled_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("canceled_at")
            raise

        def _parse_cart_id(data: object) -> Unset | UUID | UuidOperators:
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
            cart_id = _parse_cart_id(d.pop("cart_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("cart_id")
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

        def _parse_currency(data: object) -> str | TextOperators | Unset:
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
            currency = _parse_currency(d.pop("currency", UNSET))
        except FieldError as field__error:
            field__error.segments.append("currency")
            raise

        def _parse_customer_id(data: object) -> Unset | UUID | UuidOperators:
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
            customer_id = _parse_customer_id(d.pop("customer_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("customer_id")
            raise

        def _parse_deposit_in_cents(data: object) -> int | IntegerOperators | Unset:
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
            deposit_in_cents = _parse_deposit_in_cents(d.pop("deposit_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("deposit_in_cents")
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

        def _parse_expired_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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
            expired_at = _parse_expired_at(d.pop("expired_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("expired_at")
            raise

        def _parse_failed_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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
            failed_at = _parse_failed_at(d.pop("failed_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("failed_at")
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

        def _parse_provider(data: object) -> str | StringEqualOperators | Unset:
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
            provider = _parse_provider(d.pop("provider", UNSET))
        except FieldError as field__error:
            field__error.segments.append("provider")
            raise

        def _parse_provider_id(data: object) -> str | TextOperators | Unset:
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
            provider_id = _parse_provider_id(d.pop("provider_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("provider_id")
            raise

        def _parse_provider_link(data: object) -> str | TextOperators | Unset:
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
            provider_link = _parse_provider_link(d.pop("provider_link", UNSET))
        except FieldError as field__error:
            field__error.segments.append("provider_link")
            raise

        def _parse_provider_method(data: object) -> str | TextOperators | Unset:
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
            provider_method = _parse_provider_method(d.pop("provider_method", UNSET))
        except FieldError as field__error:
            field__error.segments.append("provider_method")
            raise

        def _parse_provider_secret(data: object) -> str | TextOperators | Unset:
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
            provider_secret = _parse_provider_secret(d.pop("provider_secret", UNSET))
        except FieldError as field__error:
            field__error.segments.append("provider_secret")
            raise

        def _parse_succeeded_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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
            succeeded_at = _parse_succeeded_at(d.pop("succeeded_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("succeeded_at")
            raise

        def _parse_total_in_cents(data: object) -> int | IntegerOperators | Unset:
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
            total_in_cents = _parse_total_in_cents(d.pop("total_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("total_in_cents")
            raise

        def _parse_type_(data: object) -> str | StringOperators | Unset:
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
            type_ = _parse_type_(d.pop("type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("type")
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

        payment_filter = cls(
            amount_in_cents=amount_in_cents,
            canceled_at=canceled_at,
            cart_id=cart_id,
            created_at=created_at,
            currency=currency,
            customer_id=customer_id,
            deposit_in_cents=deposit_in_cents,
            employee_id=employee_id,
            expired_at=expired_at,
            failed_at=failed_at,
            id=id,
            order_id=order_id,
            provider=provider,
            provider_id=provider_id,
            provider_link=provider_link,
            provider_method=provider_method,
            provider_secret=provider_secret,
            succeeded_at=succeeded_at,
            total_in_cents=total_in_cents,
            type_=type_,
            updated_at=updated_at,
        )

        if d:
            raise FieldError("no such property (PaymentFilter allows no others)", None, next(iter(d)), found="one")
        return payment_filter
