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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        source_product_group_id: str | Unset = UNSET
        if not isinstance(self.source_product_group_id, Unset):
            source_product_group_id = str(self.source_product_group_id)
        if source_product_group_id is not UNSET:
            field_dict["source_product_group_id"] = source_product_group_id
        target_product_group_id: str | Unset = UNSET
        if not isinstance(self.target_product_group_id, Unset):
            target_product_group_id = str(self.target_product_group_id)
        if target_product_group_id is not UNSET:
            field_dict["target_product_group_id"] = target_product_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (RecommendationWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        _source_product_group_id = d.get("source_product_group_id", UNSET)
        source_product_group_id: UUID | Unset = UNSET
        if _source_product_group_id is not UNSET:
            try:
                source_product_group_id = parse_uuid(_source_product_group_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _source_product_group_id, "source_product_group_id") from None

        if source_product_group_id is UNSET:
            n__absent += 1

        _target_product_group_id = d.get("target_product_group_id", UNSET)
        target_product_group_id: UUID | Unset = UNSET
        if _target_product_group_id is not UNSET:
            try:
                target_product_group_id = parse_uuid(_target_product_group_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _target_product_group_id, "target_product_group_id") from None

        if target_product_group_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            recommendation_write_attributes = _new__object(cls)
            recommendation_write_attributes.source_product_group_id = source_product_group_id
            recommendation_write_attributes.target_product_group_id = target_product_group_id
            recommendation_write_attributes.additional_properties = {}
        else:
            recommendation_write_attributes = cls(
                source_product_group_id,
                target_product_group_id,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"source_product_group_id", "target_product_group_id"}
            }
            recommendation_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr

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


_plain__class: type[RecommendationWriteAttributes] | None = (
    RecommendationWriteAttributes
    if {field.name for field in _attrs_fields(RecommendationWriteAttributes)}
    == {"source_product_group_id", "target_product_group_id", "additional_properties"}
    and not hasattr(RecommendationWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
