from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

T = TypeVar("T", bound="UrlRedirectAttributes")


@_attrs_define
class UrlRedirectAttributes:
    """Attributes of an url redirect as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            from_path (str | Unset):
            to_path (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    created_at: datetime.datetime | Unset = UNSET
    from_path: str | Unset = UNSET
    to_path: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        from_path = self.from_path
        if from_path is not UNSET:
            field_dict["from_path"] = from_path
        to_path = self.to_path
        if to_path is not UNSET:
            field_dict["to_path"] = to_path
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (UrlRedirectAttributes)", d)
            d = dict(d)
        n__absent = 0
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        from_path = d.get("from_path", UNSET)
        if not (type(from_path) is str):
            if from_path is UNSET:
                n__absent += 1
            elif not isinstance(from_path, str):
                raise FieldError("string", from_path, "from_path")

        to_path = d.get("to_path", UNSET)
        if not (type(to_path) is str):
            if to_path is UNSET:
                n__absent += 1
            elif not isinstance(to_path, str):
                raise FieldError("string", to_path, "to_path")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            url_redirect_attributes = _new__object(cls)
            url_redirect_attributes.created_at = created_at
            url_redirect_attributes.from_path = from_path
            url_redirect_attributes.to_path = to_path
            url_redirect_attributes.updated_at = updated_at
            url_redirect_attributes.additional_properties = {}
        else:
            url_redirect_attributes = cls(
                created_at,
                from_path,
                to_path,
                updated_at,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"created_at", "from_path", "to_path", "updated_at"}
            }
            url_redirect_attributes.additional_properties = extra__props
        return url_redirect_attributes

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


_plain__class: type[UrlRedirectAttributes] | None = (
    UrlRedirectAttributes
    if {field.name for field in _attrs_fields(UrlRedirectAttributes)}
    == {"created_at", "from_path", "to_path", "updated_at", "additional_properties"}
    and not hasattr(UrlRedirectAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
