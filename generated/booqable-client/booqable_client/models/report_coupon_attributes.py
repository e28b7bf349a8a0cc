from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportCouponAttributes")


@_attrs_define
class ReportCouponAttributes:
    """Attributes of a report coupon as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

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
        active = self.active

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat().replace("+00:00", "Z")
        else:
            archived_at = self.archived_at

        coupon_id: str | Unset = UNSET
        if not isinstance(self.coupon_id, Unset):
            coupon_id = str(self.coupon_id)

        coupon_type = self.coupon_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        ends_at: None | str | Unset
        if isinstance(self.ends_at, Unset):
            ends_at = UNSET
        elif isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat().replace("+00:00", "Z")
        else:
            ends_at = self.ends_at

        identifier = self.identifier

        max_redemptions: int | None | Unset
        if isinstance(self.max_redemptions, Unset):
            max_redemptions = UNSET
        else:
            max_redemptions = self.max_redemptions

        redemption_count = self.redemption_count

        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = self.tag_list

        total_discount_in_cents = self.total_discount_in_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if coupon_type is not UNSET:
            field_dict["coupon_type"] = coupon_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if max_redemptions is not UNSET:
            field_dict["max_redemptions"] = max_redemptions
        if redemption_count is not UNSET:
            field_dict["redemption_count"] = redemption_count
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if total_discount_in_cents is not UNSET:
            field_dict["total_discount_in_cents"] = total_discount_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ReportCouponAttributes)", src_dict)
        d = dict(src_dict)
        active = d.pop("active", UNSET)
        if not isinstance(active, bool) and active is not UNSET:
            raise FieldError("boolean", active, "active")

        _archived_at = d.pop("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        elif isinstance(_archived_at, str):
            _archived_at_type_0 = _archived_at
            try:
                archived_at_type_0 = datetime.datetime.fromisoformat(_archived_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _archived_at_type_0, "archived_at") from None

            archived_at = archived_at_type_0
        else:
            raise FieldError("date-time string or null", _archived_at, "archived_at")

        _coupon_id = d.pop("coupon_id", UNSET)
        coupon_id: UUID | Unset = UNSET
        if _coupon_id is not UNSET:
            try:
                coupon_id = UUID(_coupon_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _coupon_id, "coupon_id") from None

        coupon_type = d.pop("coupon_type", UNSET)
        if not isinstance(coupon_type, str) and coupon_type is not UNSET:
            raise FieldError("string", coupon_type, "coupon_type")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        _ends_at = d.pop("ends_at", UNSET)
        ends_at: datetime.datetime | None | Unset
        if _ends_at is None or _ends_at is UNSET:
            ends_at = _ends_at
        elif isinstance(_ends_at, str):
            _ends_at_type_0 = _ends_at
            try:
                ends_at_type_0 = datetime.datetime.fromisoformat(_ends_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _ends_at_type_0, "ends_at") from None

            ends_at = ends_at_type_0
        else:
            raise FieldError("date-time string or null", _ends_at, "ends_at")

        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            raise FieldError("string", identifier, "identifier")

        max_redemptions = d.pop("max_redemptions", UNSET)
        if (
            not (
                isinstance(max_redemptions, int)
                and max_redemptions is not True
                and max_redemptions is not False
                or max_redemptions is None
            )
            and max_redemptions is not UNSET
        ):
            raise FieldError("integer or null", max_redemptions, "max_redemptions")

        redemption_count = d.pop("redemption_count", UNSET)
        if (
            not (isinstance(redemption_count, int) and redemption_count is not True and redemption_count is not False)
            and redemption_count is not UNSET
        ):
            raise FieldError("integer", redemption_count, "redemption_count")

        _tag_list = d.pop("tag_list", UNSET)
        tag_list: list[str] | Unset = UNSET
        if isinstance(_tag_list, list):
            for tag_list_item in _tag_list:
                if not isinstance(tag_list_item, str):
                    raise FieldError("string", tag_list_item, _position(_tag_list, tag_list_item), "tag_list")
            tag_list = _tag_list
        elif _tag_list is not UNSET:
            raise FieldError("array", _tag_list, "tag_list")

        total_discount_in_cents = d.pop("total_discount_in_cents", UNSET)
        if (
            not (
                isinstance(total_discount_in_cents, int)
                and total_discount_in_cents is not True
                and total_discount_in_cents is not False
            )
            and total_discount_in_cents is not UNSET
        ):
            raise FieldError("integer", total_discount_in_cents, "total_discount_in_cents")

        report_coupon_attributes = cls(
            active=active,
            archived_at=archived_at,
            coupon_id=coupon_id,
            coupon_type=coupon_type,
            created_at=created_at,
            ends_at=ends_at,
            identifier=identifier,
            max_redemptions=max_redemptions,
            redemption_count=redemption_count,
            tag_list=tag_list,
            total_discount_in_cents=total_discount_in_cents,
        )

        report_coupon_attributes.additional_properties = d
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
