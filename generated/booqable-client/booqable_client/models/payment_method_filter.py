from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..models.payment_method_provider import PaymentMethodProvider
from ..models.payment_method_status import PaymentMethodStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_operators import DatetimeOperators
    from ..models.payment_method_provider_equal_operators import PaymentMethodProviderEqualOperators
    from ..models.payment_method_status_equal_operators import PaymentMethodStatusEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__PaymentMethodProviderEqualOperators: Callable[[Mapping[str, Any]], PaymentMethodProviderEqualOperators]
_from_dict__PaymentMethodStatusEqualOperators: Callable[[Mapping[str, Any]], PaymentMethodStatusEqualOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DatetimeOperators, PaymentMethodProviderEqualOperators, PaymentMethodStatusEqualOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__DatetimeOperators, _from_dict__PaymentMethodProviderEqualOperators, _from_dict__PaymentMethodStatusEqualOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.payment_method_provider_equal_operators import PaymentMethodProviderEqualOperators  # noqa: PLC0415
    from ..models.payment_method_status_equal_operators import PaymentMethodStatusEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__PaymentMethodProviderEqualOperators = PaymentMethodProviderEqualOperators.from_dict
    _from_dict__PaymentMethodStatusEqualOperators = PaymentMethodStatusEqualOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="PaymentMethodFilter")


def _parse__created_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_condition_type_0 = _from_dict__DatetimeOperators(data)

                if choice.take(componentsschemas_datetime_condition_type_0):
                    return componentsschemas_datetime_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_condition_type_1 = data
                try:
                    componentsschemas_datetime_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("date-time", _componentsschemas_datetime_condition_type_1) from None

                if choice.take(componentsschemas_datetime_condition_type_1):
                    return componentsschemas_datetime_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeOperators), date-time string", data)


def _parse__customer_id(data: object) -> Unset | UUID | UuidOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[Unset | UUID | UuidOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_condition_type_0 = _from_dict__UuidOperators(data)

                if choice.take(componentsschemas_uuid_condition_type_0):
                    return componentsschemas_uuid_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_condition_type_1 = data
                try:
                    componentsschemas_uuid_condition_type_1 = parse_uuid(_componentsschemas_uuid_condition_type_1)
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                if choice.take(componentsschemas_uuid_condition_type_1):
                    return componentsschemas_uuid_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidOperators), UUID string", data)


def _parse__id(data: object) -> Unset | UUID | UuidOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[Unset | UUID | UuidOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_condition_type_0 = _from_dict__UuidOperators(data)

                if choice.take(componentsschemas_uuid_condition_type_0):
                    return componentsschemas_uuid_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_condition_type_1 = data
                try:
                    componentsschemas_uuid_condition_type_1 = parse_uuid(_componentsschemas_uuid_condition_type_1)
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                if choice.take(componentsschemas_uuid_condition_type_1):
                    return componentsschemas_uuid_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidOperators), UUID string", data)


