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
    from ..models.relationship import Relationship

_refs__resolved = False
_from_dict__Relationship: Callable[[Mapping[str, Any]], Relationship]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Relationship  # noqa: PLW0603
    global _from_dict__Relationship  # noqa: PLW0603
    from ..models.relationship import Relationship  # noqa: PLC0415

    _from_dict__Relationship = Relationship.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="DepositHoldRelationships")


@_attrs_define
class DepositHoldRelationships:
    """Relationships of a deposit hold: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            deposit_line (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
            order (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    deposit_line: Relationship | Unset = UNSET
    order: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        deposit_line: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_line, Unset):
            deposit_line = self.deposit_line.to_dict()
        if deposit_line is not UNSET:
            field_dict["deposit_line"] = deposit_line
        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DepositHoldRelationships)", d)
            d = dict(d)
        n__absent = 0
        _deposit_line = d.get("deposit_line", UNSET)
        deposit_line: Relationship | Unset = UNSET
        if _deposit_line is not UNSET:
            try:
                deposit_line = _from_dict__Relationship(_deposit_line)
            except FieldError as field__error:
                field__error.segments.append("deposit_line")
                raise

        if deposit_line is UNSET:
            n__absent += 1

        _order = d.get("order", UNSET)
        order: Relationship | Unset = UNSET
        if _order is not UNSET:
            try:
                order = _from_dict__Relationship(_order)
            except FieldError as field__error:
                field__error.segments.append("order")
                raise

        if order is UNSET:
            n__absent += 1

        if cls is _plain__class:
            deposit_hold_relationships = _new__object(cls)
            deposit_hold_relationships.deposit_line = deposit_line
            deposit_hold_relationships.order = order
            deposit_hold_relationships.additional_properties = {}
        else:
            deposit_hold_relationships = cls(
                deposit_line,
                order,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"deposit_line", "order"}
            }
            deposit_hold_relationships.additional_properties = extra__props
        return deposit_hold_relationships

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


_plain__class: type[DepositHoldRelationships] | None = (
    DepositHoldRelationships
    if {field.name for field in _attrs_fields(DepositHoldRelationships)}
    == {"deposit_line", "order", "additional_properties"}
    and not hasattr(DepositHoldRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
