from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutItemAttributes")


@_attrs_define
class CheckoutItemAttributes:
    """Attributes of a checkout item as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            content (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            created_at (datetime.datetime | Unset): When the record was created.
            default_property_id (None | Unset | UUID): ID of the related default property.
            deletable (bool | Unset):
            image_alt_text (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            image_base64 (str | Unset):
            image_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            item_type (str | Unset):
            name (str | Unset):
            pickup_requires_billing_address (bool | None | Unset): Unverified: the examples show `null`, which the field
                list does not allow.
            position (int | Unset):
            remove_image (bool | Unset):
            required (bool | Unset):
            system (bool | Unset):
            tooltip (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    content: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    default_property_id: None | Unset | UUID = UNSET
    deletable: bool | Unset = UNSET
    image_alt_text: None | str | Unset = UNSET
    image_base64: str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    item_type: str | Unset = UNSET
    name: str | Unset = UNSET
    pickup_requires_billing_address: bool | None | Unset = UNSET
    position: int | Unset = UNSET
    remove_image: bool | Unset = UNSET
    required: bool | Unset = UNSET
    system: bool | Unset = UNSET
    tooltip: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        default_property_id: None | str | Unset
        if isinstance(self.default_property_id, Unset):
            default_property_id = UNSET
        elif isinstance(self.default_property_id, UUID):
            default_property_id = str(self.default_property_id)
        else:
            default_property_id = self.default_property_id

        deletable = self.deletable

        image_alt_text: None | str | Unset
        if isinstance(self.image_alt_text, Unset):
            image_alt_text = UNSET
        else:
            image_alt_text = self.image_alt_text

        image_base64 = self.image_base64

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        item_type = self.item_type

        name = self.name

        pickup_requires_billing_address: bool | None | Unset
        if isinstance(self.pickup_requires_billing_address, Unset):
            pickup_requires_billing_address = UNSET
        else:
            pickup_requires_billing_address = self.pickup_requires_billing_address

        position = self.position

        remove_image = self.remove_image

        required = self.required

        system = self.system

        tooltip: None | str | Unset
        if isinstance(self.tooltip, Unset):
            tooltip = UNSET
        else:
            tooltip = self.tooltip

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if default_property_id is not UNSET:
            field_dict["default_property_id"] = default_property_id
        if deletable is not UNSET:
            field_dict["deletable"] = deletable
        if image_alt_text is not UNSET:
            field_dict["image_alt_text"] = image_alt_text
        if image_base64 is not UNSET:
            field_dict["image_base64"] = image_base64
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if name is not UNSET:
            field_dict["name"] = name
        if pickup_requires_billing_address is not UNSET:
            field_dict["pickup_requires_billing_address"] = pickup_requires_billing_address
        if position is not UNSET:
            field_dict["position"] = position
        if remove_image is not UNSET:
            field_dict["remove_image"] = remove_image
        if required is not UNSET:
            field_dict["required"] = required
        if system is not UNSET:
            field_dict["system"] = system
        if tooltip is not UNSET:
            field_dict["tooltip"] = tooltip
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CheckoutItemAttributes)", src_dict)
        d = dict(src_dict)
        content = d.pop("content", UNSET)
        if not (isinstance(content, str) or content is None) and content is not UNSET:
            raise FieldError("string or null", content, "content")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        _default_property_id = d.pop("default_property_id", UNSET)
        default_property_id: None | Unset | UUID
        if _default_property_id is None or _default_property_id is UNSET:
            default_property_id = _default_property_id
        elif isinstance(_default_property_id, str):
            _default_property_id_type_0 = _default_property_id
            try:
                default_property_id_type_0 = UUID(_default_property_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _default_property_id_type_0, "default_property_id") from None

            default_property_id = default_property_id_type_0
        else:
            raise FieldError("UUID string or null", _default_property_id, "default_property_id")

        deletable = d.pop("deletable", UNSET)
        if not isinstance(deletable, bool) and deletable is not UNSET:
            raise FieldError("boolean", deletable, "deletable")

        image_alt_text = d.pop("image_alt_text", UNSET)
        if not (isinstance(image_alt_text, str) or image_alt_text is None) and image_alt_text is not UNSET:
            raise FieldError("string or null", image_alt_text, "image_alt_text")

        image_base64 = d.pop("image_base64", UNSET)
        if not isinstance(image_base64, str) and image_base64 is not UNSET:
            raise FieldError("string", image_base64, "image_base64")

        image_url = d.pop("image_url", UNSET)
        if not (isinstance(image_url, str) or image_url is None) and image_url is not UNSET:
            raise FieldError("string or null", image_url, "image_url")

        item_type = d.pop("item_type", UNSET)
        if not isinstance(item_type, str) and item_type is not UNSET:
            raise FieldError("string", item_type, "item_type")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        pickup_requires_billing_address = d.pop("pickup_requires_billing_address", UNSET)
        if (
            not (isinstance(pickup_requires_billing_address, bool) or pickup_requires_billing_address is None)
            and pickup_requires_billing_address is not UNSET
        ):
            raise FieldError("boolean or null", pickup_requires_billing_address, "pickup_requires_billing_address")

        position = d.pop("position", UNSET)
        if not (isinstance(position, int) and position is not True and position is not False) and position is not UNSET:
            raise FieldError("integer", position, "position")

        remove_image = d.pop("remove_image", UNSET)
        if not isinstance(remove_image, bool) and remove_image is not UNSET:
            raise FieldError("boolean", remove_image, "remove_image")

        required = d.pop("required", UNSET)
        if not isinstance(required, bool) and required is not UNSET:
            raise FieldError("boolean", required, "required")

        system = d.pop("system", UNSET)
        if not isinstance(system, bool) and system is not UNSET:
            raise FieldError("boolean", system, "system")

        tooltip = d.pop("tooltip", UNSET)
        if not (isinstance(tooltip, str) or tooltip is None) and tooltip is not UNSET:
            raise FieldError("string or null", tooltip, "tooltip")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        checkout_item_attributes = cls(
            content=content,
            created_at=created_at,
            default_property_id=default_property_id,
            deletable=deletable,
            image_alt_text=image_alt_text,
            image_base64=image_base64,
            image_url=image_url,
            item_type=item_type,
            name=name,
            pickup_requires_billing_address=pickup_requires_billing_address,
            position=position,
            remove_image=remove_image,
            required=required,
            system=system,
            tooltip=tooltip,
            updated_at=updated_at,
        )

        checkout_item_attributes.additional_properties = d
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
