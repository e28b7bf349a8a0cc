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
from ..models.theme_type import ThemeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThemeWriteAttributes")


@_attrs_define
class ThemeWriteAttributes:
    """Attributes that can be sent when creating or updating a theme.

    Attributes:
        detail_url (str | Unset):
        identifier (str | Unset):
        market (str | Unset):
        name (str | Unset):
        preview_url (str | Unset):
        theme_id (UUID | Unset): ID of the related theme. Can only be set when the record is created.
        theme_type (ThemeType | Unset): Values of `theme_type` on themes.
        version (str | Unset):
    """

    detail_url: str | Unset = UNSET
    identifier: str | Unset = UNSET
    market: str | Unset = UNSET
    name: str | Unset = UNSET
    preview_url: str | Unset = UNSET
    theme_id: UUID | Unset = UNSET
    theme_type: ThemeType | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        detail_url = self.detail_url
        if detail_url is not UNSET:
            field_dict["detail_url"] = detail_url
        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        market = self.market
        if market is not UNSET:
            field_dict["market"] = market
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        preview_url = self.preview_url
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        theme_id: str | Unset = UNSET
        if not isinstance(self.theme_id, Unset):
            theme_id = str(self.theme_id)
        if theme_id is not UNSET:
            field_dict["theme_id"] = theme_id
        theme_type: str | Unset = UNSET
        if not isinstance(self.theme_type, Unset):
            theme_type = self.theme_type.value

        if theme_type is not UNSET:
            field_dict["theme_type"] = theme_type
        version = self.version
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ThemeWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        detail_url = d.get("detail_url", UNSET)
        if not (type(detail_url) is str):
            if detail_url is UNSET:
                n__absent += 1
            elif not isinstance(detail_url, str):
                raise FieldError("string", detail_url, "detail_url")

        identifier = d.get("identifier", UNSET)
        if not (type(identifier) is str):
            if identifier is UNSET:
                n__absent += 1
            elif not isinstance(identifier, str):
                raise FieldError("string", identifier, "identifier")

        market = d.get("market", UNSET)
        if not (type(market) is str):
            if market is UNSET:
                n__absent += 1
            elif not isinstance(market, str):
                raise FieldError("string", market, "market")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        preview_url = d.get("preview_url", UNSET)
        if not (type(preview_url) is str):
            if preview_url is UNSET:
                n__absent += 1
            elif not isinstance(preview_url, str):
                raise FieldError("string", preview_url, "preview_url")

        _theme_id = d.get("theme_id", UNSET)
        theme_id: UUID | Unset = UNSET
        if _theme_id is not UNSET:
            try:
                theme_id = parse_uuid(_theme_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _theme_id, "theme_id") from None

        if theme_id is UNSET:
            n__absent += 1

        _theme_type = d.get("theme_type", UNSET)
        theme_type: ThemeType | Unset = UNSET
        if type(_theme_type) is str:
            theme_type = ThemeType._by__value.get(_theme_type) or ThemeType(_theme_type)
        elif isinstance(_theme_type, str):
            theme_type = ThemeType(_theme_type)
        elif _theme_type is not UNSET:
            raise FieldError("string (ThemeType)", _theme_type, "theme_type")

        if theme_type is UNSET:
            n__absent += 1

        version = d.get("version", UNSET)
        if not (type(version) is str):
            if version is UNSET:
                n__absent += 1
            elif not isinstance(version, str):
                raise FieldError("string", version, "version")

        if cls is _plain__class:
            theme_write_attributes = _new__object(cls)
            theme_write_attributes.detail_url = detail_url
            theme_write_attributes.identifier = identifier
            theme_write_attributes.market = market
            theme_write_attributes.name = name
            theme_write_attributes.preview_url = preview_url
            theme_write_attributes.theme_id = theme_id
            theme_write_attributes.theme_type = theme_type
            theme_write_attributes.version = version
            theme_write_attributes.additional_properties = {}
        else:
            theme_write_attributes = cls(
                detail_url,
                identifier,
                market,
                name,
                preview_url,
                theme_id,
                theme_type,
                version,
            )
        if len(d) + n__absent != 8:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "detail_url",
                    "identifier",
                    "market",
                    "name",
                    "preview_url",
                    "theme_id",
                    "theme_type",
                    "version",
                }
            }
            theme_write_attributes.additional_properties = extra__props
        return theme_write_attributes

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
    ) -> ThemeWriteAttributes:
        """Point this theme at related records, by model: each keyword sets an id attribute.

        `theme=` sets `theme_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(theme, Unset):
            self.theme_id = theme.id
        return self


_plain__class: type[ThemeWriteAttributes] | None = (
    ThemeWriteAttributes
    if {field.name for field in _attrs_fields(ThemeWriteAttributes)}
    == {
        "detail_url",
        "identifier",
        "market",
        "name",
        "preview_url",
        "theme_id",
        "theme_type",
        "version",
        "additional_properties",
    }
    and not hasattr(ThemeWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
