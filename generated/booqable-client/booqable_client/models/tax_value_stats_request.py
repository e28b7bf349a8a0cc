from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.count_aggregation import CountAggregation
from ..models.numeric_aggregation import NumericAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxValueStatsRequest")


@_attrs_define
class TaxValueStatsRequest:
    """Aggregations to compute over all matching tax values (not just the page): field name to the list of aggregations.
    Sent as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            total (list[CountAggregation | Literal["count"]] | Unset):
            value_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset):
    """

    total: list[CountAggregation | Literal["count"]] | Unset = UNSET
    value_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = CountAggregation(total_item_data).value
                total.append(total_item)

        if total is not UNSET:
            field_dict["total"] = total
        value_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.value_in_cents, Unset):
            value_in_cents = []
            for value_in_cents_item_data in self.value_in_cents:
                value_in_cents_item = NumericAggregation(value_in_cents_item_data).value
                value_in_cents.append(value_in_cents_item)

        if value_in_cents is not UNSET:
            field_dict["value_in_cents"] = value_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TaxValueStatsRequest)", d)
            d = dict(d)
        n__absent = 0
        _total = d.get("total", UNSET)
        total: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_total, list):
            total = []
            try:
                for total_item_data in _total:
                    _total_item = total_item_data
                    if type(_total_item) is str:
                        total_item = CountAggregation._by__value.get(_total_item) or CountAggregation(_total_item)
                    elif isinstance(_total_item, str):
                        total_item = CountAggregation(_total_item)
                    else:
                        raise FieldError("string (CountAggregation)", _total_item)

                    total.append(total_item)
            except FieldError as field__error:
                field__error.segments.append(len(total))
                field__error.segments.append("total")
                raise
        elif _total is not UNSET:
            raise FieldError("array", _total, "total")

        if total is UNSET:
            n__absent += 1

        _value_in_cents = d.get("value_in_cents", UNSET)
        value_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
        if isinstance(_value_in_cents, list):
            value_in_cents = []
            try:
                for value_in_cents_item_data in _value_in_cents:
                    _value_in_cents_item = value_in_cents_item_data
                    if type(_value_in_cents_item) is str:
                        value_in_cents_item = NumericAggregation._by__value.get(
                            _value_in_cents_item
                        ) or NumericAggregation(_value_in_cents_item)
                    elif isinstance(_value_in_cents_item, str):
                        value_in_cents_item = NumericAggregation(_value_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _value_in_cents_item)

                    value_in_cents.append(value_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(value_in_cents))
                field__error.segments.append("value_in_cents")
                raise
        elif _value_in_cents is not UNSET:
            raise FieldError("array", _value_in_cents, "value_in_cents")

        if value_in_cents is UNSET:
            n__absent += 1

        if cls is _plain__class:
            tax_value_stats_request = _new__object(cls)
            tax_value_stats_request.total = total
            tax_value_stats_request.value_in_cents = value_in_cents
        else:
            tax_value_stats_request = cls(
                total,
                value_in_cents,
            )
        if len(d) + n__absent != 2:
            for prop_name in d:
                if prop_name not in {"total", "value_in_cents"}:
                    raise FieldError(
                        "no such property (TaxValueStatsRequest allows no others)", None, prop_name, found="one"
                    )
        return tax_value_stats_request

    __repr__ = _model__repr


_plain__class: type[TaxValueStatsRequest] | None = (
    TaxValueStatsRequest
    if {field.name for field in _attrs_fields(TaxValueStatsRequest)} == {"total", "value_in_cents"}
    and not hasattr(TaxValueStatsRequest, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
