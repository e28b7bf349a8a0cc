from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_owner_type import LineOwnerType
from ..models.line_type import LineType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


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
        from ..models.json_object import JsonObject  # noqa: PLC0415

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

        def _parse_bundle_item_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bundle_item_id_type_0 = UUID(data)

                return bundle_item_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        bundle_item_id = _parse_bundle_item_id(d.pop("bundle_item_id", UNSET))

        def _parse_charge_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        charge_label = _parse_charge_label(d.pop("charge_label", UNSET))

        def _parse_charge_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        charge_length = _parse_charge_length(d.pop("charge_length", UNSET))

        confirm_shortage = d.pop("confirm_shortage", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        discountable = d.pop("discountable", UNSET)

        def _parse_extra_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extra_information = _parse_extra_information(d.pop("extra_information", UNSET))

        def _parse_item_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                item_id_type_0 = UUID(data)

                return item_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        item_id = _parse_item_id(d.pop("item_id", UNSET))

        _line_type = d.pop("line_type", UNSET)
        line_type: LineType | Unset
        if isinstance(_line_type, Unset):
            line_type = UNSET
        else:
            line_type = LineType(_line_type)

        def _parse_nested_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nested_position = _parse_nested_position(d.pop("nested_position", UNSET))

        _order_id = d.pop("order_id", UNSET)
        order_id: UUID | Unset
        if isinstance(_order_id, Unset):
            order_id = UNSET
        else:
            order_id = UUID(_order_id)

        def _parse_original_charge_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_charge_label = _parse_original_charge_label(d.pop("original_charge_label", UNSET))

        def _parse_original_charge_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        original_charge_length = _parse_original_charge_length(d.pop("original_charge_length", UNSET))

        def _parse_original_price_each_in_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        original_price_each_in_cents = _parse_original_price_each_in_cents(d.pop("original_price_each_in_cents", UNSET))

        _owner_id = d.pop("owner_id", UNSET)
        owner_id: UUID | Unset
        if isinstance(_owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = UUID(_owner_id)

        _owner_type = d.pop("owner_type", UNSET)
        owner_type: LineOwnerType | Unset
        if isinstance(_owner_type, Unset):
            owner_type = UNSET
        else:
            owner_type = LineOwnerType(_owner_type)

        def _parse_parent_line_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_line_id_type_0 = UUID(data)

                return parent_line_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_line_id = _parse_parent_line_id(d.pop("parent_line_id", UNSET))

        def _parse_planning_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                planning_id_type_0 = UUID(data)

                return planning_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        planning_id = _parse_planning_id(d.pop("planning_id", UNSET))

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        price_each_in_cents = d.pop("price_each_in_cents", UNSET)

        price_in_cents = d.pop("price_in_cents", UNSET)

        def _parse_price_rule_values(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_rule_values_type_0 = JsonObject.from_dict(data)

                return price_rule_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        price_rule_values = _parse_price_rule_values(d.pop("price_rule_values", UNSET))

        def _parse_price_structure_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                price_structure_id_type_0 = UUID(data)

                return price_structure_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        price_structure_id = _parse_price_structure_id(d.pop("price_structure_id", UNSET))

        def _parse_price_tile_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                price_tile_id_type_0 = UUID(data)

                return price_tile_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        price_tile_id = _parse_price_tile_id(d.pop("price_tile_id", UNSET))

        quantity = d.pop("quantity", UNSET)

        relevant = d.pop("relevant", UNSET)

        def _parse_tax_category_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tax_category_id_type_0 = UUID(data)

                return tax_category_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        tax_category_id = _parse_tax_category_id(d.pop("tax_category_id", UNSET))

        taxable = d.pop("taxable", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

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
