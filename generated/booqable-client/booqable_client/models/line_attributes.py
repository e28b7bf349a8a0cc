from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.line_owner_type import LineOwnerType
from ..models.line_type import LineType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="LineAttributes")


@_attrs_define
class LineAttributes:
    """Attributes of a line as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`) can
    leave any of them out.

        Attributes:
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            bundle_item_id (None | Unset | UUID): ID of the related bundle item.
            charge_label (None | str | Unset):
            charge_length (int | None | Unset):
            confirm_shortage (bool | Unset):
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
            price_rule_values (JsonObject | None | Unset):
            price_structure_id (None | Unset | UUID): ID of the related price structure.
            price_tile_id (None | Unset | UUID): ID of the related price tile.
            quantity (int | Unset):
            relevant (bool | Unset):
            tax_category_id (None | Unset | UUID): ID of the related tax category.
            taxable (bool | Unset):
            title (None | str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    bundle_item_id: None | Unset | UUID = UNSET
    charge_label: None | str | Unset = UNSET
    charge_length: int | None | Unset = UNSET
    confirm_shortage: bool | Unset = UNSET
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
    price_rule_values: JsonObject | None | Unset = UNSET
    price_structure_id: None | Unset | UUID = UNSET
    price_tile_id: None | Unset | UUID = UNSET
    quantity: int | Unset = UNSET
    relevant: bool | Unset = UNSET
    tax_category_id: None | Unset | UUID = UNSET
    taxable: bool | Unset = UNSET
    title: None | str | Unset = UNSET
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

        bundle_item_id: None | str | Unset
        if isinstance(self.bundle_item_id, Unset):
            bundle_item_id = UNSET
        elif isinstance(self.bundle_item_id, UUID):
            bundle_item_id = str(self.bundle_item_id)
        else:
            bundle_item_id = self.bundle_item_id

        charge_label: None | str | Unset
        if isinstance(self.charge_label, Unset):
            charge_label = UNSET
        else:
            charge_label = self.charge_label

        charge_length: int | None | Unset
        if isinstance(self.charge_length, Unset):
            charge_length = UNSET
        else:
            charge_length = self.charge_length

        confirm_shortage = self.confirm_shortage

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        discountable = self.discountable

        extra_information: None | str | Unset
        if isinstance(self.extra_information, Unset):
            extra_information = UNSET
        else:
            extra_information = self.extra_information

        item_id: None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        elif isinstance(self.item_id, UUID):
            item_id = str(self.item_id)
        else:
            item_id = self.item_id

        line_type: str | Unset = UNSET
        if not isinstance(self.line_type, Unset):
            line_type = self.line_type.value

        nested_position: int | None | Unset
        if isinstance(self.nested_position, Unset):
            nested_position = UNSET
        else:
            nested_position = self.nested_position

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        original_charge_label: None | str | Unset
        if isinstance(self.original_charge_label, Unset):
            original_charge_label = UNSET
        else:
            original_charge_label = self.original_charge_label

        original_charge_length: int | None | Unset
        if isinstance(self.original_charge_length, Unset):
            original_charge_length = UNSET
        else:
            original_charge_length = self.original_charge_length

        original_price_each_in_cents: int | None | Unset
        if isinstance(self.original_price_each_in_cents, Unset):
            original_price_each_in_cents = UNSET
        else:
            original_price_each_in_cents = self.original_price_each_in_cents

        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)

        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type.value

        parent_line_id: None | str | Unset
        if isinstance(self.parent_line_id, Unset):
            parent_line_id = UNSET
        elif isinstance(self.parent_line_id, UUID):
            parent_line_id = str(self.parent_line_id)
        else:
            parent_line_id = self.parent_line_id

        planning_id: None | str | Unset
        if isinstance(self.planning_id, Unset):
            planning_id = UNSET
        elif isinstance(self.planning_id, UUID):
            planning_id = str(self.planning_id)
        else:
            planning_id = self.planning_id

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        price_each_in_cents = self.price_each_in_cents

        price_in_cents = self.price_in_cents

        price_rule_values: dict[str, Any] | None | Unset
        if isinstance(self.price_rule_values, Unset):
            price_rule_values = UNSET
        elif isinstance(self.price_rule_values, JsonObject):
            price_rule_values = self.price_rule_values.to_dict()
        else:
            price_rule_values = self.price_rule_values

        price_structure_id: None | str | Unset
        if isinstance(self.price_structure_id, Unset):
            price_structure_id = UNSET
        elif isinstance(self.price_structure_id, UUID):
            price_structure_id = str(self.price_structure_id)
        else:
            price_structure_id = self.price_structure_id

        price_tile_id: None | str | Unset
        if isinstance(self.price_tile_id, Unset):
            price_tile_id = UNSET
        elif isinstance(self.price_tile_id, UUID):
            price_tile_id = str(self.price_tile_id)
        else:
            price_tile_id = self.price_tile_id

        quantity = self.quantity

        relevant = self.relevant

        tax_category_id: None | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        elif isinstance(self.tax_category_id, UUID):
            tax_category_id = str(self.tax_category_id)
        else:
            tax_category_id = self.tax_category_id

        taxable = self.taxable

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

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
        if bundle_item_id is not UNSET:
            field_dict["bundle_item_id"] = bundle_item_id
        if charge_label is not UNSET:
            field_dict["charge_label"] = charge_label
        if charge_length is not UNSET:
            field_dict["charge_length"] = charge_length
        if confirm_shortage is not UNSET:
            field_dict["confirm_shortage"] = confirm_shortage
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if discountable is not UNSET:
            field_dict["discountable"] = discountable
        if extra_information is not UNSET:
            field_dict["extra_information"] = extra_information
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if line_type is not UNSET:
            field_dict["line_type"] = line_type
        if nested_position is not UNSET:
            field_dict["nested_position"] = nested_position
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if original_charge_label is not UNSET:
            field_dict["original_charge_label"] = original_charge_label
        if original_charge_length is not UNSET:
            field_dict["original_charge_length"] = original_charge_length
        if original_price_each_in_cents is not UNSET:
            field_dict["original_price_each_in_cents"] = original_price_each_in_cents
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        if parent_line_id is not UNSET:
            field_dict["parent_line_id"] = parent_line_id
        if planning_id is not UNSET:
            field_dict["planning_id"] = planning_id
        if position is not UNSET:
            field_dict["position"] = position
        if price_each_in_cents is not UNSET:
            field_dict["price_each_in_cents"] = price_each_in_cents
        if price_in_cents is not UNSET:
            field_dict["price_in_cents"] = price_in_cents
        if price_rule_values is not UNSET:
            field_dict["price_rule_values"] = price_rule_values
        if price_structure_id is not UNSET:
            field_dict["price_structure_id"] = price_structure_id
        if price_tile_id is not UNSET:
            field_dict["price_tile_id"] = price_tile_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if relevant is not UNSET:
            field_dict["relevant"] = relevant
        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if title is not UNSET:
            field_dict["title"] = title
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (LineAttributes)", src_dict)
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

        _bundle_item_id = d.pop("bundle_item_id", UNSET)
        bundle_item_id: None | Unset | UUID
        if _bundle_item_id is None or _bundle_item_id is UNSET:
            bundle_item_id = _bundle_item_id
        elif isinstance(_bundle_item_id, str):
            _bundle_item_id_type_0 = _bundle_item_id
            try:
                bundle_item_id_type_0 = UUID(_bundle_item_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _bundle_item_id_type_0, "bundle_item_id") from None

            bundle_item_id = bundle_item_id_type_0
        else:
            raise FieldError("UUID string or null", _bundle_item_id, "bundle_item_id")

        charge_label = d.pop("charge_label", UNSET)
        if not (isinstance(charge_label, str) or charge_label is None) and charge_label is not UNSET:
            raise FieldError("string or null", charge_label, "charge_label")

        charge_length = d.pop("charge_length", UNSET)
        if (
            not (
                isinstance(charge_length, int)
                and charge_length is not True
                and charge_length is not False
                or charge_length is None
            )
            and charge_length is not UNSET
        ):
            raise FieldError("integer or null", charge_length, "charge_length")

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

        discountable = d.pop("discountable", UNSET)
        if not isinstance(discountable, bool) and discountable is not UNSET:
            raise FieldError("boolean", discountable, "discountable")

        extra_information = d.pop("extra_information", UNSET)
        if not (isinstance(extra_information, str) or extra_information is None) and extra_information is not UNSET:
            raise FieldError("string or null", extra_information, "extra_information")

        _item_id = d.pop("item_id", UNSET)
        item_id: None | Unset | UUID
        if _item_id is None or _item_id is UNSET:
            item_id = _item_id
        elif isinstance(_item_id, str):
            _item_id_type_0 = _item_id
            try:
                item_id_type_0 = UUID(_item_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _item_id_type_0, "item_id") from None

            item_id = item_id_type_0
        else:
            raise FieldError("UUID string or null", _item_id, "item_id")

        _line_type = d.pop("line_type", UNSET)
        line_type: LineType | Unset = UNSET
        if isinstance(_line_type, str):
            line_type = LineType(_line_type)
        elif _line_type is not UNSET:
            raise FieldError("string (LineType)", _line_type, "line_type")

        nested_position = d.pop("nested_position", UNSET)
        if (
            not (
                isinstance(nested_position, int)
                and nested_position is not True
                and nested_position is not False
                or nested_position is None
            )
            and nested_position is not UNSET
        ):
            raise FieldError("integer or null", nested_position, "nested_position")

        _order_id = d.pop("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = UUID(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        original_charge_label = d.pop("original_charge_label", UNSET)
        if (
            not (isinstance(original_charge_label, str) or original_charge_label is None)
            and original_charge_label is not UNSET
        ):
            raise FieldError("string or null", original_charge_label, "original_charge_label")

        original_charge_length = d.pop("original_charge_length", UNSET)
        if (
            not (
                isinstance(original_charge_length, int)
                and original_charge_length is not True
                and original_charge_length is not False
                or original_charge_length is None
            )
            and original_charge_length is not UNSET
        ):
            raise FieldError("integer or null", original_charge_length, "original_charge_length")

        original_price_each_in_cents = d.pop("original_price_each_in_cents", UNSET)
        if (
            not (
                isinstance(original_price_each_in_cents, int)
                and original_price_each_in_cents is not True
                and original_price_each_in_cents is not False
                or original_price_each_in_cents is None
            )
            and original_price_each_in_cents is not UNSET
        ):
            raise FieldError("integer or null", original_price_each_in_cents, "original_price_each_in_cents")

        _owner_id = d.pop("owner_id", UNSET)
        owner_id: UUID | Unset = UNSET
        if _owner_id is not UNSET:
            try:
                owner_id = UUID(_owner_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _owner_id, "owner_id") from None

        _owner_type = d.pop("owner_type", UNSET)
        owner_type: LineOwnerType | Unset = UNSET
        if isinstance(_owner_type, str):
            owner_type = LineOwnerType(_owner_type)
        elif _owner_type is not UNSET:
            raise FieldError("string (LineOwnerType)", _owner_type, "owner_type")

        _parent_line_id = d.pop("parent_line_id", UNSET)
        parent_line_id: None | Unset | UUID
        if _parent_line_id is None or _parent_line_id is UNSET:
            parent_line_id = _parent_line_id
        elif isinstance(_parent_line_id, str):
            _parent_line_id_type_0 = _parent_line_id
            try:
                parent_line_id_type_0 = UUID(_parent_line_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _parent_line_id_type_0, "parent_line_id") from None

            parent_line_id = parent_line_id_type_0
        else:
            raise FieldError("UUID string or null", _parent_line_id, "parent_line_id")

        _planning_id = d.pop("planning_id", UNSET)
        planning_id: None | Unset | UUID
        if _planning_id is None or _planning_id is UNSET:
            planning_id = _planning_id
        elif isinstance(_planning_id, str):
            _planning_id_type_0 = _planning_id
            try:
                planning_id_type_0 = UUID(_planning_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _planning_id_type_0, "planning_id") from None

            planning_id = planning_id_type_0
        else:
            raise FieldError("UUID string or null", _planning_id, "planning_id")

        position = d.pop("position", UNSET)
        if (
            not (isinstance(position, int) and position is not True and position is not False or position is None)
            and position is not UNSET
        ):
            raise FieldError("integer or null", position, "position")

        price_each_in_cents = d.pop("price_each_in_cents", UNSET)
        if (
            not (
                isinstance(price_each_in_cents, int)
                and price_each_in_cents is not True
                and price_each_in_cents is not False
            )
            and price_each_in_cents is not UNSET
        ):
            raise FieldError("integer", price_each_in_cents, "price_each_in_cents")

        price_in_cents = d.pop("price_in_cents", UNSET)
        if (
            not (isinstance(price_in_cents, int) and price_in_cents is not True and price_in_cents is not False)
            and price_in_cents is not UNSET
        ):
            raise FieldError("integer", price_in_cents, "price_in_cents")

        _price_rule_values = d.pop("price_rule_values", UNSET)
        price_rule_values: JsonObject | None | Unset
        if _price_rule_values is None or _price_rule_values is UNSET:
            price_rule_values = _price_rule_values
        elif isinstance(_price_rule_values, dict):
            try:
                price_rule_values_type_0 = JsonObject.from_dict(_price_rule_values)
            except FieldError as field__error:
                field__error.segments.append("price_rule_values")
                raise

            price_rule_values = price_rule_values_type_0
        else:
            raise FieldError("object (JsonObject) or null", _price_rule_values, "price_rule_values")

        _price_structure_id = d.pop("price_structure_id", UNSET)
        price_structure_id: None | Unset | UUID
        if _price_structure_id is None or _price_structure_id is UNSET:
            price_structure_id = _price_structure_id
        elif isinstance(_price_structure_id, str):
            _price_structure_id_type_0 = _price_structure_id
            try:
                price_structure_id_type_0 = UUID(_price_structure_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _price_structure_id_type_0, "price_structure_id") from None

            price_structure_id = price_structure_id_type_0
        else:
            raise FieldError("UUID string or null", _price_structure_id, "price_structure_id")

        _price_tile_id = d.pop("price_tile_id", UNSET)
        price_tile_id: None | Unset | UUID
        if _price_tile_id is None or _price_tile_id is UNSET:
            price_tile_id = _price_tile_id
        elif isinstance(_price_tile_id, str):
            _price_tile_id_type_0 = _price_tile_id
            try:
                price_tile_id_type_0 = UUID(_price_tile_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _price_tile_id_type_0, "price_tile_id") from None

            price_tile_id = price_tile_id_type_0
        else:
            raise FieldError("UUID string or null", _price_tile_id, "price_tile_id")

        quantity = d.pop("quantity", UNSET)
        if not (isinstance(quantity, int) and quantity is not True and quantity is not False) and quantity is not UNSET:
            raise FieldError("integer", quantity, "quantity")

        relevant = d.pop("relevant", UNSET)
        if not isinstance(relevant, bool) and relevant is not UNSET:
            raise FieldError("boolean", relevant, "relevant")

        _tax_category_id = d.pop("tax_category_id", UNSET)
        tax_category_id: None | Unset | UUID
        if _tax_category_id is None or _tax_category_id is UNSET:
            tax_category_id = _tax_category_id
        elif isinstance(_tax_category_id, str):
            _tax_category_id_type_0 = _tax_category_id
            try:
                tax_category_id_type_0 = UUID(_tax_category_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _tax_category_id_type_0, "tax_category_id") from None

            tax_category_id = tax_category_id_type_0
        else:
            raise FieldError("UUID string or null", _tax_category_id, "tax_category_id")

        taxable = d.pop("taxable", UNSET)
        if not isinstance(taxable, bool) and taxable is not UNSET:
            raise FieldError("boolean", taxable, "taxable")

        title = d.pop("title", UNSET)
        if not (isinstance(title, str) or title is None) and title is not UNSET:
            raise FieldError("string or null", title, "title")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        line_attributes = cls(
            archived=archived,
            archived_at=archived_at,
            bundle_item_id=bundle_item_id,
            charge_label=charge_label,
            charge_length=charge_length,
            confirm_shortage=confirm_shortage,
            created_at=created_at,
            discountable=discountable,
            extra_information=extra_information,
            item_id=item_id,
            line_type=line_type,
            nested_position=nested_position,
            order_id=order_id,
            original_charge_label=original_charge_label,
            original_charge_length=original_charge_length,
            original_price_each_in_cents=original_price_each_in_cents,
            owner_id=owner_id,
            owner_type=owner_type,
            parent_line_id=parent_line_id,
            planning_id=planning_id,
            position=position,
            price_each_in_cents=price_each_in_cents,
            price_in_cents=price_in_cents,
            price_rule_values=price_rule_values,
            price_structure_id=price_structure_id,
            price_tile_id=price_tile_id,
            quantity=quantity,
            relevant=relevant,
            tax_category_id=tax_category_id,
            taxable=taxable,
            title=title,
            updated_at=updated_at,
        )

        line_attributes.additional_properties = d
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
