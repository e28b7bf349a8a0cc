from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields import CustomFields

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, CustomFields  # noqa: PLW0603
    from ..models.custom_fields import CustomFields  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project as embedded in a planned item.

    Attributes:
        key (int | Unset):
        label (str | Unset):
        fields (CustomFields | Unset): Values of the brand's own data fields, keyed by field code. The value types
            depend on each field's type.
    """

    key: int | Unset = UNSET
    label: str | Unset = UNSET
    fields: CustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        key = self.key

        label = self.label

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if label is not UNSET:
            field_dict["label"] = label
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Project)", src_dict)
        d = dict(src_dict)
        key = d.pop("key", UNSET)
        if not (isinstance(key, int) and key is not True and key is not False) and key is not UNSET:
            raise FieldError("integer", key, "key")

        label = d.pop("label", UNSET)
        if not isinstance(label, str) and label is not UNSET:
            raise FieldError("string", label, "label")

        _fields = d.pop("fields", UNSET)
        fields: CustomFields | Unset = UNSET
        if _fields is not UNSET:
            try:
                fields = CustomFields.from_dict(_fields)
            except FieldError as field__error:
                field__error.segments.append("fields")
                raise

        project = cls(
            key=key,
            label=label,
            fields=fields,
        )

        project.additional_properties = d
        return project

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
