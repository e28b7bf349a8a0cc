from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundlePriceAttributes")


@_attrs_define
class BundlePriceAttributes:
    """Attributes of a bundle price as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            bundle_id (UUID | Unset): ID of the related bundle.
            charge_label (str | Unset):
            price_each_in_cents (int | Unset): Price each, in cents.
            bundle_ids (list[UUID] | Unset): IDs of the related bundle records. Unverified: the element type is not
                documented.
            from_ (datetime.datetime | Unset):
            till (datetime.datetime | Unset):
    """

    bundle_id: UUID | Unset = UNSET
    charge_label: str | Unset = UNSET
    price_each_in_cents: int | Unset = UNSET
    bundle_ids: list[UUID] | Unset = UNSET
    from_: datetime.datetime | Unset = UNSET
    till: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        bundle_id: str | Unset = UNSET
        if not isinstance(self.bundle_id, Unset):
            bundle_id = str(self.bundle_id)
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        charge_label = self.charge_label
        if charge_label is not UNSET:
            field_dict["charge_label"] = charge_label
        price_each_in_cents = self.price_each_in_cents
        if price_each_in_cents is not UNSET:
            field_dict["price_each_in_cents"] = price_each_in_cents
        bundle_ids: list[str] | Unset = UNSET
        if not isinstance(self.bundle_ids, Unset):
            bundle_ids = []
            for bundle_ids_item_data in self.bundle_ids:
                bundle_ids_item = str(bundle_ids_item_data)
                bundle_ids.append(bundle_ids_item)

        if bundle_ids is not UNSET:
            field_dict["bundle_ids"] = bundle_ids
        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = (
                self.from_.isoformat().replace("+00:00", "Z")
                if self.from_.tzinfo is not None
                else _naive__datetime("from")
            )
        if from_ is not UNSET:
            field_dict["from"] = from_
        till: str | Unset = UNSET
        if not isinstance(self.till, Unset):
            till = (
                self.till.isoformat().replace("+00:00", "Z")
                if self.till.tzinfo is not None
                else _naive__datetime("till")
            )
        if till is not UNSET:
            field_dict["till"] = till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BundlePriceAttributes)", d)
            d = dict(d)
        n__absent = 0
        _bundle_id = d.get("bundle_id", UNSET)
        bundle_id: UUID | Unset = UNSET
        if _bundle_id is not UNSET:
            try:
                bundle_id = parse_uuid(_bundle_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _bundle_id, "bundle_id") from None

        if bundle_id is UNSET:
            n__absent += 1

        charge_label = d.get("charge_label", UNSET)
        if not (type(charge_label) is str):
            if charge_label is UNSET:
                n__absent += 1
            elif not isinstance(charge_label, str):
                raise FieldError("string", charge_label, "charge_label")

        price_each_in_cents = d.get("price_each_in_cents", UNSET)
        if not (type(price_each_in_cents) is int):
            if price_each_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(price_each_in_cents, int)
                and price_each_in_cents is not True
                and price_each_in_cents is not False
            ):
                raise FieldError("integer", price_each_in_cents, "price_each_in_cents")

        _bundle_ids = d.get("bundle_ids", UNSET)
        bundle_ids: list[UUID] | Unset = UNSET
        if isinstance(_bundle_ids, list):
            bundle_ids = []
            try:
                for bundle_ids_item_data in _bundle_ids:
                    _bundle_ids_item = bundle_ids_item_data
                    try:
                        bundle_ids_item = parse_uuid(_bundle_ids_item)
                    except (TypeError, ValueError, AttributeError):
                        raise FieldError.unparsable("UUID", _bundle_ids_item) from None

                    bundle_ids.append(bundle_ids_item)
            except FieldError as field__error:
                field__error.segments.append(len(bundle_ids))
                field__error.segments.append("bundle_ids")
                raise
        elif _bundle_ids is not UNSET:
            raise FieldError("array", _bundle_ids, "bundle_ids")

        if bundle_ids is UNSET:
            n__absent += 1

        _from_ = d.get("from", UNSET)
        from_: datetime.datetime | Unset = UNSET
        if _from_ is not UNSET:
            try:
                from_ = _datetime__parse(_from_)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _from_, "from") from None

        if from_ is UNSET:
            n__absent += 1

        _till = d.get("till", UNSET)
        till: datetime.datetime | Unset = UNSET
        if _till is not UNSET:
            try:
                till = _datetime__parse(_till)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _till, "till") from None

        if till is UNSET:
            n__absent += 1

        if cls is _plain__class:
            bundle_price_attributes = _new__object(cls)
            bundle_price_attributes.bundle_id = bundle_id
            bundle_price_attributes.charge_label = charge_label
            bundle_price_attributes.price_each_in_cents = price_each_in_cents
            bundle_price_attributes.bundle_ids = bundle_ids
            bundle_price_attributes.from_ = from_
            bundle_price_attributes.till = till
            bundle_price_attributes.additional_properties = {}
        else:
            bundle_price_attributes = cls(
                bundle_id,
                charge_label,
                price_each_in_cents,
                bundle_ids,
                from_,
                till,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"bundle_id", "charge_label", "price_each_in_cents", "bundle_ids", "from", "till"}
            }
            bundle_price_attributes.additional_properties = extra__props
        return bundle_price_attributes

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


_plain__class: type[BundlePriceAttributes] | None = (
    BundlePriceAttributes
    if {field.name for field in _attrs_fields(BundlePriceAttributes)}
    == {"bundle_id", "charge_label", "price_each_in_cents", "bundle_ids", "from_", "till", "additional_properties"}
    and not hasattr(BundlePriceAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
