from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportSalesItemAttributes")


@_attrs_define
class ReportSalesItemAttributes:
    """Attributes of a report sales item as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            name (str | Unset):
            product_id (UUID | Unset): ID of the related product.
            q (str | Unset):
            revenue_in_cents (int | Unset): Revenue, in cents.
            sold (int | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    product_id: UUID | Unset = UNSET
    q: str | Unset = UNSET
    revenue_in_cents: int | Unset = UNSET
    sold: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        name = self.name

        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)

        q = self.q

        revenue_in_cents = self.revenue_in_cents

        sold = self.sold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if name is not UNSET:
            field_dict["name"] = name
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if q is not UNSET:
            field_dict["q"] = q
        if revenue_in_cents is not UNSET:
            field_dict["revenue_in_cents"] = revenue_in_cents
        if sold is not UNSET:
            field_dict["sold"] = sold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ReportSalesItemAttributes)", src_dict)
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

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

        q = d.pop("q", UNSET)
        if not isinstance(q, str) and q is not UNSET:
            raise FieldError("string", q, "q")

        revenue_in_cents = d.pop("revenue_in_cents", UNSET)
        if (
            not (isinstance(revenue_in_cents, int) and revenue_in_cents is not True and revenue_in_cents is not False)
            and revenue_in_cents is not UNSET
        ):
            raise FieldError("integer", revenue_in_cents, "revenue_in_cents")

        sold = d.pop("sold", UNSET)
        if not (isinstance(sold, int) and sold is not True and sold is not False) and sold is not UNSET:
            raise FieldError("integer", sold, "sold")

        report_sales_item_attributes = cls(
            created_at=created_at,
            name=name,
            product_id=product_id,
            q=q,
            revenue_in_cents=revenue_in_cents,
            sold=sold,
        )

        report_sales_item_attributes.additional_properties = d
        return report_sales_item_attributes

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
