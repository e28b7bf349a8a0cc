from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="CountryFilter")


def _parse__created_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_condition_type_0 = _from_dict__DatetimeOperators(data)

                if choice.take(componentsschemas_datetime_condition_type_0):
                    return componentsschemas_datetime_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_condition_type_1 = data
                try:
                    componentsschemas_datetime_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("date-time", _componentsschemas_datetime_condition_type_1) from None

                if choice.take(componentsschemas_datetime_condition_type_1):
                    return componentsschemas_datetime_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeOperators), date-time string", data)


def _parse__id(data: object) -> Unset | UUID | UuidOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[Unset | UUID | UuidOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_condition_type_0 = _from_dict__UuidOperators(data)

                if choice.take(componentsschemas_uuid_condition_type_0):
                    return componentsschemas_uuid_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_condition_type_1 = data
                try:
                    componentsschemas_uuid_condition_type_1 = parse_uuid(_componentsschemas_uuid_condition_type_1)
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                if choice.take(componentsschemas_uuid_condition_type_1):
                    return componentsschemas_uuid_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidOperators), UUID string", data)


def _parse__updated_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_condition_type_0 = _from_dict__DatetimeOperators(data)

                if choice.take(componentsschemas_datetime_condition_type_0):
                    return componentsschemas_datetime_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_condition_type_1 = data
                try:
                    componentsschemas_datetime_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("date-time", _componentsschemas_datetime_condition_type_1) from None

                if choice.take(componentsschemas_datetime_condition_type_1):
                    return componentsschemas_datetime_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeOperators), date-time string", data)


