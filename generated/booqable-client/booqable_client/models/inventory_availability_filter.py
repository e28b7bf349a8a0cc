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
    from ..models.datetime_equal_operators import DatetimeEqualOperators
    from ..models.hash_operators import HashOperators
    from ..models.uuid_equal_operators import UuidEqualOperators

_refs__resolved = False
_from_dict__DatetimeEqualOperators: Callable[[Mapping[str, Any]], DatetimeEqualOperators]
_from_dict__HashOperators: Callable[[Mapping[str, Any]], HashOperators]
_from_dict__UuidEqualOperators: Callable[[Mapping[str, Any]], UuidEqualOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DatetimeEqualOperators, HashOperators, UuidEqualOperators  # noqa: PLW0603
    global _from_dict__DatetimeEqualOperators, _from_dict__HashOperators, _from_dict__UuidEqualOperators  # noqa: PLW0603
    from ..models.datetime_equal_operators import DatetimeEqualOperators  # noqa: PLC0415
    from ..models.hash_operators import HashOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415

    _from_dict__DatetimeEqualOperators = DatetimeEqualOperators.from_dict
    _from_dict__HashOperators = HashOperators.from_dict
    _from_dict__UuidEqualOperators = UuidEqualOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="InventoryAvailabilityFilter")


def _parse__from_(data: object) -> datetime.datetime | DatetimeEqualOperators:
    choice: Choice[datetime.datetime | DatetimeEqualOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_equal_condition_type_0 = _from_dict__DatetimeEqualOperators(data)

                if choice.take(componentsschemas_datetime_equal_condition_type_0):
                    return componentsschemas_datetime_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_equal_condition_type_1 = data
                try:
                    componentsschemas_datetime_equal_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_equal_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable(
                        "date-time", _componentsschemas_datetime_equal_condition_type_1
                    ) from None

                if choice.take(componentsschemas_datetime_equal_condition_type_1):
                    return componentsschemas_datetime_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeEqualOperators), date-time string", data)


def _parse__location_id(data: object) -> UUID | UuidEqualOperators:
    choice: Choice[UUID | UuidEqualOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_equal_condition_type_0 = _from_dict__UuidEqualOperators(data)

                if choice.take(componentsschemas_uuid_equal_condition_type_0):
                    return componentsschemas_uuid_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_equal_condition_type_1 = data
                try:
                    componentsschemas_uuid_equal_condition_type_1 = parse_uuid(
                        _componentsschemas_uuid_equal_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_equal_condition_type_1) from None

                if choice.take(componentsschemas_uuid_equal_condition_type_1):
                    return componentsschemas_uuid_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidEqualOperators), UUID string", data)


def _parse__till(data: object) -> datetime.datetime | DatetimeEqualOperators:
    choice: Choice[datetime.datetime | DatetimeEqualOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_equal_condition_type_0 = _from_dict__DatetimeEqualOperators(data)

                if choice.take(componentsschemas_datetime_equal_condition_type_0):
                    return componentsschemas_datetime_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_equal_condition_type_1 = data
                try:
                    componentsschemas_datetime_equal_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_equal_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable(
                        "date-time", _componentsschemas_datetime_equal_condition_type_1
                    ) from None

                if choice.take(componentsschemas_datetime_equal_condition_type_1):
                    return componentsschemas_datetime_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeEqualOperators), date-time string", data)


def _parse__configuration(data: object) -> dict[str, Any] | HashOperators | Unset:
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


