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
from ..models.document_resource_type import DocumentResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_attributes import DocumentAttributes
    from ..models.document_relationships import DocumentRelationships

_refs__resolved = False
_from_dict__DocumentAttributes: Callable[[Mapping[str, Any]], DocumentAttributes]
_from_dict__DocumentRelationships: Callable[[Mapping[str, Any]], DocumentRelationships]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DocumentAttributes, DocumentRelationships  # noqa: PLW0603
    global _from_dict__DocumentAttributes, _from_dict__DocumentRelationships  # noqa: PLW0603
    from ..models.document_attributes import DocumentAttributes  # noqa: PLC0415
    from ..models.document_relationships import DocumentRelationships  # noqa: PLC0415

    _from_dict__DocumentAttributes = DocumentAttributes.from_dict
    _from_dict__DocumentRelationships = DocumentRelationships.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Document")


@_attrs_define
class Document:
    """A document as a JSON:API resource object.

    Attributes:
        id (UUID):
        type_ (DocumentResourceType | Unset): JSON:API type of the record.
        links (dict[str, Any] | Unset): A free-form JSON object.
        meta (dict[str, Any] | Unset): A free-form JSON object.
        attributes (DocumentAttributes | Unset): Attributes of a document as read from the API. `required` lists the
            attributes Booqable always sends; a sparse fieldset (`fields[...]`) can still leave any attribute out, and the
            client then reports it as not sent.
        relationships (DocumentRelationships | Unset): Relationships of a document: links to related records and, when
            they are sideloaded with `include`, their identifiers.
    """

    id: UUID
    type_: DocumentResourceType | Unset = UNSET
    links: dict[str, Any] | Unset = UNSET
    meta: dict[str, Any] | Unset = UNSET
    attributes: DocumentAttributes | Unset = UNSET
    relationships: DocumentRelationships | Unset = UNSET
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
                raise FieldError("object (Document)", d)
            d = dict(d)
        n__absent = 0
        _id = d.get("id", UNSET)
        try:
            id = parse_uuid(_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _id, "id") from None

        _type_ = d.get("type", UNSET)
        type_: DocumentResourceType | Unset = UNSET
        if type(_type_) is str:
            type_ = DocumentResourceType._by__value.get(_type_) or DocumentResourceType(_type_)
        elif isinstance(_type_, str):
            type_ = DocumentResourceType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (DocumentResourceType)", _type_, "type")

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
        attributes: DocumentAttributes | Unset = UNSET
        if _attributes is not UNSET:
            try:
                attributes = _from_dict__DocumentAttributes(_attributes)
            except FieldError as field__error:
                field__error.segments.append("attributes")
                raise

        if attributes is UNSET:
            n__absent += 1

        _relationships = d.get("relationships", UNSET)
        relationships: DocumentRelationships | Unset = UNSET
        if _relationships is not UNSET:
            try:
                relationships = _from_dict__DocumentRelationships(_relationships)
            except FieldError as field__error:
                field__error.segments.append("relationships")
                raise

        if relationships is UNSET:
            n__absent += 1

        if cls is _plain__class:
            document = _new__object(cls)
            document.id = id
            document.type_ = type_
            document.links = links
            document.meta = meta
            document.attributes = attributes
            document.relationships = relationships
            document.additional_properties = {}
        else:
            document = cls(
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
            document.additional_properties = extra__props
        if type(src_dict) is not dict:
            _jsonapi__adopt(document, src_dict)
        return document

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
    _jsonapi__type = "documents"

    if TYPE_CHECKING:
        import datetime
        from uuid import UUID

        from ..models.coupon import Coupon
        from ..models.customer import Customer
        from ..models.deposit_type import DepositType
        from ..models.document_status import DocumentStatus
        from ..models.document_type import DocumentType
        from ..models.fulfillment_type import FulfillmentType
        from ..models.line import Line
        from ..models.order import Order
        from ..models.property_ import Property
        from ..models.signature import Signature
        from ..models.tax_region import TaxRegion
        from ..models.tax_value import TaxValue
    from ..lib._jsonapi import Attribute as _jsonapi__Attribute
    from ..lib._jsonapi import ToMany as _jsonapi__ToMany
    from ..lib._jsonapi import ToOne as _jsonapi__ToOne

    # The attributes Booqable always sends (the spec's `required`), read directly: `record.<name>` is
    # `record.attributes.<name>`, typed as sent; one a sparse fieldset left out raises `NotSentError`.
    address = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    archived = _jsonapi__Attribute["bool"]()
    """True once the record is archived."""

    archived_at = _jsonapi__Attribute["datetime.datetime | None"]()
    """When the record was archived."""

    body = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    confirmed = _jsonapi__Attribute["bool"]()

    confirmed_at = _jsonapi__Attribute["datetime.datetime | None"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    coupon_discount_in_cents = _jsonapi__Attribute["int"]()
    """Coupon discount, in cents."""

    coupon_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related coupon."""

    created_at = _jsonapi__Attribute["datetime.datetime"]()
    """When the record was created."""

    customer_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related customer."""

    date = _jsonapi__Attribute["datetime.date | None"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    delivery_address = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    delivery_carrier_name = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    delivery_label = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    delivery_price_in_cents = _jsonapi__Attribute["int"]()
    """Delivery price, in cents."""

    deposit_held_in_cents = _jsonapi__Attribute["int"]()
    """Deposit held, in cents."""

    deposit_in_cents = _jsonapi__Attribute["int"]()
    """Deposit, in cents."""

    deposit_paid_in_cents = _jsonapi__Attribute["int"]()
    """Deposit paid, in cents."""

    deposit_refunded_in_cents = _jsonapi__Attribute["int"]()
    """Deposit refunded, in cents."""

    deposit_to_refund_in_cents = _jsonapi__Attribute["int"]()
    """Deposit to refund, in cents."""

    deposit_type = _jsonapi__Attribute["DepositType | None"]()

    deposit_value = _jsonapi__Attribute["float"]()

    discount_in_cents = _jsonapi__Attribute["int"]()
    """Discount, in cents."""

    discount_percentage = _jsonapi__Attribute["float"]()

    discount_type = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    document_type = _jsonapi__Attribute["DocumentType"]()
    """Values of `document_type` on documents."""

    due_date = _jsonapi__Attribute["datetime.date | None"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    finalized = _jsonapi__Attribute["bool"]()

    footer = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    fulfillment_type = _jsonapi__Attribute["FulfillmentType | None"]()
    """Can only be set when the record is created."""

    grand_total_in_cents = _jsonapi__Attribute["int"]()
    """Grand total, in cents."""

    grand_total_with_tax_in_cents = _jsonapi__Attribute["int"]()
    """Grand total with tax, in cents."""

    name = _jsonapi__Attribute["str"]()

    number = _jsonapi__Attribute["int | None"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    order_id = _jsonapi__Attribute["UUID"]()
    """ID of the related order. Can only be set when the record is created."""

    paid_in_cents = _jsonapi__Attribute["int"]()
    """Paid, in cents."""

    prefix = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    prefix_with_number = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    price_in_cents = _jsonapi__Attribute["int"]()
    """Price, in cents."""

    reference = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    revised = _jsonapi__Attribute["bool"]()

    revision = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    sent = _jsonapi__Attribute["bool"]()

    signature_url = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    signed = _jsonapi__Attribute["bool"]()

    start_location_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related start location. Unverified: the examples show `null`, which the field list does not allow."""

    starts_at = _jsonapi__Attribute["datetime.datetime | None"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    status = _jsonapi__Attribute["DocumentStatus"]()
    """Values of `status` on documents."""

    stop_location_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related stop location. Unverified: the examples show `null`, which the field list does not allow."""

    stops_at = _jsonapi__Attribute["datetime.datetime | None"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    tag_list = _jsonapi__Attribute["list[str]"]()

    tax_in_cents = _jsonapi__Attribute["int"]()
    """Tax, in cents."""

    tax_region_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related tax region."""

    to_be_paid_in_cents = _jsonapi__Attribute["int"]()
    """To be paid, in cents."""

    total_discount_in_cents = _jsonapi__Attribute["int"]()
    """Total discount, in cents."""

    updated_at = _jsonapi__Attribute["datetime.datetime"]()
    """When the record last changed."""

    coupon = _jsonapi__ToOne["Coupon"](("coupons", "coupon", "Coupon"))
    """The coupon of this document (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="coupon"`)."""

    customer = _jsonapi__ToOne["Customer"](("customers", "customer", "Customer"))
    """The customer of this document (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="customer"`)."""

    lines = _jsonapi__ToMany["Line"](("lines", "line", "Line"))
    """The lines of this document (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="lines"`)."""

    order = _jsonapi__ToOne["Order"](("orders", "order", "Order"))
    """The order of this document (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="order"`)."""

    properties = _jsonapi__ToMany["Property"](("properties", "property_", "Property"))
    """The properties of this document (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="properties"`)."""

    signature = _jsonapi__ToOne["Signature"](("signatures", "signature", "Signature"))
    """The signature of this document (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="signature"`)."""

    tax_region = _jsonapi__ToOne["TaxRegion"](("tax_regions", "tax_region", "TaxRegion"))
    """The tax region of this document (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="tax_region"`)."""

    tax_values = _jsonapi__ToMany["TaxValue"](("tax_values", "tax_value", "TaxValue"))
    """The tax values of this document (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="tax_values"`)."""


_plain__class: type[Document] | None = (
    Document
    if {field.name for field in _attrs_fields(Document)}
    == {"id", "type_", "links", "meta", "attributes", "relationships", "additional_properties"}
    and not hasattr(Document, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
