from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, TextOperators, UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="CountryFilter")


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
        alpha2: dict[str, Any] | str | Unset
        if isinstance(self.alpha2, Unset):
            alpha2 = UNSET
        elif isinstance(self.alpha2, TextOperators):
            alpha2 = self.alpha2.to_dict()
        else:
            alpha2 = self.alpha2

        city_autofill: dict[str, Any] | str | Unset
        if isinstance(self.city_autofill, Unset):
            city_autofill = UNSET
        elif isinstance(self.city_autofill, TextOperators):
            city_autofill = self.city_autofill.to_dict()
        else:
            city_autofill = self.city_autofill

        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        form_layout: dict[str, Any] | str | Unset
        if isinstance(self.form_layout, Unset):
            form_layout = UNSET
        elif isinstance(self.form_layout, TextOperators):
            form_layout = self.form_layout.to_dict()
        else:
            form_layout = self.form_layout

        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        name: dict[str, Any] | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TextOperators):
            name = self.name.to_dict()
        else:
            name = self.name

        province_required: bool | dict[str, Any] | Unset
        if isinstance(self.province_required, Unset):
            province_required = UNSET
        elif isinstance(self.province_required, BooleanOperators):
            province_required = self.province_required.to_dict()
        else:
            province_required = self.province_required

        province_type: dict[str, Any] | str | Unset
        if isinstance(self.province_type, Unset):
            province_type = UNSET
        elif isinstance(self.province_type, TextOperators):
            province_type = self.province_type.to_dict()
        else:
            province_type = self.province_type

        show_layout: dict[str, Any] | str | Unset
        if isinstance(self.show_layout, Unset):
            show_layout = UNSET
        elif isinstance(self.show_layout, TextOperators):
            show_layout = self.show_layout.to_dict()
        else:
            show_layout = self.show_layout

        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        zipcode_autofill: dict[str, Any] | str | Unset
        if isinstance(self.zipcode_autofill, Unset):
            zipcode_autofill = UNSET
        elif isinstance(self.zipcode_autofill, TextOperators):
            zipcode_autofill = self.zipcode_autofill.to_dict()
        else:
            zipcode_autofill = self.zipcode_autofill

        zipcode_format: dict[str, Any] | str | Unset
        if isinstance(self.zipcode_format, Unset):
            zipcode_format = UNSET
        elif isinstance(self.zipcode_format, TextOperators):
            zipcode_format = self.zipcode_format.to_dict()
        else:
            zipcode_format = self.zipcode_format

        zipcode_placeholder: dict[str, Any] | str | Unset
        if isinstance(self.zipcode_placeholder, Unset):
            zipcode_placeholder = UNSET
        elif isinstance(self.zipcode_placeholder, TextOperators):
            zipcode_placeholder = self.zipcode_placeholder.to_dict()
        else:
            zipcode_placeholder = self.zipcode_placeholder

        zipcode_required: bool | dict[str, Any] | Unset
        if isinstance(self.zipcode_required, Unset):
            zipcode_required = UNSET
        elif isinstance(self.zipcode_required, BooleanOperators):
            zipcode_required = self.zipcode_required.to_dict()
        else:
            zipcode_required = self.zipcode_required

        zipcode_type: dict[str, Any] | str | Unset
        if isinstance(self.zipcode_type, Unset):
            zipcode_type = UNSET
        elif isinstance(self.zipcode_type, TextOperators):
            zipcode_type = self.zipcode_type.to_dict()
        else:
            zipcode_type = self.zipcode_type

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if alpha2 is not UNSET:
            field_dict["alpha2"] = alpha2
        if city_autofill is not UNSET:
            field_dict["city_autofill"] = city_autofill
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if form_layout is not UNSET:
            field_dict["form_layout"] = form_layout
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if province_required is not UNSET:
            field_dict["province_required"] = province_required
        if province_type is not UNSET:
            field_dict["province_type"] = province_type
        if show_layout is not UNSET:
            field_dict["show_layout"] = show_layout
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if zipcode_autofill is not UNSET:
            field_dict["zipcode_autofill"] = zipcode_autofill
        if zipcode_format is not UNSET:
            field_dict["zipcode_format"] = zipcode_format
        if zipcode_placeholder is not UNSET:
            field_dict["zipcode_placeholder"] = zipcode_placeholder
        if zipcode_required is not UNSET:
            field_dict["zipcode_required"] = zipcode_required
        if zipcode_type is not UNSET:
            field_dict["zipcode_type"] = zipcode_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CountryFilter)", src_dict)
        d = dict(src_dict)

        def _parse_alpha2(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            alpha2 = _parse_alpha2(d.pop("alpha2", UNSET))
        except FieldError as field__error:
            field__error.segments.append("alpha2")
            raise

        def _parse_city_autofill(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            city_autofill = _parse_city_autofill(d.pop("city_autofill", UNSET))
        except FieldError as field__error:
            field__error.segments.append("city_autofill")
            raise

        def _parse_created_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_condition_type_0 = DatetimeOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_condition_type_0):
                            return componentsschemas_datetime_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_condition_type_1 = data
                        try:
                            componentsschemas_datetime_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_condition_type_1):
                            return componentsschemas_datetime_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeOperators), date-time string", data)

        try:
            created_at = _parse_created_at(d.pop("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        def _parse_form_layout(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            form_layout = _parse_form_layout(d.pop("form_layout", UNSET))
        except FieldError as field__error:
            field__error.segments.append("form_layout")
            raise

        def _parse_id(data: object) -> Unset | UUID | UuidOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_condition_type_0 = UuidOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_condition_type_0):
                            return componentsschemas_uuid_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_condition_type_1 = data
                        try:
                            componentsschemas_uuid_condition_type_1 = UUID(_componentsschemas_uuid_condition_type_1)
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                        if choice.take(componentsschemas_uuid_condition_type_1):
                            return componentsschemas_uuid_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidOperators), UUID string", data)

        try:
            id = _parse_id(d.pop("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        def _parse_name(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            name = _parse_name(d.pop("name", UNSET))
        except FieldError as field__error:
            field__error.segments.append("name")
            raise

        def _parse_province_required(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            province_required = _parse_province_required(d.pop("province_required", UNSET))
        except FieldError as field__error:
            field__error.segments.append("province_required")
            raise

        def _parse_province_type(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            province_type = _parse_province_type(d.pop("province_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("province_type")
            raise

        def _parse_show_layout(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            show_layout = _parse_show_layout(d.pop("show_layout", UNSET))
        except FieldError as field__error:
            field__error.segments.append("show_layout")
            raise

        def _parse_updated_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_condition_type_0 = DatetimeOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_condition_type_0):
                            return componentsschemas_datetime_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_condition_type_1 = data
                        try:
                            componentsschemas_datetime_condition_type_1 = datetime.datetime.fromisoformat(
                                _componentsschemas_datetime_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "date-time", _componentsschemas_datetime_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_datetime_condition_type_1):
                            return componentsschemas_datetime_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (DatetimeOperators), date-time string", data)

        try:
            updated_at = _parse_updated_at(d.pop("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        def _parse_zipcode_autofill(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            zipcode_autofill = _parse_zipcode_autofill(d.pop("zipcode_autofill", UNSET))
        except FieldError as field__error:
            field__error.segments.append("zipcode_autofill")
            raise

        def _parse_zipcode_format(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            zipcode_format = _parse_zipcode_format(d.pop("zipcode_format", UNSET))
        except FieldError as field__error:
            field__error.segments.append("zipcode_format")
            raise

        def _parse_zipcode_placeholder(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            zipcode_placeholder = _parse_zipcode_placeholder(d.pop("zipcode_placeholder", UNSET))
        except FieldError as field__error:
            field__error.segments.append("zipcode_placeholder")
            raise

        def _parse_zipcode_required(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            zipcode_required = _parse_zipcode_required(d.pop("zipcode_required", UNSET))
        except FieldError as field__error:
            field__error.segments.append("zipcode_required")
            raise

        def _parse_zipcode_type(data: object) -> str | TextOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | TextOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_text_condition_type_0 = TextOperators.from_dict(data)

                        if choice.take(componentsschemas_text_condition_type_0):
                            return componentsschemas_text_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (TextOperators), string", data)

        try:
            zipcode_type = _parse_zipcode_type(d.pop("zipcode_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("zipcode_type")
            raise

        country_filter = cls(
            alpha2=alpha2,
            city_autofill=city_autofill,
            created_at=created_at,
            form_layout=form_layout,
            id=id,
            name=name,
            province_required=province_required,
            province_type=province_type,
            show_layout=show_layout,
            updated_at=updated_at,
            zipcode_autofill=zipcode_autofill,
            zipcode_format=zipcode_format,
            zipcode_placeholder=zipcode_placeholder,
            zipcode_required=zipcode_required,
            zipcode_type=zipcode_type,
        )

        if d:
            raise FieldError("no such property (CountryFilter allows no others)", None, next(iter(d)), found="one")
        return country_filter
