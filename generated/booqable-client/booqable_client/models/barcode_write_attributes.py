from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.barcode_owner_type import BarcodeOwnerType
from ..models.barcode_type import BarcodeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BarcodeWriteAttributes")


@_attrs_define
class BarcodeWriteAttributes:
    """Attributes that can be sent when creating or updating a barcode.

    Attributes:
        barcode_type (BarcodeType | Unset): Values of `barcode_type` on barcodes.
        number (str | Unset):
        owner_id (UUID | Unset): ID of the related owner. Can only be set when the record is created.
        owner_type (BarcodeOwnerType | Unset): Values of `owner_type` on barcodes.
    """

    barcode_type: BarcodeType | Unset = UNSET
    number: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    owner_type: BarcodeOwnerType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        barcode_type: str | Unset = UNSET
        if not isinstance(self.barcode_type, Unset):
            barcode_type = self.barcode_type.value

        if barcode_type is not UNSET:
            field_dict["barcode_type"] = barcode_type
        number = self.number
        if number is not UNSET:
            field_dict["number"] = number
        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type.value

        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BarcodeWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        _barcode_type = d.get("barcode_type", UNSET)
        barcode_type: BarcodeType | Unset = UNSET
        if type(_barcode_type) is str:
            barcode_type = BarcodeType._by__value.get(_barcode_type) or BarcodeType(_barcode_type)
        elif isinstance(_barcode_type, str):
            barcode_type = BarcodeType(_barcode_type)
        elif _barcode_type is not UNSET:
            raise FieldError("string (BarcodeType)", _barcode_type, "barcode_type")

        if barcode_type is UNSET:
            n__absent += 1

        number = d.get("number", UNSET)
        if not (type(number) is str):
            if number is UNSET:
                n__absent += 1
            elif not isinstance(number, str):
                raise FieldError("string", number, "number")

        _owner_id = d.get("owner_id", UNSET)
        owner_id: UUID | Unset = UNSET
        if _owner_id is not UNSET:
            try:
                owner_id = parse_uuid(_owner_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _owner_id, "owner_id") from None

        if owner_id is UNSET:
            n__absent += 1

        _owner_type = d.get("owner_type", UNSET)
        owner_type: BarcodeOwnerType | Unset = UNSET
        if type(_owner_type) is str:
            owner_type = BarcodeOwnerType._by__value.get(_owner_type) or BarcodeOwnerType(_owner_type)
        elif isinstance(_owner_type, str):
            owner_type = BarcodeOwnerType(_owner_type)
        elif _owner_type is not UNSET:
            raise FieldError("string (BarcodeOwnerType)", _owner_type, "owner_type")

        if owner_type is UNSET:
            n__absent += 1

        if cls is _plain__class:
            barcode_write_attributes = _new__object(cls)
            barcode_write_attributes.barcode_type = barcode_type
            barcode_write_attributes.number = number
            barcode_write_attributes.owner_id = owner_id
            barcode_write_attributes.owner_type = owner_type
            barcode_write_attributes.additional_properties = {}
        else:
            barcode_write_attributes = cls(
                barcode_type,
                number,
                owner_id,
                owner_type,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"barcode_type", "number", "owner_id", "owner_type"}
            }
            barcode_write_attributes.additional_properties = extra__props
        return barcode_write_attributes

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


_plain__class: type[BarcodeWriteAttributes] | None = (
    BarcodeWriteAttributes
    if {field.name for field in _attrs_fields(BarcodeWriteAttributes)}
    == {"barcode_type", "number", "owner_id", "owner_type", "additional_properties"}
    and not hasattr(BarcodeWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
