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
from ..lib._fields import position as _position
from ..models.collection_type import CollectionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionAttributes")


@_attrs_define
class CollectionAttributes:
    """Attributes of a collection as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            collection_type (CollectionType | None | Unset): Can only be set when the record is created. Unverified: the
                examples show 'manual', which the field list does not name; the examples show `null`, which the field list does
                not allow.
            created_at (datetime.datetime | Unset): When the record was created.
            depth (int | Unset):
            description (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            image_large_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            image_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            item_count (int | Unset):
            name (str | Unset):
            parent_id (None | Unset | UUID): ID of the related parent. Unverified: the examples show `null`, which the field
                list does not allow.
            position (int | None | Unset): Unverified: the examples show `null`, which the field list does not allow.
            seo_description (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            seo_title (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            show_in_store (bool | Unset):
            slug (str | Unset):
            system (bool | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            all_children (list[Any] | Unset): Left out unless asked for with `extra_fields[<type>]`. Unverified: the element
                type is not documented.
            all_parents (list[Any] | Unset): Left out unless asked for with `extra_fields[<type>]`. Unverified: the element
                type is not documented.
            create_url_redirect (bool | Unset):
            external_image_url (str | Unset):
            hierarchical_name (list[str] | Unset): Left out unless asked for with `extra_fields[<type>]`.
            image_base64 (str | Unset):
            remote_image_url (str | Unset):
            remove_image (bool | Unset):
    """

    collection_type: CollectionType | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    depth: int | Unset = UNSET
    description: None | str | Unset = UNSET
    image_large_url: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    item_count: int | Unset = UNSET
    name: str | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    position: int | None | Unset = UNSET
    seo_description: None | str | Unset = UNSET
    seo_title: None | str | Unset = UNSET
    show_in_store: bool | Unset = UNSET
    slug: str | Unset = UNSET
    system: bool | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    all_children: list[Any] | Unset = UNSET
    all_parents: list[Any] | Unset = UNSET
    create_url_redirect: bool | Unset = UNSET
    external_image_url: str | Unset = UNSET
    hierarchical_name: list[str] | Unset = UNSET
    image_base64: str | Unset = UNSET
    remote_image_url: str | Unset = UNSET
    remove_image: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        collection_type: None | str | Unset
        if isinstance(self.collection_type, Unset):
            collection_type = UNSET
        elif isinstance(self.collection_type, CollectionType):
            collection_type = self.collection_type.value
        else:
            collection_type = self.collection_type
        if collection_type is not UNSET:
            field_dict["collection_type"] = collection_type
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        depth = self.depth
        if depth is not UNSET:
            field_dict["depth"] = depth
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        if description is not UNSET:
            field_dict["description"] = description
        image_large_url: None | str | Unset
        if isinstance(self.image_large_url, Unset):
            image_large_url = UNSET
        else:
            image_large_url = self.image_large_url
        if image_large_url is not UNSET:
            field_dict["image_large_url"] = image_large_url
        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        item_count = self.item_count
        if item_count is not UNSET:
            field_dict["item_count"] = item_count
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position
        if position is not UNSET:
            field_dict["position"] = position
        seo_description: None | str | Unset
        if isinstance(self.seo_description, Unset):
            seo_description = UNSET
        else:
            seo_description = self.seo_description
        if seo_description is not UNSET:
            field_dict["seo_description"] = seo_description
        seo_title: None | str | Unset
        if isinstance(self.seo_title, Unset):
            seo_title = UNSET
        else:
            seo_title = self.seo_title
        if seo_title is not UNSET:
            field_dict["seo_title"] = seo_title
        show_in_store = self.show_in_store
        if show_in_store is not UNSET:
            field_dict["show_in_store"] = show_in_store
        slug = self.slug
        if slug is not UNSET:
            field_dict["slug"] = slug
        system = self.system
        if system is not UNSET:
            field_dict["system"] = system
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        all_children: list[Any] | Unset = UNSET
        if not isinstance(self.all_children, Unset):
            all_children = self.all_children

        if all_children is not UNSET:
            field_dict["all_children"] = all_children
        all_parents: list[Any] | Unset = UNSET
        if not isinstance(self.all_parents, Unset):
            all_parents = self.all_parents

        if all_parents is not UNSET:
            field_dict["all_parents"] = all_parents
        create_url_redirect = self.create_url_redirect
        if create_url_redirect is not UNSET:
            field_dict["create_url_redirect"] = create_url_redirect
        external_image_url = self.external_image_url
        if external_image_url is not UNSET:
            field_dict["external_image_url"] = external_image_url
        hierarchical_name: list[str] | Unset = UNSET
        if not isinstance(self.hierarchical_name, Unset):
            hierarchical_name = self.hierarchical_name

        if hierarchical_name is not UNSET:
            field_dict["hierarchical_name"] = hierarchical_name
        image_base64 = self.image_base64
        if image_base64 is not UNSET:
            field_dict["image_base64"] = image_base64
        remote_image_url = self.remote_image_url
        if remote_image_url is not UNSET:
            field_dict["remote_image_url"] = remote_image_url
        remove_image = self.remove_image
        if remove_image is not UNSET:
            field_dict["remove_image"] = remove_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CollectionAttributes)", d)
            d = dict(d)
        n__absent = 0
        _collection_type = d.get("collection_type", UNSET)
        collection_type: CollectionType | None | Unset
        if _collection_type is None or _collection_type is UNSET:
            collection_type = _collection_type
        elif isinstance(_collection_type, str):
            _collection_type_type_0 = _collection_type
            if type(_collection_type_type_0) is str:
                collection_type_type_0 = CollectionType._by__value.get(_collection_type_type_0) or CollectionType(
                    _collection_type_type_0
                )
            elif isinstance(_collection_type_type_0, str):
                collection_type_type_0 = CollectionType(_collection_type_type_0)
            else:
                raise FieldError("string (CollectionType)", _collection_type_type_0, "collection_type")

            collection_type = collection_type_type_0
        else:
            raise FieldError("string (CollectionType) or null", _collection_type, "collection_type")

        if collection_type is UNSET:
            n__absent += 1

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        depth = d.get("depth", UNSET)
        if not (type(depth) is int):
            if depth is UNSET:
                n__absent += 1
            elif not (isinstance(depth, int) and depth is not True and depth is not False):
                raise FieldError("integer", depth, "depth")

        description = d.get("description", UNSET)
        if not (type(description) is str or description is None):
            if description is UNSET:
                n__absent += 1
            elif not (isinstance(description, str) or description is None):
                raise FieldError("string or null", description, "description")

        image_large_url = d.get("image_large_url", UNSET)
        if not (type(image_large_url) is str or image_large_url is None):
            if image_large_url is UNSET:
                n__absent += 1
            elif not (isinstance(image_large_url, str) or image_large_url is None):
                raise FieldError("string or null", image_large_url, "image_large_url")

        image_url = d.get("image_url", UNSET)
        if not (type(image_url) is str or image_url is None):
            if image_url is UNSET:
                n__absent += 1
            elif not (isinstance(image_url, str) or image_url is None):
                raise FieldError("string or null", image_url, "image_url")

        item_count = d.get("item_count", UNSET)
        if not (type(item_count) is int):
            if item_count is UNSET:
                n__absent += 1
            elif not (isinstance(item_count, int) and item_count is not True and item_count is not False):
                raise FieldError("integer", item_count, "item_count")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _parent_id = d.get("parent_id", UNSET)
        parent_id: None | Unset | UUID
        if _parent_id is None or _parent_id is UNSET:
            parent_id = _parent_id
        elif isinstance(_parent_id, str):
            _parent_id_type_0 = _parent_id
            try:
                parent_id_type_0 = parse_uuid(_parent_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _parent_id_type_0, "parent_id") from None

            parent_id = parent_id_type_0
        else:
            raise FieldError("UUID string or null", _parent_id, "parent_id")

        if parent_id is UNSET:
            n__absent += 1

        position = d.get("position", UNSET)
        if not (type(position) is int or position is None):
            if position is UNSET:
                n__absent += 1
            elif not (isinstance(position, int) and position is not True and position is not False or position is None):
                raise FieldError("integer or null", position, "position")

        seo_description = d.get("seo_description", UNSET)
        if not (type(seo_description) is str or seo_description is None):
            if seo_description is UNSET:
                n__absent += 1
            elif not (isinstance(seo_description, str) or seo_description is None):
                raise FieldError("string or null", seo_description, "seo_description")

        seo_title = d.get("seo_title", UNSET)
        if not (type(seo_title) is str or seo_title is None):
            if seo_title is UNSET:
                n__absent += 1
            elif not (isinstance(seo_title, str) or seo_title is None):
                raise FieldError("string or null", seo_title, "seo_title")

        show_in_store = d.get("show_in_store", UNSET)
        if not (show_in_store is True or show_in_store is False):
            if show_in_store is UNSET:
                n__absent += 1
            elif not isinstance(show_in_store, bool):
                raise FieldError("boolean", show_in_store, "show_in_store")

        slug = d.get("slug", UNSET)
        if not (type(slug) is str):
            if slug is UNSET:
                n__absent += 1
            elif not isinstance(slug, str):
                raise FieldError("string", slug, "slug")

        system = d.get("system", UNSET)
        if not (system is True or system is False):
            if system is UNSET:
                n__absent += 1
            elif not isinstance(system, bool):
                raise FieldError("boolean", system, "system")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        _all_children = d.get("all_children", UNSET)
        all_children: list[Any] | Unset = UNSET
        if isinstance(_all_children, list):
            all_children = _all_children
        elif _all_children is not UNSET:
            raise FieldError("array", _all_children, "all_children")

        if all_children is UNSET:
            n__absent += 1

        _all_parents = d.get("all_parents", UNSET)
        all_parents: list[Any] | Unset = UNSET
        if isinstance(_all_parents, list):
            all_parents = _all_parents
        elif _all_parents is not UNSET:
            raise FieldError("array", _all_parents, "all_parents")

        if all_parents is UNSET:
            n__absent += 1

        create_url_redirect = d.get("create_url_redirect", UNSET)
        if not (create_url_redirect is True or create_url_redirect is False):
            if create_url_redirect is UNSET:
                n__absent += 1
            elif not isinstance(create_url_redirect, bool):
                raise FieldError("boolean", create_url_redirect, "create_url_redirect")

        external_image_url = d.get("external_image_url", UNSET)
        if not (type(external_image_url) is str):
            if external_image_url is UNSET:
                n__absent += 1
            elif not isinstance(external_image_url, str):
                raise FieldError("string", external_image_url, "external_image_url")

        _hierarchical_name = d.get("hierarchical_name", UNSET)
        hierarchical_name: list[str] | Unset = UNSET
        if isinstance(_hierarchical_name, list):
            for hierarchical_name_item in _hierarchical_name:
                if not (type(hierarchical_name_item) is str) and not isinstance(hierarchical_name_item, str):
                    raise FieldError(
                        "string",
                        hierarchical_name_item,
                        _position(_hierarchical_name, hierarchical_name_item),
                        "hierarchical_name",
                    )
            hierarchical_name = _hierarchical_name
        elif _hierarchical_name is not UNSET:
            raise FieldError("array", _hierarchical_name, "hierarchical_name")

        if hierarchical_name is UNSET:
            n__absent += 1

        image_base64 = d.get("image_base64", UNSET)
        if not (type(image_base64) is str):
            if image_base64 is UNSET:
                n__absent += 1
            elif not isinstance(image_base64, str):
                raise FieldError("string", image_base64, "image_base64")

        remote_image_url = d.get("remote_image_url", UNSET)
        if not (type(remote_image_url) is str):
            if remote_image_url is UNSET:
                n__absent += 1
            elif not isinstance(remote_image_url, str):
                raise FieldError("string", remote_image_url, "remote_image_url")

        remove_image = d.get("remove_image", UNSET)
        if not (remove_image is True or remove_image is False):
            if remove_image is UNSET:
                n__absent += 1
            elif not isinstance(remove_image, bool):
                raise FieldError("boolean", remove_image, "remove_image")

        if cls is _plain__class:
            collection_attributes = _new__object(cls)
            collection_attributes.collection_type = collection_type
            collection_attributes.created_at = created_at
            collection_attributes.depth = depth
            collection_attributes.description = description
            collection_attributes.image_large_url = image_large_url
            collection_attributes.image_url = image_url
            collection_attributes.item_count = item_count
            collection_attributes.name = name
            collection_attributes.parent_id = parent_id
            collection_attributes.position = position
            collection_attributes.seo_description = seo_description
            collection_attributes.seo_title = seo_title
            collection_attributes.show_in_store = show_in_store
            collection_attributes.slug = slug
            collection_attributes.system = system
            collection_attributes.updated_at = updated_at
            collection_attributes.all_children = all_children
            collection_attributes.all_parents = all_parents
            collection_attributes.create_url_redirect = create_url_redirect
            collection_attributes.external_image_url = external_image_url
            collection_attributes.hierarchical_name = hierarchical_name
            collection_attributes.image_base64 = image_base64
            collection_attributes.remote_image_url = remote_image_url
            collection_attributes.remove_image = remove_image
            collection_attributes.additional_properties = {}
        else:
            collection_attributes = cls(
                collection_type,
                created_at,
                depth,
                description,
                image_large_url,
                image_url,
                item_count,
                name,
                parent_id,
                position,
                seo_description,
                seo_title,
                show_in_store,
                slug,
                system,
                updated_at,
                all_children,
                all_parents,
                create_url_redirect,
                external_image_url,
                hierarchical_name,
                image_base64,
                remote_image_url,
                remove_image,
            )
        if len(d) + n__absent != 24:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "collection_type",
                    "created_at",
                    "depth",
                    "description",
                    "image_large_url",
                    "image_url",
                    "item_count",
                    "name",
                    "parent_id",
                    "position",
                    "seo_description",
                    "seo_title",
                    "show_in_store",
                    "slug",
                    "system",
                    "updated_at",
                    "all_children",
                    "all_parents",
                    "create_url_redirect",
                    "external_image_url",
                    "hierarchical_name",
                    "image_base64",
                    "remote_image_url",
                    "remove_image",
                }
            }
            collection_attributes.additional_properties = extra__props
        return collection_attributes

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


_plain__class: type[CollectionAttributes] | None = (
    CollectionAttributes
    if {field.name for field in _attrs_fields(CollectionAttributes)}
    == {
        "collection_type",
        "created_at",
        "depth",
        "description",
        "image_large_url",
        "image_url",
        "item_count",
        "name",
        "parent_id",
        "position",
        "seo_description",
        "seo_title",
        "show_in_store",
        "slug",
        "system",
        "updated_at",
        "all_children",
        "all_parents",
        "create_url_redirect",
        "external_image_url",
        "hierarchical_name",
        "image_base64",
        "remote_image_url",
        "remove_image",
        "additional_properties",
    }
    and not hasattr(CollectionAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
