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

T = TypeVar("T", bound="StockCountWriteAttributes")


@_attrs_define
class StockCountWriteAttributes:
    """Attributes that can be sent when creating or updating a stock count.

    Attributes:
        purchase_cost_in_cents (int | None | Unset): Purchase cost, in cents.
        purchased_at (datetime.datetime | None | Unset):
    """

    purchase_cost_in_cents: int | None | Unset = UNSET
    purchased_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (StockCountWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
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

        if cls is _plain__class:
            stock_count_write_attributes = _new__object(cls)
            stock_count_write_attributes.purchase_cost_in_cents = purchase_cost_in_cents
            stock_count_write_attributes.purchased_at = purchased_at
            stock_count_write_attributes.additional_properties = {}
        else:
            stock_count_write_attributes = cls(
                purchase_cost_in_cents,
                purchased_at,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"purchase_cost_in_cents", "purchased_at"}
            }
            stock_count_write_attributes.additional_properties = extra__props
        return stock_count_write_attributes

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


_plain__class: type[StockCountWriteAttributes] | None = (
    StockCountWriteAttributes
    if {field.name for field in _attrs_fields(StockCountWriteAttributes)}
    == {"purchase_cost_in_cents", "purchased_at", "additional_properties"}
    and not hasattr(StockCountWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
