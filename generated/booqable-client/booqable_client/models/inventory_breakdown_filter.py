from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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


T = TypeVar("T", bound="InventoryBreakdownFilter")


def _parse__location_id(data: object) -> Unset | UUID | UuidEqualOperators:
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


def _parse__product_group_id(data: object) -> Unset | UUID | UuidEqualOperators:
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


def _parse__product_id(data: object) -> Unset | UUID | UuidEqualOperators:
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
class InventoryBreakdownFilter:
    """Filters for inventory breakdowns: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`. `status` must be given.

        Attributes:
            status (str | StringEqualOperators): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            inventory_breakdown_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            location_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            product_group_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            product_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
    """

    status: str | StringEqualOperators
    inventory_breakdown_type: str | StringEqualOperators | Unset = UNSET
    location_id: Unset | UUID | UuidEqualOperators = UNSET
    product_group_id: Unset | UUID | UuidEqualOperators = UNSET
    product_id: Unset | UUID | UuidEqualOperators = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        status: dict[str, Any] | str
        if isinstance(self.status, StringEqualOperators):
            status = self.status.to_dict()
        else:
            status = self.status
        field_dict["status"] = status
        inventory_breakdown_type: dict[str, Any] | str | Unset
        if isinstance(self.inventory_breakdown_type, Unset):
            inventory_breakdown_type = UNSET
        elif isinstance(self.inventory_breakdown_type, StringEqualOperators):
            inventory_breakdown_type = self.inventory_breakdown_type.to_dict()
        else:
            inventory_breakdown_type = self.inventory_breakdown_type
        if inventory_breakdown_type is not UNSET:
            field_dict["inventory_breakdown_type"] = inventory_breakdown_type
        location_id: dict[str, Any] | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        elif isinstance(self.location_id, UuidEqualOperators):
            location_id = self.location_id.to_dict()
        else:
            location_id = str(self.location_id)

        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        product_group_id: dict[str, Any] | str | Unset
        if isinstance(self.product_group_id, Unset):
            product_group_id = UNSET
        elif isinstance(self.product_group_id, UuidEqualOperators):
            product_group_id = self.product_group_id.to_dict()
        else:
            product_group_id = str(self.product_group_id)

        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        product_id: dict[str, Any] | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        elif isinstance(self.product_id, UuidEqualOperators):
            product_id = self.product_id.to_dict()
        else:
            product_id = str(self.product_id)

        if product_id is not UNSET:
            field_dict["product_id"] = product_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (InventoryBreakdownFilter)", d)
            d = dict(d)
        n__absent = 0
        _status = d.get("status", UNSET)
        status: str | StringEqualOperators
        if isinstance(_status, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_status)
            except FieldError as field__error:
                field__error.segments.append("status")
                raise

            status = componentsschemas_string_equal_condition_type_0
        elif isinstance(_status, str):
            status = _status
        else:
            raise FieldError("one of object (StringEqualOperators), string", _status, "status")

        _inventory_breakdown_type = d.get("inventory_breakdown_type", UNSET)
        inventory_breakdown_type: str | StringEqualOperators | Unset
        if _inventory_breakdown_type is UNSET:
            inventory_breakdown_type = _inventory_breakdown_type
        elif isinstance(_inventory_breakdown_type, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(
                    _inventory_breakdown_type
                )
            except FieldError as field__error:
                field__error.segments.append("inventory_breakdown_type")
                raise

            inventory_breakdown_type = componentsschemas_string_equal_condition_type_0
        elif isinstance(_inventory_breakdown_type, str):
            inventory_breakdown_type = _inventory_breakdown_type
        else:
            raise FieldError(
                "one of object (StringEqualOperators), string", _inventory_breakdown_type, "inventory_breakdown_type"
            )

        if inventory_breakdown_type is UNSET:
            n__absent += 1

        try:
            location_id = _parse__location_id(d.get("location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("location_id")
            raise

        if location_id is UNSET:
            n__absent += 1

        try:
            product_group_id = _parse__product_group_id(d.get("product_group_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("product_group_id")
            raise

        if product_group_id is UNSET:
            n__absent += 1

        try:
            product_id = _parse__product_id(d.get("product_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("product_id")
            raise

        if product_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            inventory_breakdown_filter = _new__object(cls)
            inventory_breakdown_filter.status = status
            inventory_breakdown_filter.inventory_breakdown_type = inventory_breakdown_type
            inventory_breakdown_filter.location_id = location_id
            inventory_breakdown_filter.product_group_id = product_group_id
            inventory_breakdown_filter.product_id = product_id
        else:
            inventory_breakdown_filter = cls(
                status,
                inventory_breakdown_type,
                location_id,
                product_group_id,
                product_id,
            )
        if len(d) + n__absent != 5:
            for prop_name in d:
                if prop_name not in {
                    "status",
                    "inventory_breakdown_type",
                    "location_id",
                    "product_group_id",
                    "product_id",
                }:
                    raise FieldError(
                        "no such property (InventoryBreakdownFilter allows no others)", None, prop_name, found="one"
                    )
        return inventory_breakdown_filter

    __repr__ = _model__repr


_plain__class: type[InventoryBreakdownFilter] | None = (
    InventoryBreakdownFilter
    if {field.name for field in _attrs_fields(InventoryBreakdownFilter)}
    == {"status", "inventory_breakdown_type", "location_id", "product_group_id", "product_id"}
    and not hasattr(InventoryBreakdownFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
