from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.datetime_range_operators import DatetimeRangeOperators
    from ..models.hash_operators import HashOperators
    from ..models.id_operators import IdOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.json_object import JsonObject
    from ..models.number_operators import NumberOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_equal_operators import UuidEqualOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, DatetimeRangeOperators, HashOperators, IdOperators, IntegerOperators, JsonObject, NumberOperators, StringEqualOperators, TextOperators, UuidEqualOperators, UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.datetime_range_operators import DatetimeRangeOperators  # noqa: PLC0415
    from ..models.hash_operators import HashOperators  # noqa: PLC0415
    from ..models.id_operators import IdOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.json_object import JsonObject  # noqa: PLC0415
    from ..models.number_operators import NumberOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="CustomerFilter")


@_attrs_define
class CustomerFilter:
    """Filters for customers: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            archived (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            archived_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            average_order_value_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            balance_due_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            conditions (HashOperators | JsonObject | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            deposit_type (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            deposit_value (float | NumberOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            discount_percentage (float | NumberOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            email (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            email_marketing_consented (bool | BooleanOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            id (IdOperators | Unset | UUID): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            latest_order_at (datetime.datetime | DatetimeRangeOperators | Unset): A filter on one attribute: either an
                object of operators, or a bare value as shorthand for `eq`.
            legal_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            merge_suggestion_customer_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            number (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            order_count (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            revenue_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            stripe_id (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            tag_list (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            tax_region_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    archived: bool | BooleanOperators | Unset = UNSET
    archived_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    average_order_value_in_cents: int | IntegerOperators | Unset = UNSET
    balance_due_in_cents: int | IntegerOperators | Unset = UNSET
    conditions: HashOperators | JsonObject | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    deposit_type: str | TextOperators | Unset = UNSET
    deposit_value: float | NumberOperators | Unset = UNSET
    discount_percentage: float | NumberOperators | Unset = UNSET
    email: str | TextOperators | Unset = UNSET
    email_marketing_consented: bool | BooleanOperators | Unset = UNSET
    id: IdOperators | Unset | UUID = UNSET
    latest_order_at: datetime.datetime | DatetimeRangeOperators | Unset = UNSET
    legal_type: str | StringEqualOperators | Unset = UNSET
    merge_suggestion_customer_id: Unset | UUID | UuidOperators = UNSET
    name: str | TextOperators | Unset = UNSET
    number: int | IntegerOperators | Unset = UNSET
    order_count: int | IntegerOperators | Unset = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    revenue_in_cents: int | IntegerOperators | Unset = UNSET
    stripe_id: str | TextOperators | Unset = UNSET
    tag_list: str | StringEqualOperators | Unset = UNSET
    tax_region_id: Unset | UUID | UuidEqualOperators = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
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

        average_order_value_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.average_order_value_in_cents, Unset):
            average_order_value_in_cents = UNSET
        elif isinstance(self.average_order_value_in_cents, IntegerOperators):
            average_order_value_in_cents = self.average_order_value_in_cents.to_dict()
        else:
            average_order_value_in_cents = self.average_order_value_in_cents

        balance_due_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.balance_due_in_cents, Unset):
            balance_due_in_cents = UNSET
        elif isinstance(self.balance_due_in_cents, IntegerOperators):
            balance_due_in_cents = self.balance_due_in_cents.to_dict()
        else:
            balance_due_in_cents = self.balance_due_in_cents

        conditions: dict[str, Any] | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, HashOperators):
            conditions = self.conditions.to_dict()
        else:
            conditions = self.conditions.to_dict()

        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        deposit_type: dict[str, Any] | str | Unset
        if isinstance(self.deposit_type, Unset):
            deposit_type = UNSET
        elif isinstance(self.deposit_type, TextOperators):
            deposit_type = self.deposit_type.to_dict()
        else:
            deposit_type = self.deposit_type

        deposit_value: dict[str, Any] | float | Unset
        if isinstance(self.deposit_value, Unset):
            deposit_value = UNSET
        elif isinstance(self.deposit_value, NumberOperators):
            deposit_value = self.deposit_value.to_dict()
        else:
            deposit_value = self.deposit_value

        discount_percentage: dict[str, Any] | float | Unset
        if isinstance(self.discount_percentage, Unset):
            discount_percentage = UNSET
        elif isinstance(self.discount_percentage, NumberOperators):
            discount_percentage = self.discount_percentage.to_dict()
        else:
            discount_percentage = self.discount_percentage

        email: dict[str, Any] | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        elif isinstance(self.email, TextOperators):
            email = self.email.to_dict()
        else:
            email = self.email

        email_marketing_consented: bool | dict[str, Any] | Unset
        if isinstance(self.email_marketing_consented, Unset):
            email_marketing_consented = UNSET
        elif isinstance(self.email_marketing_consented, BooleanOperators):
            email_marketing_consented = self.email_marketing_consented.to_dict()
        else:
            email_marketing_consented = self.email_marketing_consented

        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, IdOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        latest_order_at: dict[str, Any] | str | Unset
        if isinstance(self.latest_order_at, Unset):
            latest_order_at = UNSET
        elif isinstance(self.latest_order_at, DatetimeRangeOperators):
            latest_order_at = self.latest_order_at.to_dict()
        else:
            latest_order_at = self.latest_order_at.isoformat().replace("+00:00", "Z")

        legal_type: dict[str, Any] | str | Unset
        if isinstance(self.legal_type, Unset):
            legal_type = UNSET
        elif isinstance(self.legal_type, StringEqualOperators):
            legal_type = self.legal_type.to_dict()
        else:
            legal_type = self.legal_type

        merge_suggestion_customer_id: dict[str, Any] | str | Unset
        if isinstance(self.merge_suggestion_customer_id, Unset):
            merge_suggestion_customer_id = UNSET
        elif isinstance(self.merge_suggestion_customer_id, UuidOperators):
            merge_suggestion_customer_id = self.merge_suggestion_customer_id.to_dict()
        else:
            merge_suggestion_customer_id = str(self.merge_suggestion_customer_id)

        name: dict[str, Any] | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TextOperators):
            name = self.name.to_dict()
        else:
            name = self.name

        number: dict[str, Any] | int | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        elif isinstance(self.number, IntegerOperators):
            number = self.number.to_dict()
        else:
            number = self.number

        order_count: dict[str, Any] | int | Unset
        if isinstance(self.order_count, Unset):
            order_count = UNSET
        elif isinstance(self.order_count, IntegerOperators):
            order_count = self.order_count.to_dict()
        else:
            order_count = self.order_count

        q: dict[str, Any] | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        elif isinstance(self.q, StringEqualOperators):
            q = self.q.to_dict()
        else:
            q = self.q

        revenue_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.revenue_in_cents, Unset):
            revenue_in_cents = UNSET
        elif isinstance(self.revenue_in_cents, IntegerOperators):
            revenue_in_cents = self.revenue_in_cents.to_dict()
        else:
            revenue_in_cents = self.revenue_in_cents

        stripe_id: dict[str, Any] | str | Unset
        if isinstance(self.stripe_id, Unset):
            stripe_id = UNSET
        elif isinstance(self.stripe_id, TextOperators):
            stripe_id = self.stripe_id.to_dict()
        else:
            stripe_id = self.stripe_id

        tag_list: dict[str, Any] | str | Unset
        if isinstance(self.tag_list, Unset):
            tag_list = UNSET
        elif isinstance(self.tag_list, StringEqualOperators):
            tag_list = self.tag_list.to_dict()
        else:
            tag_list = self.tag_list

        tax_region_id: dict[str, Any] | str | Unset
        if isinstance(self.tax_region_id, Unset):
            tax_region_id = UNSET
        elif isinstance(self.tax_region_id, UuidEqualOperators):
            tax_region_id = self.tax_region_id.to_dict()
        else:
            tax_region_id = str(self.tax_region_id)

        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if archived is not UNSET:
            field_dict["archived"] = archived
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if average_order_value_in_cents is not UNSET:
            field_dict["average_order_value_in_cents"] = average_order_value_in_cents
        if balance_due_in_cents is not UNSET:
            field_dict["balance_due_in_cents"] = balance_due_in_cents
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type
        if deposit_value is not UNSET:
            field_dict["deposit_value"] = deposit_value
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        if email is not UNSET:
            field_dict["email"] = email
        if email_marketing_consented is not UNSET:
            field_dict["email_marketing_consented"] = email_marketing_consented
        if id is not UNSET:
            field_dict["id"] = id
        if latest_order_at is not UNSET:
            field_dict["latest_order_at"] = latest_order_at
        if legal_type is not UNSET:
            field_dict["legal_type"] = legal_type
        if merge_suggestion_customer_id is not UNSET:
            field_dict["merge_suggestion_customer_id"] = merge_suggestion_customer_id
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if order_count is not UNSET:
            field_dict["order_count"] = order_count
        if q is not UNSET:
            field_dict["q"] = q
        if revenue_in_cents is not UNSET:
            field_dict["revenue_in_cents"] = revenue_in_cents
        if stripe_id is not UNSET:
            field_dict["stripe_id"] = stripe_id
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if tax_region_id is not UNSET:
            field_dict["tax_region_id"] = tax_region_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CustomerFilter)", src_dict)
        d = dict(src_dict)

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

        def _parse_average_order_value_in_cents(data: object) -> int | IntegerOperators | Unset:
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
            average_order_value_in_cents = _parse_average_order_value_in_cents(
                d.pop("average_order_value_in_cents", UNSET)
            )
        except FieldError as field__error:
            field__error.segments.append("average_order_value_in_cents")
            raise

        def _parse_balance_due_in_cents(data: object) -> int | IntegerOperators | Unset:
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
            balance_due_in_cents = _parse_balance_due_in_cents(d.pop("balance_due_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("balance_due_in_cents")
            raise

        def _parse_conditions(data: object) -> HashOperators | JsonObject | Unset:
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
            conditions = _parse_conditions(d.pop("conditions", UNSET))
        except FieldError as field__error:
            field__error.segments.append("conditions")
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

        def _parse_deposit_type(data: object) -> str | TextOperators | Unset:
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
            deposit_type = _parse_deposit_type(d.pop("deposit_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("deposit_type")
            raise

        def _parse_deposit_value(data: object) -> float | NumberOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[float | NumberOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_number_condition_type_0 = NumberOperators.from_dict(data)

                        if choice.take(componentsschemas_number_condition_type_0):
                            return componentsschemas_number_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, float) or (isinstance(data, int) and data is not True and data is not False):
                    return data
            return choice.result("one of object (NumberOperators), number", data)

        try:
            deposit_value = _parse_deposit_value(d.pop("deposit_value", UNSET))
        except FieldError as field__error:
            field__error.segments.append("deposit_value")
            raise

        def _parse_discount_percentage(data: object) -> float | NumberOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[float | NumberOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_number_condition_type_0 = NumberOperators.from_dict(data)

                        if choice.take(componentsschemas_number_condition_type_0):
                            return componentsschemas_number_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, float) or (isinstance(data, int) and data is not True and data is not False):
                    return data
            return choice.result("one of object (NumberOperators), number", data)

        try:
            discount_percentage = _parse_discount_percentage(d.pop("discount_percentage", UNSET))
        except FieldError as field__error:
            field__error.segments.append("discount_percentage")
            raise

        def _parse_email(data: object) -> str | TextOperators | Unset:
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
            email = _parse_email(d.pop("email", UNSET))
        except FieldError as field__error:
            field__error.segments.append("email")
            raise

        def _parse_email_marketing_consented(data: object) -> bool | BooleanOperators | Unset:
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
            email_marketing_consented = _parse_email_marketing_consented(d.pop("email_marketing_consented", UNSET))
        except FieldError as field__error:
            field__error.segments.append("email_marketing_consented")
            raise

        def _parse_id(data: object) -> IdOperators | Unset | UUID:
            if isinstance(data, Unset):
                return data
            choice: Choice[IdOperators | Unset | UUID] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_id_condition_type_0 = IdOperators.from_dict(data)

                        if choice.take(componentsschemas_id_condition_type_0):
                            return componentsschemas_id_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_id_condition_type_1 = data
                        try:
                            componentsschemas_id_condition_type_1 = UUID(_componentsschemas_id_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_id_condition_type_1) from None

                        if choice.take(componentsschemas_id_condition_type_1):
                            return componentsschemas_id_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (IdOperators), UUID string", data)

        try:
            id = _parse_id(d.pop("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        def _parse_latest_order_at(data: object) -> datetime.datetime | DatetimeRangeOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeRangeOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_range_condition_type_0 = DatetimeRangeOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_range_condition_type_0):
                            return componentsschemas_datetime_range_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_range_condition_type_1 = data
                        try:
                            componentsschemas_datetime_range_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_range_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_range_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_range_condition_type_1):
                            return componentsschemas_datetime_range_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeRangeOperators), date-time string", data)

        try:
            latest_order_at = _parse_latest_order_at(d.pop("latest_order_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("latest_order_at")
            raise

        def _parse_legal_type(data: object) -> str | StringEqualOperators | Unset:
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
            legal_type = _parse_legal_type(d.pop("legal_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("legal_type")
            raise

        def _parse_merge_suggestion_customer_id(data: object) -> Unset | UUID | UuidOperators:
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
            merge_suggestion_customer_id = _parse_merge_suggestion_customer_id(
                d.pop("merge_suggestion_customer_id", UNSET)
            )
        except FieldError as field__error:
            field__error.segments.append("merge_suggestion_customer_id")
            raise

        def _parse_name(data: object) -> str | TextOperators | Unset:
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
            name = _parse_name(d.pop("name", UNSET))
        except FieldError as field__error:
            field__error.segments.append("name")
            raise

        def _parse_number(data: object) -> int | IntegerOperators | Unset:
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
            number = _parse_number(d.pop("number", UNSET))
        except FieldError as field__error:
            field__error.segments.append("number")
            raise

        def _parse_order_count(data: object) -> int | IntegerOperators | Unset:
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
            order_count = _parse_order_count(d.pop("order_count", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_count")
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

        def _parse_revenue_in_cents(data: object) -> int | IntegerOperators | Unset:
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
            revenue_in_cents = _parse_revenue_in_cents(d.pop("revenue_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("revenue_in_cents")
            raise

        def _parse_stripe_id(data: object) -> str | TextOperators | Unset:
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
            stripe_id = _parse_stripe_id(d.pop("stripe_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stripe_id")
            raise

        def _parse_tag_list(data: object) -> str | StringEqualOperators | Unset:
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
            tag_list = _parse_tag_list(d.pop("tag_list", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tag_list")
            raise

        def _parse_tax_region_id(data: object) -> Unset | UUID | UuidEqualOperators:
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
            tax_region_id = _parse_tax_region_id(d.pop("tax_region_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tax_region_id")
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

        customer_filter = cls(
            archived=archived,
            archived_at=archived_at,
            average_order_value_in_cents=average_order_value_in_cents,
            balance_due_in_cents=balance_due_in_cents,
            conditions=conditions,
            created_at=created_at,
            deposit_type=deposit_type,
            deposit_value=deposit_value,
            discount_percentage=discount_percentage,
            email=email,
            email_marketing_consented=email_marketing_consented,
            id=id,
            latest_order_at=latest_order_at,
            legal_type=legal_type,
            merge_suggestion_customer_id=merge_suggestion_customer_id,
            name=name,
            number=number,
            order_count=order_count,
            q=q,
            revenue_in_cents=revenue_in_cents,
            stripe_id=stripe_id,
            tag_list=tag_list,
            tax_region_id=tax_region_id,
            updated_at=updated_at,
        )

        if d:
            raise FieldError("no such property (CustomerFilter allows no others)", None, next(iter(d)), found="one")
        return customer_filter
