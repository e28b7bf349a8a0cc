from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

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
        confirm_shortage = self.confirm_shortage
        if confirm_shortage is not UNSET:
            field_dict["confirm_shortage"] = confirm_shortage
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
        line_type: str | Unset = UNSET
        if not isinstance(self.line_type, Unset):
            line_type = self.line_type.value

        if line_type is not UNSET:
            field_dict["line_type"] = line_type
        original_charge_label: None | str | Unset
        if isinstance(self.original_charge_label, Unset):
            original_charge_label = UNSET
        else:
            original_charge_label = self.original_charge_label
        if original_charge_label is not UNSET:
            field_dict["original_charge_label"] = original_charge_label
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (LineWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
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

        confirm_shortage = d.get("confirm_shortage", UNSET)
        if not (confirm_shortage is True or confirm_shortage is False):
            if confirm_shortage is UNSET:
                n__absent += 1
            elif not isinstance(confirm_shortage, bool):
                raise FieldError("boolean", confirm_shortage, "confirm_shortage")

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

        original_charge_label = d.get("original_charge_label", UNSET)
        if not (type(original_charge_label) is str or original_charge_label is None):
            if original_charge_label is UNSET:
                n__absent += 1
            elif not (isinstance(original_charge_label, str) or original_charge_label is None):
                raise FieldError("string or null", original_charge_label, "original_charge_label")

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

        if cls is _plain__class:
            line_write_attributes = _new__object(cls)
            line_write_attributes.charge_label = charge_label
            line_write_attributes.charge_length = charge_length
            line_write_attributes.confirm_shortage = confirm_shortage
            line_write_attributes.discountable = discountable
            line_write_attributes.extra_information = extra_information
            line_write_attributes.line_type = line_type
            line_write_attributes.original_charge_label = original_charge_label
            line_write_attributes.owner_id = owner_id
            line_write_attributes.owner_type = owner_type
            line_write_attributes.position = position
            line_write_attributes.price_each_in_cents = price_each_in_cents
            line_write_attributes.price_tile_id = price_tile_id
            line_write_attributes.quantity = quantity
            line_write_attributes.tax_category_id = tax_category_id
            line_write_attributes.taxable = taxable
            line_write_attributes.title = title
            line_write_attributes.additional_properties = {}
        else:
            line_write_attributes = cls(
                charge_label,
                charge_length,
                confirm_shortage,
                discountable,
                extra_information,
                line_type,
                original_charge_label,
                owner_id,
                owner_type,
                position,
                price_each_in_cents,
                price_tile_id,
                quantity,
                tax_category_id,
                taxable,
                title,
            )
        if len(d) + n__absent != 16:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "charge_label",
                    "charge_length",
                    "confirm_shortage",
                    "discountable",
                    "extra_information",
                    "line_type",
                    "original_charge_label",
                    "owner_id",
                    "owner_type",
                    "position",
                    "price_each_in_cents",
                    "price_tile_id",
                    "quantity",
                    "tax_category_id",
                    "taxable",
                    "title",
                }
            }
            line_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr

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


_plain__class: type[LineWriteAttributes] | None = (
    LineWriteAttributes
    if {field.name for field in _attrs_fields(LineWriteAttributes)}
    == {
        "charge_label",
        "charge_length",
        "confirm_shortage",
        "discountable",
        "extra_information",
        "line_type",
        "original_charge_label",
        "owner_id",
        "owner_type",
        "position",
        "price_each_in_cents",
        "price_tile_id",
        "quantity",
        "tax_category_id",
        "taxable",
        "title",
        "additional_properties",
    }
    and not hasattr(LineWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
