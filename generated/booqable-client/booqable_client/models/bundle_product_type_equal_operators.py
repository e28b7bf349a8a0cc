from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.bundle_product_type import BundleProductType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundleProductTypeEqualOperators")


@_attrs_define
class BundleProductTypeEqualOperators:
    """Operators for filtering on a `BundleProductType` attribute; several operators combine with AND.

    Attributes:
        eq (BundleProductType | Literal["bundle"] | Unset): The product type of a bundle, which is always `bundle`.
    """

    eq: BundleProductType | Literal["bundle"] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = BundleProductType(self.eq).value

        if eq is not UNSET:
            field_dict["eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BundleProductTypeEqualOperators)", d)
            d = dict(d)
        n__absent = 0
        _eq = d.get("eq", UNSET)
        eq: BundleProductType | Literal["bundle"] | Unset = UNSET
        if type(_eq) is str:
            eq = BundleProductType._by__value.get(_eq) or BundleProductType(_eq)
        elif isinstance(_eq, str):
            eq = BundleProductType(_eq)
        elif _eq is not UNSET:
            raise FieldError("string (BundleProductType)", _eq, "eq")

        if eq is UNSET:
            n__absent += 1

        if cls is _plain__class:
            bundle_product_type_equal_operators = _new__object(cls)
            bundle_product_type_equal_operators.eq = eq
        else:
            bundle_product_type_equal_operators = cls(
                eq,
            )
        if len(d) + n__absent != 1:
            for prop_name in d:
                if prop_name not in {"eq"}:
                    raise FieldError(
                        "no such property (BundleProductTypeEqualOperators allows no others)",
                        None,
                        prop_name,
                        found="one",
                    )
        return bundle_product_type_equal_operators

    __repr__ = _model__repr


_plain__class: type[BundleProductTypeEqualOperators] | None = (
    BundleProductTypeEqualOperators
    if {field.name for field in _attrs_fields(BundleProductTypeEqualOperators)} == {"eq"}
    and not hasattr(BundleProductTypeEqualOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
