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
    from ..models.number_operators import NumberOperators
    from ..models.string_operators import StringOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, DatetimeOperators, IntegerOperators, NumberOperators, StringOperators, TextOperators, UuidOperators  # noqa: PLW0603
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.number_operators import NumberOperators  # noqa: PLC0415
    from ..models.string_operators import StringOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="TaxValueFilter")


@_attrs_define
class TaxValueFilter:
    """Filters for tax values: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            owner_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            owner_type (str | StringOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            percentage (float | NumberOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            tax_rate_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            value_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
    """

    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    name: str | TextOperators | Unset = UNSET
    owner_id: Unset | UUID | UuidOperators = UNSET
    owner_type: str | StringOperators | Unset = UNSET
    percentage: float | NumberOperators | Unset = UNSET
    tax_rate_id: Unset | UUID | UuidOperators = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    value_in_cents: int | IntegerOperators | Unset = UNSET

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

        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        name: dict[str, Any] | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TextOperators):
            name = self.name.to_dict()
        else:
            name = self.name

        owner_id: dict[str, Any] | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UuidOperators):
            owner_id = self.owner_id.to_dict()
        else:
            owner_id = str(self.owner_id)

        owner_type: dict[str, Any] | str | Unset
        if isinstance(self.owner_type, Unset):
            owner_type = UNSET
        elif isinstance(self.owner_type, StringOperators):
            owner_type = self.owner_type.to_dict()
        else:
            owner_type = self.owner_type

        percentage: dict[str, Any] | float | Unset
        if isinstance(self.percentage, Unset):
            percentage = UNSET
        elif isinstance(self.percentage, NumberOperators):
            percentage = self.percentage.to_dict()
        else:
            percentage = self.percentage

        tax_rate_id: dict[str, Any] | str | Unset
        if isinstance(self.tax_rate_id, Unset):
            tax_rate_id = UNSET
        elif isinstance(self.tax_rate_id, UuidOperators):
            tax_rate_id = self.tax_rate_id.to_dict()
        else:
            tax_rate_id = str(self.tax_rate_id)

        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        value_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.value_in_cents, Unset):
            value_in_cents = UNSET
        elif isinstance(self.value_in_cents, IntegerOperators):
            value_in_cents = self.value_in_cents.to_dict()
        else:
            value_in_cents = self.value_in_cents

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if tax_rate_id is not UNSET:
            field_dict["tax_rate_id"] = tax_rate_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if value_in_cents is not UNSET:
            field_dict["value_in_cents"] = value_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (TaxValueFilter)", src_dict)
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

        def _parse_owner_id(data: object) -> Unset | UUID | UuidOperators:
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
            owner_id = _parse_owner_id(d.pop("owner_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("owner_id")
            raise

        def _parse_owner_type(data: object) -> str | StringOperators | Unset:
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
            owner_type = _parse_owner_type(d.pop("owner_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("owner_type")
            raise

        def _parse_percentage(data: object) -> float | NumberOperators | Unset:
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
            percentage = _parse_percentage(d.pop("percentage", UNSET))
        except FieldError as field__error:
            field__error.segments.append("percentage")
            raise

        def _parse_tax_rate_id(data: object) -> Unset | UUID | UuidOperators:
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
            tax_rate_id = _parse_tax_rate_id(d.pop("tax_rate_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tax_rate_id")
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

        def _parse_value_in_cents(data: object) -> int | IntegerOperators | Unset:
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
            value_in_cents = _parse_value_in_cents(d.pop("value_in_cents", UNSET))
        except FieldError as field__error:
            field__error.segments.append("value_in_cents")
            raise

        tax_value_filter = cls(
            created_at=created_at,
            id=id,
            name=name,
            owner_id=owner_id,
            owner_type=owner_type,
            percentage=percentage,
            tax_rate_id=tax_rate_id,
            updated_at=updated_at,
            value_in_cents=value_in_cents,
        )

        if d:
            raise FieldError("no such property (TaxValueFilter allows no others)", None, next(iter(d)), found="one")
        return tax_value_filter
