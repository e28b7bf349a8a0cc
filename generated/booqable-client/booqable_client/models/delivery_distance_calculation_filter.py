from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.uuid_equal_operators import UuidEqualOperators

_refs__resolved = False
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__UuidEqualOperators: Callable[[Mapping[str, Any]], UuidEqualOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, StringEqualOperators, UuidEqualOperators  # noqa: PLW0603
    global _from_dict__StringEqualOperators, _from_dict__UuidEqualOperators  # noqa: PLW0603
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415

    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__UuidEqualOperators = UuidEqualOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="DeliveryDistanceCalculationFilter")


def _parse__delivery_address_property_id(data: object) -> Unset | UUID | UuidEqualOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[Unset | UUID | UuidEqualOperators] = Choice()
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


@_attrs_define
class DeliveryDistanceCalculationFilter:
    """Filters for delivery distance calculations: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            delivery_address_property_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            location_ids (list[str] | str | StringEqualOperators | Unset): A filter that takes several values: operators,
                one value, or several repeated as `filter[<attribute>][]=<value>`, as the examples send them.
    """

    delivery_address_property_id: Unset | UUID | UuidEqualOperators = UNSET
    location_ids: list[str] | str | StringEqualOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        delivery_address_property_id: dict[str, Any] | str | Unset
        if isinstance(self.delivery_address_property_id, Unset):
            delivery_address_property_id = UNSET
        elif isinstance(self.delivery_address_property_id, UuidEqualOperators):
            delivery_address_property_id = self.delivery_address_property_id.to_dict()
        else:
            delivery_address_property_id = str(self.delivery_address_property_id)

        if delivery_address_property_id is not UNSET:
            field_dict["delivery_address_property_id"] = delivery_address_property_id
        location_ids: dict[str, Any] | list[str] | str | Unset
        if isinstance(self.location_ids, Unset):
            location_ids = UNSET
        elif isinstance(self.location_ids, StringEqualOperators):
            location_ids = self.location_ids.to_dict()
        elif isinstance(self.location_ids, list):
            location_ids = self.location_ids

        else:
            location_ids = self.location_ids
        if location_ids is not UNSET:
            field_dict["location_ids"] = location_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DeliveryDistanceCalculationFilter)", d)
            d = dict(d)
        n__absent = 0
        try:
            delivery_address_property_id = _parse__delivery_address_property_id(
                d.get("delivery_address_property_id", UNSET)
            )
        except FieldError as field__error:
            field__error.segments.append("delivery_address_property_id")
            raise

        if delivery_address_property_id is UNSET:
            n__absent += 1

        _location_ids = d.get("location_ids", UNSET)
        location_ids: list[str] | str | StringEqualOperators | Unset
        if _location_ids is UNSET:
            location_ids = _location_ids
        elif isinstance(_location_ids, dict):
            try:
                componentsschemas_string_list_condition_type_0 = _from_dict__StringEqualOperators(_location_ids)
            except FieldError as field__error:
                field__error.segments.append("location_ids")
                raise

            location_ids = componentsschemas_string_list_condition_type_0
        elif isinstance(_location_ids, list):
            _componentsschemas_string_list_condition_type_2 = _location_ids
            if isinstance(_componentsschemas_string_list_condition_type_2, list):
                for (
                    componentsschemas_string_list_condition_type_2_item
                ) in _componentsschemas_string_list_condition_type_2:
                    if not (type(componentsschemas_string_list_condition_type_2_item) is str) and not isinstance(
                        componentsschemas_string_list_condition_type_2_item, str
                    ):
                        raise FieldError(
                            "string",
                            componentsschemas_string_list_condition_type_2_item,
                            _position(
                                _componentsschemas_string_list_condition_type_2,
                                componentsschemas_string_list_condition_type_2_item,
                            ),
                            "location_ids",
                        )
                componentsschemas_string_list_condition_type_2 = _componentsschemas_string_list_condition_type_2
            else:
                raise FieldError("array", _componentsschemas_string_list_condition_type_2, "location_ids")

            location_ids = componentsschemas_string_list_condition_type_2
        elif isinstance(_location_ids, str):
            location_ids = _location_ids
        else:
            raise FieldError("one of object (StringEqualOperators), string, array", _location_ids, "location_ids")

        if location_ids is UNSET:
            n__absent += 1

        if cls is _plain__class:
            delivery_distance_calculation_filter = _new__object(cls)
            delivery_distance_calculation_filter.delivery_address_property_id = delivery_address_property_id
            delivery_distance_calculation_filter.location_ids = location_ids
        else:
            delivery_distance_calculation_filter = cls(
                delivery_address_property_id,
                location_ids,
            )
        if len(d) + n__absent != 2:
            for prop_name in d:
                if prop_name not in {"delivery_address_property_id", "location_ids"}:
                    raise FieldError(
                        "no such property (DeliveryDistanceCalculationFilter allows no others)",
                        None,
                        prop_name,
                        found="one",
                    )
        return delivery_distance_calculation_filter

    __repr__ = _model__repr


_plain__class: type[DeliveryDistanceCalculationFilter] | None = (
    DeliveryDistanceCalculationFilter
    if {field.name for field in _attrs_fields(DeliveryDistanceCalculationFilter)}
    == {"delivery_address_property_id", "location_ids"}
    and not hasattr(DeliveryDistanceCalculationFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
