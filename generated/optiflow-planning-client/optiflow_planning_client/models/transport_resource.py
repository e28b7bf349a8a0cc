from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data import CustomData

_refs__resolved = False
_from_dict__CustomData: Callable[[Mapping[str, Any]], CustomData]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, CustomData  # noqa: PLW0603
    global _from_dict__CustomData  # noqa: PLW0603
    from ..models.custom_data import CustomData  # noqa: PLC0415

    _from_dict__CustomData = CustomData.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="TransportResource")


@_attrs_define
class TransportResource:
    """A vehicle used on a route.

    Attributes:
        business_id (str | Unset): Identifier of the transport resource. Example: TR-14.
        license_plate (str | Unset): Licence plate of the vehicle. Example: 2-QBD-124.
        custom_data (CustomData | Unset): Free key/value data the customer attached to the entity. Example:
            {'shop_manager': 'John Smith'}.
    """

    business_id: str | Unset = UNSET
    license_plate: str | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        business_id = self.business_id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        license_plate = self.license_plate
        if license_plate is not UNSET:
            field_dict["license_plate"] = license_plate
        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TransportResource)", d)
            d = dict(d)
        n__absent = 0
        business_id = d.get("business_id", UNSET)
        if not (type(business_id) is str):
            if business_id is UNSET:
                n__absent += 1
            elif not isinstance(business_id, str):
                raise FieldError("string", business_id, "business_id")

        license_plate = d.get("license_plate", UNSET)
        if not (type(license_plate) is str):
            if license_plate is UNSET:
                n__absent += 1
            elif not isinstance(license_plate, str):
                raise FieldError("string", license_plate, "license_plate")

        _custom_data = d.get("custom_data", UNSET)
        custom_data: CustomData | Unset = UNSET
        if _custom_data is not UNSET:
            try:
                custom_data = _from_dict__CustomData(_custom_data)
            except FieldError as field__error:
                field__error.segments.append("custom_data")
                raise

        if custom_data is UNSET:
            n__absent += 1

        if cls is _plain__class:
            transport_resource = _new__object(cls)
            transport_resource.business_id = business_id
            transport_resource.license_plate = license_plate
            transport_resource.custom_data = custom_data
            transport_resource.additional_properties = {}
        else:
            transport_resource = cls(
                business_id,
                license_plate,
                custom_data,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"business_id", "license_plate", "custom_data"}
            }
            transport_resource.additional_properties = extra__props
        return transport_resource

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


_plain__class: type[TransportResource] | None = (
    TransportResource
    if {field.name for field in _attrs_fields(TransportResource)}
    == {"business_id", "license_plate", "custom_data", "additional_properties"}
    and not hasattr(TransportResource, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
