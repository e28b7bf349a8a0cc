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
from ..models.tax_rate_owner_type import TaxRateOwnerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxRateAttributes")


@_attrs_define
class TaxRateAttributes:
    """Attributes of a tax rate as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            created_at (datetime.datetime | Unset): When the record was created.
            name (str | Unset):
            owner_id (UUID | Unset): ID of the related owner. Can only be set when the record is created.
            owner_type (TaxRateOwnerType | Unset): Values of `owner_type` on tax rates.
            position (int | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            value (float | Unset):
    """

    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    owner_type: TaxRateOwnerType | Unset = UNSET
    position: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    value: float | Unset = UNSET
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
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
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
        position = self.position
        if position is not UNSET:
            field_dict["position"] = position
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        value = self.value
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TaxRateAttributes)", d)
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

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

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
        owner_type: TaxRateOwnerType | Unset = UNSET
        if type(_owner_type) is str:
            owner_type = TaxRateOwnerType._by__value.get(_owner_type) or TaxRateOwnerType(_owner_type)
        elif isinstance(_owner_type, str):
            owner_type = TaxRateOwnerType(_owner_type)
        elif _owner_type is not UNSET:
            raise FieldError("string (TaxRateOwnerType)", _owner_type, "owner_type")

        if owner_type is UNSET:
            n__absent += 1

        position = d.get("position", UNSET)
        if not (type(position) is int):
            if position is UNSET:
                n__absent += 1
            elif not (isinstance(position, int) and position is not True and position is not False):
                raise FieldError("integer", position, "position")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        value = d.get("value", UNSET)
        if not (type(value) is float or type(value) is int):
            if value is UNSET:
                n__absent += 1
            elif not (
                isinstance(value, float) or (isinstance(value, int) and value is not True and value is not False)
            ):
                raise FieldError("number", value, "value")

        if cls is _plain__class:
            tax_rate_attributes = _new__object(cls)
            tax_rate_attributes.archived = archived
            tax_rate_attributes.archived_at = archived_at
            tax_rate_attributes.created_at = created_at
            tax_rate_attributes.name = name
            tax_rate_attributes.owner_id = owner_id
            tax_rate_attributes.owner_type = owner_type
            tax_rate_attributes.position = position
            tax_rate_attributes.updated_at = updated_at
            tax_rate_attributes.value = value
            tax_rate_attributes.additional_properties = {}
        else:
            tax_rate_attributes = cls(
                archived,
                archived_at,
                created_at,
                name,
                owner_id,
                owner_type,
                position,
                updated_at,
                value,
            )
        if len(d) + n__absent != 9:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "archived",
                    "archived_at",
                    "created_at",
                    "name",
                    "owner_id",
                    "owner_type",
                    "position",
                    "updated_at",
                    "value",
                }
            }
            tax_rate_attributes.additional_properties = extra__props
        return tax_rate_attributes

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


_plain__class: type[TaxRateAttributes] | None = (
    TaxRateAttributes
    if {field.name for field in _attrs_fields(TaxRateAttributes)}
    == {
        "archived",
        "archived_at",
        "created_at",
        "name",
        "owner_id",
        "owner_type",
        "position",
        "updated_at",
        "value",
        "additional_properties",
    }
    and not hasattr(TaxRateAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
