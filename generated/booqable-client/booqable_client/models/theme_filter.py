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
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, StringEqualOperators, TextOperators, UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="ThemeFilter")


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
            theme_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
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
    theme_type: str | StringEqualOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    version: str | TextOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        available_for_installation: bool | dict[str, Any] | Unset
        if isinstance(self.available_for_installation, Unset):
            available_for_installation = UNSET
        elif isinstance(self.available_for_installation, BooleanOperators):
            available_for_installation = self.available_for_installation.to_dict()
        else:
            available_for_installation = self.available_for_installation

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

        installed: bool | dict[str, Any] | Unset
        if isinstance(self.installed, Unset):
            installed = UNSET
        elif isinstance(self.installed, BooleanOperators):
            installed = self.installed.to_dict()
        else:
            installed = self.installed

        market: dict[str, Any] | str | Unset
        if isinstance(self.market, Unset):
            market = UNSET
        elif isinstance(self.market, TextOperators):
            market = self.market.to_dict()
        else:
            market = self.market

        name: dict[str, Any] | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TextOperators):
            name = self.name.to_dict()
        else:
            name = self.name

        root_theme: dict[str, Any] | str | Unset
        if isinstance(self.root_theme, Unset):
            root_theme = UNSET
        elif isinstance(self.root_theme, TextOperators):
            root_theme = self.root_theme.to_dict()
        else:
            root_theme = self.root_theme

        theme_type: dict[str, Any] | str | Unset
        if isinstance(self.theme_type, Unset):
            theme_type = UNSET
        elif isinstance(self.theme_type, StringEqualOperators):
            theme_type = self.theme_type.to_dict()
        else:
            theme_type = self.theme_type

        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        version: dict[str, Any] | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, TextOperators):
            version = self.version.to_dict()
        else:
            version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if available_for_installation is not UNSET:
            field_dict["available_for_installation"] = available_for_installation
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if installed is not UNSET:
            field_dict["installed"] = installed
        if market is not UNSET:
            field_dict["market"] = market
        if name is not UNSET:
            field_dict["name"] = name
        if root_theme is not UNSET:
            field_dict["root_theme"] = root_theme
        if theme_type is not UNSET:
            field_dict["theme_type"] = theme_type
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ThemeFilter)", src_dict)
        d = dict(src_dict)

        def _parse_available_for_installation(data: object) -> bool | BooleanOperators | Unset:
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
            available_for_installation = _parse_available_for_installation(d.pop("available_for_installation", UNSET))
        except FieldError as field__error:
            field__error.segments.append("available_for_installation")
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

        def _parse_installed(data: object) -> bool | BooleanOperators | Unset:
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
            installed = _parse_installed(d.pop("installed", UNSET))
        except FieldError as field__error:
            field__error.segments.append("installed")
            raise

        def _parse_market(data: object) -> str | TextOperators | Unset:
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
            market = _parse_market(d.pop("market", UNSET))
        except FieldError as field__error:
            field__error.segments.append("market")
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

        def _parse_root_theme(data: object) -> str | TextOperators | Unset:
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
            root_theme = _parse_root_theme(d.pop("root_theme", UNSET))
        except FieldError as field__error:
            field__error.segments.append("root_theme")
            raise

        def _parse_theme_type(data: object) -> str | StringEqualOperators | Unset:
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
            theme_type = _parse_theme_type(d.pop("theme_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("theme_type")
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

        def _parse_version(data: object) -> str | TextOperators | Unset:
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
            version = _parse_version(d.pop("version", UNSET))
        except FieldError as field__error:
            field__error.segments.append("version")
            raise

        theme_filter = cls(
            available_for_installation=available_for_installation,
            created_at=created_at,
            id=id,
            identifier=identifier,
            installed=installed,
            market=market,
            name=name,
            root_theme=root_theme,
            theme_type=theme_type,
            updated_at=updated_at,
            version=version,
        )

        if d:
            raise FieldError("no such property (ThemeFilter allows no others)", None, next(iter(d)), found="one")
        return theme_filter
