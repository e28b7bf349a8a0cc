from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.theme_resource_type import ThemeResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.theme_write_attributes import ThemeWriteAttributes

_refs__resolved = False
_from_dict__ThemeWriteAttributes: Callable[[Mapping[str, Any]], ThemeWriteAttributes]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, ThemeWriteAttributes  # noqa: PLW0603
    global _from_dict__ThemeWriteAttributes  # noqa: PLW0603
    from ..models.theme_write_attributes import ThemeWriteAttributes  # noqa: PLC0415

    _from_dict__ThemeWriteAttributes = ThemeWriteAttributes.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="ThemeWriteData")


@_attrs_define
class ThemeWriteData:
    """The theme in a create or update body.

    Attributes:
        type_ (ThemeResourceType): JSON:API type of the record. Default: ThemeResourceType.THEMES.
        attributes (ThemeWriteAttributes): Attributes that can be sent when creating or updating a theme.
        id (UUID | Unset): ID of the record (updates only).
    """

    attributes: ThemeWriteAttributes
    type_: ThemeResourceType = ThemeResourceType.THEMES
    id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        type_ = self.type_.value
        field_dict["type"] = type_
        attributes = self.attributes.to_dict()
        field_dict["attributes"] = attributes
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ThemeWriteData)", d)
            d = dict(d)
        n__absent = 0
        _type_ = d.get("type", UNSET)
        if type(_type_) is str:
            type_ = ThemeResourceType._by__value.get(_type_) or ThemeResourceType(_type_)
        elif isinstance(_type_, str):
            type_ = ThemeResourceType(_type_)
        else:
            raise FieldError("string (ThemeResourceType)", _type_, "type")

        try:
            attributes = _from_dict__ThemeWriteAttributes(d.get("attributes", UNSET))
        except FieldError as field__error:
            field__error.segments.append("attributes")
            raise

        _id = d.get("id", UNSET)
        id: UUID | Unset = UNSET
        if _id is not UNSET:
            try:
                id = parse_uuid(_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _id, "id") from None

        if id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            theme_write_data = _new__object(cls)
            theme_write_data.type_ = type_
            theme_write_data.attributes = attributes
            theme_write_data.id = id
            theme_write_data.additional_properties = {}
        else:
            theme_write_data = cls(
                attributes,
                type_,
                id,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"type", "attributes", "id"}
            }
            theme_write_data.additional_properties = extra__props
        return theme_write_data

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


_plain__class: type[ThemeWriteData] | None = (
    ThemeWriteData
    if {field.name for field in _attrs_fields(ThemeWriteData)} == {"type_", "attributes", "id", "additional_properties"}
    and not hasattr(ThemeWriteData, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
