from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.count_aggregation import CountAggregation
from ..models.range_aggregation import RangeAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerStatsRequest")


@_attrs_define
class CustomerStatsRequest:
    """Aggregations to compute over all matching customers (not just the page): field name to the list of aggregations.
    Sent as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            archived (list[CountAggregation | Literal["count"]] | Unset):
            discount_percentage (list[RangeAggregation | Literal["average", "maximum", "minimum"]] | Unset):
            email_marketing_consented (list[CountAggregation | Literal["count"]] | Unset):
            legal_type (list[CountAggregation | Literal["count"]] | Unset):
            tag_list (list[CountAggregation | Literal["count"]] | Unset):
            tax_region_id (list[CountAggregation | Literal["count"]] | Unset):
            total (list[CountAggregation | Literal["count"]] | Unset):
    """

    archived: list[CountAggregation | Literal["count"]] | Unset = UNSET
    discount_percentage: list[RangeAggregation | Literal["average", "maximum", "minimum"]] | Unset = UNSET
    email_marketing_consented: list[CountAggregation | Literal["count"]] | Unset = UNSET
    legal_type: list[CountAggregation | Literal["count"]] | Unset = UNSET
    tag_list: list[CountAggregation | Literal["count"]] | Unset = UNSET
    tax_region_id: list[CountAggregation | Literal["count"]] | Unset = UNSET
    total: list[CountAggregation | Literal["count"]] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        archived: list[str] | Unset = UNSET
        if not isinstance(self.archived, Unset):
            archived = []
            for archived_item_data in self.archived:
                archived_item = CountAggregation(archived_item_data).value
                archived.append(archived_item)

        if archived is not UNSET:
            field_dict["archived"] = archived
        discount_percentage: list[str] | Unset = UNSET
        if not isinstance(self.discount_percentage, Unset):
            discount_percentage = []
            for discount_percentage_item_data in self.discount_percentage:
                discount_percentage_item = RangeAggregation(discount_percentage_item_data).value
                discount_percentage.append(discount_percentage_item)

        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        email_marketing_consented: list[str] | Unset = UNSET
        if not isinstance(self.email_marketing_consented, Unset):
            email_marketing_consented = []
            for email_marketing_consented_item_data in self.email_marketing_consented:
                email_marketing_consented_item = CountAggregation(email_marketing_consented_item_data).value
                email_marketing_consented.append(email_marketing_consented_item)

        if email_marketing_consented is not UNSET:
            field_dict["email_marketing_consented"] = email_marketing_consented
        legal_type: list[str] | Unset = UNSET
        if not isinstance(self.legal_type, Unset):
            legal_type = []
            for legal_type_item_data in self.legal_type:
                legal_type_item = CountAggregation(legal_type_item_data).value
                legal_type.append(legal_type_item)

        if legal_type is not UNSET:
            field_dict["legal_type"] = legal_type
        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = []
            for tag_list_item_data in self.tag_list:
                tag_list_item = CountAggregation(tag_list_item_data).value
                tag_list.append(tag_list_item)

        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        tax_region_id: list[str] | Unset = UNSET
        if not isinstance(self.tax_region_id, Unset):
            tax_region_id = []
            for tax_region_id_item_data in self.tax_region_id:
                tax_region_id_item = CountAggregation(tax_region_id_item_data).value
                tax_region_id.append(tax_region_id_item)

        if tax_region_id is not UNSET:
            field_dict["tax_region_id"] = tax_region_id
        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = CountAggregation(total_item_data).value
                total.append(total_item)

        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CustomerStatsRequest)", d)
            d = dict(d)
        n__absent = 0
        _archived = d.get("archived", UNSET)
        archived: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_archived, list):
            archived = []
            try:
                for archived_item_data in _archived:
                    _archived_item = archived_item_data
                    if type(_archived_item) is str:
                        archived_item = CountAggregation._by__value.get(_archived_item) or CountAggregation(
                            _archived_item
                        )
                    elif isinstance(_archived_item, str):
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

        if archived is UNSET:
            n__absent += 1

        _discount_percentage = d.get("discount_percentage", UNSET)
        discount_percentage: list[RangeAggregation | Literal["average", "maximum", "minimum"]] | Unset = UNSET
        if isinstance(_discount_percentage, list):
            discount_percentage = []
            try:
                for discount_percentage_item_data in _discount_percentage:
                    _discount_percentage_item = discount_percentage_item_data
                    if type(_discount_percentage_item) is str:
                        discount_percentage_item = RangeAggregation._by__value.get(
                            _discount_percentage_item
                        ) or RangeAggregation(_discount_percentage_item)
                    elif isinstance(_discount_percentage_item, str):
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

        if discount_percentage is UNSET:
            n__absent += 1

        _email_marketing_consented = d.get("email_marketing_consented", UNSET)
        email_marketing_consented: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_email_marketing_consented, list):
            email_marketing_consented = []
            try:
                for email_marketing_consented_item_data in _email_marketing_consented:
                    _email_marketing_consented_item = email_marketing_consented_item_data
                    if type(_email_marketing_consented_item) is str:
                        email_marketing_consented_item = CountAggregation._by__value.get(
                            _email_marketing_consented_item
                        ) or CountAggregation(_email_marketing_consented_item)
                    elif isinstance(_email_marketing_consented_item, str):
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

        if email_marketing_consented is UNSET:
            n__absent += 1

        _legal_type = d.get("legal_type", UNSET)
        legal_type: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_legal_type, list):
            legal_type = []
            try:
                for legal_type_item_data in _legal_type:
                    _legal_type_item = legal_type_item_data
                    if type(_legal_type_item) is str:
                        legal_type_item = CountAggregation._by__value.get(_legal_type_item) or CountAggregation(
                            _legal_type_item
                        )
                    elif isinstance(_legal_type_item, str):
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

        if legal_type is UNSET:
            n__absent += 1

        _tag_list = d.get("tag_list", UNSET)
        tag_list: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_tag_list, list):
            tag_list = []
            try:
                for tag_list_item_data in _tag_list:
                    _tag_list_item = tag_list_item_data
                    if type(_tag_list_item) is str:
                        tag_list_item = CountAggregation._by__value.get(_tag_list_item) or CountAggregation(
                            _tag_list_item
                        )
                    elif isinstance(_tag_list_item, str):
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

        if tag_list is UNSET:
            n__absent += 1

        _tax_region_id = d.get("tax_region_id", UNSET)
        tax_region_id: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_tax_region_id, list):
            tax_region_id = []
            try:
                for tax_region_id_item_data in _tax_region_id:
                    _tax_region_id_item = tax_region_id_item_data
                    if type(_tax_region_id_item) is str:
                        tax_region_id_item = CountAggregation._by__value.get(_tax_region_id_item) or CountAggregation(
                            _tax_region_id_item
                        )
                    elif isinstance(_tax_region_id_item, str):
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

        if tax_region_id is UNSET:
            n__absent += 1

        _total = d.get("total", UNSET)
        total: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_total, list):
            total = []
            try:
                for total_item_data in _total:
                    _total_item = total_item_data
                    if type(_total_item) is str:
                        total_item = CountAggregation._by__value.get(_total_item) or CountAggregation(_total_item)
                    elif isinstance(_total_item, str):
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

        if total is UNSET:
            n__absent += 1

        if cls is _plain__class:
            customer_stats_request = _new__object(cls)
            customer_stats_request.archived = archived
            customer_stats_request.discount_percentage = discount_percentage
            customer_stats_request.email_marketing_consented = email_marketing_consented
            customer_stats_request.legal_type = legal_type
            customer_stats_request.tag_list = tag_list
            customer_stats_request.tax_region_id = tax_region_id
            customer_stats_request.total = total
        else:
            customer_stats_request = cls(
                archived,
                discount_percentage,
                email_marketing_consented,
                legal_type,
                tag_list,
                tax_region_id,
                total,
            )
        if len(d) + n__absent != 7:
            for prop_name in d:
                if prop_name not in {
                    "archived",
                    "discount_percentage",
                    "email_marketing_consented",
                    "legal_type",
                    "tag_list",
                    "tax_region_id",
                    "total",
                }:
                    raise FieldError(
                        "no such property (CustomerStatsRequest allows no others)", None, prop_name, found="one"
                    )
        return customer_stats_request

    __repr__ = _model__repr


_plain__class: type[CustomerStatsRequest] | None = (
    CustomerStatsRequest
    if {field.name for field in _attrs_fields(CustomerStatsRequest)}
    == {
        "archived",
        "discount_percentage",
        "email_marketing_consented",
        "legal_type",
        "tag_list",
        "tax_region_id",
        "total",
    }
    and not hasattr(CustomerStatsRequest, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
