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


T = TypeVar("T", bound="AssetFilter")


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


def _parse__published_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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


def _parse__theme_id(data: object) -> Unset | UUID | UuidOperators:
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
class AssetFilter:
    """Filters for assets: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            checksum (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            content_type (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            custom (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            key (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            published_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            theme_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    checksum: str | TextOperators | Unset = UNSET
    content_type: str | TextOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    custom: bool | BooleanOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    key: str | TextOperators | Unset = UNSET
    published_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    theme_id: Unset | UUID | UuidOperators = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        checksum: dict[str, Any] | str | Unset
        if isinstance(self.checksum, Unset):
            checksum = UNSET
        elif isinstance(self.checksum, TextOperators):
            checksum = self.checksum.to_dict()
        else:
            checksum = self.checksum
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        content_type: dict[str, Any] | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        elif isinstance(self.content_type, TextOperators):
            content_type = self.content_type.to_dict()
        else:
            content_type = self.content_type
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
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
        custom: bool | dict[str, Any] | Unset
        if isinstance(self.custom, Unset):
            custom = UNSET
        elif isinstance(self.custom, BooleanOperators):
            custom = self.custom.to_dict()
        else:
            custom = self.custom
        if custom is not UNSET:
            field_dict["custom"] = custom
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        key: dict[str, Any] | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        elif isinstance(self.key, TextOperators):
            key = self.key.to_dict()
        else:
            key = self.key
        if key is not UNSET:
            field_dict["key"] = key
        published_at: dict[str, Any] | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, DatetimeOperators):
            published_at = self.published_at.to_dict()
        else:
            published_at = (
                self.published_at.isoformat().replace("+00:00", "Z")
                if self.published_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        theme_id: dict[str, Any] | str | Unset
        if isinstance(self.theme_id, Unset):
            theme_id = UNSET
        elif isinstance(self.theme_id, UuidOperators):
            theme_id = self.theme_id.to_dict()
        else:
            theme_id = str(self.theme_id)

        if theme_id is not UNSET:
            field_dict["theme_id"] = theme_id
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
                raise FieldError("object (AssetFilter)", d)
            d = dict(d)
        n__absent = 0
        _checksum = d.get("checksum", UNSET)
        checksum: str | TextOperators | Unset
        if _checksum is UNSET:
            checksum = _checksum
        elif isinstance(_checksum, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_checksum)
            except FieldError as field__error:
                field__error.segments.append("checksum")
                raise

            checksum = componentsschemas_text_condition_type_0
        elif isinstance(_checksum, str):
            checksum = _checksum
        else:
            raise FieldError("one of object (TextOperators), string", _checksum, "checksum")

        if checksum is UNSET:
            n__absent += 1

        _content_type = d.get("content_type", UNSET)
        content_type: str | TextOperators | Unset
        if _content_type is UNSET:
            content_type = _content_type
        elif isinstance(_content_type, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_content_type)
            except FieldError as field__error:
                field__error.segments.append("content_type")
                raise

            content_type = componentsschemas_text_condition_type_0
        elif isinstance(_content_type, str):
            content_type = _content_type
        else:
            raise FieldError("one of object (TextOperators), string", _content_type, "content_type")

        if content_type is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        _custom = d.get("custom", UNSET)
        custom: bool | BooleanOperators | Unset
        if _custom is UNSET:
            custom = _custom
        elif isinstance(_custom, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_custom)
            except FieldError as field__error:
                field__error.segments.append("custom")
                raise

            custom = componentsschemas_boolean_condition_type_0
        elif isinstance(_custom, bool):
            custom = _custom
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _custom, "custom")

        if custom is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        _key = d.get("key", UNSET)
        key: str | TextOperators | Unset
        if _key is UNSET:
            key = _key
        elif isinstance(_key, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_key)
            except FieldError as field__error:
                field__error.segments.append("key")
                raise

            key = componentsschemas_text_condition_type_0
        elif isinstance(_key, str):
            key = _key
        else:
            raise FieldError("one of object (TextOperators), string", _key, "key")

        if key is UNSET:
            n__absent += 1

        try:
            published_at = _parse__published_at(d.get("published_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("published_at")
            raise

        if published_at is UNSET:
            n__absent += 1

        try:
            theme_id = _parse__theme_id(d.get("theme_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("theme_id")
            raise

        if theme_id is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            asset_filter = _new__object(cls)
            asset_filter.checksum = checksum
            asset_filter.content_type = content_type
            asset_filter.created_at = created_at
            asset_filter.custom = custom
            asset_filter.id = id
            asset_filter.key = key
            asset_filter.published_at = published_at
            asset_filter.theme_id = theme_id
            asset_filter.updated_at = updated_at
        else:
            asset_filter = cls(
                checksum,
                content_type,
                created_at,
                custom,
                id,
                key,
                published_at,
                theme_id,
                updated_at,
            )
        if len(d) + n__absent != 9:
            for prop_name in d:
                if prop_name not in {
                    "checksum",
                    "content_type",
                    "created_at",
                    "custom",
                    "id",
                    "key",
                    "published_at",
                    "theme_id",
                    "updated_at",
                }:
                    raise FieldError("no such property (AssetFilter allows no others)", None, prop_name, found="one")
        return asset_filter

    __repr__ = _model__repr


_plain__class: type[AssetFilter] | None = (
    AssetFilter
    if {field.name for field in _attrs_fields(AssetFilter)}
    == {"checksum", "content_type", "created_at", "custom", "id", "key", "published_at", "theme_id", "updated_at"}
    and not hasattr(AssetFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
