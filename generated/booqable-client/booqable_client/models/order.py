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
from ..models.order_resource_type import OrderResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_attributes import OrderAttributes
    from ..models.order_relationships import OrderRelationships

_refs__resolved = False
_from_dict__OrderAttributes: Callable[[Mapping[str, Any]], OrderAttributes]
_from_dict__OrderRelationships: Callable[[Mapping[str, Any]], OrderRelationships]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, OrderAttributes, OrderRelationships  # noqa: PLW0603
    global _from_dict__OrderAttributes, _from_dict__OrderRelationships  # noqa: PLW0603
    from ..models.order_attributes import OrderAttributes  # noqa: PLC0415
    from ..models.order_relationships import OrderRelationships  # noqa: PLC0415

    _from_dict__OrderAttributes = OrderAttributes.from_dict
    _from_dict__OrderRelationships = OrderRelationships.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """A order as a JSON:API resource object.

    Attributes:
        id (UUID):
        type_ (OrderResourceType | Unset): JSON:API type of the record.
        links (dict[str, Any] | Unset): A free-form JSON object.
        meta (dict[str, Any] | Unset): A free-form JSON object.
        attributes (OrderAttributes | Unset): Attributes of a order as read from the API. `required` lists the
            attributes Booqable always sends; a sparse fieldset (`fields[...]`) can still leave any attribute out, and the
            client then reports it as not sent.
        relationships (OrderRelationships | Unset): Relationships of a order: links to related records and, when they
            are sideloaded with `include`, their identifiers.
    """

    id: UUID
    type_: OrderResourceType | Unset = UNSET
    links: dict[str, Any] | Unset = UNSET
    meta: dict[str, Any] | Unset = UNSET
    attributes: OrderAttributes | Unset = UNSET
    relationships: OrderRelationships | Unset = UNSET
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
                raise FieldError("object (Order)", d)
            d = dict(d)
        n__absent = 0
        _id = d.get("id", UNSET)
        try:
            id = parse_uuid(_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _id, "id") from None

        _type_ = d.get("type", UNSET)
        type_: OrderResourceType | Unset = UNSET
        if type(_type_) is str:
            type_ = OrderResourceType._by__value.get(_type_) or OrderResourceType(_type_)
        elif isinstance(_type_, str):
            type_ = OrderResourceType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (OrderResourceType)", _type_, "type")

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
        attributes: OrderAttributes | Unset = UNSET
        if _attributes is not UNSET:
            try:
                attributes = _from_dict__OrderAttributes(_attributes)
            except FieldError as field__error:
                field__error.segments.append("attributes")
                raise

        if attributes is UNSET:
            n__absent += 1

        _relationships = d.get("relationships", UNSET)
        relationships: OrderRelationships | Unset = UNSET
        if _relationships is not UNSET:
            try:
                relationships = _from_dict__OrderRelationships(_relationships)
            except FieldError as field__error:
                field__error.segments.append("relationships")
                raise

        if relationships is UNSET:
            n__absent += 1

        if cls is _plain__class:
            order = _new__object(cls)
            order.id = id
            order.type_ = type_
            order.links = links
            order.meta = meta
            order.attributes = attributes
            order.relationships = relationships
            order.additional_properties = {}
        else:
            order = cls(
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
            order.additional_properties = extra__props
        if type(src_dict) is not dict:
            _jsonapi__adopt(order, src_dict)
        return order

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
    _jsonapi__type = "orders"

    if TYPE_CHECKING:
        import datetime
        from uuid import UUID

        from ..models.barcode import Barcode
        from ..models.coupon import Coupon
        from ..models.customer import Customer
        from ..models.deposit_type import DepositType
        from ..models.discount_type import DiscountType
        from ..models.document import Document
        from ..models.fulfillment_type import FulfillmentType
        from ..models.line import Line
        from ..models.location import Location
        from ..models.note import Note
        from ..models.order_delivery_rate import OrderDeliveryRate
        from ..models.payment_authorization import PaymentAuthorization
        from ..models.payment_charge import PaymentCharge
        from ..models.payment_refund import PaymentRefund
        from ..models.payment_status import PaymentStatus
        from ..models.planning import Planning
        from ..models.property_ import Property
        from ..models.rental_status import RentalStatus
        from ..models.status_counts import StatusCounts
        from ..models.stock_item_planning import StockItemPlanning
        from ..models.tax_region import TaxRegion
        from ..models.tax_value import TaxValue
    from ..lib._jsonapi import Attribute as _jsonapi__Attribute
    from ..lib._jsonapi import ToMany as _jsonapi__ToMany
    from ..lib._jsonapi import ToOne as _jsonapi__ToOne

    # The attributes Booqable always sends (the spec's `required`), read directly: `record.<name>` is
    # `record.attributes.<name>`, typed as sent; one a sparse fieldset left out raises `NotSentError`.
    amount_in_cents = _jsonapi__Attribute["int"]()
    """Amount, in cents."""

    amount_paid_in_cents = _jsonapi__Attribute["int"]()
    """Amount paid, in cents."""

    amount_to_be_paid_in_cents = _jsonapi__Attribute["int | None"]()
    """Amount to be paid, in cents."""

    billing_address_property_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related billing address property."""

    coupon_discount_in_cents = _jsonapi__Attribute["int"]()
    """Coupon discount, in cents."""

    coupon_errors = _jsonapi__Attribute["dict[str, Any] | None"]()

    coupon_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related coupon."""

    created_at = _jsonapi__Attribute["datetime.datetime"]()
    """When the record was created."""

    customer_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related customer."""

    delivery_address = _jsonapi__Attribute["None | str"]()
    """Formatted delivery address; set it through `delivery_address_property_id` or `properties_attributes`."""

    delivery_address_property_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related delivery address property."""

    deposit_held_in_cents = _jsonapi__Attribute["int"]()
    """Deposit held, in cents."""

    deposit_in_cents = _jsonapi__Attribute["int"]()
    """Deposit, in cents."""

    deposit_paid_in_cents = _jsonapi__Attribute["int"]()
    """Deposit paid, in cents."""

    deposit_refunded_in_cents = _jsonapi__Attribute["int"]()
    """Deposit refunded, in cents."""

    deposit_to_be_paid_in_cents = _jsonapi__Attribute["int | None"]()
    """Deposit to be paid, in cents."""

    deposit_to_refund_in_cents = _jsonapi__Attribute["int"]()
    """Deposit to refund, in cents."""

    deposit_type = _jsonapi__Attribute["DepositType | None"]()

    deposit_value = _jsonapi__Attribute["float"]()

    discount_in_cents = _jsonapi__Attribute["int"]()
    """Discount, in cents."""

    discount_percentage = _jsonapi__Attribute["float"]()

    discount_type = _jsonapi__Attribute["DiscountType"]()
    """How the discount value is read."""

    entirely_started = _jsonapi__Attribute["bool"]()

    entirely_stopped = _jsonapi__Attribute["bool"]()

    fulfillment_type = _jsonapi__Attribute["FulfillmentType"]()
    """Whether the customer collects the items or they are delivered."""

    grand_total_in_cents = _jsonapi__Attribute["int"]()
    """Grand total, in cents."""

    grand_total_with_tax_in_cents = _jsonapi__Attribute["int"]()
    """Grand total with tax, in cents."""

    has_signed_contract = _jsonapi__Attribute["bool"]()

    item_count = _jsonapi__Attribute["int"]()

    location_shortage = _jsonapi__Attribute["bool"]()

    number = _jsonapi__Attribute["int | None"]()
    """Order number; null until the order gets one."""

    order_delivery_rate_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related order delivery rate."""

    override_period_restrictions = _jsonapi__Attribute["bool"]()

    paid_in_cents = _jsonapi__Attribute["int"]()
    """Paid, in cents."""

    payment_status = _jsonapi__Attribute["PaymentStatus"]()
    """What still has to happen with payments for the order."""

    price_in_cents = _jsonapi__Attribute["int"]()
    """Price, in cents."""

    shortage = _jsonapi__Attribute["bool"]()
    """Deprecated duplicate of `location_shortage`."""

    start_location_id = _jsonapi__Attribute["UUID"]()
    """ID of the related start location."""

    starts_at = _jsonapi__Attribute["datetime.datetime | None"]()
    """Start of the rental period."""

    status = _jsonapi__Attribute["RentalStatus"]()
    """Where an order, planning or stock item planning is in the rental flow. `concept` is the former name of `draft`;
    recorded responses still return it for older orders."""

    status_counts = _jsonapi__Attribute["StatusCounts"]()
    """Number of items per rental status."""

    statuses = _jsonapi__Attribute["list[RentalStatus]"]()
    """Every status the order's items are in."""

    stop_location_id = _jsonapi__Attribute["UUID"]()
    """ID of the related stop location."""

    stops_at = _jsonapi__Attribute["datetime.datetime | None"]()
    """End of the rental period."""

    tag_list = _jsonapi__Attribute["list[str]"]()

    tax_in_cents = _jsonapi__Attribute["int"]()
    """Tax, in cents."""

    tax_region_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related tax region."""

    to_be_paid_in_cents = _jsonapi__Attribute["int"]()
    """To be paid, in cents."""

    total_discount_in_cents = _jsonapi__Attribute["int"]()
    """Total discount, in cents."""

    total_in_cents = _jsonapi__Attribute["int"]()
    """Total, in cents."""

    total_paid_in_cents = _jsonapi__Attribute["int"]()
    """Total paid, in cents."""

    total_to_be_paid_in_cents = _jsonapi__Attribute["int"]()
    """Total to be paid, in cents."""

    updated_at = _jsonapi__Attribute["datetime.datetime"]()
    """When the record last changed."""

    barcode = _jsonapi__ToOne["Barcode"](("barcodes", "barcode", "Barcode"))
    """The barcode of this order (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="barcode"`)."""

    coupon = _jsonapi__ToOne["Coupon"](("coupons", "coupon", "Coupon"))
    """The coupon of this order (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="coupon"`)."""

    customer = _jsonapi__ToOne["Customer"](("customers", "customer", "Customer"))
    """The customer of this order (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="customer"`)."""

    documents = _jsonapi__ToMany["Document"](("documents", "document", "Document"))
    """The documents of this order (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="documents"`)."""

    lines = _jsonapi__ToMany["Line"](("lines", "line", "Line"))
    """The lines of this order (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="lines"`)."""

    notes = _jsonapi__ToMany["Note"](("notes", "note", "Note"))
    """The notes of this order (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="notes"`)."""

    order_delivery_rate = _jsonapi__ToOne["OrderDeliveryRate"](
        ("order_delivery_rates", "order_delivery_rate", "OrderDeliveryRate"),
        ("delivery_rates", "order_delivery_rate", "OrderDeliveryRate"),
    )
    """The order delivery rate of this order (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="order_delivery_rate"`)."""

    payments = _jsonapi__ToMany["PaymentCharge | PaymentAuthorization | PaymentRefund"](
        ("payment_charges", "payment_charge", "PaymentCharge"),
        ("payment_authorizations", "payment_authorization", "PaymentAuthorization"),
        ("payment_refunds", "payment_refund", "PaymentRefund"),
    )
    """The payments of this order (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="payments"`)."""

    plannings = _jsonapi__ToMany["Planning"](("plannings", "planning", "Planning"))
    """The plannings of this order (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="plannings"`)."""

    properties = _jsonapi__ToMany["Property"](("properties", "property_", "Property"))
    """The properties of this order (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="properties"`)."""

    start_location = _jsonapi__ToOne["Location"](("locations", "location", "Location"))
    """The start location of this order (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="start_location"`)."""

    stock_item_plannings = _jsonapi__ToMany["StockItemPlanning"](
        ("stock_item_plannings", "stock_item_planning", "StockItemPlanning")
    )
    """The stock item plannings of this order (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="stock_item_plannings"`)."""

    stop_location = _jsonapi__ToOne["Location"](("locations", "location", "Location"))
    """The stop location of this order (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="stop_location"`)."""

    tax_region = _jsonapi__ToOne["TaxRegion"](("tax_regions", "tax_region", "TaxRegion"))
    """The tax region of this order (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="tax_region"`)."""

    tax_values = _jsonapi__ToMany["TaxValue"](("tax_values", "tax_value", "TaxValue"))
    """The tax values of this order (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="tax_values"`)."""


_plain__class: type[Order] | None = (
    Order
    if {field.name for field in _attrs_fields(Order)}
    == {"id", "type_", "links", "meta", "attributes", "relationships", "additional_properties"}
    and not hasattr(Order, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
