from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..lib._fields import zoned_datetime as _zoned__datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.place import Place
    from ..models.project import Project
    from ..models.resource import Resource

_refs__resolved = False
_from_dict__Customer: Callable[[Mapping[str, Any]], Customer]
_from_dict__Place: Callable[[Mapping[str, Any]], Place]
_from_dict__Project: Callable[[Mapping[str, Any]], Project]
_from_dict__Resource: Callable[[Mapping[str, Any]], Resource]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Customer, Place, Project, Resource  # noqa: PLW0603
    global _from_dict__Customer, _from_dict__Place, _from_dict__Project, _from_dict__Resource  # noqa: PLW0603
    from ..models.customer import Customer  # noqa: PLC0415
    from ..models.place import Place  # noqa: PLC0415
    from ..models.project import Project  # noqa: PLC0415
    from ..models.resource import Resource  # noqa: PLC0415

    _from_dict__Customer = Customer.from_dict
    _from_dict__Place = Place.from_dict
    _from_dict__Project = Project.from_dict
    _from_dict__Resource = Resource.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="DoItem")


@_attrs_define
class DoItem:
    """A planned item: who does what, for whom, when. `start` and `end` are local date-times.

    Attributes:
        key (int):
        start (datetime.datetime | Unset): A wall-clock date and time without a time zone offset, as planned items carry
            them: the public integration they are known from reads them as `2024-07-02 08:00:00` or `2024-07-02T08:00:00`.
            They are the planning's local time; which zone that is, the API does not say. The client reads both forms into a
            naive `datetime` (local to the planning) instead of guessing an offset, and writes one as `2024-07-02T08:00:00`.
            Example: 2024-07-02 08:00:00.
        end (datetime.datetime | Unset): A wall-clock date and time without a time zone offset, as planned items carry
            them: the public integration they are known from reads them as `2024-07-02 08:00:00` or `2024-07-02T08:00:00`.
            They are the planning's local time; which zone that is, the API does not say. The client reads both forms into a
            naive `datetime` (local to the planning) instead of guessing an offset, and writes one as `2024-07-02T08:00:00`.
            Example: 2024-07-02 08:00:00.
        resources (list[Resource] | Unset):
        customers (list[Customer] | Unset):
        project (Project | Unset): A project as embedded in a planned item.
        fields (dict[str, Any] | Unset): Values of the brand's own data fields, keyed by field code. The value types
            depend on each field's type.
        place (Place | Unset): Where a planned item takes place.
    """

    key: int
    start: datetime.datetime | Unset = UNSET
    end: datetime.datetime | Unset = UNSET
    resources: list[Resource] | Unset = UNSET
    customers: list[Customer] | Unset = UNSET
    project: Project | Unset = UNSET
    fields: dict[str, Any] | Unset = UNSET
    place: Place | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["key"] = self.key
        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat(timespec="seconds") if self.start.tzinfo is None else _zoned__datetime("start")
        if start is not UNSET:
            field_dict["start"] = start
        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat(timespec="seconds") if self.end.tzinfo is None else _zoned__datetime("end")
        if end is not UNSET:
            field_dict["end"] = end
        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        if resources is not UNSET:
            field_dict["resources"] = resources
        customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customers, Unset):
            customers = []
            for customers_item_data in self.customers:
                customers_item = customers_item_data.to_dict()
                customers.append(customers_item)

        if customers is not UNSET:
            field_dict["customers"] = customers
        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()
        if project is not UNSET:
            field_dict["project"] = project
        fields = self.fields
        if fields is not UNSET:
            field_dict["fields"] = fields
        place: dict[str, Any] | Unset = UNSET
        if not isinstance(self.place, Unset):
            place = self.place.to_dict()
        if place is not UNSET:
            field_dict["place"] = place

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DoItem)", d)
            d = dict(d)
        n__absent = 0
        key = d.get("key", UNSET)
        if not (type(key) is int) and not (isinstance(key, int) and key is not True and key is not False):
            raise FieldError("integer", key, "key")

        _start = d.get("start", UNSET)
        start: datetime.datetime | Unset = UNSET
        if _start is not UNSET:
            try:
                start = _datetime__parse(_start)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("local date-time", _start, "start") from None

        if start is UNSET:
            n__absent += 1

        _end = d.get("end", UNSET)
        end: datetime.datetime | Unset = UNSET
        if _end is not UNSET:
            try:
                end = _datetime__parse(_end)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("local date-time", _end, "end") from None

        if end is UNSET:
            n__absent += 1

        _resources = d.get("resources", UNSET)
        resources: list[Resource] | Unset = UNSET
        if isinstance(_resources, list):
            resources = []
            try:
                for resources_item_data in _resources:
                    resources_item = _from_dict__Resource(resources_item_data)

                    resources.append(resources_item)
            except FieldError as field__error:
                field__error.segments.append(len(resources))
                field__error.segments.append("resources")
                raise
        elif _resources is not UNSET:
            raise FieldError("array", _resources, "resources")

        if resources is UNSET:
            n__absent += 1

        _customers = d.get("customers", UNSET)
        customers: list[Customer] | Unset = UNSET
        if isinstance(_customers, list):
            customers = []
            try:
                for customers_item_data in _customers:
                    customers_item = _from_dict__Customer(customers_item_data)

                    customers.append(customers_item)
            except FieldError as field__error:
                field__error.segments.append(len(customers))
                field__error.segments.append("customers")
                raise
        elif _customers is not UNSET:
            raise FieldError("array", _customers, "customers")

        if customers is UNSET:
            n__absent += 1

        _project = d.get("project", UNSET)
        project: Project | Unset = UNSET
        if _project is not UNSET:
            try:
                project = _from_dict__Project(_project)
            except FieldError as field__error:
                field__error.segments.append("project")
                raise

        if project is UNSET:
            n__absent += 1

        fields = d.get("fields", UNSET)
        if not (type(fields) is dict):
            if fields is UNSET:
                n__absent += 1
            elif not isinstance(fields, dict):
                raise FieldError("object", fields, "fields")

        _place = d.get("place", UNSET)
        place: Place | Unset = UNSET
        if _place is not UNSET:
            try:
                place = _from_dict__Place(_place)
            except FieldError as field__error:
                field__error.segments.append("place")
                raise

        if place is UNSET:
            n__absent += 1

        if cls is _plain__class:
            do_item = _new__object(cls)
            do_item.key = key
            do_item.start = start
            do_item.end = end
            do_item.resources = resources
            do_item.customers = customers
            do_item.project = project
            do_item.fields = fields
            do_item.place = place
            do_item.additional_properties = {}
        else:
            do_item = cls(
                key,
                start,
                end,
                resources,
                customers,
                project,
                fields,
                place,
            )
        if len(d) + n__absent != 8:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"key", "start", "end", "resources", "customers", "project", "fields", "place"}
            }
            do_item.additional_properties = extra__props
        return do_item

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


_plain__class: type[DoItem] | None = (
    DoItem
    if {field.name for field in _attrs_fields(DoItem)}
    == {"key", "start", "end", "resources", "customers", "project", "fields", "place", "additional_properties"}
    and not hasattr(DoItem, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
