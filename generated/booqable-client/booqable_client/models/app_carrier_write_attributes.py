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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        rates_url = self.rates_url
        if rates_url is not UNSET:
            field_dict["rates_url"] = rates_url
        tax_category_id: None | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        elif isinstance(self.tax_category_id, UUID):
            tax_category_id = str(self.tax_category_id)
        else:
            tax_category_id = self.tax_category_id
        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (AppCarrierWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        identifier = d.get("identifier", UNSET)
        if not (type(identifier) is str):
            if identifier is UNSET:
                n__absent += 1
            elif not isinstance(identifier, str):
                raise FieldError("string", identifier, "identifier")

        rates_url = d.get("rates_url", UNSET)
        if not (type(rates_url) is str):
            if rates_url is UNSET:
                n__absent += 1
            elif not isinstance(rates_url, str):
                raise FieldError("string", rates_url, "rates_url")

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

        if cls is _plain__class:
            app_carrier_write_attributes = _new__object(cls)
            app_carrier_write_attributes.identifier = identifier
            app_carrier_write_attributes.rates_url = rates_url
            app_carrier_write_attributes.tax_category_id = tax_category_id
            app_carrier_write_attributes.additional_properties = {}
        else:
            app_carrier_write_attributes = cls(
                identifier,
                rates_url,
                tax_category_id,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"identifier", "rates_url", "tax_category_id"}
            }
            app_carrier_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr

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


_plain__class: type[AppCarrierWriteAttributes] | None = (
    AppCarrierWriteAttributes
    if {field.name for field in _attrs_fields(AppCarrierWriteAttributes)}
    == {"identifier", "rates_url", "tax_category_id", "additional_properties"}
    and not hasattr(AppCarrierWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
