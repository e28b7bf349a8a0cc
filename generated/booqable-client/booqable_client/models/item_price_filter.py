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
    from ..models.datetime_equal_operators import DatetimeEqualOperators
    from ..models.integer_equal_operators import IntegerEqualOperators
    from ..models.uuid_equal_operators import UuidEqualOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, BooleanOperators, DatetimeEqualOperators, IntegerEqualOperators, UuidEqualOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_equal_operators import DatetimeEqualOperators  # noqa: PLC0415
    from ..models.integer_equal_operators import IntegerEqualOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="ItemPriceFilter")


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
        bundle_id: dict[str, Any] | str | Unset
        if isinstance(self.bundle_id, Unset):
            bundle_id = UNSET
        elif isinstance(self.bundle_id, UuidEqualOperators):
            bundle_id = self.bundle_id.to_dict()
        else:
            bundle_id = str(self.bundle_id)

        charge_length: dict[str, Any] | int | Unset
        if isinstance(self.charge_length, Unset):
            charge_length = UNSET
        elif isinstance(self.charge_length, IntegerEqualOperators):
            charge_length = self.charge_length.to_dict()
        else:
            charge_length = self.charge_length

        from_: dict[str, Any] | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, DatetimeEqualOperators):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_.isoformat().replace("+00:00", "Z")

        ignore_discount: bool | dict[str, Any] | Unset
        if isinstance(self.ignore_discount, Unset):
            ignore_discount = UNSET
        elif isinstance(self.ignore_discount, BooleanOperators):
            ignore_discount = self.ignore_discount.to_dict()
        else:
            ignore_discount = self.ignore_discount

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

        original_charge_length: dict[str, Any] | int | Unset
        if isinstance(self.original_charge_length, Unset):
            original_charge_length = UNSET
        elif isinstance(self.original_charge_length, IntegerEqualOperators):
            original_charge_length = self.original_charge_length.to_dict()
        else:
            original_charge_length = self.original_charge_length

        price_ruleset_id: dict[str, Any] | str | Unset
        if isinstance(self.price_ruleset_id, Unset):
            price_ruleset_id = UNSET
        elif isinstance(self.price_ruleset_id, UuidEqualOperators):
            price_ruleset_id = self.price_ruleset_id.to_dict()
        else:
            price_ruleset_id = str(self.price_ruleset_id)

        price_structure_id: dict[str, Any] | str | Unset
        if isinstance(self.price_structure_id, Unset):
            price_structure_id = UNSET
        elif isinstance(self.price_structure_id, UuidEqualOperators):
            price_structure_id = self.price_structure_id.to_dict()
        else:
            price_structure_id = str(self.price_structure_id)

        product_group_id: dict[str, Any] | str | Unset
        if isinstance(self.product_group_id, Unset):
            product_group_id = UNSET
        elif isinstance(self.product_group_id, UuidEqualOperators):
            product_group_id = self.product_group_id.to_dict()
        else:
            product_group_id = str(self.product_group_id)

        till: dict[str, Any] | str | Unset
        if isinstance(self.till, Unset):
            till = UNSET
        elif isinstance(self.till, DatetimeEqualOperators):
            till = self.till.to_dict()
        else:
            till = self.till.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if charge_length is not UNSET:
            field_dict["charge_length"] = charge_length
        if from_ is not UNSET:
            field_dict["from"] = from_
        if ignore_discount is not UNSET:
            field_dict["ignore_discount"] = ignore_discount
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if original_charge_length is not UNSET:
            field_dict["original_charge_length"] = original_charge_length
        if price_ruleset_id is not UNSET:
            field_dict["price_ruleset_id"] = price_ruleset_id
        if price_structure_id is not UNSET:
            field_dict["price_structure_id"] = price_structure_id
        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        if till is not UNSET:
            field_dict["till"] = till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ItemPriceFilter)", src_dict)
        d = dict(src_dict)

        def _parse_bundle_id(data: object) -> Unset | UUID | UuidEqualOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidEqualOperators] = Choice()
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
            bundle_id = _parse_bundle_id(d.pop("bundle_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("bundle_id")
            raise

        def _parse_charge_length(data: object) -> int | IntegerEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_equal_condition_type_0 = IntegerEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_equal_condition_type_0):
                            return componentsschemas_integer_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerEqualOperators), integer", data)

        try:
            charge_length = _parse_charge_length(d.pop("charge_length", UNSET))
        except FieldError as field__error:
            field__error.segments.append("charge_length")
            raise

        def _parse_from_(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeEqualOperators | Unset] = Choice()
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

        def _parse_ignore_discount(data: object) -> bool | BooleanOperators | Unset:
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
            ignore_discount = _parse_ignore_discount(d.pop("ignore_discount", UNSET))
        except FieldError as field__error:
            field__error.segments.append("ignore_discount")
            raise

        def _parse_item_id(data: object) -> list[UUID] | str | Unset | UuidEqualOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[list[UUID] | str | Unset | UuidEqualOperators] = Choice()
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

        def _parse_original_charge_length(data: object) -> int | IntegerEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_equal_condition_type_0 = IntegerEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_equal_condition_type_0):
                            return componentsschemas_integer_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerEqualOperators), integer", data)

        try:
            original_charge_length = _parse_original_charge_length(d.pop("original_charge_length", UNSET))
        except FieldError as field__error:
            field__error.segments.append("original_charge_length")
            raise

        def _parse_price_ruleset_id(data: object) -> Unset | UUID | UuidEqualOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidEqualOperators] = Choice()
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
            price_ruleset_id = _parse_price_ruleset_id(d.pop("price_ruleset_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("price_ruleset_id")
            raise

        def _parse_price_structure_id(data: object) -> Unset | UUID | UuidEqualOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidEqualOperators] = Choice()
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
            price_structure_id = _parse_price_structure_id(d.pop("price_structure_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("price_structure_id")
            raise

        def _parse_product_group_id(data: object) -> Unset | UUID | UuidEqualOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidEqualOperators] = Choice()
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
            product_group_id = _parse_product_group_id(d.pop("product_group_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("product_group_id")
            raise

        def _parse_till(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeEqualOperators | Unset] = Choice()
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

        item_price_filter = cls(
            bundle_id=bundle_id,
            charge_length=charge_length,
            from_=from_,
            ignore_discount=ignore_discount,
            item_id=item_id,
            original_charge_length=original_charge_length,
            price_ruleset_id=price_ruleset_id,
            price_structure_id=price_structure_id,
            product_group_id=product_group_id,
            till=till,
        )

        if d:
            raise FieldError("no such property (ItemPriceFilter allows no others)", None, next(iter(d)), found="one")
        return item_price_filter
