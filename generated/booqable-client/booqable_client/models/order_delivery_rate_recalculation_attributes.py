from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDeliveryRateRecalculationAttributes")


@_attrs_define
class OrderDeliveryRateRecalculationAttributes:
    """Attributes of an order delivery rate recalculation as read from the API. Every attribute is optional because sparse
    fieldsets (`fields[...]`) can leave any of them out.

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
        destination_coordinates: list[float] | Unset = UNSET
        if not isinstance(self.destination_coordinates, Unset):
            destination_coordinates = self.destination_coordinates

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        origin_coordinates: list[float] | Unset = UNSET
        if not isinstance(self.origin_coordinates, Unset):
            origin_coordinates = self.origin_coordinates

        route_restricted = self.route_restricted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_coordinates is not UNSET:
            field_dict["destination_coordinates"] = destination_coordinates
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if origin_coordinates is not UNSET:
            field_dict["origin_coordinates"] = origin_coordinates
        if route_restricted is not UNSET:
            field_dict["route_restricted"] = route_restricted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OrderDeliveryRateRecalculationAttributes)", src_dict)
        d = dict(src_dict)
        _destination_coordinates = d.pop("destination_coordinates", UNSET)
        destination_coordinates: list[float] | Unset = UNSET
        if isinstance(_destination_coordinates, list):
            for destination_coordinates_item in _destination_coordinates:
                if not (
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

        _order_id = d.pop("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = UUID(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        _origin_coordinates = d.pop("origin_coordinates", UNSET)
        origin_coordinates: list[float] | Unset = UNSET
        if isinstance(_origin_coordinates, list):
            for origin_coordinates_item in _origin_coordinates:
                if not (
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

        route_restricted = d.pop("route_restricted", UNSET)
        if not isinstance(route_restricted, bool) and route_restricted is not UNSET:
            raise FieldError("boolean", route_restricted, "route_restricted")

        order_delivery_rate_recalculation_attributes = cls(
            destination_coordinates=destination_coordinates,
            order_id=order_id,
            origin_coordinates=origin_coordinates,
            route_restricted=route_restricted,
        )

        order_delivery_rate_recalculation_attributes.additional_properties = d
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
