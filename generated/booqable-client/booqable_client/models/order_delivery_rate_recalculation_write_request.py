from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_delivery_rate_recalculation_write_data import OrderDeliveryRateRecalculationWriteData
    from ..models.sparse_fieldsets import SparseFieldsets

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, OrderDeliveryRateRecalculationWriteData, SparseFieldsets  # noqa: PLW0603
    from ..models.order_delivery_rate_recalculation_write_data import OrderDeliveryRateRecalculationWriteData  # noqa: PLC0415
    from ..models.sparse_fieldsets import SparseFieldsets  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="OrderDeliveryRateRecalculationWriteRequest")


@_attrs_define
class OrderDeliveryRateRecalculationWriteRequest:
    """Body for creating or updating an order delivery rate recalculation.

    Attributes:
        data (OrderDeliveryRateRecalculationWriteData): The order delivery rate recalculation in a create or update
            body.
        fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated list
            (`fields[plannings]=id,quantity`). Types not named here can be given too.
        include (str | Unset): Relationships to sideload in the response.
    """

    data: OrderDeliveryRateRecalculationWriteData
    fields: SparseFieldsets | Unset = UNSET
    include: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        data = self.data.to_dict()

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        include = self.include

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OrderDeliveryRateRecalculationWriteRequest)", src_dict)
        d = dict(src_dict)
        try:
            data = OrderDeliveryRateRecalculationWriteData.from_dict(d.pop("data", UNSET))
        except FieldError as field__error:
            field__error.segments.append("data")
            raise

        _fields = d.pop("fields", UNSET)
        fields: SparseFieldsets | Unset = UNSET
        if _fields is not UNSET:
            try:
                fields = SparseFieldsets.from_dict(_fields)
            except FieldError as field__error:
                field__error.segments.append("fields")
                raise

        include = d.pop("include", UNSET)
        if not isinstance(include, str) and include is not UNSET:
            raise FieldError("string", include, "include")

        order_delivery_rate_recalculation_write_request = cls(
            data=data,
            fields=fields,
            include=include,
        )

        order_delivery_rate_recalculation_write_request.additional_properties = d
        return order_delivery_rate_recalculation_write_request

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
