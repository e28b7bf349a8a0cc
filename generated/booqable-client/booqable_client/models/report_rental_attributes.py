from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportRentalAttributes")


@_attrs_define
class ReportRentalAttributes:
    """Attributes of a report rental as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

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
        charge_duration_in_seconds = self.charge_duration_in_seconds

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        downtime_count = self.downtime_count

        downtime_duration_in_seconds = self.downtime_duration_in_seconds

        name = self.name

        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)

        profit_in_cents: int | None | Unset
        if isinstance(self.profit_in_cents, Unset):
            profit_in_cents = UNSET
        else:
            profit_in_cents = self.profit_in_cents

        purchase_cost_in_cents: int | None | Unset
        if isinstance(self.purchase_cost_in_cents, Unset):
            purchase_cost_in_cents = UNSET
        else:
            purchase_cost_in_cents = self.purchase_cost_in_cents

        quantity = self.quantity

        rent_duration_in_seconds = self.rent_duration_in_seconds

        rented_count = self.rented_count

        revenue_in_cents = self.revenue_in_cents

        roi_percentage: float | None | Unset
        if isinstance(self.roi_percentage, Unset):
            roi_percentage = UNSET
        else:
            roi_percentage = self.roi_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_duration_in_seconds is not UNSET:
            field_dict["charge_duration_in_seconds"] = charge_duration_in_seconds
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if downtime_count is not UNSET:
            field_dict["downtime_count"] = downtime_count
        if downtime_duration_in_seconds is not UNSET:
            field_dict["downtime_duration_in_seconds"] = downtime_duration_in_seconds
        if name is not UNSET:
            field_dict["name"] = name
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if profit_in_cents is not UNSET:
            field_dict["profit_in_cents"] = profit_in_cents
        if purchase_cost_in_cents is not UNSET:
            field_dict["purchase_cost_in_cents"] = purchase_cost_in_cents
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if rent_duration_in_seconds is not UNSET:
            field_dict["rent_duration_in_seconds"] = rent_duration_in_seconds
        if rented_count is not UNSET:
            field_dict["rented_count"] = rented_count
        if revenue_in_cents is not UNSET:
            field_dict["revenue_in_cents"] = revenue_in_cents
        if roi_percentage is not UNSET:
            field_dict["roi_percentage"] = roi_percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ReportRentalAttributes)", src_dict)
        d = dict(src_dict)
        charge_duration_in_seconds = d.pop("charge_duration_in_seconds", UNSET)
        if (
            not (
                isinstance(charge_duration_in_seconds, int)
                and charge_duration_in_seconds is not True
                and charge_duration_in_seconds is not False
            )
            and charge_duration_in_seconds is not UNSET
        ):
            raise FieldError("integer", charge_duration_in_seconds, "charge_duration_in_seconds")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        downtime_count = d.pop("downtime_count", UNSET)
        if (
            not (isinstance(downtime_count, int) and downtime_count is not True and downtime_count is not False)
            and downtime_count is not UNSET
        ):
            raise FieldError("integer", downtime_count, "downtime_count")

        downtime_duration_in_seconds = d.pop("downtime_duration_in_seconds", UNSET)
        if (
            not (
                isinstance(downtime_duration_in_seconds, int)
                and downtime_duration_in_seconds is not True
                and downtime_duration_in_seconds is not False
            )
            and downtime_duration_in_seconds is not UNSET
        ):
            raise FieldError("integer", downtime_duration_in_seconds, "downtime_duration_in_seconds")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _product_id = d.pop("product_id", UNSET)
        product_id: UUID | Unset = UNSET
        if _product_id is not UNSET:
            try:
                product_id = UUID(_product_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        profit_in_cents = d.pop("profit_in_cents", UNSET)
        if (
            not (
                isinstance(profit_in_cents, int)
                and profit_in_cents is not True
                and profit_in_cents is not False
                or profit_in_cents is None
            )
            and profit_in_cents is not UNSET
        ):
            raise FieldError("integer or null", profit_in_cents, "profit_in_cents")

        purchase_cost_in_cents = d.pop("purchase_cost_in_cents", UNSET)
        if (
            not (
                isinstance(purchase_cost_in_cents, int)
                and purchase_cost_in_cents is not True
                and purchase_cost_in_cents is not False
                or purchase_cost_in_cents is None
            )
            and purchase_cost_in_cents is not UNSET
        ):
            raise FieldError("integer or null", purchase_cost_in_cents, "purchase_cost_in_cents")

        quantity = d.pop("quantity", UNSET)
        if not (isinstance(quantity, int) and quantity is not True and quantity is not False) and quantity is not UNSET:
            raise FieldError("integer", quantity, "quantity")

        rent_duration_in_seconds = d.pop("rent_duration_in_seconds", UNSET)
        if (
            not (
                isinstance(rent_duration_in_seconds, int)
                and rent_duration_in_seconds is not True
                and rent_duration_in_seconds is not False
            )
            and rent_duration_in_seconds is not UNSET
        ):
            raise FieldError("integer", rent_duration_in_seconds, "rent_duration_in_seconds")

        rented_count = d.pop("rented_count", UNSET)
        if (
            not (isinstance(rented_count, int) and rented_count is not True and rented_count is not False)
            and rented_count is not UNSET
        ):
            raise FieldError("integer", rented_count, "rented_count")

        revenue_in_cents = d.pop("revenue_in_cents", UNSET)
        if (
            not (isinstance(revenue_in_cents, int) and revenue_in_cents is not True and revenue_in_cents is not False)
            and revenue_in_cents is not UNSET
        ):
            raise FieldError("integer", revenue_in_cents, "revenue_in_cents")

        roi_percentage = d.pop("roi_percentage", UNSET)
        if (
            not (
                (
                    isinstance(roi_percentage, float)
                    or (isinstance(roi_percentage, int) and roi_percentage is not True and roi_percentage is not False)
                )
                or roi_percentage is None
            )
            and roi_percentage is not UNSET
        ):
            raise FieldError("number or null", roi_percentage, "roi_percentage")

        report_rental_attributes = cls(
            charge_duration_in_seconds=charge_duration_in_seconds,
            created_at=created_at,
            downtime_count=downtime_count,
            downtime_duration_in_seconds=downtime_duration_in_seconds,
            name=name,
            product_id=product_id,
            profit_in_cents=profit_in_cents,
            purchase_cost_in_cents=purchase_cost_in_cents,
            quantity=quantity,
            rent_duration_in_seconds=rent_duration_in_seconds,
            rented_count=rented_count,
            revenue_in_cents=revenue_in_cents,
            roi_percentage=roi_percentage,
        )

        report_rental_attributes.additional_properties = d
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
