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
from ..models.payment_refund_resource_type import PaymentRefundResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_refund_attributes import PaymentRefundAttributes
    from ..models.payment_refund_relationships import PaymentRefundRelationships

_refs__resolved = False
_from_dict__PaymentRefundAttributes: Callable[[Mapping[str, Any]], PaymentRefundAttributes]
_from_dict__PaymentRefundRelationships: Callable[[Mapping[str, Any]], PaymentRefundRelationships]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, PaymentRefundAttributes, PaymentRefundRelationships  # noqa: PLW0603
    global _from_dict__PaymentRefundAttributes, _from_dict__PaymentRefundRelationships  # noqa: PLW0603
    from ..models.payment_refund_attributes import PaymentRefundAttributes  # noqa: PLC0415
    from ..models.payment_refund_relationships import PaymentRefundRelationships  # noqa: PLC0415

    _from_dict__PaymentRefundAttributes = PaymentRefundAttributes.from_dict
    _from_dict__PaymentRefundRelationships = PaymentRefundRelationships.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="PaymentRefund")


@_attrs_define
class PaymentRefund:
    """A payment refund as a JSON:API resource object.

    Attributes:
        id (UUID):
        type_ (PaymentRefundResourceType | Unset): JSON:API type of the record.
        links (dict[str, Any] | Unset): A free-form JSON object.
        meta (dict[str, Any] | Unset): A free-form JSON object.
        attributes (PaymentRefundAttributes | Unset): Attributes of a payment refund as read from the API. `required`
            lists the attributes Booqable always sends; a sparse fieldset (`fields[...]`) can still leave any attribute out,
            and the client then reports it as not sent.
        relationships (PaymentRefundRelationships | Unset): Relationships of a payment refund: links to related records
            and, when they are sideloaded with `include`, their identifiers.
    """

    id: UUID
    type_: PaymentRefundResourceType | Unset = UNSET
    links: dict[str, Any] | Unset = UNSET
    meta: dict[str, Any] | Unset = UNSET
    attributes: PaymentRefundAttributes | Unset = UNSET
    relationships: PaymentRefundRelationships | Unset = UNSET
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
                raise FieldError("object (PaymentRefund)", d)
            d = dict(d)
        n__absent = 0
        _id = d.get("id", UNSET)
        try:
            id = parse_uuid(_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _id, "id") from None

        _type_ = d.get("type", UNSET)
        type_: PaymentRefundResourceType | Unset = UNSET
        if type(_type_) is str:
            type_ = PaymentRefundResourceType._by__value.get(_type_) or PaymentRefundResourceType(_type_)
        elif isinstance(_type_, str):
            type_ = PaymentRefundResourceType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (PaymentRefundResourceType)", _type_, "type")

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
        attributes: PaymentRefundAttributes | Unset = UNSET
        if _attributes is not UNSET:
            try:
                attributes = _from_dict__PaymentRefundAttributes(_attributes)
            except FieldError as field__error:
                field__error.segments.append("attributes")
                raise

        if attributes is UNSET:
            n__absent += 1

        _relationships = d.get("relationships", UNSET)
        relationships: PaymentRefundRelationships | Unset = UNSET
        if _relationships is not UNSET:
            try:
                relationships = _from_dict__PaymentRefundRelationships(_relationships)
            except FieldError as field__error:
                field__error.segments.append("relationships")
                raise

        if relationships is UNSET:
            n__absent += 1

        if cls is _plain__class:
            payment_refund = _new__object(cls)
            payment_refund.id = id
            payment_refund.type_ = type_
            payment_refund.links = links
            payment_refund.meta = meta
            payment_refund.attributes = attributes
            payment_refund.relationships = relationships
            payment_refund.additional_properties = {}
        else:
            payment_refund = cls(
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
            payment_refund.additional_properties = extra__props
        if type(src_dict) is not dict:
            _jsonapi__adopt(payment_refund, src_dict)
        return payment_refund

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
    _jsonapi__type = "payment_refunds"

    if TYPE_CHECKING:
        import datetime
        from uuid import UUID

        from ..models.customer import Customer
        from ..models.employee import Employee
        from ..models.order import Order
        from ..models.payment_charge import PaymentCharge
        from ..models.payment_method import PaymentMethod
        from ..models.payment_refund_provider import PaymentRefundProvider
        from ..models.payment_refund_status import PaymentRefundStatus
        from ..models.resource_object import ResourceObject
    from ..lib._jsonapi import Attribute as _jsonapi__Attribute
    from ..lib._jsonapi import ToMany as _jsonapi__ToMany
    from ..lib._jsonapi import ToOne as _jsonapi__ToOne

    # The attributes Booqable always sends (the spec's `required`), read directly: `record.<name>` is
    # `record.attributes.<name>`, typed as sent; one a sparse fieldset left out raises `NotSentError`.
    amount_in_cents = _jsonapi__Attribute["int"]()
    """Amount, in cents."""

    canceled_at = _jsonapi__Attribute["datetime.datetime | None"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    cart_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related cart. Can only be set when the record is created. Unverified: the examples show `null`, which
    the field list does not allow."""

    created_at = _jsonapi__Attribute["datetime.datetime"]()
    """When the record was created."""

    currency = _jsonapi__Attribute["str"]()

    customer_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related customer. Can only be set when the record is created. Unverified: the examples show `null`,
    which the field list does not allow."""

    deposit_in_cents = _jsonapi__Attribute["int"]()
    """Deposit, in cents."""

    description = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    employee_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related employee. Unverified: the examples show `null`, which the field list does not allow."""

    expired_at = _jsonapi__Attribute["datetime.datetime | None"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    failed_at = _jsonapi__Attribute["datetime.datetime | None"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    failure_reason = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    order_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related order. Can only be set when the record is created. Unverified: the examples show `null`, which
    the field list does not allow."""

    payment_charge_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related payment charge. Can only be set when the record is created. Unverified: the examples show
    `null`, which the field list does not allow."""

    payment_method_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related payment method. Unverified: the examples show `null`, which the field list does not allow."""

    provider = _jsonapi__Attribute["PaymentRefundProvider"]()
    """Values of `provider` on payment refunds."""

    provider_id = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    provider_link = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    provider_method = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    provider_secret = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    reason = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    status = _jsonapi__Attribute["PaymentRefundStatus"]()
    """Values of `status` on payment refunds."""

    succeeded_at = _jsonapi__Attribute["datetime.datetime | None"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    total_in_cents = _jsonapi__Attribute["int"]()
    """Total, in cents."""

    updated_at = _jsonapi__Attribute["datetime.datetime"]()
    """When the record last changed."""

    cart = _jsonapi__ToOne["ResourceObject"](("", "resource_object", "ResourceObject"))
    """The cart of this payment refund (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="cart"`)."""

    customer = _jsonapi__ToOne["Customer"](("customers", "customer", "Customer"))
    """The customer of this payment refund (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="customer"`)."""

    employee = _jsonapi__ToOne["Employee"](("employees", "employee", "Employee"))
    """The employee of this payment refund (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="employee"`)."""

    order = _jsonapi__ToOne["Order"](("orders", "order", "Order"))
    """The order of this payment refund (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="order"`)."""

    payment_charge = _jsonapi__ToOne["PaymentCharge"](("payment_charges", "payment_charge", "PaymentCharge"))
    """The payment charge of this payment refund (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="payment_charge"`)."""

    payment_method = _jsonapi__ToOne["PaymentMethod"](("payment_methods", "payment_method", "PaymentMethod"))
    """The payment method of this payment refund (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="payment_method"`)."""


_plain__class: type[PaymentRefund] | None = (
    PaymentRefund
    if {field.name for field in _attrs_fields(PaymentRefund)}
    == {"id", "type_", "links", "meta", "attributes", "relationships", "additional_properties"}
    and not hasattr(PaymentRefund, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
