from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DoQuery")


@_attrs_define
class DoQuery:
    """What planned items to return.

    Attributes:
        date_from (datetime.datetime): Start of the period.
        date_to (datetime.datetime): End of the period.
        resources (list[int] | None | Unset): Keys of the resources to keep; `null` for all.
        categories (list[int] | None | Unset): Keys of the categories to keep.
        results (str | Unset): Kind of planned item to return, such as `Task`.
        tasks (list[int] | None | Unset): Keys to restrict the tasks by; `null` for all. (The integration this is known
            from passes department keys here.)
    """

    date_from: datetime.datetime
    date_to: datetime.datetime
    resources: list[int] | None | Unset = UNSET
    categories: list[int] | None | Unset = UNSET
    results: str | Unset = UNSET
    tasks: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_from = self.date_from.isoformat()

        date_to = self.date_to.isoformat()

        resources: list[int] | None | Unset
        if isinstance(self.resources, Unset):
            resources = UNSET
        elif isinstance(self.resources, list):
            resources = self.resources

        else:
            resources = self.resources

        categories: list[int] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = self.categories

        else:
            categories = self.categories

        results = self.results

        tasks: list[int] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            tasks = self.tasks

        else:
            tasks = self.tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dateFrom": date_from,
                "dateTo": date_to,
            }
        )
        if resources is not UNSET:
            field_dict["resources"] = resources
        if categories is not UNSET:
            field_dict["categories"] = categories
        if results is not UNSET:
            field_dict["results"] = results
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_from = datetime.datetime.fromisoformat(d.pop("dateFrom"))

        date_to = datetime.datetime.fromisoformat(d.pop("dateTo"))

        def _parse_resources(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                resources_type_0 = cast(list[int], data)

                return resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        resources = _parse_resources(d.pop("resources", UNSET))

        def _parse_categories(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = cast(list[int], data)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        categories = _parse_categories(d.pop("categories", UNSET))

        results = d.pop("results", UNSET)

        def _parse_tasks(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tasks_type_0 = cast(list[int], data)

                return tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        tasks = _parse_tasks(d.pop("tasks", UNSET))

        do_query = cls(
            date_from=date_from,
            date_to=date_to,
            resources=resources,
            categories=categories,
            results=results,
            tasks=tasks,
        )

        do_query.additional_properties = d
        return do_query

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
