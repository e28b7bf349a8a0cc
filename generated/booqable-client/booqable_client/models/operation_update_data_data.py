from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..models.operation_update_data_data_target_type import OperationUpdateDataDataTargetType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="OperationUpdateDataData")


@_attrs_define
class OperationUpdateDataData:
    """What the operation works on; which keys are required is not documented beyond `target_type` and `target_ids`.

    Attributes:
        target_type (OperationUpdateDataDataTargetType):
        target_ids (list[str]): IDs of the records. Listed as UUIDs, but the examples use short numbers such as `"123"`,
            so any text is accepted.
        attributes (JsonObject | Unset): A free-form JSON object.
    """

    target_type: OperationUpdateDataDataTargetType
    target_ids: list[str]
    attributes: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        target_type = self.target_type.value

        target_ids = self.target_ids

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_type": target_type,
                "target_ids": target_ids,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OperationUpdateDataData)", src_dict)
        d = dict(src_dict)
        _target_type = d.pop("target_type", UNSET)
        if isinstance(_target_type, str):
            target_type = OperationUpdateDataDataTargetType(_target_type)
        else:
            raise FieldError("string (OperationUpdateDataDataTargetType)", _target_type, "target_type")

        _target_ids = d.pop("target_ids", UNSET)
        if isinstance(_target_ids, list):
            for target_ids_item in _target_ids:
                if not isinstance(target_ids_item, str):
                    raise FieldError("string", target_ids_item, _position(_target_ids, target_ids_item), "target_ids")
            target_ids = _target_ids
        else:
            raise FieldError("array", _target_ids, "target_ids")

        _attributes = d.pop("attributes", UNSET)
        attributes: JsonObject | Unset = UNSET
        if _attributes is not UNSET:
            try:
                attributes = JsonObject.from_dict(_attributes)
            except FieldError as field__error:
                field__error.segments.append("attributes")
                raise

        operation_update_data_data = cls(
            target_type=target_type,
            target_ids=target_ids,
            attributes=attributes,
        )

        operation_update_data_data.additional_properties = d
        return operation_update_data_data

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
