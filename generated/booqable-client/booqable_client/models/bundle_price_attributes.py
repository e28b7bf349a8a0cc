from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundlePriceAttributes")


@_attrs_define
class BundlePriceAttributes:
    """Attributes of a bundle price as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            bundle_id (UUID | Unset): ID of the related bundle.
            bundle_ids (list[UUID] | Unset): IDs of the related bundle records. Unverified: the element type is not
                documented.
            charge_label (str | Unset):
            from_ (datetime.datetime | Unset):
            price_each_in_cents (int | Unset): Price each, in cents.
            till (datetime.datetime | Unset):
    """

    bundle_id: UUID | Unset = UNSET
    bundle_ids: list[UUID] | Unset = UNSET
    charge_label: str | Unset = UNSET
    from_: datetime.datetime | Unset = UNSET
    price_each_in_cents: int | Unset = UNSET
    till: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_id: str | Unset = UNSET
        if not isinstance(self.bundle_id, Unset):
            bundle_id = str(self.bundle_id)

        bundle_ids: list[str] | Unset = UNSET
        if not isinstance(self.bundle_ids, Unset):
            bundle_ids = []
            for bundle_ids_item_data in self.bundle_ids:
                bundle_ids_item = str(bundle_ids_item_data)
                bundle_ids.append(bundle_ids_item)

        charge_label = self.charge_label

        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.isoformat().replace("+00:00", "Z")

        price_each_in_cents = self.price_each_in_cents

        till: str | Unset = UNSET
        if not isinstance(self.till, Unset):
            till = self.till.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if bundle_ids is not UNSET:
            field_dict["bundle_ids"] = bundle_ids
        if charge_label is not UNSET:
            field_dict["charge_label"] = charge_label
        if from_ is not UNSET:
            field_dict["from"] = from_
        if price_each_in_cents is not UNSET:
            field_dict["price_each_in_cents"] = price_each_in_cents
        if till is not UNSET:
            field_dict["till"] = till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (BundlePriceAttributes)", src_dict)
        d = dict(src_dict)
        _bundle_id = d.pop("bundle_id", UNSET)
        bundle_id: UUID | Unset = UNSET
        if _bundle_id is not UNSET:
            try:
                bundle_id = UUID(_bundle_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _bundle_id, "bundle_id") from None

        _bundle_ids = d.pop("bundle_ids", UNSET)
        bundle_ids: list[UUID] | Unset = UNSET
        if isinstance(_bundle_ids, list):
            bundle_ids = []
            try:
                for bundle_ids_item_data in _bundle_ids:
                    _bundle_ids_item = bundle_ids_item_data
                    try:
                        bundle_ids_item = UUID(_bundle_ids_item)
                    except (TypeError, ValueError, AttributeError):
                        raise FieldError.unparsable("UUID", _bundle_ids_item) from None

                    bundle_ids.append(bundle_ids_item)
            except FieldError as field__error:
                field__error.segments.append(len(bundle_ids))
                field__error.segments.append("bundle_ids")
                raise
        elif _bundle_ids is not UNSET:
            raise FieldError("array", _bundle_ids, "bundle_ids")

        charge_label = d.pop("charge_label", UNSET)
        if not isinstance(charge_label, str) and charge_label is not UNSET:
            raise FieldError("string", charge_label, "charge_label")

        _from_ = d.pop("from", UNSET)
        from_: datetime.datetime | Unset = UNSET
        if _from_ is not UNSET:
            try:
                from_ = datetime.datetime.fromisoformat(_from_)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _from_, "from") from None

        price_each_in_cents = d.pop("price_each_in_cents", UNSET)
        if (
            not (
                isinstance(price_each_in_cents, int)
                and price_each_in_cents is not True
                and price_each_in_cents is not False
            )
            and price_each_in_cents is not UNSET
        ):
            raise FieldError("integer", price_each_in_cents, "price_each_in_cents")

        _till = d.pop("till", UNSET)
        till: datetime.datetime | Unset = UNSET
        if _till is not UNSET:
            try:
                till = datetime.datetime.fromisoformat(_till)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _till, "till") from None

        bundle_price_attributes = cls(
            bundle_id=bundle_id,
            bundle_ids=bundle_ids,
            charge_label=charge_label,
            from_=from_,
            price_each_in_cents=price_each_in_cents,
            till=till,
        )

        bundle_price_attributes.additional_properties = d
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
