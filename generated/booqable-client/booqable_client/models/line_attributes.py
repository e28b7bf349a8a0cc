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
from ..models.line_owner_type import LineOwnerType
from ..models.line_type import LineType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LineAttributes")


@_attrs_define
class LineAttributes:
    """Attributes of a line as read from the API. `required` lists the attributes Booqable always sends; a sparse fieldset
    (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            bundle_item_id (None | Unset | UUID): ID of the related bundle item.
            charge_label (None | str | Unset):
            charge_length (int | None | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            discountable (bool | Unset):
            extra_information (None | str | Unset):
            item_id (None | Unset | UUID): ID of the related item.
            line_type (LineType | Unset): What a line stands for.
            nested_position (int | None | Unset):
            order_id (UUID | Unset): ID of the related order.
            original_charge_label (None | str | Unset):
            original_charge_length (int | None | Unset):
            original_price_each_in_cents (int | None | Unset): Original price each, in cents.
            owner_id (UUID | Unset): The order or document the line belongs to. Can only be set on create.
            owner_type (LineOwnerType | Unset): The kind of record that owns a line.
            parent_line_id (None | Unset | UUID): ID of the related parent line.
            planning_id (None | Unset | UUID): The planning this line prices, for lines that book an item.
            position (int | None | Unset):
            price_each_in_cents (int | Unset): Price each, in cents.
            price_in_cents (int | Unset): Price, in cents.
            price_rule_values (dict[str, Any] | None | Unset):
            price_structure_id (None | Unset | UUID): ID of the related price structure.
            price_tile_id (None | Unset | UUID): ID of the related price tile.
            quantity (int | Unset):
            relevant (bool | Unset):
            tax_category_id (None | Unset | UUID): ID of the related tax category.
            taxable (bool | Unset):
            title (None | str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            confirm_shortage (bool | Unset):
    """

    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    bundle_item_id: None | Unset | UUID = UNSET
    charge_label: None | str | Unset = UNSET
    charge_length: int | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    discountable: bool | Unset = UNSET
    extra_information: None | str | Unset = UNSET
    item_id: None | Unset | UUID = UNSET
    line_type: LineType | Unset = UNSET
    nested_position: int | None | Unset = UNSET
    order_id: UUID | Unset = UNSET
    original_charge_label: None | str | Unset = UNSET
    original_charge_length: int | None | Unset = UNSET
    original_price_each_in_cents: int | None | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    owner_type: LineOwnerType | Unset = UNSET
    parent_line_id: None | Unset | UUID = UNSET
    planning_id: None | Unset | UUID = UNSET
    position: int | None | Unset = UNSET
    price_each_in_cents: int | Unset = UNSET
    price_in_cents: int | Unset = UNSET
    price_rule_values: dict[str, Any] | None | Unset = UNSET
    price_structure_id: None | Unset | UUID = UNSET
    price_tile_id: None | Unset | UUID = UNSET
    quantity: int | Unset = UNSET
    relevant: bool | Unset = UNSET
    tax_category_id: None | Unset | UUID = UNSET
    taxable: bool | Unset = UNSET
    title: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    confirm_shortage: bool | Unset = UNSET
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
        bundle_item_id: None | str | Unset
        if isinstance(self.bundle_item_id, Unset):
            bundle_item_id = UNSET
        elif isinstance(self.bundle_item_id, UUID):
            bundle_item_id = str(self.bundle_item_id)
        else:
            bundle_item_id = self.bundle_item_id
        if bundle_item_id is not UNSET:
            field_dict["bundle_item_id"] = bundle_item_id
        charge_label: None | str | Unset
        if isinstance(self.charge_label, Unset):
            charge_label = UNSET
        else:
            charge_label = self.charge_label
        if charge_label is not UNSET:
            field_dict["charge_label"] = charge_label
        charge_length: int | None | Unset
        if isinstance(self.charge_length, Unset):
            charge_length = UNSET
        else:
            charge_length = self.charge_length
        if charge_length is not UNSET:
            field_dict["charge_length"] = charge_length
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        discountable = self.discountable
        if discountable is not UNSET:
            field_dict["discountable"] = discountable
        extra_information: None | str | Unset
        if isinstance(self.extra_information, Unset):
            extra_information = UNSET
        else:
            extra_information = self.extra_information
        if extra_information is not UNSET:
            field_dict["extra_information"] = extra_information
        item_id: None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        elif isinstance(self.item_id, UUID):
            item_id = str(self.item_id)
        else:
            item_id = self.item_id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        line_type: str | Unset = UNSET
        if not isinstance(self.line_type, Unset):
            line_type = self.line_type.value

        if line_type is not UNSET:
            field_dict["line_type"] = line_type
        nested_position: int | None | Unset
        if isinstance(self.nested_position, Unset):
            nested_position = UNSET
        else:
            nested_position = self.nested_position
        if nested_position is not UNSET:
            field_dict["nested_position"] = nested_position
        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        original_charge_label: None | str | Unset
        if isinstance(self.original_charge_label, Unset):
            original_charge_label = UNSET
        else:
            original_charge_label = self.original_charge_label
        if original_charge_label is not UNSET:
            field_dict["original_charge_label"] = original_charge_label
        original_charge_length: int | None | Unset
        if isinstance(self.original_charge_length, Unset):
            original_charge_length = UNSET
        else:
            original_charge_length = self.original_charge_length
        if original_charge_length is not UNSET:
            field_dict["original_charge_length"] = original_charge_length
        original_price_each_in_cents: int | None | Unset
        if isinstance(self.original_price_each_in_cents, Unset):
            original_price_each_in_cents = UNSET
        else:
            original_price_each_in_cents = self.original_price_each_in_cents
        if original_price_each_in_cents is not UNSET:
            field_dict["original_price_each_in_cents"] = original_price_each_in_cents
        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type.value

        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        parent_line_id: None | str | Unset
        if isinstance(self.parent_line_id, Unset):
            parent_line_id = UNSET
        elif isinstance(self.parent_line_id, UUID):
            parent_line_id = str(self.parent_line_id)
        else:
            parent_line_id = self.parent_line_id
        if parent_line_id is not UNSET:
            field_dict["parent_line_id"] = parent_line_id
        planning_id: None | str | Unset
        if isinstance(self.planning_id, Unset):
            planning_id = UNSET
        elif isinstance(self.planning_id, UUID):
            planning_id = str(self.planning_id)
        else:
            planning_id = self.planning_id
        if planning_id is not UNSET:
            field_dict["planning_id"] = planning_id
        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position
        if position is not UNSET:
            field_dict["position"] = position
        price_each_in_cents = self.price_each_in_cents
        if price_each_in_cents is not UNSET:
            field_dict["price_each_in_cents"] = price_each_in_cents
        price_in_cents = self.price_in_cents
        if price_in_cents is not UNSET:
            field_dict["price_in_cents"] = price_in_cents
        price_rule_values: dict[str, Any] | None | Unset
        if isinstance(self.price_rule_values, Unset):
            price_rule_values = UNSET
        else:
            price_rule_values = self.price_rule_values
        if price_rule_values is not UNSET:
            field_dict["price_rule_values"] = price_rule_values
        price_structure_id: None | str | Unset
        if isinstance(self.price_structure_id, Unset):
            price_structure_id = UNSET
        elif isinstance(self.price_structure_id, UUID):
            price_structure_id = str(self.price_structure_id)
        else:
            price_structure_id = self.price_structure_id
        if price_structure_id is not UNSET:
            field_dict["price_structure_id"] = price_structure_id
        price_tile_id: None | str | Unset
        if isinstance(self.price_tile_id, Unset):
            price_tile_id = UNSET
        elif isinstance(self.price_tile_id, UUID):
            price_tile_id = str(self.price_tile_id)
        else:
            price_tile_id = self.price_tile_id
        if price_tile_id is not UNSET:
            field_dict["price_tile_id"] = price_tile_id
        quantity = self.quantity
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        relevant = self.relevant
        if relevant is not UNSET:
            field_dict["relevant"] = relevant
        tax_category_id: None | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        elif isinstance(self.tax_category_id, UUID):
            tax_category_id = str(self.tax_category_id)
        else:
            tax_category_id = self.tax_category_id
        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id
        taxable = self.taxable
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title
        if title is not UNSET:
            field_dict["title"] = title
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (LineAttributes)", d)
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

        _bundle_item_id = d.get("bundle_item_id", UNSET)
        bundle_item_id: None | Unset | UUID
        if _bundle_item_id is None or _bundle_item_id is UNSET:
            bundle_item_id = _bundle_item_id
        elif isinstance(_bundle_item_id, str):
            _bundle_item_id_type_0 = _bundle_item_id
            try:
                bundle_item_id_type_0 = parse_uuid(_bundle_item_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _bundle_item_id_type_0, "bundle_item_id") from None

            bundle_item_id = bundle_item_id_type_0
        else:
            raise FieldError("UUID string or null", _bundle_item_id, "bundle_item_id")

        if bundle_item_id is UNSET:
            n__absent += 1

        charge_label = d.get("charge_label", UNSET)
        if not (type(charge_label) is str or charge_label is None):
            if charge_label is UNSET:
                n__absent += 1
            elif not (isinstance(charge_label, str) or charge_label is None):
                raise FieldError("string or null", charge_label, "charge_label")

        charge_length = d.get("charge_length", UNSET)
        if not (type(charge_length) is int or charge_length is None):
            if charge_length is UNSET:
                n__absent += 1
            elif not (
                isinstance(charge_length, int)
                and charge_length is not True
                and charge_length is not False
                or charge_length is None
            ):
                raise FieldError("integer or null", charge_length, "charge_length")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        discountable = d.get("discountable", UNSET)
        if not (discountable is True or discountable is False):
            if discountable is UNSET:
                n__absent += 1
            elif not isinstance(discountable, bool):
                raise FieldError("boolean", discountable, "discountable")

        extra_information = d.get("extra_information", UNSET)
        if not (type(extra_information) is str or extra_information is None):
            if extra_information is UNSET:
                n__absent += 1
            elif not (isinstance(extra_information, str) or extra_information is None):
                raise FieldError("string or null", extra_information, "extra_information")

        _item_id = d.get("item_id", UNSET)
        item_id: None | Unset | UUID
        if _item_id is None or _item_id is UNSET:
            item_id = _item_id
        elif isinstance(_item_id, str):
            _item_id_type_0 = _item_id
            try:
                item_id_type_0 = parse_uuid(_item_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _item_id_type_0, "item_id") from None

            item_id = item_id_type_0
        else:
            raise FieldError("UUID string or null", _item_id, "item_id")

        if item_id is UNSET:
            n__absent += 1

        _line_type = d.get("line_type", UNSET)
        line_type: LineType | Unset = UNSET
        if type(_line_type) is str:
            line_type = LineType._by__value.get(_line_type) or LineType(_line_type)
        elif isinstance(_line_type, str):
            line_type = LineType(_line_type)
        elif _line_type is not UNSET:
            raise FieldError("string (LineType)", _line_type, "line_type")

        if line_type is UNSET:
            n__absent += 1

        nested_position = d.get("nested_position", UNSET)
        if not (type(nested_position) is int or nested_position is None):
            if nested_position is UNSET:
                n__absent += 1
            elif not (
                isinstance(nested_position, int)
                and nested_position is not True
                and nested_position is not False
                or nested_position is None
            ):
                raise FieldError("integer or null", nested_position, "nested_position")

        _order_id = d.get("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = parse_uuid(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        if order_id is UNSET:
            n__absent += 1

        original_charge_label = d.get("original_charge_label", UNSET)
        if not (type(original_charge_label) is str or original_charge_label is None):
            if original_charge_label is UNSET:
                n__absent += 1
            elif not (isinstance(original_charge_label, str) or original_charge_label is None):
                raise FieldError("string or null", original_charge_label, "original_charge_label")

        original_charge_length = d.get("original_charge_length", UNSET)
        if not (type(original_charge_length) is int or original_charge_length is None):
            if original_charge_length is UNSET:
                n__absent += 1
            elif not (
                isinstance(original_charge_length, int)
                and original_charge_length is not True
                and original_charge_length is not False
                or original_charge_length is None
            ):
                raise FieldError("integer or null", original_charge_length, "original_charge_length")

        original_price_each_in_cents = d.get("original_price_each_in_cents", UNSET)
        if not (type(original_price_each_in_cents) is int or original_price_each_in_cents is None):
            if original_price_each_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(original_price_each_in_cents, int)
                and original_price_each_in_cents is not True
                and original_price_each_in_cents is not False
                or original_price_each_in_cents is None
            ):
                raise FieldError("integer or null", original_price_each_in_cents, "original_price_each_in_cents")

        _owner_id = d.get("owner_id", UNSET)
        owner_id: UUID | Unset = UNSET
        if _owner_id is not UNSET:
            try:
                owner_id = parse_uuid(_owner_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _owner_id, "owner_id") from None

        if owner_id is UNSET:
            n__absent += 1

        _owner_type = d.get("owner_type", UNSET)
        owner_type: LineOwnerType | Unset = UNSET
        if type(_owner_type) is str:
            owner_type = LineOwnerType._by__value.get(_owner_type) or LineOwnerType(_owner_type)
        elif isinstance(_owner_type, str):
            owner_type = LineOwnerType(_owner_type)
        elif _owner_type is not UNSET:
            raise FieldError("string (LineOwnerType)", _owner_type, "owner_type")

        if owner_type is UNSET:
            n__absent += 1

        _parent_line_id = d.get("parent_line_id", UNSET)
        parent_line_id: None | Unset | UUID
        if _parent_line_id is None or _parent_line_id is UNSET:
            parent_line_id = _parent_line_id
        elif isinstance(_parent_line_id, str):
            _parent_line_id_type_0 = _parent_line_id
            try:
                parent_line_id_type_0 = parse_uuid(_parent_line_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _parent_line_id_type_0, "parent_line_id") from None

            parent_line_id = parent_line_id_type_0
        else:
            raise FieldError("UUID string or null", _parent_line_id, "parent_line_id")

        if parent_line_id is UNSET:
            n__absent += 1

        _planning_id = d.get("planning_id", UNSET)
        planning_id: None | Unset | UUID
        if _planning_id is None or _planning_id is UNSET:
            planning_id = _planning_id
        elif isinstance(_planning_id, str):
            _planning_id_type_0 = _planning_id
            try:
                planning_id_type_0 = parse_uuid(_planning_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _planning_id_type_0, "planning_id") from None

            planning_id = planning_id_type_0
        else:
            raise FieldError("UUID string or null", _planning_id, "planning_id")

        if planning_id is UNSET:
            n__absent += 1

        position = d.get("position", UNSET)
        if not (type(position) is int or position is None):
            if position is UNSET:
                n__absent += 1
            elif not (isinstance(position, int) and position is not True and position is not False or position is None):
                raise FieldError("integer or null", position, "position")

        price_each_in_cents = d.get("price_each_in_cents", UNSET)
        if not (type(price_each_in_cents) is int):
            if price_each_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(price_each_in_cents, int)
                and price_each_in_cents is not True
                and price_each_in_cents is not False
            ):
                raise FieldError("integer", price_each_in_cents, "price_each_in_cents")

        price_in_cents = d.get("price_in_cents", UNSET)
        if not (type(price_in_cents) is int):
            if price_in_cents is UNSET:
                n__absent += 1
            elif not (isinstance(price_in_cents, int) and price_in_cents is not True and price_in_cents is not False):
                raise FieldError("integer", price_in_cents, "price_in_cents")

        price_rule_values = d.get("price_rule_values", UNSET)
        if not (type(price_rule_values) is dict or price_rule_values is None):
            if price_rule_values is UNSET:
                n__absent += 1
            elif not (isinstance(price_rule_values, dict) or price_rule_values is None):
                raise FieldError("object or null", price_rule_values, "price_rule_values")

        _price_structure_id = d.get("price_structure_id", UNSET)
        price_structure_id: None | Unset | UUID
        if _price_structure_id is None or _price_structure_id is UNSET:
            price_structure_id = _price_structure_id
        elif isinstance(_price_structure_id, str):
            _price_structure_id_type_0 = _price_structure_id
            try:
                price_structure_id_type_0 = parse_uuid(_price_structure_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _price_structure_id_type_0, "price_structure_id") from None

            price_structure_id = price_structure_id_type_0
        else:
            raise FieldError("UUID string or null", _price_structure_id, "price_structure_id")

        if price_structure_id is UNSET:
            n__absent += 1

        _price_tile_id = d.get("price_tile_id", UNSET)
        price_tile_id: None | Unset | UUID
        if _price_tile_id is None or _price_tile_id is UNSET:
            price_tile_id = _price_tile_id
        elif isinstance(_price_tile_id, str):
            _price_tile_id_type_0 = _price_tile_id
            try:
                price_tile_id_type_0 = parse_uuid(_price_tile_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _price_tile_id_type_0, "price_tile_id") from None

            price_tile_id = price_tile_id_type_0
        else:
            raise FieldError("UUID string or null", _price_tile_id, "price_tile_id")

        if price_tile_id is UNSET:
            n__absent += 1

        quantity = d.get("quantity", UNSET)
        if not (type(quantity) is int):
            if quantity is UNSET:
                n__absent += 1
            elif not (isinstance(quantity, int) and quantity is not True and quantity is not False):
                raise FieldError("integer", quantity, "quantity")

        relevant = d.get("relevant", UNSET)
        if not (relevant is True or relevant is False):
            if relevant is UNSET:
                n__absent += 1
            elif not isinstance(relevant, bool):
                raise FieldError("boolean", relevant, "relevant")

        _tax_category_id = d.get("tax_category_id", UNSET)
        tax_category_id: None | Unset | UUID
        if _tax_category_id is None or _tax_category_id is UNSET:
            tax_category_id = _tax_category_id
        elif isinstance(_tax_category_id, str):
            _tax_category_id_type_0 = _tax_category_id
            try:
                tax_category_id_type_0 = parse_uuid(_tax_category_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _tax_category_id_type_0, "tax_category_id") from None

            tax_category_id = tax_category_id_type_0
        else:
            raise FieldError("UUID string or null", _tax_category_id, "tax_category_id")

        if tax_category_id is UNSET:
            n__absent += 1

        taxable = d.get("taxable", UNSET)
        if not (taxable is True or taxable is False):
            if taxable is UNSET:
                n__absent += 1
            elif not isinstance(taxable, bool):
                raise FieldError("boolean", taxable, "taxable")

        title = d.get("title", UNSET)
        if not (type(title) is str or title is None):
            if title is UNSET:
                n__absent += 1
            elif not (isinstance(title, str) or title is None):
                raise FieldError("string or null", title, "title")

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

        if cls is _plain__class:
            line_attributes = _new__object(cls)
            line_attributes.archived = archived
            line_attributes.archived_at = archived_at
            line_attributes.bundle_item_id = bundle_item_id
            line_attributes.charge_label = charge_label
            line_attributes.charge_length = charge_length
            line_attributes.created_at = created_at
            line_attributes.discountable = discountable
            line_attributes.extra_information = extra_information
            line_attributes.item_id = item_id
            line_attributes.line_type = line_type
            line_attributes.nested_position = nested_position
            line_attributes.order_id = order_id
            line_attributes.original_charge_label = original_charge_label
            line_attributes.original_charge_length = original_charge_length
            line_attributes.original_price_each_in_cents = original_price_each_in_cents
            line_attributes.owner_id = owner_id
            line_attributes.owner_type = owner_type
            line_attributes.parent_line_id = parent_line_id
            line_attributes.planning_id = planning_id
            line_attributes.position = position
            line_attributes.price_each_in_cents = price_each_in_cents
            line_attributes.price_in_cents = price_in_cents
            line_attributes.price_rule_values = price_rule_values
            line_attributes.price_structure_id = price_structure_id
            line_attributes.price_tile_id = price_tile_id
            line_attributes.quantity = quantity
            line_attributes.relevant = relevant
            line_attributes.tax_category_id = tax_category_id
            line_attributes.taxable = taxable
            line_attributes.title = title
            line_attributes.updated_at = updated_at
            line_attributes.confirm_shortage = confirm_shortage
            line_attributes.additional_properties = {}
        else:
            line_attributes = cls(
                archived,
                archived_at,
                bundle_item_id,
                charge_label,
                charge_length,
                created_at,
                discountable,
                extra_information,
                item_id,
                line_type,
                nested_position,
                order_id,
                original_charge_label,
                original_charge_length,
                original_price_each_in_cents,
                owner_id,
                owner_type,
                parent_line_id,
                planning_id,
                position,
                price_each_in_cents,
                price_in_cents,
                price_rule_values,
                price_structure_id,
                price_tile_id,
                quantity,
                relevant,
                tax_category_id,
                taxable,
                title,
                updated_at,
                confirm_shortage,
            )
        if len(d) + n__absent != 32:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "archived",
                    "archived_at",
                    "bundle_item_id",
                    "charge_label",
                    "charge_length",
                    "created_at",
                    "discountable",
                    "extra_information",
                    "item_id",
                    "line_type",
                    "nested_position",
                    "order_id",
                    "original_charge_label",
                    "original_charge_length",
                    "original_price_each_in_cents",
                    "owner_id",
                    "owner_type",
                    "parent_line_id",
                    "planning_id",
                    "position",
                    "price_each_in_cents",
                    "price_in_cents",
                    "price_rule_values",
                    "price_structure_id",
                    "price_tile_id",
                    "quantity",
                    "relevant",
                    "tax_category_id",
                    "taxable",
                    "title",
                    "updated_at",
                    "confirm_shortage",
                }
            }
            line_attributes.additional_properties = extra__props
        return line_attributes

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


_plain__class: type[LineAttributes] | None = (
    LineAttributes
    if {field.name for field in _attrs_fields(LineAttributes)}
    == {
        "archived",
        "archived_at",
        "bundle_item_id",
        "charge_label",
        "charge_length",
        "created_at",
        "discountable",
        "extra_information",
        "item_id",
        "line_type",
        "nested_position",
        "order_id",
        "original_charge_label",
        "original_charge_length",
        "original_price_each_in_cents",
        "owner_id",
        "owner_type",
        "parent_line_id",
        "planning_id",
        "position",
        "price_each_in_cents",
        "price_in_cents",
        "price_rule_values",
        "price_structure_id",
        "price_tile_id",
        "quantity",
        "relevant",
        "tax_category_id",
        "taxable",
        "title",
        "updated_at",
        "confirm_shortage",
        "additional_properties",
    }
    and not hasattr(LineAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
