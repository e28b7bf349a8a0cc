from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountAttributes")


@_attrs_define
class CountAttributes:
    """Attributes of a count as read from the API. `required` lists the attributes Booqable always sends; a sparse fieldset
    (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            app_payment_option_count (int | Unset):
            archived_order_count (int | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            employee_count (int | Unset):
            location_count (int | Unset):
            manual_order_count (int | Unset):
            manual_reserved_order_count (int | Unset):
            note_count (int | Unset):
            overdue_invoice_count (int | Unset):
            payment_profile_count (int | Unset):
            product_count (int | Unset):
            product_group_count (int | Unset):
            started_order_count (int | Unset):
            stopped_order_count (int | Unset):
            tag_count (int | Unset):
            tax_rate_count (int | Unset):
            webshop_order_count (int | Unset):
    """

    app_payment_option_count: int | Unset = UNSET
    archived_order_count: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    employee_count: int | Unset = UNSET
    location_count: int | Unset = UNSET
    manual_order_count: int | Unset = UNSET
    manual_reserved_order_count: int | Unset = UNSET
    note_count: int | Unset = UNSET
    overdue_invoice_count: int | Unset = UNSET
    payment_profile_count: int | Unset = UNSET
    product_count: int | Unset = UNSET
    product_group_count: int | Unset = UNSET
    started_order_count: int | Unset = UNSET
    stopped_order_count: int | Unset = UNSET
    tag_count: int | Unset = UNSET
    tax_rate_count: int | Unset = UNSET
    webshop_order_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        app_payment_option_count = self.app_payment_option_count
        if app_payment_option_count is not UNSET:
            field_dict["app_payment_option_count"] = app_payment_option_count
        archived_order_count = self.archived_order_count
        if archived_order_count is not UNSET:
            field_dict["archived_order_count"] = archived_order_count
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        employee_count = self.employee_count
        if employee_count is not UNSET:
            field_dict["employee_count"] = employee_count
        location_count = self.location_count
        if location_count is not UNSET:
            field_dict["location_count"] = location_count
        manual_order_count = self.manual_order_count
        if manual_order_count is not UNSET:
            field_dict["manual_order_count"] = manual_order_count
        manual_reserved_order_count = self.manual_reserved_order_count
        if manual_reserved_order_count is not UNSET:
            field_dict["manual_reserved_order_count"] = manual_reserved_order_count
        note_count = self.note_count
        if note_count is not UNSET:
            field_dict["note_count"] = note_count
        overdue_invoice_count = self.overdue_invoice_count
        if overdue_invoice_count is not UNSET:
            field_dict["overdue_invoice_count"] = overdue_invoice_count
        payment_profile_count = self.payment_profile_count
        if payment_profile_count is not UNSET:
            field_dict["payment_profile_count"] = payment_profile_count
        product_count = self.product_count
        if product_count is not UNSET:
            field_dict["product_count"] = product_count
        product_group_count = self.product_group_count
        if product_group_count is not UNSET:
            field_dict["product_group_count"] = product_group_count
        started_order_count = self.started_order_count
        if started_order_count is not UNSET:
            field_dict["started_order_count"] = started_order_count
        stopped_order_count = self.stopped_order_count
        if stopped_order_count is not UNSET:
            field_dict["stopped_order_count"] = stopped_order_count
        tag_count = self.tag_count
        if tag_count is not UNSET:
            field_dict["tag_count"] = tag_count
        tax_rate_count = self.tax_rate_count
        if tax_rate_count is not UNSET:
            field_dict["tax_rate_count"] = tax_rate_count
        webshop_order_count = self.webshop_order_count
        if webshop_order_count is not UNSET:
            field_dict["webshop_order_count"] = webshop_order_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CountAttributes)", d)
            d = dict(d)
        n__absent = 0
        app_payment_option_count = d.get("app_payment_option_count", UNSET)
        if not (type(app_payment_option_count) is int):
            if app_payment_option_count is UNSET:
                n__absent += 1
            elif not (
                isinstance(app_payment_option_count, int)
                and app_payment_option_count is not True
                and app_payment_option_count is not False
            ):
                raise FieldError("integer", app_payment_option_count, "app_payment_option_count")

        archived_order_count = d.get("archived_order_count", UNSET)
        if not (type(archived_order_count) is int):
            if archived_order_count is UNSET:
                n__absent += 1
            elif not (
                isinstance(archived_order_count, int)
                and archived_order_count is not True
                and archived_order_count is not False
            ):
                raise FieldError("integer", archived_order_count, "archived_order_count")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        employee_count = d.get("employee_count", UNSET)
        if not (type(employee_count) is int):
            if employee_count is UNSET:
                n__absent += 1
            elif not (isinstance(employee_count, int) and employee_count is not True and employee_count is not False):
                raise FieldError("integer", employee_count, "employee_count")

        location_count = d.get("location_count", UNSET)
        if not (type(location_count) is int):
            if location_count is UNSET:
                n__absent += 1
            elif not (isinstance(location_count, int) and location_count is not True and location_count is not False):
                raise FieldError("integer", location_count, "location_count")

        manual_order_count = d.get("manual_order_count", UNSET)
        if not (type(manual_order_count) is int):
            if manual_order_count is UNSET:
                n__absent += 1
            elif not (
                isinstance(manual_order_count, int)
                and manual_order_count is not True
                and manual_order_count is not False
            ):
                raise FieldError("integer", manual_order_count, "manual_order_count")

        manual_reserved_order_count = d.get("manual_reserved_order_count", UNSET)
        if not (type(manual_reserved_order_count) is int):
            if manual_reserved_order_count is UNSET:
                n__absent += 1
            elif not (
                isinstance(manual_reserved_order_count, int)
                and manual_reserved_order_count is not True
                and manual_reserved_order_count is not False
            ):
                raise FieldError("integer", manual_reserved_order_count, "manual_reserved_order_count")

        note_count = d.get("note_count", UNSET)
        if not (type(note_count) is int):
            if note_count is UNSET:
                n__absent += 1
            elif not (isinstance(note_count, int) and note_count is not True and note_count is not False):
                raise FieldError("integer", note_count, "note_count")

        overdue_invoice_count = d.get("overdue_invoice_count", UNSET)
        if not (type(overdue_invoice_count) is int):
            if overdue_invoice_count is UNSET:
                n__absent += 1
            elif not (
                isinstance(overdue_invoice_count, int)
                and overdue_invoice_count is not True
                and overdue_invoice_count is not False
            ):
                raise FieldError("integer", overdue_invoice_count, "overdue_invoice_count")

        payment_profile_count = d.get("payment_profile_count", UNSET)
        if not (type(payment_profile_count) is int):
            if payment_profile_count is UNSET:
                n__absent += 1
            elif not (
                isinstance(payment_profile_count, int)
                and payment_profile_count is not True
                and payment_profile_count is not False
            ):
                raise FieldError("integer", payment_profile_count, "payment_profile_count")

        product_count = d.get("product_count", UNSET)
        if not (type(product_count) is int):
            if product_count is UNSET:
                n__absent += 1
            elif not (isinstance(product_count, int) and product_count is not True and product_count is not False):
                raise FieldError("integer", product_count, "product_count")

        product_group_count = d.get("product_group_count", UNSET)
        if not (type(product_group_count) is int):
            if product_group_count is UNSET:
                n__absent += 1
            elif not (
                isinstance(product_group_count, int)
                and product_group_count is not True
                and product_group_count is not False
            ):
                raise FieldError("integer", product_group_count, "product_group_count")

        started_order_count = d.get("started_order_count", UNSET)
        if not (type(started_order_count) is int):
            if started_order_count is UNSET:
                n__absent += 1
            elif not (
                isinstance(started_order_count, int)
                and started_order_count is not True
                and started_order_count is not False
            ):
                raise FieldError("integer", started_order_count, "started_order_count")

        stopped_order_count = d.get("stopped_order_count", UNSET)
        if not (type(stopped_order_count) is int):
            if stopped_order_count is UNSET:
                n__absent += 1
            elif not (
                isinstance(stopped_order_count, int)
                and stopped_order_count is not True
                and stopped_order_count is not False
            ):
                raise FieldError("integer", stopped_order_count, "stopped_order_count")

        tag_count = d.get("tag_count", UNSET)
        if not (type(tag_count) is int):
            if tag_count is UNSET:
                n__absent += 1
            elif not (isinstance(tag_count, int) and tag_count is not True and tag_count is not False):
                raise FieldError("integer", tag_count, "tag_count")

        tax_rate_count = d.get("tax_rate_count", UNSET)
        if not (type(tax_rate_count) is int):
            if tax_rate_count is UNSET:
                n__absent += 1
            elif not (isinstance(tax_rate_count, int) and tax_rate_count is not True and tax_rate_count is not False):
                raise FieldError("integer", tax_rate_count, "tax_rate_count")

        webshop_order_count = d.get("webshop_order_count", UNSET)
        if not (type(webshop_order_count) is int):
            if webshop_order_count is UNSET:
                n__absent += 1
            elif not (
                isinstance(webshop_order_count, int)
                and webshop_order_count is not True
                and webshop_order_count is not False
            ):
                raise FieldError("integer", webshop_order_count, "webshop_order_count")

        if cls is _plain__class:
            count_attributes = _new__object(cls)
            count_attributes.app_payment_option_count = app_payment_option_count
            count_attributes.archived_order_count = archived_order_count
            count_attributes.created_at = created_at
            count_attributes.employee_count = employee_count
            count_attributes.location_count = location_count
            count_attributes.manual_order_count = manual_order_count
            count_attributes.manual_reserved_order_count = manual_reserved_order_count
            count_attributes.note_count = note_count
            count_attributes.overdue_invoice_count = overdue_invoice_count
            count_attributes.payment_profile_count = payment_profile_count
            count_attributes.product_count = product_count
            count_attributes.product_group_count = product_group_count
            count_attributes.started_order_count = started_order_count
            count_attributes.stopped_order_count = stopped_order_count
            count_attributes.tag_count = tag_count
            count_attributes.tax_rate_count = tax_rate_count
            count_attributes.webshop_order_count = webshop_order_count
            count_attributes.additional_properties = {}
        else:
            count_attributes = cls(
                app_payment_option_count,
                archived_order_count,
                created_at,
                employee_count,
                location_count,
                manual_order_count,
                manual_reserved_order_count,
                note_count,
                overdue_invoice_count,
                payment_profile_count,
                product_count,
                product_group_count,
                started_order_count,
                stopped_order_count,
                tag_count,
                tax_rate_count,
                webshop_order_count,
            )
        if len(d) + n__absent != 17:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "app_payment_option_count",
                    "archived_order_count",
                    "created_at",
                    "employee_count",
                    "location_count",
                    "manual_order_count",
                    "manual_reserved_order_count",
                    "note_count",
                    "overdue_invoice_count",
                    "payment_profile_count",
                    "product_count",
                    "product_group_count",
                    "started_order_count",
                    "stopped_order_count",
                    "tag_count",
                    "tax_rate_count",
                    "webshop_order_count",
                }
            }
            count_attributes.additional_properties = extra__props
        return count_attributes

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


_plain__class: type[CountAttributes] | None = (
    CountAttributes
    if {field.name for field in _attrs_fields(CountAttributes)}
    == {
        "app_payment_option_count",
        "archived_order_count",
        "created_at",
        "employee_count",
        "location_count",
        "manual_order_count",
        "manual_reserved_order_count",
        "note_count",
        "overdue_invoice_count",
        "payment_profile_count",
        "product_count",
        "product_group_count",
        "started_order_count",
        "stopped_order_count",
        "tag_count",
        "tax_rate_count",
        "webshop_order_count",
        "additional_properties",
    }
    and not hasattr(CountAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
