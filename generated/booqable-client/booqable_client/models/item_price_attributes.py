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
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemPriceAttributes")


@_attrs_define
class ItemPriceAttributes:
    """Attributes of an item price as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            bundle_id (None | Unset | UUID): ID of the related bundle. Unverified: the examples show `null`, which the field
                list does not allow.
            bundle_item_id (None | Unset | UUID): ID of the related bundle item. Unverified: the examples show `null`, which
                the field list does not allow.
            charge_label (str | Unset):
            charge_length (int | Unset):
            from_ (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            ignore_discount (bool | None | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            item_id (UUID | Unset): ID of the related item.
            original_charge_label (str | Unset):
            original_charge_length (int | Unset):
            original_price_each_in_cents (int | None | Unset): Original price each, in cents. Unverified: the examples show
                `null`, which the field list does not allow.
            price_each_in_cents (int | Unset): Price each, in cents.
            price_rule_values (dict[str, Any] | None | Unset): Unverified: the examples show `null`, which the field list
                does not allow.
            price_ruleset_id (None | Unset | UUID): ID of the related price ruleset. Unverified: the examples show `null`,
                which the field list does not allow.
            price_structure_id (None | Unset | UUID): ID of the related price structure. Unverified: the examples show
                `null`, which the field list does not allow.
            price_tile_id (None | Unset | UUID): ID of the related price tile. Unverified: the examples show `null`, which
                the field list does not allow.
            product_group_id (None | Unset | UUID): ID of the related product group. Unverified: the examples show `null`,
                which the field list does not allow.
            till (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
    """

    bundle_id: None | Unset | UUID = UNSET
    bundle_item_id: None | Unset | UUID = UNSET
    charge_label: str | Unset = UNSET
    charge_length: int | Unset = UNSET
    from_: datetime.datetime | None | Unset = UNSET
    ignore_discount: bool | None | Unset = UNSET
    item_id: UUID | Unset = UNSET
    original_charge_label: str | Unset = UNSET
    original_charge_length: int | Unset = UNSET
    original_price_each_in_cents: int | None | Unset = UNSET
    price_each_in_cents: int | Unset = UNSET
    price_rule_values: dict[str, Any] | None | Unset = UNSET
    price_ruleset_id: None | Unset | UUID = UNSET
    price_structure_id: None | Unset | UUID = UNSET
    price_tile_id: None | Unset | UUID = UNSET
    product_group_id: None | Unset | UUID = UNSET
    till: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        bundle_id: None | str | Unset
        if isinstance(self.bundle_id, Unset):
            bundle_id = UNSET
        elif isinstance(self.bundle_id, UUID):
            bundle_id = str(self.bundle_id)
        else:
            bundle_id = self.bundle_id
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        bundle_item_id: None | str | Unset
        if isinstance(self.bundle_item_id, Unset):
            bundle_item_id = UNSET
        elif isinstance(self.bundle_item_id, UUID):
            bundle_item_id = str(self.bundle_item_id)
        else:
            bundle_item_id = self.bundle_item_id
        if bundle_item_id is not UNSET:
            field_dict["bundle_item_id"] = bundle_item_id
        charge_label = self.charge_label
        if charge_label is not UNSET:
            field_dict["charge_label"] = charge_label
        charge_length = self.charge_length
        if charge_length is not UNSET:
            field_dict["charge_length"] = charge_length
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
        ignore_discount: bool | None | Unset
        if isinstance(self.ignore_discount, Unset):
            ignore_discount = UNSET
        else:
            ignore_discount = self.ignore_discount
        if ignore_discount is not UNSET:
            field_dict["ignore_discount"] = ignore_discount
        item_id: str | Unset = UNSET
        if not isinstance(self.item_id, Unset):
            item_id = str(self.item_id)
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        original_charge_label = self.original_charge_label
        if original_charge_label is not UNSET:
            field_dict["original_charge_label"] = original_charge_label
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
        price_each_in_cents = self.price_each_in_cents
        if price_each_in_cents is not UNSET:
            field_dict["price_each_in_cents"] = price_each_in_cents
        price_rule_values: dict[str, Any] | None | Unset
        if isinstance(self.price_rule_values, Unset):
            price_rule_values = UNSET
        else:
            price_rule_values = self.price_rule_values
        if price_rule_values is not UNSET:
            field_dict["price_rule_values"] = price_rule_values
        price_ruleset_id: None | str | Unset
        if isinstance(self.price_ruleset_id, Unset):
            price_ruleset_id = UNSET
        elif isinstance(self.price_ruleset_id, UUID):
            price_ruleset_id = str(self.price_ruleset_id)
        else:
            price_ruleset_id = self.price_ruleset_id
        if price_ruleset_id is not UNSET:
            field_dict["price_ruleset_id"] = price_ruleset_id
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
        product_group_id: None | str | Unset
        if isinstance(self.product_group_id, Unset):
            product_group_id = UNSET
        elif isinstance(self.product_group_id, UUID):
            product_group_id = str(self.product_group_id)
        else:
            product_group_id = self.product_group_id
        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ItemPriceAttributes)", d)
            d = dict(d)
        n__absent = 0
        _bundle_id = d.get("bundle_id", UNSET)
        bundle_id: None | Unset | UUID
        if _bundle_id is None or _bundle_id is UNSET:
            bundle_id = _bundle_id
        elif isinstance(_bundle_id, str):
            _bundle_id_type_0 = _bundle_id
            try:
                bundle_id_type_0 = parse_uuid(_bundle_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _bundle_id_type_0, "bundle_id") from None

            bundle_id = bundle_id_type_0
        else:
            raise FieldError("UUID string or null", _bundle_id, "bundle_id")

        if bundle_id is UNSET:
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
        if not (type(charge_label) is str):
            if charge_label is UNSET:
                n__absent += 1
            elif not isinstance(charge_label, str):
                raise FieldError("string", charge_label, "charge_label")

        charge_length = d.get("charge_length", UNSET)
        if not (type(charge_length) is int):
            if charge_length is UNSET:
                n__absent += 1
            elif not (isinstance(charge_length, int) and charge_length is not True and charge_length is not False):
                raise FieldError("integer", charge_length, "charge_length")

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

        ignore_discount = d.get("ignore_discount", UNSET)
        if not ((ignore_discount is True or ignore_discount is False) or ignore_discount is None):
            if ignore_discount is UNSET:
                n__absent += 1
            elif not (isinstance(ignore_discount, bool) or ignore_discount is None):
                raise FieldError("boolean or null", ignore_discount, "ignore_discount")

        _item_id = d.get("item_id", UNSET)
        item_id: UUID | Unset = UNSET
        if _item_id is not UNSET:
            try:
                item_id = parse_uuid(_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _item_id, "item_id") from None

        if item_id is UNSET:
            n__absent += 1

        original_charge_label = d.get("original_charge_label", UNSET)
        if not (type(original_charge_label) is str):
            if original_charge_label is UNSET:
                n__absent += 1
            elif not isinstance(original_charge_label, str):
                raise FieldError("string", original_charge_label, "original_charge_label")

        original_charge_length = d.get("original_charge_length", UNSET)
        if not (type(original_charge_length) is int):
            if original_charge_length is UNSET:
                n__absent += 1
            elif not (
                isinstance(original_charge_length, int)
                and original_charge_length is not True
                and original_charge_length is not False
            ):
                raise FieldError("integer", original_charge_length, "original_charge_length")

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

        price_rule_values = d.get("price_rule_values", UNSET)
        if not (type(price_rule_values) is dict or price_rule_values is None):
            if price_rule_values is UNSET:
                n__absent += 1
            elif not (isinstance(price_rule_values, dict) or price_rule_values is None):
                raise FieldError("object or null", price_rule_values, "price_rule_values")

        _price_ruleset_id = d.get("price_ruleset_id", UNSET)
        price_ruleset_id: None | Unset | UUID
        if _price_ruleset_id is None or _price_ruleset_id is UNSET:
            price_ruleset_id = _price_ruleset_id
        elif isinstance(_price_ruleset_id, str):
            _price_ruleset_id_type_0 = _price_ruleset_id
            try:
                price_ruleset_id_type_0 = parse_uuid(_price_ruleset_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _price_ruleset_id_type_0, "price_ruleset_id") from None

            price_ruleset_id = price_ruleset_id_type_0
        else:
            raise FieldError("UUID string or null", _price_ruleset_id, "price_ruleset_id")

        if price_ruleset_id is UNSET:
            n__absent += 1

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

        _product_group_id = d.get("product_group_id", UNSET)
        product_group_id: None | Unset | UUID
        if _product_group_id is None or _product_group_id is UNSET:
            product_group_id = _product_group_id
        elif isinstance(_product_group_id, str):
            _product_group_id_type_0 = _product_group_id
            try:
                product_group_id_type_0 = parse_uuid(_product_group_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_group_id_type_0, "product_group_id") from None

            product_group_id = product_group_id_type_0
        else:
            raise FieldError("UUID string or null", _product_group_id, "product_group_id")

        if product_group_id is UNSET:
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

        if cls is _plain__class:
            item_price_attributes = _new__object(cls)
            item_price_attributes.bundle_id = bundle_id
            item_price_attributes.bundle_item_id = bundle_item_id
            item_price_attributes.charge_label = charge_label
            item_price_attributes.charge_length = charge_length
            item_price_attributes.from_ = from_
            item_price_attributes.ignore_discount = ignore_discount
            item_price_attributes.item_id = item_id
            item_price_attributes.original_charge_label = original_charge_label
            item_price_attributes.original_charge_length = original_charge_length
            item_price_attributes.original_price_each_in_cents = original_price_each_in_cents
            item_price_attributes.price_each_in_cents = price_each_in_cents
            item_price_attributes.price_rule_values = price_rule_values
            item_price_attributes.price_ruleset_id = price_ruleset_id
            item_price_attributes.price_structure_id = price_structure_id
            item_price_attributes.price_tile_id = price_tile_id
            item_price_attributes.product_group_id = product_group_id
            item_price_attributes.till = till
            item_price_attributes.additional_properties = {}
        else:
            item_price_attributes = cls(
                bundle_id,
                bundle_item_id,
                charge_label,
                charge_length,
                from_,
                ignore_discount,
                item_id,
                original_charge_label,
                original_charge_length,
                original_price_each_in_cents,
                price_each_in_cents,
                price_rule_values,
                price_ruleset_id,
                price_structure_id,
                price_tile_id,
                product_group_id,
                till,
            )
        if len(d) + n__absent != 17:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "bundle_id",
                    "bundle_item_id",
                    "charge_label",
                    "charge_length",
                    "from",
                    "ignore_discount",
                    "item_id",
                    "original_charge_label",
                    "original_charge_length",
                    "original_price_each_in_cents",
                    "price_each_in_cents",
                    "price_rule_values",
                    "price_ruleset_id",
                    "price_structure_id",
                    "price_tile_id",
                    "product_group_id",
                    "till",
                }
            }
            item_price_attributes.additional_properties = extra__props
        return item_price_attributes

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


_plain__class: type[ItemPriceAttributes] | None = (
    ItemPriceAttributes
    if {field.name for field in _attrs_fields(ItemPriceAttributes)}
    == {
        "bundle_id",
        "bundle_item_id",
        "charge_label",
        "charge_length",
        "from_",
        "ignore_discount",
        "item_id",
        "original_charge_label",
        "original_charge_length",
        "original_price_each_in_cents",
        "price_each_in_cents",
        "price_rule_values",
        "price_ruleset_id",
        "price_structure_id",
        "price_tile_id",
        "product_group_id",
        "till",
        "additional_properties",
    }
    and not hasattr(ItemPriceAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
