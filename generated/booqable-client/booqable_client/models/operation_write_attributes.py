from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operation_archive_data import OperationArchiveData
    from ..models.operation_export_data import OperationExportData
    from ..models.operation_generate_barcode_data import OperationGenerateBarcodeData
    from ..models.operation_generate_document_data import OperationGenerateDocumentData
    from ..models.operation_update_collections_data import OperationUpdateCollectionsData
    from ..models.operation_update_data import OperationUpdateData
    from ..models.operation_update_tag_data import OperationUpdateTagData

_refs__resolved = False
_from_dict__OperationArchiveData: Callable[[Mapping[str, Any]], OperationArchiveData]
_from_dict__OperationExportData: Callable[[Mapping[str, Any]], OperationExportData]
_from_dict__OperationGenerateBarcodeData: Callable[[Mapping[str, Any]], OperationGenerateBarcodeData]
_from_dict__OperationGenerateDocumentData: Callable[[Mapping[str, Any]], OperationGenerateDocumentData]
_from_dict__OperationUpdateCollectionsData: Callable[[Mapping[str, Any]], OperationUpdateCollectionsData]
_from_dict__OperationUpdateData: Callable[[Mapping[str, Any]], OperationUpdateData]
_from_dict__OperationUpdateTagData: Callable[[Mapping[str, Any]], OperationUpdateTagData]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, OperationArchiveData, OperationExportData, OperationGenerateBarcodeData, OperationGenerateDocumentData, OperationUpdateCollectionsData, OperationUpdateData, OperationUpdateTagData  # noqa: PLW0603
    global _from_dict__OperationArchiveData, _from_dict__OperationExportData, _from_dict__OperationGenerateBarcodeData, _from_dict__OperationGenerateDocumentData, _from_dict__OperationUpdateCollectionsData, _from_dict__OperationUpdateData, _from_dict__OperationUpdateTagData  # noqa: PLW0603
    from ..models.operation_archive_data import OperationArchiveData  # noqa: PLC0415
    from ..models.operation_export_data import OperationExportData  # noqa: PLC0415
    from ..models.operation_generate_barcode_data import OperationGenerateBarcodeData  # noqa: PLC0415
    from ..models.operation_generate_document_data import OperationGenerateDocumentData  # noqa: PLC0415
    from ..models.operation_update_collections_data import OperationUpdateCollectionsData  # noqa: PLC0415
    from ..models.operation_update_data import OperationUpdateData  # noqa: PLC0415
    from ..models.operation_update_tag_data import OperationUpdateTagData  # noqa: PLC0415

    _from_dict__OperationArchiveData = OperationArchiveData.from_dict
    _from_dict__OperationExportData = OperationExportData.from_dict
    _from_dict__OperationGenerateBarcodeData = OperationGenerateBarcodeData.from_dict
    _from_dict__OperationGenerateDocumentData = OperationGenerateDocumentData.from_dict
    _from_dict__OperationUpdateCollectionsData = OperationUpdateCollectionsData.from_dict
    _from_dict__OperationUpdateData = OperationUpdateData.from_dict
    _from_dict__OperationUpdateTagData = OperationUpdateTagData.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="OperationWriteAttributes")


