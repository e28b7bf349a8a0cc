from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_equal_operators import DatetimeEqualOperators
    from ..models.string_equal_operators import StringEqualOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, DatetimeEqualOperators, StringEqualOperators  # noqa: PLW0603
    from ..models.datetime_equal_operators import DatetimeEqualOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="ReportCompanyPerformanceFilter")


@_attrs_define
class ReportCompanyPerformanceFilter:
    """Filters for report company performances: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            comparison_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            from_ (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            fulfillment_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            location_ids (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            order_statuses (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            till (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    comparison_type: str | StringEqualOperators | Unset = UNSET
    from_: datetime.datetime | DatetimeEqualOperators | Unset = UNSET
    fulfillment_type: str | StringEqualOperators | Unset = UNSET
    location_ids: str | StringEqualOperators | Unset = UNSET
    order_statuses: str | StringEqualOperators | Unset = UNSET
    till: datetime.datetime | DatetimeEqualOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        comparison_type: dict[str, Any] | str | Unset
        if isinstance(self.comparison_type, Unset):
            comparison_type = UNSET
        elif isinstance(self.comparison_type, StringEqualOperators):
            comparison_type = self.comparison_type.to_dict()
        else:
            comparison_type = self.comparison_type

        from_: dict[str, Any] | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, DatetimeEqualOperators):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_.isoformat().replace("+00:00", "Z")

        fulfillment_type: dict[str, Any] | str | Unset
        if isinstance(self.fulfillment_type, Unset):
            fulfillment_type = UNSET
        elif isinstance(self.fulfillment_type, StringEqualOperators):
            fulfillment_type = self.fulfillment_type.to_dict()
        else:
            fulfillment_type = self.fulfillment_type

        location_ids: dict[str, Any] | str | Unset
        if isinstance(self.location_ids, Unset):
            location_ids = UNSET
        elif isinstance(self.location_ids, StringEqualOperators):
            location_ids = self.location_ids.to_dict()
        else:
            location_ids = self.location_ids

        order_statuses: dict[str, Any] | str | Unset
        if isinstance(self.order_statuses, Unset):
            order_statuses = UNSET
        elif isinstance(self.order_statuses, StringEqualOperators):
            order_statuses = self.order_statuses.to_dict()
        else:
            order_statuses = self.order_statuses

        till: dict[str, Any] | str | Unset
        if isinstance(self.till, Unset):
            till = UNSET
        elif isinstance(self.till, DatetimeEqualOperators):
            till = self.till.to_dict()
        else:
            till = self.till.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if comparison_type is not UNSET:
            field_dict["comparison_type"] = comparison_type
        if from_ is not UNSET:
            field_dict["from"] = from_
        if fulfillment_type is not UNSET:
            field_dict["fulfillment_type"] = fulfillment_type
        if location_ids is not UNSET:
            field_dict["location_ids"] = location_ids
        if order_statuses is not UNSET:
            field_dict["order_statuses"] = order_statuses
        if till is not UNSET:
            field_dict["till"] = till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ReportCompanyPerformanceFilter)", src_dict)
        d = dict(src_dict)

        def _parse_comparison_type(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            comparison_type = _parse_comparison_type(d.pop("comparison_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("comparison_type")
            raise

        def _parse_from_(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_equal_condition_type_0 = DatetimeEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_equal_condition_type_0):
                            return componentsschemas_datetime_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_equal_condition_type_1 = data
                        try:
                            componentsschemas_datetime_equal_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_equal_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_equal_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_equal_condition_type_1):
                            return componentsschemas_datetime_equal_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeEqualOperators), date-time string", data)

        try:
            from_ = _parse_from_(d.pop("from", UNSET))
        except FieldError as field__error:
            field__error.segments.append("from")
            raise

        def _parse_fulfillment_type(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            fulfillment_type = _parse_fulfillment_type(d.pop("fulfillment_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("fulfillment_type")
            raise

        def _parse_location_ids(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            location_ids = _parse_location_ids(d.pop("location_ids", UNSET))
        except FieldError as field__error:
            field__error.segments.append("location_ids")
            raise

        def _parse_order_statuses(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            order_statuses = _parse_order_statuses(d.pop("order_statuses", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_statuses")
            raise

        def _parse_till(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_equal_condition_type_0 = DatetimeEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_equal_condition_type_0):
                            return componentsschemas_datetime_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_equal_condition_type_1 = data
                        try:
                            componentsschemas_datetime_equal_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_equal_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_equal_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_equal_condition_type_1):
                            return componentsschemas_datetime_equal_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeEqualOperators), date-time string", data)

        try:
            till = _parse_till(d.pop("till", UNSET))
        except FieldError as field__error:
            field__error.segments.append("till")
            raise

        report_company_performance_filter = cls(
            comparison_type=comparison_type,
            from_=from_,
            fulfillment_type=fulfillment_type,
            location_ids=location_ids,
            order_statuses=order_statuses,
            till=till,
        )

        if d:
            raise FieldError(
                "no such property (ReportCompanyPerformanceFilter allows no others)", None, next(iter(d)), found="one"
            )
        return report_company_performance_filter
