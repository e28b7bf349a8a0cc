from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposit_hold_write_data import DepositHoldWriteData
    from ..models.sparse_fieldsets import SparseFieldsets

_refs__resolved = False
_from_dict__DepositHoldWriteData: Callable[[Mapping[str, Any]], DepositHoldWriteData]
_from_dict__SparseFieldsets: Callable[[Mapping[str, Any]], SparseFieldsets]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DepositHoldWriteData, SparseFieldsets  # noqa: PLW0603
    global _from_dict__DepositHoldWriteData, _from_dict__SparseFieldsets  # noqa: PLW0603
    from ..models.deposit_hold_write_data import DepositHoldWriteData  # noqa: PLC0415
    from ..models.sparse_fieldsets import SparseFieldsets  # noqa: PLC0415

    _from_dict__DepositHoldWriteData = DepositHoldWriteData.from_dict
    _from_dict__SparseFieldsets = SparseFieldsets.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="DepositHoldWriteRequest")


@_attrs_define
class DepositHoldWriteRequest:
    """Body for creating or updating a deposit hold.

    Attributes:
        data (DepositHoldWriteData): The deposit hold in a create or update body.
        fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated list
            (`fields[plannings]=id,quantity`). Types not named here can be given too.
        include (str | Unset): Relationships to sideload in the response.
    """

    data: DepositHoldWriteData
    fields: SparseFieldsets | Unset = UNSET
    include: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        data = self.data.to_dict()
        field_dict["data"] = data
        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()
        if fields is not UNSET:
            field_dict["fields"] = fields
        include = self.include
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DepositHoldWriteRequest)", d)
            d = dict(d)
        n__absent = 0
        try:
            data = _from_dict__DepositHoldWriteData(d.get("data", UNSET))
        except FieldError as field__error:
            field__error.segments.append("data")
            raise

        _fields = d.get("fields", UNSET)
        fields: SparseFieldsets | Unset = UNSET
        if _fields is not UNSET:
            try:
                fields = _from_dict__SparseFieldsets(_fields)
            except FieldError as field__error:
                field__error.segments.append("fields")
                raise

        if fields is UNSET:
            n__absent += 1

        include = d.get("include", UNSET)
        if not (type(include) is str):
            if include is UNSET:
                n__absent += 1
            elif not isinstance(include, str):
                raise FieldError("string", include, "include")

        if cls is _plain__class:
            deposit_hold_write_request = _new__object(cls)
            deposit_hold_write_request.data = data
            deposit_hold_write_request.fields = fields
            deposit_hold_write_request.include = include
            deposit_hold_write_request.additional_properties = {}
        else:
            deposit_hold_write_request = cls(
                data,
                fields,
                include,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"data", "fields", "include"}
            }
            deposit_hold_write_request.additional_properties = extra__props
        return deposit_hold_write_request

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


_plain__class: type[DepositHoldWriteRequest] | None = (
    DepositHoldWriteRequest
    if {field.name for field in _attrs_fields(DepositHoldWriteRequest)}
    == {"data", "fields", "include", "additional_properties"}
    and not hasattr(DepositHoldWriteRequest, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
