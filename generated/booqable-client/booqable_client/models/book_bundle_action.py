from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.book_bundle_action_action import BookBundleActionAction
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.product_variation import ProductVariation

_refs__resolved = False
_from_dict__ProductVariation: Callable[[Mapping[str, Any]], ProductVariation]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, ProductVariation  # noqa: PLW0603
    global _from_dict__ProductVariation  # noqa: PLW0603
    from ..models.product_variation import ProductVariation  # noqa: PLC0415

    _from_dict__ProductVariation = ProductVariation.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="BookBundleAction")


@_attrs_define
class BookBundleAction:
    """Books a bundle on the order. Bundle items with a fixed product are booked by themselves; for every other bundle
    item, `product_variations` picks the product (send an empty list when there is none).

        Attributes:
            action (BookBundleActionAction): Which action this is. Default: BookBundleActionAction.BOOK_BUNDLE.
            bundle_id (UUID): ID of the bundle.
            quantity (int): Number of bundles; multiplies the quantity of every product in it.
            product_variations (list[ProductVariation]):
    """

    bundle_id: UUID
    quantity: int
    product_variations: list[ProductVariation]
    action: BookBundleActionAction = BookBundleActionAction.BOOK_BUNDLE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        action = self.action.value
        field_dict["action"] = action
        bundle_id = str(self.bundle_id)
        field_dict["bundle_id"] = bundle_id
        field_dict["quantity"] = self.quantity
        product_variations = []
        for product_variations_item_data in self.product_variations:
            product_variations_item = product_variations_item_data.to_dict()
            product_variations.append(product_variations_item)

        field_dict["product_variations"] = product_variations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BookBundleAction)", d)
            d = dict(d)
        _action = d.get("action", UNSET)
        if type(_action) is str:
            action = BookBundleActionAction._by__value.get(_action) or BookBundleActionAction(_action)
        elif isinstance(_action, str):
            action = BookBundleActionAction(_action)
        else:
            raise FieldError("string (BookBundleActionAction)", _action, "action")

        _bundle_id = d.get("bundle_id", UNSET)
        try:
            bundle_id = parse_uuid(_bundle_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _bundle_id, "bundle_id") from None

        quantity = d.get("quantity", UNSET)
        if not (type(quantity) is int) and not (
            isinstance(quantity, int) and quantity is not True and quantity is not False
        ):
            raise FieldError("integer", quantity, "quantity")

        _product_variations = d.get("product_variations", UNSET)
        if isinstance(_product_variations, list):
            product_variations = []
            try:
                for product_variations_item_data in _product_variations:
                    product_variations_item = _from_dict__ProductVariation(product_variations_item_data)

                    product_variations.append(product_variations_item)
            except FieldError as field__error:
                field__error.segments.append(len(product_variations))
                field__error.segments.append("product_variations")
                raise
        else:
            raise FieldError("array", _product_variations, "product_variations")

        if cls is _plain__class:
            book_bundle_action = _new__object(cls)
            book_bundle_action.action = action
            book_bundle_action.bundle_id = bundle_id
            book_bundle_action.quantity = quantity
            book_bundle_action.product_variations = product_variations
            book_bundle_action.additional_properties = {}
        else:
            book_bundle_action = cls(
                bundle_id,
                quantity,
                product_variations,
                action,
            )
        if len(d) != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"action", "bundle_id", "quantity", "product_variations"}
            }
            book_bundle_action.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[BookBundleAction] | None = (
    BookBundleAction
    if {field.name for field in _attrs_fields(BookBundleAction)}
    == {"action", "bundle_id", "quantity", "product_variations", "additional_properties"}
    and not hasattr(BookBundleAction, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
