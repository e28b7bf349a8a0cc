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
from ..models.location_type import LocationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.any_of_operators import AnyOfOperators
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.hash_operators import HashOperators
    from ..models.location_type_equal_operators import LocationTypeEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__AnyOfOperators: Callable[[Mapping[str, Any]], AnyOfOperators]
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__HashOperators: Callable[[Mapping[str, Any]], HashOperators]
_from_dict__LocationTypeEqualOperators: Callable[[Mapping[str, Any]], LocationTypeEqualOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, AnyOfOperators, BooleanOperators, DatetimeOperators, HashOperators, LocationTypeEqualOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__AnyOfOperators, _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__HashOperators, _from_dict__LocationTypeEqualOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.any_of_operators import AnyOfOperators  # noqa: PLC0415
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.hash_operators import HashOperators  # noqa: PLC0415
    from ..models.location_type_equal_operators import LocationTypeEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__AnyOfOperators = AnyOfOperators.from_dict
    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__HashOperators = HashOperators.from_dict
    _from_dict__LocationTypeEqualOperators = LocationTypeEqualOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="LocationFilter")


def _parse__archived_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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


def _parse__location_type(
    data: object,
) -> LocationType | Literal["internal", "rental"] | LocationTypeEqualOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[LocationType | Literal["internal", "rental"] | LocationTypeEqualOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_location_type_equal_condition_type_0 = _from_dict__LocationTypeEqualOperators(data)

                if choice.take(componentsschemas_location_type_equal_condition_type_0):
                    return componentsschemas_location_type_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_location_type_equal_condition_type_1 = data
                if type(_componentsschemas_location_type_equal_condition_type_1) is str:
                    componentsschemas_location_type_equal_condition_type_1 = LocationType._by__value.get(
                        _componentsschemas_location_type_equal_condition_type_1
                    ) or LocationType(_componentsschemas_location_type_equal_condition_type_1)
                elif isinstance(_componentsschemas_location_type_equal_condition_type_1, str):
                    componentsschemas_location_type_equal_condition_type_1 = LocationType(
                        _componentsschemas_location_type_equal_condition_type_1
                    )
                else:
                    raise FieldError("string (LocationType)", _componentsschemas_location_type_equal_condition_type_1)

                if choice.take(componentsschemas_location_type_equal_condition_type_1):
                    return componentsschemas_location_type_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (LocationTypeEqualOperators), string (LocationType)", data)


def _parse__main_address(data: object) -> dict[str, Any] | HashOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[dict[str, Any] | HashOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_hash_condition_type_0 = _from_dict__HashOperators(data)

                if choice.take(componentsschemas_hash_condition_type_0):
                    return componentsschemas_hash_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            return data
    return choice.result("one of object (HashOperators), object", data)


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
class LocationFilter:
    """Filters for locations: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            archived (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            archived_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            code (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            fulfillment_capabilities (AnyOfOperators | str | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            location_type (LocationType | Literal["internal", "rental"] | LocationTypeEqualOperators | Unset): A filter on a
                `LocationType` attribute: either an object of operators, or a bare value as shorthand for `eq`.
            main_address (dict[str, Any] | HashOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    archived: bool | BooleanOperators | Unset = UNSET
    archived_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    code: str | TextOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    fulfillment_capabilities: AnyOfOperators | str | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    location_type: LocationType | Literal["internal", "rental"] | LocationTypeEqualOperators | Unset = UNSET
    main_address: dict[str, Any] | HashOperators | Unset = UNSET
    name: str | TextOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        archived: bool | dict[str, Any] | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        elif isinstance(self.archived, BooleanOperators):
            archived = self.archived.to_dict()
        else:
            archived = self.archived
        if archived is not UNSET:
            field_dict["archived"] = archived
        archived_at: dict[str, Any] | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, DatetimeOperators):
            archived_at = self.archived_at.to_dict()
        else:
            archived_at = (
                self.archived_at.isoformat().replace("+00:00", "Z")
                if self.archived_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        code: dict[str, Any] | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, TextOperators):
            code = self.code.to_dict()
        else:
            code = self.code
        if code is not UNSET:
            field_dict["code"] = code
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
        fulfillment_capabilities: dict[str, Any] | str | Unset
        if isinstance(self.fulfillment_capabilities, Unset):
            fulfillment_capabilities = UNSET
        elif isinstance(self.fulfillment_capabilities, AnyOfOperators):
            fulfillment_capabilities = self.fulfillment_capabilities.to_dict()
        else:
            fulfillment_capabilities = self.fulfillment_capabilities
        if fulfillment_capabilities is not UNSET:
            field_dict["fulfillment_capabilities"] = fulfillment_capabilities
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        location_type: dict[str, Any] | str | Unset
        if isinstance(self.location_type, Unset):
            location_type = UNSET
        elif isinstance(self.location_type, LocationTypeEqualOperators):
            location_type = self.location_type.to_dict()
        else:
            location_type = LocationType(self.location_type).value

        if location_type is not UNSET:
            field_dict["location_type"] = location_type
        main_address: dict[str, Any] | Unset
        if isinstance(self.main_address, Unset):
            main_address = UNSET
        elif isinstance(self.main_address, HashOperators):
            main_address = self.main_address.to_dict()
        else:
            main_address = self.main_address
        if main_address is not UNSET:
            field_dict["main_address"] = main_address
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
                raise FieldError("object (LocationFilter)", d)
            d = dict(d)
        n__absent = 0
        _archived = d.get("archived", UNSET)
        archived: bool | BooleanOperators | Unset
        if _archived is UNSET:
            archived = _archived
        elif isinstance(_archived, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_archived)
            except FieldError as field__error:
                field__error.segments.append("archived")
                raise

            archived = componentsschemas_boolean_condition_type_0
        elif isinstance(_archived, bool):
            archived = _archived
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _archived, "archived")

        if archived is UNSET:
            n__absent += 1

        try:
            archived_at = _parse__archived_at(d.get("archived_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("archived_at")
            raise

        if archived_at is UNSET:
            n__absent += 1

        _code = d.get("code", UNSET)
        code: str | TextOperators | Unset
        if _code is UNSET:
            code = _code
        elif isinstance(_code, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_code)
            except FieldError as field__error:
                field__error.segments.append("code")
                raise

            code = componentsschemas_text_condition_type_0
        elif isinstance(_code, str):
            code = _code
        else:
            raise FieldError("one of object (TextOperators), string", _code, "code")

        if code is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        _fulfillment_capabilities = d.get("fulfillment_capabilities", UNSET)
        fulfillment_capabilities: AnyOfOperators | str | Unset
        if _fulfillment_capabilities is UNSET:
            fulfillment_capabilities = _fulfillment_capabilities
        elif isinstance(_fulfillment_capabilities, dict):
            try:
                componentsschemas_any_of_condition_type_0 = _from_dict__AnyOfOperators(_fulfillment_capabilities)
            except FieldError as field__error:
                field__error.segments.append("fulfillment_capabilities")
                raise

            fulfillment_capabilities = componentsschemas_any_of_condition_type_0
        elif isinstance(_fulfillment_capabilities, str):
            fulfillment_capabilities = _fulfillment_capabilities
        else:
            raise FieldError(
                "one of object (AnyOfOperators), string", _fulfillment_capabilities, "fulfillment_capabilities"
            )

        if fulfillment_capabilities is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        try:
            location_type = _parse__location_type(d.get("location_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("location_type")
            raise

        if location_type is UNSET:
            n__absent += 1

        try:
            main_address = _parse__main_address(d.get("main_address", UNSET))
        except FieldError as field__error:
            field__error.segments.append("main_address")
            raise

        if main_address is UNSET:
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
            location_filter = _new__object(cls)
            location_filter.archived = archived
            location_filter.archived_at = archived_at
            location_filter.code = code
            location_filter.created_at = created_at
            location_filter.fulfillment_capabilities = fulfillment_capabilities
            location_filter.id = id
            location_filter.location_type = location_type
            location_filter.main_address = main_address
            location_filter.name = name
            location_filter.updated_at = updated_at
        else:
            location_filter = cls(
                archived,
                archived_at,
                code,
                created_at,
                fulfillment_capabilities,
                id,
                location_type,
                main_address,
                name,
                updated_at,
            )
        if len(d) + n__absent != 10:
            for prop_name in d:
                if prop_name not in {
                    "archived",
                    "archived_at",
                    "code",
                    "created_at",
                    "fulfillment_capabilities",
                    "id",
                    "location_type",
                    "main_address",
                    "name",
                    "updated_at",
                }:
                    raise FieldError("no such property (LocationFilter allows no others)", None, prop_name, found="one")
        return location_filter

    __repr__ = _model__repr


_plain__class: type[LocationFilter] | None = (
    LocationFilter
    if {field.name for field in _attrs_fields(LocationFilter)}
    == {
        "archived",
        "archived_at",
        "code",
        "created_at",
        "fulfillment_capabilities",
        "id",
        "location_type",
        "main_address",
        "name",
        "updated_at",
    }
    and not hasattr(LocationFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
