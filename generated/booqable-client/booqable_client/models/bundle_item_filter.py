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
    from ..models.number_operators import NumberOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__IntegerOperators: Callable[[Mapping[str, Any]], IntegerOperators]
_from_dict__NumberOperators: Callable[[Mapping[str, Any]], NumberOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, IntegerOperators, NumberOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__IntegerOperators, _from_dict__NumberOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.number_operators import NumberOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__IntegerOperators = IntegerOperators.from_dict
    _from_dict__NumberOperators = NumberOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="BundleItemFilter")


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


def _parse__bundle_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__product_group_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__product_id(data: object) -> Unset | UUID | UuidOperators:
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
class BundleItemFilter:
    """Filters for bundle items: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            archived (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            archived_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            bundle_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            discount_percentage (float | NumberOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            photo_id (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            position (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            product_group_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            product_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            quantity (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    archived: bool | BooleanOperators | Unset = UNSET
    archived_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    bundle_id: Unset | UUID | UuidOperators = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    discount_percentage: float | NumberOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    photo_id: str | TextOperators | Unset = UNSET
    position: int | IntegerOperators | Unset = UNSET
    product_group_id: Unset | UUID | UuidOperators = UNSET
    product_id: Unset | UUID | UuidOperators = UNSET
    quantity: int | IntegerOperators | Unset = UNSET
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
        bundle_id: dict[str, Any] | str | Unset
        if isinstance(self.bundle_id, Unset):
            bundle_id = UNSET
        elif isinstance(self.bundle_id, UuidOperators):
            bundle_id = self.bundle_id.to_dict()
        else:
            bundle_id = str(self.bundle_id)

        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
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
        discount_percentage: dict[str, Any] | float | Unset
        if isinstance(self.discount_percentage, Unset):
            discount_percentage = UNSET
        elif isinstance(self.discount_percentage, NumberOperators):
            discount_percentage = self.discount_percentage.to_dict()
        else:
            discount_percentage = self.discount_percentage
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        photo_id: dict[str, Any] | str | Unset
        if isinstance(self.photo_id, Unset):
            photo_id = UNSET
        elif isinstance(self.photo_id, TextOperators):
            photo_id = self.photo_id.to_dict()
        else:
            photo_id = self.photo_id
        if photo_id is not UNSET:
            field_dict["photo_id"] = photo_id
        position: dict[str, Any] | int | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, IntegerOperators):
            position = self.position.to_dict()
        else:
            position = self.position
        if position is not UNSET:
            field_dict["position"] = position
        product_group_id: dict[str, Any] | str | Unset
        if isinstance(self.product_group_id, Unset):
            product_group_id = UNSET
        elif isinstance(self.product_group_id, UuidOperators):
            product_group_id = self.product_group_id.to_dict()
        else:
            product_group_id = str(self.product_group_id)

        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        product_id: dict[str, Any] | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        elif isinstance(self.product_id, UuidOperators):
            product_id = self.product_id.to_dict()
        else:
            product_id = str(self.product_id)

        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        quantity: dict[str, Any] | int | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        elif isinstance(self.quantity, IntegerOperators):
            quantity = self.quantity.to_dict()
        else:
            quantity = self.quantity
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
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
                raise FieldError("object (BundleItemFilter)", d)
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

        try:
            bundle_id = _parse__bundle_id(d.get("bundle_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("bundle_id")
            raise

        if bundle_id is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        _discount_percentage = d.get("discount_percentage", UNSET)
        discount_percentage: float | NumberOperators | Unset
        if _discount_percentage is UNSET:
            discount_percentage = _discount_percentage
        elif isinstance(_discount_percentage, dict):
            try:
                componentsschemas_number_condition_type_0 = _from_dict__NumberOperators(_discount_percentage)
            except FieldError as field__error:
                field__error.segments.append("discount_percentage")
                raise

            discount_percentage = componentsschemas_number_condition_type_0
        elif isinstance(_discount_percentage, float) or (
            isinstance(_discount_percentage, int)
            and _discount_percentage is not True
            and _discount_percentage is not False
        ):
            discount_percentage = _discount_percentage
        else:
            raise FieldError("one of object (NumberOperators), number", _discount_percentage, "discount_percentage")

        if discount_percentage is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        _photo_id = d.get("photo_id", UNSET)
        photo_id: str | TextOperators | Unset
        if _photo_id is UNSET:
            photo_id = _photo_id
        elif isinstance(_photo_id, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_photo_id)
            except FieldError as field__error:
                field__error.segments.append("photo_id")
                raise

            photo_id = componentsschemas_text_condition_type_0
        elif isinstance(_photo_id, str):
            photo_id = _photo_id
        else:
            raise FieldError("one of object (TextOperators), string", _photo_id, "photo_id")

        if photo_id is UNSET:
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

        _quantity = d.get("quantity", UNSET)
        quantity: int | IntegerOperators | Unset
        if _quantity is UNSET:
            quantity = _quantity
        elif isinstance(_quantity, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_quantity)
            except FieldError as field__error:
                field__error.segments.append("quantity")
                raise

            quantity = componentsschemas_integer_condition_type_0
        elif isinstance(_quantity, int) and _quantity is not True and _quantity is not False:
            quantity = _quantity
        else:
            raise FieldError("one of object (IntegerOperators), integer", _quantity, "quantity")

        if quantity is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            bundle_item_filter = _new__object(cls)
            bundle_item_filter.archived = archived
            bundle_item_filter.archived_at = archived_at
            bundle_item_filter.bundle_id = bundle_id
            bundle_item_filter.created_at = created_at
            bundle_item_filter.discount_percentage = discount_percentage
            bundle_item_filter.id = id
            bundle_item_filter.photo_id = photo_id
            bundle_item_filter.position = position
            bundle_item_filter.product_group_id = product_group_id
            bundle_item_filter.product_id = product_id
            bundle_item_filter.quantity = quantity
            bundle_item_filter.updated_at = updated_at
        else:
            bundle_item_filter = cls(
                archived,
                archived_at,
                bundle_id,
                created_at,
                discount_percentage,
                id,
                photo_id,
                position,
                product_group_id,
                product_id,
                quantity,
                updated_at,
            )
        if len(d) + n__absent != 12:
            for prop_name in d:
                if prop_name not in {
                    "archived",
                    "archived_at",
                    "bundle_id",
                    "created_at",
                    "discount_percentage",
                    "id",
                    "photo_id",
                    "position",
                    "product_group_id",
                    "product_id",
                    "quantity",
                    "updated_at",
                }:
                    raise FieldError(
                        "no such property (BundleItemFilter allows no others)", None, prop_name, found="one"
                    )
        return bundle_item_filter

    __repr__ = _model__repr


_plain__class: type[BundleItemFilter] | None = (
    BundleItemFilter
    if {field.name for field in _attrs_fields(BundleItemFilter)}
    == {
        "archived",
        "archived_at",
        "bundle_id",
        "created_at",
        "discount_percentage",
        "id",
        "photo_id",
        "position",
        "product_group_id",
        "product_id",
        "quantity",
        "updated_at",
    }
    and not hasattr(BundleItemFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
