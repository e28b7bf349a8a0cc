from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET

T = TypeVar("T", bound="TransportResourceReference")


@_attrs_define
class TransportResourceReference:
    """Points at a transport resource by its business id.

    Attributes:
        business_id (str): Business id of an existing transport resource. Example: tractor-1.
    """

    business_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["business_id"] = self.business_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TransportResourceReference)", d)
            d = dict(d)
        business_id = d.get("business_id", UNSET)
        if not (type(business_id) is str) and not isinstance(business_id, str):
            raise FieldError("string", business_id, "business_id")

        if cls is _plain__class:
            transport_resource_reference = _new__object(cls)
            transport_resource_reference.business_id = business_id
            transport_resource_reference.additional_properties = {}
        else:
            transport_resource_reference = cls(
                business_id,
            )
        if len(d) != 1:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"business_id"}
            }
            transport_resource_reference.additional_properties = extra__props
        return transport_resource_reference

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


_plain__class: type[TransportResourceReference] | None = (
    TransportResourceReference
    if {field.name for field in _attrs_fields(TransportResourceReference)} == {"business_id", "additional_properties"}
    and not hasattr(TransportResourceReference, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
