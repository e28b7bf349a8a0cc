from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="CompanyWriteAttributes")


@_attrs_define
class CompanyWriteAttributes:
    """Attributes that can be sent when creating or updating a company.

    Attributes:
        address_line_1 (str | Unset):
        address_line_2 (str | Unset):
        billing_address_attributes (JsonObject | Unset): A free-form JSON object.
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
        custom_domain_validation (JsonObject | Unset): A free-form JSON object.
        default_timezone (str | Unset):
        email (str | Unset):
        favicon_base64 (str | Unset):
        financial_line_1 (str | Unset):
        financial_line_2 (str | Unset):
        logo_base64 (str | Unset):
        main_address_attributes (JsonObject | Unset): A free-form JSON object.
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
    billing_address_attributes: JsonObject | Unset = UNSET
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
    custom_domain_validation: JsonObject | Unset = UNSET
    default_timezone: str | Unset = UNSET
    email: str | Unset = UNSET
    favicon_base64: str | Unset = UNSET
    financial_line_1: str | Unset = UNSET
    financial_line_2: str | Unset = UNSET
    logo_base64: str | Unset = UNSET
    main_address_attributes: JsonObject | Unset = UNSET
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
        if not _refs__resolved:
            _resolve__refs()
        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        billing_address_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address_attributes, Unset):
            billing_address_attributes = self.billing_address_attributes.to_dict()

        billing_address_city = self.billing_address_city

        billing_address_country = self.billing_address_country

        billing_address_line_1 = self.billing_address_line_1

        billing_address_line_2 = self.billing_address_line_2

        billing_address_region = self.billing_address_region

        billing_address_zipcode = self.billing_address_zipcode

        billing_company = self.billing_company

        billing_email = self.billing_email

        city = self.city

        country = self.country

        country_code = self.country_code

        currency = self.currency

        custom_domain = self.custom_domain

        custom_domain_validation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_domain_validation, Unset):
            custom_domain_validation = self.custom_domain_validation.to_dict()

        default_timezone = self.default_timezone

        email = self.email

        favicon_base64 = self.favicon_base64

        financial_line_1 = self.financial_line_1

        financial_line_2 = self.financial_line_2

        logo_base64 = self.logo_base64

        main_address_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address_attributes, Unset):
            main_address_attributes = self.main_address_attributes.to_dict()

        market = self.market

        name = self.name

        phone = self.phone

        region = self.region

        remove_favicon = self.remove_favicon

        remove_logo = self.remove_logo

        shop_theme_id: str | Unset = UNSET
        if not isinstance(self.shop_theme_id, Unset):
            shop_theme_id = str(self.shop_theme_id)

        third_party_id = self.third_party_id

        use_billing_address = self.use_billing_address

        vat_number = self.vat_number

        website = self.website

        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if billing_address_attributes is not UNSET:
            field_dict["billing_address_attributes"] = billing_address_attributes
        if billing_address_city is not UNSET:
            field_dict["billing_address_city"] = billing_address_city
        if billing_address_country is not UNSET:
            field_dict["billing_address_country"] = billing_address_country
        if billing_address_line_1 is not UNSET:
            field_dict["billing_address_line_1"] = billing_address_line_1
        if billing_address_line_2 is not UNSET:
            field_dict["billing_address_line_2"] = billing_address_line_2
        if billing_address_region is not UNSET:
            field_dict["billing_address_region"] = billing_address_region
        if billing_address_zipcode is not UNSET:
            field_dict["billing_address_zipcode"] = billing_address_zipcode
        if billing_company is not UNSET:
            field_dict["billing_company"] = billing_company
        if billing_email is not UNSET:
            field_dict["billing_email"] = billing_email
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if currency is not UNSET:
            field_dict["currency"] = currency
        if custom_domain is not UNSET:
            field_dict["custom_domain"] = custom_domain
        if custom_domain_validation is not UNSET:
            field_dict["custom_domain_validation"] = custom_domain_validation
        if default_timezone is not UNSET:
            field_dict["default_timezone"] = default_timezone
        if email is not UNSET:
            field_dict["email"] = email
        if favicon_base64 is not UNSET:
            field_dict["favicon_base64"] = favicon_base64
        if financial_line_1 is not UNSET:
            field_dict["financial_line_1"] = financial_line_1
        if financial_line_2 is not UNSET:
            field_dict["financial_line_2"] = financial_line_2
        if logo_base64 is not UNSET:
            field_dict["logo_base64"] = logo_base64
        if main_address_attributes is not UNSET:
            field_dict["main_address_attributes"] = main_address_attributes
        if market is not UNSET:
            field_dict["market"] = market
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if region is not UNSET:
            field_dict["region"] = region
        if remove_favicon is not UNSET:
            field_dict["remove_favicon"] = remove_favicon
        if remove_logo is not UNSET:
            field_dict["remove_logo"] = remove_logo
        if shop_theme_id is not UNSET:
            field_dict["shop_theme_id"] = shop_theme_id
        if third_party_id is not UNSET:
            field_dict["third_party_id"] = third_party_id
        if use_billing_address is not UNSET:
            field_dict["use_billing_address"] = use_billing_address
        if vat_number is not UNSET:
            field_dict["vat_number"] = vat_number
        if website is not UNSET:
            field_dict["website"] = website
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CompanyWriteAttributes)", src_dict)
        d = dict(src_dict)
        address_line_1 = d.pop("address_line_1", UNSET)
        if not isinstance(address_line_1, str) and address_line_1 is not UNSET:
            raise FieldError("string", address_line_1, "address_line_1")

        address_line_2 = d.pop("address_line_2", UNSET)
        if not isinstance(address_line_2, str) and address_line_2 is not UNSET:
            raise FieldError("string", address_line_2, "address_line_2")

        _billing_address_attributes = d.pop("billing_address_attributes", UNSET)
        billing_address_attributes: JsonObject | Unset = UNSET
        if _billing_address_attributes is not UNSET:
            try:
                billing_address_attributes = JsonObject.from_dict(_billing_address_attributes)
            except FieldError as field__error:
                field__error.segments.append("billing_address_attributes")
                raise

        billing_address_city = d.pop("billing_address_city", UNSET)
        if not isinstance(billing_address_city, str) and billing_address_city is not UNSET:
            raise FieldError("string", billing_address_city, "billing_address_city")

        billing_address_country = d.pop("billing_address_country", UNSET)
        if not isinstance(billing_address_country, str) and billing_address_country is not UNSET:
            raise FieldError("string", billing_address_country, "billing_address_country")

        billing_address_line_1 = d.pop("billing_address_line_1", UNSET)
        if not isinstance(billing_address_line_1, str) and billing_address_line_1 is not UNSET:
            raise FieldError("string", billing_address_line_1, "billing_address_line_1")

        billing_address_line_2 = d.pop("billing_address_line_2", UNSET)
        if not isinstance(billing_address_line_2, str) and billing_address_line_2 is not UNSET:
            raise FieldError("string", billing_address_line_2, "billing_address_line_2")

        billing_address_region = d.pop("billing_address_region", UNSET)
        if not isinstance(billing_address_region, str) and billing_address_region is not UNSET:
            raise FieldError("string", billing_address_region, "billing_address_region")

        billing_address_zipcode = d.pop("billing_address_zipcode", UNSET)
        if not isinstance(billing_address_zipcode, str) and billing_address_zipcode is not UNSET:
            raise FieldError("string", billing_address_zipcode, "billing_address_zipcode")

        billing_company = d.pop("billing_company", UNSET)
        if not isinstance(billing_company, str) and billing_company is not UNSET:
            raise FieldError("string", billing_company, "billing_company")

        billing_email = d.pop("billing_email", UNSET)
        if not isinstance(billing_email, str) and billing_email is not UNSET:
            raise FieldError("string", billing_email, "billing_email")

        city = d.pop("city", UNSET)
        if not isinstance(city, str) and city is not UNSET:
            raise FieldError("string", city, "city")

        country = d.pop("country", UNSET)
        if not isinstance(country, str) and country is not UNSET:
            raise FieldError("string", country, "country")

        country_code = d.pop("country_code", UNSET)
        if not isinstance(country_code, str) and country_code is not UNSET:
            raise FieldError("string", country_code, "country_code")

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, str) and currency is not UNSET:
            raise FieldError("string", currency, "currency")

        custom_domain = d.pop("custom_domain", UNSET)
        if not isinstance(custom_domain, str) and custom_domain is not UNSET:
            raise FieldError("string", custom_domain, "custom_domain")

        _custom_domain_validation = d.pop("custom_domain_validation", UNSET)
        custom_domain_validation: JsonObject | Unset = UNSET
        if _custom_domain_validation is not UNSET:
            try:
                custom_domain_validation = JsonObject.from_dict(_custom_domain_validation)
            except FieldError as field__error:
                field__error.segments.append("custom_domain_validation")
                raise

        default_timezone = d.pop("default_timezone", UNSET)
        if not isinstance(default_timezone, str) and default_timezone is not UNSET:
            raise FieldError("string", default_timezone, "default_timezone")

        email = d.pop("email", UNSET)
        if not isinstance(email, str) and email is not UNSET:
            raise FieldError("string", email, "email")

        favicon_base64 = d.pop("favicon_base64", UNSET)
        if not isinstance(favicon_base64, str) and favicon_base64 is not UNSET:
            raise FieldError("string", favicon_base64, "favicon_base64")

        financial_line_1 = d.pop("financial_line_1", UNSET)
        if not isinstance(financial_line_1, str) and financial_line_1 is not UNSET:
            raise FieldError("string", financial_line_1, "financial_line_1")

        financial_line_2 = d.pop("financial_line_2", UNSET)
        if not isinstance(financial_line_2, str) and financial_line_2 is not UNSET:
            raise FieldError("string", financial_line_2, "financial_line_2")

        logo_base64 = d.pop("logo_base64", UNSET)
        if not isinstance(logo_base64, str) and logo_base64 is not UNSET:
            raise FieldError("string", logo_base64, "logo_base64")

        _main_address_attributes = d.pop("main_address_attributes", UNSET)
        main_address_attributes: JsonObject | Unset = UNSET
        if _main_address_attributes is not UNSET:
            try:
                main_address_attributes = JsonObject.from_dict(_main_address_attributes)
            except FieldError as field__error:
                field__error.segments.append("main_address_attributes")
                raise

        market = d.pop("market", UNSET)
        if not isinstance(market, str) and market is not UNSET:
            raise FieldError("string", market, "market")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        phone = d.pop("phone", UNSET)
        if not isinstance(phone, str) and phone is not UNSET:
            raise FieldError("string", phone, "phone")

        region = d.pop("region", UNSET)
        if not isinstance(region, str) and region is not UNSET:
            raise FieldError("string", region, "region")

        remove_favicon = d.pop("remove_favicon", UNSET)
        if not isinstance(remove_favicon, bool) and remove_favicon is not UNSET:
            raise FieldError("boolean", remove_favicon, "remove_favicon")

        remove_logo = d.pop("remove_logo", UNSET)
        if not isinstance(remove_logo, bool) and remove_logo is not UNSET:
            raise FieldError("boolean", remove_logo, "remove_logo")

        _shop_theme_id = d.pop("shop_theme_id", UNSET)
        shop_theme_id: UUID | Unset = UNSET
        if _shop_theme_id is not UNSET:
            try:
                shop_theme_id = UUID(_shop_theme_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _shop_theme_id, "shop_theme_id") from None

        third_party_id = d.pop("third_party_id", UNSET)
        if not isinstance(third_party_id, str) and third_party_id is not UNSET:
            raise FieldError("string", third_party_id, "third_party_id")

        use_billing_address = d.pop("use_billing_address", UNSET)
        if not isinstance(use_billing_address, bool) and use_billing_address is not UNSET:
            raise FieldError("boolean", use_billing_address, "use_billing_address")

        vat_number = d.pop("vat_number", UNSET)
        if not isinstance(vat_number, str) and vat_number is not UNSET:
            raise FieldError("string", vat_number, "vat_number")

        website = d.pop("website", UNSET)
        if not isinstance(website, str) and website is not UNSET:
            raise FieldError("string", website, "website")

        zipcode = d.pop("zipcode", UNSET)
        if not isinstance(zipcode, str) and zipcode is not UNSET:
            raise FieldError("string", zipcode, "zipcode")

        company_write_attributes = cls(
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            billing_address_attributes=billing_address_attributes,
            billing_address_city=billing_address_city,
            billing_address_country=billing_address_country,
            billing_address_line_1=billing_address_line_1,
            billing_address_line_2=billing_address_line_2,
            billing_address_region=billing_address_region,
            billing_address_zipcode=billing_address_zipcode,
            billing_company=billing_company,
            billing_email=billing_email,
            city=city,
            country=country,
            country_code=country_code,
            currency=currency,
            custom_domain=custom_domain,
            custom_domain_validation=custom_domain_validation,
            default_timezone=default_timezone,
            email=email,
            favicon_base64=favicon_base64,
            financial_line_1=financial_line_1,
            financial_line_2=financial_line_2,
            logo_base64=logo_base64,
            main_address_attributes=main_address_attributes,
            market=market,
            name=name,
            phone=phone,
            region=region,
            remove_favicon=remove_favicon,
            remove_logo=remove_logo,
            shop_theme_id=shop_theme_id,
            third_party_id=third_party_id,
            use_billing_address=use_billing_address,
            vat_number=vat_number,
            website=website,
            zipcode=zipcode,
        )

        company_write_attributes.additional_properties = d
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
