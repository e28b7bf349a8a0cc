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
from ..models.planning_resource_type import PlanningResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.planning_attributes import PlanningAttributes
    from ..models.planning_relationships import PlanningRelationships

_refs__resolved = False
_from_dict__PlanningAttributes: Callable[[Mapping[str, Any]], PlanningAttributes]
_from_dict__PlanningRelationships: Callable[[Mapping[str, Any]], PlanningRelationships]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, PlanningAttributes, PlanningRelationships  # noqa: PLW0603
    global _from_dict__PlanningAttributes, _from_dict__PlanningRelationships  # noqa: PLW0603
    from ..models.planning_attributes import PlanningAttributes  # noqa: PLC0415
    from ..models.planning_relationships import PlanningRelationships  # noqa: PLC0415

    _from_dict__PlanningAttributes = PlanningAttributes.from_dict
    _from_dict__PlanningRelationships = PlanningRelationships.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Planning")


@_attrs_define
class Planning:
    """A planning as a JSON:API resource object.

    Attributes:
        id (UUID):
        type_ (PlanningResourceType | Unset): JSON:API type of the record.
        links (dict[str, Any] | Unset): A free-form JSON object.
        meta (dict[str, Any] | Unset): A free-form JSON object.
        attributes (PlanningAttributes | Unset): Attributes of a planning as read from the API. `required` lists the
            attributes Booqable always sends; a sparse fieldset (`fields[...]`) can still leave any attribute out, and the
            client then reports it as not sent.
        relationships (PlanningRelationships | Unset): Relationships of a planning: links to related records and, when
            they are sideloaded with `include`, their identifiers.
    """

    id: UUID
    type_: PlanningResourceType | Unset = UNSET
    links: dict[str, Any] | Unset = UNSET
    meta: dict[str, Any] | Unset = UNSET
    attributes: PlanningAttributes | Unset = UNSET
    relationships: PlanningRelationships | Unset = UNSET
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
                raise FieldError("object (Planning)", d)
            d = dict(d)
        n__absent = 0
        _id = d.get("id", UNSET)
        try:
            id = parse_uuid(_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _id, "id") from None

        _type_ = d.get("type", UNSET)
        type_: PlanningResourceType | Unset = UNSET
        if type(_type_) is str:
            type_ = PlanningResourceType._by__value.get(_type_) or PlanningResourceType(_type_)
        elif isinstance(_type_, str):
            type_ = PlanningResourceType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (PlanningResourceType)", _type_, "type")

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
        attributes: PlanningAttributes | Unset = UNSET
        if _attributes is not UNSET:
            try:
                attributes = _from_dict__PlanningAttributes(_attributes)
            except FieldError as field__error:
                field__error.segments.append("attributes")
                raise

        if attributes is UNSET:
            n__absent += 1

        _relationships = d.get("relationships", UNSET)
        relationships: PlanningRelationships | Unset = UNSET
        if _relationships is not UNSET:
            try:
                relationships = _from_dict__PlanningRelationships(_relationships)
            except FieldError as field__error:
                field__error.segments.append("relationships")
                raise

        if relationships is UNSET:
            n__absent += 1

        if cls is _plain__class:
            planning = _new__object(cls)
            planning.id = id
            planning.type_ = type_
            planning.links = links
            planning.meta = meta
            planning.attributes = attributes
            planning.relationships = relationships
            planning.additional_properties = {}
        else:
            planning = cls(
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
            planning.additional_properties = extra__props
        if type(src_dict) is not dict:
            _jsonapi__adopt(planning, src_dict)
        return planning

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
    _jsonapi__type = "plannings"

    if TYPE_CHECKING:
        import datetime
        from uuid import UUID

        from ..models.bundle import Bundle
        from ..models.downtime import Downtime
        from ..models.line import Line
        from ..models.location import Location
        from ..models.order import Order
        from ..models.planning_kind import PlanningKind
        from ..models.product import Product
        from ..models.product_group import ProductGroup
        from ..models.rental_status import RentalStatus
        from ..models.stock_item_planning import StockItemPlanning
    from ..lib._jsonapi import Attribute as _jsonapi__Attribute
    from ..lib._jsonapi import ToMany as _jsonapi__ToMany
    from ..lib._jsonapi import ToOne as _jsonapi__ToOne

    # The attributes Booqable always sends (the spec's `required`), read directly: `record.<name>` is
    # `record.attributes.<name>`, typed as sent; one a sparse fieldset left out raises `NotSentError`.
    archived = _jsonapi__Attribute["bool"]()
    """True when the planning was removed from its order through its line. Archiving the whole order sets `status`
    instead."""

    archived_at = _jsonapi__Attribute["datetime.datetime | None"]()
    """When the record was archived."""

    created_at = _jsonapi__Attribute["datetime.datetime"]()
    """When the record was created."""

    downtime_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related downtime."""

    item_id = _jsonapi__Attribute["UUID"]()
    """ID of the related item."""

    location_shortage_amount = _jsonapi__Attribute["int"]()
    """Units missing at the start location to fulfil this planning. Left out on bundle parent plannings."""

    order_id = _jsonapi__Attribute["None | UUID"]()
    """ID of the related order."""

    parent_planning_id = _jsonapi__Attribute["None | UUID"]()
    """Set on the nested plannings of a bundle: the bundle's own planning."""

    planning_type = _jsonapi__Attribute["PlanningKind"]()
    """Whether the booking belongs to a rental order or to a downtime."""

    quantity = _jsonapi__Attribute["int"]()
    """How many units of the item this planning books."""

    reserved = _jsonapi__Attribute["bool"]()
    """True when this planning takes units out of availability."""

    reserved_from = _jsonapi__Attribute["datetime.datetime"]()
    """Start of the period in which the units count as unavailable; may precede `starts_at` because of buffer time."""

    reserved_till = _jsonapi__Attribute["datetime.datetime"]()
    """End of the period in which the units count as unavailable; may follow `stops_at` because of buffer time."""

    shortage_amount = _jsonapi__Attribute["int"]()
    """Deprecated duplicate of `location_shortage_amount`."""

    start_location_id = _jsonapi__Attribute["UUID"]()
    """ID of the related start location."""

    started = _jsonapi__Attribute["int"]()
    """Units already started (picked up or delivered). Left out on bundle parent plannings."""

    starts_at = _jsonapi__Attribute["datetime.datetime"]()
    """Planned start of the activity (pickup or delivery for an order)."""

    status = _jsonapi__Attribute["RentalStatus"]()
    """Where an order, planning or stock item planning is in the rental flow. `concept` is the former name of `draft`;
    recorded responses still return it for older orders."""

    stop_location_id = _jsonapi__Attribute["UUID"]()
    """ID of the related stop location."""

    stopped = _jsonapi__Attribute["int"]()
    """Units already stopped (returned). Left out on bundle parent plannings."""

    stops_at = _jsonapi__Attribute["datetime.datetime"]()
    """Planned end of the activity (return for an order)."""

    updated_at = _jsonapi__Attribute["datetime.datetime"]()
    """When the record last changed."""

    downtime = _jsonapi__ToOne["Downtime"](("downtimes", "downtime", "Downtime"))
    """The downtime of this planning (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="downtime"`)."""

    item = _jsonapi__ToOne["Product | Bundle | ProductGroup"](
        ("products", "product", "Product"),
        ("bundles", "bundle", "Bundle"),
        ("product_groups", "product_group", "ProductGroup"),
    )
    """The item of this planning (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="item"`)."""

    nested_plannings = _jsonapi__ToMany["Planning"](("plannings", "planning", "Planning"))
    """The nested plannings of this planning (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="nested_plannings"`)."""

    order = _jsonapi__ToOne["Order"](("orders", "order", "Order"))
    """The order of this planning (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="order"`)."""

    order_line = _jsonapi__ToOne["Line"](("lines", "line", "Line"))
    """The order line of this planning (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="order_line"`)."""

    parent_planning = _jsonapi__ToOne["Planning"](("plannings", "planning", "Planning"))
    """The parent planning of this planning (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="parent_planning"`)."""

    start_location = _jsonapi__ToOne["Location"](("locations", "location", "Location"))
    """The start location of this planning (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="start_location"`)."""

    stock_item_plannings = _jsonapi__ToMany["StockItemPlanning"](
        ("stock_item_plannings", "stock_item_planning", "StockItemPlanning")
    )
    """The stock item plannings of this planning (`[]`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for them (`include="stock_item_plannings"`)."""

    stop_location = _jsonapi__ToOne["Location"](("locations", "location", "Location"))
    """The stop location of this planning (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="stop_location"`)."""


_plain__class: type[Planning] | None = (
    Planning
    if {field.name for field in _attrs_fields(Planning)}
    == {"id", "type_", "links", "meta", "attributes", "relationships", "additional_properties"}
    and not hasattr(Planning, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
