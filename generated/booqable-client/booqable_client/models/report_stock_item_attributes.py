from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportStockItemAttributes")


@_attrs_define
class ReportStockItemAttributes:
    """Attributes of a report stock item as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            charge_duration_in_seconds (int | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            default_purchase_cost_in_cents (int | None | Unset): Default purchase cost, in cents. Unverified: the examples
                show `null`, which the field list does not allow.
            downtime_count (int | Unset):
            downtime_duration_in_seconds (int | Unset):
            identifier (str | Unset):
            location_id (None | Unset | UUID): ID of the related location. Unverified: the examples show `null`, which the
                field list does not allow.
            product_id (UUID | Unset): ID of the related product.
            product_name (str | Unset):
            profit_in_cents (int | None | Unset): Profit, in cents. Unverified: the examples show `null`, which the field
                list does not allow.
            purchase_cost_in_cents (int | None | Unset): Purchase cost, in cents. Unverified: the examples show `null`,
                which the field list does not allow.
            purchased_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            q (str | Unset):
            rent_duration_in_seconds (int | Unset):
            rented_count (int | Unset):
            revenue_in_cents (int | Unset): Revenue, in cents.
            roi_percentage (float | None | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            stock_item_id (UUID | Unset): ID of the related stock item.
            temporary (bool | Unset):
    """

    charge_duration_in_seconds: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    default_purchase_cost_in_cents: int | None | Unset = UNSET
    downtime_count: int | Unset = UNSET
    downtime_duration_in_seconds: int | Unset = UNSET
    identifier: str | Unset = UNSET
    location_id: None | Unset | UUID = UNSET
    product_id: UUID | Unset = UNSET
    product_name: str | Unset = UNSET
    profit_in_cents: int | None | Unset = UNSET
    purchase_cost_in_cents: int | None | Unset = UNSET
    purchased_at: datetime.datetime | None | Unset = UNSET
    q: str | Unset = UNSET
    rent_duration_in_seconds: int | Unset = UNSET
    rented_count: int | Unset = UNSET
    revenue_in_cents: int | Unset = UNSET
    roi_percentage: float | None | Unset = UNSET
    stock_item_id: UUID | Unset = UNSET
    temporary: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_duration_in_seconds = self.charge_duration_in_seconds

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        default_purchase_cost_in_cents: int | None | Unset
        if isinstance(self.default_purchase_cost_in_cents, Unset):
            default_purchase_cost_in_cents = UNSET
        else:
            default_purchase_cost_in_cents = self.default_purchase_cost_in_cents

        downtime_count = self.downtime_count

        downtime_duration_in_seconds = self.downtime_duration_in_seconds

        identifier = self.identifier

        location_id: None | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        elif isinstance(self.location_id, UUID):
            location_id = str(self.location_id)
        else:
            location_id = self.location_id

        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)

        product_name = self.product_name

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

        purchased_at: None | str | Unset
        if isinstance(self.purchased_at, Unset):
            purchased_at = UNSET
        elif isinstance(self.purchased_at, datetime.datetime):
            purchased_at = self.purchased_at.isoformat().replace("+00:00", "Z")
        else:
            purchased_at = self.purchased_at

        q = self.q

        rent_duration_in_seconds = self.rent_duration_in_seconds

        rented_count = self.rented_count

        revenue_in_cents = self.revenue_in_cents

        roi_percentage: float | None | Unset
        if isinstance(self.roi_percentage, Unset):
            roi_percentage = UNSET
        else:
            roi_percentage = self.roi_percentage

        stock_item_id: str | Unset = UNSET
        if not isinstance(self.stock_item_id, Unset):
            stock_item_id = str(self.stock_item_id)

        temporary = self.temporary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_duration_in_seconds is not UNSET:
            field_dict["charge_duration_in_seconds"] = charge_duration_in_seconds
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if default_purchase_cost_in_cents is not UNSET:
            field_dict["default_purchase_cost_in_cents"] = default_purchase_cost_in_cents
        if downtime_count is not UNSET:
            field_dict["downtime_count"] = downtime_count
        if downtime_duration_in_seconds is not UNSET:
            field_dict["downtime_duration_in_seconds"] = downtime_duration_in_seconds
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if profit_in_cents is not UNSET:
            field_dict["profit_in_cents"] = profit_in_cents
        if purchase_cost_in_cents is not UNSET:
            field_dict["purchase_cost_in_cents"] = purchase_cost_in_cents
        if purchased_at is not UNSET:
            field_dict["purchased_at"] = purchased_at
        if q is not UNSET:
            field_dict["q"] = q
        if rent_duration_in_seconds is not UNSET:
            field_dict["rent_duration_in_seconds"] = rent_duration_in_seconds
        if rented_count is not UNSET:
            field_dict["rented_count"] = rented_count
        if revenue_in_cents is not UNSET:
            field_dict["revenue_in_cents"] = revenue_in_cents
        if roi_percentage is not UNSET:
            field_dict["roi_percentage"] = roi_percentage
        if stock_item_id is not UNSET:
            field_dict["stock_item_id"] = stock_item_id
        if temporary is not UNSET:
            field_dict["temporary"] = temporary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ReportStockItemAttributes)", src_dict)
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

        default_purchase_cost_in_cents = d.pop("default_purchase_cost_in_cents", UNSET)
        if (
            not (
                isinstance(default_purchase_cost_in_cents, int)
                and default_purchase_cost_in_cents is not True
                and default_purchase_cost_in_cents is not False
                or default_purchase_cost_in_cents is None
            )
            and default_purchase_cost_in_cents is not UNSET
        ):
            raise FieldError("integer or null", default_purchase_cost_in_cents, "default_purchase_cost_in_cents")

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

        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            raise FieldError("string", identifier, "identifier")

        _location_id = d.pop("location_id", UNSET)
        location_id: None | Unset | UUID
        if _location_id is None or _location_id is UNSET:
            location_id = _location_id
        elif isinstance(_location_id, str):
            _location_id_type_0 = _location_id
            try:
                location_id_type_0 = UUID(_location_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _location_id_type_0, "location_id") from None

            location_id = location_id_type_0
        else:
            raise FieldError("UUID string or null", _location_id, "location_id")

        _product_id = d.pop("product_id", UNSET)
        product_id: UUID | Unset = UNSET
        if _product_id is not UNSET:
            try:
                product_id = UUID(_product_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        product_name = d.pop("product_name", UNSET)
        if not isinstance(product_name, str) and product_name is not UNSET:
            raise FieldError("string", product_name, "product_name")

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

        _purchased_at = d.pop("purchased_at", UNSET)
        purchased_at: datetime.datetime | None | Unset
        if _purchased_at is None or _purchased_at is UNSET:
            purchased_at = _purchased_at
        elif isinstance(_purchased_at, str):
            _purchased_at_type_0 = _purchased_at
            try:
                purchased_at_type_0 = datetime.datetime.fromisoformat(_purchased_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _purchased_at_type_0, "purchased_at") from None

            purchased_at = purchased_at_type_0
        else:
            raise FieldError("date-time string or null", _purchased_at, "purchased_at")

        q = d.pop("q", UNSET)
        if not isinstance(q, str) and q is not UNSET:
            raise FieldError("string", q, "q")

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

        _stock_item_id = d.pop("stock_item_id", UNSET)
        stock_item_id: UUID | Unset = UNSET
        if _stock_item_id is not UNSET:
            try:
                stock_item_id = UUID(_stock_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _stock_item_id, "stock_item_id") from None

        temporary = d.pop("temporary", UNSET)
        if not isinstance(temporary, bool) and temporary is not UNSET:
            raise FieldError("boolean", temporary, "temporary")

        report_stock_item_attributes = cls(
            charge_duration_in_seconds=charge_duration_in_seconds,
            created_at=created_at,
            default_purchase_cost_in_cents=default_purchase_cost_in_cents,
            downtime_count=downtime_count,
            downtime_duration_in_seconds=downtime_duration_in_seconds,
            identifier=identifier,
            location_id=location_id,
            product_id=product_id,
            product_name=product_name,
            profit_in_cents=profit_in_cents,
            purchase_cost_in_cents=purchase_cost_in_cents,
            purchased_at=purchased_at,
            q=q,
            rent_duration_in_seconds=rent_duration_in_seconds,
            rented_count=rented_count,
            revenue_in_cents=revenue_in_cents,
            roi_percentage=roi_percentage,
            stock_item_id=stock_item_id,
            temporary=temporary,
        )

        report_stock_item_attributes.additional_properties = d
        return report_stock_item_attributes

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
