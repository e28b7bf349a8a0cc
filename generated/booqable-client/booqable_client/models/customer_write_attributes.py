from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CustomerWriteAttributes")


@_attrs_define
class CustomerWriteAttributes:
    """Attributes that can be sent when creating or updating a customer.

    Attributes:
        deposit_type (str | Unset):
        deposit_value (float | Unset):
        discount_percentage (float | Unset):
        email (None | str | Unset):
        email_marketing_consented (bool | Unset):
        legal_type (str | Unset):
        merge_suggestion_customer_id (None | Unset | UUID): ID of the related merge suggestion customer.
        name (str | Unset):
        properties_attributes (list[JsonObject] | Unset):
        stripe_id (None | str | Unset):
        tag_list (list[str] | Unset):
        tax_region_id (None | Unset | UUID): ID of the related tax region.
    """

    deposit_type: str | Unset = UNSET
    deposit_value: float | Unset = UNSET
    discount_percentage: float | Unset = UNSET
    email: None | str | Unset = UNSET
    email_marketing_consented: bool | Unset = UNSET
    legal_type: str | Unset = UNSET
    merge_suggestion_customer_id: None | Unset | UUID = UNSET
    name: str | Unset = UNSET
    properties_attributes: list[JsonObject] | Unset = UNSET
    stripe_id: None | str | Unset = UNSET
    tag_list: list[str] | Unset = UNSET
    tax_region_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deposit_type = self.deposit_type

        deposit_value = self.deposit_value

        discount_percentage = self.discount_percentage

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        email_marketing_consented = self.email_marketing_consented

        legal_type = self.legal_type

        merge_suggestion_customer_id: None | str | Unset
        if isinstance(self.merge_suggestion_customer_id, Unset):
            merge_suggestion_customer_id = UNSET
        elif isinstance(self.merge_suggestion_customer_id, UUID):
            merge_suggestion_customer_id = str(self.merge_suggestion_customer_id)
        else:
            merge_suggestion_customer_id = self.merge_suggestion_customer_id

        name = self.name

        properties_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties_attributes, Unset):
            properties_attributes = []
            for properties_attributes_item_data in self.properties_attributes:
                properties_attributes_item = properties_attributes_item_data.to_dict()
                properties_attributes.append(properties_attributes_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type
        if deposit_value is not UNSET:
            field_dict["deposit_value"] = deposit_value
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        if email is not UNSET:
            field_dict["email"] = email
        if email_marketing_consented is not UNSET:
            field_dict["email_marketing_consented"] = email_marketing_consented
        if legal_type is not UNSET:
            field_dict["legal_type"] = legal_type
        if merge_suggestion_customer_id is not UNSET:
            field_dict["merge_suggestion_customer_id"] = merge_suggestion_customer_id
        if name is not UNSET:
            field_dict["name"] = name
        if properties_attributes is not UNSET:
            field_dict["properties_attributes"] = properties_attributes
        if stripe_id is not UNSET:
            field_dict["stripe_id"] = stripe_id
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if tax_region_id is not UNSET:
            field_dict["tax_region_id"] = tax_region_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
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

        email_marketing_consented = d.pop("email_marketing_consented", UNSET)

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

        _properties_attributes = d.pop("properties_attributes", UNSET)
        properties_attributes: list[JsonObject] | Unset = UNSET
        if _properties_attributes is not UNSET:
            properties_attributes = []
            for properties_attributes_item_data in _properties_attributes:
                properties_attributes_item = JsonObject.from_dict(properties_attributes_item_data)

                properties_attributes.append(properties_attributes_item)

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

        customer_write_attributes = cls(
            deposit_type=deposit_type,
            deposit_value=deposit_value,
            discount_percentage=discount_percentage,
            email=email,
            email_marketing_consented=email_marketing_consented,
            legal_type=legal_type,
            merge_suggestion_customer_id=merge_suggestion_customer_id,
            name=name,
            properties_attributes=properties_attributes,
            stripe_id=stripe_id,
            tag_list=tag_list,
            tax_region_id=tax_region_id,
        )

        customer_write_attributes.additional_properties = d
        return customer_write_attributes

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
