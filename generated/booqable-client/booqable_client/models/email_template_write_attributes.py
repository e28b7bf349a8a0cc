from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailTemplateWriteAttributes")


@_attrs_define
class EmailTemplateWriteAttributes:
    """Attributes that can be sent when creating or updating an email template.

    Attributes:
        body (str | Unset):
        contexts (Sequence[str] | Unset):
        name (str | Unset):
        subject (str | Unset):
    """

    body: str | Unset = UNSET
    contexts: Sequence[str] | Unset = UNSET
    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        body = self.body
        if body is not UNSET:
            field_dict["body"] = body
        contexts: list[str] | Unset = UNSET
        if not isinstance(self.contexts, Unset):
            contexts = list(self.contexts)

        if contexts is not UNSET:
            field_dict["contexts"] = contexts
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (EmailTemplateWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        body = d.get("body", UNSET)
        if not (type(body) is str):
            if body is UNSET:
                n__absent += 1
            elif not isinstance(body, str):
                raise FieldError("string", body, "body")

        _contexts = d.get("contexts", UNSET)
        contexts: Sequence[str] | Unset = UNSET
        if isinstance(_contexts, list):
            for contexts_item in _contexts:
                if not (type(contexts_item) is str) and not isinstance(contexts_item, str):
                    raise FieldError("string", contexts_item, _position(_contexts, contexts_item), "contexts")
            contexts = _contexts
        elif _contexts is not UNSET:
            raise FieldError("array", _contexts, "contexts")

        if contexts is UNSET:
            n__absent += 1

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        subject = d.get("subject", UNSET)
        if not (type(subject) is str):
            if subject is UNSET:
                n__absent += 1
            elif not isinstance(subject, str):
                raise FieldError("string", subject, "subject")

        if cls is _plain__class:
            email_template_write_attributes = _new__object(cls)
            email_template_write_attributes.body = body
            email_template_write_attributes.contexts = contexts
            email_template_write_attributes.name = name
            email_template_write_attributes.subject = subject
            email_template_write_attributes.additional_properties = {}
        else:
            email_template_write_attributes = cls(
                body,
                contexts,
                name,
                subject,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"body", "contexts", "name", "subject"}
            }
            email_template_write_attributes.additional_properties = extra__props
        return email_template_write_attributes

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


_plain__class: type[EmailTemplateWriteAttributes] | None = (
    EmailTemplateWriteAttributes
    if {field.name for field in _attrs_fields(EmailTemplateWriteAttributes)}
    == {"body", "contexts", "name", "subject", "additional_properties"}
    and not hasattr(EmailTemplateWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
