from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.theme_type import ThemeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThemeAttributes")


@_attrs_define
class ThemeAttributes:
    """Attributes of a theme as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`) can
    leave any of them out.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            description (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            detail_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            identifier (str | Unset):
            installed (bool | Unset):
            market (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            name (str | Unset):
            preview_image_large_url (None | str | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            preview_image_long_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            preview_image_medium_url (None | str | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            preview_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            root_theme (str | Unset): Left out unless asked for with `extra_fields[<type>]`.
            theme_id (None | Unset | UUID): ID of the related theme. Can only be set when the record is created. Unverified:
                the examples show `null`, which the field list does not allow.
            theme_type (ThemeType | Unset): Values of `theme_type` on themes.
            updated_at (datetime.datetime | Unset): When the record last changed.
            version (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
    """

    created_at: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    detail_url: None | str | Unset = UNSET
    identifier: str | Unset = UNSET
    installed: bool | Unset = UNSET
    market: None | str | Unset = UNSET
    name: str | Unset = UNSET
    preview_image_large_url: None | str | Unset = UNSET
    preview_image_long_url: None | str | Unset = UNSET
    preview_image_medium_url: None | str | Unset = UNSET
    preview_url: None | str | Unset = UNSET
    root_theme: str | Unset = UNSET
    theme_id: None | Unset | UUID = UNSET
    theme_type: ThemeType | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        detail_url: None | str | Unset
        if isinstance(self.detail_url, Unset):
            detail_url = UNSET
        else:
            detail_url = self.detail_url

        identifier = self.identifier

        installed = self.installed

        market: None | str | Unset
        if isinstance(self.market, Unset):
            market = UNSET
        else:
            market = self.market

        name = self.name

        preview_image_large_url: None | str | Unset
        if isinstance(self.preview_image_large_url, Unset):
            preview_image_large_url = UNSET
        else:
            preview_image_large_url = self.preview_image_large_url

        preview_image_long_url: None | str | Unset
        if isinstance(self.preview_image_long_url, Unset):
            preview_image_long_url = UNSET
        else:
            preview_image_long_url = self.preview_image_long_url

        preview_image_medium_url: None | str | Unset
        if isinstance(self.preview_image_medium_url, Unset):
            preview_image_medium_url = UNSET
        else:
            preview_image_medium_url = self.preview_image_medium_url

        preview_url: None | str | Unset
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url

        root_theme = self.root_theme

        theme_id: None | str | Unset
        if isinstance(self.theme_id, Unset):
            theme_id = UNSET
        elif isinstance(self.theme_id, UUID):
            theme_id = str(self.theme_id)
        else:
            theme_id = self.theme_id

        theme_type: str | Unset = UNSET
        if not isinstance(self.theme_type, Unset):
            theme_type = self.theme_type.value

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if detail_url is not UNSET:
            field_dict["detail_url"] = detail_url
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if installed is not UNSET:
            field_dict["installed"] = installed
        if market is not UNSET:
            field_dict["market"] = market
        if name is not UNSET:
            field_dict["name"] = name
        if preview_image_large_url is not UNSET:
            field_dict["preview_image_large_url"] = preview_image_large_url
        if preview_image_long_url is not UNSET:
            field_dict["preview_image_long_url"] = preview_image_long_url
        if preview_image_medium_url is not UNSET:
            field_dict["preview_image_medium_url"] = preview_image_medium_url
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if root_theme is not UNSET:
            field_dict["root_theme"] = root_theme
        if theme_id is not UNSET:
            field_dict["theme_id"] = theme_id
        if theme_type is not UNSET:
            field_dict["theme_type"] = theme_type
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ThemeAttributes)", src_dict)
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        description = d.pop("description", UNSET)
        if not (isinstance(description, str) or description is None) and description is not UNSET:
            raise FieldError("string or null", description, "description")

        detail_url = d.pop("detail_url", UNSET)
        if not (isinstance(detail_url, str) or detail_url is None) and detail_url is not UNSET:
            raise FieldError("string or null", detail_url, "detail_url")

        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            raise FieldError("string", identifier, "identifier")

        installed = d.pop("installed", UNSET)
        if not isinstance(installed, bool) and installed is not UNSET:
            raise FieldError("boolean", installed, "installed")

        market = d.pop("market", UNSET)
        if not (isinstance(market, str) or market is None) and market is not UNSET:
            raise FieldError("string or null", market, "market")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        preview_image_large_url = d.pop("preview_image_large_url", UNSET)
        if (
            not (isinstance(preview_image_large_url, str) or preview_image_large_url is None)
            and preview_image_large_url is not UNSET
        ):
            raise FieldError("string or null", preview_image_large_url, "preview_image_large_url")

        preview_image_long_url = d.pop("preview_image_long_url", UNSET)
        if (
            not (isinstance(preview_image_long_url, str) or preview_image_long_url is None)
            and preview_image_long_url is not UNSET
        ):
            raise FieldError("string or null", preview_image_long_url, "preview_image_long_url")

        preview_image_medium_url = d.pop("preview_image_medium_url", UNSET)
        if (
            not (isinstance(preview_image_medium_url, str) or preview_image_medium_url is None)
            and preview_image_medium_url is not UNSET
        ):
            raise FieldError("string or null", preview_image_medium_url, "preview_image_medium_url")

        preview_url = d.pop("preview_url", UNSET)
        if not (isinstance(preview_url, str) or preview_url is None) and preview_url is not UNSET:
            raise FieldError("string or null", preview_url, "preview_url")

        root_theme = d.pop("root_theme", UNSET)
        if not isinstance(root_theme, str) and root_theme is not UNSET:
            raise FieldError("string", root_theme, "root_theme")

        _theme_id = d.pop("theme_id", UNSET)
        theme_id: None | Unset | UUID
        if _theme_id is None or _theme_id is UNSET:
            theme_id = _theme_id
        elif isinstance(_theme_id, str):
            _theme_id_type_0 = _theme_id
            try:
                theme_id_type_0 = UUID(_theme_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _theme_id_type_0, "theme_id") from None

            theme_id = theme_id_type_0
        else:
            raise FieldError("UUID string or null", _theme_id, "theme_id")

        _theme_type = d.pop("theme_type", UNSET)
        theme_type: ThemeType | Unset = UNSET
        if isinstance(_theme_type, str):
            theme_type = ThemeType(_theme_type)
        elif _theme_type is not UNSET:
            raise FieldError("string (ThemeType)", _theme_type, "theme_type")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        version = d.pop("version", UNSET)
        if not (isinstance(version, str) or version is None) and version is not UNSET:
            raise FieldError("string or null", version, "version")

        theme_attributes = cls(
            created_at=created_at,
            description=description,
            detail_url=detail_url,
            identifier=identifier,
            installed=installed,
            market=market,
            name=name,
            preview_image_large_url=preview_image_large_url,
            preview_image_long_url=preview_image_long_url,
            preview_image_medium_url=preview_image_medium_url,
            preview_url=preview_url,
            root_theme=root_theme,
            theme_id=theme_id,
            theme_type=theme_type,
            updated_at=updated_at,
            version=version,
        )

        theme_attributes.additional_properties = d
        return theme_attributes

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
