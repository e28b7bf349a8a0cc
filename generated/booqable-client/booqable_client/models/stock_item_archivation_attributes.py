from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="StockItemArchivationAttributes")


@_attrs_define
class StockItemArchivationAttributes:
    """Attributes of a stock item archivation as read from the API. `required` lists the attributes Booqable always sends;
    a sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            confirm_shortage (bool | None | Unset): Send true to go ahead despite a shortage warning. Unverified: the
                examples show `null`, which the field list does not allow.
            stock_item_id (UUID | Unset): ID of the related stock item.
    """

    confirm_shortage: bool | None | Unset = UNSET
    stock_item_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        confirm_shortage: bool | None | Unset
        if isinstance(self.confirm_shortage, Unset):
            confirm_shortage = UNSET
        else:
            confirm_shortage = self.confirm_shortage
        if confirm_shortage is not UNSET:
            field_dict["confirm_shortage"] = confirm_shortage
        stock_item_id: str | Unset = UNSET
        if not isinstance(self.stock_item_id, Unset):
            stock_item_id = str(self.stock_item_id)
        if stock_item_id is not UNSET:
            field_dict["stock_item_id"] = stock_item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (StockItemArchivationAttributes)", d)
            d = dict(d)
        n__absent = 0
        confirm_shortage = d.get("confirm_shortage", UNSET)
        if not ((confirm_shortage is True or confirm_shortage is False) or confirm_shortage is None):
            if confirm_shortage is UNSET:
                n__absent += 1
            elif not (isinstance(confirm_shortage, bool) or confirm_shortage is None):
                raise FieldError("boolean or null", confirm_shortage, "confirm_shortage")

        _stock_item_id = d.get("stock_item_id", UNSET)
        stock_item_id: UUID | Unset = UNSET
        if _stock_item_id is not UNSET:
            try:
                stock_item_id = parse_uuid(_stock_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _stock_item_id, "stock_item_id") from None

        if stock_item_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            stock_item_archivation_attributes = _new__object(cls)
            stock_item_archivation_attributes.confirm_shortage = confirm_shortage
            stock_item_archivation_attributes.stock_item_id = stock_item_id
            stock_item_archivation_attributes.additional_properties = {}
        else:
            stock_item_archivation_attributes = cls(
                confirm_shortage,
                stock_item_id,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"confirm_shortage", "stock_item_id"}
            }
            stock_item_archivation_attributes.additional_properties = extra__props
        return stock_item_archivation_attributes

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


_plain__class: type[StockItemArchivationAttributes] | None = (
    StockItemArchivationAttributes
    if {field.name for field in _attrs_fields(StockItemArchivationAttributes)}
    == {"confirm_shortage", "stock_item_id", "additional_properties"}
    and not hasattr(StockItemArchivationAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