@_attrs_define
class InventoryAvailabilityFilter:
    """Filters for inventory availabilities: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`. `from`, `item_id`, `location_id`, `till` must be given.

        Attributes:
            from_ (datetime.datetime | DatetimeEqualOperators): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            item_id (list[UUID] | str | UuidEqualOperators): A filter on an ID attribute that takes several values:
                operators, one ID, several IDs repeated as `filter[<attribute>][]=<id>`, or IDs joined with commas, as the
                examples send them.
            location_id (UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            till (datetime.datetime | DatetimeEqualOperators): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            configuration (dict[str, Any] | HashOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    from_: datetime.datetime | DatetimeEqualOperators
    item_id: list[UUID] | str | UuidEqualOperators
    location_id: UUID | UuidEqualOperators
    till: datetime.datetime | DatetimeEqualOperators
    configuration: dict[str, Any] | HashOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        from_: dict[str, Any] | str
        if isinstance(self.from_, DatetimeEqualOperators):
            from_ = self.from_.to_dict()
        else:
            from_ = (
                self.from_.isoformat().replace("+00:00", "Z")
                if self.from_.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeEqualCondition_type_1")
            )

        field_dict["from"] = from_
        item_id: dict[str, Any] | list[str] | str
        if isinstance(self.item_id, UuidEqualOperators):
            item_id = self.item_id.to_dict()
        elif isinstance(self.item_id, list):
            item_id = []
            for componentsschemas_id_list_condition_type_2_item_data in self.item_id:
                componentsschemas_id_list_condition_type_2_item = str(
                    componentsschemas_id_list_condition_type_2_item_data
                )
                item_id.append(componentsschemas_id_list_condition_type_2_item)

        else:
            item_id = self.item_id
        field_dict["item_id"] = item_id
        location_id: dict[str, Any] | str
        if isinstance(self.location_id, UuidEqualOperators):
            location_id = self.location_id.to_dict()
        else:
            location_id = str(self.location_id)

        field_dict["location_id"] = location_id
        till: dict[str, Any] | str
        if isinstance(self.till, DatetimeEqualOperators):
            till = self.till.to_dict()
        else:
            till = (
                self.till.isoformat().replace("+00:00", "Z")
                if self.till.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeEqualCondition_type_1")
            )

        field_dict["till"] = till
        configuration: dict[str, Any] | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, HashOperators):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (InventoryAvailabilityFilter)", d)
            d = dict(d)
        n__absent = 0
        try:
            from_ = _parse__from_(d.get("from", UNSET))
        except FieldError as field__error:
            field__error.segments.append("from")
            raise

        _item_id = d.get("item_id", UNSET)
        item_id: list[UUID] | str | UuidEqualOperators
        if isinstance(_item_id, dict):
            try:
                componentsschemas_id_list_condition_type_0 = _from_dict__UuidEqualOperators(_item_id)
            except FieldError as field__error:
                field__error.segments.append("item_id")
                raise

            item_id = componentsschemas_id_list_condition_type_0
        elif isinstance(_item_id, list):
            _componentsschemas_id_list_condition_type_2 = _item_id
            if isinstance(_componentsschemas_id_list_condition_type_2, list):
                componentsschemas_id_list_condition_type_2 = []
                try:
                    for (
                        componentsschemas_id_list_condition_type_2_item_data
                    ) in _componentsschemas_id_list_condition_type_2:
                        _componentsschemas_id_list_condition_type_2_item = (
                            componentsschemas_id_list_condition_type_2_item_data
                        )
                        try:
                            componentsschemas_id_list_condition_type_2_item = parse_uuid(
                                _componentsschemas_id_list_condition_type_2_item
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "UUID", _componentsschemas_id_list_condition_type_2_item
                            ) from None

                        componentsschemas_id_list_condition_type_2.append(
                            componentsschemas_id_list_condition_type_2_item
                        )
                except FieldError as field__error:
                    field__error.segments.append(len(componentsschemas_id_list_condition_type_2))
                    field__error.segments.append("item_id")
                    raise
            else:
                raise FieldError("array", _componentsschemas_id_list_condition_type_2, "item_id")

            item_id = componentsschemas_id_list_condition_type_2
        elif isinstance(_item_id, str):
            item_id = _item_id
        else:
            raise FieldError("one of object (UuidEqualOperators), string, array", _item_id, "item_id")

        try:
            location_id = _parse__location_id(d.get("location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("location_id")
            raise

        try:
            till = _parse__till(d.get("till", UNSET))
        except FieldError as field__error:
            field__error.segments.append("till")
            raise

        try:
            configuration = _parse__configuration(d.get("configuration", UNSET))
        except FieldError as field__error:
            field__error.segments.append("configuration")
            raise

        if configuration is UNSET:
            n__absent += 1

        if cls is _plain__class:
            inventory_availability_filter = _new__object(cls)
            inventory_availability_filter.from_ = from_
            inventory_availability_filter.item_id = item_id
            inventory_availability_filter.location_id = location_id
            inventory_availability_filter.till = till
            inventory_availability_filter.configuration = configuration
        else:
            inventory_availability_filter = cls(
                from_,
                item_id,
                location_id,
                till,
                configuration,
            )
        if len(d) + n__absent != 5:
            for prop_name in d:
                if prop_name not in {"from", "item_id", "location_id", "till", "configuration"}:
                    raise FieldError(
                        "no such property (InventoryAvailabilityFilter allows no others)", None, prop_name, found="one"
                    )
        return inventory_availability_filter

    __repr__ = _model__repr


_plain__class: type[InventoryAvailabilityFilter] | None = (
    InventoryAvailabilityFilter
    if {field.name for field in _attrs_fields(InventoryAvailabilityFilter)}
    == {"from_", "item_id", "location_id", "till", "configuration"}
    and not hasattr(InventoryAvailabilityFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
