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

T = TypeVar("T", bound="ReportSalesItemAttributes")


@_attrs_define
class ReportSalesItemAttributes:
    """Attributes of a report sales item as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            name (str | Unset):
            product_id (UUID | Unset): ID of the related product.
            revenue_in_cents (int | Unset): Revenue, in cents.
            sold (int | Unset):
            q (str | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    product_id: UUID | Unset = UNSET
    revenue_in_cents: int | Unset = UNSET
    sold: int | Unset = UNSET
    q: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        revenue_in_cents = self.revenue_in_cents
        if revenue_in_cents is not UNSET:
            field_dict["revenue_in_cents"] = revenue_in_cents
        sold = self.sold
        if sold is not UNSET:
            field_dict["sold"] = sold
        q = self.q
        if q is not UNSET:
            field_dict["q"] = q

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ReportSalesItemAttributes)", d)
            d = dict(d)
        n__absent = 0
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

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

        revenue_in_cents = d.get("revenue_in_cents", UNSET)
        if not (type(revenue_in_cents) is int):
            if revenue_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(revenue_in_cents, int) and revenue_in_cents is not True and revenue_in_cents is not False
            ):
                raise FieldError("integer", revenue_in_cents, "revenue_in_cents")

        sold = d.get("sold", UNSET)
        if not (type(sold) is int):
            if sold is UNSET:
                n__absent += 1
            elif not (isinstance(sold, int) and sold is not True and sold is not False):
                raise FieldError("integer", sold, "sold")

        q = d.get("q", UNSET)
        if not (type(q) is str):
            if q is UNSET:
                n__absent += 1
            elif not isinstance(q, str):
                raise FieldError("string", q, "q")

        if cls is _plain__class:
            report_sales_item_attributes = _new__object(cls)
            report_sales_item_attributes.created_at = created_at
            report_sales_item_attributes.name = name
            report_sales_item_attributes.product_id = product_id
            report_sales_item_attributes.revenue_in_cents = revenue_in_cents
            report_sales_item_attributes.sold = sold
            report_sales_item_attributes.q = q
            report_sales_item_attributes.additional_properties = {}
        else:
            report_sales_item_attributes = cls(
                created_at,
                name,
                product_id,
                revenue_in_cents,
                sold,
                q,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"created_at", "name", "product_id", "revenue_in_cents", "sold", "q"}
            }
            report_sales_item_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[ReportSalesItemAttributes] | None = (
    ReportSalesItemAttributes
    if {field.name for field in _attrs_fields(ReportSalesItemAttributes)}
    == {"created_at", "name", "product_id", "revenue_in_cents", "sold", "q", "additional_properties"}
    and not hasattr(ReportSalesItemAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
