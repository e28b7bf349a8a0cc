from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..models.operation_update_tag_data_data_action import OperationUpdateTagDataDataAction
from ..models.operation_update_tag_data_data_target_type import OperationUpdateTagDataDataTargetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationUpdateTagDataData")


@_attrs_define
class OperationUpdateTagDataData:
    """What the operation works on; which keys are required is not documented beyond `target_type` and `target_ids`.

    Attributes:
        target_type (OperationUpdateTagDataDataTargetType):
        target_ids (list[str]): IDs of the records. Listed as UUIDs, but the examples use short numbers such as `"123"`,
            so any text is accepted.
        action (OperationUpdateTagDataDataAction | Unset):
        tags (list[str] | Unset):
    """

    target_type: OperationUpdateTagDataDataTargetType
    target_ids: list[str]
    action: OperationUpdateTagDataDataAction | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_type = self.target_type.value

        target_ids = self.target_ids

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_type": target_type,
                "target_ids": target_ids,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OperationUpdateTagDataData)", src_dict)
        d = dict(src_dict)
        _target_type = d.pop("target_type", UNSET)
        if isinstance(_target_type, str):
            target_type = OperationUpdateTagDataDataTargetType(_target_type)
        else:
            raise FieldError("string (OperationUpdateTagDataDataTargetType)", _target_type, "target_type")

        _target_ids = d.pop("target_ids", UNSET)
        if isinstance(_target_ids, list):
            for target_ids_item in _target_ids:
                if not isinstance(target_ids_item, str):
                    raise FieldError("string", target_ids_item, _position(_target_ids, target_ids_item), "target_ids")
            target_ids = _target_ids
        else:
            raise FieldError("array", _target_ids, "target_ids")

        _action = d.pop("action", UNSET)
        action: OperationUpdateTagDataDataAction | Unset = UNSET
        if isinstance(_action, str):
            action = OperationUpdateTagDataDataAction(_action)
        elif _action is not UNSET:
            raise FieldError("string (OperationUpdateTagDataDataAction)", _action, "action")

        _tags = d.pop("tags", UNSET)
        tags: list[str] | Unset = UNSET
        if isinstance(_tags, list):
            for tags_item in _tags:
                if not isinstance(tags_item, str):
                    raise FieldError("string", tags_item, _position(_tags, tags_item), "tags")
            tags = _tags
        elif _tags is not UNSET:
            raise FieldError("array", _tags, "tags")

        operation_update_tag_data_data = cls(
            target_type=target_type,
            target_ids=target_ids,
            action=action,
            tags=tags,
        )

        operation_update_tag_data_data.additional_properties = d
        return operation_update_tag_data_data

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
