from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.logical_operator import LogicalOperator

if TYPE_CHECKING:
    from ..models.product_filter import ProductFilter


T = TypeVar("T", bound="ProductSearchGroup")


@_attrs_define
class ProductSearchGroup:
    """A group of conditions on products: each entry is an attribute filter or a nested group, combined with `operator`.

    Attributes:
        operator (LogicalOperator): How the conditions of a search group combine.
        attributes (list[ProductFilter | ProductSearchGroup]):
    """

    operator: LogicalOperator
    attributes: list[ProductFilter | ProductSearchGroup]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator = self.operator.value

        attributes = []
        for attributes_item_data in self.attributes:
            attributes_item: dict[str, Any]
            if isinstance(attributes_item_data, ProductSearchGroup):
                attributes_item = attributes_item_data.to_dict()
            else:
                attributes_item = attributes_item_data.to_dict()

            attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_filter import ProductFilter  # noqa: PLC0415

        d = dict(src_dict)
        operator = LogicalOperator(d.pop("operator"))

        attributes = []
        _attributes = d.pop("attributes")
        for attributes_item_data in _attributes:

            def _parse_attributes_item(data: object) -> ProductFilter | ProductSearchGroup:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    attributes_item_type_0 = ProductSearchGroup.from_dict(data)

                    return attributes_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_item_type_1 = ProductFilter.from_dict(data)

                return attributes_item_type_1

            attributes_item = _parse_attributes_item(attributes_item_data)

            attributes.append(attributes_item)

        product_search_group = cls(
            operator=operator,
            attributes=attributes,
        )

        product_search_group.additional_properties = d
        return product_search_group

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
