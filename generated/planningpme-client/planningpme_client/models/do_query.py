from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        date_from = self.date_from.isoformat() if self.date_from.tzinfo is not None else _naive__datetime("dateFrom")
        field_dict["dateFrom"] = date_from
        date_to = self.date_to.isoformat() if self.date_to.tzinfo is not None else _naive__datetime("dateTo")
        field_dict["dateTo"] = date_to
        resources: list[int] | None | Unset
        if isinstance(self.resources, Unset):
            resources = UNSET
        elif isinstance(self.resources, list):
            resources = self.resources

        else:
            resources = self.resources
        if resources is not UNSET:
            field_dict["resources"] = resources
        categories: list[int] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = self.categories

        else:
            categories = self.categories
        if categories is not UNSET:
            field_dict["categories"] = categories
        results = self.results
        if results is not UNSET:
            field_dict["results"] = results
        tasks: list[int] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            tasks = self.tasks

        else:
            tasks = self.tasks
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DoQuery)", d)
            d = dict(d)
        n__absent = 0
        _date_from = d.get("dateFrom", UNSET)
        try:
            date_from = _datetime__parse(_date_from)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("date-time", _date_from, "dateFrom") from None

        _date_to = d.get("dateTo", UNSET)
        try:
            date_to = _datetime__parse(_date_to)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("date-time", _date_to, "dateTo") from None

        _resources = d.get("resources", UNSET)
        resources: list[int] | None | Unset
        if _resources is None or _resources is UNSET:
            resources = _resources
        elif isinstance(_resources, list):
            _resources_type_0 = _resources
            if isinstance(_resources_type_0, list):
                for resources_type_0_item in _resources_type_0:
                    if not (type(resources_type_0_item) is int) and not (
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

        if resources is UNSET:
            n__absent += 1

        _categories = d.get("categories", UNSET)
        categories: list[int] | None | Unset
        if _categories is None or _categories is UNSET:
            categories = _categories
        elif isinstance(_categories, list):
            _categories_type_0 = _categories
            if isinstance(_categories_type_0, list):
                for categories_type_0_item in _categories_type_0:
                    if not (type(categories_type_0_item) is int) and not (
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

        if categories is UNSET:
            n__absent += 1

        results = d.get("results", UNSET)
        if not (type(results) is str):
            if results is UNSET:
                n__absent += 1
            elif not isinstance(results, str):
                raise FieldError("string", results, "results")

        _tasks = d.get("tasks", UNSET)
        tasks: list[int] | None | Unset
        if _tasks is None or _tasks is UNSET:
            tasks = _tasks
        elif isinstance(_tasks, list):
            _tasks_type_0 = _tasks
            if isinstance(_tasks_type_0, list):
                for tasks_type_0_item in _tasks_type_0:
                    if not (type(tasks_type_0_item) is int) and not (
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

        if tasks is UNSET:
            n__absent += 1

        if cls is _plain__class:
            do_query = _new__object(cls)
            do_query.date_from = date_from
            do_query.date_to = date_to
            do_query.resources = resources
            do_query.categories = categories
            do_query.results = results
            do_query.tasks = tasks
            do_query.additional_properties = {}
        else:
            do_query = cls(
                date_from,
                date_to,
                resources,
                categories,
                results,
                tasks,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"dateFrom", "dateTo", "resources", "categories", "results", "tasks"}
            }
            do_query.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[DoQuery] | None = (
    DoQuery
    if {field.name for field in _attrs_fields(DoQuery)}
    == {"date_from", "date_to", "resources", "categories", "results", "tasks", "additional_properties"}
    and not hasattr(DoQuery, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
