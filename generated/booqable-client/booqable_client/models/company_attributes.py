from __future__ import annotations

import datetime
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


T = TypeVar("T", bound="CompanyAttributes")


@_attrs_define
class CompanyAttributes:
    """Attributes of a company as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

        Attributes:
            address (str | Unset):
            address_line_1 (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            address_line_2 (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            billing_address (JsonObject | None | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            billing_address_attributes (JsonObject | Unset): A free-form JSON object.
            billing_address_city (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            billing_address_country (None | str | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            billing_address_line_1 (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            billing_address_line_2 (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            billing_address_region (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            billing_address_zipcode (None | str | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            billing_company (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            billing_email (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            city (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            continent (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            country (str | Unset):
            country_code (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            created_at (datetime.datetime | Unset): When the record was created.
            currency (str | Unset):
            custom_domain (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            custom_domain_validation (JsonObject | None | Unset): Unverified: the examples show `null`, which the field list
                does not allow.
            default_timezone (str | Unset):
            development (bool | Unset):
            email (str | Unset):
            euvat_member (bool | Unset):
            favicon_base64 (str | Unset):
            favicon_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            financial_line_1 (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            financial_line_2 (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            has_to_pay_vat (bool | Unset):
            in_eur_country (bool | Unset):
            installed_online_store (bool | Unset):
            logo_base64 (str | Unset):
            logo_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            main_address (JsonObject | None | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            main_address_attributes (JsonObject | Unset): A free-form JSON object.
            market (str | Unset):
            name (str | Unset):
            pending_subscription (bool | Unset):
            phone (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            region (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            remove_favicon (bool | Unset):
            remove_logo (bool | Unset):
            shop_theme_id (None | Unset | UUID): ID of the related shop theme. Unverified: the examples show `null`, which
                the field list does not allow.
            shop_theme_published (bool | Unset):
            slug (str | Unset):
            subscription (JsonObject | Unset): A free-form JSON object.
            tenant_token (str | Unset):
            third_party_id (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            use_billing_address (bool | Unset):
            vat_number (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            vat_reverse_charge_applicable (bool | Unset):
            vat_validation_status (str | Unset):
            website (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            zipcode (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
    """

    address: str | Unset = UNSET
    address_line_1: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    billing_address: JsonObject | None | Unset = UNSET
    billing_address_attributes: JsonObject | Unset = UNSET
    billing_address_city: None | str | Unset = UNSET
    billing_address_country: None | str | Unset = UNSET
    billing_address_line_1: None | str | Unset = UNSET
    billing_address_line_2: None | str | Unset = UNSET
    billing_address_region: None | str | Unset = UNSET
    billing_address_zipcode: None | str | Unset = UNSET
    billing_company: None | str | Unset = UNSET
    billing_email: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    continent: None | str | Unset = UNSET
    country: str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    currency: str | Unset = UNSET
    custom_domain: None | str | Unset = UNSET
    custom_domain_validation: JsonObject | None | Unset = UNSET
    default_timezone: str | Unset = UNSET
    development: bool | Unset = UNSET
    email: str | Unset = UNSET
    euvat_member: bool | Unset = UNSET
    favicon_base64: str | Unset = UNSET
    favicon_url: None | str | Unset = UNSET
    financial_line_1: None | str | Unset = UNSET
    financial_line_2: None | str | Unset = UNSET
    has_to_pay_vat: bool | Unset = UNSET
    in_eur_country: bool | Unset = UNSET
    installed_online_store: bool | Unset = UNSET
    logo_base64: str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    main_address: JsonObject | None | Unset = UNSET
    main_address_attributes: JsonObject | Unset = UNSET
    market: str | Unset = UNSET
    name: str | Unset = UNSET
    pending_subscription: bool | Unset = UNSET
    phone: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    remove_favicon: bool | Unset = UNSET
    remove_logo: bool | Unset = UNSET
    shop_theme_id: None | Unset | UUID = UNSET
    shop_theme_published: bool | Unset = UNSET
    slug: str | Unset = UNSET
    subscription: JsonObject | Unset = UNSET
    tenant_token: str | Unset = UNSET
    third_party_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    use_billing_address: bool | Unset = UNSET
    vat_number: None | str | Unset = UNSET
    vat_reverse_charge_applicable: bool | Unset = UNSET
    vat_validation_status: str | Unset = UNSET
    website: None | str | Unset = UNSET
    zipcode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        address = self.address

        address_line_1: None | str | Unset
        if isinstance(self.address_line_1, Unset):
            address_line_1 = UNSET
        else:
            address_line_1 = self.address_line_1

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, JsonObject):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        billing_address_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address_attributes, Unset):
            billing_address_attributes = self.billing_address_attributes.to_dict()

        billing_address_city: None | str | Unset
        if isinstance(self.billing_address_city, Unset):
            billing_address_city = UNSET
        else:
            billing_address_city = self.billing_address_city

        billing_address_country: None | str | Unset
        if isinstance(self.billing_address_country, Unset):
            billing_address_country = UNSET
        else:
            billing_address_country = self.billing_address_country

        billing_address_line_1: None | str | Unset
        if isinstance(self.billing_address_line_1, Unset):
            billing_address_line_1 = UNSET
        else:
            billing_address_line_1 = self.billing_address_line_1

        billing_address_line_2: None | str | Unset
        if isinstance(self.billing_address_line_2, Unset):
            billing_address_line_2 = UNSET
        else:
            billing_address_line_2 = self.billing_address_line_2

        billing_address_region: None | str | Unset
        if isinstance(self.billing_address_region, Unset):
            billing_address_region = UNSET
        else:
            billing_address_region = self.billing_address_region

        billing_address_zipcode: None | str | Unset
        if isinstance(self.billing_address_zipcode, Unset):
            billing_address_zipcode = UNSET
        else:
            billing_address_zipcode = self.billing_address_zipcode

        billing_company: None | str | Unset
        if isinstance(self.billing_company, Unset):
            billing_company = UNSET
        else:
            billing_company = self.billing_company

        billing_email: None | str | Unset
        if isinstance(self.billing_email, Unset):
            billing_email = UNSET
        else:
            billing_email = self.billing_email

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        continent: None | str | Unset
        if isinstance(self.continent, Unset):
            continent = UNSET
        else:
            continent = self.continent

        country = self.country

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        currency = self.currency

        custom_domain: None | str | Unset
        if isinstance(self.custom_domain, Unset):
            custom_domain = UNSET
        else:
            custom_domain = self.custom_domain

        custom_domain_validation: dict[str, Any] | None | Unset
        if isinstance(self.custom_domain_validation, Unset):
            custom_domain_validation = UNSET
        elif isinstance(self.custom_domain_validation, JsonObject):
            custom_domain_validation = self.custom_domain_validation.to_dict()
        else:
            custom_domain_validation = self.custom_domain_validation

        default_timezone = self.default_timezone

        development = self.development

        email = self.email

        euvat_member = self.euvat_member

        favicon_base64 = self.favicon_base64

        favicon_url: None | str | Unset
        if isinstance(self.favicon_url, Unset):
            favicon_url = UNSET
        else:
            favicon_url = self.favicon_url

        financial_line_1: None | str | Unset
        if isinstance(self.financial_line_1, Unset):
            financial_line_1 = UNSET
        else:
            financial_line_1 = self.financial_line_1

        financial_line_2: None | str | Unset
        if isinstance(self.financial_line_2, Unset):
            financial_line_2 = UNSET
        else:
            financial_line_2 = self.financial_line_2

        has_to_pay_vat = self.has_to_pay_vat

        in_eur_country = self.in_eur_country

        installed_online_store = self.installed_online_store

        logo_base64 = self.logo_base64

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        main_address: dict[str, Any] | None | Unset
        if isinstance(self.main_address, Unset):
            main_address = UNSET
        elif isinstance(self.main_address, JsonObject):
            main_address = self.main_address.to_dict()
        else:
            main_address = self.main_address

        main_address_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address_attributes, Unset):
            main_address_attributes = self.main_address_attributes.to_dict()

        market = self.market

        name = self.name

        pending_subscription = self.pending_subscription

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        remove_favicon = self.remove_favicon

        remove_logo = self.remove_logo

        shop_theme_id: None | str | Unset
        if isinstance(self.shop_theme_id, Unset):
            shop_theme_id = UNSET
        elif isinstance(self.shop_theme_id, UUID):
            shop_theme_id = str(self.shop_theme_id)
        else:
            shop_theme_id = self.shop_theme_id

        shop_theme_published = self.shop_theme_published

        slug = self.slug

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        tenant_token = self.tenant_token

        third_party_id = self.third_party_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        use_billing_address = self.use_billing_address

        vat_number: None | str | Unset
        if isinstance(self.vat_number, Unset):
            vat_number = UNSET
        else:
            vat_number = self.vat_number

        vat_reverse_charge_applicable = self.vat_reverse_charge_applicable

        vat_validation_status = self.vat_validation_status

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        zipcode: None | str | Unset
        if isinstance(self.zipcode, Unset):
            zipcode = UNSET
        else:
            zipcode = self.zipcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
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
        if continent is not UNSET:
            field_dict["continent"] = continent
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if currency is not UNSET:
            field_dict["currency"] = currency
        if custom_domain is not UNSET:
            field_dict["custom_domain"] = custom_domain
        if custom_domain_validation is not UNSET:
            field_dict["custom_domain_validation"] = custom_domain_validation
        if default_timezone is not UNSET:
            field_dict["default_timezone"] = default_timezone
        if development is not UNSET:
            field_dict["development"] = development
        if email is not UNSET:
            field_dict["email"] = email
        if euvat_member is not UNSET:
            field_dict["euvat_member"] = euvat_member
        if favicon_base64 is not UNSET:
            field_dict["favicon_base64"] = favicon_base64
        if favicon_url is not UNSET:
            field_dict["favicon_url"] = favicon_url
        if financial_line_1 is not UNSET:
            field_dict["financial_line_1"] = financial_line_1
        if financial_line_2 is not UNSET:
            field_dict["financial_line_2"] = financial_line_2
        if has_to_pay_vat is not UNSET:
            field_dict["has_to_pay_vat"] = has_to_pay_vat
        if in_eur_country is not UNSET:
            field_dict["in_eur_country"] = in_eur_country
        if installed_online_store is not UNSET:
            field_dict["installed_online_store"] = installed_online_store
        if logo_base64 is not UNSET:
            field_dict["logo_base64"] = logo_base64
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if main_address is not UNSET:
            field_dict["main_address"] = main_address
        if main_address_attributes is not UNSET:
            field_dict["main_address_attributes"] = main_address_attributes
        if market is not UNSET:
            field_dict["market"] = market
        if name is not UNSET:
            field_dict["name"] = name
        if pending_subscription is not UNSET:
            field_dict["pending_subscription"] = pending_subscription
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
        if shop_theme_published is not UNSET:
            field_dict["shop_theme_published"] = shop_theme_published
        if slug is not UNSET:
            field_dict["slug"] = slug
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if tenant_token is not UNSET:
            field_dict["tenant_token"] = tenant_token
        if third_party_id is not UNSET:
            field_dict["third_party_id"] = third_party_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if use_billing_address is not UNSET:
            field_dict["use_billing_address"] = use_billing_address
        if vat_number is not UNSET:
            field_dict["vat_number"] = vat_number
        if vat_reverse_charge_applicable is not UNSET:
            field_dict["vat_reverse_charge_applicable"] = vat_reverse_charge_applicable
        if vat_validation_status is not UNSET:
            field_dict["vat_validation_status"] = vat_validation_status
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
            raise FieldError("object (CompanyAttributes)", src_dict)
        d = dict(src_dict)
        address = d.pop("address", UNSET)
        if not isinstance(address, str) and address is not UNSET:
            raise FieldError("string", address, "address")

        address_line_1 = d.pop("address_line_1", UNSET)
        if not (isinstance(address_line_1, str) or address_line_1 is None) and address_line_1 is not UNSET:
            raise FieldError("string or null", address_line_1, "address_line_1")

        address_line_2 = d.pop("address_line_2", UNSET)
        if not (isinstance(address_line_2, str) or address_line_2 is None) and address_line_2 is not UNSET:
            raise FieldError("string or null", address_line_2, "address_line_2")

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: JsonObject | None | Unset
        if _billing_address is None or _billing_address is UNSET:
            billing_address = _billing_address
        elif isinstance(_billing_address, dict):
            try:
                billing_address_type_0 = JsonObject.from_dict(_billing_address)
            except FieldError as field__error:
                field__error.segments.append("billing_address")
                raise

            billing_address = billing_address_type_0
        else:
            raise FieldError("object (JsonObject) or null", _billing_address, "billing_address")

        _billing_address_attributes = d.pop("billing_address_attributes", UNSET)
        billing_address_attributes: JsonObject | Unset = UNSET
        if _billing_address_attributes is not UNSET:
            try:
                billing_address_attributes = JsonObject.from_dict(_billing_address_attributes)
            except FieldError as field__error:
                field__error.segments.append("billing_address_attributes")
                raise

        billing_address_city = d.pop("billing_address_city", UNSET)
        if (
            not (isinstance(billing_address_city, str) or billing_address_city is None)
            and billing_address_city is not UNSET
        ):
            raise FieldError("string or null", billing_address_city, "billing_address_city")

        billing_address_country = d.pop("billing_address_country", UNSET)
        if (
            not (isinstance(billing_address_country, str) or billing_address_country is None)
            and billing_address_country is not UNSET
        ):
            raise FieldError("string or null", billing_address_country, "billing_address_country")

        billing_address_line_1 = d.pop("billing_address_line_1", UNSET)
        if (
            not (isinstance(billing_address_line_1, str) or billing_address_line_1 is None)
            and billing_address_line_1 is not UNSET
        ):
            raise FieldError("string or null", billing_address_line_1, "billing_address_line_1")

        billing_address_line_2 = d.pop("billing_address_line_2", UNSET)
        if (
            not (isinstance(billing_address_line_2, str) or billing_address_line_2 is None)
            and billing_address_line_2 is not UNSET
        ):
            raise FieldError("string or null", billing_address_line_2, "billing_address_line_2")

        billing_address_region = d.pop("billing_address_region", UNSET)
        if (
            not (isinstance(billing_address_region, str) or billing_address_region is None)
            and billing_address_region is not UNSET
        ):
            raise FieldError("string or null", billing_address_region, "billing_address_region")

        billing_address_zipcode = d.pop("billing_address_zipcode", UNSET)
        if (
            not (isinstance(billing_address_zipcode, str) or billing_address_zipcode is None)
            and billing_address_zipcode is not UNSET
        ):
            raise FieldError("string or null", billing_address_zipcode, "billing_address_zipcode")

        billing_company = d.pop("billing_company", UNSET)
        if not (isinstance(billing_company, str) or billing_company is None) and billing_company is not UNSET:
            raise FieldError("string or null", billing_company, "billing_company")

        billing_email = d.pop("billing_email", UNSET)
        if not (isinstance(billing_email, str) or billing_email is None) and billing_email is not UNSET:
            raise FieldError("string or null", billing_email, "billing_email")

        city = d.pop("city", UNSET)
        if not (isinstance(city, str) or city is None) and city is not UNSET:
            raise FieldError("string or null", city, "city")

        continent = d.pop("continent", UNSET)
        if not (isinstance(continent, str) or continent is None) and continent is not UNSET:
            raise FieldError("string or null", continent, "continent")

        country = d.pop("country", UNSET)
        if not isinstance(country, str) and country is not UNSET:
            raise FieldError("string", country, "country")

        country_code = d.pop("country_code", UNSET)
        if not (isinstance(country_code, str) or country_code is None) and country_code is not UNSET:
            raise FieldError("string or null", country_code, "country_code")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, str) and currency is not UNSET:
            raise FieldError("string", currency, "currency")

        custom_domain = d.pop("custom_domain", UNSET)
        if not (isinstance(custom_domain, str) or custom_domain is None) and custom_domain is not UNSET:
            raise FieldError("string or null", custom_domain, "custom_domain")

        _custom_domain_validation = d.pop("custom_domain_validation", UNSET)
        custom_domain_validation: JsonObject | None | Unset
        if _custom_domain_validation is None or _custom_domain_validation is UNSET:
            custom_domain_validation = _custom_domain_validation
        elif isinstance(_custom_domain_validation, dict):
            try:
                custom_domain_validation_type_0 = JsonObject.from_dict(_custom_domain_validation)
            except FieldError as field__error:
                field__error.segments.append("custom_domain_validation")
                raise

            custom_domain_validation = custom_domain_validation_type_0
        else:
            raise FieldError("object (JsonObject) or null", _custom_domain_validation, "custom_domain_validation")

        default_timezone = d.pop("default_timezone", UNSET)
        if not isinstance(default_timezone, str) and default_timezone is not UNSET:
            raise FieldError("string", default_timezone, "default_timezone")

        development = d.pop("development", UNSET)
        if not isinstance(development, bool) and development is not UNSET:
            raise FieldError("boolean", development, "development")

        email = d.pop("email", UNSET)
        if not isinstance(email, str) and email is not UNSET:
            raise FieldError("string", email, "email")

        euvat_member = d.pop("euvat_member", UNSET)
        if not isinstance(euvat_member, bool) and euvat_member is not UNSET:
            raise FieldError("boolean", euvat_member, "euvat_member")

        favicon_base64 = d.pop("favicon_base64", UNSET)
        if not isinstance(favicon_base64, str) and favicon_base64 is not UNSET:
            raise FieldError("string", favicon_base64, "favicon_base64")

        favicon_url = d.pop("favicon_url", UNSET)
        if not (isinstance(favicon_url, str) or favicon_url is None) and favicon_url is not UNSET:
            raise FieldError("string or null", favicon_url, "favicon_url")

        financial_line_1 = d.pop("financial_line_1", UNSET)
        if not (isinstance(financial_line_1, str) or financial_line_1 is None) and financial_line_1 is not UNSET:
            raise FieldError("string or null", financial_line_1, "financial_line_1")

        financial_line_2 = d.pop("financial_line_2", UNSET)
        if not (isinstance(financial_line_2, str) or financial_line_2 is None) and financial_line_2 is not UNSET:
            raise FieldError("string or null", financial_line_2, "financial_line_2")

        has_to_pay_vat = d.pop("has_to_pay_vat", UNSET)
        if not isinstance(has_to_pay_vat, bool) and has_to_pay_vat is not UNSET:
            raise FieldError("boolean", has_to_pay_vat, "has_to_pay_vat")

        in_eur_country = d.pop("in_eur_country", UNSET)
        if not isinstance(in_eur_country, bool) and in_eur_country is not UNSET:
            raise FieldError("boolean", in_eur_country, "in_eur_country")

        installed_online_store = d.pop("installed_online_store", UNSET)
        if not isinstance(installed_online_store, bool) and installed_online_store is not UNSET:
            raise FieldError("boolean", installed_online_store, "installed_online_store")

        logo_base64 = d.pop("logo_base64", UNSET)
        if not isinstance(logo_base64, str) and logo_base64 is not UNSET:
            raise FieldError("string", logo_base64, "logo_base64")

        logo_url = d.pop("logo_url", UNSET)
        if not (isinstance(logo_url, str) or logo_url is None) and logo_url is not UNSET:
            raise FieldError("string or null", logo_url, "logo_url")

        _main_address = d.pop("main_address", UNSET)
        main_address: JsonObject | None | Unset
        if _main_address is None or _main_address is UNSET:
            main_address = _main_address
        elif isinstance(_main_address, dict):
            try:
                main_address_type_0 = JsonObject.from_dict(_main_address)
            except FieldError as field__error:
                field__error.segments.append("main_address")
                raise

            main_address = main_address_type_0
        else:
            raise FieldError("object (JsonObject) or null", _main_address, "main_address")

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

        pending_subscription = d.pop("pending_subscription", UNSET)
        if not isinstance(pending_subscription, bool) and pending_subscription is not UNSET:
            raise FieldError("boolean", pending_subscription, "pending_subscription")

        phone = d.pop("phone", UNSET)
        if not (isinstance(phone, str) or phone is None) and phone is not UNSET:
            raise FieldError("string or null", phone, "phone")

        region = d.pop("region", UNSET)
        if not (isinstance(region, str) or region is None) and region is not UNSET:
            raise FieldError("string or null", region, "region")

        remove_favicon = d.pop("remove_favicon", UNSET)
        if not isinstance(remove_favicon, bool) and remove_favicon is not UNSET:
            raise FieldError("boolean", remove_favicon, "remove_favicon")

        remove_logo = d.pop("remove_logo", UNSET)
        if not isinstance(remove_logo, bool) and remove_logo is not UNSET:
            raise FieldError("boolean", remove_logo, "remove_logo")

        _shop_theme_id = d.pop("shop_theme_id", UNSET)
        shop_theme_id: None | Unset | UUID
        if _shop_theme_id is None or _shop_theme_id is UNSET:
            shop_theme_id = _shop_theme_id
        elif isinstance(_shop_theme_id, str):
            _shop_theme_id_type_0 = _shop_theme_id
            try:
                shop_theme_id_type_0 = UUID(_shop_theme_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _shop_theme_id_type_0, "shop_theme_id") from None

            shop_theme_id = shop_theme_id_type_0
        else:
            raise FieldError("UUID string or null", _shop_theme_id, "shop_theme_id")

        shop_theme_published = d.pop("shop_theme_published", UNSET)
        if not isinstance(shop_theme_published, bool) and shop_theme_published is not UNSET:
            raise FieldError("boolean", shop_theme_published, "shop_theme_published")

        slug = d.pop("slug", UNSET)
        if not isinstance(slug, str) and slug is not UNSET:
            raise FieldError("string", slug, "slug")

        _subscription = d.pop("subscription", UNSET)
        subscription: JsonObject | Unset = UNSET
        if _subscription is not UNSET:
            try:
                subscription = JsonObject.from_dict(_subscription)
            except FieldError as field__error:
                field__error.segments.append("subscription")
                raise

        tenant_token = d.pop("tenant_token", UNSET)
        if not isinstance(tenant_token, str) and tenant_token is not UNSET:
            raise FieldError("string", tenant_token, "tenant_token")

        third_party_id = d.pop("third_party_id", UNSET)
        if not isinstance(third_party_id, str) and third_party_id is not UNSET:
            raise FieldError("string", third_party_id, "third_party_id")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        use_billing_address = d.pop("use_billing_address", UNSET)
        if not isinstance(use_billing_address, bool) and use_billing_address is not UNSET:
            raise FieldError("boolean", use_billing_address, "use_billing_address")

        vat_number = d.pop("vat_number", UNSET)
        if not (isinstance(vat_number, str) or vat_number is None) and vat_number is not UNSET:
            raise FieldError("string or null", vat_number, "vat_number")

        vat_reverse_charge_applicable = d.pop("vat_reverse_charge_applicable", UNSET)
        if not isinstance(vat_reverse_charge_applicable, bool) and vat_reverse_charge_applicable is not UNSET:
            raise FieldError("boolean", vat_reverse_charge_applicable, "vat_reverse_charge_applicable")

        vat_validation_status = d.pop("vat_validation_status", UNSET)
        if not isinstance(vat_validation_status, str) and vat_validation_status is not UNSET:
            raise FieldError("string", vat_validation_status, "vat_validation_status")

        website = d.pop("website", UNSET)
        if not (isinstance(website, str) or website is None) and website is not UNSET:
            raise FieldError("string or null", website, "website")

        zipcode = d.pop("zipcode", UNSET)
        if not (isinstance(zipcode, str) or zipcode is None) and zipcode is not UNSET:
            raise FieldError("string or null", zipcode, "zipcode")

        company_attributes = cls(
            address=address,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            billing_address=billing_address,
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
            continent=continent,
            country=country,
            country_code=country_code,
            created_at=created_at,
            currency=currency,
            custom_domain=custom_domain,
            custom_domain_validation=custom_domain_validation,
            default_timezone=default_timezone,
            development=development,
            email=email,
            euvat_member=euvat_member,
            favicon_base64=favicon_base64,
            favicon_url=favicon_url,
            financial_line_1=financial_line_1,
            financial_line_2=financial_line_2,
            has_to_pay_vat=has_to_pay_vat,
            in_eur_country=in_eur_country,
            installed_online_store=installed_online_store,
            logo_base64=logo_base64,
            logo_url=logo_url,
            main_address=main_address,
            main_address_attributes=main_address_attributes,
            market=market,
            name=name,
            pending_subscription=pending_subscription,
            phone=phone,
            region=region,
            remove_favicon=remove_favicon,
            remove_logo=remove_logo,
            shop_theme_id=shop_theme_id,
            shop_theme_published=shop_theme_published,
            slug=slug,
            subscription=subscription,
            tenant_token=tenant_token,
            third_party_id=third_party_id,
            updated_at=updated_at,
            use_billing_address=use_billing_address,
            vat_number=vat_number,
            vat_reverse_charge_applicable=vat_reverse_charge_applicable,
            vat_validation_status=vat_validation_status,
            website=website,
            zipcode=zipcode,
        )

        company_attributes.additional_properties = d
        return company_attributes

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
