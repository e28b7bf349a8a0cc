from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.order_duplication_deposit import OrderDuplicationDeposit
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDuplicationWriteAttributes")


@_attrs_define
class OrderDuplicationWriteAttributes:
    """Attributes that can be sent when creating or updating an order duplication.

    Attributes:
        custom_lines (bool | Unset):
        customer (bool | Unset):
        dates (bool | Unset):
        deposit (OrderDuplicationDeposit | Unset): Values of `deposit` on order duplications.
        discount (bool | Unset):
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
    original_order_id: UUID | Unset = UNSET
    properties: bool | Unset = UNSET
    stock_item_plannings: bool | Unset = UNSET
    tags: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_lines = self.custom_lines

        customer = self.customer

        dates = self.dates

        deposit: str | Unset = UNSET
        if not isinstance(self.deposit, Unset):
            deposit = self.deposit.value

        discount = self.discount

        original_order_id: str | Unset = UNSET
        if not isinstance(self.original_order_id, Unset):
            original_order_id = str(self.original_order_id)

        properties = self.properties

        stock_item_plannings = self.stock_item_plannings

        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_lines is not UNSET:
            field_dict["custom_lines"] = custom_lines
        if customer is not UNSET:
            field_dict["customer"] = customer
        if dates is not UNSET:
            field_dict["dates"] = dates
        if deposit is not UNSET:
            field_dict["deposit"] = deposit
        if discount is not UNSET:
            field_dict["discount"] = discount
        if original_order_id is not UNSET:
            field_dict["original_order_id"] = original_order_id
        if properties is not UNSET:
            field_dict["properties"] = properties
        if stock_item_plannings is not UNSET:
            field_dict["stock_item_plannings"] = stock_item_plannings
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OrderDuplicationWriteAttributes)", src_dict)
        d = dict(src_dict)
        custom_lines = d.pop("custom_lines", UNSET)
        if not isinstance(custom_lines, bool) and custom_lines is not UNSET:
            raise FieldError("boolean", custom_lines, "custom_lines")

        customer = d.pop("customer", UNSET)
        if not isinstance(customer, bool) and customer is not UNSET:
            raise FieldError("boolean", customer, "customer")

        dates = d.pop("dates", UNSET)
        if not isinstance(dates, bool) and dates is not UNSET:
            raise FieldError("boolean", dates, "dates")

        _deposit = d.pop("deposit", UNSET)
        deposit: OrderDuplicationDeposit | Unset = UNSET
        if isinstance(_deposit, str):
            deposit = OrderDuplicationDeposit(_deposit)
        elif _deposit is not UNSET:
            raise FieldError("string (OrderDuplicationDeposit)", _deposit, "deposit")

        discount = d.pop("discount", UNSET)
        if not isinstance(discount, bool) and discount is not UNSET:
            raise FieldError("boolean", discount, "discount")

        _original_order_id = d.pop("original_order_id", UNSET)
        original_order_id: UUID | Unset = UNSET
        if _original_order_id is not UNSET:
            try:
                original_order_id = UUID(_original_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _original_order_id, "original_order_id") from None

        properties = d.pop("properties", UNSET)
        if not isinstance(properties, bool) and properties is not UNSET:
            raise FieldError("boolean", properties, "properties")

        stock_item_plannings = d.pop("stock_item_plannings", UNSET)
        if not isinstance(stock_item_plannings, bool) and stock_item_plannings is not UNSET:
            raise FieldError("boolean", stock_item_plannings, "stock_item_plannings")

        tags = d.pop("tags", UNSET)
        if not isinstance(tags, bool) and tags is not UNSET:
            raise FieldError("boolean", tags, "tags")

        order_duplication_write_attributes = cls(
            custom_lines=custom_lines,
            customer=customer,
            dates=dates,
            deposit=deposit,
            discount=discount,
            original_order_id=original_order_id,
            properties=properties,
            stock_item_plannings=stock_item_plannings,
            tags=tags,
        )

        order_duplication_write_attributes.additional_properties = d
        return order_duplication_write_attributes

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

    if TYPE_CHECKING:
        from ..models.order import Order

    def relate(
        self,
        *,
        original_order: Order | Unset = UNSET,
    ) -> OrderDuplicationWriteAttributes:
        """Point this order duplication at related records, by model: each keyword sets an id attribute.

        `original_order=` sets `original_order_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(original_order, Unset):
            self.original_order_id = original_order.id
        return self
