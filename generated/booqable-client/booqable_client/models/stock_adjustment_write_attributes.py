from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
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

T = TypeVar("T", bound="StockAdjustmentWriteAttributes")


@_attrs_define
class StockAdjustmentWriteAttributes:
    """Attributes that can be sent when creating or updating a stock adjustment.

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        confirm_shortage: bool | None | Unset
        if isinstance(self.confirm_shortage, Unset):
            confirm_shortage = UNSET
        else:
            confirm_shortage = self.confirm_shortage
        if confirm_shortage is not UNSET:
            field_dict["confirm_shortage"] = confirm_shortage
        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.datetime):
            from_ = (
                self.from_.isoformat().replace("+00:00", "Z")
                if self.from_.tzinfo is not None
                else _naive__datetime("from_type_0")
            )
        else:
            from_ = self.from_
        if from_ is not UNSET:
            field_dict["from"] = from_
        location_id: str | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = str(self.location_id)
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        purchase_cost_in_cents: int | None | Unset
        if isinstance(self.purchase_cost_in_cents, Unset):
            purchase_cost_in_cents = UNSET
        else:
            purchase_cost_in_cents = self.purchase_cost_in_cents
        if purchase_cost_in_cents is not UNSET:
            field_dict["purchase_cost_in_cents"] = purchase_cost_in_cents
        purchased_at: None | str | Unset
        if isinstance(self.purchased_at, Unset):
            purchased_at = UNSET
        elif isinstance(self.purchased_at, datetime.datetime):
            purchased_at = (
                self.purchased_at.isoformat().replace("+00:00", "Z")
                if self.purchased_at.tzinfo is not None
                else _naive__datetime("purchased_at_type_0")
            )
        else:
            purchased_at = self.purchased_at
        if purchased_at is not UNSET:
            field_dict["purchased_at"] = purchased_at
        quantity = self.quantity
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        till: None | str | Unset
        if isinstance(self.till, Unset):
            till = UNSET
        elif isinstance(self.till, datetime.datetime):
            till = (
                self.till.isoformat().replace("+00:00", "Z")
                if self.till.tzinfo is not None
                else _naive__datetime("till_type_0")
            )
        else:
            till = self.till
        if till is not UNSET:
            field_dict["till"] = till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (StockAdjustmentWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        confirm_shortage = d.get("confirm_shortage", UNSET)
        if not ((confirm_shortage is True or confirm_shortage is False) or confirm_shortage is None):
            if confirm_shortage is UNSET:
                n__absent += 1
            elif not (isinstance(confirm_shortage, bool) or confirm_shortage is None):
                raise FieldError("boolean or null", confirm_shortage, "confirm_shortage")

        _from_ = d.get("from", UNSET)
        from_: datetime.datetime | None | Unset
        if _from_ is None or _from_ is UNSET:
            from_ = _from_
        elif isinstance(_from_, str):
            _from_type_0 = _from_
            try:
                from_type_0 = _datetime__parse(_from_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _from_type_0, "from") from None

            from_ = from_type_0
        else:
            raise FieldError("date-time string or null", _from_, "from")

        if from_ is UNSET:
            n__absent += 1

        _location_id = d.get("location_id", UNSET)
        location_id: UUID | Unset = UNSET
        if _location_id is not UNSET:
            try:
                location_id = parse_uuid(_location_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _location_id, "location_id") from None

        if location_id is UNSET:
            n__absent += 1

        prefix = d.get("prefix", UNSET)
        if not (type(prefix) is str or prefix is None):
            if prefix is UNSET:
                n__absent += 1
            elif not (isinstance(prefix, str) or prefix is None):
                raise FieldError("string or null", prefix, "prefix")

        _product_id = d.get("product_id", UNSET)
        product_id: UUID | Unset = UNSET
        if _product_id is not UNSET:
            try:
                product_id = parse_uuid(_product_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        if product_id is UNSET:
            n__absent += 1

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

        _purchased_at = d.get("purchased_at", UNSET)
        purchased_at: datetime.datetime | None | Unset
        if _purchased_at is None or _purchased_at is UNSET:
            purchased_at = _purchased_at
        elif isinstance(_purchased_at, str):
            _purchased_at_type_0 = _purchased_at
            try:
                purchased_at_type_0 = _datetime__parse(_purchased_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _purchased_at_type_0, "purchased_at") from None

            purchased_at = purchased_at_type_0
        else:
            raise FieldError("date-time string or null", _purchased_at, "purchased_at")

        if purchased_at is UNSET:
            n__absent += 1

        quantity = d.get("quantity", UNSET)
        if not (type(quantity) is int):
            if quantity is UNSET:
                n__absent += 1
            elif not (isinstance(quantity, int) and quantity is not True and quantity is not False):
                raise FieldError("integer", quantity, "quantity")

        _till = d.get("till", UNSET)
        till: datetime.datetime | None | Unset
        if _till is None or _till is UNSET:
            till = _till
        elif isinstance(_till, str):
            _till_type_0 = _till
            try:
                till_type_0 = _datetime__parse(_till_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _till_type_0, "till") from None

            till = till_type_0
        else:
            raise FieldError("date-time string or null", _till, "till")

        if till is UNSET:
            n__absent += 1

        if cls is _plain__class:
            stock_adjustment_write_attributes = _new__object(cls)
            stock_adjustment_write_attributes.confirm_shortage = confirm_shortage
            stock_adjustment_write_attributes.from_ = from_
            stock_adjustment_write_attributes.location_id = location_id
            stock_adjustment_write_attributes.prefix = prefix
            stock_adjustment_write_attributes.product_id = product_id
            stock_adjustment_write_attributes.purchase_cost_in_cents = purchase_cost_in_cents
            stock_adjustment_write_attributes.purchased_at = purchased_at
            stock_adjustment_write_attributes.quantity = quantity
            stock_adjustment_write_attributes.till = till
            stock_adjustment_write_attributes.additional_properties = {}
        else:
            stock_adjustment_write_attributes = cls(
                confirm_shortage,
                from_,
                location_id,
                prefix,
                product_id,
                purchase_cost_in_cents,
                purchased_at,
                quantity,
                till,
            )
        if len(d) + n__absent != 9:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "confirm_shortage",
                    "from",
                    "location_id",
                    "prefix",
                    "product_id",
                    "purchase_cost_in_cents",
                    "purchased_at",
                    "quantity",
                    "till",
                }
            }
            stock_adjustment_write_attributes.additional_properties = extra__props
        return stock_adjustment_write_attributes

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

    if TYPE_CHECKING:
        from ..models.location import Location
        from ..models.product import Product

    def relate(
        self,
        *,
        location: Location | Unset = UNSET,
        product: Product | Unset = UNSET,
    ) -> StockAdjustmentWriteAttributes:
        """Point this stock adjustment at related records, by model: each keyword sets an id attribute.

        `location=` sets `location_id`.
        `product=` sets `product_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(location, Unset):
            self.location_id = location.id
        if not isinstance(product, Unset):
            self.product_id = product.id
        return self


_plain__class: type[StockAdjustmentWriteAttributes] | None = (
    StockAdjustmentWriteAttributes
    if {field.name for field in _attrs_fields(StockAdjustmentWriteAttributes)}
    == {
        "confirm_shortage",
        "from_",
        "location_id",
        "prefix",
        "product_id",
        "purchase_cost_in_cents",
        "purchased_at",
        "quantity",
        "till",
        "additional_properties",
    }
    and not hasattr(StockAdjustmentWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
