from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_equal_operators import DatetimeEqualOperators
    from ..models.hash_operators import HashOperators
    from ..models.json_object import JsonObject
    from ..models.uuid_equal_operators import UuidEqualOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, DatetimeEqualOperators, HashOperators, JsonObject, UuidEqualOperators  # noqa: PLW0603
    from ..models.datetime_equal_operators import DatetimeEqualOperators  # noqa: PLC0415
    from ..models.hash_operators import HashOperators  # noqa: PLC0415
    from ..models.json_object import JsonObject  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="InventoryAvailabilityFilter")


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
            configuration (HashOperators | JsonObject | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
    """

    from_: datetime.datetime | DatetimeEqualOperators
    item_id: list[UUID] | str | UuidEqualOperators
    location_id: UUID | UuidEqualOperators
    till: datetime.datetime | DatetimeEqualOperators
    configuration: HashOperators | JsonObject | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        from_: dict[str, Any] | str
        if isinstance(self.from_, DatetimeEqualOperators):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_.isoformat().replace("+00:00", "Z")

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

        location_id: dict[str, Any] | str
        if isinstance(self.location_id, UuidEqualOperators):
            location_id = self.location_id.to_dict()
        else:
            location_id = str(self.location_id)

        till: dict[str, Any] | str
        if isinstance(self.till, DatetimeEqualOperators):
            till = self.till.to_dict()
        else:
            till = self.till.isoformat().replace("+00:00", "Z")

        configuration: dict[str, Any] | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, HashOperators):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from": from_,
                "item_id": item_id,
                "location_id": location_id,
                "till": till,
            }
        )
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (InventoryAvailabilityFilter)", src_dict)
        d = dict(src_dict)

        def _parse_from_(data: object) -> datetime.datetime | DatetimeEqualOperators:
            choice: Choice[datetime.datetime | DatetimeEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_equal_condition_type_0 = DatetimeEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_equal_condition_type_0):
                            return componentsschemas_datetime_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_equal_condition_type_1 = data
                        try:
                            componentsschemas_datetime_equal_condition_type_1 = datetime.datetime.fromisoformat(
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

        try:
            from_ = _parse_from_(d.pop("from", UNSET))
        except FieldError as field__error:
            field__error.segments.append("from")
            raise

        def _parse_item_id(data: object) -> list[UUID] | str | UuidEqualOperators:
            choice: Choice[list[UUID] | str | UuidEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_id_list_condition_type_0 = UuidEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_id_list_condition_type_0):
                            return componentsschemas_id_list_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
                if isinstance(data, list):
                    try:
                        _componentsschemas_id_list_condition_type_2 = data
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
                                        componentsschemas_id_list_condition_type_2_item = UUID(
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
                                raise
                        else:
                            raise FieldError("array", _componentsschemas_id_list_condition_type_2)

                        if choice.take(componentsschemas_id_list_condition_type_2):
                            return componentsschemas_id_list_condition_type_2
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidEqualOperators), string, array", data)

        try:
            item_id = _parse_item_id(d.pop("item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("item_id")
            raise

        def _parse_location_id(data: object) -> UUID | UuidEqualOperators:
            choice: Choice[UUID | UuidEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_equal_condition_type_0 = UuidEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_equal_condition_type_0):
                            return componentsschemas_uuid_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_equal_condition_type_1 = data
                        try:
                            componentsschemas_uuid_equal_condition_type_1 = UUID(
                                _componentsschemas_uuid_equal_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "UUID", _componentsschemas_uuid_equal_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_uuid_equal_condition_type_1):
                            return componentsschemas_uuid_equal_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidEqualOperators), UUID string", data)

        try:
            location_id = _parse_location_id(d.pop("location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("location_id")
            raise

        def _parse_till(data: object) -> datetime.datetime | DatetimeEqualOperators:
            choice: Choice[datetime.datetime | DatetimeEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_equal_condition_type_0 = DatetimeEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_equal_condition_type_0):
                            return componentsschemas_datetime_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_equal_condition_type_1 = data
                        try:
                            componentsschemas_datetime_equal_condition_type_1 = datetime.datetime.fromisoformat(
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

        try:
            till = _parse_till(d.pop("till", UNSET))
        except FieldError as field__error:
            field__error.segments.append("till")
            raise

        def _parse_configuration(data: object) -> HashOperators | JsonObject | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[HashOperators | JsonObject | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_hash_condition_type_0 = HashOperators.from_dict(data)

                        if choice.take(componentsschemas_hash_condition_type_0):
                            return componentsschemas_hash_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, dict):
                    try:
                        componentsschemas_hash_condition_type_1 = JsonObject.from_dict(data)

                        if choice.take(componentsschemas_hash_condition_type_1):
                            return componentsschemas_hash_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (HashOperators), object (JsonObject)", data)

        try:
            configuration = _parse_configuration(d.pop("configuration", UNSET))
        except FieldError as field__error:
            field__error.segments.append("configuration")
            raise

        inventory_availability_filter = cls(
            from_=from_,
            item_id=item_id,
            location_id=location_id,
            till=till,
            configuration=configuration,
        )

        if d:
            raise FieldError(
                "no such property (InventoryAvailabilityFilter allows no others)", None, next(iter(d)), found="one"
            )
        return inventory_availability_filter
