from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data import CustomData
    from ..models.employee_name import EmployeeName
    from ..models.home_base_reference import HomeBaseReference
    from ..models.location_address import LocationAddress
    from ..models.transport_resource_reference import TransportResourceReference

_refs__resolved = False
_from_dict__CustomData: Callable[[Mapping[str, Any]], CustomData]
_from_dict__EmployeeName: Callable[[Mapping[str, Any]], EmployeeName]
_from_dict__HomeBaseReference: Callable[[Mapping[str, Any]], HomeBaseReference]
_from_dict__LocationAddress: Callable[[Mapping[str, Any]], LocationAddress]
_from_dict__TransportResourceReference: Callable[[Mapping[str, Any]], TransportResourceReference]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, CustomData, EmployeeName, HomeBaseReference, LocationAddress, TransportResourceReference  # noqa: PLW0603
    global _from_dict__CustomData, _from_dict__EmployeeName, _from_dict__HomeBaseReference, _from_dict__LocationAddress, _from_dict__TransportResourceReference  # noqa: PLW0603
    from ..models.custom_data import CustomData  # noqa: PLC0415
    from ..models.employee_name import EmployeeName  # noqa: PLC0415
    from ..models.home_base_reference import HomeBaseReference  # noqa: PLC0415
    from ..models.location_address import LocationAddress  # noqa: PLC0415
    from ..models.transport_resource_reference import TransportResourceReference  # noqa: PLC0415

    _from_dict__CustomData = CustomData.from_dict
    _from_dict__EmployeeName = EmployeeName.from_dict
    _from_dict__HomeBaseReference = HomeBaseReference.from_dict
    _from_dict__LocationAddress = LocationAddress.from_dict
    _from_dict__TransportResourceReference = TransportResourceReference.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Employee")


