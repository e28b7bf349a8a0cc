from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutItemWriteAttributes")


@_attrs_define
class CheckoutItemWriteAttributes:
    """Attributes that can be sent when creating or updating a checkout item.

    Attributes:
        content (str | Unset):
        default_property_id (None | Unset | UUID): ID of the related default property.
        image_alt_text (str | Unset):
        image_base64 (str | Unset):
        item_type (str | Unset):
        name (str | Unset):
        pickup_requires_billing_address (bool | Unset):
        position (int | Unset):
        remove_image (bool | Unset):
        tooltip (str | Unset):
    """

    content: str | Unset = UNSET
    default_property_id: None | Unset | UUID = UNSET
    image_alt_text: str | Unset = UNSET
    image_base64: str | Unset = UNSET
    item_type: str | Unset = UNSET
    name: str | Unset = UNSET
    pickup_requires_billing_address: bool | Unset = UNSET
    position: int | Unset = UNSET
    remove_image: bool | Unset = UNSET
    tooltip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        default_property_id: None | str | Unset
        if isinstance(self.default_property_id, Unset):
            default_property_id = UNSET
        elif isinstance(self.default_property_id, UUID):
            default_property_id = str(self.default_property_id)
        else:
            default_property_id = self.default_property_id

        image_alt_text = self.image_alt_text

        image_base64 = self.image_base64

        item_type = self.item_type

        name = self.name

        pickup_requires_billing_address = self.pickup_requires_billing_address

        position = self.position

        remove_image = self.remove_image

        tooltip = self.tooltip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if default_property_id is not UNSET:
            field_dict["default_property_id"] = default_property_id
        if image_alt_text is not UNSET:
            field_dict["image_alt_text"] = image_alt_text
        if image_base64 is not UNSET:
            field_dict["image_base64"] = image_base64
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
        if tooltip is not UNSET:
            field_dict["tooltip"] = tooltip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CheckoutItemWriteAttributes)", src_dict)
        d = dict(src_dict)
        content = d.pop("content", UNSET)
        if not isinstance(content, str) and content is not UNSET:
            raise FieldError("string", content, "content")

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

        image_alt_text = d.pop("image_alt_text", UNSET)
        if not isinstance(image_alt_text, str) and image_alt_text is not UNSET:
            raise FieldError("string", image_alt_text, "image_alt_text")

        image_base64 = d.pop("image_base64", UNSET)
        if not isinstance(image_base64, str) and image_base64 is not UNSET:
            raise FieldError("string", image_base64, "image_base64")

        item_type = d.pop("item_type", UNSET)
        if not isinstance(item_type, str) and item_type is not UNSET:
            raise FieldError("string", item_type, "item_type")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        pickup_requires_billing_address = d.pop("pickup_requires_billing_address", UNSET)
        if not isinstance(pickup_requires_billing_address, bool) and pickup_requires_billing_address is not UNSET:
            raise FieldError("boolean", pickup_requires_billing_address, "pickup_requires_billing_address")

        position = d.pop("position", UNSET)
        if not (isinstance(position, int) and position is not True and position is not False) and position is not UNSET:
            raise FieldError("integer", position, "position")

        remove_image = d.pop("remove_image", UNSET)
        if not isinstance(remove_image, bool) and remove_image is not UNSET:
            raise FieldError("boolean", remove_image, "remove_image")

        tooltip = d.pop("tooltip", UNSET)
        if not isinstance(tooltip, str) and tooltip is not UNSET:
            raise FieldError("string", tooltip, "tooltip")

        checkout_item_write_attributes = cls(
            content=content,
            default_property_id=default_property_id,
            image_alt_text=image_alt_text,
            image_base64=image_base64,
            item_type=item_type,
            name=name,
            pickup_requires_billing_address=pickup_requires_billing_address,
            position=position,
            remove_image=remove_image,
            tooltip=tooltip,
        )

        checkout_item_write_attributes.additional_properties = d
        return checkout_item_write_attributes

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
        from ..models.default_property import DefaultProperty

    def relate(
        self,
        *,
        default_property: DefaultProperty | None | Unset = UNSET,
    ) -> CheckoutItemWriteAttributes:
        """Point this checkout item at related records, by model: each keyword sets an id attribute.

        `default_property=` sets `default_property_id` (`None` clears it).
        Returns this object, so it can be written inline."""
        if not isinstance(default_property, Unset):
            self.default_property_id = None if default_property is None else default_property.id
        return self
