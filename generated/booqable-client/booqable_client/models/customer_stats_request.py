from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CustomerStatsRequest)", src_dict)
        d = dict(src_dict)
        _archived = d.pop("archived", UNSET)
        archived: list[CountAggregation] | Unset = UNSET
        if isinstance(_archived, list):
            archived = []
            try:
                for archived_item_data in _archived:
                    _archived_item = archived_item_data
                    if isinstance(_archived_item, str):
                        archived_item = CountAggregation(_archived_item)
                    else:
                        raise FieldError("string (CountAggregation)", _archived_item)

                    archived.append(archived_item)
            except FieldError as field__error:
                field__error.segments.append(len(archived))
                field__error.segments.append("archived")
                raise
        elif _archived is not UNSET:
            raise FieldError("array", _archived, "archived")

        _discount_percentage = d.pop("discount_percentage", UNSET)
        discount_percentage: list[RangeAggregation] | Unset = UNSET
        if isinstance(_discount_percentage, list):
            discount_percentage = []
            try:
                for discount_percentage_item_data in _discount_percentage:
                    _discount_percentage_item = discount_percentage_item_data
                    if isinstance(_discount_percentage_item, str):
                        discount_percentage_item = RangeAggregation(_discount_percentage_item)
                    else:
                        raise FieldError("string (RangeAggregation)", _discount_percentage_item)

                    discount_percentage.append(discount_percentage_item)
            except FieldError as field__error:
                field__error.segments.append(len(discount_percentage))
                field__error.segments.append("discount_percentage")
                raise
        elif _discount_percentage is not UNSET:
            raise FieldError("array", _discount_percentage, "discount_percentage")

        _email_marketing_consented = d.pop("email_marketing_consented", UNSET)
        email_marketing_consented: list[CountAggregation] | Unset = UNSET
        if isinstance(_email_marketing_consented, list):
            email_marketing_consented = []
            try:
                for email_marketing_consented_item_data in _email_marketing_consented:
                    _email_marketing_consented_item = email_marketing_consented_item_data
                    if isinstance(_email_marketing_consented_item, str):
                        email_marketing_consented_item = CountAggregation(_email_marketing_consented_item)
                    else:
                        raise FieldError("string (CountAggregation)", _email_marketing_consented_item)

                    email_marketing_consented.append(email_marketing_consented_item)
            except FieldError as field__error:
                field__error.segments.append(len(email_marketing_consented))
                field__error.segments.append("email_marketing_consented")
                raise
        elif _email_marketing_consented is not UNSET:
            raise FieldError("array", _email_marketing_consented, "email_marketing_consented")

        _legal_type = d.pop("legal_type", UNSET)
        legal_type: list[CountAggregation] | Unset = UNSET
        if isinstance(_legal_type, list):
            legal_type = []
            try:
                for legal_type_item_data in _legal_type:
                    _legal_type_item = legal_type_item_data
                    if isinstance(_legal_type_item, str):
                        legal_type_item = CountAggregation(_legal_type_item)
                    else:
                        raise FieldError("string (CountAggregation)", _legal_type_item)

                    legal_type.append(legal_type_item)
            except FieldError as field__error:
                field__error.segments.append(len(legal_type))
                field__error.segments.append("legal_type")
                raise
        elif _legal_type is not UNSET:
            raise FieldError("array", _legal_type, "legal_type")

        _tag_list = d.pop("tag_list", UNSET)
        tag_list: list[CountAggregation] | Unset = UNSET
        if isinstance(_tag_list, list):
            tag_list = []
            try:
                for tag_list_item_data in _tag_list:
                    _tag_list_item = tag_list_item_data
                    if isinstance(_tag_list_item, str):
                        tag_list_item = CountAggregation(_tag_list_item)
                    else:
                        raise FieldError("string (CountAggregation)", _tag_list_item)

                    tag_list.append(tag_list_item)
            except FieldError as field__error:
                field__error.segments.append(len(tag_list))
                field__error.segments.append("tag_list")
                raise
        elif _tag_list is not UNSET:
            raise FieldError("array", _tag_list, "tag_list")

        _tax_region_id = d.pop("tax_region_id", UNSET)
        tax_region_id: list[CountAggregation] | Unset = UNSET
        if isinstance(_tax_region_id, list):
            tax_region_id = []
            try:
                for tax_region_id_item_data in _tax_region_id:
                    _tax_region_id_item = tax_region_id_item_data
                    if isinstance(_tax_region_id_item, str):
                        tax_region_id_item = CountAggregation(_tax_region_id_item)
                    else:
                        raise FieldError("string (CountAggregation)", _tax_region_id_item)

                    tax_region_id.append(tax_region_id_item)
            except FieldError as field__error:
                field__error.segments.append(len(tax_region_id))
                field__error.segments.append("tax_region_id")
                raise
        elif _tax_region_id is not UNSET:
            raise FieldError("array", _tax_region_id, "tax_region_id")

        _total = d.pop("total", UNSET)
        total: list[CountAggregation] | Unset = UNSET
        if isinstance(_total, list):
            total = []
            try:
                for total_item_data in _total:
                    _total_item = total_item_data
                    if isinstance(_total_item, str):
                        total_item = CountAggregation(_total_item)
                    else:
                        raise FieldError("string (CountAggregation)", _total_item)

                    total.append(total_item)
            except FieldError as field__error:
                field__error.segments.append(len(total))
                field__error.segments.append("total")
                raise
        elif _total is not UNSET:
            raise FieldError("array", _total, "total")

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
            raise FieldError(
                "no such property (CustomerStatsRequest allows no others)", None, next(iter(d)), found="one"
            )
        return customer_stats_request
