from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.violation import Violation

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, Violation  # noqa: PLW0603
    from ..models.violation import Violation  # noqa: PLC0415

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
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        violations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.violations, Unset):
            violations = []
            for violations_item_data in self.violations:
                violations_item = violations_item_data.to_dict()
                violations.append(violations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
                "detail": detail,
            }
        )
        if violations is not UNSET:
            field_dict["violations"] = violations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Problem)", src_dict)
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, str):
            raise FieldError("string", type_, "type")

        title = d.pop("title", UNSET)
        if not isinstance(title, str):
            raise FieldError("string", title, "title")

        status = d.pop("status", UNSET)
        if not (isinstance(status, int) and status is not True and status is not False):
            raise FieldError("integer", status, "status")

        detail = d.pop("detail", UNSET)
        if not isinstance(detail, str):
            raise FieldError("string", detail, "detail")

        _violations = d.pop("violations", UNSET)
        violations: list[Violation] | Unset = UNSET
        if isinstance(_violations, list):
            violations = []
            try:
                for violations_item_data in _violations:
                    violations_item = Violation.from_dict(violations_item_data)

                    violations.append(violations_item)
            except FieldError as field__error:
                field__error.segments.append(len(violations))
                field__error.segments.append("violations")
                raise
        elif _violations is not UNSET:
            raise FieldError("array", _violations, "violations")

        problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            violations=violations,
        )

        problem.additional_properties = d
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
