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
    from ..models.datetime_equal_operators import DatetimeEqualOperators
    from ..models.integer_equal_operators import IntegerEqualOperators
    from ..models.uuid_equal_operators import UuidEqualOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeEqualOperators: Callable[[Mapping[str, Any]], DatetimeEqualOperators]
_from_dict__IntegerEqualOperators: Callable[[Mapping[str, Any]], IntegerEqualOperators]
_from_dict__UuidEqualOperators: Callable[[Mapping[str, Any]], UuidEqualOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeEqualOperators, IntegerEqualOperators, UuidEqualOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeEqualOperators, _from_dict__IntegerEqualOperators, _from_dict__UuidEqualOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_equal_operators import DatetimeEqualOperators  # noqa: PLC0415
    from ..models.integer_equal_operators import IntegerEqualOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeEqualOperators = DatetimeEqualOperators.from_dict
    _from_dict__IntegerEqualOperators = IntegerEqualOperators.from_dict
    _from_dict__UuidEqualOperators = UuidEqualOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="ItemPriceFilter")


def _parse__bundle_id(data: object) -> Unset | UUID | UuidEqualOperators:
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


def _parse__from_(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeEqualOperators | Unset] = Choice()
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


def _parse__price_ruleset_id(data: object) -> Unset | UUID | UuidEqualOperators:
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


def _parse__price_structure_id(data: object) -> Unset | UUID | UuidEqualOperators:
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


def _parse__till(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeEqualOperators | Unset] = Choice()
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


