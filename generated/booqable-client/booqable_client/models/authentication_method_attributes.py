from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..models.authentication_method_algorithm import AuthenticationMethodAlgorithm
from ..models.authentication_method_kind import AuthenticationMethodKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthenticationMethodAttributes")


@_attrs_define
class AuthenticationMethodAttributes:
    """Attributes of an authentication method as read from the API. `required` lists the attributes Booqable always sends;
    a sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            algorithm (AuthenticationMethodAlgorithm | None | Unset): Unverified: the examples show `null`, which the field
                list does not allow.
            company_id (UUID | Unset): ID of the related company.
            created_at (datetime.datetime | Unset): When the record was created.
            employee_id (UUID | Unset): ID of the related employee.
            kind (AuthenticationMethodKind | Unset): Values of `kind` on authentication methods.
            name (str | Unset):
            updated_at (datetime.datetime | Unset): Returned in the examples but missing from the field list; its type is
                inferred. When the record last changed.
            key (str | Unset): Left out unless asked for with `extra_fields[<type>]`.
    """

    algorithm: AuthenticationMethodAlgorithm | None | Unset = UNSET
    company_id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    employee_id: UUID | Unset = UNSET
    kind: AuthenticationMethodKind | Unset = UNSET
    name: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        algorithm: None | str | Unset
        if isinstance(self.algorithm, Unset):
            algorithm = UNSET
        elif isinstance(self.algorithm, AuthenticationMethodAlgorithm):
            algorithm = self.algorithm.value
        else:
            algorithm = self.algorithm
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        company_id: str | Unset = UNSET
        if not isinstance(self.company_id, Unset):
            company_id = str(self.company_id)
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        employee_id: str | Unset = UNSET
        if not isinstance(self.employee_id, Unset):
            employee_id = str(self.employee_id)
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        if kind is not UNSET:
            field_dict["kind"] = kind
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        key = self.key
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (AuthenticationMethodAttributes)", d)
            d = dict(d)
        n__absent = 0
        _algorithm = d.get("algorithm", UNSET)
        algorithm: AuthenticationMethodAlgorithm | None | Unset
        if _algorithm is None or _algorithm is UNSET:
            algorithm = _algorithm
        elif isinstance(_algorithm, str):
            _algorithm_type_0 = _algorithm
            if type(_algorithm_type_0) is str:
                algorithm_type_0 = AuthenticationMethodAlgorithm._by__value.get(
                    _algorithm_type_0
                ) or AuthenticationMethodAlgorithm(_algorithm_type_0)
            elif isinstance(_algorithm_type_0, str):
                algorithm_type_0 = AuthenticationMethodAlgorithm(_algorithm_type_0)
            else:
                raise FieldError("string (AuthenticationMethodAlgorithm)", _algorithm_type_0, "algorithm")

            algorithm = algorithm_type_0
        else:
            raise FieldError("string (AuthenticationMethodAlgorithm) or null", _algorithm, "algorithm")

        if algorithm is UNSET:
            n__absent += 1

        _company_id = d.get("company_id", UNSET)
        company_id: UUID | Unset = UNSET
        if _company_id is not UNSET:
            try:
                company_id = parse_uuid(_company_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _company_id, "company_id") from None

        if company_id is UNSET:
            n__absent += 1

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        _employee_id = d.get("employee_id", UNSET)
        employee_id: UUID | Unset = UNSET
        if _employee_id is not UNSET:
            try:
                employee_id = parse_uuid(_employee_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _employee_id, "employee_id") from None

        if employee_id is UNSET:
            n__absent += 1

        _kind = d.get("kind", UNSET)
        kind: AuthenticationMethodKind | Unset = UNSET
        if type(_kind) is str:
            kind = AuthenticationMethodKind._by__value.get(_kind) or AuthenticationMethodKind(_kind)
        elif isinstance(_kind, str):
            kind = AuthenticationMethodKind(_kind)
        elif _kind is not UNSET:
            raise FieldError("string (AuthenticationMethodKind)", _kind, "kind")

        if kind is UNSET:
            n__absent += 1

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        key = d.get("key", UNSET)
        if not (type(key) is str):
            if key is UNSET:
                n__absent += 1
            elif not isinstance(key, str):
                raise FieldError("string", key, "key")

        if cls is _plain__class:
            authentication_method_attributes = _new__object(cls)
            authentication_method_attributes.algorithm = algorithm
            authentication_method_attributes.company_id = company_id
            authentication_method_attributes.created_at = created_at
            authentication_method_attributes.employee_id = employee_id
            authentication_method_attributes.kind = kind
            authentication_method_attributes.name = name
            authentication_method_attributes.updated_at = updated_at
            authentication_method_attributes.key = key
            authentication_method_attributes.additional_properties = {}
        else:
            authentication_method_attributes = cls(
                algorithm,
                company_id,
                created_at,
                employee_id,
                kind,
                name,
                updated_at,
                key,
            )
        if len(d) + n__absent != 8:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {"algorithm", "company_id", "created_at", "employee_id", "kind", "name", "updated_at", "key"}
            }
            authentication_method_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[AuthenticationMethodAttributes] | None = (
    AuthenticationMethodAttributes
    if {field.name for field in _attrs_fields(AuthenticationMethodAttributes)}
    == {
        "algorithm",
        "company_id",
        "created_at",
        "employee_id",
        "kind",
        "name",
        "updated_at",
        "key",
        "additional_properties",
    }
    and not hasattr(AuthenticationMethodAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
