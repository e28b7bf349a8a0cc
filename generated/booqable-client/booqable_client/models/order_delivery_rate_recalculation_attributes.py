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
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDeliveryRateRecalculationAttributes")


@_attrs_define
class OrderDeliveryRateRecalculationAttributes:
    """Attributes of an order delivery rate recalculation as read from the API. `required` lists the attributes Booqable
    always sends; a sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as
    not sent.

        Attributes:
            destination_coordinates (list[float] | Unset):
            order_id (UUID | Unset): ID of the related order.
            origin_coordinates (list[float] | Unset):
            route_restricted (bool | Unset):
    """

    destination_coordinates: list[float] | Unset = UNSET
    order_id: UUID | Unset = UNSET
    origin_coordinates: list[float] | Unset = UNSET
    route_restricted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        destination_coordinates: list[float] | Unset = UNSET
        if not isinstance(self.destination_coordinates, Unset):
            destination_coordinates = self.destination_coordinates

        if destination_coordinates is not UNSET:
            field_dict["destination_coordinates"] = destination_coordinates
        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        origin_coordinates: list[float] | Unset = UNSET
        if not isinstance(self.origin_coordinates, Unset):
            origin_coordinates = self.origin_coordinates

        if origin_coordinates is not UNSET:
            field_dict["origin_coordinates"] = origin_coordinates
        route_restricted = self.route_restricted
        if route_restricted is not UNSET:
            field_dict["route_restricted"] = route_restricted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderDeliveryRateRecalculationAttributes)", d)
            d = dict(d)
        n__absent = 0
        _destination_coordinates = d.get("destination_coordinates", UNSET)
        destination_coordinates: list[float] | Unset = UNSET
        if isinstance(_destination_coordinates, list):
            for destination_coordinates_item in _destination_coordinates:
                if not (
                    type(destination_coordinates_item) is float or type(destination_coordinates_item) is int
                ) and not (
                    isinstance(destination_coordinates_item, float)
                    or (
                        isinstance(destination_coordinates_item, int)
                        and destination_coordinates_item is not True
                        and destination_coordinates_item is not False
                    )
                ):
                    raise FieldError(
                        "number",
                        destination_coordinates_item,
                        _position(_destination_coordinates, destination_coordinates_item),
                        "destination_coordinates",
                    )
            destination_coordinates = _destination_coordinates
        elif _destination_coordinates is not UNSET:
            raise FieldError("array", _destination_coordinates, "destination_coordinates")

        if destination_coordinates is UNSET:
            n__absent += 1

        _order_id = d.get("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = parse_uuid(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        if order_id is UNSET:
            n__absent += 1

        _origin_coordinates = d.get("origin_coordinates", UNSET)
        origin_coordinates: list[float] | Unset = UNSET
        if isinstance(_origin_coordinates, list):
            for origin_coordinates_item in _origin_coordinates:
                if not (type(origin_coordinates_item) is float or type(origin_coordinates_item) is int) and not (
                    isinstance(origin_coordinates_item, float)
                    or (
                        isinstance(origin_coordinates_item, int)
                        and origin_coordinates_item is not True
                        and origin_coordinates_item is not False
                    )
                ):
                    raise FieldError(
                        "number",
                        origin_coordinates_item,
                        _position(_origin_coordinates, origin_coordinates_item),
                        "origin_coordinates",
                    )
            origin_coordinates = _origin_coordinates
        elif _origin_coordinates is not UNSET:
            raise FieldError("array", _origin_coordinates, "origin_coordinates")

        if origin_coordinates is UNSET:
            n__absent += 1

        route_restricted = d.get("route_restricted", UNSET)
        if not (route_restricted is True or route_restricted is False):
            if route_restricted is UNSET:
                n__absent += 1
            elif not isinstance(route_restricted, bool):
                raise FieldError("boolean", route_restricted, "route_restricted")

        if cls is _plain__class:
            order_delivery_rate_recalculation_attributes = _new__object(cls)
            order_delivery_rate_recalculation_attributes.destination_coordinates = destination_coordinates
            order_delivery_rate_recalculation_attributes.order_id = order_id
            order_delivery_rate_recalculation_attributes.origin_coordinates = origin_coordinates
            order_delivery_rate_recalculation_attributes.route_restricted = route_restricted
            order_delivery_rate_recalculation_attributes.additional_properties = {}
        else:
            order_delivery_rate_recalculation_attributes = cls(
                destination_coordinates,
                order_id,
                origin_coordinates,
                route_restricted,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"destination_coordinates", "order_id", "origin_coordinates", "route_restricted"}
            }
            order_delivery_rate_recalculation_attributes.additional_properties = extra__props
        return order_delivery_rate_recalculation_attributes

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


_plain__class: type[OrderDeliveryRateRecalculationAttributes] | None = (
    OrderDeliveryRateRecalculationAttributes
    if {field.name for field in _attrs_fields(OrderDeliveryRateRecalculationAttributes)}
    == {"destination_coordinates", "order_id", "origin_coordinates", "route_restricted", "additional_properties"}
    and not hasattr(OrderDeliveryRateRecalculationAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
