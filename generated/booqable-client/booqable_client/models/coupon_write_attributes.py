from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
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
from ..lib._fields import position as _position
from ..models.coupon_eligible_item_type import CouponEligibleItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CouponWriteAttributes")


@_attrs_define
class CouponWriteAttributes:
    """Attributes that can be sent when creating or updating a coupon.

    Attributes:
        active (bool | Unset):
        coupon_type (str | Unset):
        eligible_item_ids (Sequence[UUID] | Unset): IDs of the related eligible item records.
        eligible_item_type (CouponEligibleItemType | Unset): Values of `eligible_item_type` on coupons.
        ends_at (datetime.datetime | None | Unset):
        identifier (str | Unset):
        max_redemptions (int | None | Unset):
        minimum_order_amount_in_cents (int | None | Unset): Minimum order amount, in cents.
        one_per_customer (bool | Unset):
        stackable (bool | Unset):
        starts_at (datetime.datetime | None | Unset):
        tag_list (Sequence[str] | Unset):
        value (int | Unset):
    """

    active: bool | Unset = UNSET
    coupon_type: str | Unset = UNSET
    eligible_item_ids: Sequence[UUID] | Unset = UNSET
    eligible_item_type: CouponEligibleItemType | Unset = UNSET
    ends_at: datetime.datetime | None | Unset = UNSET
    identifier: str | Unset = UNSET
    max_redemptions: int | None | Unset = UNSET
    minimum_order_amount_in_cents: int | None | Unset = UNSET
    one_per_customer: bool | Unset = UNSET
    stackable: bool | Unset = UNSET
    starts_at: datetime.datetime | None | Unset = UNSET
    tag_list: Sequence[str] | Unset = UNSET
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        active = self.active
        if active is not UNSET:
            field_dict["active"] = active
        coupon_type = self.coupon_type
        if coupon_type is not UNSET:
            field_dict["coupon_type"] = coupon_type
        eligible_item_ids: list[str] | Unset = UNSET
        if not isinstance(self.eligible_item_ids, Unset):
            eligible_item_ids = []
            for eligible_item_ids_item_data in self.eligible_item_ids:
                eligible_item_ids_item = str(eligible_item_ids_item_data)
                eligible_item_ids.append(eligible_item_ids_item)

        if eligible_item_ids is not UNSET:
            field_dict["eligible_item_ids"] = eligible_item_ids
        eligible_item_type: str | Unset = UNSET
        if not isinstance(self.eligible_item_type, Unset):
            eligible_item_type = self.eligible_item_type.value

        if eligible_item_type is not UNSET:
            field_dict["eligible_item_type"] = eligible_item_type
        ends_at: None | str | Unset
        if isinstance(self.ends_at, Unset):
            ends_at = UNSET
        elif isinstance(self.ends_at, datetime.datetime):
            ends_at = (
                self.ends_at.isoformat().replace("+00:00", "Z")
                if self.ends_at.tzinfo is not None
                else _naive__datetime("ends_at_type_0")
            )
        else:
            ends_at = self.ends_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        max_redemptions: int | None | Unset
        if isinstance(self.max_redemptions, Unset):
            max_redemptions = UNSET
        else:
            max_redemptions = self.max_redemptions
        if max_redemptions is not UNSET:
            field_dict["max_redemptions"] = max_redemptions
        minimum_order_amount_in_cents: int | None | Unset
        if isinstance(self.minimum_order_amount_in_cents, Unset):
            minimum_order_amount_in_cents = UNSET
        else:
            minimum_order_amount_in_cents = self.minimum_order_amount_in_cents
        if minimum_order_amount_in_cents is not UNSET:
            field_dict["minimum_order_amount_in_cents"] = minimum_order_amount_in_cents
        one_per_customer = self.one_per_customer
        if one_per_customer is not UNSET:
            field_dict["one_per_customer"] = one_per_customer
        stackable = self.stackable
        if stackable is not UNSET:
            field_dict["stackable"] = stackable
        starts_at: None | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, datetime.datetime):
            starts_at = (
                self.starts_at.isoformat().replace("+00:00", "Z")
                if self.starts_at.tzinfo is not None
                else _naive__datetime("starts_at_type_0")
            )
        else:
            starts_at = self.starts_at
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = list(self.tag_list)

        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        value = self.value
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CouponWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        active = d.get("active", UNSET)
        if not (active is True or active is False):
            if active is UNSET:
                n__absent += 1
            elif not isinstance(active, bool):
                raise FieldError("boolean", active, "active")

        coupon_type = d.get("coupon_type", UNSET)
        if not (type(coupon_type) is str):
            if coupon_type is UNSET:
                n__absent += 1
            elif not isinstance(coupon_type, str):
                raise FieldError("string", coupon_type, "coupon_type")

        _eligible_item_ids = d.get("eligible_item_ids", UNSET)
        eligible_item_ids: Sequence[UUID] | Unset = UNSET
        if isinstance(_eligible_item_ids, list):
            eligible_item_ids = []
            try:
                for eligible_item_ids_item_data in _eligible_item_ids:
                    _eligible_item_ids_item = eligible_item_ids_item_data
                    try:
                        eligible_item_ids_item = parse_uuid(_eligible_item_ids_item)
                    except (TypeError, ValueError, AttributeError):
                        raise FieldError.unparsable("UUID", _eligible_item_ids_item) from None

                    eligible_item_ids.append(eligible_item_ids_item)
            except FieldError as field__error:
                field__error.segments.append(len(eligible_item_ids))
                field__error.segments.append("eligible_item_ids")
                raise
        elif _eligible_item_ids is not UNSET:
            raise FieldError("array", _eligible_item_ids, "eligible_item_ids")

        if eligible_item_ids is UNSET:
            n__absent += 1

        _eligible_item_type = d.get("eligible_item_type", UNSET)
        eligible_item_type: CouponEligibleItemType | Unset = UNSET
        if type(_eligible_item_type) is str:
            eligible_item_type = CouponEligibleItemType._by__value.get(_eligible_item_type) or CouponEligibleItemType(
                _eligible_item_type
            )
        elif isinstance(_eligible_item_type, str):
            eligible_item_type = CouponEligibleItemType(_eligible_item_type)
        elif _eligible_item_type is not UNSET:
            raise FieldError("string (CouponEligibleItemType)", _eligible_item_type, "eligible_item_type")

        if eligible_item_type is UNSET:
            n__absent += 1

        _ends_at = d.get("ends_at", UNSET)
        ends_at: datetime.datetime | None | Unset
        if _ends_at is None or _ends_at is UNSET:
            ends_at = _ends_at
        elif isinstance(_ends_at, str):
            _ends_at_type_0 = _ends_at
            try:
                ends_at_type_0 = _datetime__parse(_ends_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _ends_at_type_0, "ends_at") from None

            ends_at = ends_at_type_0
        else:
            raise FieldError("date-time string or null", _ends_at, "ends_at")

        if ends_at is UNSET:
            n__absent += 1

        identifier = d.get("identifier", UNSET)
        if not (type(identifier) is str):
            if identifier is UNSET:
                n__absent += 1
            elif not isinstance(identifier, str):
                raise FieldError("string", identifier, "identifier")

        max_redemptions = d.get("max_redemptions", UNSET)
        if not (type(max_redemptions) is int or max_redemptions is None):
            if max_redemptions is UNSET:
                n__absent += 1
            elif not (
                isinstance(max_redemptions, int)
                and max_redemptions is not True
                and max_redemptions is not False
                or max_redemptions is None
            ):
                raise FieldError("integer or null", max_redemptions, "max_redemptions")

        minimum_order_amount_in_cents = d.get("minimum_order_amount_in_cents", UNSET)
        if not (type(minimum_order_amount_in_cents) is int or minimum_order_amount_in_cents is None):
            if minimum_order_amount_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(minimum_order_amount_in_cents, int)
                and minimum_order_amount_in_cents is not True
                and minimum_order_amount_in_cents is not False
                or minimum_order_amount_in_cents is None
            ):
                raise FieldError("integer or null", minimum_order_amount_in_cents, "minimum_order_amount_in_cents")

        one_per_customer = d.get("one_per_customer", UNSET)
        if not (one_per_customer is True or one_per_customer is False):
            if one_per_customer is UNSET:
                n__absent += 1
            elif not isinstance(one_per_customer, bool):
                raise FieldError("boolean", one_per_customer, "one_per_customer")

        stackable = d.get("stackable", UNSET)
        if not (stackable is True or stackable is False):
            if stackable is UNSET:
                n__absent += 1
            elif not isinstance(stackable, bool):
                raise FieldError("boolean", stackable, "stackable")

        _starts_at = d.get("starts_at", UNSET)
        starts_at: datetime.datetime | None | Unset
        if _starts_at is None or _starts_at is UNSET:
            starts_at = _starts_at
        elif isinstance(_starts_at, str):
            _starts_at_type_0 = _starts_at
            try:
                starts_at_type_0 = _datetime__parse(_starts_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _starts_at_type_0, "starts_at") from None

            starts_at = starts_at_type_0
        else:
            raise FieldError("date-time string or null", _starts_at, "starts_at")

        if starts_at is UNSET:
            n__absent += 1

        _tag_list = d.get("tag_list", UNSET)
        tag_list: Sequence[str] | Unset = UNSET
        if isinstance(_tag_list, list):
            for tag_list_item in _tag_list:
                if not (type(tag_list_item) is str) and not isinstance(tag_list_item, str):
                    raise FieldError("string", tag_list_item, _position(_tag_list, tag_list_item), "tag_list")
            tag_list = _tag_list
        elif _tag_list is not UNSET:
            raise FieldError("array", _tag_list, "tag_list")

        if tag_list is UNSET:
            n__absent += 1

        value = d.get("value", UNSET)
        if not (type(value) is int):
            if value is UNSET:
                n__absent += 1
            elif not (isinstance(value, int) and value is not True and value is not False):
                raise FieldError("integer", value, "value")

        if cls is _plain__class:
            coupon_write_attributes = _new__object(cls)
            coupon_write_attributes.active = active
            coupon_write_attributes.coupon_type = coupon_type
            coupon_write_attributes.eligible_item_ids = eligible_item_ids
            coupon_write_attributes.eligible_item_type = eligible_item_type
            coupon_write_attributes.ends_at = ends_at
            coupon_write_attributes.identifier = identifier
            coupon_write_attributes.max_redemptions = max_redemptions
            coupon_write_attributes.minimum_order_amount_in_cents = minimum_order_amount_in_cents
            coupon_write_attributes.one_per_customer = one_per_customer
            coupon_write_attributes.stackable = stackable
            coupon_write_attributes.starts_at = starts_at
            coupon_write_attributes.tag_list = tag_list
            coupon_write_attributes.value = value
            coupon_write_attributes.additional_properties = {}
        else:
            coupon_write_attributes = cls(
                active,
                coupon_type,
                eligible_item_ids,
                eligible_item_type,
                ends_at,
                identifier,
                max_redemptions,
                minimum_order_amount_in_cents,
                one_per_customer,
                stackable,
                starts_at,
                tag_list,
                value,
            )
        if len(d) + n__absent != 13:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "active",
                    "coupon_type",
                    "eligible_item_ids",
                    "eligible_item_type",
                    "ends_at",
                    "identifier",
                    "max_redemptions",
                    "minimum_order_amount_in_cents",
                    "one_per_customer",
                    "stackable",
                    "starts_at",
                    "tag_list",
                    "value",
                }
            }
            coupon_write_attributes.additional_properties = extra__props
        return coupon_write_attributes

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


_plain__class: type[CouponWriteAttributes] | None = (
    CouponWriteAttributes
    if {field.name for field in _attrs_fields(CouponWriteAttributes)}
    == {
        "active",
        "coupon_type",
        "eligible_item_ids",
        "eligible_item_type",
        "ends_at",
        "identifier",
        "max_redemptions",
        "minimum_order_amount_in_cents",
        "one_per_customer",
        "stackable",
        "starts_at",
        "tag_list",
        "value",
        "additional_properties",
    }
    and not hasattr(CouponWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
