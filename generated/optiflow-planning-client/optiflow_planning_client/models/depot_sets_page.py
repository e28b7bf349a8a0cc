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
    from ..models.depot_set_list_summary import DepotSetListSummary

_refs__resolved = False
_from_dict__Cursor: Callable[[Mapping[str, Any]], Cursor]
_from_dict__DepotSetListSummary: Callable[[Mapping[str, Any]], DepotSetListSummary]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Cursor, DepotSetListSummary  # noqa: PLW0603
    global _from_dict__Cursor, _from_dict__DepotSetListSummary  # noqa: PLW0603
    from ..models.cursor import Cursor  # noqa: PLC0415
    from ..models.depot_set_list_summary import DepotSetListSummary  # noqa: PLC0415

    _from_dict__Cursor = Cursor.from_dict
    _from_dict__DepotSetListSummary = DepotSetListSummary.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="DepotSetsPage")


@_attrs_define
class DepotSetsPage:
    """One page of depot sets with the cursors around it. The 1.5.0 reference does not mark either member required.

    Attributes:
        data (list[DepotSetListSummary] | Unset): Depot sets on this page.
        cursor (Cursor | Unset): Cursors around the returned page. A cursor is left out when there is no such page
            (`prev` on the first page, `next` on the last, `self` when the first request found nothing).
    """

    data: list[DepotSetListSummary] | Unset = UNSET
    cursor: Cursor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        if data is not UNSET:
            field_dict["data"] = data
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
                raise FieldError("object (DepotSetsPage)", d)
            d = dict(d)
        n__absent = 0
        _data = d.get("data", UNSET)
        data: list[DepotSetListSummary] | Unset = UNSET
        if isinstance(_data, list):
            data = []
            try:
                for data_item_data in _data:
                    data_item = _from_dict__DepotSetListSummary(data_item_data)

                    data.append(data_item)
            except FieldError as field__error:
                field__error.segments.append(len(data))
                field__error.segments.append("data")
                raise
        elif _data is not UNSET:
            raise FieldError("array", _data, "data")

        if data is UNSET:
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
            depot_sets_page = _new__object(cls)
            depot_sets_page.data = data
            depot_sets_page.cursor = cursor
            depot_sets_page.additional_properties = {}
        else:
            depot_sets_page = cls(
                data,
                cursor,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"data", "cursor"}
            }
            depot_sets_page.additional_properties = extra__props
        return depot_sets_page

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


_plain__class: type[DepotSetsPage] | None = (
    DepotSetsPage
    if {field.name for field in _attrs_fields(DepotSetsPage)} == {"data", "cursor", "additional_properties"}
    and not hasattr(DepotSetsPage, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