def _parse__operation_data(
    data: object,
) -> (
    OperationArchiveData
    | OperationExportData
    | OperationGenerateBarcodeData
    | OperationGenerateDocumentData
    | OperationUpdateCollectionsData
    | OperationUpdateData
    | OperationUpdateTagData
    | Unset
):
    if isinstance(data, Unset):
        return data
    choice: Choice[
        OperationArchiveData
        | OperationExportData
        | OperationGenerateBarcodeData
        | OperationGenerateDocumentData
        | OperationUpdateCollectionsData
        | OperationUpdateData
        | OperationUpdateTagData
        | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_operation_data_type_0 = _from_dict__OperationArchiveData(data)

                if choice.take(componentsschemas_operation_data_type_0):
                    return componentsschemas_operation_data_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            try:
                componentsschemas_operation_data_type_1 = _from_dict__OperationGenerateBarcodeData(data)

                if choice.take(componentsschemas_operation_data_type_1):
                    return componentsschemas_operation_data_type_1
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            try:
                componentsschemas_operation_data_type_2 = _from_dict__OperationGenerateDocumentData(data)

                if choice.take(componentsschemas_operation_data_type_2):
                    return componentsschemas_operation_data_type_2
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            try:
                componentsschemas_operation_data_type_3 = _from_dict__OperationUpdateCollectionsData(data)

                if choice.take(componentsschemas_operation_data_type_3):
                    return componentsschemas_operation_data_type_3
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            try:
                componentsschemas_operation_data_type_4 = _from_dict__OperationUpdateTagData(data)

                if choice.take(componentsschemas_operation_data_type_4):
                    return componentsschemas_operation_data_type_4
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            try:
                componentsschemas_operation_data_type_5 = _from_dict__OperationExportData(data)

                if choice.take(componentsschemas_operation_data_type_5):
                    return componentsschemas_operation_data_type_5
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            try:
                componentsschemas_operation_data_type_6 = _from_dict__OperationUpdateData(data)

                if choice.take(componentsschemas_operation_data_type_6):
                    return componentsschemas_operation_data_type_6
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result(
        "one of object (OperationArchiveData), object (OperationGenerateBarcodeData), object (OperationGenerateDocumentData), object (OperationUpdateCollectionsData), object (OperationUpdateTagData), object (OperationExportData), object (OperationUpdateData)",
        data,
    )


@_attrs_define
class OperationWriteAttributes:
    """Attributes that can be sent when creating or updating an operation.

    Attributes:
        operation_data (OperationArchiveData | OperationExportData | OperationGenerateBarcodeData |
            OperationGenerateDocumentData | OperationUpdateCollectionsData | OperationUpdateData | OperationUpdateTagData |
            Unset): What an operation does and on which records, chosen by `type`.
    """

    operation_data: (
        OperationArchiveData
        | OperationExportData
        | OperationGenerateBarcodeData
        | OperationGenerateDocumentData
        | OperationUpdateCollectionsData
        | OperationUpdateData
        | OperationUpdateTagData
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        operation_data: dict[str, Any] | Unset
        if isinstance(self.operation_data, Unset):
            operation_data = UNSET
        elif isinstance(self.operation_data, OperationArchiveData):
            operation_data = self.operation_data.to_dict()
        elif isinstance(self.operation_data, OperationGenerateBarcodeData):
            operation_data = self.operation_data.to_dict()
        elif isinstance(self.operation_data, OperationGenerateDocumentData):
            operation_data = self.operation_data.to_dict()
        elif isinstance(self.operation_data, OperationUpdateCollectionsData):
            operation_data = self.operation_data.to_dict()
        elif isinstance(self.operation_data, OperationUpdateTagData):
            operation_data = self.operation_data.to_dict()
        elif isinstance(self.operation_data, OperationExportData):
            operation_data = self.operation_data.to_dict()
        else:
            operation_data = self.operation_data.to_dict()

        if operation_data is not UNSET:
            field_dict["operation_data"] = operation_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OperationWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        try:
            operation_data = _parse__operation_data(d.get("operation_data", UNSET))
        except FieldError as field__error:
            field__error.segments.append("operation_data")
            raise

        if operation_data is UNSET:
            n__absent += 1

        if cls is _plain__class:
            operation_write_attributes = _new__object(cls)
            operation_write_attributes.operation_data = operation_data
            operation_write_attributes.additional_properties = {}
        else:
            operation_write_attributes = cls(
                operation_data,
            )
        if len(d) + n__absent != 1:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"operation_data"}
            }
            operation_write_attributes.additional_properties = extra__props
        return operation_write_attributes

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


_plain__class: type[OperationWriteAttributes] | None = (
    OperationWriteAttributes
    if {field.name for field in _attrs_fields(OperationWriteAttributes)} == {"operation_data", "additional_properties"}
    and not hasattr(OperationWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
