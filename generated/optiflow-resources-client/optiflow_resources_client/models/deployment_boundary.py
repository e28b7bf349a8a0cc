from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.deployment_location import DeploymentLocation

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, DeploymentLocation  # noqa: PLW0603
    from ..models.deployment_location import DeploymentLocation  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="DeploymentBoundary")


@_attrs_define
class DeploymentBoundary:
    """A moment and place at which a deployment begins or ends.

    Attributes:
        at (datetime.datetime):  Example: 2021-01-01T08:00:00Z.
        location (DeploymentLocation): Location of a deployment; external deployments give either `home_base` or
            `address`, not both.
    """

    at: datetime.datetime
    location: DeploymentLocation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        at = self.at.isoformat()

        location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "location": location,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DeploymentBoundary)", src_dict)
        d = dict(src_dict)
        _at = d.pop("at", UNSET)
        try:
            at = datetime.datetime.fromisoformat(_at)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("date-time", _at, "at") from None

        try:
            location = DeploymentLocation.from_dict(d.pop("location", UNSET))
        except FieldError as field__error:
            field__error.segments.append("location")
            raise

        deployment_boundary = cls(
            at=at,
            location=location,
        )

        deployment_boundary.additional_properties = d
        return deployment_boundary

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
