from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..lib._fields import position as _position
from ..models.stock_item_status import StockItemStatus
from ..models.stock_item_type import StockItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StockItemAttributes")


@_attrs_define
class StockItemAttributes:
    """Attributes of a stock item as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            created_at (datetime.datetime | Unset): When the record was created.
            from_ (datetime.datetime | None | Unset): Start of the period a temporary stock item is owned.
            identifier (str | Unset): Code that identifies the physical stock item (serial number, asset tag...).
            location_id (UUID | Unset): ID of the related location.
            product_group_id (UUID | Unset): ID of the related product group.
            product_id (UUID | Unset): ID of the related product. Can only be set when the record is created.
            properties (dict[str, Any] | Unset): A free-form JSON object.
            purchase_cost_in_cents (int | None | Unset): Purchase cost, in cents.
            purchased_at (datetime.datetime | None | Unset):
            status (StockItemStatus | Unset): Where a stock item currently is.
            stock_item_type (StockItemType | Unset): Whether the stock item is permanent or only temporarily owned.
            till (datetime.datetime | None | Unset): End of the period a temporary stock item is owned.
            updated_at (datetime.datetime | Unset): When the record last changed.
            confirm_shortage (bool | Unset):
            properties_attributes (list[dict[str, Any]] | Unset):
    """

    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    from_: datetime.datetime | None | Unset = UNSET
    identifier: str | Unset = UNSET
    location_id: UUID | Unset = UNSET
    product_group_id: UUID | Unset = UNSET
    product_id: UUID | Unset = UNSET
    properties: dict[str, Any] | Unset = UNSET
    purchase_cost_in_cents: int | None | Unset = UNSET
    purchased_at: datetime.datetime | None | Unset = UNSET
    status: StockItemStatus | Unset = UNSET
    stock_item_type: StockItemType | Unset = UNSET
    till: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    confirm_shortage: bool | Unset = UNSET
    properties_attributes: list[dict[str, Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        archived = self.archived
        if archived is not UNSET:
            field_dict["archived"] = archived
        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = (
                self.archived_at.isoformat().replace("+00:00", "Z")
                if self.archived_at.tzinfo is not None
                else _naive__datetime("archived_at_type_0")
            )
        else:
            archived_at = self.archived_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
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
        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        location_id: str | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = str(self.location_id)
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        product_group_id: str | Unset = UNSET
        if not isinstance(self.product_group_id, Unset):
            product_group_id = str(self.product_group_id)
        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        properties = self.properties
        if properties is not UNSET:
            field_dict["properties"] = properties
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
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status
        stock_item_type: str | Unset = UNSET
        if not isinstance(self.stock_item_type, Unset):
            stock_item_type = self.stock_item_type.value

        if stock_item_type is not UNSET:
            field_dict["stock_item_type"] = stock_item_type
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
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        confirm_shortage = self.confirm_shortage
        if confirm_shortage is not UNSET:
            field_dict["confirm_shortage"] = confirm_shortage
        properties_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties_attributes, Unset):
            properties_attributes = self.properties_attributes

        if properties_attributes is not UNSET:
            field_dict["properties_attributes"] = properties_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (StockItemAttributes)", d)
            d = dict(d)
        n__absent = 0
        archived = d.get("archived", UNSET)
        if not (archived is True or archived is False):
            if archived is UNSET:
                n__absent += 1
            elif not isinstance(archived, bool):
                raise FieldError("boolean", archived, "archived")

        _archived_at = d.get("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        elif isinstance(_archived_at, str):
            _archived_at_type_0 = _archived_at
            try:
                archived_at_type_0 = _datetime__parse(_archived_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _archived_at_type_0, "archived_at") from None

            archived_at = archived_at_type_0
        else:
            raise FieldError("date-time string or null", _archived_at, "archived_at")

        if archived_at is UNSET:
            n__absent += 1

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

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

        identifier = d.get("identifier", UNSET)
        if not (type(identifier) is str):
            if identifier is UNSET:
                n__absent += 1
            elif not isinstance(identifier, str):
                raise FieldError("string", identifier, "identifier")

        _location_id = d.get("location_id", UNSET)
        location_id: UUID | Unset = UNSET
        if _location_id is not UNSET:
            try:
                location_id = parse_uuid(_location_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _location_id, "location_id") from None

        if location_id is UNSET:
            n__absent += 1

        _product_group_id = d.get("product_group_id", UNSET)
        product_group_id: UUID | Unset = UNSET
        if _product_group_id is not UNSET:
            try:
                product_group_id = parse_uuid(_product_group_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_group_id, "product_group_id") from None

        if product_group_id is UNSET:
            n__absent += 1

        _product_id = d.get("product_id", UNSET)
        product_id: UUID | Unset = UNSET
        if _product_id is not UNSET:
            try:
                product_id = parse_uuid(_product_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        if product_id is UNSET:
            n__absent += 1

        properties = d.get("properties", UNSET)
        if not (type(properties) is dict):
            if properties is UNSET:
                n__absent += 1
            elif not isinstance(properties, dict):
                raise FieldError("object", properties, "properties")

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

        _status = d.get("status", UNSET)
        status: StockItemStatus | Unset = UNSET
        if type(_status) is str:
            status = StockItemStatus._by__value.get(_status) or StockItemStatus(_status)
        elif isinstance(_status, str):
            status = StockItemStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (StockItemStatus)", _status, "status")

        if status is UNSET:
            n__absent += 1

        _stock_item_type = d.get("stock_item_type", UNSET)
        stock_item_type: StockItemType | Unset = UNSET
        if type(_stock_item_type) is str:
            stock_item_type = StockItemType._by__value.get(_stock_item_type) or StockItemType(_stock_item_type)
        elif isinstance(_stock_item_type, str):
            stock_item_type = StockItemType(_stock_item_type)
        elif _stock_item_type is not UNSET:
            raise FieldError("string (StockItemType)", _stock_item_type, "stock_item_type")

        if stock_item_type is UNSET:
            n__absent += 1

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

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        confirm_shortage = d.get("confirm_shortage", UNSET)
        if not (confirm_shortage is True or confirm_shortage is False):
            if confirm_shortage is UNSET:
                n__absent += 1
            elif not isinstance(confirm_shortage, bool):
                raise FieldError("boolean", confirm_shortage, "confirm_shortage")

        _properties_attributes = d.get("properties_attributes", UNSET)
        properties_attributes: list[dict[str, Any]] | Unset = UNSET
        if isinstance(_properties_attributes, list):
            for properties_attributes_item in _properties_attributes:
                if not (type(properties_attributes_item) is dict) and not isinstance(properties_attributes_item, dict):
                    raise FieldError(
                        "object",
                        properties_attributes_item,
                        _position(_properties_attributes, properties_attributes_item),
                        "properties_attributes",
                    )
            properties_attributes = _properties_attributes
        elif _properties_attributes is not UNSET:
            raise FieldError("array", _properties_attributes, "properties_attributes")

        if properties_attributes is UNSET:
            n__absent += 1

        if cls is _plain__class:
            stock_item_attributes = _new__object(cls)
            stock_item_attributes.archived = archived
            stock_item_attributes.archived_at = archived_at
            stock_item_attributes.created_at = created_at
            stock_item_attributes.from_ = from_
            stock_item_attributes.identifier = identifier
            stock_item_attributes.location_id = location_id
            stock_item_attributes.product_group_id = product_group_id
            stock_item_attributes.product_id = product_id
            stock_item_attributes.properties = properties
            stock_item_attributes.purchase_cost_in_cents = purchase_cost_in_cents
            stock_item_attributes.purchased_at = purchased_at
            stock_item_attributes.status = status
            stock_item_attributes.stock_item_type = stock_item_type
            stock_item_attributes.till = till
            stock_item_attributes.updated_at = updated_at
            stock_item_attributes.confirm_shortage = confirm_shortage
            stock_item_attributes.properties_attributes = properties_attributes
            stock_item_attributes.additional_properties = {}
        else:
            stock_item_attributes = cls(
                archived,
                archived_at,
                created_at,
                from_,
                identifier,
                location_id,
                product_group_id,
                product_id,
                properties,
                purchase_cost_in_cents,
                purchased_at,
                status,
                stock_item_type,
                till,
                updated_at,
                confirm_shortage,
                properties_attributes,
            )
        if len(d) + n__absent != 17:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "archived",
                    "archived_at",
                    "created_at",
                    "from",
                    "identifier",
                    "location_id",
                    "product_group_id",
                    "product_id",
                    "properties",
                    "purchase_cost_in_cents",
                    "purchased_at",
                    "status",
                    "stock_item_type",
                    "till",
                    "updated_at",
                    "confirm_shortage",
                    "properties_attributes",
                }
            }
            stock_item_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[StockItemAttributes] | None = (
    StockItemAttributes
    if {field.name for field in _attrs_fields(StockItemAttributes)}
    == {
        "archived",
        "archived_at",
        "created_at",
        "from_",
        "identifier",
        "location_id",
        "product_group_id",
        "product_id",
        "properties",
        "purchase_cost_in_cents",
        "purchased_at",
        "status",
        "stock_item_type",
        "till",
        "updated_at",
        "confirm_shortage",
        "properties_attributes",
        "additional_properties",
    }
    and not hasattr(StockItemAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
