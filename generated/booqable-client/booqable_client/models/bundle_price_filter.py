from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..lib._fields import position as _position
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_equal_operators import DatetimeEqualOperators
    from ..models.string_equal_operators import StringEqualOperators

_refs__resolved = False
_from_dict__DatetimeEqualOperators: Callable[[Mapping[str, Any]], DatetimeEqualOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DatetimeEqualOperators, StringEqualOperators  # noqa: PLW0603
    global _from_dict__DatetimeEqualOperators, _from_dict__StringEqualOperators  # noqa: PLW0603
    from ..models.datetime_equal_operators import DatetimeEqualOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415

    _from_dict__DatetimeEqualOperators = DatetimeEqualOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="BundlePriceFilter")


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
        field_dict: dict[str, Any] = {}

        bundle_ids: dict[str, Any] | list[str] | str | Unset
        if isinstance(self.bundle_ids, Unset):
            bundle_ids = UNSET
        elif isinstance(self.bundle_ids, StringEqualOperators):
            bundle_ids = self.bundle_ids.to_dict()
        elif isinstance(self.bundle_ids, list):
            bundle_ids = self.bundle_ids

        else:
            bundle_ids = self.bundle_ids
        if bundle_ids is not UNSET:
            field_dict["bundle_ids"] = bundle_ids
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
                raise FieldError("object (BundlePriceFilter)", d)
            d = dict(d)
        n__absent = 0
        _bundle_ids = d.get("bundle_ids", UNSET)
        bundle_ids: list[str] | str | StringEqualOperators | Unset
        if _bundle_ids is UNSET:
            bundle_ids = _bundle_ids
        elif isinstance(_bundle_ids, dict):
            try:
                componentsschemas_string_list_condition_type_0 = _from_dict__StringEqualOperators(_bundle_ids)
            except FieldError as field__error:
                field__error.segments.append("bundle_ids")
                raise

            bundle_ids = componentsschemas_string_list_condition_type_0
        elif isinstance(_bundle_ids, list):
            _componentsschemas_string_list_condition_type_2 = _bundle_ids
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
                            "bundle_ids",
                        )
                componentsschemas_string_list_condition_type_2 = _componentsschemas_string_list_condition_type_2
            else:
                raise FieldError("array", _componentsschemas_string_list_condition_type_2, "bundle_ids")

            bundle_ids = componentsschemas_string_list_condition_type_2
        elif isinstance(_bundle_ids, str):
            bundle_ids = _bundle_ids
        else:
            raise FieldError("one of object (StringEqualOperators), string, array", _bundle_ids, "bundle_ids")

        if bundle_ids is UNSET:
            n__absent += 1

        try:
            from_ = _parse__from_(d.get("from", UNSET))
        except FieldError as field__error:
            field__error.segments.append("from")
            raise

        if from_ is UNSET:
            n__absent += 1

        try:
            till = _parse__till(d.get("till", UNSET))
        except FieldError as field__error:
            field__error.segments.append("till")
            raise

        if till is UNSET:
            n__absent += 1

        if cls is _plain__class:
            bundle_price_filter = _new__object(cls)
            bundle_price_filter.bundle_ids = bundle_ids
            bundle_price_filter.from_ = from_
            bundle_price_filter.till = till
        else:
            bundle_price_filter = cls(
                bundle_ids,
                from_,
                till,
            )
        if len(d) + n__absent != 3:
            for prop_name in d:
                if prop_name not in {"bundle_ids", "from", "till"}:
                    raise FieldError(
                        "no such property (BundlePriceFilter allows no others)", None, prop_name, found="one"
                    )
        return bundle_price_filter

    __repr__ = _model__repr


_plain__class: type[BundlePriceFilter] | None = (
    BundlePriceFilter
    if {field.name for field in _attrs_fields(BundlePriceFilter)} == {"bundle_ids", "from_", "till"}
    and not hasattr(BundlePriceFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
