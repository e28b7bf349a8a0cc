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
from ..lib._fields import position as _position
from ..models.email_template_context import EmailTemplateContext
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailTemplateAttributes")


@_attrs_define
class EmailTemplateAttributes:
    """Attributes of an email template as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        automated = self.automated
        if automated is not UNSET:
            field_dict["automated"] = automated
        body = self.body
        if body is not UNSET:
            field_dict["body"] = body
        context: str | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.value

        if context is not UNSET:
            field_dict["context"] = context
        contexts: list[str] | Unset = UNSET
        if not isinstance(self.contexts, Unset):
            contexts = self.contexts

        if contexts is not UNSET:
            field_dict["contexts"] = contexts
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        default = self.default
        if default is not UNSET:
            field_dict["default"] = default
        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject
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
                raise FieldError("object (EmailTemplateAttributes)", d)
            d = dict(d)
        n__absent = 0
        automated = d.get("automated", UNSET)
        if not (automated is True or automated is False):
            if automated is UNSET:
                n__absent += 1
            elif not isinstance(automated, bool):
                raise FieldError("boolean", automated, "automated")

        body = d.get("body", UNSET)
        if not (type(body) is str):
            if body is UNSET:
                n__absent += 1
            elif not isinstance(body, str):
                raise FieldError("string", body, "body")

        _context = d.get("context", UNSET)
        context: EmailTemplateContext | Unset = UNSET
        if type(_context) is str:
            context = EmailTemplateContext._by__value.get(_context) or EmailTemplateContext(_context)
        elif isinstance(_context, str):
            context = EmailTemplateContext(_context)
        elif _context is not UNSET:
            raise FieldError("string (EmailTemplateContext)", _context, "context")

        if context is UNSET:
            n__absent += 1

        _contexts = d.get("contexts", UNSET)
        contexts: list[str] | Unset = UNSET
        if isinstance(_contexts, list):
            for contexts_item in _contexts:
                if not (type(contexts_item) is str) and not isinstance(contexts_item, str):
                    raise FieldError("string", contexts_item, _position(_contexts, contexts_item), "contexts")
            contexts = _contexts
        elif _contexts is not UNSET:
            raise FieldError("array", _contexts, "contexts")

        if contexts is UNSET:
            n__absent += 1

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        default = d.get("default", UNSET)
        if not (default is True or default is False):
            if default is UNSET:
                n__absent += 1
            elif not isinstance(default, bool):
                raise FieldError("boolean", default, "default")

        identifier = d.get("identifier", UNSET)
        if not (type(identifier) is str):
            if identifier is UNSET:
                n__absent += 1
            elif not isinstance(identifier, str):
                raise FieldError("string", identifier, "identifier")

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
            email_template_attributes = _new__object(cls)
            email_template_attributes.automated = automated
            email_template_attributes.body = body
            email_template_attributes.context = context
            email_template_attributes.contexts = contexts
            email_template_attributes.created_at = created_at
            email_template_attributes.default = default
            email_template_attributes.identifier = identifier
            email_template_attributes.name = name
            email_template_attributes.subject = subject
            email_template_attributes.updated_at = updated_at
            email_template_attributes.additional_properties = {}
        else:
            email_template_attributes = cls(
                automated,
                body,
                context,
                contexts,
                created_at,
                default,
                identifier,
                name,
                subject,
                updated_at,
            )
        if len(d) + n__absent != 10:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "automated",
                    "body",
                    "context",
                    "contexts",
                    "created_at",
                    "default",
                    "identifier",
                    "name",
                    "subject",
                    "updated_at",
                }
            }
            email_template_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[EmailTemplateAttributes] | None = (
    EmailTemplateAttributes
    if {field.name for field in _attrs_fields(EmailTemplateAttributes)}
    == {
        "automated",
        "body",
        "context",
        "contexts",
        "created_at",
        "default",
        "identifier",
        "name",
        "subject",
        "updated_at",
        "additional_properties",
    }
    and not hasattr(EmailTemplateAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
