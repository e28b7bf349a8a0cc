from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountryAttributes")


@_attrs_define
class CountryAttributes:
    """Attributes of a country as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        alpha2 = self.alpha2
        if alpha2 is not UNSET:
            field_dict["alpha2"] = alpha2
        city_autofill: None | str | Unset
        if isinstance(self.city_autofill, Unset):
            city_autofill = UNSET
        else:
            city_autofill = self.city_autofill
        if city_autofill is not UNSET:
            field_dict["city_autofill"] = city_autofill
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        form_layout = self.form_layout
        if form_layout is not UNSET:
            field_dict["form_layout"] = form_layout
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        province_required = self.province_required
        if province_required is not UNSET:
            field_dict["province_required"] = province_required
        province_type = self.province_type
        if province_type is not UNSET:
            field_dict["province_type"] = province_type
        show_layout = self.show_layout
        if show_layout is not UNSET:
            field_dict["show_layout"] = show_layout
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        zipcode_autofill: None | str | Unset
        if isinstance(self.zipcode_autofill, Unset):
            zipcode_autofill = UNSET
        else:
            zipcode_autofill = self.zipcode_autofill
        if zipcode_autofill is not UNSET:
            field_dict["zipcode_autofill"] = zipcode_autofill
        zipcode_format = self.zipcode_format
        if zipcode_format is not UNSET:
            field_dict["zipcode_format"] = zipcode_format
        zipcode_placeholder = self.zipcode_placeholder
        if zipcode_placeholder is not UNSET:
            field_dict["zipcode_placeholder"] = zipcode_placeholder
        zipcode_required = self.zipcode_required
        if zipcode_required is not UNSET:
            field_dict["zipcode_required"] = zipcode_required
        zipcode_type = self.zipcode_type
        if zipcode_type is not UNSET:
            field_dict["zipcode_type"] = zipcode_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CountryAttributes)", d)
            d = dict(d)
        n__absent = 0
        alpha2 = d.get("alpha2", UNSET)
        if not (type(alpha2) is str):
            if alpha2 is UNSET:
                n__absent += 1
            elif not isinstance(alpha2, str):
                raise FieldError("string", alpha2, "alpha2")

        city_autofill = d.get("city_autofill", UNSET)
        if not (type(city_autofill) is str or city_autofill is None):
            if city_autofill is UNSET:
                n__absent += 1
            elif not (isinstance(city_autofill, str) or city_autofill is None):
                raise FieldError("string or null", city_autofill, "city_autofill")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        form_layout = d.get("form_layout", UNSET)
        if not (type(form_layout) is str):
            if form_layout is UNSET:
                n__absent += 1
            elif not isinstance(form_layout, str):
                raise FieldError("string", form_layout, "form_layout")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        province_required = d.get("province_required", UNSET)
        if not (province_required is True or province_required is False):
            if province_required is UNSET:
                n__absent += 1
            elif not isinstance(province_required, bool):
                raise FieldError("boolean", province_required, "province_required")

        province_type = d.get("province_type", UNSET)
        if not (type(province_type) is str):
            if province_type is UNSET:
                n__absent += 1
            elif not isinstance(province_type, str):
                raise FieldError("string", province_type, "province_type")

        show_layout = d.get("show_layout", UNSET)
        if not (type(show_layout) is str):
            if show_layout is UNSET:
                n__absent += 1
            elif not isinstance(show_layout, str):
                raise FieldError("string", show_layout, "show_layout")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        zipcode_autofill = d.get("zipcode_autofill", UNSET)
        if not (type(zipcode_autofill) is str or zipcode_autofill is None):
            if zipcode_autofill is UNSET:
                n__absent += 1
            elif not (isinstance(zipcode_autofill, str) or zipcode_autofill is None):
                raise FieldError("string or null", zipcode_autofill, "zipcode_autofill")

        zipcode_format = d.get("zipcode_format", UNSET)
        if not (type(zipcode_format) is str):
            if zipcode_format is UNSET:
                n__absent += 1
            elif not isinstance(zipcode_format, str):
                raise FieldError("string", zipcode_format, "zipcode_format")

        zipcode_placeholder = d.get("zipcode_placeholder", UNSET)
        if not (type(zipcode_placeholder) is str):
            if zipcode_placeholder is UNSET:
                n__absent += 1
            elif not isinstance(zipcode_placeholder, str):
                raise FieldError("string", zipcode_placeholder, "zipcode_placeholder")

        zipcode_required = d.get("zipcode_required", UNSET)
        if not (zipcode_required is True or zipcode_required is False):
            if zipcode_required is UNSET:
                n__absent += 1
            elif not isinstance(zipcode_required, bool):
                raise FieldError("boolean", zipcode_required, "zipcode_required")

        zipcode_type = d.get("zipcode_type", UNSET)
        if not (type(zipcode_type) is str):
            if zipcode_type is UNSET:
                n__absent += 1
            elif not isinstance(zipcode_type, str):
                raise FieldError("string", zipcode_type, "zipcode_type")

        if cls is _plain__class:
            country_attributes = _new__object(cls)
            country_attributes.alpha2 = alpha2
            country_attributes.city_autofill = city_autofill
            country_attributes.created_at = created_at
            country_attributes.form_layout = form_layout
            country_attributes.name = name
            country_attributes.province_required = province_required
            country_attributes.province_type = province_type
            country_attributes.show_layout = show_layout
            country_attributes.updated_at = updated_at
            country_attributes.zipcode_autofill = zipcode_autofill
            country_attributes.zipcode_format = zipcode_format
            country_attributes.zipcode_placeholder = zipcode_placeholder
            country_attributes.zipcode_required = zipcode_required
            country_attributes.zipcode_type = zipcode_type
            country_attributes.additional_properties = {}
        else:
            country_attributes = cls(
                alpha2,
                city_autofill,
                created_at,
                form_layout,
                name,
                province_required,
                province_type,
                show_layout,
                updated_at,
                zipcode_autofill,
                zipcode_format,
                zipcode_placeholder,
                zipcode_required,
                zipcode_type,
            )
        if len(d) + n__absent != 14:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "alpha2",
                    "city_autofill",
                    "created_at",
                    "form_layout",
                    "name",
                    "province_required",
                    "province_type",
                    "show_layout",
                    "updated_at",
                    "zipcode_autofill",
                    "zipcode_format",
                    "zipcode_placeholder",
                    "zipcode_required",
                    "zipcode_type",
                }
            }
            country_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[CountryAttributes] | None = (
    CountryAttributes
    if {field.name for field in _attrs_fields(CountryAttributes)}
    == {
        "alpha2",
        "city_autofill",
        "created_at",
        "form_layout",
        "name",
        "province_required",
        "province_type",
        "show_layout",
        "updated_at",
        "zipcode_autofill",
        "zipcode_format",
        "zipcode_placeholder",
        "zipcode_required",
        "zipcode_type",
        "additional_properties",
    }
    and not hasattr(CountryAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
