from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="StockAdjustmentAttributes")


@_attrs_define
class StockAdjustmentAttributes:
    """Attributes of a stock adjustment as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            confirm_shortage (bool | None | Unset): Send true to go ahead despite a shortage warning.
            from_ (datetime.datetime | None | Unset):
            location_id (UUID | Unset): ID of the related location.
            prefix (None | str | Unset):
            product_id (UUID | Unset): ID of the related product.
            purchase_cost_in_cents (int | None | Unset): Purchase cost, in cents.
            purchased_at (datetime.datetime | None | Unset):
            quantity (int | Unset):
            till (datetime.datetime | None | Unset):
    """

    confirm_shortage: bool | None | Unset = UNSET
    from_: datetime.datetime | None | Unset = UNSET
    location_id: UUID | Unset = UNSET
    prefix: None | str | Unset = UNSET
    product_id: UUID | Unset = UNSET
    purchase_cost_in_cents: int | None | Unset = UNSET
    purchased_at: datetime.datetime | None | Unset = UNSET
    quantity: int | Unset = UNSET
    till: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirm_shortage: bool | None | Unset
        if isinstance(self.confirm_shortage, Unset):
            confirm_shortage = UNSET
        else:
            confirm_shortage = self.confirm_shortage

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.datetime):
            from_ = self.from_.isoformat().replace("+00:00", "Z")
        else:
            from_ = self.from_

        location_id: str | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = str(self.location_id)

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)

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

        quantity = self.quantity

        till: None | str | Unset
        if isinstance(self.till, Unset):
            till = UNSET
        elif isinstance(self.till, datetime.datetime):
            till = self.till.isoformat().replace("+00:00", "Z")
        else:
            till = self.till

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirm_shortage is not UNSET:
            field_dict["confirm_shortage"] = confirm_shortage
        if from_ is not UNSET:
            field_dict["from"] = from_
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if purchase_cost_in_cents is not UNSET:
            field_dict["purchase_cost_in_cents"] = purchase_cost_in_cents
        if purchased_at is not UNSET:
            field_dict["purchased_at"] = purchased_at
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if till is not UNSET:
            field_dict["till"] = till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (StockAdjustmentAttributes)", src_dict)
        d = dict(src_dict)
        confirm_shortage = d.pop("confirm_shortage", UNSET)
        if not (isinstance(confirm_shortage, bool) or confirm_shortage is None) and confirm_shortage is not UNSET:
            raise FieldError("boolean or null", confirm_shortage, "confirm_shortage")

        _from_ = d.pop("from", UNSET)
        from_: datetime.datetime | None | Unset
        if _from_ is None or _from_ is UNSET:
            from_ = _from_
        elif isinstance(_from_, str):
            _from_type_0 = _from_
            try:
                from_type_0 = datetime.datetime.fromisoformat(_from_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _from_type_0, "from") from None

            from_ = from_type_0
        else:
            raise FieldError("date-time string or null", _from_, "from")

        _location_id = d.pop("location_id", UNSET)
        location_id: UUID | Unset = UNSET
        if _location_id is not UNSET:
            try:
                location_id = UUID(_location_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _location_id, "location_id") from None

        prefix = d.pop("prefix", UNSET)
        if not (isinstance(prefix, str) or prefix is None) and prefix is not UNSET:
            raise FieldError("string or null", prefix, "prefix")

        _product_id = d.pop("product_id", UNSET)
        product_id: UUID | Unset = UNSET
        if _product_id is not UNSET:
            try:
                product_id = UUID(_product_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_id, "product_id") from None

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

        quantity = d.pop("quantity", UNSET)
        if not (isinstance(quantity, int) and quantity is not True and quantity is not False) and quantity is not UNSET:
            raise FieldError("integer", quantity, "quantity")

        _till = d.pop("till", UNSET)
        till: datetime.datetime | None | Unset
        if _till is None or _till is UNSET:
            till = _till
        elif isinstance(_till, str):
            _till_type_0 = _till
            try:
                till_type_0 = datetime.datetime.fromisoformat(_till_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _till_type_0, "till") from None

            till = till_type_0
        else:
            raise FieldError("date-time string or null", _till, "till")

        stock_adjustment_attributes = cls(
            confirm_shortage=confirm_shortage,
            from_=from_,
            location_id=location_id,
            prefix=prefix,
            product_id=product_id,
            purchase_cost_in_cents=purchase_cost_in_cents,
            purchased_at=purchased_at,
            quantity=quantity,
            till=till,
        )

        stock_adjustment_attributes.additional_properties = d
        return stock_adjustment_attributes

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
