from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDeliveryRateRecalculationWriteAttributes")


@_attrs_define
class OrderDeliveryRateRecalculationWriteAttributes:
    """Attributes that can be sent when creating or updating an order delivery rate recalculation.

    Attributes:
        order_id (UUID | Unset): ID of the related order.
    """

    order_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)
        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderDeliveryRateRecalculationWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        _order_id = d.get("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = parse_uuid(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        if order_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            order_delivery_rate_recalculation_write_attributes = _new__object(cls)
            order_delivery_rate_recalculation_write_attributes.order_id = order_id
            order_delivery_rate_recalculation_write_attributes.additional_properties = {}
        else:
            order_delivery_rate_recalculation_write_attributes = cls(
                order_id,
            )
        if len(d) + n__absent != 1:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"order_id"}
            }
            order_delivery_rate_recalculation_write_attributes.additional_properties = extra__props
        return order_delivery_rate_recalculation_write_attributes

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
        from ..models.order import Order

    def relate(
        self,
        *,
        order: Order | Unset = UNSET,
    ) -> OrderDeliveryRateRecalculationWriteAttributes:
        """Point this order delivery rate recalculation at related records, by model: each keyword sets an id attribute.

        `order=` sets `order_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(order, Unset):
            self.order_id = order.id
        return self


_plain__class: type[OrderDeliveryRateRecalculationWriteAttributes] | None = (
    OrderDeliveryRateRecalculationWriteAttributes
    if {field.name for field in _attrs_fields(OrderDeliveryRateRecalculationWriteAttributes)}
    == {"order_id", "additional_properties"}
    and not hasattr(OrderDeliveryRateRecalculationWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