@_attrs_define
class Employee:
    """A person who can be planned, typically a driver. Give either `home_base` or `start_location`.

    Attributes:
        business_id (str | Unset): Your identifier of the employee. Example: EMP-18.
        name (EmployeeName | Unset): Name parts of an employee; each may be null, as naming customs differ by region.
        driver_skills (list[str] | Unset): Skills that only count together with a transport resource; they decide which
            combinations are possible and what those combinations can do. Example: ['driving license CE'].
        skills (list[str] | Unset): Skills the employee brings to any combination, whatever the transport resource (e.g.
            languages). Example: ['dutch'].
        start_location (LocationAddress | Unset): An ad-hoc, named location. Resources are matched on the name, so use
            the same name for the same place.
        home_base (HomeBaseReference | Unset): Points at a home base by its business id.
        fixed_assignment (TransportResourceReference | Unset): Points at a transport resource by its business id.
        custom_data (CustomData | Unset): Free-form key/value data kept with an entity. Example: {'shop_manager': 'John
            Smith'}.
    """

    business_id: str | Unset = UNSET
    name: EmployeeName | Unset = UNSET
    driver_skills: list[str] | Unset = UNSET
    skills: list[str] | Unset = UNSET
    start_location: LocationAddress | Unset = UNSET
    home_base: HomeBaseReference | Unset = UNSET
    fixed_assignment: TransportResourceReference | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        business_id = self.business_id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()
        if name is not UNSET:
            field_dict["name"] = name
        driver_skills: list[str] | Unset = UNSET
        if not isinstance(self.driver_skills, Unset):
            driver_skills = self.driver_skills

        if driver_skills is not UNSET:
            field_dict["driver_skills"] = driver_skills
        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        if skills is not UNSET:
            field_dict["skills"] = skills
        start_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_location, Unset):
            start_location = self.start_location.to_dict()
        if start_location is not UNSET:
            field_dict["start_location"] = start_location
        home_base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.home_base, Unset):
            home_base = self.home_base.to_dict()
        if home_base is not UNSET:
            field_dict["home_base"] = home_base
        fixed_assignment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixed_assignment, Unset):
            fixed_assignment = self.fixed_assignment.to_dict()
        if fixed_assignment is not UNSET:
            field_dict["fixed_assignment"] = fixed_assignment
        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Employee)", d)
            d = dict(d)
        n__absent = 0
        business_id = d.get("business_id", UNSET)
        if not (type(business_id) is str):
            if business_id is UNSET:
                n__absent += 1
            elif not isinstance(business_id, str):
                raise FieldError("string", business_id, "business_id")

        _name = d.get("name", UNSET)
        name: EmployeeName | Unset = UNSET
        if _name is not UNSET:
            try:
                name = _from_dict__EmployeeName(_name)
            except FieldError as field__error:
                field__error.segments.append("name")
                raise

        if name is UNSET:
            n__absent += 1

        _driver_skills = d.get("driver_skills", UNSET)
        driver_skills: list[str] | Unset = UNSET
        if isinstance(_driver_skills, list):
            for driver_skills_item in _driver_skills:
                if not (type(driver_skills_item) is str) and not isinstance(driver_skills_item, str):
                    raise FieldError(
                        "string", driver_skills_item, _position(_driver_skills, driver_skills_item), "driver_skills"
                    )
            driver_skills = _driver_skills
        elif _driver_skills is not UNSET:
            raise FieldError("array", _driver_skills, "driver_skills")

        if driver_skills is UNSET:
            n__absent += 1

        _skills = d.get("skills", UNSET)
        skills: list[str] | Unset = UNSET
        if isinstance(_skills, list):
            for skills_item in _skills:
                if not (type(skills_item) is str) and not isinstance(skills_item, str):
                    raise FieldError("string", skills_item, _position(_skills, skills_item), "skills")
            skills = _skills
        elif _skills is not UNSET:
            raise FieldError("array", _skills, "skills")

        if skills is UNSET:
            n__absent += 1

        _start_location = d.get("start_location", UNSET)
        start_location: LocationAddress | Unset = UNSET
        if _start_location is not UNSET:
            try:
                start_location = _from_dict__LocationAddress(_start_location)
            except FieldError as field__error:
                field__error.segments.append("start_location")
                raise

        if start_location is UNSET:
            n__absent += 1

        _home_base = d.get("home_base", UNSET)
        home_base: HomeBaseReference | Unset = UNSET
        if _home_base is not UNSET:
            try:
                home_base = _from_dict__HomeBaseReference(_home_base)
            except FieldError as field__error:
                field__error.segments.append("home_base")
                raise

        if home_base is UNSET:
            n__absent += 1

        _fixed_assignment = d.get("fixed_assignment", UNSET)
        fixed_assignment: TransportResourceReference | Unset = UNSET
        if _fixed_assignment is not UNSET:
            try:
                fixed_assignment = _from_dict__TransportResourceReference(_fixed_assignment)
            except FieldError as field__error:
                field__error.segments.append("fixed_assignment")
                raise

        if fixed_assignment is UNSET:
            n__absent += 1

        _custom_data = d.get("custom_data", UNSET)
        custom_data: CustomData | Unset = UNSET
        if _custom_data is not UNSET:
            try:
                custom_data = _from_dict__CustomData(_custom_data)
            except FieldError as field__error:
                field__error.segments.append("custom_data")
                raise

        if custom_data is UNSET:
            n__absent += 1

        if cls is _plain__class:
            employee = _new__object(cls)
            employee.business_id = business_id
            employee.name = name
            employee.driver_skills = driver_skills
            employee.skills = skills
            employee.start_location = start_location
            employee.home_base = home_base
            employee.fixed_assignment = fixed_assignment
            employee.custom_data = custom_data
            employee.additional_properties = {}
        else:
            employee = cls(
                business_id,
                name,
                driver_skills,
                skills,
                start_location,
                home_base,
                fixed_assignment,
                custom_data,
            )
        if len(d) + n__absent != 8:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "business_id",
                    "name",
                    "driver_skills",
                    "skills",
                    "start_location",
                    "home_base",
                    "fixed_assignment",
                    "custom_data",
                }
            }
            employee.additional_properties = extra__props
        return employee

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


_plain__class: type[Employee] | None = (
    Employee
    if {field.name for field in _attrs_fields(Employee)}
    == {
        "business_id",
        "name",
        "driver_skills",
        "skills",
        "start_location",
        "home_base",
        "fixed_assignment",
        "custom_data",
        "additional_properties",
    }
    and not hasattr(Employee, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
