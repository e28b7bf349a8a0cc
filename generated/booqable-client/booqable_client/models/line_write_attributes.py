from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_owner_type import LineOwnerType
from ..models.line_type import LineType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LineWriteAttributes")


@_attrs_define
class LineWriteAttributes:
    """Attributes that can be sent when creating or updating a line.

    Attributes:
        charge_label (None | str | Unset):
        charge_length (int | None | Unset):
        confirm_shortage (bool | Unset):
        discountable (bool | Unset):
        extra_information (None | str | Unset):
        line_type (LineType | Unset): What a line stands for.
        original_charge_label (None | str | Unset):
        owner_id (UUID | Unset): The order or document the line belongs to. Can only be set on create.
        owner_type (LineOwnerType | Unset): The kind of record that owns a line.
        position (int | None | Unset):
        price_each_in_cents (int | Unset): Price each, in cents.
        price_tile_id (None | Unset | UUID): ID of the related price tile.
        quantity (int | Unset):
        tax_category_id (None | Unset | UUID): ID of the related tax category.
        taxable (bool | Unset):
        title (None | str | Unset):
    """

    charge_label: None | str | Unset = UNSET
    charge_length: int | None | Unset = UNSET
    confirm_shortage: bool | Unset = UNSET
    discountable: bool | Unset = UNSET
    extra_information: None | str | Unset = UNSET
    line_type: LineType | Unset = UNSET
    original_charge_label: None | str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    owner_type: LineOwnerType | Unset = UNSET
    position: int | None | Unset = UNSET
    price_each_in_cents: int | Unset = UNSET
    price_tile_id: None | Unset | UUID = UNSET
    quantity: int | Unset = UNSET
    tax_category_id: None | Unset | UUID = UNSET
    taxable: bool | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        discountable = self.discountable

        extra_information: None | str | Unset
        if isinstance(self.extra_information, Unset):
            extra_information = UNSET
        else:
            extra_information = self.extra_information

        line_type: str | Unset = UNSET
        if not isinstance(self.line_type, Unset):
            line_type = self.line_type.value

        original_charge_label: None | str | Unset
        if isinstance(self.original_charge_label, Unset):
            original_charge_label = UNSET
        else:
            original_charge_label = self.original_charge_label

        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)

        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type.value

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        price_each_in_cents = self.price_each_in_cents

        price_tile_id: None | str | Unset
        if isinstance(self.price_tile_id, Unset):
            price_tile_id = UNSET
        elif isinstance(self.price_tile_id, UUID):
            price_tile_id = str(self.price_tile_id)
        else:
            price_tile_id = self.price_tile_id

        quantity = self.quantity

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_label is not UNSET:
            field_dict["charge_label"] = charge_label
        if charge_length is not UNSET:
            field_dict["charge_length"] = charge_length
        if confirm_shortage is not UNSET:
            field_dict["confirm_shortage"] = confirm_shortage
        if discountable is not UNSET:
            field_dict["discountable"] = discountable
        if extra_information is not UNSET:
            field_dict["extra_information"] = extra_information
        if line_type is not UNSET:
            field_dict["line_type"] = line_type
        if original_charge_label is not UNSET:
            field_dict["original_charge_label"] = original_charge_label
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        if position is not UNSET:
            field_dict["position"] = position
        if price_each_in_cents is not UNSET:
            field_dict["price_each_in_cents"] = price_each_in_cents
        if price_tile_id is not UNSET:
            field_dict["price_tile_id"] = price_tile_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        discountable = d.pop("discountable", UNSET)

        def _parse_extra_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extra_information = _parse_extra_information(d.pop("extra_information", UNSET))

        _line_type = d.pop("line_type", UNSET)
        line_type: LineType | Unset
        if isinstance(_line_type, Unset):
            line_type = UNSET
        else:
            line_type = LineType(_line_type)

        def _parse_original_charge_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_charge_label = _parse_original_charge_label(d.pop("original_charge_label", UNSET))

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

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        price_each_in_cents = d.pop("price_each_in_cents", UNSET)

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

        line_write_attributes = cls(
            charge_label=charge_label,
            charge_length=charge_length,
            confirm_shortage=confirm_shortage,
            discountable=discountable,
            extra_information=extra_information,
            line_type=line_type,
            original_charge_label=original_charge_label,
            owner_id=owner_id,
            owner_type=owner_type,
            position=position,
            price_each_in_cents=price_each_in_cents,
            price_tile_id=price_tile_id,
            quantity=quantity,
            tax_category_id=tax_category_id,
            taxable=taxable,
            title=title,
        )

        line_write_attributes.additional_properties = d
        return line_write_attributes

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
