from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.weight import Weight


T = TypeVar("T", bound="ProductWriteAttributes")


@_attrs_define
class ProductWriteAttributes:
    """Attributes that can be sent when creating or updating a product.

    Attributes:
        base_price_in_cents (int | Unset): Base price, in cents.
        photo_id (None | Unset | UUID): ID of the related photo.
        product_group_id (UUID | Unset): ID of the related product group. Can only be set when the record is created.
        sorting_weight (int | Unset):
        variation_values (list[str] | Unset):
        weight (None | Unset | Weight): Weight of the variation; write `{"value": null}` to inherit the group's again.
    """

    base_price_in_cents: int | Unset = UNSET
    photo_id: None | Unset | UUID = UNSET
    product_group_id: UUID | Unset = UNSET
    sorting_weight: int | Unset = UNSET
    variation_values: list[str] | Unset = UNSET
    weight: None | Unset | Weight = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.weight import Weight  # noqa: PLC0415

        base_price_in_cents = self.base_price_in_cents

        photo_id: None | str | Unset
        if isinstance(self.photo_id, Unset):
            photo_id = UNSET
        elif isinstance(self.photo_id, UUID):
            photo_id = str(self.photo_id)
        else:
            photo_id = self.photo_id

        product_group_id: str | Unset = UNSET
        if not isinstance(self.product_group_id, Unset):
            product_group_id = str(self.product_group_id)

        sorting_weight = self.sorting_weight

        variation_values: list[str] | Unset = UNSET
        if not isinstance(self.variation_values, Unset):
            variation_values = self.variation_values

        weight: dict[str, Any] | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        elif isinstance(self.weight, Weight):
            weight = self.weight.to_dict()
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_price_in_cents is not UNSET:
            field_dict["base_price_in_cents"] = base_price_in_cents
        if photo_id is not UNSET:
            field_dict["photo_id"] = photo_id
        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        if sorting_weight is not UNSET:
            field_dict["sorting_weight"] = sorting_weight
        if variation_values is not UNSET:
            field_dict["variation_values"] = variation_values
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.weight import Weight  # noqa: PLC0415

        d = dict(src_dict)
        base_price_in_cents = d.pop("base_price_in_cents", UNSET)

        def _parse_photo_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                photo_id_type_0 = UUID(data)

                return photo_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        photo_id = _parse_photo_id(d.pop("photo_id", UNSET))

        _product_group_id = d.pop("product_group_id", UNSET)
        product_group_id: UUID | Unset
        if isinstance(_product_group_id, Unset):
            product_group_id = UNSET
        else:
            product_group_id = UUID(_product_group_id)

        sorting_weight = d.pop("sorting_weight", UNSET)

        variation_values = cast(list[str], d.pop("variation_values", UNSET))

        def _parse_weight(data: object) -> None | Unset | Weight:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                weight_type_0 = Weight.from_dict(data)

                return weight_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Weight, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        product_write_attributes = cls(
            base_price_in_cents=base_price_in_cents,
            photo_id=photo_id,
            product_group_id=product_group_id,
            sorting_weight=sorting_weight,
            variation_values=variation_values,
            weight=weight,
        )

        product_write_attributes.additional_properties = d
        return product_write_attributes

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
