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
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxCategoryAttributes")


@_attrs_define
class TaxCategoryAttributes:
    """Attributes of a tax category as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            created_at (datetime.datetime | Unset): When the record was created.
            default (bool | Unset):
            name (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            tax_rates_attributes (list[dict[str, Any]] | Unset): Creates or updates the nested tax rates in the same
                request.
    """

    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    default: bool | Unset = UNSET
    name: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    tax_rates_attributes: list[dict[str, Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        archived = self.archived
        if archived is not UNSET:
            field_dict["archived"] = archived
        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = (
                self.archived_at.isoformat().replace("+00:00", "Z")
                if self.archived_at.tzinfo is not None
                else _naive__datetime("archived_at_type_0")
            )
        else:
            archived_at = self.archived_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        default = self.default
        if default is not UNSET:
            field_dict["default"] = default
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        tax_rates_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_rates_attributes, Unset):
            tax_rates_attributes = self.tax_rates_attributes

        if tax_rates_attributes is not UNSET:
            field_dict["tax_rates_attributes"] = tax_rates_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TaxCategoryAttributes)", d)
            d = dict(d)
        n__absent = 0
        archived = d.get("archived", UNSET)
        if not (archived is True or archived is False):
            if archived is UNSET:
                n__absent += 1
            elif not isinstance(archived, bool):
                raise FieldError("boolean", archived, "archived")

        _archived_at = d.get("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        elif isinstance(_archived_at, str):
            _archived_at_type_0 = _archived_at
            try:
                archived_at_type_0 = _datetime__parse(_archived_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _archived_at_type_0, "archived_at") from None

            archived_at = archived_at_type_0
        else:
            raise FieldError("date-time string or null", _archived_at, "archived_at")

        if archived_at is UNSET:
            n__absent += 1

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        default = d.get("default", UNSET)
        if not (default is True or default is False):
            if default is UNSET:
                n__absent += 1
            elif not isinstance(default, bool):
                raise FieldError("boolean", default, "default")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        _tax_rates_attributes = d.get("tax_rates_attributes", UNSET)
        tax_rates_attributes: list[dict[str, Any]] | Unset = UNSET
        if isinstance(_tax_rates_attributes, list):
            for tax_rates_attributes_item in _tax_rates_attributes:
                if not (type(tax_rates_attributes_item) is dict) and not isinstance(tax_rates_attributes_item, dict):
                    raise FieldError(
                        "object",
                        tax_rates_attributes_item,
                        _position(_tax_rates_attributes, tax_rates_attributes_item),
                        "tax_rates_attributes",
                    )
            tax_rates_attributes = _tax_rates_attributes
        elif _tax_rates_attributes is not UNSET:
            raise FieldError("array", _tax_rates_attributes, "tax_rates_attributes")

        if tax_rates_attributes is UNSET:
            n__absent += 1

        if cls is _plain__class:
            tax_category_attributes = _new__object(cls)
            tax_category_attributes.archived = archived
            tax_category_attributes.archived_at = archived_at
            tax_category_attributes.created_at = created_at
            tax_category_attributes.default = default
            tax_category_attributes.name = name
            tax_category_attributes.updated_at = updated_at
            tax_category_attributes.tax_rates_attributes = tax_rates_attributes
            tax_category_attributes.additional_properties = {}
        else:
            tax_category_attributes = cls(
                archived,
                archived_at,
                created_at,
                default,
                name,
                updated_at,
                tax_rates_attributes,
            )
        if len(d) + n__absent != 7:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "archived",
                    "archived_at",
                    "created_at",
                    "default",
                    "name",
                    "updated_at",
                    "tax_rates_attributes",
                }
            }
            tax_category_attributes.additional_properties = extra__props
        return tax_category_attributes

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


_plain__class: type[TaxCategoryAttributes] | None = (
    TaxCategoryAttributes
    if {field.name for field in _attrs_fields(TaxCategoryAttributes)}
    == {
        "archived",
        "archived_at",
        "created_at",
        "default",
        "name",
        "updated_at",
        "tax_rates_attributes",
        "additional_properties",
    }
    and not hasattr(TaxCategoryAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
