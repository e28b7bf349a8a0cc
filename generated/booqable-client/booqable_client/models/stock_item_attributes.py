from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stock_item_status import StockItemStatus
from ..models.stock_item_type import StockItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="StockItemAttributes")


@_attrs_define
class StockItemAttributes:
    """Attributes of a stock item as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            confirm_shortage (bool | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            from_ (datetime.datetime | None | Unset): Start of the period a temporary stock item is owned.
            identifier (str | Unset): Code that identifies the physical stock item (serial number, asset tag...).
            location_id (UUID | Unset): ID of the related location.
            product_group_id (UUID | Unset): ID of the related product group.
            product_id (UUID | Unset): ID of the related product. Can only be set when the record is created.
            properties (JsonObject | Unset): A free-form JSON object.
            properties_attributes (list[JsonObject] | Unset):
            purchase_cost_in_cents (int | None | Unset): Purchase cost, in cents.
            purchased_at (datetime.datetime | None | Unset):
            status (StockItemStatus | Unset): Where a stock item currently is.
            stock_item_type (StockItemType | Unset): Whether the stock item is permanent or only temporarily owned.
            till (datetime.datetime | None | Unset): End of the period a temporary stock item is owned.
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    confirm_shortage: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    from_: datetime.datetime | None | Unset = UNSET
    identifier: str | Unset = UNSET
    location_id: UUID | Unset = UNSET
    product_group_id: UUID | Unset = UNSET
    product_id: UUID | Unset = UNSET
    properties: JsonObject | Unset = UNSET
    properties_attributes: list[JsonObject] | Unset = UNSET
    purchase_cost_in_cents: int | None | Unset = UNSET
    purchased_at: datetime.datetime | None | Unset = UNSET
    status: StockItemStatus | Unset = UNSET
    stock_item_type: StockItemType | Unset = UNSET
    till: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived = self.archived

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat().replace("+00:00", "Z")
        else:
            archived_at = self.archived_at

        confirm_shortage = self.confirm_shortage

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.datetime):
            from_ = self.from_.isoformat().replace("+00:00", "Z")
        else:
            from_ = self.from_

        identifier = self.identifier

        location_id: str | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = str(self.location_id)

        product_group_id: str | Unset = UNSET
        if not isinstance(self.product_group_id, Unset):
            product_group_id = str(self.product_group_id)

        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        properties_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties_attributes, Unset):
            properties_attributes = []
            for properties_attributes_item_data in self.properties_attributes:
                properties_attributes_item = properties_attributes_item_data.to_dict()
                properties_attributes.append(properties_attributes_item)

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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        stock_item_type: str | Unset = UNSET
        if not isinstance(self.stock_item_type, Unset):
            stock_item_type = self.stock_item_type.value

        till: None | str | Unset
        if isinstance(self.till, Unset):
            till = UNSET
        elif isinstance(self.till, datetime.datetime):
            till = self.till.isoformat().replace("+00:00", "Z")
        else:
            till = self.till

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archived is not UNSET:
            field_dict["archived"] = archived
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if confirm_shortage is not UNSET:
            field_dict["confirm_shortage"] = confirm_shortage
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if from_ is not UNSET:
            field_dict["from"] = from_
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if properties is not UNSET:
            field_dict["properties"] = properties
        if properties_attributes is not UNSET:
            field_dict["properties_attributes"] = properties_attributes
        if purchase_cost_in_cents is not UNSET:
            field_dict["purchase_cost_in_cents"] = purchase_cost_in_cents
        if purchased_at is not UNSET:
            field_dict["purchased_at"] = purchased_at
        if status is not UNSET:
            field_dict["status"] = status
        if stock_item_type is not UNSET:
            field_dict["stock_item_type"] = stock_item_type
        if till is not UNSET:
            field_dict["till"] = till
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        archived = d.pop("archived", UNSET)

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        confirm_shortage = d.pop("confirm_shortage", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_from_(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_0 = datetime.datetime.fromisoformat(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        identifier = d.pop("identifier", UNSET)

        _location_id = d.pop("location_id", UNSET)
        location_id: UUID | Unset
        if isinstance(_location_id, Unset):
            location_id = UNSET
        else:
            location_id = UUID(_location_id)

        _product_group_id = d.pop("product_group_id", UNSET)
        product_group_id: UUID | Unset
        if isinstance(_product_group_id, Unset):
            product_group_id = UNSET
        else:
            product_group_id = UUID(_product_group_id)

        _product_id = d.pop("product_id", UNSET)
        product_id: UUID | Unset
        if isinstance(_product_id, Unset):
            product_id = UNSET
        else:
            product_id = UUID(_product_id)

        _properties = d.pop("properties", UNSET)
        properties: JsonObject | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = JsonObject.from_dict(_properties)

        _properties_attributes = d.pop("properties_attributes", UNSET)
        properties_attributes: list[JsonObject] | Unset = UNSET
        if _properties_attributes is not UNSET:
            properties_attributes = []
            for properties_attributes_item_data in _properties_attributes:
                properties_attributes_item = JsonObject.from_dict(properties_attributes_item_data)

                properties_attributes.append(properties_attributes_item)

        def _parse_purchase_cost_in_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        purchase_cost_in_cents = _parse_purchase_cost_in_cents(d.pop("purchase_cost_in_cents", UNSET))

        def _parse_purchased_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purchased_at_type_0 = datetime.datetime.fromisoformat(data)

                return purchased_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        purchased_at = _parse_purchased_at(d.pop("purchased_at", UNSET))

        _status = d.pop("status", UNSET)
        status: StockItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StockItemStatus(_status)

        _stock_item_type = d.pop("stock_item_type", UNSET)
        stock_item_type: StockItemType | Unset
        if isinstance(_stock_item_type, Unset):
            stock_item_type = UNSET
        else:
            stock_item_type = StockItemType(_stock_item_type)

        def _parse_till(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                till_type_0 = datetime.datetime.fromisoformat(data)

                return till_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        till = _parse_till(d.pop("till", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        stock_item_attributes = cls(
            archived=archived,
            archived_at=archived_at,
            confirm_shortage=confirm_shortage,
            created_at=created_at,
            from_=from_,
            identifier=identifier,
            location_id=location_id,
            product_group_id=product_group_id,
            product_id=product_id,
            properties=properties,
            properties_attributes=properties_attributes,
            purchase_cost_in_cents=purchase_cost_in_cents,
            purchased_at=purchased_at,
            status=status,
            stock_item_type=stock_item_type,
            till=till,
            updated_at=updated_at,
        )

        stock_item_attributes.additional_properties = d
        return stock_item_attributes

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
