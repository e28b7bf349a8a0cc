from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cursors import Cursors
    from ..models.deployment import Deployment

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, Cursors, Deployment  # noqa: PLW0603
    from ..models.cursors import Cursors  # noqa: PLC0415
    from ..models.deployment import Deployment  # noqa: PLC0415

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
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        cursors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cursors, Unset):
            cursors = self.cursors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if cursors is not UNSET:
            field_dict["cursors"] = cursors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DeploymentPage)", src_dict)
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[Deployment] | Unset = UNSET
        if isinstance(_data, list):
            data = []
            try:
                for data_item_data in _data:
                    data_item = Deployment.from_dict(data_item_data)

                    data.append(data_item)
            except FieldError as field__error:
                field__error.segments.append(len(data))
                field__error.segments.append("data")
                raise
        elif _data is not UNSET:
            raise FieldError("array", _data, "data")

        _cursors = d.pop("cursors", UNSET)
        cursors: Cursors | Unset = UNSET
        if _cursors is not UNSET:
            try:
                cursors = Cursors.from_dict(_cursors)
            except FieldError as field__error:
                field__error.segments.append("cursors")
                raise

        deployment_page = cls(
            data=data,
            cursors=cursors,
        )

        deployment_page.additional_properties = d
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
