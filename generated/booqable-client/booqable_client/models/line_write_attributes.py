from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (LineWriteAttributes)", src_dict)
        d = dict(src_dict)
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

        discountable = d.pop("discountable", UNSET)
        if not isinstance(discountable, bool) and discountable is not UNSET:
            raise FieldError("boolean", discountable, "discountable")

        extra_information = d.pop("extra_information", UNSET)
        if not (isinstance(extra_information, str) or extra_information is None) and extra_information is not UNSET:
            raise FieldError("string or null", extra_information, "extra_information")

        _line_type = d.pop("line_type", UNSET)
        line_type: LineType | Unset = UNSET
        if isinstance(_line_type, str):
            line_type = LineType(_line_type)
        elif _line_type is not UNSET:
            raise FieldError("string (LineType)", _line_type, "line_type")

        original_charge_label = d.pop("original_charge_label", UNSET)
        if (
            not (isinstance(original_charge_label, str) or original_charge_label is None)
            and original_charge_label is not UNSET
        ):
            raise FieldError("string or null", original_charge_label, "original_charge_label")

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

    if TYPE_CHECKING:
        from ..models.price_tile import PriceTile
        from ..models.tax_category import TaxCategory

    def relate(
        self,
        *,
        price_tile: PriceTile | None | Unset = UNSET,
        tax_category: TaxCategory | None | Unset = UNSET,
    ) -> LineWriteAttributes:
        """Point this line at related records, by model: each keyword sets an id attribute.

        `price_tile=` sets `price_tile_id` (`None` clears it).
        `tax_category=` sets `tax_category_id` (`None` clears it).
        Returns this object, so it can be written inline."""
        if not isinstance(price_tile, Unset):
            self.price_tile_id = None if price_tile is None else price_tile.id
        if not isinstance(tax_category, Unset):
            self.tax_category_id = None if tax_category is None else tax_category.id
        return self
