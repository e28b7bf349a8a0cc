from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.weight import Weight

_refs__resolved = False
_from_dict__Weight: Callable[[Mapping[str, Any]], Weight]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Weight  # noqa: PLW0603
    global _from_dict__Weight  # noqa: PLW0603
    from ..models.weight import Weight  # noqa: PLC0415

    _from_dict__Weight = Weight.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="ProductWriteAttributes")


@_attrs_define
class ProductWriteAttributes:
    """Attributes that can be sent when creating or updating a product.

    Attributes:
        base_price_in_cents (int | Unset): Base price, in cents.
        photo_id (None | Unset | UUID): ID of the related photo.
        product_group_id (UUID | Unset): ID of the related product group. Can only be set when the record is created.
        sorting_weight (int | Unset):
        variation_values (Sequence[str] | Unset):
        weight (None | Unset | Weight): Weight of the variation; write `{"value": null}` to inherit the group's again.
    """

    base_price_in_cents: int | Unset = UNSET
    photo_id: None | Unset | UUID = UNSET
    product_group_id: UUID | Unset = UNSET
    sorting_weight: int | Unset = UNSET
    variation_values: Sequence[str] | Unset = UNSET
    weight: None | Unset | Weight = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        base_price_in_cents = self.base_price_in_cents
        if base_price_in_cents is not UNSET:
            field_dict["base_price_in_cents"] = base_price_in_cents
        photo_id: None | str | Unset
        if isinstance(self.photo_id, Unset):
            photo_id = UNSET
        elif isinstance(self.photo_id, UUID):
            photo_id = str(self.photo_id)
        else:
            photo_id = self.photo_id
        if photo_id is not UNSET:
            field_dict["photo_id"] = photo_id
        product_group_id: str | Unset = UNSET
        if not isinstance(self.product_group_id, Unset):
            product_group_id = str(self.product_group_id)
        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        sorting_weight = self.sorting_weight
        if sorting_weight is not UNSET:
            field_dict["sorting_weight"] = sorting_weight
        variation_values: list[str] | Unset = UNSET
        if not isinstance(self.variation_values, Unset):
            variation_values = list(self.variation_values)

        if variation_values is not UNSET:
            field_dict["variation_values"] = variation_values
        weight: dict[str, Any] | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        elif isinstance(self.weight, Weight):
            weight = self.weight.to_dict()
        else:
            weight = self.weight
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ProductWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        base_price_in_cents = d.get("base_price_in_cents", UNSET)
        if not (type(base_price_in_cents) is int):
            if base_price_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(base_price_in_cents, int)
                and base_price_in_cents is not True
                and base_price_in_cents is not False
            ):
                raise FieldError("integer", base_price_in_cents, "base_price_in_cents")

        _photo_id = d.get("photo_id", UNSET)
        photo_id: None | Unset | UUID
        if _photo_id is None or _photo_id is UNSET:
            photo_id = _photo_id
        elif isinstance(_photo_id, str):
            _photo_id_type_0 = _photo_id
            try:
                photo_id_type_0 = parse_uuid(_photo_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _photo_id_type_0, "photo_id") from None

            photo_id = photo_id_type_0
        else:
            raise FieldError("UUID string or null", _photo_id, "photo_id")

        if photo_id is UNSET:
            n__absent += 1

        _product_group_id = d.get("product_group_id", UNSET)
        product_group_id: UUID | Unset = UNSET
        if _product_group_id is not UNSET:
            try:
                product_group_id = parse_uuid(_product_group_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_group_id, "product_group_id") from None

        if product_group_id is UNSET:
            n__absent += 1

        sorting_weight = d.get("sorting_weight", UNSET)
        if not (type(sorting_weight) is int):
            if sorting_weight is UNSET:
                n__absent += 1
            elif not (isinstance(sorting_weight, int) and sorting_weight is not True and sorting_weight is not False):
                raise FieldError("integer", sorting_weight, "sorting_weight")

        _variation_values = d.get("variation_values", UNSET)
        variation_values: Sequence[str] | Unset = UNSET
        if isinstance(_variation_values, list):
            for variation_values_item in _variation_values:
                if not (type(variation_values_item) is str) and not isinstance(variation_values_item, str):
                    raise FieldError(
                        "string",
                        variation_values_item,
                        _position(_variation_values, variation_values_item),
                        "variation_values",
                    )
            variation_values = _variation_values
        elif _variation_values is not UNSET:
            raise FieldError("array", _variation_values, "variation_values")

        if variation_values is UNSET:
            n__absent += 1

        _weight = d.get("weight", UNSET)
        weight: None | Unset | Weight
        if _weight is None or _weight is UNSET:
            weight = _weight
        elif isinstance(_weight, dict):
            try:
                weight_type_0 = _from_dict__Weight(_weight)
            except FieldError as field__error:
                field__error.segments.append("weight")
                raise

            weight = weight_type_0
        else:
            raise FieldError("object (Weight) or null", _weight, "weight")

        if weight is UNSET:
            n__absent += 1

        if cls is _plain__class:
            product_write_attributes = _new__object(cls)
            product_write_attributes.base_price_in_cents = base_price_in_cents
            product_write_attributes.photo_id = photo_id
            product_write_attributes.product_group_id = product_group_id
            product_write_attributes.sorting_weight = sorting_weight
            product_write_attributes.variation_values = variation_values
            product_write_attributes.weight = weight
            product_write_attributes.additional_properties = {}
        else:
            product_write_attributes = cls(
                base_price_in_cents,
                photo_id,
                product_group_id,
                sorting_weight,
                variation_values,
                weight,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "base_price_in_cents",
                    "photo_id",
                    "product_group_id",
                    "sorting_weight",
                    "variation_values",
                    "weight",
                }
            }
            product_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr

    if TYPE_CHECKING:
        from ..models.photo import Photo
        from ..models.product_group import ProductGroup

    def relate(
        self,
        *,
        photo: Photo | None | Unset = UNSET,
        product_group: ProductGroup | Unset = UNSET,
    ) -> ProductWriteAttributes:
        """Point this product at related records, by model: each keyword sets an id attribute.

        `photo=` sets `photo_id` (`None` clears it).
        `product_group=` sets `product_group_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(photo, Unset):
            self.photo_id = None if photo is None else photo.id
        if not isinstance(product_group, Unset):
            self.product_group_id = product_group.id
        return self


_plain__class: type[ProductWriteAttributes] | None = (
    ProductWriteAttributes
    if {field.name for field in _attrs_fields(ProductWriteAttributes)}
    == {
        "base_price_in_cents",
        "photo_id",
        "product_group_id",
        "sorting_weight",
        "variation_values",
        "weight",
        "additional_properties",
    }
    and not hasattr(ProductWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
