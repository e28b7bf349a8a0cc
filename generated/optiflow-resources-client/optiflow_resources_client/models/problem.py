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
    from ..models.violation import Violation

_refs__resolved = False
_from_dict__Violation: Callable[[Mapping[str, Any]], Violation]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Violation  # noqa: PLW0603
    global _from_dict__Violation  # noqa: PLW0603
    from ..models.violation import Violation  # noqa: PLC0415

    _from_dict__Violation = Violation.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """Error details in the RFC 7807 problem format (`application/problem+json`).

    Attributes:
        type_ (str): Absolute URI naming the kind of problem; it leads to a page explaining it. Example:
            https://developer.conundra.eu/developer-portal/problem/#constraint-violation.
        title (str): Short English summary of the kind of problem, aimed at developers. Example: Bad Request.
        status (int): HTTP status code of this response. Example: 400.
        detail (str): Explanation of this particular occurrence. Example: The request is not valid, see the violations..
        violations (list[Violation] | Unset): One entry per invalid field (validation failures only).
    """

    type_: str
    title: str
    status: int
    detail: str
    violations: list[Violation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["type"] = self.type_
        field_dict["title"] = self.title
        field_dict["status"] = self.status
        field_dict["detail"] = self.detail
        violations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.violations, Unset):
            violations = []
            for violations_item_data in self.violations:
                violations_item = violations_item_data.to_dict()
                violations.append(violations_item)

        if violations is not UNSET:
            field_dict["violations"] = violations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Problem)", d)
            d = dict(d)
        n__absent = 0
        type_ = d.get("type", UNSET)
        if not (type(type_) is str) and not isinstance(type_, str):
            raise FieldError("string", type_, "type")

        title = d.get("title", UNSET)
        if not (type(title) is str) and not isinstance(title, str):
            raise FieldError("string", title, "title")

        status = d.get("status", UNSET)
        if not (type(status) is int) and not (isinstance(status, int) and status is not True and status is not False):
            raise FieldError("integer", status, "status")

        detail = d.get("detail", UNSET)
        if not (type(detail) is str) and not isinstance(detail, str):
            raise FieldError("string", detail, "detail")

        _violations = d.get("violations", UNSET)
        violations: list[Violation] | Unset = UNSET
        if isinstance(_violations, list):
            violations = []
            try:
                for violations_item_data in _violations:
                    violations_item = _from_dict__Violation(violations_item_data)

                    violations.append(violations_item)
            except FieldError as field__error:
                field__error.segments.append(len(violations))
                field__error.segments.append("violations")
                raise
        elif _violations is not UNSET:
            raise FieldError("array", _violations, "violations")

        if violations is UNSET:
            n__absent += 1

        if cls is _plain__class:
            problem = _new__object(cls)
            problem.type_ = type_
            problem.title = title
            problem.status = status
            problem.detail = detail
            problem.violations = violations
            problem.additional_properties = {}
        else:
            problem = cls(
                type_,
                title,
                status,
                detail,
                violations,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"type", "title", "status", "detail", "violations"}
            }
            problem.additional_properties = extra__props
        return problem

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


_plain__class: type[Problem] | None = (
    Problem
    if {field.name for field in _attrs_fields(Problem)}
    == {"type_", "title", "status", "detail", "violations", "additional_properties"}
    and not hasattr(Problem, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
