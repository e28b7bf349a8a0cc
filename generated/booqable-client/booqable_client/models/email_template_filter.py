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
from ..models.email_template_context import EmailTemplateContext
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.any_of_operators import AnyOfOperators
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.email_template_context_equal_operators import EmailTemplateContextEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__AnyOfOperators: Callable[[Mapping[str, Any]], AnyOfOperators]
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__EmailTemplateContextEqualOperators: Callable[[Mapping[str, Any]], EmailTemplateContextEqualOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, AnyOfOperators, BooleanOperators, DatetimeOperators, EmailTemplateContextEqualOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__AnyOfOperators, _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__EmailTemplateContextEqualOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.any_of_operators import AnyOfOperators  # noqa: PLC0415
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.email_template_context_equal_operators import EmailTemplateContextEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__AnyOfOperators = AnyOfOperators.from_dict
    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__EmailTemplateContextEqualOperators = EmailTemplateContextEqualOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="EmailTemplateFilter")


def _parse__context(
    data: object,
) -> (
    EmailTemplateContext
    | Literal["all", "contract", "document", "invoice", "order", "payment", "quote", "signature", "user"]
    | EmailTemplateContextEqualOperators
    | Unset
):
    if isinstance(data, Unset):
        return data
    choice: Choice[
        EmailTemplateContext
        | Literal["all", "contract", "document", "invoice", "order", "payment", "quote", "signature", "user"]
        | EmailTemplateContextEqualOperators
        | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_email_template_context_equal_condition_type_0 = (
                    _from_dict__EmailTemplateContextEqualOperators(data)
                )

                if choice.take(componentsschemas_email_template_context_equal_condition_type_0):
                    return componentsschemas_email_template_context_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_email_template_context_equal_condition_type_1 = data
                if type(_componentsschemas_email_template_context_equal_condition_type_1) is str:
                    componentsschemas_email_template_context_equal_condition_type_1 = (
                        EmailTemplateContext._by__value.get(
                            _componentsschemas_email_template_context_equal_condition_type_1
                        )
                        or EmailTemplateContext(_componentsschemas_email_template_context_equal_condition_type_1)
                    )
                elif isinstance(_componentsschemas_email_template_context_equal_condition_type_1, str):
                    componentsschemas_email_template_context_equal_condition_type_1 = EmailTemplateContext(
                        _componentsschemas_email_template_context_equal_condition_type_1
                    )
                else:
                    raise FieldError(
                        "string (EmailTemplateContext)",
                        _componentsschemas_email_template_context_equal_condition_type_1,
                    )

                if choice.take(componentsschemas_email_template_context_equal_condition_type_1):
                    return componentsschemas_email_template_context_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (EmailTemplateContextEqualOperators), string (EmailTemplateContext)", data)


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
class EmailTemplateFilter:
    """Filters for email templates: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            automated (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            context (EmailTemplateContext | Literal["all", "contract", "document", "invoice", "order", "payment", "quote",
                "signature", "user"] | EmailTemplateContextEqualOperators | Unset): A filter on an `EmailTemplateContext`
                attribute: either an object of operators, or a bare value as shorthand for `eq`.
            contexts (AnyOfOperators | str | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            default (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            identifier (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    automated: bool | BooleanOperators | Unset = UNSET
    context: (
        EmailTemplateContext
        | Literal["all", "contract", "document", "invoice", "order", "payment", "quote", "signature", "user"]
        | EmailTemplateContextEqualOperators
        | Unset
    ) = UNSET
    contexts: AnyOfOperators | str | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    default: bool | BooleanOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    identifier: str | TextOperators | Unset = UNSET
    name: str | TextOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        automated: bool | dict[str, Any] | Unset
        if isinstance(self.automated, Unset):
            automated = UNSET
        elif isinstance(self.automated, BooleanOperators):
            automated = self.automated.to_dict()
        else:
            automated = self.automated
        if automated is not UNSET:
            field_dict["automated"] = automated
        context: dict[str, Any] | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, EmailTemplateContextEqualOperators):
            context = self.context.to_dict()
        else:
            context = EmailTemplateContext(self.context).value

        if context is not UNSET:
            field_dict["context"] = context
        contexts: dict[str, Any] | str | Unset
        if isinstance(self.contexts, Unset):
            contexts = UNSET
        elif isinstance(self.contexts, AnyOfOperators):
            contexts = self.contexts.to_dict()
        else:
            contexts = self.contexts
        if contexts is not UNSET:
            field_dict["contexts"] = contexts
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
        default: bool | dict[str, Any] | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        elif isinstance(self.default, BooleanOperators):
            default = self.default.to_dict()
        else:
            default = self.default
        if default is not UNSET:
            field_dict["default"] = default
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
        name: dict[str, Any] | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TextOperators):
            name = self.name.to_dict()
        else:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name
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
                raise FieldError("object (EmailTemplateFilter)", d)
            d = dict(d)
        n__absent = 0
        _automated = d.get("automated", UNSET)
        automated: bool | BooleanOperators | Unset
        if _automated is UNSET:
            automated = _automated
        elif isinstance(_automated, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_automated)
            except FieldError as field__error:
                field__error.segments.append("automated")
                raise

            automated = componentsschemas_boolean_condition_type_0
        elif isinstance(_automated, bool):
            automated = _automated
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _automated, "automated")

        if automated is UNSET:
            n__absent += 1

        try:
            context = _parse__context(d.get("context", UNSET))
        except FieldError as field__error:
            field__error.segments.append("context")
            raise

        if context is UNSET:
            n__absent += 1

        _contexts = d.get("contexts", UNSET)
        contexts: AnyOfOperators | str | Unset
        if _contexts is UNSET:
            contexts = _contexts
        elif isinstance(_contexts, dict):
            try:
                componentsschemas_any_of_condition_type_0 = _from_dict__AnyOfOperators(_contexts)
            except FieldError as field__error:
                field__error.segments.append("contexts")
                raise

            contexts = componentsschemas_any_of_condition_type_0
        elif isinstance(_contexts, str):
            contexts = _contexts
        else:
            raise FieldError("one of object (AnyOfOperators), string", _contexts, "contexts")

        if contexts is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        _default = d.get("default", UNSET)
        default: bool | BooleanOperators | Unset
        if _default is UNSET:
            default = _default
        elif isinstance(_default, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_default)
            except FieldError as field__error:
                field__error.segments.append("default")
                raise

            default = componentsschemas_boolean_condition_type_0
        elif isinstance(_default, bool):
            default = _default
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _default, "default")

        if default is UNSET:
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

        _name = d.get("name", UNSET)
        name: str | TextOperators | Unset
        if _name is UNSET:
            name = _name
        elif isinstance(_name, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_name)
            except FieldError as field__error:
                field__error.segments.append("name")
                raise

            name = componentsschemas_text_condition_type_0
        elif isinstance(_name, str):
            name = _name
        else:
            raise FieldError("one of object (TextOperators), string", _name, "name")

        if name is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            email_template_filter = _new__object(cls)
            email_template_filter.automated = automated
            email_template_filter.context = context
            email_template_filter.contexts = contexts
            email_template_filter.created_at = created_at
            email_template_filter.default = default
            email_template_filter.id = id
            email_template_filter.identifier = identifier
            email_template_filter.name = name
            email_template_filter.updated_at = updated_at
        else:
            email_template_filter = cls(
                automated,
                context,
                contexts,
                created_at,
                default,
                id,
                identifier,
                name,
                updated_at,
            )
        if len(d) + n__absent != 9:
            for prop_name in d:
                if prop_name not in {
                    "automated",
                    "context",
                    "contexts",
                    "created_at",
                    "default",
                    "id",
                    "identifier",
                    "name",
                    "updated_at",
                }:
                    raise FieldError(
                        "no such property (EmailTemplateFilter allows no others)", None, prop_name, found="one"
                    )
        return email_template_filter

    __repr__ = _model__repr


_plain__class: type[EmailTemplateFilter] | None = (
    EmailTemplateFilter
    if {field.name for field in _attrs_fields(EmailTemplateFilter)}
    == {"automated", "context", "contexts", "created_at", "default", "id", "identifier", "name", "updated_at"}
    and not hasattr(EmailTemplateFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