@_attrs_define
class CountryFilter:
    """Filters for countries: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            alpha2 (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            city_autofill (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            form_layout (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            name (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            province_required (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            province_type (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            show_layout (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            zipcode_autofill (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            zipcode_format (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            zipcode_placeholder (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            zipcode_required (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            zipcode_type (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
    """

    alpha2: str | TextOperators | Unset = UNSET
    city_autofill: str | TextOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    form_layout: str | TextOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    name: str | TextOperators | Unset = UNSET
    province_required: bool | BooleanOperators | Unset = UNSET
    province_type: str | TextOperators | Unset = UNSET
    show_layout: str | TextOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    zipcode_autofill: str | TextOperators | Unset = UNSET
    zipcode_format: str | TextOperators | Unset = UNSET
    zipcode_placeholder: str | TextOperators | Unset = UNSET
    zipcode_required: bool | BooleanOperators | Unset = UNSET
    zipcode_type: str | TextOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        alpha2: dict[str, Any] | str | Unset
        if isinstance(self.alpha2, Unset):
            alpha2 = UNSET
        elif isinstance(self.alpha2, TextOperators):
            alpha2 = self.alpha2.to_dict()
        else:
            alpha2 = self.alpha2
        if alpha2 is not UNSET:
            field_dict["alpha2"] = alpha2
        city_autofill: dict[str, Any] | str | Unset
        if isinstance(self.city_autofill, Unset):
            city_autofill = UNSET
        elif isinstance(self.city_autofill, TextOperators):
            city_autofill = self.city_autofill.to_dict()
        else:
            city_autofill = self.city_autofill
        if city_autofill is not UNSET:
            field_dict["city_autofill"] = city_autofill
        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        form_layout: dict[str, Any] | str | Unset
        if isinstance(self.form_layout, Unset):
            form_layout = UNSET
        elif isinstance(self.form_layout, TextOperators):
            form_layout = self.form_layout.to_dict()
        else:
            form_layout = self.form_layout
        if form_layout is not UNSET:
            field_dict["form_layout"] = form_layout
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        name: dict[str, Any] | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TextOperators):
            name = self.name.to_dict()
        else:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        province_required: bool | dict[str, Any] | Unset
        if isinstance(self.province_required, Unset):
            province_required = UNSET
        elif isinstance(self.province_required, BooleanOperators):
            province_required = self.province_required.to_dict()
        else:
            province_required = self.province_required
        if province_required is not UNSET:
            field_dict["province_required"] = province_required
        province_type: dict[str, Any] | str | Unset
        if isinstance(self.province_type, Unset):
            province_type = UNSET
        elif isinstance(self.province_type, TextOperators):
            province_type = self.province_type.to_dict()
        else:
            province_type = self.province_type
        if province_type is not UNSET:
            field_dict["province_type"] = province_type
        show_layout: dict[str, Any] | str | Unset
        if isinstance(self.show_layout, Unset):
            show_layout = UNSET
        elif isinstance(self.show_layout, TextOperators):
            show_layout = self.show_layout.to_dict()
        else:
            show_layout = self.show_layout
        if show_layout is not UNSET:
            field_dict["show_layout"] = show_layout
        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        zipcode_autofill: dict[str, Any] | str | Unset
        if isinstance(self.zipcode_autofill, Unset):
            zipcode_autofill = UNSET
        elif isinstance(self.zipcode_autofill, TextOperators):
            zipcode_autofill = self.zipcode_autofill.to_dict()
        else:
            zipcode_autofill = self.zipcode_autofill
        if zipcode_autofill is not UNSET:
            field_dict["zipcode_autofill"] = zipcode_autofill
        zipcode_format: dict[str, Any] | str | Unset
        if isinstance(self.zipcode_format, Unset):
            zipcode_format = UNSET
        elif isinstance(self.zipcode_format, TextOperators):
            zipcode_format = self.zipcode_format.to_dict()
        else:
            zipcode_format = self.zipcode_format
        if zipcode_format is not UNSET:
            field_dict["zipcode_format"] = zipcode_format
        zipcode_placeholder: dict[str, Any] | str | Unset
        if isinstance(self.zipcode_placeholder, Unset):
            zipcode_placeholder = UNSET
        elif isinstance(self.zipcode_placeholder, TextOperators):
            zipcode_placeholder = self.zipcode_placeholder.to_dict()
        else:
            zipcode_placeholder = self.zipcode_placeholder
        if zipcode_placeholder is not UNSET:
            field_dict["zipcode_placeholder"] = zipcode_placeholder
        zipcode_required: bool | dict[str, Any] | Unset
        if isinstance(self.zipcode_required, Unset):
            zipcode_required = UNSET
        elif isinstance(self.zipcode_required, BooleanOperators):
            zipcode_required = self.zipcode_required.to_dict()
        else:
            zipcode_required = self.zipcode_required
        if zipcode_required is not UNSET:
            field_dict["zipcode_required"] = zipcode_required
        zipcode_type: dict[str, Any] | str | Unset
        if isinstance(self.zipcode_type, Unset):
            zipcode_type = UNSET
        elif isinstance(self.zipcode_type, TextOperators):
            zipcode_type = self.zipcode_type.to_dict()
        else:
            zipcode_type = self.zipcode_type
        if zipcode_type is not UNSET:
            field_dict["zipcode_type"] = zipcode_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CountryFilter)", d)
            d = dict(d)
        n__absent = 0
        _alpha2 = d.get("alpha2", UNSET)
        alpha2: str | TextOperators | Unset
        if _alpha2 is UNSET:
            alpha2 = _alpha2
        elif isinstance(_alpha2, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_alpha2)
            except FieldError as field__error:
                field__error.segments.append("alpha2")
                raise

            alpha2 = componentsschemas_text_condition_type_0
        elif isinstance(_alpha2, str):
            alpha2 = _alpha2
        else:
            raise FieldError("one of object (TextOperators), string", _alpha2, "alpha2")

        if alpha2 is UNSET:
            n__absent += 1

        _city_autofill = d.get("city_autofill", UNSET)
        city_autofill: str | TextOperators | Unset
        if _city_autofill is UNSET:
            city_autofill = _city_autofill
        elif isinstance(_city_autofill, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_city_autofill)
            except FieldError as field__error:
                field__error.segments.append("city_autofill")
                raise

            city_autofill = componentsschemas_text_condition_type_0
        elif isinstance(_city_autofill, str):
            city_autofill = _city_autofill
        else:
            raise FieldError("one of object (TextOperators), string", _city_autofill, "city_autofill")

        if city_autofill is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        _form_layout = d.get("form_layout", UNSET)
        form_layout: str | TextOperators | Unset
        if _form_layout is UNSET:
            form_layout = _form_layout
        elif isinstance(_form_layout, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_form_layout)
            except FieldError as field__error:
                field__error.segments.append("form_layout")
                raise

            form_layout = componentsschemas_text_condition_type_0
        elif isinstance(_form_layout, str):
            form_layout = _form_layout
        else:
            raise FieldError("one of object (TextOperators), string", _form_layout, "form_layout")

        if form_layout is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        _name = d.get("name", UNSET)
        name: str | TextOperators | Unset
        if _name is UNSET:
            name = _name
        elif isinstance(_name, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_name)
            except FieldError as field__error:
                field__error.segments.append("name")
                raise

            name = componentsschemas_text_condition_type_0
        elif isinstance(_name, str):
            name = _name
        else:
            raise FieldError("one of object (TextOperators), string", _name, "name")

        if name is UNSET:
            n__absent += 1

        _province_required = d.get("province_required", UNSET)
        province_required: bool | BooleanOperators | Unset
        if _province_required is UNSET:
            province_required = _province_required
        elif isinstance(_province_required, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_province_required)
            except FieldError as field__error:
                field__error.segments.append("province_required")
                raise

            province_required = componentsschemas_boolean_condition_type_0
        elif isinstance(_province_required, bool):
            province_required = _province_required
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _province_required, "province_required")

        if province_required is UNSET:
            n__absent += 1

        _province_type = d.get("province_type", UNSET)
        province_type: str | TextOperators | Unset
        if _province_type is UNSET:
            province_type = _province_type
        elif isinstance(_province_type, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_province_type)
            except FieldError as field__error:
                field__error.segments.append("province_type")
                raise

            province_type = componentsschemas_text_condition_type_0
        elif isinstance(_province_type, str):
            province_type = _province_type
        else:
            raise FieldError("one of object (TextOperators), string", _province_type, "province_type")

        if province_type is UNSET:
            n__absent += 1

        _show_layout = d.get("show_layout", UNSET)
        show_layout: str | TextOperators | Unset
        if _show_layout is UNSET:
            show_layout = _show_layout
        elif isinstance(_show_layout, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_show_layout)
            except FieldError as field__error:
                field__error.segments.append("show_layout")
                raise

            show_layout = componentsschemas_text_condition_type_0
        elif isinstance(_show_layout, str):
            show_layout = _show_layout
        else:
            raise FieldError("one of object (TextOperators), string", _show_layout, "show_layout")

        if show_layout is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        _zipcode_autofill = d.get("zipcode_autofill", UNSET)
        zipcode_autofill: str | TextOperators | Unset
        if _zipcode_autofill is UNSET:
            zipcode_autofill = _zipcode_autofill
        elif isinstance(_zipcode_autofill, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_zipcode_autofill)
            except FieldError as field__error:
                field__error.segments.append("zipcode_autofill")
                raise

            zipcode_autofill = componentsschemas_text_condition_type_0
        elif isinstance(_zipcode_autofill, str):
            zipcode_autofill = _zipcode_autofill
        else:
            raise FieldError("one of object (TextOperators), string", _zipcode_autofill, "zipcode_autofill")

        if zipcode_autofill is UNSET:
            n__absent += 1

        _zipcode_format = d.get("zipcode_format", UNSET)
        zipcode_format: str | TextOperators | Unset
        if _zipcode_format is UNSET:
            zipcode_format = _zipcode_format
        elif isinstance(_zipcode_format, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_zipcode_format)
            except FieldError as field__error:
                field__error.segments.append("zipcode_format")
                raise

            zipcode_format = componentsschemas_text_condition_type_0
        elif isinstance(_zipcode_format, str):
            zipcode_format = _zipcode_format
        else:
            raise FieldError("one of object (TextOperators), string", _zipcode_format, "zipcode_format")

        if zipcode_format is UNSET:
            n__absent += 1

        _zipcode_placeholder = d.get("zipcode_placeholder", UNSET)
        zipcode_placeholder: str | TextOperators | Unset
        if _zipcode_placeholder is UNSET:
            zipcode_placeholder = _zipcode_placeholder
        elif isinstance(_zipcode_placeholder, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_zipcode_placeholder)
            except FieldError as field__error:
                field__error.segments.append("zipcode_placeholder")
                raise

            zipcode_placeholder = componentsschemas_text_condition_type_0
        elif isinstance(_zipcode_placeholder, str):
            zipcode_placeholder = _zipcode_placeholder
        else:
            raise FieldError("one of object (TextOperators), string", _zipcode_placeholder, "zipcode_placeholder")

        if zipcode_placeholder is UNSET:
            n__absent += 1

        _zipcode_required = d.get("zipcode_required", UNSET)
        zipcode_required: bool | BooleanOperators | Unset
        if _zipcode_required is UNSET:
            zipcode_required = _zipcode_required
        elif isinstance(_zipcode_required, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_zipcode_required)
            except FieldError as field__error:
                field__error.segments.append("zipcode_required")
                raise

            zipcode_required = componentsschemas_boolean_condition_type_0
        elif isinstance(_zipcode_required, bool):
            zipcode_required = _zipcode_required
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _zipcode_required, "zipcode_required")

        if zipcode_required is UNSET:
            n__absent += 1

        _zipcode_type = d.get("zipcode_type", UNSET)
        zipcode_type: str | TextOperators | Unset
        if _zipcode_type is UNSET:
            zipcode_type = _zipcode_type
        elif isinstance(_zipcode_type, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_zipcode_type)
            except FieldError as field__error:
                field__error.segments.append("zipcode_type")
                raise

            zipcode_type = componentsschemas_text_condition_type_0
        elif isinstance(_zipcode_type, str):
            zipcode_type = _zipcode_type
        else:
            raise FieldError("one of object (TextOperators), string", _zipcode_type, "zipcode_type")

        if zipcode_type is UNSET:
            n__absent += 1

        if cls is _plain__class:
            country_filter = _new__object(cls)
            country_filter.alpha2 = alpha2
            country_filter.city_autofill = city_autofill
            country_filter.created_at = created_at
            country_filter.form_layout = form_layout
            country_filter.id = id
            country_filter.name = name
            country_filter.province_required = province_required
            country_filter.province_type = province_type
            country_filter.show_layout = show_layout
            country_filter.updated_at = updated_at
            country_filter.zipcode_autofill = zipcode_autofill
            country_filter.zipcode_format = zipcode_format
            country_filter.zipcode_placeholder = zipcode_placeholder
            country_filter.zipcode_required = zipcode_required
            country_filter.zipcode_type = zipcode_type
        else:
            country_filter = cls(
                alpha2,
                city_autofill,
                created_at,
                form_layout,
                id,
                name,
                province_required,
                province_type,
                show_layout,
                updated_at,
                zipcode_autofill,
                zipcode_format,
                zipcode_placeholder,
                zipcode_required,
                zipcode_type,
            )
        if len(d) + n__absent != 15:
            for prop_name in d:
                if prop_name not in {
                    "alpha2",
                    "city_autofill",
                    "created_at",
                    "form_layout",
                    "id",
                    "name",
                    "province_required",
                    "province_type",
                    "show_layout",
                    "updated_at",
                    "zipcode_autofill",
                    "zipcode_format",
                    "zipcode_placeholder",
                    "zipcode_required",
                    "zipcode_type",
                }:
                    raise FieldError("no such property (CountryFilter allows no others)", None, prop_name, found="one")
        return country_filter

    __repr__ = _model__repr


_plain__class: type[CountryFilter] | None = (
    CountryFilter
    if {field.name for field in _attrs_fields(CountryFilter)}
    == {
        "alpha2",
        "city_autofill",
        "created_at",
        "form_layout",
        "id",
        "name",
        "province_required",
        "province_type",
        "show_layout",
        "updated_at",
        "zipcode_autofill",
        "zipcode_format",
        "zipcode_placeholder",
        "zipcode_required",
        "zipcode_type",
    }
    and not hasattr(CountryFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
