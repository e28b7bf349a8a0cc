from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        detail_url = self.detail_url

        identifier = self.identifier

        market = self.market

        name = self.name

        preview_url = self.preview_url

        theme_id: str | Unset = UNSET
        if not isinstance(self.theme_id, Unset):
            theme_id = str(self.theme_id)

        theme_type: str | Unset = UNSET
        if not isinstance(self.theme_type, Unset):
            theme_type = self.theme_type.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail_url is not UNSET:
            field_dict["detail_url"] = detail_url
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if market is not UNSET:
            field_dict["market"] = market
        if name is not UNSET:
            field_dict["name"] = name
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if theme_id is not UNSET:
            field_dict["theme_id"] = theme_id
        if theme_type is not UNSET:
            field_dict["theme_type"] = theme_type
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ThemeWriteAttributes)", src_dict)
        d = dict(src_dict)
        detail_url = d.pop("detail_url", UNSET)
        if not isinstance(detail_url, str) and detail_url is not UNSET:
            raise FieldError("string", detail_url, "detail_url")

        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            raise FieldError("string", identifier, "identifier")

        market = d.pop("market", UNSET)
        if not isinstance(market, str) and market is not UNSET:
            raise FieldError("string", market, "market")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        preview_url = d.pop("preview_url", UNSET)
        if not isinstance(preview_url, str) and preview_url is not UNSET:
            raise FieldError("string", preview_url, "preview_url")

        _theme_id = d.pop("theme_id", UNSET)
        theme_id: UUID | Unset = UNSET
        if _theme_id is not UNSET:
            try:
                theme_id = UUID(_theme_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _theme_id, "theme_id") from None

        _theme_type = d.pop("theme_type", UNSET)
        theme_type: ThemeType | Unset = UNSET
        if isinstance(_theme_type, str):
            theme_type = ThemeType(_theme_type)
        elif _theme_type is not UNSET:
            raise FieldError("string (ThemeType)", _theme_type, "theme_type")

        version = d.pop("version", UNSET)
        if not isinstance(version, str) and version is not UNSET:
            raise FieldError("string", version, "version")

        theme_write_attributes = cls(
            detail_url=detail_url,
            identifier=identifier,
            market=market,
            name=name,
            preview_url=preview_url,
            theme_id=theme_id,
            theme_type=theme_type,
            version=version,
        )

        theme_write_attributes.additional_properties = d
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
