from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailTemplateWriteAttributes")


@_attrs_define
class EmailTemplateWriteAttributes:
    """Attributes that can be sent when creating or updating an email template.

    Attributes:
        body (str | Unset):
        contexts (list[str] | Unset):
        name (str | Unset):
        subject (str | Unset):
    """

    body: str | Unset = UNSET
    contexts: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        contexts: list[str] | Unset = UNSET
        if not isinstance(self.contexts, Unset):
            contexts = self.contexts

        name = self.name

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if contexts is not UNSET:
            field_dict["contexts"] = contexts
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (EmailTemplateWriteAttributes)", src_dict)
        d = dict(src_dict)
        body = d.pop("body", UNSET)
        if not isinstance(body, str) and body is not UNSET:
            raise FieldError("string", body, "body")

        _contexts = d.pop("contexts", UNSET)
        contexts: list[str] | Unset = UNSET
        if isinstance(_contexts, list):
            for contexts_item in _contexts:
                if not isinstance(contexts_item, str):
                    raise FieldError("string", contexts_item, _position(_contexts, contexts_item), "contexts")
            contexts = _contexts
        elif _contexts is not UNSET:
            raise FieldError("array", _contexts, "contexts")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        subject = d.pop("subject", UNSET)
        if not isinstance(subject, str) and subject is not UNSET:
            raise FieldError("string", subject, "subject")

        email_template_write_attributes = cls(
            body=body,
            contexts=contexts,
            name=name,
            subject=subject,
        )

        email_template_write_attributes.additional_properties = d
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
