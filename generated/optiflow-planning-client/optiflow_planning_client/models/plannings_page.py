from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cursor import Cursor
    from ..models.planning import Planning


T = TypeVar("T", bound="PlanningsPage")


@_attrs_define
class PlanningsPage:
    """One page of plannings with the cursors around it.

    Attributes:
        plannings (list[Planning]): Plannings on this page.
        cursor (Cursor): Cursors around the returned page. A cursor is left out when there is no such page (`prev` on
            the first page, `next` on the last, `self` when the first request found nothing).
    """

    plannings: list[Planning]
    cursor: Cursor
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plannings = []
        for plannings_item_data in self.plannings:
            plannings_item = plannings_item_data.to_dict()
            plannings.append(plannings_item)

        cursor = self.cursor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plannings": plannings,
                "cursor": cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cursor import Cursor  # noqa: PLC0415
        from ..models.planning import Planning  # noqa: PLC0415

        d = dict(src_dict)
        plannings = []
        _plannings = d.pop("plannings")
        for plannings_item_data in _plannings:
            plannings_item = Planning.from_dict(plannings_item_data)

            plannings.append(plannings_item)

        cursor = Cursor.from_dict(d.pop("cursor"))

        plannings_page = cls(
            plannings=plannings,
            cursor=cursor,
        )

        plannings_page.additional_properties = d
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
