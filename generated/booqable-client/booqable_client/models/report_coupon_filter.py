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


T = TypeVar("T", bound="ReportCouponFilter")


@_attrs_define
class ReportCouponFilter:
    """Filters for report coupons: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            period_from (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            period_till (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            status (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            tags (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
    """

    period_from: datetime.datetime | DatetimeEqualOperators | Unset = UNSET
    period_till: datetime.datetime | DatetimeEqualOperators | Unset = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    status: str | StringEqualOperators | Unset = UNSET
    tags: str | StringEqualOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        period_from: dict[str, Any] | str | Unset
        if isinstance(self.period_from, Unset):
            period_from = UNSET
        elif isinstance(self.period_from, DatetimeEqualOperators):
            period_from = self.period_from.to_dict()
        else:
            period_from = self.period_from.isoformat().replace("+00:00", "Z")

        period_till: dict[str, Any] | str | Unset
        if isinstance(self.period_till, Unset):
            period_till = UNSET
        elif isinstance(self.period_till, DatetimeEqualOperators):
            period_till = self.period_till.to_dict()
        else:
            period_till = self.period_till.isoformat().replace("+00:00", "Z")

        q: dict[str, Any] | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        elif isinstance(self.q, StringEqualOperators):
            q = self.q.to_dict()
        else:
            q = self.q

        status: dict[str, Any] | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, StringEqualOperators):
            status = self.status.to_dict()
        else:
            status = self.status

        tags: dict[str, Any] | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, StringEqualOperators):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if period_from is not UNSET:
            field_dict["period_from"] = period_from
        if period_till is not UNSET:
            field_dict["period_till"] = period_till
        if q is not UNSET:
            field_dict["q"] = q
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ReportCouponFilter)", src_dict)
        d = dict(src_dict)

        def _parse_period_from(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
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
            period_from = _parse_period_from(d.pop("period_from", UNSET))
        except FieldError as field__error:
            field__error.segments.append("period_from")
            raise

        def _parse_period_till(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
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
            period_till = _parse_period_till(d.pop("period_till", UNSET))
        except FieldError as field__error:
            field__error.segments.append("period_till")
            raise

        def _parse_q(data: object) -> str | StringEqualOperators | Unset:
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
            q = _parse_q(d.pop("q", UNSET))
        except FieldError as field__error:
            field__error.segments.append("q")
            raise

        def _parse_status(data: object) -> str | StringEqualOperators | Unset:
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
            status = _parse_status(d.pop("status", UNSET))
        except FieldError as field__error:
            field__error.segments.append("status")
            raise

        def _parse_tags(data: object) -> str | StringEqualOperators | Unset:
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
            tags = _parse_tags(d.pop("tags", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tags")
            raise

        report_coupon_filter = cls(
            period_from=period_from,
            period_till=period_till,
            q=q,
            status=status,
            tags=tags,
        )

        if d:
            raise FieldError("no such property (ReportCouponFilter allows no others)", None, next(iter(d)), found="one")
        return report_coupon_filter
