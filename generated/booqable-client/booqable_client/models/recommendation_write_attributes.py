from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecommendationWriteAttributes")


@_attrs_define
class RecommendationWriteAttributes:
    """Attributes that can be sent when creating or updating a recommendation.

    Attributes:
        source_product_group_id (UUID | Unset): ID of the related source product group. Can only be set when the record
            is created.
        target_product_group_id (UUID | Unset): ID of the related target product group. Can only be set when the record
            is created.
    """

    source_product_group_id: UUID | Unset = UNSET
    target_product_group_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_product_group_id: str | Unset = UNSET
        if not isinstance(self.source_product_group_id, Unset):
            source_product_group_id = str(self.source_product_group_id)

        target_product_group_id: str | Unset = UNSET
        if not isinstance(self.target_product_group_id, Unset):
            target_product_group_id = str(self.target_product_group_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_product_group_id is not UNSET:
            field_dict["source_product_group_id"] = source_product_group_id
        if target_product_group_id is not UNSET:
            field_dict["target_product_group_id"] = target_product_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (RecommendationWriteAttributes)", src_dict)
        d = dict(src_dict)
        _source_product_group_id = d.pop("source_product_group_id", UNSET)
        source_product_group_id: UUID | Unset = UNSET
        if _source_product_group_id is not UNSET:
            try:
                source_product_group_id = UUID(_source_product_group_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _source_product_group_id, "source_product_group_id") from None

        _target_product_group_id = d.pop("target_product_group_id", UNSET)
        target_product_group_id: UUID | Unset = UNSET
        if _target_product_group_id is not UNSET:
            try:
                target_product_group_id = UUID(_target_product_group_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _target_product_group_id, "target_product_group_id") from None

        recommendation_write_attributes = cls(
            source_product_group_id=source_product_group_id,
            target_product_group_id=target_product_group_id,
        )

        recommendation_write_attributes.additional_properties = d
        return recommendation_write_attributes

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
        from ..models.product_group import ProductGroup

    def relate(
        self,
        *,
        source_product_group: ProductGroup | Unset = UNSET,
        target_product_group: ProductGroup | Unset = UNSET,
    ) -> RecommendationWriteAttributes:
        """Point this recommendation at related records, by model: each keyword sets an id attribute.

        `source_product_group=` sets `source_product_group_id`.
        `target_product_group=` sets `target_product_group_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(source_product_group, Unset):
            self.source_product_group_id = source_product_group.id
        if not isinstance(target_product_group, Unset):
            self.target_product_group_id = target_product_group.id
        return self
