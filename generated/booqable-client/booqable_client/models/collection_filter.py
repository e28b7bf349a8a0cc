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
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__IntegerOperators: Callable[[Mapping[str, Any]], IntegerOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, IntegerOperators, StringEqualOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__IntegerOperators, _from_dict__StringEqualOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__IntegerOperators = IntegerOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="CollectionFilter")


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


def _parse__parent_id(data: object) -> Unset | UUID | UuidOperators:
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
class CollectionFilter:
    """Filters for collections: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            collection_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            depth (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            description (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            hierarchical_q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            parent_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            position (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            seo_description (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            seo_title (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            show_in_store (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            slug (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            system (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    collection_type: str | StringEqualOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    depth: int | IntegerOperators | Unset = UNSET
    description: str | TextOperators | Unset = UNSET
    hierarchical_q: str | StringEqualOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    name: str | TextOperators | Unset = UNSET
    parent_id: Unset | UUID | UuidOperators = UNSET
    position: int | IntegerOperators | Unset = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    seo_description: str | TextOperators | Unset = UNSET
    seo_title: str | TextOperators | Unset = UNSET
    show_in_store: bool | BooleanOperators | Unset = UNSET
    slug: str | TextOperators | Unset = UNSET
    system: bool | BooleanOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        collection_type: dict[str, Any] | str | Unset
        if isinstance(self.collection_type, Unset):
            collection_type = UNSET
        elif isinstance(self.collection_type, StringEqualOperators):
            collection_type = self.collection_type.to_dict()
        else:
            collection_type = self.collection_type
        if collection_type is not UNSET:
            field_dict["collection_type"] = collection_type
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
        depth: dict[str, Any] | int | Unset
        if isinstance(self.depth, Unset):
            depth = UNSET
        elif isinstance(self.depth, IntegerOperators):
            depth = self.depth.to_dict()
        else:
            depth = self.depth
        if depth is not UNSET:
            field_dict["depth"] = depth
        description: dict[str, Any] | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, TextOperators):
            description = self.description.to_dict()
        else:
            description = self.description
        if description is not UNSET:
            field_dict["description"] = description
        hierarchical_q: dict[str, Any] | str | Unset
        if isinstance(self.hierarchical_q, Unset):
            hierarchical_q = UNSET
        elif isinstance(self.hierarchical_q, StringEqualOperators):
            hierarchical_q = self.hierarchical_q.to_dict()
        else:
            hierarchical_q = self.hierarchical_q
        if hierarchical_q is not UNSET:
            field_dict["hierarchical_q"] = hierarchical_q
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        name: dict[str, Any] | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TextOperators):
            name = self.name.to_dict()
        else:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        parent_id: dict[str, Any] | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UuidOperators):
            parent_id = self.parent_id.to_dict()
        else:
            parent_id = str(self.parent_id)

        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        position: dict[str, Any] | int | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, IntegerOperators):
            position = self.position.to_dict()
        else:
            position = self.position
        if position is not UNSET:
            field_dict["position"] = position
        q: dict[str, Any] | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        elif isinstance(self.q, StringEqualOperators):
            q = self.q.to_dict()
        else:
            q = self.q
        if q is not UNSET:
            field_dict["q"] = q
        seo_description: dict[str, Any] | str | Unset
        if isinstance(self.seo_description, Unset):
            seo_description = UNSET
        elif isinstance(self.seo_description, TextOperators):
            seo_description = self.seo_description.to_dict()
        else:
            seo_description = self.seo_description
        if seo_description is not UNSET:
            field_dict["seo_description"] = seo_description
        seo_title: dict[str, Any] | str | Unset
        if isinstance(self.seo_title, Unset):
            seo_title = UNSET
        elif isinstance(self.seo_title, TextOperators):
            seo_title = self.seo_title.to_dict()
        else:
            seo_title = self.seo_title
        if seo_title is not UNSET:
            field_dict["seo_title"] = seo_title
        show_in_store: bool | dict[str, Any] | Unset
        if isinstance(self.show_in_store, Unset):
            show_in_store = UNSET
        elif isinstance(self.show_in_store, BooleanOperators):
            show_in_store = self.show_in_store.to_dict()
        else:
            show_in_store = self.show_in_store
        if show_in_store is not UNSET:
            field_dict["show_in_store"] = show_in_store
        slug: dict[str, Any] | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        elif isinstance(self.slug, TextOperators):
            slug = self.slug.to_dict()
        else:
            slug = self.slug
        if slug is not UNSET:
            field_dict["slug"] = slug
        system: bool | dict[str, Any] | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, BooleanOperators):
            system = self.system.to_dict()
        else:
            system = self.system
        if system is not UNSET:
            field_dict["system"] = system
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
                raise FieldError("object (CollectionFilter)", d)
            d = dict(d)
        n__absent = 0
        _collection_type = d.get("collection_type", UNSET)
        collection_type: str | StringEqualOperators | Unset
        if _collection_type is UNSET:
            collection_type = _collection_type
        elif isinstance(_collection_type, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_collection_type)
            except FieldError as field__error:
                field__error.segments.append("collection_type")
                raise

            collection_type = componentsschemas_string_equal_condition_type_0
        elif isinstance(_collection_type, str):
            collection_type = _collection_type
        else:
            raise FieldError("one of object (StringEqualOperators), string", _collection_type, "collection_type")

        if collection_type is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        _depth = d.get("depth", UNSET)
        depth: int | IntegerOperators | Unset
        if _depth is UNSET:
            depth = _depth
        elif isinstance(_depth, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_depth)
            except FieldError as field__error:
                field__error.segments.append("depth")
                raise

            depth = componentsschemas_integer_condition_type_0
        elif isinstance(_depth, int) and _depth is not True and _depth is not False:
            depth = _depth
        else:
            raise FieldError("one of object (IntegerOperators), integer", _depth, "depth")

        if depth is UNSET:
            n__absent += 1

        _description = d.get("description", UNSET)
        description: str | TextOperators | Unset
        if _description is UNSET:
            description = _description
        elif isinstance(_description, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_description)
            except FieldError as field__error:
                field__error.segments.append("description")
                raise

            description = componentsschemas_text_condition_type_0
        elif isinstance(_description, str):
            description = _description
        else:
            raise FieldError("one of object (TextOperators), string", _description, "description")

        if description is UNSET:
            n__absent += 1

        _hierarchical_q = d.get("hierarchical_q", UNSET)
        hierarchical_q: str | StringEqualOperators | Unset
        if _hierarchical_q is UNSET:
            hierarchical_q = _hierarchical_q
        elif isinstance(_hierarchical_q, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_hierarchical_q)
            except FieldError as field__error:
                field__error.segments.append("hierarchical_q")
                raise

            hierarchical_q = componentsschemas_string_equal_condition_type_0
        elif isinstance(_hierarchical_q, str):
            hierarchical_q = _hierarchical_q
        else:
            raise FieldError("one of object (StringEqualOperators), string", _hierarchical_q, "hierarchical_q")

        if hierarchical_q is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
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
            parent_id = _parse__parent_id(d.get("parent_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("parent_id")
            raise

        if parent_id is UNSET:
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

        _q = d.get("q", UNSET)
        q: str | StringEqualOperators | Unset
        if _q is UNSET:
            q = _q
        elif isinstance(_q, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_q)
            except FieldError as field__error:
                field__error.segments.append("q")
                raise

            q = componentsschemas_string_equal_condition_type_0
        elif isinstance(_q, str):
            q = _q
        else:
            raise FieldError("one of object (StringEqualOperators), string", _q, "q")

        if q is UNSET:
            n__absent += 1

        _seo_description = d.get("seo_description", UNSET)
        seo_description: str | TextOperators | Unset
        if _seo_description is UNSET:
            seo_description = _seo_description
        elif isinstance(_seo_description, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_seo_description)
            except FieldError as field__error:
                field__error.segments.append("seo_description")
                raise

            seo_description = componentsschemas_text_condition_type_0
        elif isinstance(_seo_description, str):
            seo_description = _seo_description
        else:
            raise FieldError("one of object (TextOperators), string", _seo_description, "seo_description")

        if seo_description is UNSET:
            n__absent += 1

        _seo_title = d.get("seo_title", UNSET)
        seo_title: str | TextOperators | Unset
        if _seo_title is UNSET:
            seo_title = _seo_title
        elif isinstance(_seo_title, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_seo_title)
            except FieldError as field__error:
                field__error.segments.append("seo_title")
                raise

            seo_title = componentsschemas_text_condition_type_0
        elif isinstance(_seo_title, str):
            seo_title = _seo_title
        else:
            raise FieldError("one of object (TextOperators), string", _seo_title, "seo_title")

        if seo_title is UNSET:
            n__absent += 1

        _show_in_store = d.get("show_in_store", UNSET)
        show_in_store: bool | BooleanOperators | Unset
        if _show_in_store is UNSET:
            show_in_store = _show_in_store
        elif isinstance(_show_in_store, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_show_in_store)
            except FieldError as field__error:
                field__error.segments.append("show_in_store")
                raise

            show_in_store = componentsschemas_boolean_condition_type_0
        elif isinstance(_show_in_store, bool):
            show_in_store = _show_in_store
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _show_in_store, "show_in_store")

        if show_in_store is UNSET:
            n__absent += 1

        _slug = d.get("slug", UNSET)
        slug: str | TextOperators | Unset
        if _slug is UNSET:
            slug = _slug
        elif isinstance(_slug, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_slug)
            except FieldError as field__error:
                field__error.segments.append("slug")
                raise

            slug = componentsschemas_text_condition_type_0
        elif isinstance(_slug, str):
            slug = _slug
        else:
            raise FieldError("one of object (TextOperators), string", _slug, "slug")

        if slug is UNSET:
            n__absent += 1

        _system = d.get("system", UNSET)
        system: bool | BooleanOperators | Unset
        if _system is UNSET:
            system = _system
        elif isinstance(_system, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_system)
            except FieldError as field__error:
                field__error.segments.append("system")
                raise

            system = componentsschemas_boolean_condition_type_0
        elif isinstance(_system, bool):
            system = _system
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _system, "system")

        if system is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            collection_filter = _new__object(cls)
            collection_filter.collection_type = collection_type
            collection_filter.created_at = created_at
            collection_filter.depth = depth
            collection_filter.description = description
            collection_filter.hierarchical_q = hierarchical_q
            collection_filter.id = id
            collection_filter.name = name
            collection_filter.parent_id = parent_id
            collection_filter.position = position
            collection_filter.q = q
            collection_filter.seo_description = seo_description
            collection_filter.seo_title = seo_title
            collection_filter.show_in_store = show_in_store
            collection_filter.slug = slug
            collection_filter.system = system
            collection_filter.updated_at = updated_at
        else:
            collection_filter = cls(
                collection_type,
                created_at,
                depth,
                description,
                hierarchical_q,
                id,
                name,
                parent_id,
                position,
                q,
                seo_description,
                seo_title,
                show_in_store,
                slug,
                system,
                updated_at,
            )
        if len(d) + n__absent != 16:
            for prop_name in d:
                if prop_name not in {
                    "collection_type",
                    "created_at",
                    "depth",
                    "description",
                    "hierarchical_q",
                    "id",
                    "name",
                    "parent_id",
                    "position",
                    "q",
                    "seo_description",
                    "seo_title",
                    "show_in_store",
                    "slug",
                    "system",
                    "updated_at",
                }:
                    raise FieldError(
                        "no such property (CollectionFilter allows no others)", None, prop_name, found="one"
                    )
        return collection_filter

    __repr__ = _model__repr


_plain__class: type[CollectionFilter] | None = (
    CollectionFilter
    if {field.name for field in _attrs_fields(CollectionFilter)}
    == {
        "collection_type",
        "created_at",
        "depth",
        "description",
        "hierarchical_q",
        "id",
        "name",
        "parent_id",
        "position",
        "q",
        "seo_description",
        "seo_title",
        "show_in_store",
        "slug",
        "system",
        "updated_at",
    }
    and not hasattr(CollectionFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
