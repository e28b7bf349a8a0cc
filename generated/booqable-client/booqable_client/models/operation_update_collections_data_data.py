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
from ..models.operation_update_collections_data_data_action import OperationUpdateCollectionsDataDataAction
from ..models.operation_update_collections_data_data_target_type import OperationUpdateCollectionsDataDataTargetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationUpdateCollectionsDataData")


@_attrs_define
class OperationUpdateCollectionsDataData:
    """What the operation works on; which keys are required is not documented beyond `target_type` and `target_ids`.

    Attributes:
        target_type (OperationUpdateCollectionsDataDataTargetType):  Default:
            OperationUpdateCollectionsDataDataTargetType.PRODUCT_GROUPS.
        target_ids (Sequence[str]): IDs of the records. Listed as UUIDs, but the examples use short numbers such as
            `"123"`, so any text is accepted.
        action (OperationUpdateCollectionsDataDataAction | Unset):
        collection_ids (Sequence[str] | Unset): IDs of the records. Listed as UUIDs, but the examples use short numbers
            such as `"123"`, so any text is accepted.
    """

    target_ids: Sequence[str]
    target_type: OperationUpdateCollectionsDataDataTargetType = (
        OperationUpdateCollectionsDataDataTargetType.PRODUCT_GROUPS
    )
    action: OperationUpdateCollectionsDataDataAction | Unset = UNSET
    collection_ids: Sequence[str] | Unset = UNSET
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
        collection_ids: list[str] | Unset = UNSET
        if not isinstance(self.collection_ids, Unset):
            collection_ids = list(self.collection_ids)

        if collection_ids is not UNSET:
            field_dict["collection_ids"] = collection_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OperationUpdateCollectionsDataData)", d)
            d = dict(d)
        n__absent = 0
        _target_type = d.get("target_type", UNSET)
        if type(_target_type) is str:
            target_type = OperationUpdateCollectionsDataDataTargetType._by__value.get(
                _target_type
            ) or OperationUpdateCollectionsDataDataTargetType(_target_type)
        elif isinstance(_target_type, str):
            target_type = OperationUpdateCollectionsDataDataTargetType(_target_type)
        else:
            raise FieldError("string (OperationUpdateCollectionsDataDataTargetType)", _target_type, "target_type")

        _target_ids = d.get("target_ids", UNSET)
        if isinstance(_target_ids, list):
            for target_ids_item in _target_ids:
                if not (type(target_ids_item) is str) and not isinstance(target_ids_item, str):
                    raise FieldError("string", target_ids_item, _position(_target_ids, target_ids_item), "target_ids")
            target_ids = _target_ids
        else:
            raise FieldError("array", _target_ids, "target_ids")

        _action = d.get("action", UNSET)
        action: OperationUpdateCollectionsDataDataAction | Unset = UNSET
        if type(_action) is str:
            action = OperationUpdateCollectionsDataDataAction._by__value.get(
                _action
            ) or OperationUpdateCollectionsDataDataAction(_action)
        elif isinstance(_action, str):
            action = OperationUpdateCollectionsDataDataAction(_action)
        elif _action is not UNSET:
            raise FieldError("string (OperationUpdateCollectionsDataDataAction)", _action, "action")

        if action is UNSET:
            n__absent += 1

        _collection_ids = d.get("collection_ids", UNSET)
        collection_ids: Sequence[str] | Unset = UNSET
        if isinstance(_collection_ids, list):
            for collection_ids_item in _collection_ids:
                if not (type(collection_ids_item) is str) and not isinstance(collection_ids_item, str):
                    raise FieldError(
                        "string", collection_ids_item, _position(_collection_ids, collection_ids_item), "collection_ids"
                    )
            collection_ids = _collection_ids
        elif _collection_ids is not UNSET:
            raise FieldError("array", _collection_ids, "collection_ids")

        if collection_ids is UNSET:
            n__absent += 1

        if cls is _plain__class:
            operation_update_collections_data_data = _new__object(cls)
            operation_update_collections_data_data.target_type = target_type
            operation_update_collections_data_data.target_ids = target_ids
            operation_update_collections_data_data.action = action
            operation_update_collections_data_data.collection_ids = collection_ids
            operation_update_collections_data_data.additional_properties = {}
        else:
            operation_update_collections_data_data = cls(
                target_ids,
                target_type,
                action,
                collection_ids,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"target_type", "target_ids", "action", "collection_ids"}
            }
            operation_update_collections_data_data.additional_properties = extra__props
        return operation_update_collections_data_data

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


_plain__class: type[OperationUpdateCollectionsDataData] | None = (
    OperationUpdateCollectionsDataData
    if {field.name for field in _attrs_fields(OperationUpdateCollectionsDataData)}
    == {"target_type", "target_ids", "action", "collection_ids", "additional_properties"}
    and not hasattr(OperationUpdateCollectionsDataData, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
