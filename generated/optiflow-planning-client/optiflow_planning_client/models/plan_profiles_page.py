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
    from ..models.plan_profile import PlanProfile

_refs__resolved = False
_from_dict__Cursor: Callable[[Mapping[str, Any]], Cursor]
_from_dict__PlanProfile: Callable[[Mapping[str, Any]], PlanProfile]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Cursor, PlanProfile  # noqa: PLW0603
    global _from_dict__Cursor, _from_dict__PlanProfile  # noqa: PLW0603
    from ..models.cursor import Cursor  # noqa: PLC0415
    from ..models.plan_profile import PlanProfile  # noqa: PLC0415

    _from_dict__Cursor = Cursor.from_dict
    _from_dict__PlanProfile = PlanProfile.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="PlanProfilesPage")


@_attrs_define
class PlanProfilesPage:
    """One page of plan profiles with the cursors around it. Like the depot set list of the 1.5.0 reference, neither member
    is marked required.

        Attributes:
            data (list[PlanProfile] | Unset): Plan profiles on this page.
            cursor (Cursor | Unset): Cursors around the returned page. A cursor is left out when there is no such page
                (`prev` on the first page, `next` on the last, `self` when the first request found nothing).
    """

    data: list[PlanProfile] | Unset = UNSET
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
                raise FieldError("object (PlanProfilesPage)", d)
            d = dict(d)
        n__absent = 0
        _data = d.get("data", UNSET)
        data: list[PlanProfile] | Unset = UNSET
        if isinstance(_data, list):
            data = []
            try:
                for data_item_data in _data:
                    data_item = _from_dict__PlanProfile(data_item_data)

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
            plan_profiles_page = _new__object(cls)
            plan_profiles_page.data = data
            plan_profiles_page.cursor = cursor
            plan_profiles_page.additional_properties = {}
        else:
            plan_profiles_page = cls(
                data,
                cursor,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"data", "cursor"}
            }
            plan_profiles_page.additional_properties = extra__props
        return plan_profiles_page

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


_plain__class: type[PlanProfilesPage] | None = (
    PlanProfilesPage
    if {field.name for field in _attrs_fields(PlanProfilesPage)} == {"data", "cursor", "additional_properties"}
    and not hasattr(PlanProfilesPage, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
