from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrencyAttributes")


@_attrs_define
class CurrencyAttributes:
    """Attributes of a currency as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

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
        decimal_mark = self.decimal_mark

        disambiguate_symbol: None | str | Unset
        if isinstance(self.disambiguate_symbol, Unset):
            disambiguate_symbol = UNSET
        else:
            disambiguate_symbol = self.disambiguate_symbol

        exponent = self.exponent

        html_entity = self.html_entity

        iso_code = self.iso_code

        iso_numeric = self.iso_numeric

        name = self.name

        priority = self.priority

        smallest_denomination = self.smallest_denomination

        subunit = self.subunit

        subunit_to_unit = self.subunit_to_unit

        symbol = self.symbol

        symbol_first = self.symbol_first

        thousands_separator = self.thousands_separator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if decimal_mark is not UNSET:
            field_dict["decimal_mark"] = decimal_mark
        if disambiguate_symbol is not UNSET:
            field_dict["disambiguate_symbol"] = disambiguate_symbol
        if exponent is not UNSET:
            field_dict["exponent"] = exponent
        if html_entity is not UNSET:
            field_dict["html_entity"] = html_entity
        if iso_code is not UNSET:
            field_dict["iso_code"] = iso_code
        if iso_numeric is not UNSET:
            field_dict["iso_numeric"] = iso_numeric
        if name is not UNSET:
            field_dict["name"] = name
        if priority is not UNSET:
            field_dict["priority"] = priority
        if smallest_denomination is not UNSET:
            field_dict["smallest_denomination"] = smallest_denomination
        if subunit is not UNSET:
            field_dict["subunit"] = subunit
        if subunit_to_unit is not UNSET:
            field_dict["subunit_to_unit"] = subunit_to_unit
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if symbol_first is not UNSET:
            field_dict["symbol_first"] = symbol_first
        if thousands_separator is not UNSET:
            field_dict["thousands_separator"] = thousands_separator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CurrencyAttributes)", src_dict)
        d = dict(src_dict)
        decimal_mark = d.pop("decimal_mark", UNSET)
        if not isinstance(decimal_mark, str) and decimal_mark is not UNSET:
            raise FieldError("string", decimal_mark, "decimal_mark")

        disambiguate_symbol = d.pop("disambiguate_symbol", UNSET)
        if (
            not (isinstance(disambiguate_symbol, str) or disambiguate_symbol is None)
            and disambiguate_symbol is not UNSET
        ):
            raise FieldError("string or null", disambiguate_symbol, "disambiguate_symbol")

        exponent = d.pop("exponent", UNSET)
        if not (isinstance(exponent, int) and exponent is not True and exponent is not False) and exponent is not UNSET:
            raise FieldError("integer", exponent, "exponent")

        html_entity = d.pop("html_entity", UNSET)
        if not isinstance(html_entity, str) and html_entity is not UNSET:
            raise FieldError("string", html_entity, "html_entity")

        iso_code = d.pop("iso_code", UNSET)
        if not isinstance(iso_code, str) and iso_code is not UNSET:
            raise FieldError("string", iso_code, "iso_code")

        iso_numeric = d.pop("iso_numeric", UNSET)
        if not isinstance(iso_numeric, str) and iso_numeric is not UNSET:
            raise FieldError("string", iso_numeric, "iso_numeric")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        priority = d.pop("priority", UNSET)
        if not (isinstance(priority, int) and priority is not True and priority is not False) and priority is not UNSET:
            raise FieldError("integer", priority, "priority")

        smallest_denomination = d.pop("smallest_denomination", UNSET)
        if (
            not (
                isinstance(smallest_denomination, int)
                and smallest_denomination is not True
                and smallest_denomination is not False
            )
            and smallest_denomination is not UNSET
        ):
            raise FieldError("integer", smallest_denomination, "smallest_denomination")

        subunit = d.pop("subunit", UNSET)
        if not isinstance(subunit, str) and subunit is not UNSET:
            raise FieldError("string", subunit, "subunit")

        subunit_to_unit = d.pop("subunit_to_unit", UNSET)
        if (
            not (isinstance(subunit_to_unit, int) and subunit_to_unit is not True and subunit_to_unit is not False)
            and subunit_to_unit is not UNSET
        ):
            raise FieldError("integer", subunit_to_unit, "subunit_to_unit")

        symbol = d.pop("symbol", UNSET)
        if not isinstance(symbol, str) and symbol is not UNSET:
            raise FieldError("string", symbol, "symbol")

        symbol_first = d.pop("symbol_first", UNSET)
        if not isinstance(symbol_first, bool) and symbol_first is not UNSET:
            raise FieldError("boolean", symbol_first, "symbol_first")

        thousands_separator = d.pop("thousands_separator", UNSET)
        if not isinstance(thousands_separator, str) and thousands_separator is not UNSET:
            raise FieldError("string", thousands_separator, "thousands_separator")

        currency_attributes = cls(
            decimal_mark=decimal_mark,
            disambiguate_symbol=disambiguate_symbol,
            exponent=exponent,
            html_entity=html_entity,
            iso_code=iso_code,
            iso_numeric=iso_numeric,
            name=name,
            priority=priority,
            smallest_denomination=smallest_denomination,
            subunit=subunit,
            subunit_to_unit=subunit_to_unit,
            symbol=symbol,
            symbol_first=symbol_first,
            thousands_separator=thousands_separator,
        )

        currency_attributes.additional_properties = d
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
