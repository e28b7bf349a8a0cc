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
    from ..models.integer_operators import IntegerOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__IntegerOperators: Callable[[Mapping[str, Any]], IntegerOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, IntegerOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__IntegerOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__IntegerOperators = IntegerOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="CollectionItemFilter")


def _parse__collection_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__item_id(data: object) -> Unset | UUID | UuidOperators:
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


@_attrs_define
class CollectionItemFilter:
    """Filters for collection items: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            collection_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            exclude_system_collections (bool | BooleanOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            implicit (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            item_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            position (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
    """

    collection_id: Unset | UUID | UuidOperators = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    exclude_system_collections: bool | BooleanOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    implicit: bool | BooleanOperators | Unset = UNSET
    item_id: Unset | UUID | UuidOperators = UNSET
    position: int | IntegerOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        collection_id: dict[str, Any] | str | Unset
        if isinstance(self.collection_id, Unset):
            collection_id = UNSET
        elif isinstance(self.collection_id, UuidOperators):
            collection_id = self.collection_id.to_dict()
        else:
            collection_id = str(self.collection_id)

        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
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
        exclude_system_collections: bool | dict[str, Any] | Unset
        if isinstance(self.exclude_system_collections, Unset):
            exclude_system_collections = UNSET
        elif isinstance(self.exclude_system_collections, BooleanOperators):
            exclude_system_collections = self.exclude_system_collections.to_dict()
        else:
            exclude_system_collections = self.exclude_system_collections
        if exclude_system_collections is not UNSET:
            field_dict["exclude_system_collections"] = exclude_system_collections
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        implicit: bool | dict[str, Any] | Unset
        if isinstance(self.implicit, Unset):
            implicit = UNSET
        elif isinstance(self.implicit, BooleanOperators):
            implicit = self.implicit.to_dict()
        else:
            implicit = self.implicit
        if implicit is not UNSET:
            field_dict["implicit"] = implicit
        item_id: dict[str, Any] | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        elif isinstance(self.item_id, UuidOperators):
            item_id = self.item_id.to_dict()
        else:
            item_id = str(self.item_id)

        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        position: dict[str, Any] | int | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, IntegerOperators):
            position = self.position.to_dict()
        else:
            position = self.position
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CollectionItemFilter)", d)
            d = dict(d)
        n__absent = 0
        try:
            collection_id = _parse__collection_id(d.get("collection_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("collection_id")
            raise

        if collection_id is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        _exclude_system_collections = d.get("exclude_system_collections", UNSET)
        exclude_system_collections: bool | BooleanOperators | Unset
        if _exclude_system_collections is UNSET:
            exclude_system_collections = _exclude_system_collections
        elif isinstance(_exclude_system_collections, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_exclude_system_collections)
            except FieldError as field__error:
                field__error.segments.append("exclude_system_collections")
                raise

            exclude_system_collections = componentsschemas_boolean_condition_type_0
        elif isinstance(_exclude_system_collections, bool):
            exclude_system_collections = _exclude_system_collections
        else:
            raise FieldError(
                "one of object (BooleanOperators), boolean", _exclude_system_collections, "exclude_system_collections"
            )

        if exclude_system_collections is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        _implicit = d.get("implicit", UNSET)
        implicit: bool | BooleanOperators | Unset
        if _implicit is UNSET:
            implicit = _implicit
        elif isinstance(_implicit, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_implicit)
            except FieldError as field__error:
                field__error.segments.append("implicit")
                raise

            implicit = componentsschemas_boolean_condition_type_0
        elif isinstance(_implicit, bool):
            implicit = _implicit
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _implicit, "implicit")

        if implicit is UNSET:
            n__absent += 1

        try:
            item_id = _parse__item_id(d.get("item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("item_id")
            raise

        if item_id is UNSET:
            n__absent += 1

        _position = d.get("position", UNSET)
        position: int | IntegerOperators | Unset
        if _position is UNSET:
            position = _position
        elif isinstance(_position, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_position)
            except FieldError as field__error:
                field__error.segments.append("position")
                raise

            position = componentsschemas_integer_condition_type_0
        elif isinstance(_position, int) and _position is not True and _position is not False:
            position = _position
        else:
            raise FieldError("one of object (IntegerOperators), integer", _position, "position")

        if position is UNSET:
            n__absent += 1

        if cls is _plain__class:
            collection_item_filter = _new__object(cls)
            collection_item_filter.collection_id = collection_id
            collection_item_filter.created_at = created_at
            collection_item_filter.exclude_system_collections = exclude_system_collections
            collection_item_filter.id = id
            collection_item_filter.implicit = implicit
            collection_item_filter.item_id = item_id
            collection_item_filter.position = position
        else:
            collection_item_filter = cls(
                collection_id,
                created_at,
                exclude_system_collections,
                id,
                implicit,
                item_id,
                position,
            )
        if len(d) + n__absent != 7:
            for prop_name in d:
                if prop_name not in {
                    "collection_id",
                    "created_at",
                    "exclude_system_collections",
                    "id",
                    "implicit",
                    "item_id",
                    "position",
                }:
                    raise FieldError(
                        "no such property (CollectionItemFilter allows no others)", None, prop_name, found="one"
                    )
        return collection_item_filter

    __repr__ = _model__repr


_plain__class: type[CollectionItemFilter] | None = (
    CollectionItemFilter
    if {field.name for field in _attrs_fields(CollectionItemFilter)}
    == {"collection_id", "created_at", "exclude_system_collections", "id", "implicit", "item_id", "position"}
    and not hasattr(CollectionItemFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
