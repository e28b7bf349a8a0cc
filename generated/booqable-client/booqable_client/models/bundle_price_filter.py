from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..lib._fields import position as _position
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_equal_operators import DatetimeEqualOperators
    from ..models.string_equal_operators import StringEqualOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, DatetimeEqualOperators, StringEqualOperators  # noqa: PLW0603
    from ..models.datetime_equal_operators import DatetimeEqualOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="BundlePriceFilter")


@_attrs_define
class BundlePriceFilter:
    """Filters for bundle prices: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            bundle_ids (list[str] | str | StringEqualOperators | Unset): A filter that takes several values: operators, one
                value, or several repeated as `filter[<attribute>][]=<value>`, as the examples send them.
            from_ (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            till (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    bundle_ids: list[str] | str | StringEqualOperators | Unset = UNSET
    from_: datetime.datetime | DatetimeEqualOperators | Unset = UNSET
    till: datetime.datetime | DatetimeEqualOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        bundle_ids: dict[str, Any] | list[str] | str | Unset
        if isinstance(self.bundle_ids, Unset):
            bundle_ids = UNSET
        elif isinstance(self.bundle_ids, StringEqualOperators):
            bundle_ids = self.bundle_ids.to_dict()
        elif isinstance(self.bundle_ids, list):
            bundle_ids = self.bundle_ids

        else:
            bundle_ids = self.bundle_ids

        from_: dict[str, Any] | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, DatetimeEqualOperators):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_.isoformat().replace("+00:00", "Z")

        till: dict[str, Any] | str | Unset
        if isinstance(self.till, Unset):
            till = UNSET
        elif isinstance(self.till, DatetimeEqualOperators):
            till = self.till.to_dict()
        else:
            till = self.till.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bundle_ids is not UNSET:
            field_dict["bundle_ids"] = bundle_ids
        if from_ is not UNSET:
            field_dict["from"] = from_
        if till is not UNSET:
            field_dict["till"] = till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (BundlePriceFilter)", src_dict)
        d = dict(src_dict)

        def _parse_bundle_ids(data: object) -> list[str] | str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[list[str] | str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_list_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_list_condition_type_0):
                            return componentsschemas_string_list_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
                if isinstance(data, list):
                    try:
                        _componentsschemas_string_list_condition_type_2 = data
                        if isinstance(_componentsschemas_string_list_condition_type_2, list):
                            for (
                                componentsschemas_string_list_condition_type_2_item
                            ) in _componentsschemas_string_list_condition_type_2:
                                if not isinstance(componentsschemas_string_list_condition_type_2_item, str):
                                    raise FieldError(
                                        "string",
                                        componentsschemas_string_list_condition_type_2_item,
                                        _position(
                                            _componentsschemas_string_list_condition_type_2,
                                            componentsschemas_string_list_condition_type_2_item,
                                        ),
                                    )
                            componentsschemas_string_list_condition_type_2 = (
                                _componentsschemas_string_list_condition_type_2
                            )
                        else:
                            raise FieldError("array", _componentsschemas_string_list_condition_type_2)

                        if choice.take(componentsschemas_string_list_condition_type_2):
                            return componentsschemas_string_list_condition_type_2
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (StringEqualOperators), string, array", data)

        try:
            bundle_ids = _parse_bundle_ids(d.pop("bundle_ids", UNSET))
        except FieldError as field__error:
            field__error.segments.append("bundle_ids")
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

        bundle_price_filter = cls(
            bundle_ids=bundle_ids,
            from_=from_,
            till=till,
        )

        if d:
            raise FieldError("no such property (BundlePriceFilter allows no others)", None, next(iter(d)), found="one")
        return bundle_price_filter
