from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data import CustomData
    from ..models.employee_name import EmployeeName
    from ..models.home_base_reference import HomeBaseReference
    from ..models.location_address import LocationAddress
    from ..models.transport_resource_reference import TransportResourceReference

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, CustomData, EmployeeName, HomeBaseReference, LocationAddress, TransportResourceReference  # noqa: PLW0603
    from ..models.custom_data import CustomData  # noqa: PLC0415
    from ..models.employee_name import EmployeeName  # noqa: PLC0415
    from ..models.home_base_reference import HomeBaseReference  # noqa: PLC0415
    from ..models.location_address import LocationAddress  # noqa: PLC0415
    from ..models.transport_resource_reference import TransportResourceReference  # noqa: PLC0415

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
        business_id = self.business_id

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        driver_skills: list[str] | Unset = UNSET
        if not isinstance(self.driver_skills, Unset):
            driver_skills = self.driver_skills

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        start_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_location, Unset):
            start_location = self.start_location.to_dict()

        home_base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.home_base, Unset):
            home_base = self.home_base.to_dict()

        fixed_assignment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixed_assignment, Unset):
            fixed_assignment = self.fixed_assignment.to_dict()

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if name is not UNSET:
            field_dict["name"] = name
        if driver_skills is not UNSET:
            field_dict["driver_skills"] = driver_skills
        if skills is not UNSET:
            field_dict["skills"] = skills
        if start_location is not UNSET:
            field_dict["start_location"] = start_location
        if home_base is not UNSET:
            field_dict["home_base"] = home_base
        if fixed_assignment is not UNSET:
            field_dict["fixed_assignment"] = fixed_assignment
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Employee)", src_dict)
        d = dict(src_dict)
        business_id = d.pop("business_id", UNSET)
        if not isinstance(business_id, str) and business_id is not UNSET:
            raise FieldError("string", business_id, "business_id")

        _name = d.pop("name", UNSET)
        name: EmployeeName | Unset = UNSET
        if _name is not UNSET:
            try:
                name = EmployeeName.from_dict(_name)
            except FieldError as field__error:
                field__error.segments.append("name")
                raise

        _driver_skills = d.pop("driver_skills", UNSET)
        driver_skills: list[str] | Unset = UNSET
        if isinstance(_driver_skills, list):
            for driver_skills_item in _driver_skills:
                if not isinstance(driver_skills_item, str):
                    raise FieldError(
                        "string", driver_skills_item, _position(_driver_skills, driver_skills_item), "driver_skills"
                    )
            driver_skills = _driver_skills
        elif _driver_skills is not UNSET:
            raise FieldError("array", _driver_skills, "driver_skills")

        _skills = d.pop("skills", UNSET)
        skills: list[str] | Unset = UNSET
        if isinstance(_skills, list):
            for skills_item in _skills:
                if not isinstance(skills_item, str):
                    raise FieldError("string", skills_item, _position(_skills, skills_item), "skills")
            skills = _skills
        elif _skills is not UNSET:
            raise FieldError("array", _skills, "skills")

        _start_location = d.pop("start_location", UNSET)
        start_location: LocationAddress | Unset = UNSET
        if _start_location is not UNSET:
            try:
                start_location = LocationAddress.from_dict(_start_location)
            except FieldError as field__error:
                field__error.segments.append("start_location")
                raise

        _home_base = d.pop("home_base", UNSET)
        home_base: HomeBaseReference | Unset = UNSET
        if _home_base is not UNSET:
            try:
                home_base = HomeBaseReference.from_dict(_home_base)
            except FieldError as field__error:
                field__error.segments.append("home_base")
                raise

        _fixed_assignment = d.pop("fixed_assignment", UNSET)
        fixed_assignment: TransportResourceReference | Unset = UNSET
        if _fixed_assignment is not UNSET:
            try:
                fixed_assignment = TransportResourceReference.from_dict(_fixed_assignment)
            except FieldError as field__error:
                field__error.segments.append("fixed_assignment")
                raise

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: CustomData | Unset = UNSET
        if _custom_data is not UNSET:
            try:
                custom_data = CustomData.from_dict(_custom_data)
            except FieldError as field__error:
                field__error.segments.append("custom_data")
                raise

        employee = cls(
            business_id=business_id,
            name=name,
            driver_skills=driver_skills,
            skills=skills,
            start_location=start_location,
            home_base=home_base,
            fixed_assignment=fixed_assignment,
            custom_data=custom_data,
        )

        employee.additional_properties = d
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
