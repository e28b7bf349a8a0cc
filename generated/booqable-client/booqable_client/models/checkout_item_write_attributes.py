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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        content = self.content
        if content is not UNSET:
            field_dict["content"] = content
        default_property_id: None | str | Unset
        if isinstance(self.default_property_id, Unset):
            default_property_id = UNSET
        elif isinstance(self.default_property_id, UUID):
            default_property_id = str(self.default_property_id)
        else:
            default_property_id = self.default_property_id
        if default_property_id is not UNSET:
            field_dict["default_property_id"] = default_property_id
        image_alt_text = self.image_alt_text
        if image_alt_text is not UNSET:
            field_dict["image_alt_text"] = image_alt_text
        image_base64 = self.image_base64
        if image_base64 is not UNSET:
            field_dict["image_base64"] = image_base64
        item_type = self.item_type
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        pickup_requires_billing_address = self.pickup_requires_billing_address
        if pickup_requires_billing_address is not UNSET:
            field_dict["pickup_requires_billing_address"] = pickup_requires_billing_address
        position = self.position
        if position is not UNSET:
            field_dict["position"] = position
        remove_image = self.remove_image
        if remove_image is not UNSET:
            field_dict["remove_image"] = remove_image
        tooltip = self.tooltip
        if tooltip is not UNSET:
            field_dict["tooltip"] = tooltip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CheckoutItemWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        content = d.get("content", UNSET)
        if not (type(content) is str):
            if content is UNSET:
                n__absent += 1
            elif not isinstance(content, str):
                raise FieldError("string", content, "content")

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

        image_alt_text = d.get("image_alt_text", UNSET)
        if not (type(image_alt_text) is str):
            if image_alt_text is UNSET:
                n__absent += 1
            elif not isinstance(image_alt_text, str):
                raise FieldError("string", image_alt_text, "image_alt_text")

        image_base64 = d.get("image_base64", UNSET)
        if not (type(image_base64) is str):
            if image_base64 is UNSET:
                n__absent += 1
            elif not isinstance(image_base64, str):
                raise FieldError("string", image_base64, "image_base64")

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
        if not (pickup_requires_billing_address is True or pickup_requires_billing_address is False):
            if pickup_requires_billing_address is UNSET:
                n__absent += 1
            elif not isinstance(pickup_requires_billing_address, bool):
                raise FieldError("boolean", pickup_requires_billing_address, "pickup_requires_billing_address")

        position = d.get("position", UNSET)
        if not (type(position) is int):
            if position is UNSET:
                n__absent += 1
            elif not (isinstance(position, int) and position is not True and position is not False):
                raise FieldError("integer", position, "position")

        remove_image = d.get("remove_image", UNSET)
        if not (remove_image is True or remove_image is False):
            if remove_image is UNSET:
                n__absent += 1
            elif not isinstance(remove_image, bool):
                raise FieldError("boolean", remove_image, "remove_image")

        tooltip = d.get("tooltip", UNSET)
        if not (type(tooltip) is str):
            if tooltip is UNSET:
                n__absent += 1
            elif not isinstance(tooltip, str):
                raise FieldError("string", tooltip, "tooltip")

        if cls is _plain__class:
            checkout_item_write_attributes = _new__object(cls)
            checkout_item_write_attributes.content = content
            checkout_item_write_attributes.default_property_id = default_property_id
            checkout_item_write_attributes.image_alt_text = image_alt_text
            checkout_item_write_attributes.image_base64 = image_base64
            checkout_item_write_attributes.item_type = item_type
            checkout_item_write_attributes.name = name
            checkout_item_write_attributes.pickup_requires_billing_address = pickup_requires_billing_address
            checkout_item_write_attributes.position = position
            checkout_item_write_attributes.remove_image = remove_image
            checkout_item_write_attributes.tooltip = tooltip
            checkout_item_write_attributes.additional_properties = {}
        else:
            checkout_item_write_attributes = cls(
                content,
                default_property_id,
                image_alt_text,
                image_base64,
                item_type,
                name,
                pickup_requires_billing_address,
                position,
                remove_image,
                tooltip,
            )
        if len(d) + n__absent != 10:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "content",
                    "default_property_id",
                    "image_alt_text",
                    "image_base64",
                    "item_type",
                    "name",
                    "pickup_requires_billing_address",
                    "position",
                    "remove_image",
                    "tooltip",
                }
            }
            checkout_item_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr

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


_plain__class: type[CheckoutItemWriteAttributes] | None = (
    CheckoutItemWriteAttributes
    if {field.name for field in _attrs_fields(CheckoutItemWriteAttributes)}
    == {
        "content",
        "default_property_id",
        "image_alt_text",
        "image_base64",
        "item_type",
        "name",
        "pickup_requires_billing_address",
        "position",
        "remove_image",
        "tooltip",
        "additional_properties",
    }
    and not hasattr(CheckoutItemWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
