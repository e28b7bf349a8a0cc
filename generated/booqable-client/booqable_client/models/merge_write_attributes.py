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
from ..models.merge_type import MergeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MergeWriteAttributes")


@_attrs_define
class MergeWriteAttributes:
    """Attributes that can be sent when creating or updating a merge.

    Attributes:
        source_id (UUID | Unset): ID of the related source.
        target_id (UUID | Unset): ID of the related target.
        type_ (MergeType | Unset): Values of `type` on merges.
    """

    source_id: UUID | Unset = UNSET
    target_id: UUID | Unset = UNSET
    type_: MergeType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        source_id: str | Unset = UNSET
        if not isinstance(self.source_id, Unset):
            source_id = str(self.source_id)
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        target_id: str | Unset = UNSET
        if not isinstance(self.target_id, Unset):
            target_id = str(self.target_id)
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
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
                raise FieldError("object (MergeWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        _source_id = d.get("source_id", UNSET)
        source_id: UUID | Unset = UNSET
        if _source_id is not UNSET:
            try:
                source_id = parse_uuid(_source_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _source_id, "source_id") from None

        if source_id is UNSET:
            n__absent += 1

        _target_id = d.get("target_id", UNSET)
        target_id: UUID | Unset = UNSET
        if _target_id is not UNSET:
            try:
                target_id = parse_uuid(_target_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _target_id, "target_id") from None

        if target_id is UNSET:
            n__absent += 1

        _type_ = d.get("type", UNSET)
        type_: MergeType | Unset = UNSET
        if type(_type_) is str:
            type_ = MergeType._by__value.get(_type_) or MergeType(_type_)
        elif isinstance(_type_, str):
            type_ = MergeType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (MergeType)", _type_, "type")

        if type_ is UNSET:
            n__absent += 1

        if cls is _plain__class:
            merge_write_attributes = _new__object(cls)
            merge_write_attributes.source_id = source_id
            merge_write_attributes.target_id = target_id
            merge_write_attributes.type_ = type_
            merge_write_attributes.additional_properties = {}
        else:
            merge_write_attributes = cls(
                source_id,
                target_id,
                type_,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"source_id", "target_id", "type"}
            }
            merge_write_attributes.additional_properties = extra__props
        return merge_write_attributes

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
        from ..models.customer import Customer

    def relate(
        self,
        *,
        source: Customer | Unset = UNSET,
        target: Customer | Unset = UNSET,
    ) -> MergeWriteAttributes:
        """Point this merge at related records, by model: each keyword sets an id attribute.

        `source=` sets `source_id`.
        `target=` sets `target_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(source, Unset):
            self.source_id = source.id
        if not isinstance(target, Unset):
            self.target_id = target.id
        return self


_plain__class: type[MergeWriteAttributes] | None = (
    MergeWriteAttributes
    if {field.name for field in _attrs_fields(MergeWriteAttributes)}
    == {"source_id", "target_id", "type_", "additional_properties"}
    and not hasattr(MergeWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
