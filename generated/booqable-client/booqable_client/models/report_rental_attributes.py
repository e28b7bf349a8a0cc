from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportRentalAttributes")


@_attrs_define
class ReportRentalAttributes:
    """Attributes of a report rental as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            charge_duration_in_seconds (int | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            downtime_count (int | Unset):
            downtime_duration_in_seconds (int | Unset):
            name (str | Unset):
            product_id (UUID | Unset): ID of the related product.
            profit_in_cents (int | None | Unset): Profit, in cents. Unverified: the examples show `null`, which the field
                list does not allow.
            purchase_cost_in_cents (int | None | Unset): Purchase cost, in cents. Unverified: the examples show `null`,
                which the field list does not allow.
            quantity (int | Unset):
            rent_duration_in_seconds (int | Unset):
            rented_count (int | Unset):
            revenue_in_cents (int | Unset): Revenue, in cents.
            roi_percentage (float | None | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
    """

    charge_duration_in_seconds: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    downtime_count: int | Unset = UNSET
    downtime_duration_in_seconds: int | Unset = UNSET
    name: str | Unset = UNSET
    product_id: UUID | Unset = UNSET
    profit_in_cents: int | None | Unset = UNSET
    purchase_cost_in_cents: int | None | Unset = UNSET
    quantity: int | Unset = UNSET
    rent_duration_in_seconds: int | Unset = UNSET
    rented_count: int | Unset = UNSET
    revenue_in_cents: int | Unset = UNSET
    roi_percentage: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        charge_duration_in_seconds = self.charge_duration_in_seconds
        if charge_duration_in_seconds is not UNSET:
            field_dict["charge_duration_in_seconds"] = charge_duration_in_seconds
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        downtime_count = self.downtime_count
        if downtime_count is not UNSET:
            field_dict["downtime_count"] = downtime_count
        downtime_duration_in_seconds = self.downtime_duration_in_seconds
        if downtime_duration_in_seconds is not UNSET:
            field_dict["downtime_duration_in_seconds"] = downtime_duration_in_seconds
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        profit_in_cents: int | None | Unset
        if isinstance(self.profit_in_cents, Unset):
            profit_in_cents = UNSET
        else:
            profit_in_cents = self.profit_in_cents
        if profit_in_cents is not UNSET:
            field_dict["profit_in_cents"] = profit_in_cents
        purchase_cost_in_cents: int | None | Unset
        if isinstance(self.purchase_cost_in_cents, Unset):
            purchase_cost_in_cents = UNSET
        else:
            purchase_cost_in_cents = self.purchase_cost_in_cents
        if purchase_cost_in_cents is not UNSET:
            field_dict["purchase_cost_in_cents"] = purchase_cost_in_cents
        quantity = self.quantity
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        rent_duration_in_seconds = self.rent_duration_in_seconds
        if rent_duration_in_seconds is not UNSET:
            field_dict["rent_duration_in_seconds"] = rent_duration_in_seconds
        rented_count = self.rented_count
        if rented_count is not UNSET:
            field_dict["rented_count"] = rented_count
        revenue_in_cents = self.revenue_in_cents
        if revenue_in_cents is not UNSET:
            field_dict["revenue_in_cents"] = revenue_in_cents
        roi_percentage: float | None | Unset
        if isinstance(self.roi_percentage, Unset):
            roi_percentage = UNSET
        else:
            roi_percentage = self.roi_percentage
        if roi_percentage is not UNSET:
            field_dict["roi_percentage"] = roi_percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ReportRentalAttributes)", d)
            d = dict(d)
        n__absent = 0
        charge_duration_in_seconds = d.get("charge_duration_in_seconds", UNSET)
        if not (type(charge_duration_in_seconds) is int):
            if charge_duration_in_seconds is UNSET:
                n__absent += 1
            elif not (
                isinstance(charge_duration_in_seconds, int)
                and charge_duration_in_seconds is not True
                and charge_duration_in_seconds is not False
            ):
                raise FieldError("integer", charge_duration_in_seconds, "charge_duration_in_seconds")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        downtime_count = d.get("downtime_count", UNSET)
        if not (type(downtime_count) is int):
            if downtime_count is UNSET:
                n__absent += 1
            elif not (isinstance(downtime_count, int) and downtime_count is not True and downtime_count is not False):
                raise FieldError("integer", downtime_count, "downtime_count")

        downtime_duration_in_seconds = d.get("downtime_duration_in_seconds", UNSET)
        if not (type(downtime_duration_in_seconds) is int):
            if downtime_duration_in_seconds is UNSET:
                n__absent += 1
            elif not (
                isinstance(downtime_duration_in_seconds, int)
                and downtime_duration_in_seconds is not True
                and downtime_duration_in_seconds is not False
            ):
                raise FieldError("integer", downtime_duration_in_seconds, "downtime_duration_in_seconds")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _product_id = d.get("product_id", UNSET)
        product_id: UUID | Unset = UNSET
        if _product_id is not UNSET:
            try:
                product_id = parse_uuid(_product_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        if product_id is UNSET:
            n__absent += 1

        profit_in_cents = d.get("profit_in_cents", UNSET)
        if not (type(profit_in_cents) is int or profit_in_cents is None):
            if profit_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(profit_in_cents, int)
                and profit_in_cents is not True
                and profit_in_cents is not False
                or profit_in_cents is None
            ):
                raise FieldError("integer or null", profit_in_cents, "profit_in_cents")

        purchase_cost_in_cents = d.get("purchase_cost_in_cents", UNSET)
        if not (type(purchase_cost_in_cents) is int or purchase_cost_in_cents is None):
            if purchase_cost_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(purchase_cost_in_cents, int)
                and purchase_cost_in_cents is not True
                and purchase_cost_in_cents is not False
                or purchase_cost_in_cents is None
            ):
                raise FieldError("integer or null", purchase_cost_in_cents, "purchase_cost_in_cents")

        quantity = d.get("quantity", UNSET)
        if not (type(quantity) is int):
            if quantity is UNSET:
                n__absent += 1
            elif not (isinstance(quantity, int) and quantity is not True and quantity is not False):
                raise FieldError("integer", quantity, "quantity")

        rent_duration_in_seconds = d.get("rent_duration_in_seconds", UNSET)
        if not (type(rent_duration_in_seconds) is int):
            if rent_duration_in_seconds is UNSET:
                n__absent += 1
            elif not (
                isinstance(rent_duration_in_seconds, int)
                and rent_duration_in_seconds is not True
                and rent_duration_in_seconds is not False
            ):
                raise FieldError("integer", rent_duration_in_seconds, "rent_duration_in_seconds")

        rented_count = d.get("rented_count", UNSET)
        if not (type(rented_count) is int):
            if rented_count is UNSET:
                n__absent += 1
            elif not (isinstance(rented_count, int) and rented_count is not True and rented_count is not False):
                raise FieldError("integer", rented_count, "rented_count")

        revenue_in_cents = d.get("revenue_in_cents", UNSET)
        if not (type(revenue_in_cents) is int):
            if revenue_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(revenue_in_cents, int) and revenue_in_cents is not True and revenue_in_cents is not False
            ):
                raise FieldError("integer", revenue_in_cents, "revenue_in_cents")

        roi_percentage = d.get("roi_percentage", UNSET)
        if not ((type(roi_percentage) is float or type(roi_percentage) is int) or roi_percentage is None):
            if roi_percentage is UNSET:
                n__absent += 1
            elif not (
                (
                    isinstance(roi_percentage, float)
                    or (isinstance(roi_percentage, int) and roi_percentage is not True and roi_percentage is not False)
                )
                or roi_percentage is None
            ):
                raise FieldError("number or null", roi_percentage, "roi_percentage")

        if cls is _plain__class:
            report_rental_attributes = _new__object(cls)
            report_rental_attributes.charge_duration_in_seconds = charge_duration_in_seconds
            report_rental_attributes.created_at = created_at
            report_rental_attributes.downtime_count = downtime_count
            report_rental_attributes.downtime_duration_in_seconds = downtime_duration_in_seconds
            report_rental_attributes.name = name
            report_rental_attributes.product_id = product_id
            report_rental_attributes.profit_in_cents = profit_in_cents
            report_rental_attributes.purchase_cost_in_cents = purchase_cost_in_cents
            report_rental_attributes.quantity = quantity
            report_rental_attributes.rent_duration_in_seconds = rent_duration_in_seconds
            report_rental_attributes.rented_count = rented_count
            report_rental_attributes.revenue_in_cents = revenue_in_cents
            report_rental_attributes.roi_percentage = roi_percentage
            report_rental_attributes.additional_properties = {}
        else:
            report_rental_attributes = cls(
                charge_duration_in_seconds,
                created_at,
                downtime_count,
                downtime_duration_in_seconds,
                name,
                product_id,
                profit_in_cents,
                purchase_cost_in_cents,
                quantity,
                rent_duration_in_seconds,
                rented_count,
                revenue_in_cents,
                roi_percentage,
            )
        if len(d) + n__absent != 13:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "charge_duration_in_seconds",
                    "created_at",
                    "downtime_count",
                    "downtime_duration_in_seconds",
                    "name",
                    "product_id",
                    "profit_in_cents",
                    "purchase_cost_in_cents",
                    "quantity",
                    "rent_duration_in_seconds",
                    "rented_count",
                    "revenue_in_cents",
                    "roi_percentage",
                }
            }
            report_rental_attributes.additional_properties = extra__props
        return report_rental_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    __repr__ = _model__repr


_plain__class: type[ReportRentalAttributes] | None = (
    ReportRentalAttributes
    if {field.name for field in _attrs_fields(ReportRentalAttributes)}
    == {
        "charge_duration_in_seconds",
        "created_at",
        "downtime_count",
        "downtime_duration_in_seconds",
        "name",
        "product_id",
        "profit_in_cents",
        "purchase_cost_in_cents",
        "quantity",
        "rent_duration_in_seconds",
        "rented_count",
        "revenue_in_cents",
        "roi_percentage",
        "additional_properties",
    }
    and not hasattr(ReportRentalAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
