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
from ..models.theme_type import ThemeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.text_operators import TextOperators
    from ..models.theme_type_equal_operators import ThemeTypeEqualOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__ThemeTypeEqualOperators: Callable[[Mapping[str, Any]], ThemeTypeEqualOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, TextOperators, ThemeTypeEqualOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__TextOperators, _from_dict__ThemeTypeEqualOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.theme_type_equal_operators import ThemeTypeEqualOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__ThemeTypeEqualOperators = ThemeTypeEqualOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="ThemeFilter")


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


def _parse__theme_type(
    data: object,
) -> ThemeType | Literal["custom", "marketplace", "official", "simple_store"] | ThemeTypeEqualOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[
        ThemeType | Literal["custom", "marketplace", "official", "simple_store"] | ThemeTypeEqualOperators | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_theme_type_equal_condition_type_0 = _from_dict__ThemeTypeEqualOperators(data)

                if choice.take(componentsschemas_theme_type_equal_condition_type_0):
                    return componentsschemas_theme_type_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_theme_type_equal_condition_type_1 = data
                if type(_componentsschemas_theme_type_equal_condition_type_1) is str:
                    componentsschemas_theme_type_equal_condition_type_1 = ThemeType._by__value.get(
                        _componentsschemas_theme_type_equal_condition_type_1
                    ) or ThemeType(_componentsschemas_theme_type_equal_condition_type_1)
                elif isinstance(_componentsschemas_theme_type_equal_condition_type_1, str):
                    componentsschemas_theme_type_equal_condition_type_1 = ThemeType(
                        _componentsschemas_theme_type_equal_condition_type_1
                    )
                else:
                    raise FieldError("string (ThemeType)", _componentsschemas_theme_type_equal_condition_type_1)

                if choice.take(componentsschemas_theme_type_equal_condition_type_1):
                    return componentsschemas_theme_type_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (ThemeTypeEqualOperators), string (ThemeType)", data)


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
class ThemeFilter:
    """Filters for themes: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            available_for_installation (bool | BooleanOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            identifier (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            installed (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            market (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            root_theme (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            theme_type (ThemeType | Literal["custom", "marketplace", "official", "simple_store"] | ThemeTypeEqualOperators |
                Unset): A filter on a `ThemeType` attribute: either an object of operators, or a bare value as shorthand for
                `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            version (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
    """

    available_for_installation: bool | BooleanOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    identifier: str | TextOperators | Unset = UNSET
    installed: bool | BooleanOperators | Unset = UNSET
    market: str | TextOperators | Unset = UNSET
    name: str | TextOperators | Unset = UNSET
    root_theme: str | TextOperators | Unset = UNSET
    theme_type: (
        ThemeType | Literal["custom", "marketplace", "official", "simple_store"] | ThemeTypeEqualOperators | Unset
    ) = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    version: str | TextOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        available_for_installation: bool | dict[str, Any] | Unset
        if isinstance(self.available_for_installation, Unset):
            available_for_installation = UNSET
        elif isinstance(self.available_for_installation, BooleanOperators):
            available_for_installation = self.available_for_installation.to_dict()
        else:
            available_for_installation = self.available_for_installation
        if available_for_installation is not UNSET:
            field_dict["available_for_installation"] = available_for_installation
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
        installed: bool | dict[str, Any] | Unset
        if isinstance(self.installed, Unset):
            installed = UNSET
        elif isinstance(self.installed, BooleanOperators):
            installed = self.installed.to_dict()
        else:
            installed = self.installed
        if installed is not UNSET:
            field_dict["installed"] = installed
        market: dict[str, Any] | str | Unset
        if isinstance(self.market, Unset):
            market = UNSET
        elif isinstance(self.market, TextOperators):
            market = self.market.to_dict()
        else:
            market = self.market
        if market is not UNSET:
            field_dict["market"] = market
        name: dict[str, Any] | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TextOperators):
            name = self.name.to_dict()
        else:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        root_theme: dict[str, Any] | str | Unset
        if isinstance(self.root_theme, Unset):
            root_theme = UNSET
        elif isinstance(self.root_theme, TextOperators):
            root_theme = self.root_theme.to_dict()
        else:
            root_theme = self.root_theme
        if root_theme is not UNSET:
            field_dict["root_theme"] = root_theme
        theme_type: dict[str, Any] | str | Unset
        if isinstance(self.theme_type, Unset):
            theme_type = UNSET
        elif isinstance(self.theme_type, ThemeTypeEqualOperators):
            theme_type = self.theme_type.to_dict()
        else:
            theme_type = ThemeType(self.theme_type).value

        if theme_type is not UNSET:
            field_dict["theme_type"] = theme_type
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
        version: dict[str, Any] | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, TextOperators):
            version = self.version.to_dict()
        else:
            version = self.version
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ThemeFilter)", d)
            d = dict(d)
        n__absent = 0
        _available_for_installation = d.get("available_for_installation", UNSET)
        available_for_installation: bool | BooleanOperators | Unset
        if _available_for_installation is UNSET:
            available_for_installation = _available_for_installation
        elif isinstance(_available_for_installation, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_available_for_installation)
            except FieldError as field__error:
                field__error.segments.append("available_for_installation")
                raise

            available_for_installation = componentsschemas_boolean_condition_type_0
        elif isinstance(_available_for_installation, bool):
            available_for_installation = _available_for_installation
        else:
            raise FieldError(
                "one of object (BooleanOperators), boolean", _available_for_installation, "available_for_installation"
            )

        if available_for_installation is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
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

        _installed = d.get("installed", UNSET)
        installed: bool | BooleanOperators | Unset
        if _installed is UNSET:
            installed = _installed
        elif isinstance(_installed, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_installed)
            except FieldError as field__error:
                field__error.segments.append("installed")
                raise

            installed = componentsschemas_boolean_condition_type_0
        elif isinstance(_installed, bool):
            installed = _installed
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _installed, "installed")

        if installed is UNSET:
            n__absent += 1

        _market = d.get("market", UNSET)
        market: str | TextOperators | Unset
        if _market is UNSET:
            market = _market
        elif isinstance(_market, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_market)
            except FieldError as field__error:
                field__error.segments.append("market")
                raise

            market = componentsschemas_text_condition_type_0
        elif isinstance(_market, str):
            market = _market
        else:
            raise FieldError("one of object (TextOperators), string", _market, "market")

        if market is UNSET:
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

        _root_theme = d.get("root_theme", UNSET)
        root_theme: str | TextOperators | Unset
        if _root_theme is UNSET:
            root_theme = _root_theme
        elif isinstance(_root_theme, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_root_theme)
            except FieldError as field__error:
                field__error.segments.append("root_theme")
                raise

            root_theme = componentsschemas_text_condition_type_0
        elif isinstance(_root_theme, str):
            root_theme = _root_theme
        else:
            raise FieldError("one of object (TextOperators), string", _root_theme, "root_theme")

        if root_theme is UNSET:
            n__absent += 1

        try:
            theme_type = _parse__theme_type(d.get("theme_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("theme_type")
            raise

        if theme_type is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        _version = d.get("version", UNSET)
        version: str | TextOperators | Unset
        if _version is UNSET:
            version = _version
        elif isinstance(_version, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_version)
            except FieldError as field__error:
                field__error.segments.append("version")
                raise

            version = componentsschemas_text_condition_type_0
        elif isinstance(_version, str):
            version = _version
        else:
            raise FieldError("one of object (TextOperators), string", _version, "version")

        if version is UNSET:
            n__absent += 1

        if cls is _plain__class:
            theme_filter = _new__object(cls)
            theme_filter.available_for_installation = available_for_installation
            theme_filter.created_at = created_at
            theme_filter.id = id
            theme_filter.identifier = identifier
            theme_filter.installed = installed
            theme_filter.market = market
            theme_filter.name = name
            theme_filter.root_theme = root_theme
            theme_filter.theme_type = theme_type
            theme_filter.updated_at = updated_at
            theme_filter.version = version
        else:
            theme_filter = cls(
                available_for_installation,
                created_at,
                id,
                identifier,
                installed,
                market,
                name,
                root_theme,
                theme_type,
                updated_at,
                version,
            )
        if len(d) + n__absent != 11:
            for prop_name in d:
                if prop_name not in {
                    "available_for_installation",
                    "created_at",
                    "id",
                    "identifier",
                    "installed",
                    "market",
                    "name",
                    "root_theme",
                    "theme_type",
                    "updated_at",
                    "version",
                }:
                    raise FieldError("no such property (ThemeFilter allows no others)", None, prop_name, found="one")
        return theme_filter

    __repr__ = _model__repr


_plain__class: type[ThemeFilter] | None = (
    ThemeFilter
    if {field.name for field in _attrs_fields(ThemeFilter)}
    == {
        "available_for_installation",
        "created_at",
        "id",
        "identifier",
        "installed",
        "market",
        "name",
        "root_theme",
        "theme_type",
        "updated_at",
        "version",
    }
    and not hasattr(ThemeFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
