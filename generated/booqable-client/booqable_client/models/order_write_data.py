from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_resource_type import OrderResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_write_attributes import OrderWriteAttributes


T = TypeVar("T", bound="OrderWriteData")


@_attrs_define
class OrderWriteData:
    """The order in a create or update body.

    Attributes:
        type_ (OrderResourceType): JSON:API type of the record.
        attributes (OrderWriteAttributes): Attributes that can be sent when creating or updating a order.
        id (UUID | Unset): ID of the record (updates only).
    """

    type_: OrderResourceType
    attributes: OrderWriteAttributes
    id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        attributes = self.attributes.to_dict()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "attributes": attributes,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_write_attributes import OrderWriteAttributes  # noqa: PLC0415

        d = dict(src_dict)
        type_ = OrderResourceType(d.pop("type"))

        attributes = OrderWriteAttributes.from_dict(d.pop("attributes"))

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        order_write_data = cls(
            type_=type_,
            attributes=attributes,
            id=id,
        )

        order_write_data.additional_properties = d
        return order_write_data

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
