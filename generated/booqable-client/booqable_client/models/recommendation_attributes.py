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
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecommendationAttributes")


@_attrs_define
class RecommendationAttributes:
    """Attributes of a recommendation as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            position (int | Unset):
            source_product_group_id (UUID | Unset): ID of the related source product group. Can only be set when the record
                is created.
            target_product_group_id (UUID | Unset): ID of the related target product group. Can only be set when the record
                is created.
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    created_at: datetime.datetime | Unset = UNSET
    position: int | Unset = UNSET
    source_product_group_id: UUID | Unset = UNSET
    target_product_group_id: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        position = self.position
        if position is not UNSET:
            field_dict["position"] = position
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
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (RecommendationAttributes)", d)
            d = dict(d)
        n__absent = 0
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        position = d.get("position", UNSET)
        if not (type(position) is int):
            if position is UNSET:
                n__absent += 1
            elif not (isinstance(position, int) and position is not True and position is not False):
                raise FieldError("integer", position, "position")

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

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            recommendation_attributes = _new__object(cls)
            recommendation_attributes.created_at = created_at
            recommendation_attributes.position = position
            recommendation_attributes.source_product_group_id = source_product_group_id
            recommendation_attributes.target_product_group_id = target_product_group_id
            recommendation_attributes.updated_at = updated_at
            recommendation_attributes.additional_properties = {}
        else:
            recommendation_attributes = cls(
                created_at,
                position,
                source_product_group_id,
                target_product_group_id,
                updated_at,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {"created_at", "position", "source_product_group_id", "target_product_group_id", "updated_at"}
            }
            recommendation_attributes.additional_properties = extra__props
        return recommendation_attributes

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


_plain__class: type[RecommendationAttributes] | None = (
    RecommendationAttributes
    if {field.name for field in _attrs_fields(RecommendationAttributes)}
    == {
        "created_at",
        "position",
        "source_product_group_id",
        "target_product_group_id",
        "updated_at",
        "additional_properties",
    }
    and not hasattr(RecommendationAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
