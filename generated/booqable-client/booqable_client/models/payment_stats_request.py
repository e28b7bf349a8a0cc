from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.count_aggregation import CountAggregation
from ..models.sum_aggregation import SumAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentStatsRequest")


@_attrs_define
class PaymentStatsRequest:
    """Aggregations to compute over all matching payments (not just the page): field name to the list of aggregations. Sent
    as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            amount_in_cents (list[SumAggregation | Literal["sum"]] | Unset):
            deposit_in_cents (list[SumAggregation | Literal["sum"]] | Unset):
            total (list[CountAggregation | Literal["count"]] | Unset):
            total_in_cents (list[SumAggregation | Literal["sum"]] | Unset):
    """

    amount_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
    deposit_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
    total: list[CountAggregation | Literal["count"]] | Unset = UNSET
    total_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        amount_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.amount_in_cents, Unset):
            amount_in_cents = []
            for amount_in_cents_item_data in self.amount_in_cents:
                amount_in_cents_item = SumAggregation(amount_in_cents_item_data).value
                amount_in_cents.append(amount_in_cents_item)

        if amount_in_cents is not UNSET:
            field_dict["amount_in_cents"] = amount_in_cents
        deposit_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.deposit_in_cents, Unset):
            deposit_in_cents = []
            for deposit_in_cents_item_data in self.deposit_in_cents:
                deposit_in_cents_item = SumAggregation(deposit_in_cents_item_data).value
                deposit_in_cents.append(deposit_in_cents_item)

        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = CountAggregation(total_item_data).value
                total.append(total_item)

        if total is not UNSET:
            field_dict["total"] = total
        total_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.total_in_cents, Unset):
            total_in_cents = []
            for total_in_cents_item_data in self.total_in_cents:
                total_in_cents_item = SumAggregation(total_in_cents_item_data).value
                total_in_cents.append(total_in_cents_item)

        if total_in_cents is not UNSET:
            field_dict["total_in_cents"] = total_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PaymentStatsRequest)", d)
            d = dict(d)
        n__absent = 0
        _amount_in_cents = d.get("amount_in_cents", UNSET)
        amount_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_amount_in_cents, list):
            amount_in_cents = []
            try:
                for amount_in_cents_item_data in _amount_in_cents:
                    _amount_in_cents_item = amount_in_cents_item_data
                    if type(_amount_in_cents_item) is str:
                        amount_in_cents_item = SumAggregation._by__value.get(_amount_in_cents_item) or SumAggregation(
                            _amount_in_cents_item
                        )
                    elif isinstance(_amount_in_cents_item, str):
                        amount_in_cents_item = SumAggregation(_amount_in_cents_item)
                    else:
                        raise FieldError("string (SumAggregation)", _amount_in_cents_item)

                    amount_in_cents.append(amount_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(amount_in_cents))
                field__error.segments.append("amount_in_cents")
                raise
        elif _amount_in_cents is not UNSET:
            raise FieldError("array", _amount_in_cents, "amount_in_cents")

        if amount_in_cents is UNSET:
            n__absent += 1

        _deposit_in_cents = d.get("deposit_in_cents", UNSET)
        deposit_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_deposit_in_cents, list):
            deposit_in_cents = []
            try:
                for deposit_in_cents_item_data in _deposit_in_cents:
                    _deposit_in_cents_item = deposit_in_cents_item_data
                    if type(_deposit_in_cents_item) is str:
                        deposit_in_cents_item = SumAggregation._by__value.get(_deposit_in_cents_item) or SumAggregation(
                            _deposit_in_cents_item
                        )
                    elif isinstance(_deposit_in_cents_item, str):
                        deposit_in_cents_item = SumAggregation(_deposit_in_cents_item)
                    else:
                        raise FieldError("string (SumAggregation)", _deposit_in_cents_item)

                    deposit_in_cents.append(deposit_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(deposit_in_cents))
                field__error.segments.append("deposit_in_cents")
                raise
        elif _deposit_in_cents is not UNSET:
            raise FieldError("array", _deposit_in_cents, "deposit_in_cents")

        if deposit_in_cents is UNSET:
            n__absent += 1

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

        _total_in_cents = d.get("total_in_cents", UNSET)
        total_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_total_in_cents, list):
            total_in_cents = []
            try:
                for total_in_cents_item_data in _total_in_cents:
                    _total_in_cents_item = total_in_cents_item_data
                    if type(_total_in_cents_item) is str:
                        total_in_cents_item = SumAggregation._by__value.get(_total_in_cents_item) or SumAggregation(
                            _total_in_cents_item
                        )
                    elif isinstance(_total_in_cents_item, str):
                        total_in_cents_item = SumAggregation(_total_in_cents_item)
                    else:
                        raise FieldError("string (SumAggregation)", _total_in_cents_item)

                    total_in_cents.append(total_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(total_in_cents))
                field__error.segments.append("total_in_cents")
                raise
        elif _total_in_cents is not UNSET:
            raise FieldError("array", _total_in_cents, "total_in_cents")

        if total_in_cents is UNSET:
            n__absent += 1

        if cls is _plain__class:
            payment_stats_request = _new__object(cls)
            payment_stats_request.amount_in_cents = amount_in_cents
            payment_stats_request.deposit_in_cents = deposit_in_cents
            payment_stats_request.total = total
            payment_stats_request.total_in_cents = total_in_cents
        else:
            payment_stats_request = cls(
                amount_in_cents,
                deposit_in_cents,
                total,
                total_in_cents,
            )
        if len(d) + n__absent != 4:
            for prop_name in d:
                if prop_name not in {"amount_in_cents", "deposit_in_cents", "total", "total_in_cents"}:
                    raise FieldError(
                        "no such property (PaymentStatsRequest allows no others)", None, prop_name, found="one"
                    )
        return payment_stats_request

    __repr__ = _model__repr


_plain__class: type[PaymentStatsRequest] | None = (
    PaymentStatsRequest
    if {field.name for field in _attrs_fields(PaymentStatsRequest)}
    == {"amount_in_cents", "deposit_in_cents", "total", "total_in_cents"}
    and not hasattr(PaymentStatsRequest, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
