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
    from ..models.cursor import Cursor
    from ..models.planning import Planning

_refs__resolved = False
_from_dict__Cursor: Callable[[Mapping[str, Any]], Cursor]
_from_dict__Planning: Callable[[Mapping[str, Any]], Planning]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Cursor, Planning  # noqa: PLW0603
    global _from_dict__Cursor, _from_dict__Planning  # noqa: PLW0603
    from ..models.cursor import Cursor  # noqa: PLC0415
    from ..models.planning import Planning  # noqa: PLC0415

    _from_dict__Cursor = Cursor.from_dict
    _from_dict__Planning = Planning.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="PlanningsPage")


@_attrs_define
class PlanningsPage:
    """One page of plannings with the cursors around it. Neither member is marked required on the reference pages, so a
    page without them is accepted (no plannings, no further page).

        Attributes:
            plannings (list[Planning] | Unset): Plannings on this page.
            cursor (Cursor | Unset): Cursors around the returned page. A cursor is left out when there is no such page
                (`prev` on the first page, `next` on the last, `self` when the first request found nothing).
    """

    plannings: list[Planning] | Unset = UNSET
    cursor: Cursor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        plannings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plannings, Unset):
            plannings = []
            for plannings_item_data in self.plannings:
                plannings_item = plannings_item_data.to_dict()
                plannings.append(plannings_item)

        if plannings is not UNSET:
            field_dict["plannings"] = plannings
        cursor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cursor, Unset):
            cursor = self.cursor.to_dict()
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PlanningsPage)", d)
            d = dict(d)
        n__absent = 0
        _plannings = d.get("plannings", UNSET)
        plannings: list[Planning] | Unset = UNSET
        if isinstance(_plannings, list):
            plannings = []
            try:
                for plannings_item_data in _plannings:
                    plannings_item = _from_dict__Planning(plannings_item_data)

                    plannings.append(plannings_item)
            except FieldError as field__error:
                field__error.segments.append(len(plannings))
                field__error.segments.append("plannings")
                raise
        elif _plannings is not UNSET:
            raise FieldError("array", _plannings, "plannings")

        if plannings is UNSET:
            n__absent += 1

        _cursor = d.get("cursor", UNSET)
        cursor: Cursor | Unset = UNSET
        if _cursor is not UNSET:
            try:
                cursor = _from_dict__Cursor(_cursor)
            except FieldError as field__error:
                field__error.segments.append("cursor")
                raise

        if cursor is UNSET:
            n__absent += 1

        if cls is _plain__class:
            plannings_page = _new__object(cls)
            plannings_page.plannings = plannings
            plannings_page.cursor = cursor
            plannings_page.additional_properties = {}
        else:
            plannings_page = cls(
                plannings,
                cursor,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"plannings", "cursor"}
            }
            plannings_page.additional_properties = extra__props
        return plannings_page

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


_plain__class: type[PlanningsPage] | None = (
    PlanningsPage
    if {field.name for field in _attrs_fields(PlanningsPage)} == {"plannings", "cursor", "additional_properties"}
    and not hasattr(PlanningsPage, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
