from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountryAttributes")


@_attrs_define
class CountryAttributes:
    """Attributes of a country as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

        Attributes:
            alpha2 (str | Unset):
            city_autofill (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            created_at (datetime.datetime | Unset): When the record was created.
            form_layout (str | Unset):
            name (str | Unset):
            province_required (bool | Unset):
            province_type (str | Unset):
            show_layout (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            zipcode_autofill (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            zipcode_format (str | Unset):
            zipcode_placeholder (str | Unset):
            zipcode_required (bool | Unset):
            zipcode_type (str | Unset):
    """

    alpha2: str | Unset = UNSET
    city_autofill: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    form_layout: str | Unset = UNSET
    name: str | Unset = UNSET
    province_required: bool | Unset = UNSET
    province_type: str | Unset = UNSET
    show_layout: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    zipcode_autofill: None | str | Unset = UNSET
    zipcode_format: str | Unset = UNSET
    zipcode_placeholder: str | Unset = UNSET
    zipcode_required: bool | Unset = UNSET
    zipcode_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alpha2 = self.alpha2

        city_autofill: None | str | Unset
        if isinstance(self.city_autofill, Unset):
            city_autofill = UNSET
        else:
            city_autofill = self.city_autofill

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        form_layout = self.form_layout

        name = self.name

        province_required = self.province_required

        province_type = self.province_type

        show_layout = self.show_layout

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        zipcode_autofill: None | str | Unset
        if isinstance(self.zipcode_autofill, Unset):
            zipcode_autofill = UNSET
        else:
            zipcode_autofill = self.zipcode_autofill

        zipcode_format = self.zipcode_format

        zipcode_placeholder = self.zipcode_placeholder

        zipcode_required = self.zipcode_required

        zipcode_type = self.zipcode_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alpha2 is not UNSET:
            field_dict["alpha2"] = alpha2
        if city_autofill is not UNSET:
            field_dict["city_autofill"] = city_autofill
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if form_layout is not UNSET:
            field_dict["form_layout"] = form_layout
        if name is not UNSET:
            field_dict["name"] = name
        if province_required is not UNSET:
            field_dict["province_required"] = province_required
        if province_type is not UNSET:
            field_dict["province_type"] = province_type
        if show_layout is not UNSET:
            field_dict["show_layout"] = show_layout
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if zipcode_autofill is not UNSET:
            field_dict["zipcode_autofill"] = zipcode_autofill
        if zipcode_format is not UNSET:
            field_dict["zipcode_format"] = zipcode_format
        if zipcode_placeholder is not UNSET:
            field_dict["zipcode_placeholder"] = zipcode_placeholder
        if zipcode_required is not UNSET:
            field_dict["zipcode_required"] = zipcode_required
        if zipcode_type is not UNSET:
            field_dict["zipcode_type"] = zipcode_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CountryAttributes)", src_dict)
        d = dict(src_dict)
        alpha2 = d.pop("alpha2", UNSET)
        if not isinstance(alpha2, str) and alpha2 is not UNSET:
            raise FieldError("string", alpha2, "alpha2")

        city_autofill = d.pop("city_autofill", UNSET)
        if not (isinstance(city_autofill, str) or city_autofill is None) and city_autofill is not UNSET:
            raise FieldError("string or null", city_autofill, "city_autofill")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        form_layout = d.pop("form_layout", UNSET)
        if not isinstance(form_layout, str) and form_layout is not UNSET:
            raise FieldError("string", form_layout, "form_layout")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        province_required = d.pop("province_required", UNSET)
        if not isinstance(province_required, bool) and province_required is not UNSET:
            raise FieldError("boolean", province_required, "province_required")

        province_type = d.pop("province_type", UNSET)
        if not isinstance(province_type, str) and province_type is not UNSET:
            raise FieldError("string", province_type, "province_type")

        show_layout = d.pop("show_layout", UNSET)
        if not isinstance(show_layout, str) and show_layout is not UNSET:
            raise FieldError("string", show_layout, "show_layout")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        zipcode_autofill = d.pop("zipcode_autofill", UNSET)
        if not (isinstance(zipcode_autofill, str) or zipcode_autofill is None) and zipcode_autofill is not UNSET:
            raise FieldError("string or null", zipcode_autofill, "zipcode_autofill")

        zipcode_format = d.pop("zipcode_format", UNSET)
        if not isinstance(zipcode_format, str) and zipcode_format is not UNSET:
            raise FieldError("string", zipcode_format, "zipcode_format")

        zipcode_placeholder = d.pop("zipcode_placeholder", UNSET)
        if not isinstance(zipcode_placeholder, str) and zipcode_placeholder is not UNSET:
            raise FieldError("string", zipcode_placeholder, "zipcode_placeholder")

        zipcode_required = d.pop("zipcode_required", UNSET)
        if not isinstance(zipcode_required, bool) and zipcode_required is not UNSET:
            raise FieldError("boolean", zipcode_required, "zipcode_required")

        zipcode_type = d.pop("zipcode_type", UNSET)
        if not isinstance(zipcode_type, str) and zipcode_type is not UNSET:
            raise FieldError("string", zipcode_type, "zipcode_type")

        country_attributes = cls(
            alpha2=alpha2,
            city_autofill=city_autofill,
            created_at=created_at,
            form_layout=form_layout,
            name=name,
            province_required=province_required,
            province_type=province_type,
            show_layout=show_layout,
            updated_at=updated_at,
            zipcode_autofill=zipcode_autofill,
            zipcode_format=zipcode_format,
            zipcode_placeholder=zipcode_placeholder,
            zipcode_required=zipcode_required,
            zipcode_type=zipcode_type,
        )

        country_attributes.additional_properties = d
        return country_attributes

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
