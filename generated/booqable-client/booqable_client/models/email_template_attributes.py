from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..models.email_template_context import EmailTemplateContext
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailTemplateAttributes")


@_attrs_define
class EmailTemplateAttributes:
    """Attributes of an email template as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            automated (bool | Unset):
            body (str | Unset):
            context (EmailTemplateContext | Unset): Values of `context` on email templates.
            contexts (list[str] | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            default (bool | Unset):
            identifier (str | Unset):
            name (str | Unset):
            subject (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    automated: bool | Unset = UNSET
    body: str | Unset = UNSET
    context: EmailTemplateContext | Unset = UNSET
    contexts: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    default: bool | Unset = UNSET
    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        automated = self.automated

        body = self.body

        context: str | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.value

        contexts: list[str] | Unset = UNSET
        if not isinstance(self.contexts, Unset):
            contexts = self.contexts

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        default = self.default

        identifier = self.identifier

        name = self.name

        subject = self.subject

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if automated is not UNSET:
            field_dict["automated"] = automated
        if body is not UNSET:
            field_dict["body"] = body
        if context is not UNSET:
            field_dict["context"] = context
        if contexts is not UNSET:
            field_dict["contexts"] = contexts
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if default is not UNSET:
            field_dict["default"] = default
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (EmailTemplateAttributes)", src_dict)
        d = dict(src_dict)
        automated = d.pop("automated", UNSET)
        if not isinstance(automated, bool) and automated is not UNSET:
            raise FieldError("boolean", automated, "automated")

        body = d.pop("body", UNSET)
        if not isinstance(body, str) and body is not UNSET:
            raise FieldError("string", body, "body")

        _context = d.pop("context", UNSET)
        context: EmailTemplateContext | Unset = UNSET
        if isinstance(_context, str):
            context = EmailTemplateContext(_context)
        elif _context is not UNSET:
            raise FieldError("string (EmailTemplateContext)", _context, "context")

        _contexts = d.pop("contexts", UNSET)
        contexts: list[str] | Unset = UNSET
        if isinstance(_contexts, list):
            for contexts_item in _contexts:
                if not isinstance(contexts_item, str):
                    raise FieldError("string", contexts_item, _position(_contexts, contexts_item), "contexts")
            contexts = _contexts
        elif _contexts is not UNSET:
            raise FieldError("array", _contexts, "contexts")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        default = d.pop("default", UNSET)
        if not isinstance(default, bool) and default is not UNSET:
            raise FieldError("boolean", default, "default")

        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            raise FieldError("string", identifier, "identifier")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        subject = d.pop("subject", UNSET)
        if not isinstance(subject, str) and subject is not UNSET:
            raise FieldError("string", subject, "subject")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        email_template_attributes = cls(
            automated=automated,
            body=body,
            context=context,
            contexts=contexts,
            created_at=created_at,
            default=default,
            identifier=identifier,
            name=name,
            subject=subject,
            updated_at=updated_at,
        )

        email_template_attributes.additional_properties = d
        return email_template_attributes

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
