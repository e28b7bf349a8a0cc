from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="CheckoutItemFilter")


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


def _parse__default_property_id(data: object) -> Unset | UUID | UuidOperators:
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
class CheckoutItemFilter:
    """Filters for checkout items: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            content (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            default_property_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            image_alt_text (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            item_type (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            pickup_requires_billing_address (bool | BooleanOperators | Unset): A filter on one attribute: either an object
                of operators, or a bare value as shorthand for `eq`.
            required (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            tooltip (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    content: str | TextOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    default_property_id: Unset | UUID | UuidOperators = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    image_alt_text: str | TextOperators | Unset = UNSET
    item_type: str | TextOperators | Unset = UNSET
    name: str | TextOperators | Unset = UNSET
    pickup_requires_billing_address: bool | BooleanOperators | Unset = UNSET
    required: bool | BooleanOperators | Unset = UNSET
    tooltip: str | TextOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        content: dict[str, Any] | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, TextOperators):
            content = self.content.to_dict()
        else:
            content = self.content
        if content is not UNSET:
            field_dict["content"] = content
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
        default_property_id: dict[str, Any] | str | Unset
        if isinstance(self.default_property_id, Unset):
            default_property_id = UNSET
        elif isinstance(self.default_property_id, UuidOperators):
            default_property_id = self.default_property_id.to_dict()
        else:
            default_property_id = str(self.default_property_id)

        if default_property_id is not UNSET:
            field_dict["default_property_id"] = default_property_id
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        image_alt_text: dict[str, Any] | str | Unset
        if isinstance(self.image_alt_text, Unset):
            image_alt_text = UNSET
        elif isinstance(self.image_alt_text, TextOperators):
            image_alt_text = self.image_alt_text.to_dict()
        else:
            image_alt_text = self.image_alt_text
        if image_alt_text is not UNSET:
            field_dict["image_alt_text"] = image_alt_text
        item_type: dict[str, Any] | str | Unset
        if isinstance(self.item_type, Unset):
            item_type = UNSET
        elif isinstance(self.item_type, TextOperators):
            item_type = self.item_type.to_dict()
        else:
            item_type = self.item_type
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        name: dict[str, Any] | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TextOperators):
            name = self.name.to_dict()
        else:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        pickup_requires_billing_address: bool | dict[str, Any] | Unset
        if isinstance(self.pickup_requires_billing_address, Unset):
            pickup_requires_billing_address = UNSET
        elif isinstance(self.pickup_requires_billing_address, BooleanOperators):
            pickup_requires_billing_address = self.pickup_requires_billing_address.to_dict()
        else:
            pickup_requires_billing_address = self.pickup_requires_billing_address
        if pickup_requires_billing_address is not UNSET:
            field_dict["pickup_requires_billing_address"] = pickup_requires_billing_address
        required: bool | dict[str, Any] | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        elif isinstance(self.required, BooleanOperators):
            required = self.required.to_dict()
        else:
            required = self.required
        if required is not UNSET:
            field_dict["required"] = required
        tooltip: dict[str, Any] | str | Unset
        if isinstance(self.tooltip, Unset):
            tooltip = UNSET
        elif isinstance(self.tooltip, TextOperators):
            tooltip = self.tooltip.to_dict()
        else:
            tooltip = self.tooltip
        if tooltip is not UNSET:
            field_dict["tooltip"] = tooltip
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
                raise FieldError("object (CheckoutItemFilter)", d)
            d = dict(d)
        n__absent = 0
        _content = d.get("content", UNSET)
        content: str | TextOperators | Unset
        if _content is UNSET:
            content = _content
        elif isinstance(_content, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_content)
            except FieldError as field__error:
                field__error.segments.append("content")
                raise

            content = componentsschemas_text_condition_type_0
        elif isinstance(_content, str):
            content = _content
        else:
            raise FieldError("one of object (TextOperators), string", _content, "content")

        if content is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        try:
            default_property_id = _parse__default_property_id(d.get("default_property_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("default_property_id")
            raise

        if default_property_id is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        _image_alt_text = d.get("image_alt_text", UNSET)
        image_alt_text: str | TextOperators | Unset
        if _image_alt_text is UNSET:
            image_alt_text = _image_alt_text
        elif isinstance(_image_alt_text, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_image_alt_text)
            except FieldError as field__error:
                field__error.segments.append("image_alt_text")
                raise

            image_alt_text = componentsschemas_text_condition_type_0
        elif isinstance(_image_alt_text, str):
            image_alt_text = _image_alt_text
        else:
            raise FieldError("one of object (TextOperators), string", _image_alt_text, "image_alt_text")

        if image_alt_text is UNSET:
            n__absent += 1

        _item_type = d.get("item_type", UNSET)
        item_type: str | TextOperators | Unset
        if _item_type is UNSET:
            item_type = _item_type
        elif isinstance(_item_type, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_item_type)
            except FieldError as field__error:
                field__error.segments.append("item_type")
                raise

            item_type = componentsschemas_text_condition_type_0
        elif isinstance(_item_type, str):
            item_type = _item_type
        else:
            raise FieldError("one of object (TextOperators), string", _item_type, "item_type")

        if item_type is UNSET:
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

        _pickup_requires_billing_address = d.get("pickup_requires_billing_address", UNSET)
        pickup_requires_billing_address: bool | BooleanOperators | Unset
        if _pickup_requires_billing_address is UNSET:
            pickup_requires_billing_address = _pickup_requires_billing_address
        elif isinstance(_pickup_requires_billing_address, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(
                    _pickup_requires_billing_address
                )
            except FieldError as field__error:
                field__error.segments.append("pickup_requires_billing_address")
                raise

            pickup_requires_billing_address = componentsschemas_boolean_condition_type_0
        elif isinstance(_pickup_requires_billing_address, bool):
            pickup_requires_billing_address = _pickup_requires_billing_address
        else:
            raise FieldError(
                "one of object (BooleanOperators), boolean",
                _pickup_requires_billing_address,
                "pickup_requires_billing_address",
            )

        if pickup_requires_billing_address is UNSET:
            n__absent += 1

        _required = d.get("required", UNSET)
        required: bool | BooleanOperators | Unset
        if _required is UNSET:
            required = _required
        elif isinstance(_required, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_required)
            except FieldError as field__error:
                field__error.segments.append("required")
                raise

            required = componentsschemas_boolean_condition_type_0
        elif isinstance(_required, bool):
            required = _required
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _required, "required")

        if required is UNSET:
            n__absent += 1

        _tooltip = d.get("tooltip", UNSET)
        tooltip: str | TextOperators | Unset
        if _tooltip is UNSET:
            tooltip = _tooltip
        elif isinstance(_tooltip, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_tooltip)
            except FieldError as field__error:
                field__error.segments.append("tooltip")
                raise

            tooltip = componentsschemas_text_condition_type_0
        elif isinstance(_tooltip, str):
            tooltip = _tooltip
        else:
            raise FieldError("one of object (TextOperators), string", _tooltip, "tooltip")

        if tooltip is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            checkout_item_filter = _new__object(cls)
            checkout_item_filter.content = content
            checkout_item_filter.created_at = created_at
            checkout_item_filter.default_property_id = default_property_id
            checkout_item_filter.id = id
            checkout_item_filter.image_alt_text = image_alt_text
            checkout_item_filter.item_type = item_type
            checkout_item_filter.name = name
            checkout_item_filter.pickup_requires_billing_address = pickup_requires_billing_address
            checkout_item_filter.required = required
            checkout_item_filter.tooltip = tooltip
            checkout_item_filter.updated_at = updated_at
        else:
            checkout_item_filter = cls(
                content,
                created_at,
                default_property_id,
                id,
                image_alt_text,
                item_type,
                name,
                pickup_requires_billing_address,
                required,
                tooltip,
                updated_at,
            )
        if len(d) + n__absent != 11:
            for prop_name in d:
                if prop_name not in {
                    "content",
                    "created_at",
                    "default_property_id",
                    "id",
                    "image_alt_text",
                    "item_type",
                    "name",
                    "pickup_requires_billing_address",
                    "required",
                    "tooltip",
                    "updated_at",
                }:
                    raise FieldError(
                        "no such property (CheckoutItemFilter allows no others)", None, prop_name, found="one"
                    )
        return checkout_item_filter

    __repr__ = _model__repr


_plain__class: type[CheckoutItemFilter] | None = (
    CheckoutItemFilter
    if {field.name for field in _attrs_fields(CheckoutItemFilter)}
    == {
        "content",
        "created_at",
        "default_property_id",
        "id",
        "image_alt_text",
        "item_type",
        "name",
        "pickup_requires_billing_address",
        "required",
        "tooltip",
        "updated_at",
    }
    and not hasattr(CheckoutItemFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
