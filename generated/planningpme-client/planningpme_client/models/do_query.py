from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DoQuery)", src_dict)
        d = dict(src_dict)
        _date_from = d.pop("dateFrom", UNSET)
        try:
            date_from = datetime.datetime.fromisoformat(_date_from)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("date-time", _date_from, "dateFrom") from None

        _date_to = d.pop("dateTo", UNSET)
        try:
            date_to = datetime.datetime.fromisoformat(_date_to)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("date-time", _date_to, "dateTo") from None

        _resources = d.pop("resources", UNSET)
        resources: list[int] | None | Unset
        if _resources is None or _resources is UNSET:
            resources = _resources
        elif isinstance(_resources, list):
            _resources_type_0 = _resources
            if isinstance(_resources_type_0, list):
                for resources_type_0_item in _resources_type_0:
                    if not (
                        isinstance(resources_type_0_item, int)
                        and resources_type_0_item is not True
                        and resources_type_0_item is not False
                    ):
                        raise FieldError(
                            "integer",
                            resources_type_0_item,
                            _position(_resources_type_0, resources_type_0_item),
                            "resources",
                        )
                resources_type_0 = _resources_type_0
            else:
                raise FieldError("array", _resources_type_0, "resources")

            resources = resources_type_0
        else:
            raise FieldError("array or null", _resources, "resources")

        _categories = d.pop("categories", UNSET)
        categories: list[int] | None | Unset
        if _categories is None or _categories is UNSET:
            categories = _categories
        elif isinstance(_categories, list):
            _categories_type_0 = _categories
            if isinstance(_categories_type_0, list):
                for categories_type_0_item in _categories_type_0:
                    if not (
                        isinstance(categories_type_0_item, int)
                        and categories_type_0_item is not True
                        and categories_type_0_item is not False
                    ):
                        raise FieldError(
                            "integer",
                            categories_type_0_item,
                            _position(_categories_type_0, categories_type_0_item),
                            "categories",
                        )
                categories_type_0 = _categories_type_0
            else:
                raise FieldError("array", _categories_type_0, "categories")

            categories = categories_type_0
        else:
            raise FieldError("array or null", _categories, "categories")

        results = d.pop("results", UNSET)
        if not isinstance(results, str) and results is not UNSET:
            raise FieldError("string", results, "results")

        _tasks = d.pop("tasks", UNSET)
        tasks: list[int] | None | Unset
        if _tasks is None or _tasks is UNSET:
            tasks = _tasks
        elif isinstance(_tasks, list):
            _tasks_type_0 = _tasks
            if isinstance(_tasks_type_0, list):
                for tasks_type_0_item in _tasks_type_0:
                    if not (
                        isinstance(tasks_type_0_item, int)
                        and tasks_type_0_item is not True
                        and tasks_type_0_item is not False
                    ):
                        raise FieldError(
                            "integer", tasks_type_0_item, _position(_tasks_type_0, tasks_type_0_item), "tasks"
                        )
                tasks_type_0 = _tasks_type_0
            else:
                raise FieldError("array", _tasks_type_0, "tasks")

            tasks = tasks_type_0
        else:
            raise FieldError("array or null", _tasks, "tasks")

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
