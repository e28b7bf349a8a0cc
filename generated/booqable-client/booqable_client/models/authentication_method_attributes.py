from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.authentication_method_algorithm import AuthenticationMethodAlgorithm
from ..models.authentication_method_kind import AuthenticationMethodKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthenticationMethodAttributes")


@_attrs_define
class AuthenticationMethodAttributes:
    """Attributes of an authentication method as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            algorithm (AuthenticationMethodAlgorithm | None | Unset): Unverified: the examples show `null`, which the field
                list does not allow.
            company_id (UUID | Unset): ID of the related company.
            created_at (datetime.datetime | Unset): When the record was created.
            employee_id (UUID | Unset): ID of the related employee.
            key (str | Unset): Left out unless asked for with `extra_fields[<type>]`.
            kind (AuthenticationMethodKind | Unset): Values of `kind` on authentication methods.
            name (str | Unset):
            updated_at (datetime.datetime | Unset): Returned in the examples but missing from the field list; its type is
                inferred. When the record last changed.
    """

    algorithm: AuthenticationMethodAlgorithm | None | Unset = UNSET
    company_id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    employee_id: UUID | Unset = UNSET
    key: str | Unset = UNSET
    kind: AuthenticationMethodKind | Unset = UNSET
    name: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm: None | str | Unset
        if isinstance(self.algorithm, Unset):
            algorithm = UNSET
        elif isinstance(self.algorithm, AuthenticationMethodAlgorithm):
            algorithm = self.algorithm.value
        else:
            algorithm = self.algorithm

        company_id: str | Unset = UNSET
        if not isinstance(self.company_id, Unset):
            company_id = str(self.company_id)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        employee_id: str | Unset = UNSET
        if not isinstance(self.employee_id, Unset):
            employee_id = str(self.employee_id)

        key = self.key

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        name = self.name

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if key is not UNSET:
            field_dict["key"] = key
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (AuthenticationMethodAttributes)", src_dict)
        d = dict(src_dict)
        _algorithm = d.pop("algorithm", UNSET)
        algorithm: AuthenticationMethodAlgorithm | None | Unset
        if _algorithm is None or _algorithm is UNSET:
            algorithm = _algorithm
        elif isinstance(_algorithm, str):
            _algorithm_type_0 = _algorithm
            if isinstance(_algorithm_type_0, str):
                algorithm_type_0 = AuthenticationMethodAlgorithm(_algorithm_type_0)
            else:
                raise FieldError("string (AuthenticationMethodAlgorithm)", _algorithm_type_0, "algorithm")

            algorithm = algorithm_type_0
        else:
            raise FieldError("string (AuthenticationMethodAlgorithm) or null", _algorithm, "algorithm")

        _company_id = d.pop("company_id", UNSET)
        company_id: UUID | Unset = UNSET
        if _company_id is not UNSET:
            try:
                company_id = UUID(_company_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _company_id, "company_id") from None

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        _employee_id = d.pop("employee_id", UNSET)
        employee_id: UUID | Unset = UNSET
        if _employee_id is not UNSET:
            try:
                employee_id = UUID(_employee_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _employee_id, "employee_id") from None

        key = d.pop("key", UNSET)
        if not isinstance(key, str) and key is not UNSET:
            raise FieldError("string", key, "key")

        _kind = d.pop("kind", UNSET)
        kind: AuthenticationMethodKind | Unset = UNSET
        if isinstance(_kind, str):
            kind = AuthenticationMethodKind(_kind)
        elif _kind is not UNSET:
            raise FieldError("string (AuthenticationMethodKind)", _kind, "kind")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        authentication_method_attributes = cls(
            algorithm=algorithm,
            company_id=company_id,
            created_at=created_at,
            employee_id=employee_id,
            key=key,
            kind=kind,
            name=name,
            updated_at=updated_at,
        )

        authentication_method_attributes.additional_properties = d
        return authentication_method_attributes

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
