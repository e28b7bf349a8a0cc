from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        source_id: str | Unset = UNSET
        if not isinstance(self.source_id, Unset):
            source_id = str(self.source_id)

        target_id: str | Unset = UNSET
        if not isinstance(self.target_id, Unset):
            target_id = str(self.target_id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (MergeWriteAttributes)", src_dict)
        d = dict(src_dict)
        _source_id = d.pop("source_id", UNSET)
        source_id: UUID | Unset = UNSET
        if _source_id is not UNSET:
            try:
                source_id = UUID(_source_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _source_id, "source_id") from None

        _target_id = d.pop("target_id", UNSET)
        target_id: UUID | Unset = UNSET
        if _target_id is not UNSET:
            try:
                target_id = UUID(_target_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _target_id, "target_id") from None

        _type_ = d.pop("type", UNSET)
        type_: MergeType | Unset = UNSET
        if isinstance(_type_, str):
            type_ = MergeType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (MergeType)", _type_, "type")

        merge_write_attributes = cls(
            source_id=source_id,
            target_id=target_id,
            type_=type_,
        )

        merge_write_attributes.additional_properties = d
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
