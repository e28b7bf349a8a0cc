from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..types import UNSET, Unset

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
        properties_attributes (Sequence[dict[str, Any]] | Unset):
        stripe_id (None | str | Unset):
        tag_list (Sequence[str] | Unset):
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
    properties_attributes: Sequence[dict[str, Any]] | Unset = UNSET
    stripe_id: None | str | Unset = UNSET
    tag_list: Sequence[str] | Unset = UNSET
    tax_region_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

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
        email_marketing_consented = self.email_marketing_consented
        if email_marketing_consented is not UNSET:
            field_dict["email_marketing_consented"] = email_marketing_consented
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
        properties_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties_attributes, Unset):
            properties_attributes = list(self.properties_attributes)

        if properties_attributes is not UNSET:
            field_dict["properties_attributes"] = properties_attributes
        stripe_id: None | str | Unset
        if isinstance(self.stripe_id, Unset):
            stripe_id = UNSET
        else:
            stripe_id = self.stripe_id
        if stripe_id is not UNSET:
            field_dict["stripe_id"] = stripe_id
        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = list(self.tag_list)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CustomerWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
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

        email_marketing_consented = d.get("email_marketing_consented", UNSET)
        if not (email_marketing_consented is True or email_marketing_consented is False):
            if email_marketing_consented is UNSET:
                n__absent += 1
            elif not isinstance(email_marketing_consented, bool):
                raise FieldError("boolean", email_marketing_consented, "email_marketing_consented")

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

        _properties_attributes = d.get("properties_attributes", UNSET)
        properties_attributes: Sequence[dict[str, Any]] | Unset = UNSET
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

        stripe_id = d.get("stripe_id", UNSET)
        if not (type(stripe_id) is str or stripe_id is None):
            if stripe_id is UNSET:
                n__absent += 1
            elif not (isinstance(stripe_id, str) or stripe_id is None):
                raise FieldError("string or null", stripe_id, "stripe_id")

        _tag_list = d.get("tag_list", UNSET)
        tag_list: Sequence[str] | Unset = UNSET
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

        if cls is _plain__class:
            customer_write_attributes = _new__object(cls)
            customer_write_attributes.deposit_type = deposit_type
            customer_write_attributes.deposit_value = deposit_value
            customer_write_attributes.discount_percentage = discount_percentage
            customer_write_attributes.email = email
            customer_write_attributes.email_marketing_consented = email_marketing_consented
            customer_write_attributes.legal_type = legal_type
            customer_write_attributes.merge_suggestion_customer_id = merge_suggestion_customer_id
            customer_write_attributes.name = name
            customer_write_attributes.properties_attributes = properties_attributes
            customer_write_attributes.stripe_id = stripe_id
            customer_write_attributes.tag_list = tag_list
            customer_write_attributes.tax_region_id = tax_region_id
            customer_write_attributes.additional_properties = {}
        else:
            customer_write_attributes = cls(
                deposit_type,
                deposit_value,
                discount_percentage,
                email,
                email_marketing_consented,
                legal_type,
                merge_suggestion_customer_id,
                name,
                properties_attributes,
                stripe_id,
                tag_list,
                tax_region_id,
            )
        if len(d) + n__absent != 12:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "deposit_type",
                    "deposit_value",
                    "discount_percentage",
                    "email",
                    "email_marketing_consented",
                    "legal_type",
                    "merge_suggestion_customer_id",
                    "name",
                    "properties_attributes",
                    "stripe_id",
                    "tag_list",
                    "tax_region_id",
                }
            }
            customer_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr

    if TYPE_CHECKING:
        from ..models.customer import Customer
        from ..models.tax_region import TaxRegion

    def relate(
        self,
        *,
        merge_suggestion_customer: Customer | None | Unset = UNSET,
        tax_region: TaxRegion | None | Unset = UNSET,
    ) -> CustomerWriteAttributes:
        """Point this customer at related records, by model: each keyword sets an id attribute.

        `merge_suggestion_customer=` sets `merge_suggestion_customer_id` (`None` clears it).
        `tax_region=` sets `tax_region_id` (`None` clears it).
        Returns this object, so it can be written inline."""
        if not isinstance(merge_suggestion_customer, Unset):
            self.merge_suggestion_customer_id = (
                None if merge_suggestion_customer is None else merge_suggestion_customer.id
            )
        if not isinstance(tax_region, Unset):
            self.tax_region_id = None if tax_region is None else tax_region.id
        return self


_plain__class: type[CustomerWriteAttributes] | None = (
    CustomerWriteAttributes
    if {field.name for field in _attrs_fields(CustomerWriteAttributes)}
    == {
        "deposit_type",
        "deposit_value",
        "discount_percentage",
        "email",
        "email_marketing_consented",
        "legal_type",
        "merge_suggestion_customer_id",
        "name",
        "properties_attributes",
        "stripe_id",
        "tag_list",
        "tax_region_id",
        "additional_properties",
    }
    and not hasattr(CustomerWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
