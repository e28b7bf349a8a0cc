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
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportCouponAttributes")


@_attrs_define
class ReportCouponAttributes:
    """Attributes of a report coupon as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            active (bool | Unset):
            archived_at (datetime.datetime | None | Unset): When the record was archived. Unverified: the examples show
                `null`, which the field list does not allow.
            coupon_id (UUID | Unset): ID of the related coupon.
            coupon_type (str | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            ends_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            identifier (str | Unset):
            max_redemptions (int | None | Unset): Unverified: the examples show `null`, which the field list does not allow.
            redemption_count (int | Unset):
            tag_list (list[str] | Unset):
            total_discount_in_cents (int | Unset): Total discount, in cents.
    """

    active: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    coupon_id: UUID | Unset = UNSET
    coupon_type: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    ends_at: datetime.datetime | None | Unset = UNSET
    identifier: str | Unset = UNSET
    max_redemptions: int | None | Unset = UNSET
    redemption_count: int | Unset = UNSET
    tag_list: list[str] | Unset = UNSET
    total_discount_in_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        active = self.active
        if active is not UNSET:
            field_dict["active"] = active
        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = (
                self.archived_at.isoformat().replace("+00:00", "Z")
                if self.archived_at.tzinfo is not None
                else _naive__datetime("archived_at_type_0")
            )
        else:
            archived_at = self.archived_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        coupon_id: str | Unset = UNSET
        if not isinstance(self.coupon_id, Unset):
            coupon_id = str(self.coupon_id)
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        coupon_type = self.coupon_type
        if coupon_type is not UNSET:
            field_dict["coupon_type"] = coupon_type
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
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
        redemption_count = self.redemption_count
        if redemption_count is not UNSET:
            field_dict["redemption_count"] = redemption_count
        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = self.tag_list

        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        total_discount_in_cents = self.total_discount_in_cents
        if total_discount_in_cents is not UNSET:
            field_dict["total_discount_in_cents"] = total_discount_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ReportCouponAttributes)", d)
            d = dict(d)
        n__absent = 0
        active = d.get("active", UNSET)
        if not (active is True or active is False):
            if active is UNSET:
                n__absent += 1
            elif not isinstance(active, bool):
                raise FieldError("boolean", active, "active")

        _archived_at = d.get("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        elif isinstance(_archived_at, str):
            _archived_at_type_0 = _archived_at
            try:
                archived_at_type_0 = _datetime__parse(_archived_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _archived_at_type_0, "archived_at") from None

            archived_at = archived_at_type_0
        else:
            raise FieldError("date-time string or null", _archived_at, "archived_at")

        if archived_at is UNSET:
            n__absent += 1

        _coupon_id = d.get("coupon_id", UNSET)
        coupon_id: UUID | Unset = UNSET
        if _coupon_id is not UNSET:
            try:
                coupon_id = parse_uuid(_coupon_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _coupon_id, "coupon_id") from None

        if coupon_id is UNSET:
            n__absent += 1

        coupon_type = d.get("coupon_type", UNSET)
        if not (type(coupon_type) is str):
            if coupon_type is UNSET:
                n__absent += 1
            elif not isinstance(coupon_type, str):
                raise FieldError("string", coupon_type, "coupon_type")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
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

        redemption_count = d.get("redemption_count", UNSET)
        if not (type(redemption_count) is int):
            if redemption_count is UNSET:
                n__absent += 1
            elif not (
                isinstance(redemption_count, int) and redemption_count is not True and redemption_count is not False
            ):
                raise FieldError("integer", redemption_count, "redemption_count")

        _tag_list = d.get("tag_list", UNSET)
        tag_list: list[str] | Unset = UNSET
        if isinstance(_tag_list, list):
            for tag_list_item in _tag_list:
                if not (type(tag_list_item) is str) and not isinstance(tag_list_item, str):
                    raise FieldError("string", tag_list_item, _position(_tag_list, tag_list_item), "tag_list")
            tag_list = _tag_list
        elif _tag_list is not UNSET:
            raise FieldError("array", _tag_list, "tag_list")

        if tag_list is UNSET:
            n__absent += 1

        total_discount_in_cents = d.get("total_discount_in_cents", UNSET)
        if not (type(total_discount_in_cents) is int):
            if total_discount_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(total_discount_in_cents, int)
                and total_discount_in_cents is not True
                and total_discount_in_cents is not False
            ):
                raise FieldError("integer", total_discount_in_cents, "total_discount_in_cents")

        if cls is _plain__class:
            report_coupon_attributes = _new__object(cls)
            report_coupon_attributes.active = active
            report_coupon_attributes.archived_at = archived_at
            report_coupon_attributes.coupon_id = coupon_id
            report_coupon_attributes.coupon_type = coupon_type
            report_coupon_attributes.created_at = created_at
            report_coupon_attributes.ends_at = ends_at
            report_coupon_attributes.identifier = identifier
            report_coupon_attributes.max_redemptions = max_redemptions
            report_coupon_attributes.redemption_count = redemption_count
            report_coupon_attributes.tag_list = tag_list
            report_coupon_attributes.total_discount_in_cents = total_discount_in_cents
            report_coupon_attributes.additional_properties = {}
        else:
            report_coupon_attributes = cls(
                active,
                archived_at,
                coupon_id,
                coupon_type,
                created_at,
                ends_at,
                identifier,
                max_redemptions,
                redemption_count,
                tag_list,
                total_discount_in_cents,
            )
        if len(d) + n__absent != 11:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "active",
                    "archived_at",
                    "coupon_id",
                    "coupon_type",
                    "created_at",
                    "ends_at",
                    "identifier",
                    "max_redemptions",
                    "redemption_count",
                    "tag_list",
                    "total_discount_in_cents",
                }
            }
            report_coupon_attributes.additional_properties = extra__props
        return report_coupon_attributes

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


_plain__class: type[ReportCouponAttributes] | None = (
    ReportCouponAttributes
    if {field.name for field in _attrs_fields(ReportCouponAttributes)}
    == {
        "active",
        "archived_at",
        "coupon_id",
        "coupon_type",
        "created_at",
        "ends_at",
        "identifier",
        "max_redemptions",
        "redemption_count",
        "tag_list",
        "total_discount_in_cents",
        "additional_properties",
    }
    and not hasattr(ReportCouponAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
