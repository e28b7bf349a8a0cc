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
from ..models.operation_update_tag_data_data_action import OperationUpdateTagDataDataAction
from ..models.operation_update_tag_data_data_target_type import OperationUpdateTagDataDataTargetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationUpdateTagDataData")


@_attrs_define
class OperationUpdateTagDataData:
    """What the operation works on; which keys are required is not documented beyond `target_type` and `target_ids`.

    Attributes:
        target_type (OperationUpdateTagDataDataTargetType):
        target_ids (Sequence[str]): IDs of the records. Listed as UUIDs, but the examples use short numbers such as
            `"123"`, so any text is accepted.
        action (OperationUpdateTagDataDataAction | Unset):
        tags (Sequence[str] | Unset):
    """

    target_type: OperationUpdateTagDataDataTargetType
    target_ids: Sequence[str]
    action: OperationUpdateTagDataDataAction | Unset = UNSET
    tags: Sequence[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        target_type = self.target_type.value
        field_dict["target_type"] = target_type
        target_ids = list(self.target_ids)

        field_dict["target_ids"] = target_ids
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        if action is not UNSET:
            field_dict["action"] = action
        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = list(self.tags)

        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OperationUpdateTagDataData)", d)
            d = dict(d)
        n__absent = 0
        _target_type = d.get("target_type", UNSET)
        if type(_target_type) is str:
            target_type = OperationUpdateTagDataDataTargetType._by__value.get(
                _target_type
            ) or OperationUpdateTagDataDataTargetType(_target_type)
        elif isinstance(_target_type, str):
            target_type = OperationUpdateTagDataDataTargetType(_target_type)
        else:
            raise FieldError("string (OperationUpdateTagDataDataTargetType)", _target_type, "target_type")

        _target_ids = d.get("target_ids", UNSET)
        if isinstance(_target_ids, list):
            for target_ids_item in _target_ids:
                if not (type(target_ids_item) is str) and not isinstance(target_ids_item, str):
                    raise FieldError("string", target_ids_item, _position(_target_ids, target_ids_item), "target_ids")
            target_ids = _target_ids
        else:
            raise FieldError("array", _target_ids, "target_ids")

        _action = d.get("action", UNSET)
        action: OperationUpdateTagDataDataAction | Unset = UNSET
        if type(_action) is str:
            action = OperationUpdateTagDataDataAction._by__value.get(_action) or OperationUpdateTagDataDataAction(
                _action
            )
        elif isinstance(_action, str):
            action = OperationUpdateTagDataDataAction(_action)
        elif _action is not UNSET:
            raise FieldError("string (OperationUpdateTagDataDataAction)", _action, "action")

        if action is UNSET:
            n__absent += 1

        _tags = d.get("tags", UNSET)
        tags: Sequence[str] | Unset = UNSET
        if isinstance(_tags, list):
            for tags_item in _tags:
                if not (type(tags_item) is str) and not isinstance(tags_item, str):
                    raise FieldError("string", tags_item, _position(_tags, tags_item), "tags")
            tags = _tags
        elif _tags is not UNSET:
            raise FieldError("array", _tags, "tags")

        if tags is UNSET:
            n__absent += 1

        if cls is _plain__class:
            operation_update_tag_data_data = _new__object(cls)
            operation_update_tag_data_data.target_type = target_type
            operation_update_tag_data_data.target_ids = target_ids
            operation_update_tag_data_data.action = action
            operation_update_tag_data_data.tags = tags
            operation_update_tag_data_data.additional_properties = {}
        else:
            operation_update_tag_data_data = cls(
                target_type,
                target_ids,
                action,
                tags,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"target_type", "target_ids", "action", "tags"}
            }
            operation_update_tag_data_data.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[OperationUpdateTagDataData] | None = (
    OperationUpdateTagDataData
    if {field.name for field in _attrs_fields(OperationUpdateTagDataData)}
    == {"target_type", "target_ids", "action", "tags", "additional_properties"}
    and not hasattr(OperationUpdateTagDataData, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
