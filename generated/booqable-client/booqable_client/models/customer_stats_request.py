from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.count_aggregation import CountAggregation
from ..models.range_aggregation import RangeAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerStatsRequest")


@_attrs_define
class CustomerStatsRequest:
    """Aggregations to compute over all matching customers (not just the page): field name to the list of aggregations.
    Sent as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            archived (list[CountAggregation] | Unset):
            discount_percentage (list[RangeAggregation] | Unset):
            email_marketing_consented (list[CountAggregation] | Unset):
            legal_type (list[CountAggregation] | Unset):
            tag_list (list[CountAggregation] | Unset):
            tax_region_id (list[CountAggregation] | Unset):
            total (list[CountAggregation] | Unset):
    """

    archived: list[CountAggregation] | Unset = UNSET
    discount_percentage: list[RangeAggregation] | Unset = UNSET
    email_marketing_consented: list[CountAggregation] | Unset = UNSET
    legal_type: list[CountAggregation] | Unset = UNSET
    tag_list: list[CountAggregation] | Unset = UNSET
    tax_region_id: list[CountAggregation] | Unset = UNSET
    total: list[CountAggregation] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        archived: list[str] | Unset = UNSET
        if not isinstance(self.archived, Unset):
            archived = []
            for archived_item_data in self.archived:
                archived_item = archived_item_data.value
                archived.append(archived_item)

        discount_percentage: list[str] | Unset = UNSET
        if not isinstance(self.discount_percentage, Unset):
            discount_percentage = []
            for discount_percentage_item_data in self.discount_percentage:
                discount_percentage_item = discount_percentage_item_data.value
                discount_percentage.append(discount_percentage_item)

        email_marketing_consented: list[str] | Unset = UNSET
        if not isinstance(self.email_marketing_consented, Unset):
            email_marketing_consented = []
            for email_marketing_consented_item_data in self.email_marketing_consented:
                email_marketing_consented_item = email_marketing_consented_item_data.value
                email_marketing_consented.append(email_marketing_consented_item)

        legal_type: list[str] | Unset = UNSET
        if not isinstance(self.legal_type, Unset):
            legal_type = []
            for legal_type_item_data in self.legal_type:
                legal_type_item = legal_type_item_data.value
                legal_type.append(legal_type_item)

        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = []
            for tag_list_item_data in self.tag_list:
                tag_list_item = tag_list_item_data.value
                tag_list.append(tag_list_item)

        tax_region_id: list[str] | Unset = UNSET
        if not isinstance(self.tax_region_id, Unset):
            tax_region_id = []
            for tax_region_id_item_data in self.tax_region_id:
                tax_region_id_item = tax_region_id_item_data.value
                tax_region_id.append(tax_region_id_item)

        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = total_item_data.value
                total.append(total_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if archived is not UNSET:
            field_dict["archived"] = archived
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        if email_marketing_consented is not UNSET:
            field_dict["email_marketing_consented"] = email_marketing_consented
        if legal_type is not UNSET:
            field_dict["legal_type"] = legal_type
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if tax_region_id is not UNSET:
            field_dict["tax_region_id"] = tax_region_id
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _archived = d.pop("archived", UNSET)
        archived: list[CountAggregation] | Unset = UNSET
        if _archived is not UNSET:
            archived = []
            for archived_item_data in _archived:
                archived_item = CountAggregation(archived_item_data)

                archived.append(archived_item)

        _discount_percentage = d.pop("discount_percentage", UNSET)
        discount_percentage: list[RangeAggregation] | Unset = UNSET
        if _discount_percentage is not UNSET:
            discount_percentage = []
            for discount_percentage_item_data in _discount_percentage:
                discount_percentage_item = RangeAggregation(discount_percentage_item_data)

                discount_percentage.append(discount_percentage_item)

        _email_marketing_consented = d.pop("email_marketing_consented", UNSET)
        email_marketing_consented: list[CountAggregation] | Unset = UNSET
        if _email_marketing_consented is not UNSET:
            email_marketing_consented = []
            for email_marketing_consented_item_data in _email_marketing_consented:
                email_marketing_consented_item = CountAggregation(email_marketing_consented_item_data)

                email_marketing_consented.append(email_marketing_consented_item)

        _legal_type = d.pop("legal_type", UNSET)
        legal_type: list[CountAggregation] | Unset = UNSET
        if _legal_type is not UNSET:
            legal_type = []
            for legal_type_item_data in _legal_type:
                legal_type_item = CountAggregation(legal_type_item_data)

                legal_type.append(legal_type_item)

        _tag_list = d.pop("tag_list", UNSET)
        tag_list: list[CountAggregation] | Unset = UNSET
        if _tag_list is not UNSET:
            tag_list = []
            for tag_list_item_data in _tag_list:
                tag_list_item = CountAggregation(tag_list_item_data)

                tag_list.append(tag_list_item)

        _tax_region_id = d.pop("tax_region_id", UNSET)
        tax_region_id: list[CountAggregation] | Unset = UNSET
        if _tax_region_id is not UNSET:
            tax_region_id = []
            for tax_region_id_item_data in _tax_region_id:
                tax_region_id_item = CountAggregation(tax_region_id_item_data)

                tax_region_id.append(tax_region_id_item)

        _total = d.pop("total", UNSET)
        total: list[CountAggregation] | Unset = UNSET
        if _total is not UNSET:
            total = []
            for total_item_data in _total:
                total_item = CountAggregation(total_item_data)

                total.append(total_item)

        customer_stats_request = cls(
            archived=archived,
            discount_percentage=discount_percentage,
            email_marketing_consented=email_marketing_consented,
            legal_type=legal_type,
            tag_list=tag_list,
            tax_region_id=tax_region_id,
            total=total,
        )

        if d:
            raise ValueError(f"CustomerStatsRequest has no properties {sorted(d)} (the spec forbids extra ones)")
        return customer_stats_request
