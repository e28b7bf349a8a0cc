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
from ..models.operation_generate_document_data_data_document_extension import (
    OperationGenerateDocumentDataDataDocumentExtension,
)
from ..models.operation_generate_document_data_data_document_type import OperationGenerateDocumentDataDataDocumentType
from ..models.operation_generate_document_data_data_target_type import OperationGenerateDocumentDataDataTargetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationGenerateDocumentDataData")


@_attrs_define
class OperationGenerateDocumentDataData:
    """What the operation works on; which keys are required is not documented beyond `target_type` and `target_ids`.

    Attributes:
        target_type (OperationGenerateDocumentDataDataTargetType):
        target_ids (Sequence[str]): IDs of the records. Listed as UUIDs, but the examples use short numbers such as
            `"123"`, so any text is accepted.
        document_type (OperationGenerateDocumentDataDataDocumentType | Unset):
        document_extension (OperationGenerateDocumentDataDataDocumentExtension | Unset):
    """

    target_type: OperationGenerateDocumentDataDataTargetType
    target_ids: Sequence[str]
    document_type: OperationGenerateDocumentDataDataDocumentType | Unset = UNSET
    document_extension: OperationGenerateDocumentDataDataDocumentExtension | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        target_type = self.target_type.value
        field_dict["target_type"] = target_type
        target_ids = list(self.target_ids)

        field_dict["target_ids"] = target_ids
        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value

        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        document_extension: str | Unset = UNSET
        if not isinstance(self.document_extension, Unset):
            document_extension = self.document_extension.value

        if document_extension is not UNSET:
            field_dict["document_extension"] = document_extension

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OperationGenerateDocumentDataData)", d)
            d = dict(d)
        n__absent = 0
        _target_type = d.get("target_type", UNSET)
        if type(_target_type) is str:
            target_type = OperationGenerateDocumentDataDataTargetType._by__value.get(
                _target_type
            ) or OperationGenerateDocumentDataDataTargetType(_target_type)
        elif isinstance(_target_type, str):
            target_type = OperationGenerateDocumentDataDataTargetType(_target_type)
        else:
            raise FieldError("string (OperationGenerateDocumentDataDataTargetType)", _target_type, "target_type")

        _target_ids = d.get("target_ids", UNSET)
        if isinstance(_target_ids, list):
            for target_ids_item in _target_ids:
                if not (type(target_ids_item) is str) and not isinstance(target_ids_item, str):
                    raise FieldError("string", target_ids_item, _position(_target_ids, target_ids_item), "target_ids")
            target_ids = _target_ids
        else:
            raise FieldError("array", _target_ids, "target_ids")

        _document_type = d.get("document_type", UNSET)
        document_type: OperationGenerateDocumentDataDataDocumentType | Unset = UNSET
        if type(_document_type) is str:
            document_type = OperationGenerateDocumentDataDataDocumentType._by__value.get(
                _document_type
            ) or OperationGenerateDocumentDataDataDocumentType(_document_type)
        elif isinstance(_document_type, str):
            document_type = OperationGenerateDocumentDataDataDocumentType(_document_type)
        elif _document_type is not UNSET:
            raise FieldError("string (OperationGenerateDocumentDataDataDocumentType)", _document_type, "document_type")

        if document_type is UNSET:
            n__absent += 1

        _document_extension = d.get("document_extension", UNSET)
        document_extension: OperationGenerateDocumentDataDataDocumentExtension | Unset = UNSET
        if type(_document_extension) is str:
            document_extension = OperationGenerateDocumentDataDataDocumentExtension._by__value.get(
                _document_extension
            ) or OperationGenerateDocumentDataDataDocumentExtension(_document_extension)
        elif isinstance(_document_extension, str):
            document_extension = OperationGenerateDocumentDataDataDocumentExtension(_document_extension)
        elif _document_extension is not UNSET:
            raise FieldError(
                "string (OperationGenerateDocumentDataDataDocumentExtension)", _document_extension, "document_extension"
            )

        if document_extension is UNSET:
            n__absent += 1

        if cls is _plain__class:
            operation_generate_document_data_data = _new__object(cls)
            operation_generate_document_data_data.target_type = target_type
            operation_generate_document_data_data.target_ids = target_ids
            operation_generate_document_data_data.document_type = document_type
            operation_generate_document_data_data.document_extension = document_extension
            operation_generate_document_data_data.additional_properties = {}
        else:
            operation_generate_document_data_data = cls(
                target_type,
                target_ids,
                document_type,
                document_extension,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"target_type", "target_ids", "document_type", "document_extension"}
            }
            operation_generate_document_data_data.additional_properties = extra__props
        return operation_generate_document_data_data

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


_plain__class: type[OperationGenerateDocumentDataData] | None = (
    OperationGenerateDocumentDataData
    if {field.name for field in _attrs_fields(OperationGenerateDocumentDataData)}
    == {"target_type", "target_ids", "document_type", "document_extension", "additional_properties"}
    and not hasattr(OperationGenerateDocumentDataData, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
