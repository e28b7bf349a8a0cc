from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..models.operation_generate_barcode_data_data_barcode_type import OperationGenerateBarcodeDataDataBarcodeType
from ..models.operation_generate_barcode_data_data_for import OperationGenerateBarcodeDataDataFor
from ..models.operation_generate_barcode_data_data_target_type import OperationGenerateBarcodeDataDataTargetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationGenerateBarcodeDataData")


@_attrs_define
class OperationGenerateBarcodeDataData:
    """What the operation works on; which keys are required is not documented beyond `target_type` and `target_ids`.

    Attributes:
        target_type (OperationGenerateBarcodeDataDataTargetType):
        target_ids (Sequence[str]): IDs of the records. Listed as UUIDs, but the examples use short numbers such as
            `"123"`, so any text is accepted.
        for_ (OperationGenerateBarcodeDataDataFor | Unset):
        barcode_type (OperationGenerateBarcodeDataDataBarcodeType | Unset):
    """

    target_type: OperationGenerateBarcodeDataDataTargetType
    target_ids: Sequence[str]
    for_: OperationGenerateBarcodeDataDataFor | Unset = UNSET
    barcode_type: OperationGenerateBarcodeDataDataBarcodeType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        target_type = self.target_type.value
        field_dict["target_type"] = target_type
        target_ids = list(self.target_ids)

        field_dict["target_ids"] = target_ids
        for_: str | Unset = UNSET
        if not isinstance(self.for_, Unset):
            for_ = self.for_.value

        if for_ is not UNSET:
            field_dict["for"] = for_
        barcode_type: str | Unset = UNSET
        if not isinstance(self.barcode_type, Unset):
            barcode_type = self.barcode_type.value

        if barcode_type is not UNSET:
            field_dict["barcode_type"] = barcode_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OperationGenerateBarcodeDataData)", d)
            d = dict(d)
        n__absent = 0
        _target_type = d.get("target_type", UNSET)
        if type(_target_type) is str:
            target_type = OperationGenerateBarcodeDataDataTargetType._by__value.get(
                _target_type
            ) or OperationGenerateBarcodeDataDataTargetType(_target_type)
        elif isinstance(_target_type, str):
            target_type = OperationGenerateBarcodeDataDataTargetType(_target_type)
        else:
            raise FieldError("string (OperationGenerateBarcodeDataDataTargetType)", _target_type, "target_type")

        _target_ids = d.get("target_ids", UNSET)
        if isinstance(_target_ids, list):
            for target_ids_item in _target_ids:
                if not (type(target_ids_item) is str) and not isinstance(target_ids_item, str):
                    raise FieldError("string", target_ids_item, _position(_target_ids, target_ids_item), "target_ids")
            target_ids = _target_ids
        else:
            raise FieldError("array", _target_ids, "target_ids")

        _for_ = d.get("for", UNSET)
        for_: OperationGenerateBarcodeDataDataFor | Unset = UNSET
        if type(_for_) is str:
            for_ = OperationGenerateBarcodeDataDataFor._by__value.get(_for_) or OperationGenerateBarcodeDataDataFor(
                _for_
            )
        elif isinstance(_for_, str):
            for_ = OperationGenerateBarcodeDataDataFor(_for_)
        elif _for_ is not UNSET:
            raise FieldError("string (OperationGenerateBarcodeDataDataFor)", _for_, "for")

        if for_ is UNSET:
            n__absent += 1

        _barcode_type = d.get("barcode_type", UNSET)
        barcode_type: OperationGenerateBarcodeDataDataBarcodeType | Unset = UNSET
        if type(_barcode_type) is str:
            barcode_type = OperationGenerateBarcodeDataDataBarcodeType._by__value.get(
                _barcode_type
            ) or OperationGenerateBarcodeDataDataBarcodeType(_barcode_type)
        elif isinstance(_barcode_type, str):
            barcode_type = OperationGenerateBarcodeDataDataBarcodeType(_barcode_type)
        elif _barcode_type is not UNSET:
            raise FieldError("string (OperationGenerateBarcodeDataDataBarcodeType)", _barcode_type, "barcode_type")

        if barcode_type is UNSET:
            n__absent += 1

        if cls is _plain__class:
            operation_generate_barcode_data_data = _new__object(cls)
            operation_generate_barcode_data_data.target_type = target_type
            operation_generate_barcode_data_data.target_ids = target_ids
            operation_generate_barcode_data_data.for_ = for_
            operation_generate_barcode_data_data.barcode_type = barcode_type
            operation_generate_barcode_data_data.additional_properties = {}
        else:
            operation_generate_barcode_data_data = cls(
                target_type,
                target_ids,
                for_,
                barcode_type,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"target_type", "target_ids", "for", "barcode_type"}
            }
            operation_generate_barcode_data_data.additional_properties = extra__props
        return operation_generate_barcode_data_data

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


_plain__class: type[OperationGenerateBarcodeDataData] | None = (
    OperationGenerateBarcodeDataData
    if {field.name for field in _attrs_fields(OperationGenerateBarcodeDataData)}
    == {"target_type", "target_ids", "for_", "barcode_type", "additional_properties"}
    and not hasattr(OperationGenerateBarcodeDataData, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
