from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.order_duplication_deposit import OrderDuplicationDeposit
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDuplicationAttributes")


@_attrs_define
class OrderDuplicationAttributes:
    """Attributes of an order duplication as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            custom_lines (bool | Unset):
            customer (bool | Unset):
            dates (bool | Unset):
            deposit (OrderDuplicationDeposit | Unset): Values of `deposit` on order duplications.
            discount (bool | Unset):
            new_order_id (UUID | Unset): ID of the new order.
            original_order_id (UUID | Unset): ID of the order to copy.
            properties (bool | Unset):
            stock_item_plannings (bool | Unset):
            tags (bool | Unset):
    """

    custom_lines: bool | Unset = UNSET
    customer: bool | Unset = UNSET
    dates: bool | Unset = UNSET
    deposit: OrderDuplicationDeposit | Unset = UNSET
    discount: bool | Unset = UNSET
    new_order_id: UUID | Unset = UNSET
    original_order_id: UUID | Unset = UNSET
    properties: bool | Unset = UNSET
    stock_item_plannings: bool | Unset = UNSET
    tags: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        custom_lines = self.custom_lines
        if custom_lines is not UNSET:
            field_dict["custom_lines"] = custom_lines
        customer = self.customer
        if customer is not UNSET:
            field_dict["customer"] = customer
        dates = self.dates
        if dates is not UNSET:
            field_dict["dates"] = dates
        deposit: str | Unset = UNSET
        if not isinstance(self.deposit, Unset):
            deposit = self.deposit.value

        if deposit is not UNSET:
            field_dict["deposit"] = deposit
        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = discount
        new_order_id: str | Unset = UNSET
        if not isinstance(self.new_order_id, Unset):
            new_order_id = str(self.new_order_id)
        if new_order_id is not UNSET:
            field_dict["new_order_id"] = new_order_id
        original_order_id: str | Unset = UNSET
        if not isinstance(self.original_order_id, Unset):
            original_order_id = str(self.original_order_id)
        if original_order_id is not UNSET:
            field_dict["original_order_id"] = original_order_id
        properties = self.properties
        if properties is not UNSET:
            field_dict["properties"] = properties
        stock_item_plannings = self.stock_item_plannings
        if stock_item_plannings is not UNSET:
            field_dict["stock_item_plannings"] = stock_item_plannings
        tags = self.tags
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderDuplicationAttributes)", d)
            d = dict(d)
        n__absent = 0
        custom_lines = d.get("custom_lines", UNSET)
        if not (custom_lines is True or custom_lines is False):
            if custom_lines is UNSET:
                n__absent += 1
            elif not isinstance(custom_lines, bool):
                raise FieldError("boolean", custom_lines, "custom_lines")

        customer = d.get("customer", UNSET)
        if not (customer is True or customer is False):
            if customer is UNSET:
                n__absent += 1
            elif not isinstance(customer, bool):
                raise FieldError("boolean", customer, "customer")

        dates = d.get("dates", UNSET)
        if not (dates is True or dates is False):
            if dates is UNSET:
                n__absent += 1
            elif not isinstance(dates, bool):
                raise FieldError("boolean", dates, "dates")

        _deposit = d.get("deposit", UNSET)
        deposit: OrderDuplicationDeposit | Unset = UNSET
        if type(_deposit) is str:
            deposit = OrderDuplicationDeposit._by__value.get(_deposit) or OrderDuplicationDeposit(_deposit)
        elif isinstance(_deposit, str):
            deposit = OrderDuplicationDeposit(_deposit)
        elif _deposit is not UNSET:
            raise FieldError("string (OrderDuplicationDeposit)", _deposit, "deposit")

        if deposit is UNSET:
            n__absent += 1

        discount = d.get("discount", UNSET)
        if not (discount is True or discount is False):
            if discount is UNSET:
                n__absent += 1
            elif not isinstance(discount, bool):
                raise FieldError("boolean", discount, "discount")

        _new_order_id = d.get("new_order_id", UNSET)
        new_order_id: UUID | Unset = UNSET
        if _new_order_id is not UNSET:
            try:
                new_order_id = parse_uuid(_new_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _new_order_id, "new_order_id") from None

        if new_order_id is UNSET:
            n__absent += 1

        _original_order_id = d.get("original_order_id", UNSET)
        original_order_id: UUID | Unset = UNSET
        if _original_order_id is not UNSET:
            try:
                original_order_id = parse_uuid(_original_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _original_order_id, "original_order_id") from None

        if original_order_id is UNSET:
            n__absent += 1

        properties = d.get("properties", UNSET)
        if not (properties is True or properties is False):
            if properties is UNSET:
                n__absent += 1
            elif not isinstance(properties, bool):
                raise FieldError("boolean", properties, "properties")

        stock_item_plannings = d.get("stock_item_plannings", UNSET)
        if not (stock_item_plannings is True or stock_item_plannings is False):
            if stock_item_plannings is UNSET:
                n__absent += 1
            elif not isinstance(stock_item_plannings, bool):
                raise FieldError("boolean", stock_item_plannings, "stock_item_plannings")

        tags = d.get("tags", UNSET)
        if not (tags is True or tags is False):
            if tags is UNSET:
                n__absent += 1
            elif not isinstance(tags, bool):
                raise FieldError("boolean", tags, "tags")

        if cls is _plain__class:
            order_duplication_attributes = _new__object(cls)
            order_duplication_attributes.custom_lines = custom_lines
            order_duplication_attributes.customer = customer
            order_duplication_attributes.dates = dates
            order_duplication_attributes.deposit = deposit
            order_duplication_attributes.discount = discount
            order_duplication_attributes.new_order_id = new_order_id
            order_duplication_attributes.original_order_id = original_order_id
            order_duplication_attributes.properties = properties
            order_duplication_attributes.stock_item_plannings = stock_item_plannings
            order_duplication_attributes.tags = tags
            order_duplication_attributes.additional_properties = {}
        else:
            order_duplication_attributes = cls(
                custom_lines,
                customer,
                dates,
                deposit,
                discount,
                new_order_id,
                original_order_id,
                properties,
                stock_item_plannings,
                tags,
            )
        if len(d) + n__absent != 10:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "custom_lines",
                    "customer",
                    "dates",
                    "deposit",
                    "discount",
                    "new_order_id",
                    "original_order_id",
                    "properties",
                    "stock_item_plannings",
                    "tags",
                }
            }
            order_duplication_attributes.additional_properties = extra__props
        return order_duplication_attributes

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


_plain__class: type[OrderDuplicationAttributes] | None = (
    OrderDuplicationAttributes
    if {field.name for field in _attrs_fields(OrderDuplicationAttributes)}
    == {
        "custom_lines",
        "customer",
        "dates",
        "deposit",
        "discount",
        "new_order_id",
        "original_order_id",
        "properties",
        "stock_item_plannings",
        "tags",
        "additional_properties",
    }
    and not hasattr(OrderDuplicationAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
