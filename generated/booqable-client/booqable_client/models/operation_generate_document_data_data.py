from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        target_ids (list[str]): IDs of the records. Listed as UUIDs, but the examples use short numbers such as `"123"`,
            so any text is accepted.
        document_type (OperationGenerateDocumentDataDataDocumentType | Unset):
        document_extension (OperationGenerateDocumentDataDataDocumentExtension | Unset):
    """

    target_type: OperationGenerateDocumentDataDataTargetType
    target_ids: list[str]
    document_type: OperationGenerateDocumentDataDataDocumentType | Unset = UNSET
    document_extension: OperationGenerateDocumentDataDataDocumentExtension | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_type = self.target_type.value

        target_ids = self.target_ids

        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value

        document_extension: str | Unset = UNSET
        if not isinstance(self.document_extension, Unset):
            document_extension = self.document_extension.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_type": target_type,
                "target_ids": target_ids,
            }
        )
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if document_extension is not UNSET:
            field_dict["document_extension"] = document_extension

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OperationGenerateDocumentDataData)", src_dict)
        d = dict(src_dict)
        _target_type = d.pop("target_type", UNSET)
        if isinstance(_target_type, str):
            target_type = OperationGenerateDocumentDataDataTargetType(_target_type)
        else:
            raise FieldError("string (OperationGenerateDocumentDataDataTargetType)", _target_type, "target_type")

        _target_ids = d.pop("target_ids", UNSET)
        if isinstance(_target_ids, list):
            for target_ids_item in _target_ids:
                if not isinstance(target_ids_item, str):
                    raise FieldError("string", target_ids_item, _position(_target_ids, target_ids_item), "target_ids")
            target_ids = _target_ids
        else:
            raise FieldError("array", _target_ids, "target_ids")

        _document_type = d.pop("document_type", UNSET)
        document_type: OperationGenerateDocumentDataDataDocumentType | Unset = UNSET
        if isinstance(_document_type, str):
            document_type = OperationGenerateDocumentDataDataDocumentType(_document_type)
        elif _document_type is not UNSET:
            raise FieldError("string (OperationGenerateDocumentDataDataDocumentType)", _document_type, "document_type")

        _document_extension = d.pop("document_extension", UNSET)
        document_extension: OperationGenerateDocumentDataDataDocumentExtension | Unset = UNSET
        if isinstance(_document_extension, str):
            document_extension = OperationGenerateDocumentDataDataDocumentExtension(_document_extension)
        elif _document_extension is not UNSET:
            raise FieldError(
                "string (OperationGenerateDocumentDataDataDocumentExtension)", _document_extension, "document_extension"
            )

        operation_generate_document_data_data = cls(
            target_type=target_type,
            target_ids=target_ids,
            document_type=document_type,
            document_extension=document_extension,
        )

        operation_generate_document_data_data.additional_properties = d
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
