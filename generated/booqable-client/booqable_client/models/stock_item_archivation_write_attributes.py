from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="StockItemArchivationWriteAttributes")


@_attrs_define
class StockItemArchivationWriteAttributes:
    """Attributes that can be sent when creating or updating a stock item archivation.

    Attributes:
        confirm_shortage (bool | Unset): Send true to go ahead despite a shortage warning.
        stock_item_id (UUID | Unset): ID of the related stock item.
    """

    confirm_shortage: bool | Unset = UNSET
    stock_item_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirm_shortage = self.confirm_shortage

        stock_item_id: str | Unset = UNSET
        if not isinstance(self.stock_item_id, Unset):
            stock_item_id = str(self.stock_item_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirm_shortage is not UNSET:
            field_dict["confirm_shortage"] = confirm_shortage
        if stock_item_id is not UNSET:
            field_dict["stock_item_id"] = stock_item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (StockItemArchivationWriteAttributes)", src_dict)
        d = dict(src_dict)
        confirm_shortage = d.pop("confirm_shortage", UNSET)
        if not isinstance(confirm_shortage, bool) and confirm_shortage is not UNSET:
            raise FieldError("boolean", confirm_shortage, "confirm_shortage")

        _stock_item_id = d.pop("stock_item_id", UNSET)
        stock_item_id: UUID | Unset = UNSET
        if _stock_item_id is not UNSET:
            try:
                stock_item_id = UUID(_stock_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _stock_item_id, "stock_item_id") from None

        stock_item_archivation_write_attributes = cls(
            confirm_shortage=confirm_shortage,
            stock_item_id=stock_item_id,
        )

        stock_item_archivation_write_attributes.additional_properties = d
        return stock_item_archivation_write_attributes

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
        from ..models.stock_item import StockItem

    def relate(
        self,
        *,
        stock_item: StockItem | Unset = UNSET,
    ) -> StockItemArchivationWriteAttributes:
        """Point this stock item archivation at related records, by model: each keyword sets an id attribute.

        `stock_item=` sets `stock_item_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(stock_item, Unset):
            self.stock_item_id = stock_item.id
        return self
