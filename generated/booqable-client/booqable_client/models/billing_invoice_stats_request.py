from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
from ..models.count_aggregation import CountAggregation
from ..models.sum_aggregation import SumAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingInvoiceStatsRequest")


@_attrs_define
class BillingInvoiceStatsRequest:
    """Aggregations to compute over all matching billing invoices (not just the page): field name to the list of
    aggregations. Sent as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            amount_due_in_cents (list[SumAggregation] | Unset):
            total (list[CountAggregation] | Unset):
            total_in_cents (list[SumAggregation] | Unset):
            vat_in_cents (list[SumAggregation] | Unset):
    """

    amount_due_in_cents: list[SumAggregation] | Unset = UNSET
    total: list[CountAggregation] | Unset = UNSET
    total_in_cents: list[SumAggregation] | Unset = UNSET
    vat_in_cents: list[SumAggregation] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount_due_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.amount_due_in_cents, Unset):
            amount_due_in_cents = []
            for amount_due_in_cents_item_data in self.amount_due_in_cents:
                amount_due_in_cents_item = amount_due_in_cents_item_data.value
                amount_due_in_cents.append(amount_due_in_cents_item)

        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = total_item_data.value
                total.append(total_item)

        total_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.total_in_cents, Unset):
            total_in_cents = []
            for total_in_cents_item_data in self.total_in_cents:
                total_in_cents_item = total_in_cents_item_data.value
                total_in_cents.append(total_in_cents_item)

        vat_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.vat_in_cents, Unset):
            vat_in_cents = []
            for vat_in_cents_item_data in self.vat_in_cents:
                vat_in_cents_item = vat_in_cents_item_data.value
                vat_in_cents.append(vat_in_cents_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if amount_due_in_cents is not UNSET:
            field_dict["amount_due_in_cents"] = amount_due_in_cents
        if total is not UNSET:
            field_dict["total"] = total
        if total_in_cents is not UNSET:
            field_dict["total_in_cents"] = total_in_cents
        if vat_in_cents is not UNSET:
            field_dict["vat_in_cents"] = vat_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (BillingInvoiceStatsRequest)", src_dict)
        d = dict(src_dict)
        _amount_due_in_cents = d.pop("amount_due_in_cents", UNSET)
        amount_due_in_cents: list[SumAggregation] | Unset = UNSET
        if isinstance(_amount_due_in_cents, list):
            amount_due_in_cents = []
            try:
                for amount_due_in_cents_item_data in _amount_due_in_cents:
                    _amount_due_in_cents_item = amount_due_in_cents_item_data
                    if isinstance(_amount_due_in_cents_item, str):
                        amount_due_in_cents_item = SumAggregation(_amount_due_in_cents_item)
                    else:
                        raise FieldError("string (SumAggregation)", _amount_due_in_cents_item)

                    amount_due_in_cents.append(amount_due_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(amount_due_in_cents))
                field__error.segments.append("amount_due_in_cents")
                raise
        elif _amount_due_in_cents is not UNSET:
            raise FieldError("array", _amount_due_in_cents, "amount_due_in_cents")

        _total = d.pop("total", UNSET)
        total: list[CountAggregation] | Unset = UNSET
        if isinstance(_total, list):
            total = []
            try:
                for total_item_data in _total:
                    _total_item = total_item_data
                    if isinstance(_total_item, str):
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

        _total_in_cents = d.pop("total_in_cents", UNSET)
        total_in_cents: list[SumAggregation] | Unset = UNSET
        if isinstance(_total_in_cents, list):
            total_in_cents = []
            try:
                for total_in_cents_item_data in _total_in_cents:
                    _total_in_cents_item = total_in_cents_item_data
                    if isinstance(_total_in_cents_item, str):
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

        _vat_in_cents = d.pop("vat_in_cents", UNSET)
        vat_in_cents: list[SumAggregation] | Unset = UNSET
        if isinstance(_vat_in_cents, list):
            vat_in_cents = []
            try:
                for vat_in_cents_item_data in _vat_in_cents:
                    _vat_in_cents_item = vat_in_cents_item_data
                    if isinstance(_vat_in_cents_item, str):
                        vat_in_cents_item = SumAggregation(_vat_in_cents_item)
                    else:
                        raise FieldError("string (SumAggregation)", _vat_in_cents_item)

                    vat_in_cents.append(vat_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(vat_in_cents))
                field__error.segments.append("vat_in_cents")
                raise
        elif _vat_in_cents is not UNSET:
            raise FieldError("array", _vat_in_cents, "vat_in_cents")

        billing_invoice_stats_request = cls(
            amount_due_in_cents=amount_due_in_cents,
            total=total,
            total_in_cents=total_in_cents,
            vat_in_cents=vat_in_cents,
        )

        if d:
            raise FieldError(
                "no such property (BillingInvoiceStatsRequest allows no others)", None, next(iter(d)), found="one"
            )
        return billing_invoice_stats_request
