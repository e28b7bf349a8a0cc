from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..models.bulk_upsert_type import BulkUpsertType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkUpsertAttributes")


@_attrs_define
class BulkUpsertAttributes:
    """Attributes of a bulk upsert as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            data (list[dict[str, Any]] | Unset):
            type_ (BulkUpsertType | Unset): Values of `type` on bulk upserts.
    """

    data: list[dict[str, Any]] | Unset = UNSET
    type_: BulkUpsertType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data

        if data is not UNSET:
            field_dict["data"] = data
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BulkUpsertAttributes)", d)
            d = dict(d)
        n__absent = 0
        _data = d.get("data", UNSET)
        data: list[dict[str, Any]] | Unset = UNSET
        if isinstance(_data, list):
            for data_item in _data:
                if not (type(data_item) is dict) and not isinstance(data_item, dict):
                    raise FieldError("object", data_item, _position(_data, data_item), "data")
            data = _data
        elif _data is not UNSET:
            raise FieldError("array", _data, "data")

        if data is UNSET:
            n__absent += 1

        _type_ = d.get("type", UNSET)
        type_: BulkUpsertType | Unset = UNSET
        if type(_type_) is str:
            type_ = BulkUpsertType._by__value.get(_type_) or BulkUpsertType(_type_)
        elif isinstance(_type_, str):
            type_ = BulkUpsertType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (BulkUpsertType)", _type_, "type")

        if type_ is UNSET:
            n__absent += 1

        if cls is _plain__class:
            bulk_upsert_attributes = _new__object(cls)
            bulk_upsert_attributes.data = data
            bulk_upsert_attributes.type_ = type_
            bulk_upsert_attributes.additional_properties = {}
        else:
            bulk_upsert_attributes = cls(
                data,
                type_,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"data", "type"}
            }
            bulk_upsert_attributes.additional_properties = extra__props
        return bulk_upsert_attributes

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


_plain__class: type[BulkUpsertAttributes] | None = (
    BulkUpsertAttributes
    if {field.name for field in _attrs_fields(BulkUpsertAttributes)} == {"data", "type_", "additional_properties"}
    and not hasattr(BulkUpsertAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
