from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._jsonapi import adopt as _jsonapi__adopt
from ..lib._jsonapi import carried as _jsonapi__carried
from ..models.invoice_revision_resource_type import InvoiceRevisionResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_revision_attributes import InvoiceRevisionAttributes
    from ..models.invoice_revision_relationships import InvoiceRevisionRelationships

_refs__resolved = False
_from_dict__InvoiceRevisionAttributes: Callable[[Mapping[str, Any]], InvoiceRevisionAttributes]
_from_dict__InvoiceRevisionRelationships: Callable[[Mapping[str, Any]], InvoiceRevisionRelationships]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, InvoiceRevisionAttributes, InvoiceRevisionRelationships  # noqa: PLW0603
    global _from_dict__InvoiceRevisionAttributes, _from_dict__InvoiceRevisionRelationships  # noqa: PLW0603
    from ..models.invoice_revision_attributes import InvoiceRevisionAttributes  # noqa: PLC0415
    from ..models.invoice_revision_relationships import InvoiceRevisionRelationships  # noqa: PLC0415

    _from_dict__InvoiceRevisionAttributes = InvoiceRevisionAttributes.from_dict
    _from_dict__InvoiceRevisionRelationships = InvoiceRevisionRelationships.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="InvoiceRevision")


@_attrs_define
class InvoiceRevision:
    """An invoice revision as a JSON:API resource object.

    Attributes:
        id (UUID):
        type_ (InvoiceRevisionResourceType | Unset): JSON:API type of the record.
        links (dict[str, Any] | Unset): A free-form JSON object.
        meta (dict[str, Any] | Unset): A free-form JSON object.
        attributes (InvoiceRevisionAttributes | Unset): Attributes of an invoice revision as read from the API.
            `required` lists the attributes Booqable always sends; a sparse fieldset (`fields[...]`) can still leave any
            attribute out, and the client then reports it as not sent.
        relationships (InvoiceRevisionRelationships | Unset): Relationships of an invoice revision: links to related
            records and, when they are sideloaded with `include`, their identifiers.
    """

    id: UUID
    type_: InvoiceRevisionResourceType | Unset = UNSET
    links: dict[str, Any] | Unset = UNSET
    meta: dict[str, Any] | Unset = UNSET
    attributes: InvoiceRevisionAttributes | Unset = UNSET
    relationships: InvoiceRevisionRelationships | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = _jsonapi__carried(self._jsonapi__document)
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        id = str(self.id)
        field_dict["id"] = id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_
        links = self.links
        if links is not UNSET:
            field_dict["links"] = links
        meta = self.meta
        if meta is not UNSET:
            field_dict["meta"] = meta
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (InvoiceRevision)", d)
            d = dict(d)
        n__absent = 0
        _id = d.get("id", UNSET)
        try:
            id = parse_uuid(_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _id, "id") from None

        _type_ = d.get("type", UNSET)
        type_: InvoiceRevisionResourceType | Unset = UNSET
        if type(_type_) is str:
            type_ = InvoiceRevisionResourceType._by__value.get(_type_) or InvoiceRevisionResourceType(_type_)
        elif isinstance(_type_, str):
            type_ = InvoiceRevisionResourceType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (InvoiceRevisionResourceType)", _type_, "type")

        if type_ is UNSET:
            n__absent += 1

        links = d.get("links", UNSET)
        if not (type(links) is dict):
            if links is UNSET:
                n__absent += 1
            elif not isinstance(links, dict):
                raise FieldError("object", links, "links")

        meta = d.get("meta", UNSET)
        if not (type(meta) is dict):
            if meta is UNSET:
                n__absent += 1
            elif not isinstance(meta, dict):
                raise FieldError("object", meta, "meta")

        _attributes = d.get("attributes", UNSET)
        attributes: InvoiceRevisionAttributes | Unset = UNSET
        if _attributes is not UNSET:
            try:
                attributes = _from_dict__InvoiceRevisionAttributes(_attributes)
            except FieldError as field__error:
                field__error.segments.append("attributes")
                raise

        if attributes is UNSET:
            n__absent += 1

        _relationships = d.get("relationships", UNSET)
        relationships: InvoiceRevisionRelationships | Unset = UNSET
        if _relationships is not UNSET:
            try:
                relationships = _from_dict__InvoiceRevisionRelationships(_relationships)
            except FieldError as field__error:
                field__error.segments.append("relationships")
                raise

        if relationships is UNSET:
            n__absent += 1

        if cls is _plain__class:
            invoice_revision = _new__object(cls)
            invoice_revision.id = id
            invoice_revision.type_ = type_
            invoice_revision.links = links
            invoice_revision.meta = meta
            invoice_revision.attributes = attributes
            invoice_revision.relationships = relationships
            invoice_revision.additional_properties = {}
        else:
            invoice_revision = cls(
                id,
                type_,
                links,
                meta,
                attributes,
                relationships,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"id", "type", "links", "meta", "attributes", "relationships"}
            }
            invoice_revision.additional_properties = extra__props
        if type(src_dict) is not dict:
            _jsonapi__adopt(invoice_revision, src_dict)
        return invoice_revision

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

    # JSON:API relationships (lib/_jsonapi.py): the response document this record came in, and one accessor per
    # relationship, which reads the related record(s) from the document's `included` on first use.
    _jsonapi__document: Any = _attrs_field(init=False, default=None, eq=False, repr=False)
    _jsonapi__type = "invoice_revisions"

    if TYPE_CHECKING:
        from uuid import UUID

        from ..models.document import Document
        from ..models.order import Order
    from ..lib._jsonapi import Attribute as _jsonapi__Attribute
    from ..lib._jsonapi import ToMany as _jsonapi__ToMany
    from ..lib._jsonapi import ToOne as _jsonapi__ToOne

    # The attributes Booqable always sends (the spec's `required`), read directly: `record.<name>` is
    # `record.attributes.<name>`, typed as sent; one a sparse fieldset left out raises `NotSentError`.
    order_id = _jsonapi__Attribute["UUID"]()
    """ID of the related order."""

    revised_invoice_id = _jsonapi__Attribute["UUID"]()
    """ID of the related revised invoice."""

    revision_invoice_id = _jsonapi__Attribute["UUID"]()
    """ID of the related revision invoice."""

    order = _jsonapi__ToOne["Order"](("orders", "order", "Order"))
    """The order of this invoice revision (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="order"`)."""

    revised_invoice = _jsonapi__ToOne["Document"](("documents", "document", "Document"))
    """The revised invoice of this invoice revision (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="revised_invoice"`)."""

    revision_invoice = _jsonapi__ToOne["Document"](("documents", "document", "Document"))
    """The revision invoice of this invoice revision (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="revision_invoice"`)."""


_plain__class: type[InvoiceRevision] | None = (
    InvoiceRevision
    if {field.name for field in _attrs_fields(InvoiceRevision)}
    == {"id", "type_", "links", "meta", "attributes", "relationships", "additional_properties"}
    and not hasattr(InvoiceRevision, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
