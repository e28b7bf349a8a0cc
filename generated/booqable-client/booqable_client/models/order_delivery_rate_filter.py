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
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, DatetimeOperators, IntegerOperators, TextOperators, UuidOperators  # noqa: PLW0603
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="OrderDeliveryRateFilter")


@_attrs_define
class OrderDeliveryRateFilter:
    """Filters for order delivery rates: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            carrier_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            identifier (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            minimum_order_amount_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            price_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            rate_id (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            signed_attributes (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            tax_category_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    carrier_id: Unset | UUID | UuidOperators = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    identifier: str | TextOperators | Unset = UNSET
    minimum_order_amount_in_cents: int | IntegerOperators | Unset = UNSET
    price_in_cents: int | IntegerOperators | Unset = UNSET
    rate_id: str | TextOperators | Unset = UNSET
    signed_attributes: str | TextOperators | Unset = UNSET
    tax_category_id: Unset | UUID | UuidOperators = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        carrier_id: dict[str, Any] | str | Unset
        if isinstance(self.carrier_id, Unset):
            carrier_id = UNSET
        elif isinstance(self.carrier_id, UuidOperators):
            carrier_id = self.carrier_id.to_dict()
        else:
            carrier_id = str(self.carrier_id)

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

        identifier: dict[str, Any] | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        elif isinstance(self.identifier, TextOperators):
            identifier = self.identifier.to_dict()
        else:
            identifier = self.identifier

        minimum_order_amount_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.minimum_order_amount_in_cents, Unset):
            minimum_order_amount_in_cents = UNSET
        elif isinstance(self.minimum_order_amount_in_cents, IntegerOperators):
            minimum_order_amount_in_cents = self.minimum_order_amount_in_cents.to_dict()
        else:
            minimum_order_amount_in_cents = self.minimum_order_amount_in_cents

        price_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.price_in_cents, Unset):
            price_in_cents = UNSET
        elif isinstance(self.price_in_cents, IntegerOperators):
            price_in_cents = self.price_in_cents.to_dict()
        else:
            price_in_cents = self.price_in_cents

        rate_id: dict[str, Any] | str | Unset
        if isinstance(self.rate_id, Unset):
            rate_id = UNSET
        elif isinstance(self.rate_id, TextOperators):
            rate_id = self.rate_id.to_dict()
        else:
            rate_id = self.rate_id

        signed_attributes: dict[str, Any] | str | Unset
        if isinstance(self.signed_attributes, Unset):
            signed_attributes = UNSET
        elif isinstance(self.signed_attributes, TextOperators):
            signed_attributes = self.signed_attributes.to_dict()
        else:
            signed_attributes = self.signed_attributes

        tax_category_id: dict[str, Any] | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        elif isinstance(self.tax_category_id, UuidOperators):
            tax_category_id = self.tax_category_id.to_dict()
        else:
            tax_category_id = str(self.tax_category_id)

        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if carrier_id is not UNSET:
            field_dict["carrier_id"] = carrier_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if minimum_order_amount_in_cents is not UNSET:
            field_dict["minimum_order_amount_in_cents"] = minimum_order_amount_in_cents
        if price_in_cents is not UNSET:
            field_dict["price_in_cents"] = price_in_cents
        if rate_id is not UNSET:
            field_dict["rate_id"] = rate_id
        if signed_attributes is not UNSET:
            field_dict["signed_attributes"] = signed_attributes
        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OrderDeliveryRateFilter)", src_dict)
        d = dict(src_dict)

        def _parse_carrier_id(data: object) -> Unset | UUID | UuidOperators:
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
            carrier_id = _parse_carrier_id(d.pop("carrier_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("carrier_id")
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

        def _parse_price_in_cents(data: object) -> int | IntegerOperators | Unset:
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
            price_in_cents = _parse_price_in_cents(d.pop("price_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("price_in_cents")
            raise

        def _parse_rate_id(data: object) -> str | TextOperators | Unset:
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
            rate_id = _parse_rate_id(d.pop("rate_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("rate_id")
            raise

        def _parse_signed_attributes(data: object) -> str | TextOperators | Unset:
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
            signed_attributes = _parse_signed_attributes(d.pop("signed_attributes", UNSET))
        except FieldError as field__error:
            field__error.segments.append("signed_attributes")
            raise

        def _parse_tax_category_id(data: object) -> Unset | UUID | UuidOperators:
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
            tax_category_id = _parse_tax_category_id(d.pop("tax_category_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tax_category_id")
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

        order_delivery_rate_filter = cls(
            carrier_id=carrier_id,
            created_at=created_at,
            id=id,
            identifier=identifier,
            minimum_order_amount_in_cents=minimum_order_amount_in_cents,
            price_in_cents=price_in_cents,
            rate_id=rate_id,
            signed_attributes=signed_attributes,
            tax_category_id=tax_category_id,
            updated_at=updated_at,
        )

        if d:
            raise FieldError(
                "no such property (OrderDeliveryRateFilter allows no others)", None, next(iter(d)), found="one"
            )
        return order_delivery_rate_filter