@_attrs_define
class ItemPriceFilter:
    """Filters for item prices: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            bundle_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            charge_length (int | IntegerEqualOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            from_ (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            ignore_discount (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            item_id (list[UUID] | str | Unset | UuidEqualOperators): A filter on an ID attribute that takes several values:
                operators, one ID, several IDs repeated as `filter[<attribute>][]=<id>`, or IDs joined with commas, as the
                examples send them.
            original_charge_length (int | IntegerEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            price_ruleset_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            price_structure_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            product_group_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            till (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    bundle_id: Unset | UUID | UuidEqualOperators = UNSET
    charge_length: int | IntegerEqualOperators | Unset = UNSET
    from_: datetime.datetime | DatetimeEqualOperators | Unset = UNSET
    ignore_discount: bool | BooleanOperators | Unset = UNSET
    item_id: list[UUID] | str | Unset | UuidEqualOperators = UNSET
    original_charge_length: int | IntegerEqualOperators | Unset = UNSET
    price_ruleset_id: Unset | UUID | UuidEqualOperators = UNSET
    price_structure_id: Unset | UUID | UuidEqualOperators = UNSET
    product_group_id: Unset | UUID | UuidEqualOperators = UNSET
    till: datetime.datetime | DatetimeEqualOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        bundle_id: dict[str, Any] | str | Unset
        if isinstance(self.bundle_id, Unset):
            bundle_id = UNSET
        elif isinstance(self.bundle_id, UuidEqualOperators):
            bundle_id = self.bundle_id.to_dict()
        else:
            bundle_id = str(self.bundle_id)

        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        charge_length: dict[str, Any] | int | Unset
        if isinstance(self.charge_length, Unset):
            charge_length = UNSET
        elif isinstance(self.charge_length, IntegerEqualOperators):
            charge_length = self.charge_length.to_dict()
        else:
            charge_length = self.charge_length
        if charge_length is not UNSET:
            field_dict["charge_length"] = charge_length
        from_: dict[str, Any] | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, DatetimeEqualOperators):
            from_ = self.from_.to_dict()
        else:
            from_ = (
                self.from_.isoformat().replace("+00:00", "Z")
                if self.from_.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeEqualCondition_type_1")
            )

        if from_ is not UNSET:
            field_dict["from"] = from_
        ignore_discount: bool | dict[str, Any] | Unset
        if isinstance(self.ignore_discount, Unset):
            ignore_discount = UNSET
        elif isinstance(self.ignore_discount, BooleanOperators):
            ignore_discount = self.ignore_discount.to_dict()
        else:
            ignore_discount = self.ignore_discount
        if ignore_discount is not UNSET:
            field_dict["ignore_discount"] = ignore_discount
        item_id: dict[str, Any] | list[str] | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        elif isinstance(self.item_id, UuidEqualOperators):
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
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        original_charge_length: dict[str, Any] | int | Unset
        if isinstance(self.original_charge_length, Unset):
            original_charge_length = UNSET
        elif isinstance(self.original_charge_length, IntegerEqualOperators):
            original_charge_length = self.original_charge_length.to_dict()
        else:
            original_charge_length = self.original_charge_length
        if original_charge_length is not UNSET:
            field_dict["original_charge_length"] = original_charge_length
        price_ruleset_id: dict[str, Any] | str | Unset
        if isinstance(self.price_ruleset_id, Unset):
            price_ruleset_id = UNSET
        elif isinstance(self.price_ruleset_id, UuidEqualOperators):
            price_ruleset_id = self.price_ruleset_id.to_dict()
        else:
            price_ruleset_id = str(self.price_ruleset_id)

        if price_ruleset_id is not UNSET:
            field_dict["price_ruleset_id"] = price_ruleset_id
        price_structure_id: dict[str, Any] | str | Unset
        if isinstance(self.price_structure_id, Unset):
            price_structure_id = UNSET
        elif isinstance(self.price_structure_id, UuidEqualOperators):
            price_structure_id = self.price_structure_id.to_dict()
        else:
            price_structure_id = str(self.price_structure_id)

        if price_structure_id is not UNSET:
            field_dict["price_structure_id"] = price_structure_id
        product_group_id: dict[str, Any] | str | Unset
        if isinstance(self.product_group_id, Unset):
            product_group_id = UNSET
        elif isinstance(self.product_group_id, UuidEqualOperators):
            product_group_id = self.product_group_id.to_dict()
        else:
            product_group_id = str(self.product_group_id)

        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        till: dict[str, Any] | str | Unset
        if isinstance(self.till, Unset):
            till = UNSET
        elif isinstance(self.till, DatetimeEqualOperators):
            till = self.till.to_dict()
        else:
            till = (
                self.till.isoformat().replace("+00:00", "Z")
                if self.till.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeEqualCondition_type_1")
            )

        if till is not UNSET:
            field_dict["till"] = till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ItemPriceFilter)", d)
            d = dict(d)
        n__absent = 0
        try:
            bundle_id = _parse__bundle_id(d.get("bundle_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("bundle_id")
            raise

        if bundle_id is UNSET:
            n__absent += 1

        _charge_length = d.get("charge_length", UNSET)
        charge_length: int | IntegerEqualOperators | Unset
        if _charge_length is UNSET:
            charge_length = _charge_length
        elif isinstance(_charge_length, dict):
            try:
                componentsschemas_integer_equal_condition_type_0 = _from_dict__IntegerEqualOperators(_charge_length)
            except FieldError as field__error:
                field__error.segments.append("charge_length")
                raise

            charge_length = componentsschemas_integer_equal_condition_type_0
        elif isinstance(_charge_length, int) and _charge_length is not True and _charge_length is not False:
            charge_length = _charge_length
        else:
            raise FieldError("one of object (IntegerEqualOperators), integer", _charge_length, "charge_length")

        if charge_length is UNSET:
            n__absent += 1

        try:
            from_ = _parse__from_(d.get("from", UNSET))
        except FieldError as field__error:
            field__error.segments.append("from")
            raise

        if from_ is UNSET:
            n__absent += 1

        _ignore_discount = d.get("ignore_discount", UNSET)
        ignore_discount: bool | BooleanOperators | Unset
        if _ignore_discount is UNSET:
            ignore_discount = _ignore_discount
        elif isinstance(_ignore_discount, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_ignore_discount)
            except FieldError as field__error:
                field__error.segments.append("ignore_discount")
                raise

            ignore_discount = componentsschemas_boolean_condition_type_0
        elif isinstance(_ignore_discount, bool):
            ignore_discount = _ignore_discount
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _ignore_discount, "ignore_discount")

        if ignore_discount is UNSET:
            n__absent += 1

        _item_id = d.get("item_id", UNSET)
        item_id: list[UUID] | str | Unset | UuidEqualOperators
        if _item_id is UNSET:
            item_id = _item_id
        elif isinstance(_item_id, dict):
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

        if item_id is UNSET:
            n__absent += 1

        _original_charge_length = d.get("original_charge_length", UNSET)
        original_charge_length: int | IntegerEqualOperators | Unset
        if _original_charge_length is UNSET:
            original_charge_length = _original_charge_length
        elif isinstance(_original_charge_length, dict):
            try:
                componentsschemas_integer_equal_condition_type_0 = _from_dict__IntegerEqualOperators(
                    _original_charge_length
                )
            except FieldError as field__error:
                field__error.segments.append("original_charge_length")
                raise

            original_charge_length = componentsschemas_integer_equal_condition_type_0
        elif (
            isinstance(_original_charge_length, int)
            and _original_charge_length is not True
            and _original_charge_length is not False
        ):
            original_charge_length = _original_charge_length
        else:
            raise FieldError(
                "one of object (IntegerEqualOperators), integer", _original_charge_length, "original_charge_length"
            )

        if original_charge_length is UNSET:
            n__absent += 1

        try:
            price_ruleset_id = _parse__price_ruleset_id(d.get("price_ruleset_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("price_ruleset_id")
            raise

        if price_ruleset_id is UNSET:
            n__absent += 1

        try:
            price_structure_id = _parse__price_structure_id(d.get("price_structure_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("price_structure_id")
            raise

        if price_structure_id is UNSET:
            n__absent += 1

        try:
            product_group_id = _parse__product_group_id(d.get("product_group_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("product_group_id")
            raise

        if product_group_id is UNSET:
            n__absent += 1

        try:
            till = _parse__till(d.get("till", UNSET))
        except FieldError as field__error:
            field__error.segments.append("till")
            raise

        if till is UNSET:
            n__absent += 1

        if cls is _plain__class:
            item_price_filter = _new__object(cls)
            item_price_filter.bundle_id = bundle_id
            item_price_filter.charge_length = charge_length
            item_price_filter.from_ = from_
            item_price_filter.ignore_discount = ignore_discount
            item_price_filter.item_id = item_id
            item_price_filter.original_charge_length = original_charge_length
            item_price_filter.price_ruleset_id = price_ruleset_id
            item_price_filter.price_structure_id = price_structure_id
            item_price_filter.product_group_id = product_group_id
            item_price_filter.till = till
        else:
            item_price_filter = cls(
                bundle_id,
                charge_length,
                from_,
                ignore_discount,
                item_id,
                original_charge_length,
                price_ruleset_id,
                price_structure_id,
                product_group_id,
                till,
            )
        if len(d) + n__absent != 10:
            for prop_name in d:
                if prop_name not in {
                    "bundle_id",
                    "charge_length",
                    "from",
                    "ignore_discount",
                    "item_id",
                    "original_charge_length",
                    "price_ruleset_id",
                    "price_structure_id",
                    "product_group_id",
                    "till",
                }:
                    raise FieldError(
                        "no such property (ItemPriceFilter allows no others)", None, prop_name, found="one"
                    )
        return item_price_filter

    __repr__ = _model__repr


_plain__class: type[ItemPriceFilter] | None = (
    ItemPriceFilter
    if {field.name for field in _attrs_fields(ItemPriceFilter)}
    == {
        "bundle_id",
        "charge_length",
        "from_",
        "ignore_discount",
        "item_id",
        "original_charge_length",
        "price_ruleset_id",
        "price_structure_id",
        "product_group_id",
        "till",
    }
    and not hasattr(ItemPriceFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
