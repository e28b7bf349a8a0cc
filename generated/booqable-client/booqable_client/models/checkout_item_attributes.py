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

T = TypeVar("T", bound="CheckoutItemAttributes")


@_attrs_define
class CheckoutItemAttributes:
    """Attributes of a checkout item as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            content (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            created_at (datetime.datetime | Unset): When the record was created.
            default_property_id (None | Unset | UUID): ID of the related default property.
            deletable (bool | Unset):
            image_alt_text (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            image_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            item_type (str | Unset):
            name (str | Unset):
            pickup_requires_billing_address (bool | None | Unset): Unverified: the examples show `null`, which the field
                list does not allow.
            position (int | Unset):
            required (bool | Unset):
            system (bool | Unset):
            tooltip (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            updated_at (datetime.datetime | Unset): When the record last changed.
            image_base64 (str | Unset):
            remove_image (bool | Unset):
    """

    content: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    default_property_id: None | Unset | UUID = UNSET
    deletable: bool | Unset = UNSET
    image_alt_text: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    item_type: str | Unset = UNSET
    name: str | Unset = UNSET
    pickup_requires_billing_address: bool | None | Unset = UNSET
    position: int | Unset = UNSET
    required: bool | Unset = UNSET
    system: bool | Unset = UNSET
    tooltip: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    image_base64: str | Unset = UNSET
    remove_image: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content
        if content is not UNSET:
            field_dict["content"] = content
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        default_property_id: None | str | Unset
        if isinstance(self.default_property_id, Unset):
            default_property_id = UNSET
        elif isinstance(self.default_property_id, UUID):
            default_property_id = str(self.default_property_id)
        else:
            default_property_id = self.default_property_id
        if default_property_id is not UNSET:
            field_dict["default_property_id"] = default_property_id
        deletable = self.deletable
        if deletable is not UNSET:
            field_dict["deletable"] = deletable
        image_alt_text: None | str | Unset
        if isinstance(self.image_alt_text, Unset):
            image_alt_text = UNSET
        else:
            image_alt_text = self.image_alt_text
        if image_alt_text is not UNSET:
            field_dict["image_alt_text"] = image_alt_text
        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        item_type = self.item_type
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        pickup_requires_billing_address: bool | None | Unset
        if isinstance(self.pickup_requires_billing_address, Unset):
            pickup_requires_billing_address = UNSET
        else:
            pickup_requires_billing_address = self.pickup_requires_billing_address
        if pickup_requires_billing_address is not UNSET:
            field_dict["pickup_requires_billing_address"] = pickup_requires_billing_address
        position = self.position
        if position is not UNSET:
            field_dict["position"] = position
        required = self.required
        if required is not UNSET:
            field_dict["required"] = required
        system = self.system
        if system is not UNSET:
            field_dict["system"] = system
        tooltip: None | str | Unset
        if isinstance(self.tooltip, Unset):
            tooltip = UNSET
        else:
            tooltip = self.tooltip
        if tooltip is not UNSET:
            field_dict["tooltip"] = tooltip
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        image_base64 = self.image_base64
        if image_base64 is not UNSET:
            field_dict["image_base64"] = image_base64
        remove_image = self.remove_image
        if remove_image is not UNSET:
            field_dict["remove_image"] = remove_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CheckoutItemAttributes)", d)
            d = dict(d)
        n__absent = 0
        content = d.get("content", UNSET)
        if not (type(content) is str or content is None):
            if content is UNSET:
                n__absent += 1
            elif not (isinstance(content, str) or content is None):
                raise FieldError("string or null", content, "content")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        _default_property_id = d.get("default_property_id", UNSET)
        default_property_id: None | Unset | UUID
        if _default_property_id is None or _default_property_id is UNSET:
            default_property_id = _default_property_id
        elif isinstance(_default_property_id, str):
            _default_property_id_type_0 = _default_property_id
            try:
                default_property_id_type_0 = parse_uuid(_default_property_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _default_property_id_type_0, "default_property_id") from None

            default_property_id = default_property_id_type_0
        else:
            raise FieldError("UUID string or null", _default_property_id, "default_property_id")

        if default_property_id is UNSET:
            n__absent += 1

        deletable = d.get("deletable", UNSET)
        if not (deletable is True or deletable is False):
            if deletable is UNSET:
                n__absent += 1
            elif not isinstance(deletable, bool):
                raise FieldError("boolean", deletable, "deletable")

        image_alt_text = d.get("image_alt_text", UNSET)
        if not (type(image_alt_text) is str or image_alt_text is None):
            if image_alt_text is UNSET:
                n__absent += 1
            elif not (isinstance(image_alt_text, str) or image_alt_text is None):
                raise FieldError("string or null", image_alt_text, "image_alt_text")

        image_url = d.get("image_url", UNSET)
        if not (type(image_url) is str or image_url is None):
            if image_url is UNSET:
                n__absent += 1
            elif not (isinstance(image_url, str) or image_url is None):
                raise FieldError("string or null", image_url, "image_url")

        item_type = d.get("item_type", UNSET)
        if not (type(item_type) is str):
            if item_type is UNSET:
                n__absent += 1
            elif not isinstance(item_type, str):
                raise FieldError("string", item_type, "item_type")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        pickup_requires_billing_address = d.get("pickup_requires_billing_address", UNSET)
        if not (
            (pickup_requires_billing_address is True or pickup_requires_billing_address is False)
            or pickup_requires_billing_address is None
        ):
            if pickup_requires_billing_address is UNSET:
                n__absent += 1
            elif not (isinstance(pickup_requires_billing_address, bool) or pickup_requires_billing_address is None):
                raise FieldError("boolean or null", pickup_requires_billing_address, "pickup_requires_billing_address")

        position = d.get("position", UNSET)
        if not (type(position) is int):
            if position is UNSET:
                n__absent += 1
            elif not (isinstance(position, int) and position is not True and position is not False):
                raise FieldError("integer", position, "position")

        required = d.get("required", UNSET)
        if not (required is True or required is False):
            if required is UNSET:
                n__absent += 1
            elif not isinstance(required, bool):
                raise FieldError("boolean", required, "required")

        system = d.get("system", UNSET)
        if not (system is True or system is False):
            if system is UNSET:
                n__absent += 1
            elif not isinstance(system, bool):
                raise FieldError("boolean", system, "system")

        tooltip = d.get("tooltip", UNSET)
        if not (type(tooltip) is str or tooltip is None):
            if tooltip is UNSET:
                n__absent += 1
            elif not (isinstance(tooltip, str) or tooltip is None):
                raise FieldError("string or null", tooltip, "tooltip")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        image_base64 = d.get("image_base64", UNSET)
        if not (type(image_base64) is str):
            if image_base64 is UNSET:
                n__absent += 1
            elif not isinstance(image_base64, str):
                raise FieldError("string", image_base64, "image_base64")

        remove_image = d.get("remove_image", UNSET)
        if not (remove_image is True or remove_image is False):
            if remove_image is UNSET:
                n__absent += 1
            elif not isinstance(remove_image, bool):
                raise FieldError("boolean", remove_image, "remove_image")

        if cls is _plain__class:
            checkout_item_attributes = _new__object(cls)
            checkout_item_attributes.content = content
            checkout_item_attributes.created_at = created_at
            checkout_item_attributes.default_property_id = default_property_id
            checkout_item_attributes.deletable = deletable
            checkout_item_attributes.image_alt_text = image_alt_text
            checkout_item_attributes.image_url = image_url
            checkout_item_attributes.item_type = item_type
            checkout_item_attributes.name = name
            checkout_item_attributes.pickup_requires_billing_address = pickup_requires_billing_address
            checkout_item_attributes.position = position
            checkout_item_attributes.required = required
            checkout_item_attributes.system = system
            checkout_item_attributes.tooltip = tooltip
            checkout_item_attributes.updated_at = updated_at
            checkout_item_attributes.image_base64 = image_base64
            checkout_item_attributes.remove_image = remove_image
            checkout_item_attributes.additional_properties = {}
        else:
            checkout_item_attributes = cls(
                content,
                created_at,
                default_property_id,
                deletable,
                image_alt_text,
                image_url,
                item_type,
                name,
                pickup_requires_billing_address,
                position,
                required,
                system,
                tooltip,
                updated_at,
                image_base64,
                remove_image,
            )
        if len(d) + n__absent != 16:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "content",
                    "created_at",
                    "default_property_id",
                    "deletable",
                    "image_alt_text",
                    "image_url",
                    "item_type",
                    "name",
                    "pickup_requires_billing_address",
                    "position",
                    "required",
                    "system",
                    "tooltip",
                    "updated_at",
                    "image_base64",
                    "remove_image",
                }
            }
            checkout_item_attributes.additional_properties = extra__props
        return checkout_item_attributes

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


_plain__class: type[CheckoutItemAttributes] | None = (
    CheckoutItemAttributes
    if {field.name for field in _attrs_fields(CheckoutItemAttributes)}
    == {
        "content",
        "created_at",
        "default_property_id",
        "deletable",
        "image_alt_text",
        "image_url",
        "item_type",
        "name",
        "pickup_requires_billing_address",
        "position",
        "required",
        "system",
        "tooltip",
        "updated_at",
        "image_base64",
        "remove_image",
        "additional_properties",
    }
    and not hasattr(CheckoutItemAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
