from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrencyAttributes")


@_attrs_define
class CurrencyAttributes:
    """Attributes of a currency as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            decimal_mark (str | Unset):
            disambiguate_symbol (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            exponent (int | Unset):
            html_entity (str | Unset):
            iso_code (str | Unset):
            iso_numeric (str | Unset):
            name (str | Unset):
            priority (int | Unset):
            smallest_denomination (int | Unset):
            subunit (str | Unset):
            subunit_to_unit (int | Unset):
            symbol (str | Unset):
            symbol_first (bool | Unset):
            thousands_separator (str | Unset):
    """

    decimal_mark: str | Unset = UNSET
    disambiguate_symbol: None | str | Unset = UNSET
    exponent: int | Unset = UNSET
    html_entity: str | Unset = UNSET
    iso_code: str | Unset = UNSET
    iso_numeric: str | Unset = UNSET
    name: str | Unset = UNSET
    priority: int | Unset = UNSET
    smallest_denomination: int | Unset = UNSET
    subunit: str | Unset = UNSET
    subunit_to_unit: int | Unset = UNSET
    symbol: str | Unset = UNSET
    symbol_first: bool | Unset = UNSET
    thousands_separator: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        decimal_mark = self.decimal_mark
        if decimal_mark is not UNSET:
            field_dict["decimal_mark"] = decimal_mark
        disambiguate_symbol: None | str | Unset
        if isinstance(self.disambiguate_symbol, Unset):
            disambiguate_symbol = UNSET
        else:
            disambiguate_symbol = self.disambiguate_symbol
        if disambiguate_symbol is not UNSET:
            field_dict["disambiguate_symbol"] = disambiguate_symbol
        exponent = self.exponent
        if exponent is not UNSET:
            field_dict["exponent"] = exponent
        html_entity = self.html_entity
        if html_entity is not UNSET:
            field_dict["html_entity"] = html_entity
        iso_code = self.iso_code
        if iso_code is not UNSET:
            field_dict["iso_code"] = iso_code
        iso_numeric = self.iso_numeric
        if iso_numeric is not UNSET:
            field_dict["iso_numeric"] = iso_numeric
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        priority = self.priority
        if priority is not UNSET:
            field_dict["priority"] = priority
        smallest_denomination = self.smallest_denomination
        if smallest_denomination is not UNSET:
            field_dict["smallest_denomination"] = smallest_denomination
        subunit = self.subunit
        if subunit is not UNSET:
            field_dict["subunit"] = subunit
        subunit_to_unit = self.subunit_to_unit
        if subunit_to_unit is not UNSET:
            field_dict["subunit_to_unit"] = subunit_to_unit
        symbol = self.symbol
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        symbol_first = self.symbol_first
        if symbol_first is not UNSET:
            field_dict["symbol_first"] = symbol_first
        thousands_separator = self.thousands_separator
        if thousands_separator is not UNSET:
            field_dict["thousands_separator"] = thousands_separator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CurrencyAttributes)", d)
            d = dict(d)
        n__absent = 0
        decimal_mark = d.get("decimal_mark", UNSET)
        if not (type(decimal_mark) is str):
            if decimal_mark is UNSET:
                n__absent += 1
            elif not isinstance(decimal_mark, str):
                raise FieldError("string", decimal_mark, "decimal_mark")

        disambiguate_symbol = d.get("disambiguate_symbol", UNSET)
        if not (type(disambiguate_symbol) is str or disambiguate_symbol is None):
            if disambiguate_symbol is UNSET:
                n__absent += 1
            elif not (isinstance(disambiguate_symbol, str) or disambiguate_symbol is None):
                raise FieldError("string or null", disambiguate_symbol, "disambiguate_symbol")

        exponent = d.get("exponent", UNSET)
        if not (type(exponent) is int):
            if exponent is UNSET:
                n__absent += 1
            elif not (isinstance(exponent, int) and exponent is not True and exponent is not False):
                raise FieldError("integer", exponent, "exponent")

        html_entity = d.get("html_entity", UNSET)
        if not (type(html_entity) is str):
            if html_entity is UNSET:
                n__absent += 1
            elif not isinstance(html_entity, str):
                raise FieldError("string", html_entity, "html_entity")

        iso_code = d.get("iso_code", UNSET)
        if not (type(iso_code) is str):
            if iso_code is UNSET:
                n__absent += 1
            elif not isinstance(iso_code, str):
                raise FieldError("string", iso_code, "iso_code")

        iso_numeric = d.get("iso_numeric", UNSET)
        if not (type(iso_numeric) is str):
            if iso_numeric is UNSET:
                n__absent += 1
            elif not isinstance(iso_numeric, str):
                raise FieldError("string", iso_numeric, "iso_numeric")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        priority = d.get("priority", UNSET)
        if not (type(priority) is int):
            if priority is UNSET:
                n__absent += 1
            elif not (isinstance(priority, int) and priority is not True and priority is not False):
                raise FieldError("integer", priority, "priority")

        smallest_denomination = d.get("smallest_denomination", UNSET)
        if not (type(smallest_denomination) is int):
            if smallest_denomination is UNSET:
                n__absent += 1
            elif not (
                isinstance(smallest_denomination, int)
                and smallest_denomination is not True
                and smallest_denomination is not False
            ):
                raise FieldError("integer", smallest_denomination, "smallest_denomination")

        subunit = d.get("subunit", UNSET)
        if not (type(subunit) is str):
            if subunit is UNSET:
                n__absent += 1
            elif not isinstance(subunit, str):
                raise FieldError("string", subunit, "subunit")

        subunit_to_unit = d.get("subunit_to_unit", UNSET)
        if not (type(subunit_to_unit) is int):
            if subunit_to_unit is UNSET:
                n__absent += 1
            elif not (
                isinstance(subunit_to_unit, int) and subunit_to_unit is not True and subunit_to_unit is not False
            ):
                raise FieldError("integer", subunit_to_unit, "subunit_to_unit")

        symbol = d.get("symbol", UNSET)
        if not (type(symbol) is str):
            if symbol is UNSET:
                n__absent += 1
            elif not isinstance(symbol, str):
                raise FieldError("string", symbol, "symbol")

        symbol_first = d.get("symbol_first", UNSET)
        if not (symbol_first is True or symbol_first is False):
            if symbol_first is UNSET:
                n__absent += 1
            elif not isinstance(symbol_first, bool):
                raise FieldError("boolean", symbol_first, "symbol_first")

        thousands_separator = d.get("thousands_separator", UNSET)
        if not (type(thousands_separator) is str):
            if thousands_separator is UNSET:
                n__absent += 1
            elif not isinstance(thousands_separator, str):
                raise FieldError("string", thousands_separator, "thousands_separator")

        if cls is _plain__class:
            currency_attributes = _new__object(cls)
            currency_attributes.decimal_mark = decimal_mark
            currency_attributes.disambiguate_symbol = disambiguate_symbol
            currency_attributes.exponent = exponent
            currency_attributes.html_entity = html_entity
            currency_attributes.iso_code = iso_code
            currency_attributes.iso_numeric = iso_numeric
            currency_attributes.name = name
            currency_attributes.priority = priority
            currency_attributes.smallest_denomination = smallest_denomination
            currency_attributes.subunit = subunit
            currency_attributes.subunit_to_unit = subunit_to_unit
            currency_attributes.symbol = symbol
            currency_attributes.symbol_first = symbol_first
            currency_attributes.thousands_separator = thousands_separator
            currency_attributes.additional_properties = {}
        else:
            currency_attributes = cls(
                decimal_mark,
                disambiguate_symbol,
                exponent,
                html_entity,
                iso_code,
                iso_numeric,
                name,
                priority,
                smallest_denomination,
                subunit,
                subunit_to_unit,
                symbol,
                symbol_first,
                thousands_separator,
            )
        if len(d) + n__absent != 14:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "decimal_mark",
                    "disambiguate_symbol",
                    "exponent",
                    "html_entity",
                    "iso_code",
                    "iso_numeric",
                    "name",
                    "priority",
                    "smallest_denomination",
                    "subunit",
                    "subunit_to_unit",
                    "symbol",
                    "symbol_first",
                    "thousands_separator",
                }
            }
            currency_attributes.additional_properties = extra__props
        return currency_attributes

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


_plain__class: type[CurrencyAttributes] | None = (
    CurrencyAttributes
    if {field.name for field in _attrs_fields(CurrencyAttributes)}
    == {
        "decimal_mark",
        "disambiguate_symbol",
        "exponent",
        "html_entity",
        "iso_code",
        "iso_numeric",
        "name",
        "priority",
        "smallest_denomination",
        "subunit",
        "subunit_to_unit",
        "symbol",
        "symbol_first",
        "thousands_separator",
        "additional_properties",
    }
    and not hasattr(CurrencyAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
