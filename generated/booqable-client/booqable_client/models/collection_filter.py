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
    from ..models.integer_operators import IntegerOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, IntegerOperators, StringEqualOperators, TextOperators, UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="CollectionFilter")


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
        collection_type: dict[str, Any] | str | Unset
        if isinstance(self.collection_type, Unset):
            collection_type = UNSET
        elif isinstance(self.collection_type, StringEqualOperators):
            collection_type = self.collection_type.to_dict()
        else:
            collection_type = self.collection_type

        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        depth: dict[str, Any] | int | Unset
        if isinstance(self.depth, Unset):
            depth = UNSET
        elif isinstance(self.depth, IntegerOperators):
            depth = self.depth.to_dict()
        else:
            depth = self.depth

        description: dict[str, Any] | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, TextOperators):
            description = self.description.to_dict()
        else:
            description = self.description

        hierarchical_q: dict[str, Any] | str | Unset
        if isinstance(self.hierarchical_q, Unset):
            hierarchical_q = UNSET
        elif isinstance(self.hierarchical_q, StringEqualOperators):
            hierarchical_q = self.hierarchical_q.to_dict()
        else:
            hierarchical_q = self.hierarchical_q

        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        name: dict[str, Any] | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TextOperators):
            name = self.name.to_dict()
        else:
            name = self.name

        parent_id: dict[str, Any] | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UuidOperators):
            parent_id = self.parent_id.to_dict()
        else:
            parent_id = str(self.parent_id)

        position: dict[str, Any] | int | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, IntegerOperators):
            position = self.position.to_dict()
        else:
            position = self.position

        q: dict[str, Any] | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        elif isinstance(self.q, StringEqualOperators):
            q = self.q.to_dict()
        else:
            q = self.q

        seo_description: dict[str, Any] | str | Unset
        if isinstance(self.seo_description, Unset):
            seo_description = UNSET
        elif isinstance(self.seo_description, TextOperators):
            seo_description = self.seo_description.to_dict()
        else:
            seo_description = self.seo_description

        seo_title: dict[str, Any] | str | Unset
        if isinstance(self.seo_title, Unset):
            seo_title = UNSET
        elif isinstance(self.seo_title, TextOperators):
            seo_title = self.seo_title.to_dict()
        else:
            seo_title = self.seo_title

        show_in_store: bool | dict[str, Any] | Unset
        if isinstance(self.show_in_store, Unset):
            show_in_store = UNSET
        elif isinstance(self.show_in_store, BooleanOperators):
            show_in_store = self.show_in_store.to_dict()
        else:
            show_in_store = self.show_in_store

        slug: dict[str, Any] | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        elif isinstance(self.slug, TextOperators):
            slug = self.slug.to_dict()
        else:
            slug = self.slug

        system: bool | dict[str, Any] | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, BooleanOperators):
            system = self.system.to_dict()
        else:
            system = self.system

        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if collection_type is not UNSET:
            field_dict["collection_type"] = collection_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if depth is not UNSET:
            field_dict["depth"] = depth
        if description is not UNSET:
            field_dict["description"] = description
        if hierarchical_q is not UNSET:
            field_dict["hierarchical_q"] = hierarchical_q
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if position is not UNSET:
            field_dict["position"] = position
        if q is not UNSET:
            field_dict["q"] = q
        if seo_description is not UNSET:
            field_dict["seo_description"] = seo_description
        if seo_title is not UNSET:
            field_dict["seo_title"] = seo_title
        if show_in_store is not UNSET:
            field_dict["show_in_store"] = show_in_store
        if slug is not UNSET:
            field_dict["slug"] = slug
        if system is not UNSET:
            field_dict["system"] = system
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CollectionFilter)", src_dict)
        d = dict(src_dict)

        def _parse_collection_type(data: object) -> str | StringEqualOperators | Unset:
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
            collection_type = _parse_collection_type(d.pop("collection_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("collection_type")
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

        def _parse_depth(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            depth = _parse_depth(d.pop("depth", UNSET))
        except FieldError as field__error:
            field__error.segments.append("depth")
            raise

        def _parse_description(data: object) -> str | TextOperators | Unset:
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
            description = _parse_description(d.pop("description", UNSET))
        except FieldError as field__error:
            field__error.segments.append("description")
            raise

        def _parse_hierarchical_q(data: object) -> str | StringEqualOperators | Unset:
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
            hierarchical_q = _parse_hierarchical_q(d.pop("hierarchical_q", UNSET))
        except FieldError as field__error:
            field__error.segments.append("hierarchical_q")
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

        def _parse_parent_id(data: object) -> Unset | UUID | UuidOperators:
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
            parent_id = _parse_parent_id(d.pop("parent_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("parent_id")
            raise

        def _parse_position(data: object) -> int | IntegerOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_condition_type_0 = IntegerOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_condition_type_0):
                            return componentsschemas_integer_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerOperators), integer", data)

        try:
            position = _parse_position(d.pop("position", UNSET))
        except FieldError as field__error:
            field__error.segments.append("position")
            raise

        def _parse_q(data: object) -> str | StringEqualOperators | Unset:
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
            q = _parse_q(d.pop("q", UNSET))
        except FieldError as field__error:
            field__error.segments.append("q")
            raise

        def _parse_seo_description(data: object) -> str | TextOperators | Unset:
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
            seo_description = _parse_seo_description(d.pop("seo_description", UNSET))
        except FieldError as field__error:
            field__error.segments.append("seo_description")
            raise

        def _parse_seo_title(data: object) -> str | TextOperators | Unset:
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
            seo_title = _parse_seo_title(d.pop("seo_title", UNSET))
        except FieldError as field__error:
            field__error.segments.append("seo_title")
            raise

        def _parse_show_in_store(data: object) -> bool | BooleanOperators | Unset:
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
            show_in_store = _parse_show_in_store(d.pop("show_in_store", UNSET))
        except FieldError as field__error:
            field__error.segments.append("show_in_store")
            raise

        def _parse_slug(data: object) -> str | TextOperators | Unset:
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
            slug = _parse_slug(d.pop("slug", UNSET))
        except FieldError as field__error:
            field__error.segments.append("slug")
            raise

        def _parse_system(data: object) -> bool | BooleanOperators | Unset:
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
            system = _parse_system(d.pop("system", UNSET))
        except FieldError as field__error:
            field__error.segments.append("system")
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

        collection_filter = cls(
            collection_type=collection_type,
            created_at=created_at,
            depth=depth,
            description=description,
            hierarchical_q=hierarchical_q,
            id=id,
            name=name,
            parent_id=parent_id,
            position=position,
            q=q,
            seo_description=seo_description,
            seo_title=seo_title,
            show_in_store=show_in_store,
            slug=slug,
            system=system,
            updated_at=updated_at,
        )

        if d:
            raise FieldError("no such property (CollectionFilter allows no others)", None, next(iter(d)), found="one")
        return collection_filter