def _parse__provider(
    data: object,
) -> PaymentMethodProvider | Literal["app", "none", "stripe"] | PaymentMethodProviderEqualOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[
        PaymentMethodProvider | Literal["app", "none", "stripe"] | PaymentMethodProviderEqualOperators | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_payment_method_provider_equal_condition_type_0 = (
                    _from_dict__PaymentMethodProviderEqualOperators(data)
                )

                if choice.take(componentsschemas_payment_method_provider_equal_condition_type_0):
                    return componentsschemas_payment_method_provider_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_payment_method_provider_equal_condition_type_1 = data
                if type(_componentsschemas_payment_method_provider_equal_condition_type_1) is str:
                    componentsschemas_payment_method_provider_equal_condition_type_1 = (
                        PaymentMethodProvider._by__value.get(
                            _componentsschemas_payment_method_provider_equal_condition_type_1
                        )
                        or PaymentMethodProvider(_componentsschemas_payment_method_provider_equal_condition_type_1)
                    )
                elif isinstance(_componentsschemas_payment_method_provider_equal_condition_type_1, str):
                    componentsschemas_payment_method_provider_equal_condition_type_1 = PaymentMethodProvider(
                        _componentsschemas_payment_method_provider_equal_condition_type_1
                    )
                else:
                    raise FieldError(
                        "string (PaymentMethodProvider)",
                        _componentsschemas_payment_method_provider_equal_condition_type_1,
                    )

                if choice.take(componentsschemas_payment_method_provider_equal_condition_type_1):
                    return componentsschemas_payment_method_provider_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (PaymentMethodProviderEqualOperators), string (PaymentMethodProvider)", data)


def _parse__status(
    data: object,
) -> PaymentMethodStatus | Literal["created", "ready"] | PaymentMethodStatusEqualOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[PaymentMethodStatus | Literal["created", "ready"] | PaymentMethodStatusEqualOperators | Unset] = (
        Choice()
    )
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_payment_method_status_equal_condition_type_0 = (
                    _from_dict__PaymentMethodStatusEqualOperators(data)
                )

                if choice.take(componentsschemas_payment_method_status_equal_condition_type_0):
                    return componentsschemas_payment_method_status_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_payment_method_status_equal_condition_type_1 = data
                if type(_componentsschemas_payment_method_status_equal_condition_type_1) is str:
                    componentsschemas_payment_method_status_equal_condition_type_1 = PaymentMethodStatus._by__value.get(
                        _componentsschemas_payment_method_status_equal_condition_type_1
                    ) or PaymentMethodStatus(_componentsschemas_payment_method_status_equal_condition_type_1)
                elif isinstance(_componentsschemas_payment_method_status_equal_condition_type_1, str):
                    componentsschemas_payment_method_status_equal_condition_type_1 = PaymentMethodStatus(
                        _componentsschemas_payment_method_status_equal_condition_type_1
                    )
                else:
                    raise FieldError(
                        "string (PaymentMethodStatus)", _componentsschemas_payment_method_status_equal_condition_type_1
                    )

                if choice.take(componentsschemas_payment_method_status_equal_condition_type_1):
                    return componentsschemas_payment_method_status_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (PaymentMethodStatusEqualOperators), string (PaymentMethodStatus)", data)


def _parse__updated_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_condition_type_0 = _from_dict__DatetimeOperators(data)

                if choice.take(componentsschemas_datetime_condition_type_0):
                    return componentsschemas_datetime_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_condition_type_1 = data
                try:
                    componentsschemas_datetime_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("date-time", _componentsschemas_datetime_condition_type_1) from None

                if choice.take(componentsschemas_datetime_condition_type_1):
                    return componentsschemas_datetime_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeOperators), date-time string", data)


