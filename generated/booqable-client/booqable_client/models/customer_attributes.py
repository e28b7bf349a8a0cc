from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAttributes")


@_attrs_define
class CustomerAttributes:
    """Attributes of a customer as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            average_order_value_in_cents (int | Unset): Average order value, in cents.
            balance_due_in_cents (int | Unset): Balance due, in cents.
            created_at (datetime.datetime | Unset): When the record was created.
            deposit_type (str | Unset):
            deposit_value (float | Unset):
            discount_percentage (float | Unset):
            email (None | str | Unset):
            email_marketing_consent_updated_at (datetime.datetime | None | Unset):
            email_marketing_consented (bool | Unset):
            latest_order_at (datetime.datetime | None | Unset):
            legal_type (str | Unset):
            merge_suggestion_customer_id (None | Unset | UUID): ID of the related merge suggestion customer.
            name (str | Unset):
            number (int | Unset):
            order_count (int | Unset):
            properties (dict[str, Any] | Unset): A free-form JSON object.
            revenue_in_cents (int | Unset): Revenue, in cents.
            stripe_id (None | str | Unset):
            tag_list (list[str] | Unset):
            tax_region_id (None | Unset | UUID): ID of the related tax region.
            updated_at (datetime.datetime | Unset): When the record last changed.
            properties_attributes (list[dict[str, Any]] | Unset):
    """

    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    average_order_value_in_cents: int | Unset = UNSET
    balance_due_in_cents: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    deposit_type: str | Unset = UNSET
    deposit_value: float | Unset = UNSET
    discount_percentage: float | Unset = UNSET
    email: None | str | Unset = UNSET
    email_marketing_consent_updated_at: datetime.datetime | None | Unset = UNSET
    email_marketing_consented: bool | Unset = UNSET
    latest_order_at: datetime.datetime | None | Unset = UNSET
    legal_type: str | Unset = UNSET
    merge_suggestion_customer_id: None | Unset | UUID = UNSET
    name: str | Unset = UNSET
    number: int | Unset = UNSET
    order_count: int | Unset = UNSET
    properties: dict[str, Any] | Unset = UNSET
    revenue_in_cents: int | Unset = UNSET
    stripe_id: None | str | Unset = UNSET
    tag_list: list[str] | Unset = UNSET
    tax_region_id: None | Unset | UUID = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    properties_attributes: list[dict[str, Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        archived = self.archived
        if archived is not UNSET:
            field_dict["archived"] = archived
        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = (
                self.archived_at.isoformat().replace("+00:00", "Z")
                if self.archived_at.tzinfo is not None
                else _naive__datetime("archived_at_type_0")
            )
        else:
            archived_at = self.archived_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        average_order_value_in_cents = self.average_order_value_in_cents
        if average_order_value_in_cents is not UNSET:
            field_dict["average_order_value_in_cents"] = average_order_value_in_cents
        balance_due_in_cents = self.balance_due_in_cents
        if balance_due_in_cents is not UNSET:
            field_dict["balance_due_in_cents"] = balance_due_in_cents
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        deposit_type = self.deposit_type
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type
        deposit_value = self.deposit_value
        if deposit_value is not UNSET:
            field_dict["deposit_value"] = deposit_value
        discount_percentage = self.discount_percentage
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        email_marketing_consent_updated_at: None | str | Unset
        if isinstance(self.email_marketing_consent_updated_at, Unset):
            email_marketing_consent_updated_at = UNSET
        elif isinstance(self.email_marketing_consent_updated_at, datetime.datetime):
            email_marketing_consent_updated_at = (
                self.email_marketing_consent_updated_at.isoformat().replace("+00:00", "Z")
                if self.email_marketing_consent_updated_at.tzinfo is not None
                else _naive__datetime("email_marketing_consent_updated_at_type_0")
            )
        else:
            email_marketing_consent_updated_at = self.email_marketing_consent_updated_at
        if email_marketing_consent_updated_at is not UNSET:
            field_dict["email_marketing_consent_updated_at"] = email_marketing_consent_updated_at
        email_marketing_consented = self.email_marketing_consented
        if email_marketing_consented is not UNSET:
            field_dict["email_marketing_consented"] = email_marketing_consented
        latest_order_at: None | str | Unset
        if isinstance(self.latest_order_at, Unset):
            latest_order_at = UNSET
        elif isinstance(self.latest_order_at, datetime.datetime):
            latest_order_at = (
                self.latest_order_at.isoformat().replace("+00:00", "Z")
                if self.latest_order_at.tzinfo is not None
                else _naive__datetime("latest_order_at_type_0")
            )
        else:
            latest_order_at = self.latest_order_at
        if latest_order_at is not UNSET:
            field_dict["latest_order_at"] = latest_order_at
        legal_type = self.legal_type
        if legal_type is not UNSET:
            field_dict["legal_type"] = legal_type
        merge_suggestion_customer_id: None | str | Unset
        if isinstance(self.merge_suggestion_customer_id, Unset):
            merge_suggestion_customer_id = UNSET
        elif isinstance(self.merge_suggestion_customer_id, UUID):
            merge_suggestion_customer_id = str(self.merge_suggestion_customer_id)
        else:
            merge_suggestion_customer_id = self.merge_suggestion_customer_id
        if merge_suggestion_customer_id is not UNSET:
            field_dict["merge_suggestion_customer_id"] = merge_suggestion_customer_id
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        number = self.number
        if number is not UNSET:
            field_dict["number"] = number
        order_count = self.order_count
        if order_count is not UNSET:
            field_dict["order_count"] = order_count
        properties = self.properties
        if properties is not UNSET:
            field_dict["properties"] = properties
        revenue_in_cents = self.revenue_in_cents
        if revenue_in_cents is not UNSET:
            field_dict["revenue_in_cents"] = revenue_in_cents
        stripe_id: None | str | Unset
        if isinstance(self.stripe_id, Unset):
            stripe_id = UNSET
        else:
            stripe_id = self.stripe_id
        if stripe_id is not UNSET:
            field_dict["stripe_id"] = stripe_id
        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = self.tag_list

        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        tax_region_id: None | str | Unset
        if isinstance(self.tax_region_id, Unset):
            tax_region_id = UNSET
        elif isinstance(self.tax_region_id, UUID):
            tax_region_id = str(self.tax_region_id)
        else:
            tax_region_id = self.tax_region_id
        if tax_region_id is not UNSET:
            field_dict["tax_region_id"] = tax_region_id
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        properties_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties_attributes, Unset):
            properties_attributes = self.properties_attributes

        if properties_attributes is not UNSET:
            field_dict["properties_attributes"] = properties_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CustomerAttributes)", d)
            d = dict(d)
        n__absent = 0
        archived = d.get("archived", UNSET)
        if not (archived is True or archived is False):
            if archived is UNSET:
                n__absent += 1
            elif not isinstance(archived, bool):
                raise FieldError("boolean", archived, "archived")

        _archived_at = d.get("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        elif isinstance(_archived_at, str):
            _archived_at_type_0 = _archived_at
            try:
                archived_at_type_0 = _datetime__parse(_archived_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _archived_at_type_0, "archived_at") from None

            archived_at = archived_at_type_0
        else:
            raise FieldError("date-time string or null", _archived_at, "archived_at")

        if archived_at is UNSET:
            n__absent += 1

        average_order_value_in_cents = d.get("average_order_value_in_cents", UNSET)
        if not (type(average_order_value_in_cents) is int):
            if average_order_value_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(average_order_value_in_cents, int)
                and average_order_value_in_cents is not True
                and average_order_value_in_cents is not False
            ):
                raise FieldError("integer", average_order_value_in_cents, "average_order_value_in_cents")

        balance_due_in_cents = d.get("balance_due_in_cents", UNSET)
        if not (type(balance_due_in_cents) is int):
            if balance_due_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(balance_due_in_cents, int)
                and balance_due_in_cents is not True
                and balance_due_in_cents is not False
            ):
                raise FieldError("integer", balance_due_in_cents, "balance_due_in_cents")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        deposit_type = d.get("deposit_type", UNSET)
        if not (type(deposit_type) is str):
            if deposit_type is UNSET:
                n__absent += 1
            elif not isinstance(deposit_type, str):
                raise FieldError("string", deposit_type, "deposit_type")

        deposit_value = d.get("deposit_value", UNSET)
        if not (type(deposit_value) is float or type(deposit_value) is int):
            if deposit_value is UNSET:
                n__absent += 1
            elif not (
                isinstance(deposit_value, float)
                or (isinstance(deposit_value, int) and deposit_value is not True and deposit_value is not False)
            ):
                raise FieldError("number", deposit_value, "deposit_value")

        discount_percentage = d.get("discount_percentage", UNSET)
        if not (type(discount_percentage) is float or type(discount_percentage) is int):
            if discount_percentage is UNSET:
                n__absent += 1
            elif not (
                isinstance(discount_percentage, float)
                or (
                    isinstance(discount_percentage, int)
                    and discount_percentage is not True
                    and discount_percentage is not False
                )
            ):
                raise FieldError("number", discount_percentage, "discount_percentage")

        email = d.get("email", UNSET)
        if not (type(email) is str or email is None):
            if email is UNSET:
                n__absent += 1
            elif not (isinstance(email, str) or email is None):
                raise FieldError("string or null", email, "email")

        _email_marketing_consent_updated_at = d.get("email_marketing_consent_updated_at", UNSET)
        email_marketing_consent_updated_at: datetime.datetime | None | Unset
        if _email_marketing_consent_updated_at is None or _email_marketing_consent_updated_at is UNSET:
            email_marketing_consent_updated_at = _email_marketing_consent_updated_at
        elif isinstance(_email_marketing_consent_updated_at, str):
            _email_marketing_consent_updated_at_type_0 = _email_marketing_consent_updated_at
            try:
                email_marketing_consent_updated_at_type_0 = _datetime__parse(_email_marketing_consent_updated_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable(
                    "date-time", _email_marketing_consent_updated_at_type_0, "email_marketing_consent_updated_at"
                ) from None

            email_marketing_consent_updated_at = email_marketing_consent_updated_at_type_0
        else:
            raise FieldError(
                "date-time string or null", _email_marketing_consent_updated_at, "email_marketing_consent_updated_at"
            )

        if email_marketing_consent_updated_at is UNSET:
            n__absent += 1

        email_marketing_consented = d.get("email_marketing_consented", UNSET)
        if not (email_marketing_consented is True or email_marketing_consented is False):
            if email_marketing_consented is UNSET:
                n__absent += 1
            elif not isinstance(email_marketing_consented, bool):
                raise FieldError("boolean", email_marketing_consented, "email_marketing_consented")

        _latest_order_at = d.get("latest_order_at", UNSET)
        latest_order_at: datetime.datetime | None | Unset
        if _latest_order_at is None or _latest_order_at is UNSET:
            latest_order_at = _latest_order_at
        elif isinstance(_latest_order_at, str):
            _latest_order_at_type_0 = _latest_order_at
            try:
                latest_order_at_type_0 = _datetime__parse(_latest_order_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _latest_order_at_type_0, "latest_order_at") from None

            latest_order_at = latest_order_at_type_0
        else:
            raise FieldError("date-time string or null", _latest_order_at, "latest_order_at")

        if latest_order_at is UNSET:
            n__absent += 1

        legal_type = d.get("legal_type", UNSET)
        if not (type(legal_type) is str):
            if legal_type is UNSET:
                n__absent += 1
            elif not isinstance(legal_type, str):
                raise FieldError("string", legal_type, "legal_type")

        _merge_suggestion_customer_id = d.get("merge_suggestion_customer_id", UNSET)
        merge_suggestion_customer_id: None | Unset | UUID
        if _merge_suggestion_customer_id is None or _merge_suggestion_customer_id is UNSET:
            merge_suggestion_customer_id = _merge_suggestion_customer_id
        elif isinstance(_merge_suggestion_customer_id, str):
            _merge_suggestion_customer_id_type_0 = _merge_suggestion_customer_id
            try:
                merge_suggestion_customer_id_type_0 = parse_uuid(_merge_suggestion_customer_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable(
                    "UUID", _merge_suggestion_customer_id_type_0, "merge_suggestion_customer_id"
                ) from None

            merge_suggestion_customer_id = merge_suggestion_customer_id_type_0
        else:
            raise FieldError("UUID string or null", _merge_suggestion_customer_id, "merge_suggestion_customer_id")

        if merge_suggestion_customer_id is UNSET:
            n__absent += 1

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        number = d.get("number", UNSET)
        if not (type(number) is int):
            if number is UNSET:
                n__absent += 1
            elif not (isinstance(number, int) and number is not True and number is not False):
                raise FieldError("integer", number, "number")

        order_count = d.get("order_count", UNSET)
        if not (type(order_count) is int):
            if order_count is UNSET:
                n__absent += 1
            elif not (isinstance(order_count, int) and order_count is not True and order_count is not False):
                raise FieldError("integer", order_count, "order_count")

        properties = d.get("properties", UNSET)
        if not (type(properties) is dict):
            if properties is UNSET:
                n__absent += 1
            elif not isinstance(properties, dict):
                raise FieldError("object", properties, "properties")

        revenue_in_cents = d.get("revenue_in_cents", UNSET)
        if not (type(revenue_in_cents) is int):
            if revenue_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(revenue_in_cents, int) and revenue_in_cents is not True and revenue_in_cents is not False
            ):
                raise FieldError("integer", revenue_in_cents, "revenue_in_cents")

        stripe_id = d.get("stripe_id", UNSET)
        if not (type(stripe_id) is str or stripe_id is None):
            if stripe_id is UNSET:
                n__absent += 1
            elif not (isinstance(stripe_id, str) or stripe_id is None):
                raise FieldError("string or null", stripe_id, "stripe_id")

        _tag_list = d.get("tag_list", UNSET)
        tag_list: list[str] | Unset = UNSET
        if isinstance(_tag_list, list):
            for tag_list_item in _tag_list:
                if not (type(tag_list_item) is str) and not isinstance(tag_list_item, str):
                    raise FieldError("string", tag_list_item, _position(_tag_list, tag_list_item), "tag_list")
            tag_list = _tag_list
        elif _tag_list is not UNSET:
            raise FieldError("array", _tag_list, "tag_list")

        if tag_list is UNSET:
            n__absent += 1

        _tax_region_id = d.get("tax_region_id", UNSET)
        tax_region_id: None | Unset | UUID
        if _tax_region_id is None or _tax_region_id is UNSET:
            tax_region_id = _tax_region_id
        elif isinstance(_tax_region_id, str):
            _tax_region_id_type_0 = _tax_region_id
            try:
                tax_region_id_type_0 = parse_uuid(_tax_region_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _tax_region_id_type_0, "tax_region_id") from None

            tax_region_id = tax_region_id_type_0
        else:
            raise FieldError("UUID string or null", _tax_region_id, "tax_region_id")

        if tax_region_id is UNSET:
            n__absent += 1

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        _properties_attributes = d.get("properties_attributes", UNSET)
        properties_attributes: list[dict[str, Any]] | Unset = UNSET
        if isinstance(_properties_attributes, list):
            for properties_attributes_item in _properties_attributes:
                if not (type(properties_attributes_item) is dict) and not isinstance(properties_attributes_item, dict):
                    raise FieldError(
                        "object",
                        properties_attributes_item,
                        _position(_properties_attributes, properties_attributes_item),
                        "properties_attributes",
                    )
            properties_attributes = _properties_attributes
        elif _properties_attributes is not UNSET:
            raise FieldError("array", _properties_attributes, "properties_attributes")

        if properties_attributes is UNSET:
            n__absent += 1

        if cls is _plain__class:
            customer_attributes = _new__object(cls)
            customer_attributes.archived = archived
            customer_attributes.archived_at = archived_at
            customer_attributes.average_order_value_in_cents = average_order_value_in_cents
            customer_attributes.balance_due_in_cents = balance_due_in_cents
            customer_attributes.created_at = created_at
            customer_attributes.deposit_type = deposit_type
            customer_attributes.deposit_value = deposit_value
            customer_attributes.discount_percentage = discount_percentage
            customer_attributes.email = email
            customer_attributes.email_marketing_consent_updated_at = email_marketing_consent_updated_at
            customer_attributes.email_marketing_consented = email_marketing_consented
            customer_attributes.latest_order_at = latest_order_at
            customer_attributes.legal_type = legal_type
            customer_attributes.merge_suggestion_customer_id = merge_suggestion_customer_id
            customer_attributes.name = name
            customer_attributes.number = number
            customer_attributes.order_count = order_count
            customer_attributes.properties = properties
            customer_attributes.revenue_in_cents = revenue_in_cents
            customer_attributes.stripe_id = stripe_id
            customer_attributes.tag_list = tag_list
            customer_attributes.tax_region_id = tax_region_id
            customer_attributes.updated_at = updated_at
            customer_attributes.properties_attributes = properties_attributes
            customer_attributes.additional_properties = {}
        else:
            customer_attributes = cls(
                archived,
                archived_at,
                average_order_value_in_cents,
                balance_due_in_cents,
                created_at,
                deposit_type,
                deposit_value,
                discount_percentage,
                email,
                email_marketing_consent_updated_at,
                email_marketing_consented,
                latest_order_at,
                legal_type,
                merge_suggestion_customer_id,
                name,
                number,
                order_count,
                properties,
                revenue_in_cents,
                stripe_id,
                tag_list,
                tax_region_id,
                updated_at,
                properties_attributes,
            )
        if len(d) + n__absent != 24:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "archived",
                    "archived_at",
                    "average_order_value_in_cents",
                    "balance_due_in_cents",
                    "created_at",
                    "deposit_type",
                    "deposit_value",
                    "discount_percentage",
                    "email",
                    "email_marketing_consent_updated_at",
                    "email_marketing_consented",
                    "latest_order_at",
                    "legal_type",
                    "merge_suggestion_customer_id",
                    "name",
                    "number",
                    "order_count",
                    "properties",
                    "revenue_in_cents",
                    "stripe_id",
                    "tag_list",
                    "tax_region_id",
                    "updated_at",
                    "properties_attributes",
                }
            }
            customer_attributes.additional_properties = extra__props
        return customer_attributes

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


_plain__class: type[CustomerAttributes] | None = (
    CustomerAttributes
    if {field.name for field in _attrs_fields(CustomerAttributes)}
    == {
        "archived",
        "archived_at",
        "average_order_value_in_cents",
        "balance_due_in_cents",
        "created_at",
        "deposit_type",
        "deposit_value",
        "discount_percentage",
        "email",
        "email_marketing_consent_updated_at",
        "email_marketing_consented",
        "latest_order_at",
        "legal_type",
        "merge_suggestion_customer_id",
        "name",
        "number",
        "order_count",
        "properties",
        "revenue_in_cents",
        "stripe_id",
        "tag_list",
        "tax_region_id",
        "updated_at",
        "properties_attributes",
        "additional_properties",
    }
    and not hasattr(CustomerAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
