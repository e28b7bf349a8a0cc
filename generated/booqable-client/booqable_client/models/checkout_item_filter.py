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
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, TextOperators, UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="CheckoutItemFilter")


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
        content: dict[str, Any] | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, TextOperators):
            content = self.content.to_dict()
        else:
            content = self.content

        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        default_property_id: dict[str, Any] | str | Unset
        if isinstance(self.default_property_id, Unset):
            default_property_id = UNSET
        elif isinstance(self.default_property_id, UuidOperators):
            default_property_id = self.default_property_id.to_dict()
        else:
            default_property_id = str(self.default_property_id)

        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        image_alt_text: dict[str, Any] | str | Unset
        if isinstance(self.image_alt_text, Unset):
            image_alt_text = UNSET
        elif isinstance(self.image_alt_text, TextOperators):
            image_alt_text = self.image_alt_text.to_dict()
        else:
            image_alt_text = self.image_alt_text

        item_type: dict[str, Any] | str | Unset
        if isinstance(self.item_type, Unset):
            item_type = UNSET
        elif isinstance(self.item_type, TextOperators):
            item_type = self.item_type.to_dict()
        else:
            item_type = self.item_type

        name: dict[str, Any] | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TextOperators):
            name = self.name.to_dict()
        else:
            name = self.name

        pickup_requires_billing_address: bool | dict[str, Any] | Unset
        if isinstance(self.pickup_requires_billing_address, Unset):
            pickup_requires_billing_address = UNSET
        elif isinstance(self.pickup_requires_billing_address, BooleanOperators):
            pickup_requires_billing_address = self.pickup_requires_billing_address.to_dict()
        else:
            pickup_requires_billing_address = self.pickup_requires_billing_address

        required: bool | dict[str, Any] | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        elif isinstance(self.required, BooleanOperators):
            required = self.required.to_dict()
        else:
            required = self.required

        tooltip: dict[str, Any] | str | Unset
        if isinstance(self.tooltip, Unset):
            tooltip = UNSET
        elif isinstance(self.tooltip, TextOperators):
            tooltip = self.tooltip.to_dict()
        else:
            tooltip = self.tooltip

        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if default_property_id is not UNSET:
            field_dict["default_property_id"] = default_property_id
        if id is not UNSET:
            field_dict["id"] = id
        if image_alt_text is not UNSET:
            field_dict["image_alt_text"] = image_alt_text
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if name is not UNSET:
            field_dict["name"] = name
        if pickup_requires_billing_address is not UNSET:
            field_dict["pickup_requires_billing_address"] = pickup_requires_billing_address
        if required is not UNSET:
            field_dict["required"] = required
        if tooltip is not UNSET:
            field_dict["tooltip"] = tooltip
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CheckoutItemFilter)", src_dict)
        d = dict(src_dict)

        def _parse_content(data: object) -> str | TextOperators | Unset:
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
            content = _parse_content(d.pop("content", UNSET))
        except FieldError as field__error:
            field__error.segments.append("content")
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

        def _parse_default_property_id(data: object) -> Unset | UUID | UuidOperators:
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
            default_property_id = _parse_default_property_id(d.pop("default_property_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("default_property_id")
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

        def _parse_image_alt_text(data: object) -> str | TextOperators | Unset:
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
            image_alt_text = _parse_image_alt_text(d.pop("image_alt_text", UNSET))
        except FieldError as field__error:
            field__error.segments.append("image_alt_text")
            raise

        def _parse_item_type(data: object) -> str | TextOperators | Unset:
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
            item_type = _parse_item_type(d.pop("item_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("item_type")
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

        def _parse_pickup_requires_billing_address(data: object) -> bool | BooleanOperators | Unset:
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
            pickup_requires_billing_address = _parse_pickup_requires_billing_address(
                d.pop("pickup_requires_billing_address", UNSET)
            )
        except FieldError as field__error:
            field__error.segments.append("pickup_requires_billing_address")
            raise

        def _parse_required(data: object) -> bool | BooleanOperators | Unset:
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
            required = _parse_required(d.pop("required", UNSET))
        except FieldError as field__error:
            field__error.segments.append("required")
            raise

        def _parse_tooltip(data: object) -> str | TextOperators | Unset:
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
            tooltip = _parse_tooltip(d.pop("tooltip", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tooltip")
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

        checkout_item_filter = cls(
            content=content,
            created_at=created_at,
            default_property_id=default_property_id,
            id=id,
            image_alt_text=image_alt_text,
            item_type=item_type,
            name=name,
            pickup_requires_billing_address=pickup_requires_billing_address,
            required=required,
            tooltip=tooltip,
            updated_at=updated_at,
        )

        if d:
            raise FieldError("no such property (CheckoutItemFilter allows no others)", None, next(iter(d)), found="one")
        return checkout_item_filter