@_attrs_define
class PaymentMethodFilter:
    """Filters for payment methods: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            customer_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            identifier (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            label_primary (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            label_secondary (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            method_type (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            provider (PaymentMethodProvider | Literal["app", "none", "stripe"] | PaymentMethodProviderEqualOperators |
                Unset): A filter on a `PaymentMethodProvider` attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            status (PaymentMethodStatus | Literal["created", "ready"] | PaymentMethodStatusEqualOperators | Unset): A filter
                on a `PaymentMethodStatus` attribute: either an object of operators, or a bare value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    customer_id: Unset | UUID | UuidOperators = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    identifier: str | TextOperators | Unset = UNSET
    label_primary: str | TextOperators | Unset = UNSET
    label_secondary: str | TextOperators | Unset = UNSET
    method_type: str | TextOperators | Unset = UNSET
    provider: PaymentMethodProvider | Literal["app", "none", "stripe"] | PaymentMethodProviderEqualOperators | Unset = (
        UNSET
    )
    status: PaymentMethodStatus | Literal["created", "ready"] | PaymentMethodStatusEqualOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        customer_id: dict[str, Any] | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UuidOperators):
            customer_id = self.customer_id.to_dict()
        else:
            customer_id = str(self.customer_id)

        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        identifier: dict[str, Any] | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        elif isinstance(self.identifier, TextOperators):
            identifier = self.identifier.to_dict()
        else:
            identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        label_primary: dict[str, Any] | str | Unset
        if isinstance(self.label_primary, Unset):
            label_primary = UNSET
        elif isinstance(self.label_primary, TextOperators):
            label_primary = self.label_primary.to_dict()
        else:
            label_primary = self.label_primary
        if label_primary is not UNSET:
            field_dict["label_primary"] = label_primary
        label_secondary: dict[str, Any] | str | Unset
        if isinstance(self.label_secondary, Unset):
            label_secondary = UNSET
        elif isinstance(self.label_secondary, TextOperators):
            label_secondary = self.label_secondary.to_dict()
        else:
            label_secondary = self.label_secondary
        if label_secondary is not UNSET:
            field_dict["label_secondary"] = label_secondary
        method_type: dict[str, Any] | str | Unset
        if isinstance(self.method_type, Unset):
            method_type = UNSET
        elif isinstance(self.method_type, TextOperators):
            method_type = self.method_type.to_dict()
        else:
            method_type = self.method_type
        if method_type is not UNSET:
            field_dict["method_type"] = method_type
        provider: dict[str, Any] | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, PaymentMethodProviderEqualOperators):
            provider = self.provider.to_dict()
        else:
            provider = PaymentMethodProvider(self.provider).value

        if provider is not UNSET:
            field_dict["provider"] = provider
        status: dict[str, Any] | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PaymentMethodStatusEqualOperators):
            status = self.status.to_dict()
        else:
            status = PaymentMethodStatus(self.status).value

        if status is not UNSET:
            field_dict["status"] = status
        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PaymentMethodFilter)", d)
            d = dict(d)
        n__absent = 0
        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        try:
            customer_id = _parse__customer_id(d.get("customer_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("customer_id")
            raise

        if customer_id is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        _identifier = d.get("identifier", UNSET)
        identifier: str | TextOperators | Unset
        if _identifier is UNSET:
            identifier = _identifier
        elif isinstance(_identifier, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_identifier)
            except FieldError as field__error:
                field__error.segments.append("identifier")
                raise

            identifier = componentsschemas_text_condition_type_0
        elif isinstance(_identifier, str):
            identifier = _identifier
        else:
            raise FieldError("one of object (TextOperators), string", _identifier, "identifier")

        if identifier is UNSET:
            n__absent += 1

        _label_primary = d.get("label_primary", UNSET)
        label_primary: str | TextOperators | Unset
        if _label_primary is UNSET:
            label_primary = _label_primary
        elif isinstance(_label_primary, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_label_primary)
            except FieldError as field__error:
                field__error.segments.append("label_primary")
                raise

            label_primary = componentsschemas_text_condition_type_0
        elif isinstance(_label_primary, str):
            label_primary = _label_primary
        else:
            raise FieldError("one of object (TextOperators), string", _label_primary, "label_primary")

        if label_primary is UNSET:
            n__absent += 1

        _label_secondary = d.get("label_secondary", UNSET)
        label_secondary: str | TextOperators | Unset
        if _label_secondary is UNSET:
            label_secondary = _label_secondary
        elif isinstance(_label_secondary, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_label_secondary)
            except FieldError as field__error:
                field__error.segments.append("label_secondary")
                raise

            label_secondary = componentsschemas_text_condition_type_0
        elif isinstance(_label_secondary, str):
            label_secondary = _label_secondary
        else:
            raise FieldError("one of object (TextOperators), string", _label_secondary, "label_secondary")

        if label_secondary is UNSET:
            n__absent += 1

        _method_type = d.get("method_type", UNSET)
        method_type: str | TextOperators | Unset
        if _method_type is UNSET:
            method_type = _method_type
        elif isinstance(_method_type, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_method_type)
            except FieldError as field__error:
                field__error.segments.append("method_type")
                raise

            method_type = componentsschemas_text_condition_type_0
        elif isinstance(_method_type, str):
            method_type = _method_type
        else:
            raise FieldError("one of object (TextOperators), string", _method_type, "method_type")

        if method_type is UNSET:
            n__absent += 1

        try:
            provider = _parse__provider(d.get("provider", UNSET))
        except FieldError as field__error:
            field__error.segments.append("provider")
            raise

        if provider is UNSET:
            n__absent += 1

        try:
            status = _parse__status(d.get("status", UNSET))
        except FieldError as field__error:
            field__error.segments.append("status")
            raise

        if status is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            payment_method_filter = _new__object(cls)
            payment_method_filter.created_at = created_at
            payment_method_filter.customer_id = customer_id
            payment_method_filter.id = id
            payment_method_filter.identifier = identifier
            payment_method_filter.label_primary = label_primary
            payment_method_filter.label_secondary = label_secondary
            payment_method_filter.method_type = method_type
            payment_method_filter.provider = provider
            payment_method_filter.status = status
            payment_method_filter.updated_at = updated_at
        else:
            payment_method_filter = cls(
                created_at,
                customer_id,
                id,
                identifier,
                label_primary,
                label_secondary,
                method_type,
                provider,
                status,
                updated_at,
            )
        if len(d) + n__absent != 10:
            for prop_name in d:
                if prop_name not in {
                    "created_at",
                    "customer_id",
                    "id",
                    "identifier",
                    "label_primary",
                    "label_secondary",
                    "method_type",
                    "provider",
                    "status",
                    "updated_at",
                }:
                    raise FieldError(
                        "no such property (PaymentMethodFilter allows no others)", None, prop_name, found="one"
                    )
        return payment_method_filter

    __repr__ = _model__repr


_plain__class: type[PaymentMethodFilter] | None = (
    PaymentMethodFilter
    if {field.name for field in _attrs_fields(PaymentMethodFilter)}
    == {
        "created_at",
        "customer_id",
        "id",
        "identifier",
        "label_primary",
        "label_secondary",
        "method_type",
        "provider",
        "status",
        "updated_at",
    }
    and not hasattr(PaymentMethodFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
