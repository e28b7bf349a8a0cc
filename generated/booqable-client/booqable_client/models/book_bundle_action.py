from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.book_bundle_action_action import BookBundleActionAction
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.product_variation import ProductVariation

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, ProductVariation  # noqa: PLW0603
    from ..models.product_variation import ProductVariation  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="BookBundleAction")


@_attrs_define
class BookBundleAction:
    """Books a bundle on the order. Bundle items with a fixed product are booked by themselves; for every other bundle
    item, `product_variations` picks the product (send an empty list when there is none).

        Attributes:
            action (BookBundleActionAction): Which action this is.
            bundle_id (UUID): ID of the bundle.
            quantity (int): Number of bundles; multiplies the quantity of every product in it.
            product_variations (list[ProductVariation]):
    """

    action: BookBundleActionAction
    bundle_id: UUID
    quantity: int
    product_variations: list[ProductVariation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        action = self.action.value

        bundle_id = str(self.bundle_id)

        quantity = self.quantity

        product_variations = []
        for product_variations_item_data in self.product_variations:
            product_variations_item = product_variations_item_data.to_dict()
            product_variations.append(product_variations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "bundle_id": bundle_id,
                "quantity": quantity,
                "product_variations": product_variations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (BookBundleAction)", src_dict)
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        if isinstance(_action, str):
            action = BookBundleActionAction(_action)
        else:
            raise FieldError("string (BookBundleActionAction)", _action, "action")

        _bundle_id = d.pop("bundle_id", UNSET)
        try:
            bundle_id = UUID(_bundle_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _bundle_id, "bundle_id") from None

        quantity = d.pop("quantity", UNSET)
        if not (isinstance(quantity, int) and quantity is not True and quantity is not False):
            raise FieldError("integer", quantity, "quantity")

        _product_variations = d.pop("product_variations", UNSET)
        if isinstance(_product_variations, list):
            product_variations = []
            try:
                for product_variations_item_data in _product_variations:
                    product_variations_item = ProductVariation.from_dict(product_variations_item_data)

                    product_variations.append(product_variations_item)
            except FieldError as field__error:
                field__error.segments.append(len(product_variations))
                field__error.segments.append("product_variations")
                raise
        else:
            raise FieldError("array", _product_variations, "product_variations")

        book_bundle_action = cls(
            action=action,
            bundle_id=bundle_id,
            quantity=quantity,
            product_variations=product_variations,
        )

        book_bundle_action.additional_properties = d
        return book_bundle_action

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
