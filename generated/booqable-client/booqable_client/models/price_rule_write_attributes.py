from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..models.price_rule_adjustment_strategy import PriceRuleAdjustmentStrategy
from ..models.price_rule_match_strategy import PriceRuleMatchStrategy
from ..models.price_rule_type import PriceRuleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceRuleWriteAttributes")


@_attrs_define
class PriceRuleWriteAttributes:
    """Attributes that can be sent when creating or updating a price rule.

    Attributes:
        adjustment_strategy (PriceRuleAdjustmentStrategy | Unset): Values of `adjustment_strategy` on price rules.
        charge (bool | Unset):
        from_ (datetime.datetime | Unset):
        from_day (int | Unset):
        from_time (str | Unset):
        id (UUID | Unset): Sent in the documented examples but missing from the request body table.
        match_strategy (PriceRuleMatchStrategy | Unset): Values of `match_strategy` on price rules.
        max_duration (int | Unset):
        min_duration (int | Unset):
        name (str | Unset):
        price_ruleset_id (UUID | Unset): ID of the related price ruleset. Can only be set when the record is created.
        rule_type (PriceRuleType | Unset): Values of `rule_type` on price rules.
        stacked (bool | Unset):
        till (datetime.datetime | Unset):
        till_day (int | Unset):
        till_time (str | Unset):
        time (str | Unset):
        value (float | Unset):
    """

    adjustment_strategy: PriceRuleAdjustmentStrategy | Unset = UNSET
    charge: bool | Unset = UNSET
    from_: datetime.datetime | Unset = UNSET
    from_day: int | Unset = UNSET
    from_time: str | Unset = UNSET
    id: UUID | Unset = UNSET
    match_strategy: PriceRuleMatchStrategy | Unset = UNSET
    max_duration: int | Unset = UNSET
    min_duration: int | Unset = UNSET
    name: str | Unset = UNSET
    price_ruleset_id: UUID | Unset = UNSET
    rule_type: PriceRuleType | Unset = UNSET
    stacked: bool | Unset = UNSET
    till: datetime.datetime | Unset = UNSET
    till_day: int | Unset = UNSET
    till_time: str | Unset = UNSET
    time: str | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        adjustment_strategy: str | Unset = UNSET
        if not isinstance(self.adjustment_strategy, Unset):
            adjustment_strategy = self.adjustment_strategy.value

        if adjustment_strategy is not UNSET:
            field_dict["adjustment_strategy"] = adjustment_strategy
        charge = self.charge
        if charge is not UNSET:
            field_dict["charge"] = charge
        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = (
                self.from_.isoformat().replace("+00:00", "Z")
                if self.from_.tzinfo is not None
                else _naive__datetime("from")
            )
        if from_ is not UNSET:
            field_dict["from"] = from_
        from_day = self.from_day
        if from_day is not UNSET:
            field_dict["from_day"] = from_day
        from_time = self.from_time
        if from_time is not UNSET:
            field_dict["from_time"] = from_time
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)
        if id is not UNSET:
            field_dict["id"] = id
        match_strategy: str | Unset = UNSET
        if not isinstance(self.match_strategy, Unset):
            match_strategy = self.match_strategy.value

        if match_strategy is not UNSET:
            field_dict["match_strategy"] = match_strategy
        max_duration = self.max_duration
        if max_duration is not UNSET:
            field_dict["max_duration"] = max_duration
        min_duration = self.min_duration
        if min_duration is not UNSET:
            field_dict["min_duration"] = min_duration
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        price_ruleset_id: str | Unset = UNSET
        if not isinstance(self.price_ruleset_id, Unset):
            price_ruleset_id = str(self.price_ruleset_id)
        if price_ruleset_id is not UNSET:
            field_dict["price_ruleset_id"] = price_ruleset_id
        rule_type: str | Unset = UNSET
        if not isinstance(self.rule_type, Unset):
            rule_type = self.rule_type.value

        if rule_type is not UNSET:
            field_dict["rule_type"] = rule_type
        stacked = self.stacked
        if stacked is not UNSET:
            field_dict["stacked"] = stacked
        till: str | Unset = UNSET
        if not isinstance(self.till, Unset):
            till = (
                self.till.isoformat().replace("+00:00", "Z")
                if self.till.tzinfo is not None
                else _naive__datetime("till")
            )
        if till is not UNSET:
            field_dict["till"] = till
        till_day = self.till_day
        if till_day is not UNSET:
            field_dict["till_day"] = till_day
        till_time = self.till_time
        if till_time is not UNSET:
            field_dict["till_time"] = till_time
        time = self.time
        if time is not UNSET:
            field_dict["time"] = time
        value = self.value
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PriceRuleWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        _adjustment_strategy = d.get("adjustment_strategy", UNSET)
        adjustment_strategy: PriceRuleAdjustmentStrategy | Unset = UNSET
        if type(_adjustment_strategy) is str:
            adjustment_strategy = PriceRuleAdjustmentStrategy._by__value.get(
                _adjustment_strategy
            ) or PriceRuleAdjustmentStrategy(_adjustment_strategy)
        elif isinstance(_adjustment_strategy, str):
            adjustment_strategy = PriceRuleAdjustmentStrategy(_adjustment_strategy)
        elif _adjustment_strategy is not UNSET:
            raise FieldError("string (PriceRuleAdjustmentStrategy)", _adjustment_strategy, "adjustment_strategy")

        if adjustment_strategy is UNSET:
            n__absent += 1

        charge = d.get("charge", UNSET)
        if not (charge is True or charge is False):
            if charge is UNSET:
                n__absent += 1
            elif not isinstance(charge, bool):
                raise FieldError("boolean", charge, "charge")

        _from_ = d.get("from", UNSET)
        from_: datetime.datetime | Unset = UNSET
        if _from_ is not UNSET:
            try:
                from_ = _datetime__parse(_from_)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _from_, "from") from None

        if from_ is UNSET:
            n__absent += 1

        from_day = d.get("from_day", UNSET)
        if not (type(from_day) is int):
            if from_day is UNSET:
                n__absent += 1
            elif not (isinstance(from_day, int) and from_day is not True and from_day is not False):
                raise FieldError("integer", from_day, "from_day")

        from_time = d.get("from_time", UNSET)
        if not (type(from_time) is str):
            if from_time is UNSET:
                n__absent += 1
            elif not isinstance(from_time, str):
                raise FieldError("string", from_time, "from_time")

        _id = d.get("id", UNSET)
        id: UUID | Unset = UNSET
        if _id is not UNSET:
            try:
                id = parse_uuid(_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _id, "id") from None

        if id is UNSET:
            n__absent += 1

        _match_strategy = d.get("match_strategy", UNSET)
        match_strategy: PriceRuleMatchStrategy | Unset = UNSET
        if type(_match_strategy) is str:
            match_strategy = PriceRuleMatchStrategy._by__value.get(_match_strategy) or PriceRuleMatchStrategy(
                _match_strategy
            )
        elif isinstance(_match_strategy, str):
            match_strategy = PriceRuleMatchStrategy(_match_strategy)
        elif _match_strategy is not UNSET:
            raise FieldError("string (PriceRuleMatchStrategy)", _match_strategy, "match_strategy")

        if match_strategy is UNSET:
            n__absent += 1

        max_duration = d.get("max_duration", UNSET)
        if not (type(max_duration) is int):
            if max_duration is UNSET:
                n__absent += 1
            elif not (isinstance(max_duration, int) and max_duration is not True and max_duration is not False):
                raise FieldError("integer", max_duration, "max_duration")

        min_duration = d.get("min_duration", UNSET)
        if not (type(min_duration) is int):
            if min_duration is UNSET:
                n__absent += 1
            elif not (isinstance(min_duration, int) and min_duration is not True and min_duration is not False):
                raise FieldError("integer", min_duration, "min_duration")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _price_ruleset_id = d.get("price_ruleset_id", UNSET)
        price_ruleset_id: UUID | Unset = UNSET
        if _price_ruleset_id is not UNSET:
            try:
                price_ruleset_id = parse_uuid(_price_ruleset_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _price_ruleset_id, "price_ruleset_id") from None

        if price_ruleset_id is UNSET:
            n__absent += 1

        _rule_type = d.get("rule_type", UNSET)
        rule_type: PriceRuleType | Unset = UNSET
        if type(_rule_type) is str:
            rule_type = PriceRuleType._by__value.get(_rule_type) or PriceRuleType(_rule_type)
        elif isinstance(_rule_type, str):
            rule_type = PriceRuleType(_rule_type)
        elif _rule_type is not UNSET:
            raise FieldError("string (PriceRuleType)", _rule_type, "rule_type")

        if rule_type is UNSET:
            n__absent += 1

        stacked = d.get("stacked", UNSET)
        if not (stacked is True or stacked is False):
            if stacked is UNSET:
                n__absent += 1
            elif not isinstance(stacked, bool):
                raise FieldError("boolean", stacked, "stacked")

        _till = d.get("till", UNSET)
        till: datetime.datetime | Unset = UNSET
        if _till is not UNSET:
            try:
                till = _datetime__parse(_till)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _till, "till") from None

        if till is UNSET:
            n__absent += 1

        till_day = d.get("till_day", UNSET)
        if not (type(till_day) is int):
            if till_day is UNSET:
                n__absent += 1
            elif not (isinstance(till_day, int) and till_day is not True and till_day is not False):
                raise FieldError("integer", till_day, "till_day")

        till_time = d.get("till_time", UNSET)
        if not (type(till_time) is str):
            if till_time is UNSET:
                n__absent += 1
            elif not isinstance(till_time, str):
                raise FieldError("string", till_time, "till_time")

        time = d.get("time", UNSET)
        if not (type(time) is str):
            if time is UNSET:
                n__absent += 1
            elif not isinstance(time, str):
                raise FieldError("string", time, "time")

        value = d.get("value", UNSET)
        if not (type(value) is float or type(value) is int):
            if value is UNSET:
                n__absent += 1
            elif not (
                isinstance(value, float) or (isinstance(value, int) and value is not True and value is not False)
            ):
                raise FieldError("number", value, "value")

        if cls is _plain__class:
            price_rule_write_attributes = _new__object(cls)
            price_rule_write_attributes.adjustment_strategy = adjustment_strategy
            price_rule_write_attributes.charge = charge
            price_rule_write_attributes.from_ = from_
            price_rule_write_attributes.from_day = from_day
            price_rule_write_attributes.from_time = from_time
            price_rule_write_attributes.id = id
            price_rule_write_attributes.match_strategy = match_strategy
            price_rule_write_attributes.max_duration = max_duration
            price_rule_write_attributes.min_duration = min_duration
            price_rule_write_attributes.name = name
            price_rule_write_attributes.price_ruleset_id = price_ruleset_id
            price_rule_write_attributes.rule_type = rule_type
            price_rule_write_attributes.stacked = stacked
            price_rule_write_attributes.till = till
            price_rule_write_attributes.till_day = till_day
            price_rule_write_attributes.till_time = till_time
            price_rule_write_attributes.time = time
            price_rule_write_attributes.value = value
            price_rule_write_attributes.additional_properties = {}
        else:
            price_rule_write_attributes = cls(
                adjustment_strategy,
                charge,
                from_,
                from_day,
                from_time,
                id,
                match_strategy,
                max_duration,
                min_duration,
                name,
                price_ruleset_id,
                rule_type,
                stacked,
                till,
                till_day,
                till_time,
                time,
                value,
            )
        if len(d) + n__absent != 18:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "adjustment_strategy",
                    "charge",
                    "from",
                    "from_day",
                    "from_time",
                    "id",
                    "match_strategy",
                    "max_duration",
                    "min_duration",
                    "name",
                    "price_ruleset_id",
                    "rule_type",
                    "stacked",
                    "till",
                    "till_day",
                    "till_time",
                    "time",
                    "value",
                }
            }
            price_rule_write_attributes.additional_properties = extra__props
        return price_rule_write_attributes

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

    if TYPE_CHECKING:
        from ..models.price_ruleset import PriceRuleset

    def relate(
        self,
        *,
        price_ruleset: PriceRuleset | Unset = UNSET,
    ) -> PriceRuleWriteAttributes:
        """Point this price rule at related records, by model: each keyword sets an id attribute.

        `price_ruleset=` sets `price_ruleset_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(price_ruleset, Unset):
            self.price_ruleset_id = price_ruleset.id
        return self


_plain__class: type[PriceRuleWriteAttributes] | None = (
    PriceRuleWriteAttributes
    if {field.name for field in _attrs_fields(PriceRuleWriteAttributes)}
    == {
        "adjustment_strategy",
        "charge",
        "from_",
        "from_day",
        "from_time",
        "id",
        "match_strategy",
        "max_duration",
        "min_duration",
        "name",
        "price_ruleset_id",
        "rule_type",
        "stacked",
        "till",
        "till_day",
        "till_time",
        "time",
        "value",
        "additional_properties",
    }
    and not hasattr(PriceRuleWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
