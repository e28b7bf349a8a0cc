from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyWriteAttributes")


@_attrs_define
class CompanyWriteAttributes:
    """Attributes that can be sent when creating or updating a company.

    Attributes:
        address_line_1 (str | Unset):
        address_line_2 (str | Unset):
        billing_address_attributes (dict[str, Any] | Unset): A free-form JSON object.
        billing_address_city (str | Unset):
        billing_address_country (str | Unset):
        billing_address_line_1 (str | Unset):
        billing_address_line_2 (str | Unset):
        billing_address_region (str | Unset):
        billing_address_zipcode (str | Unset):
        billing_company (str | Unset):
        billing_email (str | Unset):
        city (str | Unset):
        country (str | Unset):
        country_code (str | Unset):
        currency (str | Unset):
        custom_domain (str | Unset):
        custom_domain_validation (dict[str, Any] | Unset): A free-form JSON object.
        default_timezone (str | Unset):
        email (str | Unset):
        favicon_base64 (str | Unset):
        financial_line_1 (str | Unset):
        financial_line_2 (str | Unset):
        logo_base64 (str | Unset):
        main_address_attributes (dict[str, Any] | Unset): A free-form JSON object.
        market (str | Unset):
        name (str | Unset):
        phone (str | Unset):
        region (str | Unset):
        remove_favicon (bool | Unset):
        remove_logo (bool | Unset):
        shop_theme_id (UUID | Unset): ID of the related shop theme.
        third_party_id (str | Unset):
        use_billing_address (bool | Unset):
        vat_number (str | Unset):
        website (str | Unset):
        zipcode (str | Unset):
    """

    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    billing_address_attributes: dict[str, Any] | Unset = UNSET
    billing_address_city: str | Unset = UNSET
    billing_address_country: str | Unset = UNSET
    billing_address_line_1: str | Unset = UNSET
    billing_address_line_2: str | Unset = UNSET
    billing_address_region: str | Unset = UNSET
    billing_address_zipcode: str | Unset = UNSET
    billing_company: str | Unset = UNSET
    billing_email: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    country_code: str | Unset = UNSET
    currency: str | Unset = UNSET
    custom_domain: str | Unset = UNSET
    custom_domain_validation: dict[str, Any] | Unset = UNSET
    default_timezone: str | Unset = UNSET
    email: str | Unset = UNSET
    favicon_base64: str | Unset = UNSET
    financial_line_1: str | Unset = UNSET
    financial_line_2: str | Unset = UNSET
    logo_base64: str | Unset = UNSET
    main_address_attributes: dict[str, Any] | Unset = UNSET
    market: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    region: str | Unset = UNSET
    remove_favicon: bool | Unset = UNSET
    remove_logo: bool | Unset = UNSET
    shop_theme_id: UUID | Unset = UNSET
    third_party_id: str | Unset = UNSET
    use_billing_address: bool | Unset = UNSET
    vat_number: str | Unset = UNSET
    website: str | Unset = UNSET
    zipcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        address_line_1 = self.address_line_1
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        address_line_2 = self.address_line_2
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        billing_address_attributes = self.billing_address_attributes
        if billing_address_attributes is not UNSET:
            field_dict["billing_address_attributes"] = billing_address_attributes
        billing_address_city = self.billing_address_city
        if billing_address_city is not UNSET:
            field_dict["billing_address_city"] = billing_address_city
        billing_address_country = self.billing_address_country
        if billing_address_country is not UNSET:
            field_dict["billing_address_country"] = billing_address_country
        billing_address_line_1 = self.billing_address_line_1
        if billing_address_line_1 is not UNSET:
            field_dict["billing_address_line_1"] = billing_address_line_1
        billing_address_line_2 = self.billing_address_line_2
        if billing_address_line_2 is not UNSET:
            field_dict["billing_address_line_2"] = billing_address_line_2
        billing_address_region = self.billing_address_region
        if billing_address_region is not UNSET:
            field_dict["billing_address_region"] = billing_address_region
        billing_address_zipcode = self.billing_address_zipcode
        if billing_address_zipcode is not UNSET:
            field_dict["billing_address_zipcode"] = billing_address_zipcode
        billing_company = self.billing_company
        if billing_company is not UNSET:
            field_dict["billing_company"] = billing_company
        billing_email = self.billing_email
        if billing_email is not UNSET:
            field_dict["billing_email"] = billing_email
        city = self.city
        if city is not UNSET:
            field_dict["city"] = city
        country = self.country
        if country is not UNSET:
            field_dict["country"] = country
        country_code = self.country_code
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        currency = self.currency
        if currency is not UNSET:
            field_dict["currency"] = currency
        custom_domain = self.custom_domain
        if custom_domain is not UNSET:
            field_dict["custom_domain"] = custom_domain
        custom_domain_validation = self.custom_domain_validation
        if custom_domain_validation is not UNSET:
            field_dict["custom_domain_validation"] = custom_domain_validation
        default_timezone = self.default_timezone
        if default_timezone is not UNSET:
            field_dict["default_timezone"] = default_timezone
        email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        favicon_base64 = self.favicon_base64
        if favicon_base64 is not UNSET:
            field_dict["favicon_base64"] = favicon_base64
        financial_line_1 = self.financial_line_1
        if financial_line_1 is not UNSET:
            field_dict["financial_line_1"] = financial_line_1
        financial_line_2 = self.financial_line_2
        if financial_line_2 is not UNSET:
            field_dict["financial_line_2"] = financial_line_2
        logo_base64 = self.logo_base64
        if logo_base64 is not UNSET:
            field_dict["logo_base64"] = logo_base64
        main_address_attributes = self.main_address_attributes
        if main_address_attributes is not UNSET:
            field_dict["main_address_attributes"] = main_address_attributes
        market = self.market
        if market is not UNSET:
            field_dict["market"] = market
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        phone = self.phone
        if phone is not UNSET:
            field_dict["phone"] = phone
        region = self.region
        if region is not UNSET:
            field_dict["region"] = region
        remove_favicon = self.remove_favicon
        if remove_favicon is not UNSET:
            field_dict["remove_favicon"] = remove_favicon
        remove_logo = self.remove_logo
        if remove_logo is not UNSET:
            field_dict["remove_logo"] = remove_logo
        shop_theme_id: str | Unset = UNSET
        if not isinstance(self.shop_theme_id, Unset):
            shop_theme_id = str(self.shop_theme_id)
        if shop_theme_id is not UNSET:
            field_dict["shop_theme_id"] = shop_theme_id
        third_party_id = self.third_party_id
        if third_party_id is not UNSET:
            field_dict["third_party_id"] = third_party_id
        use_billing_address = self.use_billing_address
        if use_billing_address is not UNSET:
            field_dict["use_billing_address"] = use_billing_address
        vat_number = self.vat_number
        if vat_number is not UNSET:
            field_dict["vat_number"] = vat_number
        website = self.website
        if website is not UNSET:
            field_dict["website"] = website
        zipcode = self.zipcode
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CompanyWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        address_line_1 = d.get("address_line_1", UNSET)
        if not (type(address_line_1) is str):
            if address_line_1 is UNSET:
                n__absent += 1
            elif not isinstance(address_line_1, str):
                raise FieldError("string", address_line_1, "address_line_1")

        address_line_2 = d.get("address_line_2", UNSET)
        if not (type(address_line_2) is str):
            if address_line_2 is UNSET:
                n__absent += 1
            elif not isinstance(address_line_2, str):
                raise FieldError("string", address_line_2, "address_line_2")

        billing_address_attributes = d.get("billing_address_attributes", UNSET)
        if not (type(billing_address_attributes) is dict):
            if billing_address_attributes is UNSET:
                n__absent += 1
            elif not isinstance(billing_address_attributes, dict):
                raise FieldError("object", billing_address_attributes, "billing_address_attributes")

        billing_address_city = d.get("billing_address_city", UNSET)
        if not (type(billing_address_city) is str):
            if billing_address_city is UNSET:
                n__absent += 1
            elif not isinstance(billing_address_city, str):
                raise FieldError("string", billing_address_city, "billing_address_city")

        billing_address_country = d.get("billing_address_country", UNSET)
        if not (type(billing_address_country) is str):
            if billing_address_country is UNSET:
                n__absent += 1
            elif not isinstance(billing_address_country, str):
                raise FieldError("string", billing_address_country, "billing_address_country")

        billing_address_line_1 = d.get("billing_address_line_1", UNSET)
        if not (type(billing_address_line_1) is str):
            if billing_address_line_1 is UNSET:
                n__absent += 1
            elif not isinstance(billing_address_line_1, str):
                raise FieldError("string", billing_address_line_1, "billing_address_line_1")

        billing_address_line_2 = d.get("billing_address_line_2", UNSET)
        if not (type(billing_address_line_2) is str):
            if billing_address_line_2 is UNSET:
                n__absent += 1
            elif not isinstance(billing_address_line_2, str):
                raise FieldError("string", billing_address_line_2, "billing_address_line_2")

        billing_address_region = d.get("billing_address_region", UNSET)
        if not (type(billing_address_region) is str):
            if billing_address_region is UNSET:
                n__absent += 1
            elif not isinstance(billing_address_region, str):
                raise FieldError("string", billing_address_region, "billing_address_region")

        billing_address_zipcode = d.get("billing_address_zipcode", UNSET)
        if not (type(billing_address_zipcode) is str):
            if billing_address_zipcode is UNSET:
                n__absent += 1
            elif not isinstance(billing_address_zipcode, str):
                raise FieldError("string", billing_address_zipcode, "billing_address_zipcode")

        billing_company = d.get("billing_company", UNSET)
        if not (type(billing_company) is str):
            if billing_company is UNSET:
                n__absent += 1
            elif not isinstance(billing_company, str):
                raise FieldError("string", billing_company, "billing_company")

        billing_email = d.get("billing_email", UNSET)
        if not (type(billing_email) is str):
            if billing_email is UNSET:
                n__absent += 1
            elif not isinstance(billing_email, str):
                raise FieldError("string", billing_email, "billing_email")

        city = d.get("city", UNSET)
        if not (type(city) is str):
            if city is UNSET:
                n__absent += 1
            elif not isinstance(city, str):
                raise FieldError("string", city, "city")

        country = d.get("country", UNSET)
        if not (type(country) is str):
            if country is UNSET:
                n__absent += 1
            elif not isinstance(country, str):
                raise FieldError("string", country, "country")

        country_code = d.get("country_code", UNSET)
        if not (type(country_code) is str):
            if country_code is UNSET:
                n__absent += 1
            elif not isinstance(country_code, str):
                raise FieldError("string", country_code, "country_code")

        currency = d.get("currency", UNSET)
        if not (type(currency) is str):
            if currency is UNSET:
                n__absent += 1
            elif not isinstance(currency, str):
                raise FieldError("string", currency, "currency")

        custom_domain = d.get("custom_domain", UNSET)
        if not (type(custom_domain) is str):
            if custom_domain is UNSET:
                n__absent += 1
            elif not isinstance(custom_domain, str):
                raise FieldError("string", custom_domain, "custom_domain")

        custom_domain_validation = d.get("custom_domain_validation", UNSET)
        if not (type(custom_domain_validation) is dict):
            if custom_domain_validation is UNSET:
                n__absent += 1
            elif not isinstance(custom_domain_validation, dict):
                raise FieldError("object", custom_domain_validation, "custom_domain_validation")

        default_timezone = d.get("default_timezone", UNSET)
        if not (type(default_timezone) is str):
            if default_timezone is UNSET:
                n__absent += 1
            elif not isinstance(default_timezone, str):
                raise FieldError("string", default_timezone, "default_timezone")

        email = d.get("email", UNSET)
        if not (type(email) is str):
            if email is UNSET:
                n__absent += 1
            elif not isinstance(email, str):
                raise FieldError("string", email, "email")

        favicon_base64 = d.get("favicon_base64", UNSET)
        if not (type(favicon_base64) is str):
            if favicon_base64 is UNSET:
                n__absent += 1
            elif not isinstance(favicon_base64, str):
                raise FieldError("string", favicon_base64, "favicon_base64")

        financial_line_1 = d.get("financial_line_1", UNSET)
        if not (type(financial_line_1) is str):
            if financial_line_1 is UNSET:
                n__absent += 1
            elif not isinstance(financial_line_1, str):
                raise FieldError("string", financial_line_1, "financial_line_1")

        financial_line_2 = d.get("financial_line_2", UNSET)
        if not (type(financial_line_2) is str):
            if financial_line_2 is UNSET:
                n__absent += 1
            elif not isinstance(financial_line_2, str):
                raise FieldError("string", financial_line_2, "financial_line_2")

        logo_base64 = d.get("logo_base64", UNSET)
        if not (type(logo_base64) is str):
            if logo_base64 is UNSET:
                n__absent += 1
            elif not isinstance(logo_base64, str):
                raise FieldError("string", logo_base64, "logo_base64")

        main_address_attributes = d.get("main_address_attributes", UNSET)
        if not (type(main_address_attributes) is dict):
            if main_address_attributes is UNSET:
                n__absent += 1
            elif not isinstance(main_address_attributes, dict):
                raise FieldError("object", main_address_attributes, "main_address_attributes")

        market = d.get("market", UNSET)
        if not (type(market) is str):
            if market is UNSET:
                n__absent += 1
            elif not isinstance(market, str):
                raise FieldError("string", market, "market")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        phone = d.get("phone", UNSET)
        if not (type(phone) is str):
            if phone is UNSET:
                n__absent += 1
            elif not isinstance(phone, str):
                raise FieldError("string", phone, "phone")

        region = d.get("region", UNSET)
        if not (type(region) is str):
            if region is UNSET:
                n__absent += 1
            elif not isinstance(region, str):
                raise FieldError("string", region, "region")

        remove_favicon = d.get("remove_favicon", UNSET)
        if not (remove_favicon is True or remove_favicon is False):
            if remove_favicon is UNSET:
                n__absent += 1
            elif not isinstance(remove_favicon, bool):
                raise FieldError("boolean", remove_favicon, "remove_favicon")

        remove_logo = d.get("remove_logo", UNSET)
        if not (remove_logo is True or remove_logo is False):
            if remove_logo is UNSET:
                n__absent += 1
            elif not isinstance(remove_logo, bool):
                raise FieldError("boolean", remove_logo, "remove_logo")

        _shop_theme_id = d.get("shop_theme_id", UNSET)
        shop_theme_id: UUID | Unset = UNSET
        if _shop_theme_id is not UNSET:
            try:
                shop_theme_id = parse_uuid(_shop_theme_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _shop_theme_id, "shop_theme_id") from None

        if shop_theme_id is UNSET:
            n__absent += 1

        third_party_id = d.get("third_party_id", UNSET)
        if not (type(third_party_id) is str):
            if third_party_id is UNSET:
                n__absent += 1
            elif not isinstance(third_party_id, str):
                raise FieldError("string", third_party_id, "third_party_id")

        use_billing_address = d.get("use_billing_address", UNSET)
        if not (use_billing_address is True or use_billing_address is False):
            if use_billing_address is UNSET:
                n__absent += 1
            elif not isinstance(use_billing_address, bool):
                raise FieldError("boolean", use_billing_address, "use_billing_address")

        vat_number = d.get("vat_number", UNSET)
        if not (type(vat_number) is str):
            if vat_number is UNSET:
                n__absent += 1
            elif not isinstance(vat_number, str):
                raise FieldError("string", vat_number, "vat_number")

        website = d.get("website", UNSET)
        if not (type(website) is str):
            if website is UNSET:
                n__absent += 1
            elif not isinstance(website, str):
                raise FieldError("string", website, "website")

        zipcode = d.get("zipcode", UNSET)
        if not (type(zipcode) is str):
            if zipcode is UNSET:
                n__absent += 1
            elif not isinstance(zipcode, str):
                raise FieldError("string", zipcode, "zipcode")

        if cls is _plain__class:
            company_write_attributes = _new__object(cls)
            company_write_attributes.address_line_1 = address_line_1
            company_write_attributes.address_line_2 = address_line_2
            company_write_attributes.billing_address_attributes = billing_address_attributes
            company_write_attributes.billing_address_city = billing_address_city
            company_write_attributes.billing_address_country = billing_address_country
            company_write_attributes.billing_address_line_1 = billing_address_line_1
            company_write_attributes.billing_address_line_2 = billing_address_line_2
            company_write_attributes.billing_address_region = billing_address_region
            company_write_attributes.billing_address_zipcode = billing_address_zipcode
            company_write_attributes.billing_company = billing_company
            company_write_attributes.billing_email = billing_email
            company_write_attributes.city = city
            company_write_attributes.country = country
            company_write_attributes.country_code = country_code
            company_write_attributes.currency = currency
            company_write_attributes.custom_domain = custom_domain
            company_write_attributes.custom_domain_validation = custom_domain_validation
            company_write_attributes.default_timezone = default_timezone
            company_write_attributes.email = email
            company_write_attributes.favicon_base64 = favicon_base64
            company_write_attributes.financial_line_1 = financial_line_1
            company_write_attributes.financial_line_2 = financial_line_2
            company_write_attributes.logo_base64 = logo_base64
            company_write_attributes.main_address_attributes = main_address_attributes
            company_write_attributes.market = market
            company_write_attributes.name = name
            company_write_attributes.phone = phone
            company_write_attributes.region = region
            company_write_attributes.remove_favicon = remove_favicon
            company_write_attributes.remove_logo = remove_logo
            company_write_attributes.shop_theme_id = shop_theme_id
            company_write_attributes.third_party_id = third_party_id
            company_write_attributes.use_billing_address = use_billing_address
            company_write_attributes.vat_number = vat_number
            company_write_attributes.website = website
            company_write_attributes.zipcode = zipcode
            company_write_attributes.additional_properties = {}
        else:
            company_write_attributes = cls(
                address_line_1,
                address_line_2,
                billing_address_attributes,
                billing_address_city,
                billing_address_country,
                billing_address_line_1,
                billing_address_line_2,
                billing_address_region,
                billing_address_zipcode,
                billing_company,
                billing_email,
                city,
                country,
                country_code,
                currency,
                custom_domain,
                custom_domain_validation,
                default_timezone,
                email,
                favicon_base64,
                financial_line_1,
                financial_line_2,
                logo_base64,
                main_address_attributes,
                market,
                name,
                phone,
                region,
                remove_favicon,
                remove_logo,
                shop_theme_id,
                third_party_id,
                use_billing_address,
                vat_number,
                website,
                zipcode,
            )
        if len(d) + n__absent != 36:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "address_line_1",
                    "address_line_2",
                    "billing_address_attributes",
                    "billing_address_city",
                    "billing_address_country",
                    "billing_address_line_1",
                    "billing_address_line_2",
                    "billing_address_region",
                    "billing_address_zipcode",
                    "billing_company",
                    "billing_email",
                    "city",
                    "country",
                    "country_code",
                    "currency",
                    "custom_domain",
                    "custom_domain_validation",
                    "default_timezone",
                    "email",
                    "favicon_base64",
                    "financial_line_1",
                    "financial_line_2",
                    "logo_base64",
                    "main_address_attributes",
                    "market",
                    "name",
                    "phone",
                    "region",
                    "remove_favicon",
                    "remove_logo",
                    "shop_theme_id",
                    "third_party_id",
                    "use_billing_address",
                    "vat_number",
                    "website",
                    "zipcode",
                }
            }
            company_write_attributes.additional_properties = extra__props
        return company_write_attributes

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


_plain__class: type[CompanyWriteAttributes] | None = (
    CompanyWriteAttributes
    if {field.name for field in _attrs_fields(CompanyWriteAttributes)}
    == {
        "address_line_1",
        "address_line_2",
        "billing_address_attributes",
        "billing_address_city",
        "billing_address_country",
        "billing_address_line_1",
        "billing_address_line_2",
        "billing_address_region",
        "billing_address_zipcode",
        "billing_company",
        "billing_email",
        "city",
        "country",
        "country_code",
        "currency",
        "custom_domain",
        "custom_domain_validation",
        "default_timezone",
        "email",
        "favicon_base64",
        "financial_line_1",
        "financial_line_2",
        "logo_base64",
        "main_address_attributes",
        "market",
        "name",
        "phone",
        "region",
        "remove_favicon",
        "remove_logo",
        "shop_theme_id",
        "third_party_id",
        "use_billing_address",
        "vat_number",
        "website",
        "zipcode",
        "additional_properties",
    }
    and not hasattr(CompanyWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
