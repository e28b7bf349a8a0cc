from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppCarrierWriteAttributes")


@_attrs_define
class AppCarrierWriteAttributes:
    """Attributes that can be sent when creating or updating an app carrier.

    Attributes:
        identifier (str | Unset):
        rates_url (str | Unset):
        tax_category_id (None | Unset | UUID): ID of the related tax category.
    """

    identifier: str | Unset = UNSET
    rates_url: str | Unset = UNSET
    tax_category_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        rates_url = self.rates_url

        tax_category_id: None | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        elif isinstance(self.tax_category_id, UUID):
            tax_category_id = str(self.tax_category_id)
        else:
            tax_category_id = self.tax_category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if rates_url is not UNSET:
            field_dict["rates_url"] = rates_url
        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (AppCarrierWriteAttributes)", src_dict)
        d = dict(src_dict)
        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            raise FieldError("string", identifier, "identifier")

        rates_url = d.pop("rates_url", UNSET)
        if not isinstance(rates_url, str) and rates_url is not UNSET:
            raise FieldError("string", rates_url, "rates_url")

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

        app_carrier_write_attributes = cls(
            identifier=identifier,
            rates_url=rates_url,
            tax_category_id=tax_category_id,
        )

        app_carrier_write_attributes.additional_properties = d
        return app_carrier_write_attributes

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
        from ..models.tax_category import TaxCategory

    def relate(
        self,
        *,
        tax_category: TaxCategory | None | Unset = UNSET,
    ) -> AppCarrierWriteAttributes:
        """Point this app carrier at related records, by model: each keyword sets an id attribute.

        `tax_category=` sets `tax_category_id` (`None` clears it).
        Returns this object, so it can be written inline."""
        if not isinstance(tax_category, Unset):
            self.tax_category_id = None if tax_category is None else tax_category.id
        return self
