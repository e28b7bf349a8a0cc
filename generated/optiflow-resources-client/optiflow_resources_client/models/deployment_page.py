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
    from ..models.cursors import Cursors
    from ..models.deployment import Deployment

_refs__resolved = False
_from_dict__Cursors: Callable[[Mapping[str, Any]], Cursors]
_from_dict__Deployment: Callable[[Mapping[str, Any]], Deployment]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Cursors, Deployment  # noqa: PLW0603
    global _from_dict__Cursors, _from_dict__Deployment  # noqa: PLW0603
    from ..models.cursors import Cursors  # noqa: PLC0415
    from ..models.deployment import Deployment  # noqa: PLC0415

    _from_dict__Cursors = Cursors.from_dict
    _from_dict__Deployment = Deployment.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="DeploymentPage")


@_attrs_define
class DeploymentPage:
    """One page of deployments, with pointers to the neighbouring pages. The portal shows `data`; the `cursors` member is
    assumed to match the employee list.

        Attributes:
            data (list[Deployment] | Unset): The items on this page.
            cursors (Cursors | Unset): Opaque pointers to pages next to the current one; pass one as the `cursor` query
                parameter. A pointer is null when that page does not exist.
    """

    data: list[Deployment] | Unset = UNSET
    cursors: Cursors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        if data is not UNSET:
            field_dict["data"] = data
        cursors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cursors, Unset):
            cursors = self.cursors.to_dict()
        if cursors is not UNSET:
            field_dict["cursors"] = cursors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DeploymentPage)", d)
            d = dict(d)
        n__absent = 0
        _data = d.get("data", UNSET)
        data: list[Deployment] | Unset = UNSET
        if isinstance(_data, list):
            data = []
            try:
                for data_item_data in _data:
                    data_item = _from_dict__Deployment(data_item_data)

                    data.append(data_item)
            except FieldError as field__error:
                field__error.segments.append(len(data))
                field__error.segments.append("data")
                raise
        elif _data is not UNSET:
            raise FieldError("array", _data, "data")

        if data is UNSET:
            n__absent += 1

        _cursors = d.get("cursors", UNSET)
        cursors: Cursors | Unset = UNSET
        if _cursors is not UNSET:
            try:
                cursors = _from_dict__Cursors(_cursors)
            except FieldError as field__error:
                field__error.segments.append("cursors")
                raise

        if cursors is UNSET:
            n__absent += 1

        if cls is _plain__class:
            deployment_page = _new__object(cls)
            deployment_page.data = data
            deployment_page.cursors = cursors
            deployment_page.additional_properties = {}
        else:
            deployment_page = cls(
                data,
                cursors,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"data", "cursors"}
            }
            deployment_page.additional_properties = extra__props
        return deployment_page

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


_plain__class: type[DeploymentPage] | None = (
    DeploymentPage
    if {field.name for field in _attrs_fields(DeploymentPage)} == {"data", "cursors", "additional_properties"}
    and not hasattr(DeploymentPage, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
