from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


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
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        archived = d.pop("archived", UNSET)

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        average_order_value_in_cents = d.pop("average_order_value_in_cents", UNSET)

        balance_due_in_cents = d.pop("balance_due_in_cents", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        deposit_type = d.pop("deposit_type", UNSET)

        deposit_value = d.pop("deposit_value", UNSET)

        discount_percentage = d.pop("discount_percentage", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_email_marketing_consent_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                email_marketing_consent_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return email_marketing_consent_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        email_marketing_consent_updated_at = _parse_email_marketing_consent_updated_at(
            d.pop("email_marketing_consent_updated_at", UNSET)
        )

        email_marketing_consented = d.pop("email_marketing_consented", UNSET)

        def _parse_latest_order_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                latest_order_at_type_0 = datetime.datetime.fromisoformat(data)

                return latest_order_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        latest_order_at = _parse_latest_order_at(d.pop("latest_order_at", UNSET))

        legal_type = d.pop("legal_type", UNSET)

        def _parse_merge_suggestion_customer_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                merge_suggestion_customer_id_type_0 = UUID(data)

                return merge_suggestion_customer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        merge_suggestion_customer_id = _parse_merge_suggestion_customer_id(d.pop("merge_suggestion_customer_id", UNSET))

        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        order_count = d.pop("order_count", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: JsonObject | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = JsonObject.from_dict(_properties)

        _properties_attributes = d.pop("properties_attributes", UNSET)
        properties_attributes: list[JsonObject] | Unset = UNSET
        if _properties_attributes is not UNSET:
            properties_attributes = []
            for properties_attributes_item_data in _properties_attributes:
                properties_attributes_item = JsonObject.from_dict(properties_attributes_item_data)

                properties_attributes.append(properties_attributes_item)

        revenue_in_cents = d.pop("revenue_in_cents", UNSET)

        def _parse_stripe_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stripe_id = _parse_stripe_id(d.pop("stripe_id", UNSET))

        tag_list = cast(list[str], d.pop("tag_list", UNSET))

        def _parse_tax_region_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tax_region_id_type_0 = UUID(data)

                return tax_region_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        tax_region_id = _parse_tax_region_id(d.pop("tax_region_id", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

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
