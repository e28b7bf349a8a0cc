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
from ..models.report_company_performance_resource_type import ReportCompanyPerformanceResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_company_performance_attributes import ReportCompanyPerformanceAttributes
    from ..models.report_company_performance_relationships import ReportCompanyPerformanceRelationships

_refs__resolved = False
_from_dict__ReportCompanyPerformanceAttributes: Callable[[Mapping[str, Any]], ReportCompanyPerformanceAttributes]
_from_dict__ReportCompanyPerformanceRelationships: Callable[[Mapping[str, Any]], ReportCompanyPerformanceRelationships]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, ReportCompanyPerformanceAttributes, ReportCompanyPerformanceRelationships  # noqa: PLW0603
    global _from_dict__ReportCompanyPerformanceAttributes, _from_dict__ReportCompanyPerformanceRelationships  # noqa: PLW0603
    from ..models.report_company_performance_attributes import ReportCompanyPerformanceAttributes  # noqa: PLC0415
    from ..models.report_company_performance_relationships import ReportCompanyPerformanceRelationships  # noqa: PLC0415

    _from_dict__ReportCompanyPerformanceAttributes = ReportCompanyPerformanceAttributes.from_dict
    _from_dict__ReportCompanyPerformanceRelationships = ReportCompanyPerformanceRelationships.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="ReportCompanyPerformance")


@_attrs_define
class ReportCompanyPerformance:
    """A report company performance as a JSON:API resource object.

    Attributes:
        id (UUID):
        type_ (ReportCompanyPerformanceResourceType | Unset): JSON:API type of the record.
        links (dict[str, Any] | Unset): A free-form JSON object.
        meta (dict[str, Any] | Unset): A free-form JSON object.
        attributes (ReportCompanyPerformanceAttributes | Unset): Attributes of a report company performance as read from
            the API. Every attribute is optional because sparse fieldsets (`fields[...]`) can leave any of them out.
        relationships (ReportCompanyPerformanceRelationships | Unset): Relationships of a report company performance:
            links to related records and, when they are sideloaded with `include`, their identifiers.
    """

    id: UUID
    type_: ReportCompanyPerformanceResourceType | Unset = UNSET
    links: dict[str, Any] | Unset = UNSET
    meta: dict[str, Any] | Unset = UNSET
    attributes: ReportCompanyPerformanceAttributes | Unset = UNSET
    relationships: ReportCompanyPerformanceRelationships | Unset = UNSET
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
                raise FieldError("object (ReportCompanyPerformance)", d)
            d = dict(d)
        n__absent = 0
        _id = d.get("id", UNSET)
        try:
            id = parse_uuid(_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _id, "id") from None

        _type_ = d.get("type", UNSET)
        type_: ReportCompanyPerformanceResourceType | Unset = UNSET
        if type(_type_) is str:
            type_ = ReportCompanyPerformanceResourceType._by__value.get(_type_) or ReportCompanyPerformanceResourceType(
                _type_
            )
        elif isinstance(_type_, str):
            type_ = ReportCompanyPerformanceResourceType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (ReportCompanyPerformanceResourceType)", _type_, "type")

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
        attributes: ReportCompanyPerformanceAttributes | Unset = UNSET
        if _attributes is not UNSET:
            try:
                attributes = _from_dict__ReportCompanyPerformanceAttributes(_attributes)
            except FieldError as field__error:
                field__error.segments.append("attributes")
                raise

        if attributes is UNSET:
            n__absent += 1

        _relationships = d.get("relationships", UNSET)
        relationships: ReportCompanyPerformanceRelationships | Unset = UNSET
        if _relationships is not UNSET:
            try:
                relationships = _from_dict__ReportCompanyPerformanceRelationships(_relationships)
            except FieldError as field__error:
                field__error.segments.append("relationships")
                raise

        if relationships is UNSET:
            n__absent += 1

        if cls is _plain__class:
            report_company_performance = _new__object(cls)
            report_company_performance.id = id
            report_company_performance.type_ = type_
            report_company_performance.links = links
            report_company_performance.meta = meta
            report_company_performance.attributes = attributes
            report_company_performance.relationships = relationships
            report_company_performance.additional_properties = {}
        else:
            report_company_performance = cls(
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
            report_company_performance.additional_properties = extra__props
        if type(src_dict) is not dict:
            _jsonapi__adopt(report_company_performance, src_dict)
        return report_company_performance

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
    _jsonapi__type = "report_company_performances"

    from ..lib._jsonapi import ToMany as _jsonapi__ToMany
    from ..lib._jsonapi import ToOne as _jsonapi__ToOne


_plain__class: type[ReportCompanyPerformance] | None = (
    ReportCompanyPerformance
    if {field.name for field in _attrs_fields(ReportCompanyPerformance)}
    == {"id", "type_", "links", "meta", "attributes", "relationships", "additional_properties"}
    and not hasattr(ReportCompanyPerformance, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
