from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.stock_item_status import StockItemStatus
from ..models.stock_item_type import StockItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _refs__resolved = True


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
        if not _refs__resolved:
            _resolve__refs()
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
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (StockItemAttributes)", src_dict)
        d = dict(src_dict)
        archived = d.pop("archived", UNSET)
        if not isinstance(archived, bool) and archived is not UNSET:
            raise FieldError("boolean", archived, "archived")

        _archived_at = d.pop("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        elif isinstance(_archived_at, str):
            _archived_at_type_0 = _archived_at
            try:
                archived_at_type_0 = datetime.datetime.fromisoformat(_archived_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _archived_at_type_0, "archived_at") from None

            archived_at = archived_at_type_0
        else:
            raise FieldError("date-time string or null", _archived_at, "archived_at")

        confirm_shortage = d.pop("confirm_shortage", UNSET)
        if not isinstance(confirm_shortage, bool) and confirm_shortage is not UNSET:
            raise FieldError("boolean", confirm_shortage, "confirm_shortage")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

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

        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            raise FieldError("string", identifier, "identifier")

        _location_id = d.pop("location_id", UNSET)
        location_id: UUID | Unset = UNSET
        if _location_id is not UNSET:
            try:
                location_id = UUID(_location_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _location_id, "location_id") from None

        _product_group_id = d.pop("product_group_id", UNSET)
        product_group_id: UUID | Unset = UNSET
        if _product_group_id is not UNSET:
            try:
                product_group_id = UUID(_product_group_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_group_id, "product_group_id") from None

        _product_id = d.pop("product_id", UNSET)
        product_id: UUID | Unset = UNSET
        if _product_id is not UNSET:
            try:
                product_id = UUID(_product_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        _properties = d.pop("properties", UNSET)
        properties: JsonObject | Unset = UNSET
        if _properties is not UNSET:
            try:
                properties = JsonObject.from_dict(_properties)
            except FieldError as field__error:
                field__error.segments.append("properties")
                raise

        _properties_attributes = d.pop("properties_attributes", UNSET)
        properties_attributes: list[JsonObject] | Unset = UNSET
        if isinstance(_properties_attributes, list):
            properties_attributes = []
            try:
                for properties_attributes_item_data in _properties_attributes:
                    properties_attributes_item = JsonObject.from_dict(properties_attributes_item_data)

                    properties_attributes.append(properties_attributes_item)
            except FieldError as field__error:
                field__error.segments.append(len(properties_attributes))
                field__error.segments.append("properties_attributes")
                raise
        elif _properties_attributes is not UNSET:
            raise FieldError("array", _properties_attributes, "properties_attributes")

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

        _status = d.pop("status", UNSET)
        status: StockItemStatus | Unset = UNSET
        if isinstance(_status, str):
            status = StockItemStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (StockItemStatus)", _status, "status")

        _stock_item_type = d.pop("stock_item_type", UNSET)
        stock_item_type: StockItemType | Unset = UNSET
        if isinstance(_stock_item_type, str):
            stock_item_type = StockItemType(_stock_item_type)
        elif _stock_item_type is not UNSET:
            raise FieldError("string (StockItemType)", _stock_item_type, "stock_item_type")

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

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

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
