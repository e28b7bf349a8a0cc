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
from ..models.theme_type import ThemeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThemeAttributes")


@_attrs_define
class ThemeAttributes:
    """Attributes of a theme as read from the API. `required` lists the attributes Booqable always sends; a sparse fieldset
    (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

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
            theme_id (None | Unset | UUID): ID of the related theme. Can only be set when the record is created. Unverified:
                the examples show `null`, which the field list does not allow.
            theme_type (ThemeType | Unset): Values of `theme_type` on themes.
            updated_at (datetime.datetime | Unset): When the record last changed.
            version (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            root_theme (str | Unset): Left out unless asked for with `extra_fields[<type>]`.
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
    theme_id: None | Unset | UUID = UNSET
    theme_type: ThemeType | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    version: None | str | Unset = UNSET
    root_theme: str | Unset = UNSET
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
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        if description is not UNSET:
            field_dict["description"] = description
        detail_url: None | str | Unset
        if isinstance(self.detail_url, Unset):
            detail_url = UNSET
        else:
            detail_url = self.detail_url
        if detail_url is not UNSET:
            field_dict["detail_url"] = detail_url
        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        installed = self.installed
        if installed is not UNSET:
            field_dict["installed"] = installed
        market: None | str | Unset
        if isinstance(self.market, Unset):
            market = UNSET
        else:
            market = self.market
        if market is not UNSET:
            field_dict["market"] = market
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        preview_image_large_url: None | str | Unset
        if isinstance(self.preview_image_large_url, Unset):
            preview_image_large_url = UNSET
        else:
            preview_image_large_url = self.preview_image_large_url
        if preview_image_large_url is not UNSET:
            field_dict["preview_image_large_url"] = preview_image_large_url
        preview_image_long_url: None | str | Unset
        if isinstance(self.preview_image_long_url, Unset):
            preview_image_long_url = UNSET
        else:
            preview_image_long_url = self.preview_image_long_url
        if preview_image_long_url is not UNSET:
            field_dict["preview_image_long_url"] = preview_image_long_url
        preview_image_medium_url: None | str | Unset
        if isinstance(self.preview_image_medium_url, Unset):
            preview_image_medium_url = UNSET
        else:
            preview_image_medium_url = self.preview_image_medium_url
        if preview_image_medium_url is not UNSET:
            field_dict["preview_image_medium_url"] = preview_image_medium_url
        preview_url: None | str | Unset
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        theme_id: None | str | Unset
        if isinstance(self.theme_id, Unset):
            theme_id = UNSET
        elif isinstance(self.theme_id, UUID):
            theme_id = str(self.theme_id)
        else:
            theme_id = self.theme_id
        if theme_id is not UNSET:
            field_dict["theme_id"] = theme_id
        theme_type: str | Unset = UNSET
        if not isinstance(self.theme_type, Unset):
            theme_type = self.theme_type.value

        if theme_type is not UNSET:
            field_dict["theme_type"] = theme_type
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version
        if version is not UNSET:
            field_dict["version"] = version
        root_theme = self.root_theme
        if root_theme is not UNSET:
            field_dict["root_theme"] = root_theme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ThemeAttributes)", d)
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

        description = d.get("description", UNSET)
        if not (type(description) is str or description is None):
            if description is UNSET:
                n__absent += 1
            elif not (isinstance(description, str) or description is None):
                raise FieldError("string or null", description, "description")

        detail_url = d.get("detail_url", UNSET)
        if not (type(detail_url) is str or detail_url is None):
            if detail_url is UNSET:
                n__absent += 1
            elif not (isinstance(detail_url, str) or detail_url is None):
                raise FieldError("string or null", detail_url, "detail_url")

        identifier = d.get("identifier", UNSET)
        if not (type(identifier) is str):
            if identifier is UNSET:
                n__absent += 1
            elif not isinstance(identifier, str):
                raise FieldError("string", identifier, "identifier")

        installed = d.get("installed", UNSET)
        if not (installed is True or installed is False):
            if installed is UNSET:
                n__absent += 1
            elif not isinstance(installed, bool):
                raise FieldError("boolean", installed, "installed")

        market = d.get("market", UNSET)
        if not (type(market) is str or market is None):
            if market is UNSET:
                n__absent += 1
            elif not (isinstance(market, str) or market is None):
                raise FieldError("string or null", market, "market")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        preview_image_large_url = d.get("preview_image_large_url", UNSET)
        if not (type(preview_image_large_url) is str or preview_image_large_url is None):
            if preview_image_large_url is UNSET:
                n__absent += 1
            elif not (isinstance(preview_image_large_url, str) or preview_image_large_url is None):
                raise FieldError("string or null", preview_image_large_url, "preview_image_large_url")

        preview_image_long_url = d.get("preview_image_long_url", UNSET)
        if not (type(preview_image_long_url) is str or preview_image_long_url is None):
            if preview_image_long_url is UNSET:
                n__absent += 1
            elif not (isinstance(preview_image_long_url, str) or preview_image_long_url is None):
                raise FieldError("string or null", preview_image_long_url, "preview_image_long_url")

        preview_image_medium_url = d.get("preview_image_medium_url", UNSET)
        if not (type(preview_image_medium_url) is str or preview_image_medium_url is None):
            if preview_image_medium_url is UNSET:
                n__absent += 1
            elif not (isinstance(preview_image_medium_url, str) or preview_image_medium_url is None):
                raise FieldError("string or null", preview_image_medium_url, "preview_image_medium_url")

        preview_url = d.get("preview_url", UNSET)
        if not (type(preview_url) is str or preview_url is None):
            if preview_url is UNSET:
                n__absent += 1
            elif not (isinstance(preview_url, str) or preview_url is None):
                raise FieldError("string or null", preview_url, "preview_url")

        _theme_id = d.get("theme_id", UNSET)
        theme_id: None | Unset | UUID
        if _theme_id is None or _theme_id is UNSET:
            theme_id = _theme_id
        elif isinstance(_theme_id, str):
            _theme_id_type_0 = _theme_id
            try:
                theme_id_type_0 = parse_uuid(_theme_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _theme_id_type_0, "theme_id") from None

            theme_id = theme_id_type_0
        else:
            raise FieldError("UUID string or null", _theme_id, "theme_id")

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

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        version = d.get("version", UNSET)
        if not (type(version) is str or version is None):
            if version is UNSET:
                n__absent += 1
            elif not (isinstance(version, str) or version is None):
                raise FieldError("string or null", version, "version")

        root_theme = d.get("root_theme", UNSET)
        if not (type(root_theme) is str):
            if root_theme is UNSET:
                n__absent += 1
            elif not isinstance(root_theme, str):
                raise FieldError("string", root_theme, "root_theme")

        if cls is _plain__class:
            theme_attributes = _new__object(cls)
            theme_attributes.created_at = created_at
            theme_attributes.description = description
            theme_attributes.detail_url = detail_url
            theme_attributes.identifier = identifier
            theme_attributes.installed = installed
            theme_attributes.market = market
            theme_attributes.name = name
            theme_attributes.preview_image_large_url = preview_image_large_url
            theme_attributes.preview_image_long_url = preview_image_long_url
            theme_attributes.preview_image_medium_url = preview_image_medium_url
            theme_attributes.preview_url = preview_url
            theme_attributes.theme_id = theme_id
            theme_attributes.theme_type = theme_type
            theme_attributes.updated_at = updated_at
            theme_attributes.version = version
            theme_attributes.root_theme = root_theme
            theme_attributes.additional_properties = {}
        else:
            theme_attributes = cls(
                created_at,
                description,
                detail_url,
                identifier,
                installed,
                market,
                name,
                preview_image_large_url,
                preview_image_long_url,
                preview_image_medium_url,
                preview_url,
                theme_id,
                theme_type,
                updated_at,
                version,
                root_theme,
            )
        if len(d) + n__absent != 16:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "created_at",
                    "description",
                    "detail_url",
                    "identifier",
                    "installed",
                    "market",
                    "name",
                    "preview_image_large_url",
                    "preview_image_long_url",
                    "preview_image_medium_url",
                    "preview_url",
                    "theme_id",
                    "theme_type",
                    "updated_at",
                    "version",
                    "root_theme",
                }
            }
            theme_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[ThemeAttributes] | None = (
    ThemeAttributes
    if {field.name for field in _attrs_fields(ThemeAttributes)}
    == {
        "created_at",
        "description",
        "detail_url",
        "identifier",
        "installed",
        "market",
        "name",
        "preview_image_large_url",
        "preview_image_long_url",
        "preview_image_medium_url",
        "preview_url",
        "theme_id",
        "theme_type",
        "updated_at",
        "version",
        "root_theme",
        "additional_properties",
    }
    and not hasattr(ThemeAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
