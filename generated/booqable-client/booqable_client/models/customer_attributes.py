from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="CustomerAttributes")


@_attrs_define
class CustomerAttributes:
    """Attributes of a customer as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

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
            properties (JsonObject | Unset): A free-form JSON object.
            properties_attributes (list[JsonObject] | Unset):
            revenue_in_cents (int | Unset): Revenue, in cents.
            stripe_id (None | str | Unset):
            tag_list (list[str] | Unset):
            tax_region_id (None | Unset | UUID): ID of the related tax region.
            updated_at (datetime.datetime | Unset): When the record last changed.
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
    properties: JsonObject | Unset = UNSET
    properties_attributes: list[JsonObject] | Unset = UNSET
    revenue_in_cents: int | Unset = UNSET
    stripe_id: None | str | Unset = UNSET
    tag_list: list[str] | Unset = UNSET
    tax_region_id: None | Unset | UUID = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        archived = self.archived

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat().replace("+00:00", "Z")
        else:
            archived_at = self.archived_at

        average_order_value_in_cents = self.average_order_value_in_cents

        balance_due_in_cents = self.balance_due_in_cents

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        deposit_type = self.deposit_type

        deposit_value = self.deposit_value

        discount_percentage = self.discount_percentage

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        email_marketing_consent_updated_at: None | str | Unset
        if isinstance(self.email_marketing_consent_updated_at, Unset):
            email_marketing_consent_updated_at = UNSET
        elif isinstance(self.email_marketing_consent_updated_at, datetime.datetime):
            email_marketing_consent_updated_at = self.email_marketing_consent_updated_at.isoformat().replace(
                "+00:00", "Z"
            )
        else:
            email_marketing_consent_updated_at = self.email_marketing_consent_updated_at

        email_marketing_consented = self.email_marketing_consented

        latest_order_at: None | str | Unset
        if isinstance(self.latest_order_at, Unset):
            latest_order_at = UNSET
        elif isinstance(self.latest_order_at, datetime.datetime):
            latest_order_at = self.latest_order_at.isoformat().replace("+00:00", "Z")
        else:
            latest_order_at = self.latest_order_at

        legal_type = self.legal_type

        merge_suggestion_customer_id: None | str | Unset
        if isinstance(self.merge_suggestion_customer_id, Unset):
            merge_suggestion_customer_id = UNSET
        elif isinstance(self.merge_suggestion_customer_id, UUID):
            merge_suggestion_customer_id = str(self.merge_suggestion_customer_id)
        else:
            merge_suggestion_customer_id = self.merge_suggestion_customer_id

        name = self.name

        number = self.number

        order_count = self.order_count

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        properties_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties_attributes, Unset):
            properties_attributes = []
            for properties_attributes_item_data in self.properties_attributes:
                properties_attributes_item = properties_attributes_item_data.to_dict()
                properties_attributes.append(properties_attributes_item)

        revenue_in_cents = self.revenue_in_cents

        stripe_id: None | str | Unset
        if isinstance(self.stripe_id, Unset):
            stripe_id = UNSET
        else:
            stripe_id = self.stripe_id

        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = self.tag_list

        tax_region_id: None | str | Unset
        if isinstance(self.tax_region_id, Unset):
            tax_region_id = UNSET
        elif isinstance(self.tax_region_id, UUID):
            tax_region_id = str(self.tax_region_id)
        else:
            tax_region_id = self.tax_region_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archived is not UNSET:
            field_dict["archived"] = archived
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if average_order_value_in_cents is not UNSET:
            field_dict["average_order_value_in_cents"] = average_order_value_in_cents
        if balance_due_in_cents is not UNSET:
            field_dict["balance_due_in_cents"] = balance_due_in_cents
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type
        if deposit_value is not UNSET:
            field_dict["deposit_value"] = deposit_value
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        if email is not UNSET:
            field_dict["email"] = email
        if email_marketing_consent_updated_at is not UNSET:
            field_dict["email_marketing_consent_updated_at"] = email_marketing_consent_updated_at
        if email_marketing_consented is not UNSET:
            field_dict["email_marketing_consented"] = email_marketing_consented
        if latest_order_at is not UNSET:
            field_dict["latest_order_at"] = latest_order_at
        if legal_type is not UNSET:
            field_dict["legal_type"] = legal_type
        if merge_suggestion_customer_id is not UNSET:
            field_dict["merge_suggestion_customer_id"] = merge_suggestion_customer_id
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if order_count is not UNSET:
            field_dict["order_count"] = order_count
        if properties is not UNSET:
            field_dict["properties"] = properties
        if properties_attributes is not UNSET:
            field_dict["properties_attributes"] = properties_attributes
        if revenue_in_cents is not UNSET:
            field_dict["revenue_in_cents"] = revenue_in_cents
        if stripe_id is not UNSET:
            field_dict["stripe_id"] = stripe_id
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if tax_region_id is not UNSET:
            field_dict["tax_region_id"] = tax_region_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CustomerAttributes)", src_dict)
        d = dict(src_dict)
        archived = d.pop("archived", UNSET)
        if not isinstance(archived, bool) and archived is not UNSET:
            raise FieldError("boolean", archived, "archived")

        _archived_at = d.pop("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        elif isinstance(_archived_at, str):
            _archived_at_type_0 = _archived_at
            try:
                archived_at_type_0 = datetime.datetime.fromisoformat(_archived_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _archived_at_type_0, "archived_at") from None

            archived_at = archived_at_type_0
        else:
            raise FieldError("date-time string or null", _archived_at, "archived_at")

        average_order_value_in_cents = d.pop("average_order_value_in_cents", UNSET)
        if (
            not (
                isinstance(average_order_value_in_cents, int)
                and average_order_value_in_cents is not True
                and average_order_value_in_cents is not False
            )
            and average_order_value_in_cents is not UNSET
        ):
            raise FieldError("integer", average_order_value_in_cents, "average_order_value_in_cents")

        balance_due_in_cents = d.pop("balance_due_in_cents", UNSET)
        if (
            not (
                isinstance(balance_due_in_cents, int)
                and balance_due_in_cents is not True
                and balance_due_in_cents is not False
            )
            and balance_due_in_cents is not UNSET
        ):
            raise FieldError("integer", balance_due_in_cents, "balance_due_in_cents")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        deposit_type = d.pop("deposit_type", UNSET)
        if not isinstance(deposit_type, str) and deposit_type is not UNSET:
            raise FieldError("string", deposit_type, "deposit_type")

        deposit_value = d.pop("deposit_value", UNSET)
        if (
            not (
                isinstance(deposit_value, float)
                or (isinstance(deposit_value, int) and deposit_value is not True and deposit_value is not False)
            )
            and deposit_value is not UNSET
        ):
            raise FieldError("number", deposit_value, "deposit_value")

        discount_percentage = d.pop("discount_percentage", UNSET)
        if (
            not (
                isinstance(discount_percentage, float)
                or (
                    isinstance(discount_percentage, int)
                    and discount_percentage is not True
                    and discount_percentage is not False
                )
            )
            and discount_percentage is not UNSET
        ):
            raise FieldError("number", discount_percentage, "discount_percentage")

        email = d.pop("email", UNSET)
        if not (isinstance(email, str) or email is None) and email is not UNSET:
            raise FieldError("string or null", email, "email")

        _email_marketing_consent_updated_at = d.pop("email_marketing_consent_updated_at", UNSET)
        email_marketing_consent_updated_at: datetime.datetime | None | Unset
        if _email_marketing_consent_updated_at is None or _email_marketing_consent_updated_at is UNSET:
            email_marketing_consent_updated_at = _email_marketing_consent_updated_at
        elif isinstance(_email_marketing_consent_updated_at, str):
            _email_marketing_consent_updated_at_type_0 = _email_marketing_consent_updated_at
            try:
                email_marketing_consent_updated_at_type_0 = datetime.datetime.fromisoformat(
                    _email_marketing_consent_updated_at_type_0
                )
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable(
                    "date-time", _email_marketing_consent_updated_at_type_0, "email_marketing_consent_updated_at"
                ) from None

            email_marketing_consent_updated_at = email_marketing_consent_updated_at_type_0
        else:
            raise FieldError(
                "date-time string or null", _email_marketing_consent_updated_at, "email_marketing_consent_updated_at"
            )

        email_marketing_consented = d.pop("email_marketing_consented", UNSET)
        if not isinstance(email_marketing_consented, bool) and email_marketing_consented is not UNSET:
            raise FieldError("boolean", email_marketing_consented, "email_marketing_consented")

        _latest_order_at = d.pop("latest_order_at", UNSET)
        latest_order_at: datetime.datetime | None | Unset
        if _latest_order_at is None or _latest_order_at is UNSET:
            latest_order_at = _latest_order_at
        elif isinstance(_latest_order_at, str):
            _latest_order_at_type_0 = _latest_order_at
            try:
                latest_order_at_type_0 = datetime.datetime.fromisoformat(_latest_order_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _latest_order_at_type_0, "latest_order_at") from None

            latest_order_at = latest_order_at_type_0
        else:
            raise FieldError("date-time string or null", _latest_order_at, "latest_order_at")

        legal_type = d.pop("legal_type", UNSET)
        if not isinstance(legal_type, str) and legal_type is not UNSET:
            raise FieldError("string", legal_type, "legal_type")

        _merge_suggestion_customer_id = d.pop("merge_suggestion_customer_id", UNSET)
        merge_suggestion_customer_id: None | Unset | UUID
        if _merge_suggestion_customer_id is None or _merge_suggestion_customer_id is UNSET:
            merge_suggestion_customer_id = _merge_suggestion_customer_id
        elif isinstance(_merge_suggestion_customer_id, str):
            _merge_suggestion_customer_id_type_0 = _merge_suggestion_customer_id
            try:
                merge_suggestion_customer_id_type_0 = UUID(_merge_suggestion_customer_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable(
                    "UUID", _merge_suggestion_customer_id_type_0, "merge_suggestion_customer_id"
                ) from None

            merge_suggestion_customer_id = merge_suggestion_customer_id_type_0
        else:
            raise FieldError("UUID string or null", _merge_suggestion_customer_id, "merge_suggestion_customer_id")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        number = d.pop("number", UNSET)
        if not (isinstance(number, int) and number is not True and number is not False) and number is not UNSET:
            raise FieldError("integer", number, "number")

        order_count = d.pop("order_count", UNSET)
        if (
            not (isinstance(order_count, int) and order_count is not True and order_count is not False)
            and order_count is not UNSET
        ):
            raise FieldError("integer", order_count, "order_count")

        _properties = d.pop("properties", UNSET)
        properties: JsonObject | Unset = UNSET
        if _properties is not UNSET:
            try:
                properties = JsonObject.from_dict(_properties)
            except FieldError as field__error:
                field__error.segments.append("properties")
                raise

        _properties_attributes = d.pop("properties_attributes", UNSET)
        properties_attributes: list[JsonObject] | Unset = UNSET
        if isinstance(_properties_attributes, list):
            properties_attributes = []
            try:
                for properties_attributes_item_data in _properties_attributes:
                    properties_attributes_item = JsonObject.from_dict(properties_attributes_item_data)

                    properties_attributes.append(properties_attributes_item)
            except FieldError as field__error:
                field__error.segments.append(len(properties_attributes))
                field__error.segments.append("properties_attributes")
                raise
        elif _properties_attributes is not UNSET:
            raise FieldError("array", _properties_attributes, "properties_attributes")

        revenue_in_cents = d.pop("revenue_in_cents", UNSET)
        if (
            not (isinstance(revenue_in_cents, int) and revenue_in_cents is not True and revenue_in_cents is not False)
            and revenue_in_cents is not UNSET
        ):
            raise FieldError("integer", revenue_in_cents, "revenue_in_cents")

        stripe_id = d.pop("stripe_id", UNSET)
        if not (isinstance(stripe_id, str) or stripe_id is None) and stripe_id is not UNSET:
            raise FieldError("string or null", stripe_id, "stripe_id")

        _tag_list = d.pop("tag_list", UNSET)
        tag_list: list[str] | Unset = UNSET
        if isinstance(_tag_list, list):
            for tag_list_item in _tag_list:
                if not isinstance(tag_list_item, str):
                    raise FieldError("string", tag_list_item, _position(_tag_list, tag_list_item), "tag_list")
            tag_list = _tag_list
        elif _tag_list is not UNSET:
            raise FieldError("array", _tag_list, "tag_list")

        _tax_region_id = d.pop("tax_region_id", UNSET)
        tax_region_id: None | Unset | UUID
        if _tax_region_id is None or _tax_region_id is UNSET:
            tax_region_id = _tax_region_id
        elif isinstance(_tax_region_id, str):
            _tax_region_id_type_0 = _tax_region_id
            try:
                tax_region_id_type_0 = UUID(_tax_region_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _tax_region_id_type_0, "tax_region_id") from None

            tax_region_id = tax_region_id_type_0
        else:
            raise FieldError("UUID string or null", _tax_region_id, "tax_region_id")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        customer_attributes = cls(
            archived=archived,
            archived_at=archived_at,
            average_order_value_in_cents=average_order_value_in_cents,
            balance_due_in_cents=balance_due_in_cents,
            created_at=created_at,
            deposit_type=deposit_type,
            deposit_value=deposit_value,
            discount_percentage=discount_percentage,
            email=email,
            email_marketing_consent_updated_at=email_marketing_consent_updated_at,
            email_marketing_consented=email_marketing_consented,
            latest_order_at=latest_order_at,
            legal_type=legal_type,
            merge_suggestion_customer_id=merge_suggestion_customer_id,
            name=name,
            number=number,
            order_count=order_count,
            properties=properties,
            properties_attributes=properties_attributes,
            revenue_in_cents=revenue_in_cents,
            stripe_id=stripe_id,
            tag_list=tag_list,
            tax_region_id=tax_region_id,
            updated_at=updated_at,
        )

        customer_attributes.additional_properties = d
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
