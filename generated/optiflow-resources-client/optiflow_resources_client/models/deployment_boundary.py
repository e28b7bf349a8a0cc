from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.deployment_location import DeploymentLocation

_refs__resolved = False
_from_dict__DeploymentLocation: Callable[[Mapping[str, Any]], DeploymentLocation]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DeploymentLocation  # noqa: PLW0603
    global _from_dict__DeploymentLocation  # noqa: PLW0603
    from ..models.deployment_location import DeploymentLocation  # noqa: PLC0415

    _from_dict__DeploymentLocation = DeploymentLocation.from_dict
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        at = self.at.isoformat() if self.at.tzinfo is not None else _naive__datetime("at")
        field_dict["at"] = at
        location = self.location.to_dict()
        field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DeploymentBoundary)", d)
            d = dict(d)
        _at = d.get("at", UNSET)
        try:
            at = _datetime__parse(_at)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("date-time", _at, "at") from None

        try:
            location = _from_dict__DeploymentLocation(d.get("location", UNSET))
        except FieldError as field__error:
            field__error.segments.append("location")
            raise

        if cls is _plain__class:
            deployment_boundary = _new__object(cls)
            deployment_boundary.at = at
            deployment_boundary.location = location
            deployment_boundary.additional_properties = {}
        else:
            deployment_boundary = cls(
                at,
                location,
            )
        if len(d) != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"at", "location"}
            }
            deployment_boundary.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[DeploymentBoundary] | None = (
    DeploymentBoundary
    if {field.name for field in _attrs_fields(DeploymentBoundary)} == {"at", "location", "additional_properties"}
    and not hasattr(DeploymentBoundary, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
