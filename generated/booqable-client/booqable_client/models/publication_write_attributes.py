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

T = TypeVar("T", bound="PublicationWriteAttributes")


@_attrs_define
class PublicationWriteAttributes:
    """Attributes that can be sent when creating or updating a publication.

    Attributes:
        theme_id (UUID | Unset): ID of the related theme. Can only be set when the record is created.
    """

    theme_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        theme_id: str | Unset = UNSET
        if not isinstance(self.theme_id, Unset):
            theme_id = str(self.theme_id)
        if theme_id is not UNSET:
            field_dict["theme_id"] = theme_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PublicationWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        _theme_id = d.get("theme_id", UNSET)
        theme_id: UUID | Unset = UNSET
        if _theme_id is not UNSET:
            try:
                theme_id = parse_uuid(_theme_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _theme_id, "theme_id") from None

        if theme_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            publication_write_attributes = _new__object(cls)
            publication_write_attributes.theme_id = theme_id
            publication_write_attributes.additional_properties = {}
        else:
            publication_write_attributes = cls(
                theme_id,
            )
        if len(d) + n__absent != 1:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"theme_id"}
            }
            publication_write_attributes.additional_properties = extra__props
        return publication_write_attributes

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
        from ..models.theme import Theme

    def relate(
        self,
        *,
        theme: Theme | Unset = UNSET,
    ) -> PublicationWriteAttributes:
        """Point this publication at related records, by model: each keyword sets an id attribute.

        `theme=` sets `theme_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(theme, Unset):
            self.theme_id = theme.id
        return self


_plain__class: type[PublicationWriteAttributes] | None = (
    PublicationWriteAttributes
    if {field.name for field in _attrs_fields(PublicationWriteAttributes)} == {"theme_id", "additional_properties"}
    and not hasattr(PublicationWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
