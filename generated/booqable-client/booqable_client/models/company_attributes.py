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
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyAttributes")


@_attrs_define
class CompanyAttributes:
    """Attributes of a company as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            address (str | Unset):
            address_line_1 (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            address_line_2 (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            billing_address (dict[str, Any] | None | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
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
            custom_domain_validation (dict[str, Any] | None | Unset): Unverified: the examples show `null`, which the field
                list does not allow.
            default_timezone (str | Unset):
            development (bool | Unset):
            email (str | Unset):
            euvat_member (bool | Unset):
            favicon_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            financial_line_1 (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            financial_line_2 (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            has_to_pay_vat (bool | Unset):
            in_eur_country (bool | Unset):
            installed_online_store (bool | Unset):
            logo_url (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            main_address (dict[str, Any] | None | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            market (str | Unset):
            name (str | Unset):
            pending_subscription (bool | Unset):
            phone (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            region (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            shop_theme_id (None | Unset | UUID): ID of the related shop theme. Unverified: the examples show `null`, which
                the field list does not allow.
            shop_theme_published (bool | Unset):
            slug (str | Unset):
            tenant_token (str | Unset):
            third_party_id (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            use_billing_address (bool | Unset):
            vat_number (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            vat_reverse_charge_applicable (bool | Unset):
            vat_validation_status (str | Unset):
            website (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            zipcode (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            billing_address_attributes (dict[str, Any] | Unset): A free-form JSON object.
            favicon_base64 (str | Unset):
            logo_base64 (str | Unset):
            main_address_attributes (dict[str, Any] | Unset): A free-form JSON object.
            remove_favicon (bool | Unset):
            remove_logo (bool | Unset):
            subscription (dict[str, Any] | Unset): A free-form JSON object.
    """

    address: str | Unset = UNSET
    address_line_1: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    billing_address: dict[str, Any] | None | Unset = UNSET
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
    custom_domain_validation: dict[str, Any] | None | Unset = UNSET
    default_timezone: str | Unset = UNSET
    development: bool | Unset = UNSET
    email: str | Unset = UNSET
    euvat_member: bool | Unset = UNSET
    favicon_url: None | str | Unset = UNSET
    financial_line_1: None | str | Unset = UNSET
    financial_line_2: None | str | Unset = UNSET
    has_to_pay_vat: bool | Unset = UNSET
    in_eur_country: bool | Unset = UNSET
    installed_online_store: bool | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    main_address: dict[str, Any] | None | Unset = UNSET
    market: str | Unset = UNSET
    name: str | Unset = UNSET
    pending_subscription: bool | Unset = UNSET
    phone: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    shop_theme_id: None | Unset | UUID = UNSET
    shop_theme_published: bool | Unset = UNSET
    slug: str | Unset = UNSET
    tenant_token: str | Unset = UNSET
    third_party_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    use_billing_address: bool | Unset = UNSET
    vat_number: None | str | Unset = UNSET
    vat_reverse_charge_applicable: bool | Unset = UNSET
    vat_validation_status: str | Unset = UNSET
    website: None | str | Unset = UNSET
    zipcode: None | str | Unset = UNSET
    billing_address_attributes: dict[str, Any] | Unset = UNSET
    favicon_base64: str | Unset = UNSET
    logo_base64: str | Unset = UNSET
    main_address_attributes: dict[str, Any] | Unset = UNSET
    remove_favicon: bool | Unset = UNSET
    remove_logo: bool | Unset = UNSET
    subscription: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        address = self.address
        if address is not UNSET:
            field_dict["address"] = address
        address_line_1: None | str | Unset
        if isinstance(self.address_line_1, Unset):
            address_line_1 = UNSET
        else:
            address_line_1 = self.address_line_1
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = self.billing_address
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        billing_address_city: None | str | Unset
        if isinstance(self.billing_address_city, Unset):
            billing_address_city = UNSET
        else:
            billing_address_city = self.billing_address_city
        if billing_address_city is not UNSET:
            field_dict["billing_address_city"] = billing_address_city
        billing_address_country: None | str | Unset
        if isinstance(self.billing_address_country, Unset):
            billing_address_country = UNSET
        else:
            billing_address_country = self.billing_address_country
        if billing_address_country is not UNSET:
            field_dict["billing_address_country"] = billing_address_country
        billing_address_line_1: None | str | Unset
        if isinstance(self.billing_address_line_1, Unset):
            billing_address_line_1 = UNSET
        else:
            billing_address_line_1 = self.billing_address_line_1
        if billing_address_line_1 is not UNSET:
            field_dict["billing_address_line_1"] = billing_address_line_1
        billing_address_line_2: None | str | Unset
        if isinstance(self.billing_address_line_2, Unset):
            billing_address_line_2 = UNSET
        else:
            billing_address_line_2 = self.billing_address_line_2
        if billing_address_line_2 is not UNSET:
            field_dict["billing_address_line_2"] = billing_address_line_2
        billing_address_region: None | str | Unset
        if isinstance(self.billing_address_region, Unset):
            billing_address_region = UNSET
        else:
            billing_address_region = self.billing_address_region
        if billing_address_region is not UNSET:
            field_dict["billing_address_region"] = billing_address_region
        billing_address_zipcode: None | str | Unset
        if isinstance(self.billing_address_zipcode, Unset):
            billing_address_zipcode = UNSET
        else:
            billing_address_zipcode = self.billing_address_zipcode
        if billing_address_zipcode is not UNSET:
            field_dict["billing_address_zipcode"] = billing_address_zipcode
        billing_company: None | str | Unset
        if isinstance(self.billing_company, Unset):
            billing_company = UNSET
        else:
            billing_company = self.billing_company
        if billing_company is not UNSET:
            field_dict["billing_company"] = billing_company
        billing_email: None | str | Unset
        if isinstance(self.billing_email, Unset):
            billing_email = UNSET
        else:
            billing_email = self.billing_email
        if billing_email is not UNSET:
            field_dict["billing_email"] = billing_email
        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city
        if city is not UNSET:
            field_dict["city"] = city
        continent: None | str | Unset
        if isinstance(self.continent, Unset):
            continent = UNSET
        else:
            continent = self.continent
        if continent is not UNSET:
            field_dict["continent"] = continent
        country = self.country
        if country is not UNSET:
            field_dict["country"] = country
        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        currency = self.currency
        if currency is not UNSET:
            field_dict["currency"] = currency
        custom_domain: None | str | Unset
        if isinstance(self.custom_domain, Unset):
            custom_domain = UNSET
        else:
            custom_domain = self.custom_domain
        if custom_domain is not UNSET:
            field_dict["custom_domain"] = custom_domain
        custom_domain_validation: dict[str, Any] | None | Unset
        if isinstance(self.custom_domain_validation, Unset):
            custom_domain_validation = UNSET
        else:
            custom_domain_validation = self.custom_domain_validation
        if custom_domain_validation is not UNSET:
            field_dict["custom_domain_validation"] = custom_domain_validation
        default_timezone = self.default_timezone
        if default_timezone is not UNSET:
            field_dict["default_timezone"] = default_timezone
        development = self.development
        if development is not UNSET:
            field_dict["development"] = development
        email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        euvat_member = self.euvat_member
        if euvat_member is not UNSET:
            field_dict["euvat_member"] = euvat_member
        favicon_url: None | str | Unset
        if isinstance(self.favicon_url, Unset):
            favicon_url = UNSET
        else:
            favicon_url = self.favicon_url
        if favicon_url is not UNSET:
            field_dict["favicon_url"] = favicon_url
        financial_line_1: None | str | Unset
        if isinstance(self.financial_line_1, Unset):
            financial_line_1 = UNSET
        else:
            financial_line_1 = self.financial_line_1
        if financial_line_1 is not UNSET:
            field_dict["financial_line_1"] = financial_line_1
        financial_line_2: None | str | Unset
        if isinstance(self.financial_line_2, Unset):
            financial_line_2 = UNSET
        else:
            financial_line_2 = self.financial_line_2
        if financial_line_2 is not UNSET:
            field_dict["financial_line_2"] = financial_line_2
        has_to_pay_vat = self.has_to_pay_vat
        if has_to_pay_vat is not UNSET:
            field_dict["has_to_pay_vat"] = has_to_pay_vat
        in_eur_country = self.in_eur_country
        if in_eur_country is not UNSET:
            field_dict["in_eur_country"] = in_eur_country
        installed_online_store = self.installed_online_store
        if installed_online_store is not UNSET:
            field_dict["installed_online_store"] = installed_online_store
        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        main_address: dict[str, Any] | None | Unset
        if isinstance(self.main_address, Unset):
            main_address = UNSET
        else:
            main_address = self.main_address
        if main_address is not UNSET:
            field_dict["main_address"] = main_address
        market = self.market
        if market is not UNSET:
            field_dict["market"] = market
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        pending_subscription = self.pending_subscription
        if pending_subscription is not UNSET:
            field_dict["pending_subscription"] = pending_subscription
        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone
        if phone is not UNSET:
            field_dict["phone"] = phone
        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region
        if region is not UNSET:
            field_dict["region"] = region
        shop_theme_id: None | str | Unset
        if isinstance(self.shop_theme_id, Unset):
            shop_theme_id = UNSET
        elif isinstance(self.shop_theme_id, UUID):
            shop_theme_id = str(self.shop_theme_id)
        else:
            shop_theme_id = self.shop_theme_id
        if shop_theme_id is not UNSET:
            field_dict["shop_theme_id"] = shop_theme_id
        shop_theme_published = self.shop_theme_published
        if shop_theme_published is not UNSET:
            field_dict["shop_theme_published"] = shop_theme_published
        slug = self.slug
        if slug is not UNSET:
            field_dict["slug"] = slug
        tenant_token = self.tenant_token
        if tenant_token is not UNSET:
            field_dict["tenant_token"] = tenant_token
        third_party_id = self.third_party_id
        if third_party_id is not UNSET:
            field_dict["third_party_id"] = third_party_id
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        use_billing_address = self.use_billing_address
        if use_billing_address is not UNSET:
            field_dict["use_billing_address"] = use_billing_address
        vat_number: None | str | Unset
        if isinstance(self.vat_number, Unset):
            vat_number = UNSET
        else:
            vat_number = self.vat_number
        if vat_number is not UNSET:
            field_dict["vat_number"] = vat_number
        vat_reverse_charge_applicable = self.vat_reverse_charge_applicable
        if vat_reverse_charge_applicable is not UNSET:
            field_dict["vat_reverse_charge_applicable"] = vat_reverse_charge_applicable
        vat_validation_status = self.vat_validation_status
        if vat_validation_status is not UNSET:
            field_dict["vat_validation_status"] = vat_validation_status
        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website
        if website is not UNSET:
            field_dict["website"] = website
        zipcode: None | str | Unset
        if isinstance(self.zipcode, Unset):
            zipcode = UNSET
        else:
            zipcode = self.zipcode
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        billing_address_attributes = self.billing_address_attributes
        if billing_address_attributes is not UNSET:
            field_dict["billing_address_attributes"] = billing_address_attributes
        favicon_base64 = self.favicon_base64
        if favicon_base64 is not UNSET:
            field_dict["favicon_base64"] = favicon_base64
        logo_base64 = self.logo_base64
        if logo_base64 is not UNSET:
            field_dict["logo_base64"] = logo_base64
        main_address_attributes = self.main_address_attributes
        if main_address_attributes is not UNSET:
            field_dict["main_address_attributes"] = main_address_attributes
        remove_favicon = self.remove_favicon
        if remove_favicon is not UNSET:
            field_dict["remove_favicon"] = remove_favicon
        remove_logo = self.remove_logo
        if remove_logo is not UNSET:
            field_dict["remove_logo"] = remove_logo
        subscription = self.subscription
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CompanyAttributes)", d)
            d = dict(d)
        n__absent = 0
        address = d.get("address", UNSET)
        if not (type(address) is str):
            if address is UNSET:
                n__absent += 1
            elif not isinstance(address, str):
                raise FieldError("string", address, "address")

        address_line_1 = d.get("address_line_1", UNSET)
        if not (type(address_line_1) is str or address_line_1 is None):
            if address_line_1 is UNSET:
                n__absent += 1
            elif not (isinstance(address_line_1, str) or address_line_1 is None):
                raise FieldError("string or null", address_line_1, "address_line_1")

        address_line_2 = d.get("address_line_2", UNSET)
        if not (type(address_line_2) is str or address_line_2 is None):
            if address_line_2 is UNSET:
                n__absent += 1
            elif not (isinstance(address_line_2, str) or address_line_2 is None):
                raise FieldError("string or null", address_line_2, "address_line_2")

        billing_address = d.get("billing_address", UNSET)
        if not (type(billing_address) is dict or billing_address is None):
            if billing_address is UNSET:
                n__absent += 1
            elif not (isinstance(billing_address, dict) or billing_address is None):
                raise FieldError("object or null", billing_address, "billing_address")

        billing_address_city = d.get("billing_address_city", UNSET)
        if not (type(billing_address_city) is str or billing_address_city is None):
            if billing_address_city is UNSET:
                n__absent += 1
            elif not (isinstance(billing_address_city, str) or billing_address_city is None):
                raise FieldError("string or null", billing_address_city, "billing_address_city")

        billing_address_country = d.get("billing_address_country", UNSET)
        if not (type(billing_address_country) is str or billing_address_country is None):
            if billing_address_country is UNSET:
                n__absent += 1
            elif not (isinstance(billing_address_country, str) or billing_address_country is None):
                raise FieldError("string or null", billing_address_country, "billing_address_country")

        billing_address_line_1 = d.get("billing_address_line_1", UNSET)
        if not (type(billing_address_line_1) is str or billing_address_line_1 is None):
            if billing_address_line_1 is UNSET:
                n__absent += 1
            elif not (isinstance(billing_address_line_1, str) or billing_address_line_1 is None):
                raise FieldError("string or null", billing_address_line_1, "billing_address_line_1")

        billing_address_line_2 = d.get("billing_address_line_2", UNSET)
        if not (type(billing_address_line_2) is str or billing_address_line_2 is None):
            if billing_address_line_2 is UNSET:
                n__absent += 1
            elif not (isinstance(billing_address_line_2, str) or billing_address_line_2 is None):
                raise FieldError("string or null", billing_address_line_2, "billing_address_line_2")

        billing_address_region = d.get("billing_address_region", UNSET)
        if not (type(billing_address_region) is str or billing_address_region is None):
            if billing_address_region is UNSET:
                n__absent += 1
            elif not (isinstance(billing_address_region, str) or billing_address_region is None):
                raise FieldError("string or null", billing_address_region, "billing_address_region")

        billing_address_zipcode = d.get("billing_address_zipcode", UNSET)
        if not (type(billing_address_zipcode) is str or billing_address_zipcode is None):
            if billing_address_zipcode is UNSET:
                n__absent += 1
            elif not (isinstance(billing_address_zipcode, str) or billing_address_zipcode is None):
                raise FieldError("string or null", billing_address_zipcode, "billing_address_zipcode")

        billing_company = d.get("billing_company", UNSET)
        if not (type(billing_company) is str or billing_company is None):
            if billing_company is UNSET:
                n__absent += 1
            elif not (isinstance(billing_company, str) or billing_company is None):
                raise FieldError("string or null", billing_company, "billing_company")

        billing_email = d.get("billing_email", UNSET)
        if not (type(billing_email) is str or billing_email is None):
            if billing_email is UNSET:
                n__absent += 1
            elif not (isinstance(billing_email, str) or billing_email is None):
                raise FieldError("string or null", billing_email, "billing_email")

        city = d.get("city", UNSET)
        if not (type(city) is str or city is None):
            if city is UNSET:
                n__absent += 1
            elif not (isinstance(city, str) or city is None):
                raise FieldError("string or null", city, "city")

        continent = d.get("continent", UNSET)
        if not (type(continent) is str or continent is None):
            if continent is UNSET:
                n__absent += 1
            elif not (isinstance(continent, str) or continent is None):
                raise FieldError("string or null", continent, "continent")

        country = d.get("country", UNSET)
        if not (type(country) is str):
            if country is UNSET:
                n__absent += 1
            elif not isinstance(country, str):
                raise FieldError("string", country, "country")

        country_code = d.get("country_code", UNSET)
        if not (type(country_code) is str or country_code is None):
            if country_code is UNSET:
                n__absent += 1
            elif not (isinstance(country_code, str) or country_code is None):
                raise FieldError("string or null", country_code, "country_code")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        currency = d.get("currency", UNSET)
        if not (type(currency) is str):
            if currency is UNSET:
                n__absent += 1
            elif not isinstance(currency, str):
                raise FieldError("string", currency, "currency")

        custom_domain = d.get("custom_domain", UNSET)
        if not (type(custom_domain) is str or custom_domain is None):
            if custom_domain is UNSET:
                n__absent += 1
            elif not (isinstance(custom_domain, str) or custom_domain is None):
                raise FieldError("string or null", custom_domain, "custom_domain")

        custom_domain_validation = d.get("custom_domain_validation", UNSET)
        if not (type(custom_domain_validation) is dict or custom_domain_validation is None):
            if custom_domain_validation is UNSET:
                n__absent += 1
            elif not (isinstance(custom_domain_validation, dict) or custom_domain_validation is None):
                raise FieldError("object or null", custom_domain_validation, "custom_domain_validation")

        default_timezone = d.get("default_timezone", UNSET)
        if not (type(default_timezone) is str):
            if default_timezone is UNSET:
                n__absent += 1
            elif not isinstance(default_timezone, str):
                raise FieldError("string", default_timezone, "default_timezone")

        development = d.get("development", UNSET)
        if not (development is True or development is False):
            if development is UNSET:
                n__absent += 1
            elif not isinstance(development, bool):
                raise FieldError("boolean", development, "development")

        email = d.get("email", UNSET)
        if not (type(email) is str):
            if email is UNSET:
                n__absent += 1
            elif not isinstance(email, str):
                raise FieldError("string", email, "email")

        euvat_member = d.get("euvat_member", UNSET)
        if not (euvat_member is True or euvat_member is False):
            if euvat_member is UNSET:
                n__absent += 1
            elif not isinstance(euvat_member, bool):
                raise FieldError("boolean", euvat_member, "euvat_member")

        favicon_url = d.get("favicon_url", UNSET)
        if not (type(favicon_url) is str or favicon_url is None):
            if favicon_url is UNSET:
                n__absent += 1
            elif not (isinstance(favicon_url, str) or favicon_url is None):
                raise FieldError("string or null", favicon_url, "favicon_url")

        financial_line_1 = d.get("financial_line_1", UNSET)
        if not (type(financial_line_1) is str or financial_line_1 is None):
            if financial_line_1 is UNSET:
                n__absent += 1
            elif not (isinstance(financial_line_1, str) or financial_line_1 is None):
                raise FieldError("string or null", financial_line_1, "financial_line_1")

        financial_line_2 = d.get("financial_line_2", UNSET)
        if not (type(financial_line_2) is str or financial_line_2 is None):
            if financial_line_2 is UNSET:
                n__absent += 1
            elif not (isinstance(financial_line_2, str) or financial_line_2 is None):
                raise FieldError("string or null", financial_line_2, "financial_line_2")

        has_to_pay_vat = d.get("has_to_pay_vat", UNSET)
        if not (has_to_pay_vat is True or has_to_pay_vat is False):
            if has_to_pay_vat is UNSET:
                n__absent += 1
            elif not isinstance(has_to_pay_vat, bool):
                raise FieldError("boolean", has_to_pay_vat, "has_to_pay_vat")

        in_eur_country = d.get("in_eur_country", UNSET)
        if not (in_eur_country is True or in_eur_country is False):
            if in_eur_country is UNSET:
                n__absent += 1
            elif not isinstance(in_eur_country, bool):
                raise FieldError("boolean", in_eur_country, "in_eur_country")

        installed_online_store = d.get("installed_online_store", UNSET)
        if not (installed_online_store is True or installed_online_store is False):
            if installed_online_store is UNSET:
                n__absent += 1
            elif not isinstance(installed_online_store, bool):
                raise FieldError("boolean", installed_online_store, "installed_online_store")

        logo_url = d.get("logo_url", UNSET)
        if not (type(logo_url) is str or logo_url is None):
            if logo_url is UNSET:
                n__absent += 1
            elif not (isinstance(logo_url, str) or logo_url is None):
                raise FieldError("string or null", logo_url, "logo_url")

        main_address = d.get("main_address", UNSET)
        if not (type(main_address) is dict or main_address is None):
            if main_address is UNSET:
                n__absent += 1
            elif not (isinstance(main_address, dict) or main_address is None):
                raise FieldError("object or null", main_address, "main_address")

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

        pending_subscription = d.get("pending_subscription", UNSET)
        if not (pending_subscription is True or pending_subscription is False):
            if pending_subscription is UNSET:
                n__absent += 1
            elif not isinstance(pending_subscription, bool):
                raise FieldError("boolean", pending_subscription, "pending_subscription")

        phone = d.get("phone", UNSET)
        if not (type(phone) is str or phone is None):
            if phone is UNSET:
                n__absent += 1
            elif not (isinstance(phone, str) or phone is None):
                raise FieldError("string or null", phone, "phone")

        region = d.get("region", UNSET)
        if not (type(region) is str or region is None):
            if region is UNSET:
                n__absent += 1
            elif not (isinstance(region, str) or region is None):
                raise FieldError("string or null", region, "region")

        _shop_theme_id = d.get("shop_theme_id", UNSET)
        shop_theme_id: None | Unset | UUID
        if _shop_theme_id is None or _shop_theme_id is UNSET:
            shop_theme_id = _shop_theme_id
        elif isinstance(_shop_theme_id, str):
            _shop_theme_id_type_0 = _shop_theme_id
            try:
                shop_theme_id_type_0 = parse_uuid(_shop_theme_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _shop_theme_id_type_0, "shop_theme_id") from None

            shop_theme_id = shop_theme_id_type_0
        else:
            raise FieldError("UUID string or null", _shop_theme_id, "shop_theme_id")

        if shop_theme_id is UNSET:
            n__absent += 1

        shop_theme_published = d.get("shop_theme_published", UNSET)
        if not (shop_theme_published is True or shop_theme_published is False):
            if shop_theme_published is UNSET:
                n__absent += 1
            elif not isinstance(shop_theme_published, bool):
                raise FieldError("boolean", shop_theme_published, "shop_theme_published")

        slug = d.get("slug", UNSET)
        if not (type(slug) is str):
            if slug is UNSET:
                n__absent += 1
            elif not isinstance(slug, str):
                raise FieldError("string", slug, "slug")

        tenant_token = d.get("tenant_token", UNSET)
        if not (type(tenant_token) is str):
            if tenant_token is UNSET:
                n__absent += 1
            elif not isinstance(tenant_token, str):
                raise FieldError("string", tenant_token, "tenant_token")

        third_party_id = d.get("third_party_id", UNSET)
        if not (type(third_party_id) is str):
            if third_party_id is UNSET:
                n__absent += 1
            elif not isinstance(third_party_id, str):
                raise FieldError("string", third_party_id, "third_party_id")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        use_billing_address = d.get("use_billing_address", UNSET)
        if not (use_billing_address is True or use_billing_address is False):
            if use_billing_address is UNSET:
                n__absent += 1
            elif not isinstance(use_billing_address, bool):
                raise FieldError("boolean", use_billing_address, "use_billing_address")

        vat_number = d.get("vat_number", UNSET)
        if not (type(vat_number) is str or vat_number is None):
            if vat_number is UNSET:
                n__absent += 1
            elif not (isinstance(vat_number, str) or vat_number is None):
                raise FieldError("string or null", vat_number, "vat_number")

        vat_reverse_charge_applicable = d.get("vat_reverse_charge_applicable", UNSET)
        if not (vat_reverse_charge_applicable is True or vat_reverse_charge_applicable is False):
            if vat_reverse_charge_applicable is UNSET:
                n__absent += 1
            elif not isinstance(vat_reverse_charge_applicable, bool):
                raise FieldError("boolean", vat_reverse_charge_applicable, "vat_reverse_charge_applicable")

        vat_validation_status = d.get("vat_validation_status", UNSET)
        if not (type(vat_validation_status) is str):
            if vat_validation_status is UNSET:
                n__absent += 1
            elif not isinstance(vat_validation_status, str):
                raise FieldError("string", vat_validation_status, "vat_validation_status")

        website = d.get("website", UNSET)
        if not (type(website) is str or website is None):
            if website is UNSET:
                n__absent += 1
            elif not (isinstance(website, str) or website is None):
                raise FieldError("string or null", website, "website")

        zipcode = d.get("zipcode", UNSET)
        if not (type(zipcode) is str or zipcode is None):
            if zipcode is UNSET:
                n__absent += 1
            elif not (isinstance(zipcode, str) or zipcode is None):
                raise FieldError("string or null", zipcode, "zipcode")

        billing_address_attributes = d.get("billing_address_attributes", UNSET)
        if not (type(billing_address_attributes) is dict):
            if billing_address_attributes is UNSET:
                n__absent += 1
            elif not isinstance(billing_address_attributes, dict):
                raise FieldError("object", billing_address_attributes, "billing_address_attributes")

        favicon_base64 = d.get("favicon_base64", UNSET)
        if not (type(favicon_base64) is str):
            if favicon_base64 is UNSET:
                n__absent += 1
            elif not isinstance(favicon_base64, str):
                raise FieldError("string", favicon_base64, "favicon_base64")

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

        subscription = d.get("subscription", UNSET)
        if not (type(subscription) is dict):
            if subscription is UNSET:
                n__absent += 1
            elif not isinstance(subscription, dict):
                raise FieldError("object", subscription, "subscription")

        if cls is _plain__class:
            company_attributes = _new__object(cls)
            company_attributes.address = address
            company_attributes.address_line_1 = address_line_1
            company_attributes.address_line_2 = address_line_2
            company_attributes.billing_address = billing_address
            company_attributes.billing_address_city = billing_address_city
            company_attributes.billing_address_country = billing_address_country
            company_attributes.billing_address_line_1 = billing_address_line_1
            company_attributes.billing_address_line_2 = billing_address_line_2
            company_attributes.billing_address_region = billing_address_region
            company_attributes.billing_address_zipcode = billing_address_zipcode
            company_attributes.billing_company = billing_company
            company_attributes.billing_email = billing_email
            company_attributes.city = city
            company_attributes.continent = continent
            company_attributes.country = country
            company_attributes.country_code = country_code
            company_attributes.created_at = created_at
            company_attributes.currency = currency
            company_attributes.custom_domain = custom_domain
            company_attributes.custom_domain_validation = custom_domain_validation
            company_attributes.default_timezone = default_timezone
            company_attributes.development = development
            company_attributes.email = email
            company_attributes.euvat_member = euvat_member
            company_attributes.favicon_url = favicon_url
            company_attributes.financial_line_1 = financial_line_1
            company_attributes.financial_line_2 = financial_line_2
            company_attributes.has_to_pay_vat = has_to_pay_vat
            company_attributes.in_eur_country = in_eur_country
            company_attributes.installed_online_store = installed_online_store
            company_attributes.logo_url = logo_url
            company_attributes.main_address = main_address
            company_attributes.market = market
            company_attributes.name = name
            company_attributes.pending_subscription = pending_subscription
            company_attributes.phone = phone
            company_attributes.region = region
            company_attributes.shop_theme_id = shop_theme_id
            company_attributes.shop_theme_published = shop_theme_published
            company_attributes.slug = slug
            company_attributes.tenant_token = tenant_token
            company_attributes.third_party_id = third_party_id
            company_attributes.updated_at = updated_at
            company_attributes.use_billing_address = use_billing_address
            company_attributes.vat_number = vat_number
            company_attributes.vat_reverse_charge_applicable = vat_reverse_charge_applicable
            company_attributes.vat_validation_status = vat_validation_status
            company_attributes.website = website
            company_attributes.zipcode = zipcode
            company_attributes.billing_address_attributes = billing_address_attributes
            company_attributes.favicon_base64 = favicon_base64
            company_attributes.logo_base64 = logo_base64
            company_attributes.main_address_attributes = main_address_attributes
            company_attributes.remove_favicon = remove_favicon
            company_attributes.remove_logo = remove_logo
            company_attributes.subscription = subscription
            company_attributes.additional_properties = {}
        else:
            company_attributes = cls(
                address,
                address_line_1,
                address_line_2,
                billing_address,
                billing_address_city,
                billing_address_country,
                billing_address_line_1,
                billing_address_line_2,
                billing_address_region,
                billing_address_zipcode,
                billing_company,
                billing_email,
                city,
                continent,
                country,
                country_code,
                created_at,
                currency,
                custom_domain,
                custom_domain_validation,
                default_timezone,
                development,
                email,
                euvat_member,
                favicon_url,
                financial_line_1,
                financial_line_2,
                has_to_pay_vat,
                in_eur_country,
                installed_online_store,
                logo_url,
                main_address,
                market,
                name,
                pending_subscription,
                phone,
                region,
                shop_theme_id,
                shop_theme_published,
                slug,
                tenant_token,
                third_party_id,
                updated_at,
                use_billing_address,
                vat_number,
                vat_reverse_charge_applicable,
                vat_validation_status,
                website,
                zipcode,
                billing_address_attributes,
                favicon_base64,
                logo_base64,
                main_address_attributes,
                remove_favicon,
                remove_logo,
                subscription,
            )
        if len(d) + n__absent != 56:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "address",
                    "address_line_1",
                    "address_line_2",
                    "billing_address",
                    "billing_address_city",
                    "billing_address_country",
                    "billing_address_line_1",
                    "billing_address_line_2",
                    "billing_address_region",
                    "billing_address_zipcode",
                    "billing_company",
                    "billing_email",
                    "city",
                    "continent",
                    "country",
                    "country_code",
                    "created_at",
                    "currency",
                    "custom_domain",
                    "custom_domain_validation",
                    "default_timezone",
                    "development",
                    "email",
                    "euvat_member",
                    "favicon_url",
                    "financial_line_1",
                    "financial_line_2",
                    "has_to_pay_vat",
                    "in_eur_country",
                    "installed_online_store",
                    "logo_url",
                    "main_address",
                    "market",
                    "name",
                    "pending_subscription",
                    "phone",
                    "region",
                    "shop_theme_id",
                    "shop_theme_published",
                    "slug",
                    "tenant_token",
                    "third_party_id",
                    "updated_at",
                    "use_billing_address",
                    "vat_number",
                    "vat_reverse_charge_applicable",
                    "vat_validation_status",
                    "website",
                    "zipcode",
                    "billing_address_attributes",
                    "favicon_base64",
                    "logo_base64",
                    "main_address_attributes",
                    "remove_favicon",
                    "remove_logo",
                    "subscription",
                }
            }
            company_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[CompanyAttributes] | None = (
    CompanyAttributes
    if {field.name for field in _attrs_fields(CompanyAttributes)}
    == {
        "address",
        "address_line_1",
        "address_line_2",
        "billing_address",
        "billing_address_city",
        "billing_address_country",
        "billing_address_line_1",
        "billing_address_line_2",
        "billing_address_region",
        "billing_address_zipcode",
        "billing_company",
        "billing_email",
        "city",
        "continent",
        "country",
        "country_code",
        "created_at",
        "currency",
        "custom_domain",
        "custom_domain_validation",
        "default_timezone",
        "development",
        "email",
        "euvat_member",
        "favicon_url",
        "financial_line_1",
        "financial_line_2",
        "has_to_pay_vat",
        "in_eur_country",
        "installed_online_store",
        "logo_url",
        "main_address",
        "market",
        "name",
        "pending_subscription",
        "phone",
        "region",
        "shop_theme_id",
        "shop_theme_published",
        "slug",
        "tenant_token",
        "third_party_id",
        "updated_at",
        "use_billing_address",
        "vat_number",
        "vat_reverse_charge_applicable",
        "vat_validation_status",
        "website",
        "zipcode",
        "billing_address_attributes",
        "favicon_base64",
        "logo_base64",
        "main_address_attributes",
        "remove_favicon",
        "remove_logo",
        "subscription",
        "additional_properties",
    }
    and not hasattr(CompanyAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
