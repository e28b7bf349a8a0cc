from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        adjustment_strategy: str | Unset = UNSET
        if not isinstance(self.adjustment_strategy, Unset):
            adjustment_strategy = self.adjustment_strategy.value

        charge = self.charge

        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.isoformat().replace("+00:00", "Z")

        from_day = self.from_day

        from_time = self.from_time

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        match_strategy: str | Unset = UNSET
        if not isinstance(self.match_strategy, Unset):
            match_strategy = self.match_strategy.value

        max_duration = self.max_duration

        min_duration = self.min_duration

        name = self.name

        price_ruleset_id: str | Unset = UNSET
        if not isinstance(self.price_ruleset_id, Unset):
            price_ruleset_id = str(self.price_ruleset_id)

        rule_type: str | Unset = UNSET
        if not isinstance(self.rule_type, Unset):
            rule_type = self.rule_type.value

        stacked = self.stacked

        till: str | Unset = UNSET
        if not isinstance(self.till, Unset):
            till = self.till.isoformat().replace("+00:00", "Z")

        till_day = self.till_day

        till_time = self.till_time

        time = self.time

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adjustment_strategy is not UNSET:
            field_dict["adjustment_strategy"] = adjustment_strategy
        if charge is not UNSET:
            field_dict["charge"] = charge
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_day is not UNSET:
            field_dict["from_day"] = from_day
        if from_time is not UNSET:
            field_dict["from_time"] = from_time
        if id is not UNSET:
            field_dict["id"] = id
        if match_strategy is not UNSET:
            field_dict["match_strategy"] = match_strategy
        if max_duration is not UNSET:
            field_dict["max_duration"] = max_duration
        if min_duration is not UNSET:
            field_dict["min_duration"] = min_duration
        if name is not UNSET:
            field_dict["name"] = name
        if price_ruleset_id is not UNSET:
            field_dict["price_ruleset_id"] = price_ruleset_id
        if rule_type is not UNSET:
            field_dict["rule_type"] = rule_type
        if stacked is not UNSET:
            field_dict["stacked"] = stacked
        if till is not UNSET:
            field_dict["till"] = till
        if till_day is not UNSET:
            field_dict["till_day"] = till_day
        if till_time is not UNSET:
            field_dict["till_time"] = till_time
        if time is not UNSET:
            field_dict["time"] = time
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PriceRuleWriteAttributes)", src_dict)
        d = dict(src_dict)
        _adjustment_strategy = d.pop("adjustment_strategy", UNSET)
        adjustment_strategy: PriceRuleAdjustmentStrategy | Unset = UNSET
        if isinstance(_adjustment_strategy, str):
            adjustment_strategy = PriceRuleAdjustmentStrategy(_adjustment_strategy)
        elif _adjustment_strategy is not UNSET:
            raise FieldError("string (PriceRuleAdjustmentStrategy)", _adjustment_strategy, "adjustment_strategy")

        charge = d.pop("charge", UNSET)
        if not isinstance(charge, bool) and charge is not UNSET:
            raise FieldError("boolean", charge, "charge")

        _from_ = d.pop("from", UNSET)
        from_: datetime.datetime | Unset = UNSET
        if _from_ is not UNSET:
            try:
                from_ = datetime.datetime.fromisoformat(_from_)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _from_, "from") from None

        from_day = d.pop("from_day", UNSET)
        if not (isinstance(from_day, int) and from_day is not True and from_day is not False) and from_day is not UNSET:
            raise FieldError("integer", from_day, "from_day")

        from_time = d.pop("from_time", UNSET)
        if not isinstance(from_time, str) and from_time is not UNSET:
            raise FieldError("string", from_time, "from_time")

        _id = d.pop("id", UNSET)
        id: UUID | Unset = UNSET
        if _id is not UNSET:
            try:
                id = UUID(_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _id, "id") from None

        _match_strategy = d.pop("match_strategy", UNSET)
        match_strategy: PriceRuleMatchStrategy | Unset = UNSET
        if isinstance(_match_strategy, str):
            match_strategy = PriceRuleMatchStrategy(_match_strategy)
        elif _match_strategy is not UNSET:
            raise FieldError("string (PriceRuleMatchStrategy)", _match_strategy, "match_strategy")

        max_duration = d.pop("max_duration", UNSET)
        if (
            not (isinstance(max_duration, int) and max_duration is not True and max_duration is not False)
            and max_duration is not UNSET
        ):
            raise FieldError("integer", max_duration, "max_duration")

        min_duration = d.pop("min_duration", UNSET)
        if (
            not (isinstance(min_duration, int) and min_duration is not True and min_duration is not False)
            and min_duration is not UNSET
        ):
            raise FieldError("integer", min_duration, "min_duration")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _price_ruleset_id = d.pop("price_ruleset_id", UNSET)
        price_ruleset_id: UUID | Unset = UNSET
        if _price_ruleset_id is not UNSET:
            try:
                price_ruleset_id = UUID(_price_ruleset_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _price_ruleset_id, "price_ruleset_id") from None

        _rule_type = d.pop("rule_type", UNSET)
        rule_type: PriceRuleType | Unset = UNSET
        if isinstance(_rule_type, str):
            rule_type = PriceRuleType(_rule_type)
        elif _rule_type is not UNSET:
            raise FieldError("string (PriceRuleType)", _rule_type, "rule_type")

        stacked = d.pop("stacked", UNSET)
        if not isinstance(stacked, bool) and stacked is not UNSET:
            raise FieldError("boolean", stacked, "stacked")

        _till = d.pop("till", UNSET)
        till: datetime.datetime | Unset = UNSET
        if _till is not UNSET:
            try:
                till = datetime.datetime.fromisoformat(_till)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _till, "till") from None

        till_day = d.pop("till_day", UNSET)
        if not (isinstance(till_day, int) and till_day is not True and till_day is not False) and till_day is not UNSET:
            raise FieldError("integer", till_day, "till_day")

        till_time = d.pop("till_time", UNSET)
        if not isinstance(till_time, str) and till_time is not UNSET:
            raise FieldError("string", till_time, "till_time")

        time = d.pop("time", UNSET)
        if not isinstance(time, str) and time is not UNSET:
            raise FieldError("string", time, "time")

        value = d.pop("value", UNSET)
        if (
            not (isinstance(value, float) or (isinstance(value, int) and value is not True and value is not False))
            and value is not UNSET
        ):
            raise FieldError("number", value, "value")

        price_rule_write_attributes = cls(
            adjustment_strategy=adjustment_strategy,
            charge=charge,
            from_=from_,
            from_day=from_day,
            from_time=from_time,
            id=id,
            match_strategy=match_strategy,
            max_duration=max_duration,
            min_duration=min_duration,
            name=name,
            price_ruleset_id=price_ruleset_id,
            rule_type=rule_type,
            stacked=stacked,
            till=till,
            till_day=till_day,
            till_time=till_time,
            time=time,
            value=value,
        )

        price_rule_write_attributes.additional_properties = d
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
