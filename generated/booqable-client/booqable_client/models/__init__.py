"""Contains all the data models used in inputs/outputs.

Models are imported on first attribute access (``lib/_lazy.py``, PEP 562), so importing one operation or one
model does not import every model of the spec: import time stays flat as the spec grows.
"""

from typing import TYPE_CHECKING

from ..lib._lazy import lazy_exports

if TYPE_CHECKING:
    from .activity_log import ActivityLog
    from .activity_log_attributes import ActivityLogAttributes
    from .activity_log_filter import ActivityLogFilter
    from .activity_log_include import ActivityLogInclude
    from .activity_log_list_response import ActivityLogListResponse
    from .activity_log_relationships import ActivityLogRelationships
    from .activity_log_resource_type import ActivityLogResourceType
    from .activity_log_response import ActivityLogResponse
    from .activity_log_stats_request import ActivityLogStatsRequest
    from .address import Address
    from .any_of_operators import AnyOfOperators
    from .app_carrier import AppCarrier
    from .app_carrier_attributes import AppCarrierAttributes
    from .app_carrier_filter import AppCarrierFilter
    from .app_carrier_list_response import AppCarrierListResponse
    from .app_carrier_relationships import AppCarrierRelationships
    from .app_carrier_resource_type import AppCarrierResourceType
    from .app_carrier_response import AppCarrierResponse
    from .app_carrier_stats_request import AppCarrierStatsRequest
    from .app_carrier_write_attributes import AppCarrierWriteAttributes
    from .app_carrier_write_data import AppCarrierWriteData
    from .app_carrier_write_request import AppCarrierWriteRequest
    from .app_payment_option import AppPaymentOption
    from .app_payment_option_attributes import AppPaymentOptionAttributes
    from .app_payment_option_filter import AppPaymentOptionFilter
    from .app_payment_option_include import AppPaymentOptionInclude
    from .app_payment_option_list_response import AppPaymentOptionListResponse
    from .app_payment_option_relationships import AppPaymentOptionRelationships
    from .app_payment_option_resource_type import AppPaymentOptionResourceType
    from .app_payment_option_response import AppPaymentOptionResponse
    from .app_payment_option_stats_request import AppPaymentOptionStatsRequest
    from .app_payment_option_write_attributes import AppPaymentOptionWriteAttributes
    from .app_payment_option_write_data import AppPaymentOptionWriteData
    from .app_payment_option_write_request import AppPaymentOptionWriteRequest
    from .asset import Asset
    from .asset_attributes import AssetAttributes
    from .asset_filter import AssetFilter
    from .asset_include import AssetInclude
    from .asset_list_response import AssetListResponse
    from .asset_relationships import AssetRelationships
    from .asset_resource_type import AssetResourceType
    from .asset_response import AssetResponse
    from .asset_stats_request import AssetStatsRequest
    from .asset_write_attributes import AssetWriteAttributes
    from .asset_write_data import AssetWriteData
    from .asset_write_request import AssetWriteRequest
    from .authentication_method import AuthenticationMethod
    from .authentication_method_algorithm import AuthenticationMethodAlgorithm
    from .authentication_method_attributes import AuthenticationMethodAttributes
    from .authentication_method_filter import AuthenticationMethodFilter
    from .authentication_method_include import AuthenticationMethodInclude
    from .authentication_method_kind import AuthenticationMethodKind
    from .authentication_method_kind_equal_operators import AuthenticationMethodKindEqualOperators
    from .authentication_method_list_response import AuthenticationMethodListResponse
    from .authentication_method_relationships import AuthenticationMethodRelationships
    from .authentication_method_resource_type import AuthenticationMethodResourceType
    from .authentication_method_response import AuthenticationMethodResponse
    from .authentication_method_stats_request import AuthenticationMethodStatsRequest
    from .authentication_method_write_attributes import AuthenticationMethodWriteAttributes
    from .authentication_method_write_data import AuthenticationMethodWriteData
    from .authentication_method_write_request import AuthenticationMethodWriteRequest
    from .availability import Availability
    from .availability_attributes import AvailabilityAttributes
    from .availability_filter import AvailabilityFilter
    from .availability_list_response import AvailabilityListResponse
    from .availability_relationships import AvailabilityRelationships
    from .availability_resource_type import AvailabilityResourceType
    from .availability_stats_request import AvailabilityStatsRequest
    from .availability_status import AvailabilityStatus
    from .availability_subject_type import AvailabilitySubjectType
    from .availability_subject_type_equal_operators import AvailabilitySubjectTypeEqualOperators
    from .availability_type import AvailabilityType
    from .barcode import Barcode
    from .barcode_attributes import BarcodeAttributes
    from .barcode_filter import BarcodeFilter
    from .barcode_include import BarcodeInclude
    from .barcode_list_response import BarcodeListResponse
    from .barcode_owner_type import BarcodeOwnerType
    from .barcode_owner_type_operators import BarcodeOwnerTypeOperators
    from .barcode_relationships import BarcodeRelationships
    from .barcode_resource_type import BarcodeResourceType
    from .barcode_response import BarcodeResponse
    from .barcode_stats_request import BarcodeStatsRequest
    from .barcode_type import BarcodeType
    from .barcode_type_equal_operators import BarcodeTypeEqualOperators
    from .barcode_write_attributes import BarcodeWriteAttributes
    from .barcode_write_data import BarcodeWriteData
    from .barcode_write_request import BarcodeWriteRequest
    from .billing_invoice import BillingInvoice
    from .billing_invoice_attributes import BillingInvoiceAttributes
    from .billing_invoice_billing_reason import BillingInvoiceBillingReason
    from .billing_invoice_billing_reason_equal_operators import BillingInvoiceBillingReasonEqualOperators
    from .billing_invoice_filter import BillingInvoiceFilter
    from .billing_invoice_list_response import BillingInvoiceListResponse
    from .billing_invoice_relationships import BillingInvoiceRelationships
    from .billing_invoice_resource_type import BillingInvoiceResourceType
    from .billing_invoice_response import BillingInvoiceResponse
    from .billing_invoice_stats_request import BillingInvoiceStatsRequest
    from .billing_invoice_status import BillingInvoiceStatus
    from .billing_invoice_status_equal_operators import BillingInvoiceStatusEqualOperators
    from .billing_invoice_strategy import BillingInvoiceStrategy
    from .billing_invoice_strategy_equal_operators import BillingInvoiceStrategyEqualOperators
    from .billing_plan import BillingPlan
    from .billing_plan_attributes import BillingPlanAttributes
    from .billing_plan_filter import BillingPlanFilter
    from .billing_plan_list_response import BillingPlanListResponse
    from .billing_plan_relationships import BillingPlanRelationships
    from .billing_plan_resource_type import BillingPlanResourceType
    from .billing_plan_stats_request import BillingPlanStatsRequest
    from .book_bundle_action import BookBundleAction
    from .book_bundle_action_action import BookBundleActionAction
    from .book_product_action import BookProductAction
    from .book_product_action_action import BookProductActionAction
    from .book_stock_items_action import BookStockItemsAction
    from .book_stock_items_action_action import BookStockItemsActionAction
    from .booking_mode import BookingMode
    from .boolean_operators import BooleanOperators
    from .bulk_upsert import BulkUpsert
    from .bulk_upsert_attributes import BulkUpsertAttributes
    from .bulk_upsert_include import BulkUpsertInclude
    from .bulk_upsert_relationships import BulkUpsertRelationships
    from .bulk_upsert_resource_type import BulkUpsertResourceType
    from .bulk_upsert_response import BulkUpsertResponse
    from .bulk_upsert_type import BulkUpsertType
    from .bulk_upsert_write_attributes import BulkUpsertWriteAttributes
    from .bulk_upsert_write_data import BulkUpsertWriteData
    from .bulk_upsert_write_request import BulkUpsertWriteRequest
    from .bundle import Bundle
    from .bundle_attributes import BundleAttributes
    from .bundle_filter import BundleFilter
    from .bundle_get_include import BundleGetInclude
    from .bundle_include import BundleInclude
    from .bundle_item import BundleItem
    from .bundle_item_attributes import BundleItemAttributes
    from .bundle_item_filter import BundleItemFilter
    from .bundle_item_include import BundleItemInclude
    from .bundle_item_list_response import BundleItemListResponse
    from .bundle_item_relationships import BundleItemRelationships
    from .bundle_item_resource_type import BundleItemResourceType
    from .bundle_item_response import BundleItemResponse
    from .bundle_item_stats_request import BundleItemStatsRequest
    from .bundle_item_write_attributes import BundleItemWriteAttributes
    from .bundle_item_write_data import BundleItemWriteData
    from .bundle_item_write_request import BundleItemWriteRequest
    from .bundle_list_include import BundleListInclude
    from .bundle_list_response import BundleListResponse
    from .bundle_price import BundlePrice
    from .bundle_price_attributes import BundlePriceAttributes
    from .bundle_price_filter import BundlePriceFilter
    from .bundle_price_list_response import BundlePriceListResponse
    from .bundle_price_relationships import BundlePriceRelationships
    from .bundle_price_resource_type import BundlePriceResourceType
    from .bundle_price_stats_request import BundlePriceStatsRequest
    from .bundle_product_type import BundleProductType
    from .bundle_product_type_equal_operators import BundleProductTypeEqualOperators
    from .bundle_relationships import BundleRelationships
    from .bundle_resource_type import BundleResourceType
    from .bundle_response import BundleResponse
    from .bundle_search_filter import BundleSearchFilter
    from .bundle_search_group import BundleSearchGroup
    from .bundle_search_request import BundleSearchRequest
    from .bundle_stats_request import BundleStatsRequest
    from .bundle_write_attributes import BundleWriteAttributes
    from .bundle_write_data import BundleWriteData
    from .bundle_write_request import BundleWriteRequest
    from .checkout_item import CheckoutItem
    from .checkout_item_attributes import CheckoutItemAttributes
    from .checkout_item_filter import CheckoutItemFilter
    from .checkout_item_list_response import CheckoutItemListResponse
    from .checkout_item_relationships import CheckoutItemRelationships
    from .checkout_item_resource_type import CheckoutItemResourceType
    from .checkout_item_response import CheckoutItemResponse
    from .checkout_item_stats_request import CheckoutItemStatsRequest
    from .checkout_item_write_attributes import CheckoutItemWriteAttributes
    from .checkout_item_write_data import CheckoutItemWriteData
    from .checkout_item_write_request import CheckoutItemWriteRequest
    from .collection import Collection
    from .collection_attributes import CollectionAttributes
    from .collection_filter import CollectionFilter
    from .collection_include import CollectionInclude
    from .collection_item import CollectionItem
    from .collection_item_attributes import CollectionItemAttributes
    from .collection_item_filter import CollectionItemFilter
    from .collection_item_include import CollectionItemInclude
    from .collection_item_list_response import CollectionItemListResponse
    from .collection_item_relationships import CollectionItemRelationships
    from .collection_item_resource_type import CollectionItemResourceType
    from .collection_item_response import CollectionItemResponse
    from .collection_item_stats_request import CollectionItemStatsRequest
    from .collection_item_write_attributes import CollectionItemWriteAttributes
    from .collection_item_write_data import CollectionItemWriteData
    from .collection_item_write_request import CollectionItemWriteRequest
    from .collection_list_response import CollectionListResponse
    from .collection_relationships import CollectionRelationships
    from .collection_resource_type import CollectionResourceType
    from .collection_response import CollectionResponse
    from .collection_stats_request import CollectionStatsRequest
    from .collection_tree import CollectionTree
    from .collection_tree_attributes import CollectionTreeAttributes
    from .collection_tree_relationships import CollectionTreeRelationships
    from .collection_tree_resource_type import CollectionTreeResourceType
    from .collection_tree_response import CollectionTreeResponse
    from .collection_tree_write_attributes import CollectionTreeWriteAttributes
    from .collection_tree_write_data import CollectionTreeWriteData
    from .collection_tree_write_request import CollectionTreeWriteRequest
    from .collection_type import CollectionType
    from .collection_write_attributes import CollectionWriteAttributes
    from .collection_write_data import CollectionWriteData
    from .collection_write_request import CollectionWriteRequest
    from .company import Company
    from .company_attributes import CompanyAttributes
    from .company_relationships import CompanyRelationships
    from .company_resource_type import CompanyResourceType
    from .company_response import CompanyResponse
    from .company_write_attributes import CompanyWriteAttributes
    from .company_write_data import CompanyWriteData
    from .company_write_request import CompanyWriteRequest
    from .count import Count
    from .count_aggregation import CountAggregation
    from .count_attributes import CountAttributes
    from .count_relationships import CountRelationships
    from .count_resource_type import CountResourceType
    from .count_response import CountResponse
    from .country import Country
    from .country_attributes import CountryAttributes
    from .country_filter import CountryFilter
    from .country_include import CountryInclude
    from .country_list_response import CountryListResponse
    from .country_relationships import CountryRelationships
    from .country_resource_type import CountryResourceType
    from .country_stats_request import CountryStatsRequest
    from .coupon import Coupon
    from .coupon_attributes import CouponAttributes
    from .coupon_eligible_item_type import CouponEligibleItemType
    from .coupon_eligible_item_type_equal_operators import CouponEligibleItemTypeEqualOperators
    from .coupon_filter import CouponFilter
    from .coupon_include import CouponInclude
    from .coupon_list_response import CouponListResponse
    from .coupon_relationships import CouponRelationships
    from .coupon_resource_type import CouponResourceType
    from .coupon_response import CouponResponse
    from .coupon_stats_request import CouponStatsRequest
    from .coupon_write_attributes import CouponWriteAttributes
    from .coupon_write_data import CouponWriteData
    from .coupon_write_request import CouponWriteRequest
    from .currency import Currency
    from .currency_attributes import CurrencyAttributes
    from .currency_relationships import CurrencyRelationships
    from .currency_resource_type import CurrencyResourceType
    from .currency_response import CurrencyResponse
    from .customer import Customer
    from .customer_attributes import CustomerAttributes
    from .customer_filter import CustomerFilter
    from .customer_include import CustomerInclude
    from .customer_list_response import CustomerListResponse
    from .customer_relationships import CustomerRelationships
    from .customer_resource_type import CustomerResourceType
    from .customer_response import CustomerResponse
    from .customer_search_filter import CustomerSearchFilter
    from .customer_search_group import CustomerSearchGroup
    from .customer_search_request import CustomerSearchRequest
    from .customer_stats_request import CustomerStatsRequest
    from .customer_write_attributes import CustomerWriteAttributes
    from .customer_write_data import CustomerWriteData
    from .customer_write_request import CustomerWriteRequest
    from .date_operators import DateOperators
    from .datetime_between_operators import DatetimeBetweenOperators
    from .datetime_compare_operators import DatetimeCompareOperators
    from .datetime_equal_operators import DatetimeEqualOperators
    from .datetime_operators import DatetimeOperators
    from .datetime_range_operators import DatetimeRangeOperators
    from .default_property import DefaultProperty
    from .default_property_attributes import DefaultPropertyAttributes
    from .default_property_filter import DefaultPropertyFilter
    from .default_property_list_response import DefaultPropertyListResponse
    from .default_property_relationships import DefaultPropertyRelationships
    from .default_property_resource_type import DefaultPropertyResourceType
    from .default_property_response import DefaultPropertyResponse
    from .default_property_stats_request import DefaultPropertyStatsRequest
    from .default_property_type import DefaultPropertyType
    from .default_property_write_attributes import DefaultPropertyWriteAttributes
    from .default_property_write_data import DefaultPropertyWriteData
    from .default_property_write_request import DefaultPropertyWriteRequest
    from .delivery_distance_calculation import DeliveryDistanceCalculation
    from .delivery_distance_calculation_attributes import DeliveryDistanceCalculationAttributes
    from .delivery_distance_calculation_distance_unit import DeliveryDistanceCalculationDistanceUnit
    from .delivery_distance_calculation_filter import DeliveryDistanceCalculationFilter
    from .delivery_distance_calculation_list_response import DeliveryDistanceCalculationListResponse
    from .delivery_distance_calculation_relationships import DeliveryDistanceCalculationRelationships
    from .delivery_distance_calculation_resource_type import DeliveryDistanceCalculationResourceType
    from .delivery_distance_calculation_stats_request import DeliveryDistanceCalculationStatsRequest
    from .deposit_hold import DepositHold
    from .deposit_hold_attributes import DepositHoldAttributes
    from .deposit_hold_include import DepositHoldInclude
    from .deposit_hold_relationships import DepositHoldRelationships
    from .deposit_hold_resource_type import DepositHoldResourceType
    from .deposit_hold_response import DepositHoldResponse
    from .deposit_hold_write_attributes import DepositHoldWriteAttributes
    from .deposit_hold_write_data import DepositHoldWriteData
    from .deposit_hold_write_request import DepositHoldWriteRequest
    from .deposit_type import DepositType
    from .device_token import DeviceToken
    from .device_token_attributes import DeviceTokenAttributes
    from .device_token_environment import DeviceTokenEnvironment
    from .device_token_kind import DeviceTokenKind
    from .device_token_relationships import DeviceTokenRelationships
    from .device_token_resource_type import DeviceTokenResourceType
    from .device_token_response import DeviceTokenResponse
    from .device_token_write_attributes import DeviceTokenWriteAttributes
    from .device_token_write_data import DeviceTokenWriteData
    from .device_token_write_request import DeviceTokenWriteRequest
    from .discount_type import DiscountType
    from .discount_type_equal_operators import DiscountTypeEqualOperators
    from .document import Document
    from .document_attributes import DocumentAttributes
    from .document_base import DocumentBase
    from .document_filter import DocumentFilter
    from .document_include import DocumentInclude
    from .document_list_include import DocumentListInclude
    from .document_list_response import DocumentListResponse
    from .document_meta import DocumentMeta
    from .document_relationships import DocumentRelationships
    from .document_resource_type import DocumentResourceType
    from .document_response import DocumentResponse
    from .document_search_filter import DocumentSearchFilter
    from .document_search_group import DocumentSearchGroup
    from .document_search_request import DocumentSearchRequest
    from .document_stats_request import DocumentStatsRequest
    from .document_status import DocumentStatus
    from .document_status_equal_operators import DocumentStatusEqualOperators
    from .document_type import DocumentType
    from .document_type_operators import DocumentTypeOperators
    from .document_write_attributes import DocumentWriteAttributes
    from .document_write_data import DocumentWriteData
    from .document_write_request import DocumentWriteRequest
    from .downtime import Downtime
    from .downtime_attributes import DowntimeAttributes
    from .downtime_filter import DowntimeFilter
    from .downtime_include import DowntimeInclude
    from .downtime_list_response import DowntimeListResponse
    from .downtime_reason import DowntimeReason
    from .downtime_reason_operators import DowntimeReasonOperators
    from .downtime_relationships import DowntimeRelationships
    from .downtime_resource_type import DowntimeResourceType
    from .downtime_response import DowntimeResponse
    from .downtime_stats_request import DowntimeStatsRequest
    from .downtime_status import DowntimeStatus
    from .downtime_status_operators import DowntimeStatusOperators
    from .downtime_write_attributes import DowntimeWriteAttributes
    from .downtime_write_data import DowntimeWriteData
    from .downtime_write_request import DowntimeWriteRequest
    from .email import Email
    from .email_attributes import EmailAttributes
    from .email_filter import EmailFilter
    from .email_include import EmailInclude
    from .email_list_include import EmailListInclude
    from .email_list_response import EmailListResponse
    from .email_relationships import EmailRelationships
    from .email_resource_type import EmailResourceType
    from .email_response import EmailResponse
    from .email_stats_request import EmailStatsRequest
    from .email_template import EmailTemplate
    from .email_template_attributes import EmailTemplateAttributes
    from .email_template_context import EmailTemplateContext
    from .email_template_context_equal_operators import EmailTemplateContextEqualOperators
    from .email_template_filter import EmailTemplateFilter
    from .email_template_include import EmailTemplateInclude
    from .email_template_list_response import EmailTemplateListResponse
    from .email_template_relationships import EmailTemplateRelationships
    from .email_template_resource_type import EmailTemplateResourceType
    from .email_template_response import EmailTemplateResponse
    from .email_template_stats_request import EmailTemplateStatsRequest
    from .email_template_write_attributes import EmailTemplateWriteAttributes
    from .email_template_write_data import EmailTemplateWriteData
    from .email_template_write_request import EmailTemplateWriteRequest
    from .email_write_attributes import EmailWriteAttributes
    from .email_write_data import EmailWriteData
    from .email_write_request import EmailWriteRequest
    from .employee import Employee
    from .employee_attributes import EmployeeAttributes
    from .employee_filter import EmployeeFilter
    from .employee_invitation import EmployeeInvitation
    from .employee_invitation_attributes import EmployeeInvitationAttributes
    from .employee_invitation_include import EmployeeInvitationInclude
    from .employee_invitation_relationships import EmployeeInvitationRelationships
    from .employee_invitation_resource_type import EmployeeInvitationResourceType
    from .employee_invitation_response import EmployeeInvitationResponse
    from .employee_invitation_write_attributes import EmployeeInvitationWriteAttributes
    from .employee_invitation_write_data import EmployeeInvitationWriteData
    from .employee_invitation_write_request import EmployeeInvitationWriteRequest
    from .employee_list_response import EmployeeListResponse
    from .employee_relationships import EmployeeRelationships
    from .employee_resource_type import EmployeeResourceType
    from .employee_response import EmployeeResponse
    from .employee_stats_request import EmployeeStatsRequest
    from .employee_write_attributes import EmployeeWriteAttributes
    from .employee_write_data import EmployeeWriteData
    from .employee_write_request import EmployeeWriteRequest
    from .error import Error
    from .error_document import ErrorDocument
    from .error_source import ErrorSource
    from .fulfillment_type import FulfillmentType
    from .fulfillment_type_equal_operators import FulfillmentTypeEqualOperators
    from .hash_operators import HashOperators
    from .id_operators import IdOperators
    from .integer_equal_operators import IntegerEqualOperators
    from .integer_operators import IntegerOperators
    from .integration import Integration
    from .integration_attributes import IntegrationAttributes
    from .integration_filter import IntegrationFilter
    from .integration_list_response import IntegrationListResponse
    from .integration_relationships import IntegrationRelationships
    from .integration_resource_type import IntegrationResourceType
    from .integration_response import IntegrationResponse
    from .integration_stats_request import IntegrationStatsRequest
    from .integration_write_attributes import IntegrationWriteAttributes
    from .integration_write_data import IntegrationWriteData
    from .integration_write_request import IntegrationWriteRequest
    from .inventory_availability import InventoryAvailability
    from .inventory_availability_attributes import InventoryAvailabilityAttributes
    from .inventory_availability_filter import InventoryAvailabilityFilter
    from .inventory_availability_list_response import InventoryAvailabilityListResponse
    from .inventory_availability_relationships import InventoryAvailabilityRelationships
    from .inventory_availability_resource_type import InventoryAvailabilityResourceType
    from .inventory_availability_stats_request import InventoryAvailabilityStatsRequest
    from .inventory_breakdown import InventoryBreakdown
    from .inventory_breakdown_attributes import InventoryBreakdownAttributes
    from .inventory_breakdown_filter import InventoryBreakdownFilter
    from .inventory_breakdown_include import InventoryBreakdownInclude
    from .inventory_breakdown_list_response import InventoryBreakdownListResponse
    from .inventory_breakdown_relationships import InventoryBreakdownRelationships
    from .inventory_breakdown_resource_type import InventoryBreakdownResourceType
    from .inventory_breakdown_stats_request import InventoryBreakdownStatsRequest
    from .inventory_level import InventoryLevel
    from .inventory_level_attributes import InventoryLevelAttributes
    from .inventory_level_filter import InventoryLevelFilter
    from .inventory_level_include import InventoryLevelInclude
    from .inventory_level_interval import InventoryLevelInterval
    from .inventory_level_interval_attributes import InventoryLevelIntervalAttributes
    from .inventory_level_interval_filter import InventoryLevelIntervalFilter
    from .inventory_level_interval_include import InventoryLevelIntervalInclude
    from .inventory_level_interval_list_response import InventoryLevelIntervalListResponse
    from .inventory_level_interval_relationships import InventoryLevelIntervalRelationships
    from .inventory_level_interval_resource_type import InventoryLevelIntervalResourceType
    from .inventory_level_interval_stats_request import InventoryLevelIntervalStatsRequest
    from .inventory_level_list_response import InventoryLevelListResponse
    from .inventory_level_relationships import InventoryLevelRelationships
    from .inventory_level_resource_type import InventoryLevelResourceType
    from .inventory_level_stats_request import InventoryLevelStatsRequest
    from .invoice_finalization import InvoiceFinalization
    from .invoice_finalization_attributes import InvoiceFinalizationAttributes
    from .invoice_finalization_include import InvoiceFinalizationInclude
    from .invoice_finalization_relationships import InvoiceFinalizationRelationships
    from .invoice_finalization_resource_type import InvoiceFinalizationResourceType
    from .invoice_finalization_response import InvoiceFinalizationResponse
    from .invoice_finalization_write_attributes import InvoiceFinalizationWriteAttributes
    from .invoice_finalization_write_data import InvoiceFinalizationWriteData
    from .invoice_finalization_write_request import InvoiceFinalizationWriteRequest
    from .invoice_revision import InvoiceRevision
    from .invoice_revision_attributes import InvoiceRevisionAttributes
    from .invoice_revision_include import InvoiceRevisionInclude
    from .invoice_revision_relationships import InvoiceRevisionRelationships
    from .invoice_revision_resource_type import InvoiceRevisionResourceType
    from .invoice_revision_response import InvoiceRevisionResponse
    from .invoice_revision_write_attributes import InvoiceRevisionWriteAttributes
    from .invoice_revision_write_data import InvoiceRevisionWriteData
    from .invoice_revision_write_request import InvoiceRevisionWriteRequest
    from .ip_address import IpAddress
    from .ip_address_attributes import IpAddressAttributes
    from .ip_address_filter import IpAddressFilter
    from .ip_address_list_response import IpAddressListResponse
    from .ip_address_relationships import IpAddressRelationships
    from .ip_address_resource_type import IpAddressResourceType
    from .ip_address_response import IpAddressResponse
    from .ip_address_stats_request import IpAddressStatsRequest
    from .ip_address_write_attributes import IpAddressWriteAttributes
    from .ip_address_write_data import IpAddressWriteData
    from .ip_address_write_request import IpAddressWriteRequest
    from .item_filter import ItemFilter
    from .item_include import ItemInclude
    from .item_list_response import ItemListResponse
    from .item_price import ItemPrice
    from .item_price_attributes import ItemPriceAttributes
    from .item_price_filter import ItemPriceFilter
    from .item_price_include import ItemPriceInclude
    from .item_price_list_response import ItemPriceListResponse
    from .item_price_relationships import ItemPriceRelationships
    from .item_price_resource_type import ItemPriceResourceType
    from .item_price_stats_request import ItemPriceStatsRequest
    from .item_response import ItemResponse
    from .item_search_filter import ItemSearchFilter
    from .item_search_group import ItemSearchGroup
    from .item_search_request import ItemSearchRequest
    from .item_stats_request import ItemStatsRequest
    from .json_object import JsonObject
    from .language import Language
    from .language_attributes import LanguageAttributes
    from .language_include import LanguageInclude
    from .language_relationships import LanguageRelationships
    from .language_resource_type import LanguageResourceType
    from .language_response import LanguageResponse
    from .language_write_attributes import LanguageWriteAttributes
    from .language_write_data import LanguageWriteData
    from .language_write_request import LanguageWriteRequest
    from .line import Line
    from .line_archive_include import LineArchiveInclude
    from .line_attributes import LineAttributes
    from .line_charge_suggestion import LineChargeSuggestion
    from .line_charge_suggestion_attributes import LineChargeSuggestionAttributes
    from .line_charge_suggestion_filter import LineChargeSuggestionFilter
    from .line_charge_suggestion_include import LineChargeSuggestionInclude
    from .line_charge_suggestion_list_response import LineChargeSuggestionListResponse
    from .line_charge_suggestion_relationships import LineChargeSuggestionRelationships
    from .line_charge_suggestion_resource_type import LineChargeSuggestionResourceType
    from .line_charge_suggestion_stats_request import LineChargeSuggestionStatsRequest
    from .line_filter import LineFilter
    from .line_include import LineInclude
    from .line_list_include import LineListInclude
    from .line_list_response import LineListResponse
    from .line_owner_type import LineOwnerType
    from .line_owner_type_operators import LineOwnerTypeOperators
    from .line_relationships import LineRelationships
    from .line_resource_type import LineResourceType
    from .line_response import LineResponse
    from .line_stats_request import LineStatsRequest
    from .line_type import LineType
    from .line_type_equal_operators import LineTypeEqualOperators
    from .line_write_attributes import LineWriteAttributes
    from .line_write_data import LineWriteData
    from .line_write_request import LineWriteRequest
    from .location import Location
    from .location_attributes import LocationAttributes
    from .location_filter import LocationFilter
    from .location_include import LocationInclude
    from .location_list_response import LocationListResponse
    from .location_relationships import LocationRelationships
    from .location_resource_type import LocationResourceType
    from .location_response import LocationResponse
    from .location_stats_request import LocationStatsRequest
    from .location_type import LocationType
    from .location_type_equal_operators import LocationTypeEqualOperators
    from .location_write_attributes import LocationWriteAttributes
    from .location_write_data import LocationWriteData
    from .location_write_request import LocationWriteRequest
    from .logical_operator import LogicalOperator
    from .login_activity import LoginActivity
    from .login_activity_attributes import LoginActivityAttributes
    from .login_activity_failure_reason import LoginActivityFailureReason
    from .login_activity_filter import LoginActivityFilter
    from .login_activity_list_response import LoginActivityListResponse
    from .login_activity_relationships import LoginActivityRelationships
    from .login_activity_resource_type import LoginActivityResourceType
    from .login_activity_stats_request import LoginActivityStatsRequest
    from .login_activity_strategy import LoginActivityStrategy
    from .login_activity_strategy_equal_operators import LoginActivityStrategyEqualOperators
    from .menu import Menu
    from .menu_attributes import MenuAttributes
    from .menu_filter import MenuFilter
    from .menu_get_include import MenuGetInclude
    from .menu_include import MenuInclude
    from .menu_list_response import MenuListResponse
    from .menu_relationships import MenuRelationships
    from .menu_resource_type import MenuResourceType
    from .menu_response import MenuResponse
    from .menu_stats_request import MenuStatsRequest
    from .menu_write_attributes import MenuWriteAttributes
    from .menu_write_data import MenuWriteData
    from .menu_write_request import MenuWriteRequest
    from .merge import Merge
    from .merge_attributes import MergeAttributes
    from .merge_include import MergeInclude
    from .merge_relationships import MergeRelationships
    from .merge_resource_type import MergeResourceType
    from .merge_response import MergeResponse
    from .merge_type import MergeType
    from .merge_write_attributes import MergeWriteAttributes
    from .merge_write_data import MergeWriteData
    from .merge_write_request import MergeWriteRequest
    from .note import Note
    from .note_attributes import NoteAttributes
    from .note_filter import NoteFilter
    from .note_include import NoteInclude
    from .note_list_response import NoteListResponse
    from .note_owner_type import NoteOwnerType
    from .note_owner_type_operators import NoteOwnerTypeOperators
    from .note_relationships import NoteRelationships
    from .note_resource_type import NoteResourceType
    from .note_response import NoteResponse
    from .note_stats_request import NoteStatsRequest
    from .note_write_attributes import NoteWriteAttributes
    from .note_write_data import NoteWriteData
    from .note_write_request import NoteWriteRequest
    from .notification_subscription import NotificationSubscription
    from .notification_subscription_attributes import NotificationSubscriptionAttributes
    from .notification_subscription_category import NotificationSubscriptionCategory
    from .notification_subscription_category_equal_operators import NotificationSubscriptionCategoryEqualOperators
    from .notification_subscription_filter import NotificationSubscriptionFilter
    from .notification_subscription_list_response import NotificationSubscriptionListResponse
    from .notification_subscription_owner_type import NotificationSubscriptionOwnerType
    from .notification_subscription_owner_type_operators import NotificationSubscriptionOwnerTypeOperators
    from .notification_subscription_relationships import NotificationSubscriptionRelationships
    from .notification_subscription_resource_type import NotificationSubscriptionResourceType
    from .notification_subscription_response import NotificationSubscriptionResponse
    from .notification_subscription_stats_request import NotificationSubscriptionStatsRequest
    from .notification_subscription_write_attributes import NotificationSubscriptionWriteAttributes
    from .notification_subscription_write_data import NotificationSubscriptionWriteData
    from .notification_subscription_write_request import NotificationSubscriptionWriteRequest
    from .number_operators import NumberOperators
    from .numeric_aggregation import NumericAggregation
    from .operating_rule import OperatingRule
    from .operating_rule_attributes import OperatingRuleAttributes
    from .operating_rule_data_type import OperatingRuleDataType
    from .operating_rule_data_type_equal_operators import OperatingRuleDataTypeEqualOperators
    from .operating_rule_filter import OperatingRuleFilter
    from .operating_rule_list_response import OperatingRuleListResponse
    from .operating_rule_relationships import OperatingRuleRelationships
    from .operating_rule_resource_type import OperatingRuleResourceType
    from .operating_rule_response import OperatingRuleResponse
    from .operating_rule_stats_request import OperatingRuleStatsRequest
    from .operating_rule_write_attributes import OperatingRuleWriteAttributes
    from .operating_rule_write_data import OperatingRuleWriteData
    from .operating_rule_write_request import OperatingRuleWriteRequest
    from .operation import Operation
    from .operation_archive_data import OperationArchiveData
    from .operation_archive_data_data import OperationArchiveDataData
    from .operation_archive_data_data_target_type import OperationArchiveDataDataTargetType
    from .operation_archive_data_type import OperationArchiveDataType
    from .operation_attributes import OperationAttributes
    from .operation_export_data import OperationExportData
    from .operation_export_data_data import OperationExportDataData
    from .operation_export_data_data_target_type import OperationExportDataDataTargetType
    from .operation_export_data_type import OperationExportDataType
    from .operation_filter import OperationFilter
    from .operation_generate_barcode_data import OperationGenerateBarcodeData
    from .operation_generate_barcode_data_data import OperationGenerateBarcodeDataData
    from .operation_generate_barcode_data_data_barcode_type import OperationGenerateBarcodeDataDataBarcodeType
    from .operation_generate_barcode_data_data_for import OperationGenerateBarcodeDataDataFor
    from .operation_generate_barcode_data_data_target_type import OperationGenerateBarcodeDataDataTargetType
    from .operation_generate_barcode_data_type import OperationGenerateBarcodeDataType
    from .operation_generate_document_data import OperationGenerateDocumentData
    from .operation_generate_document_data_data import OperationGenerateDocumentDataData
    from .operation_generate_document_data_data_document_extension import (
        OperationGenerateDocumentDataDataDocumentExtension,
    )
    from .operation_generate_document_data_data_document_type import OperationGenerateDocumentDataDataDocumentType
    from .operation_generate_document_data_data_target_type import OperationGenerateDocumentDataDataTargetType
    from .operation_generate_document_data_type import OperationGenerateDocumentDataType
    from .operation_include import OperationInclude
    from .operation_list_response import OperationListResponse
    from .operation_relationships import OperationRelationships
    from .operation_resource_type import OperationResourceType
    from .operation_response import OperationResponse
    from .operation_stats_request import OperationStatsRequest
    from .operation_status import OperationStatus
    from .operation_status_equal_operators import OperationStatusEqualOperators
    from .operation_update_collections_data import OperationUpdateCollectionsData
    from .operation_update_collections_data_data import OperationUpdateCollectionsDataData
    from .operation_update_collections_data_data_action import OperationUpdateCollectionsDataDataAction
    from .operation_update_collections_data_data_target_type import OperationUpdateCollectionsDataDataTargetType
    from .operation_update_collections_data_type import OperationUpdateCollectionsDataType
    from .operation_update_data import OperationUpdateData
    from .operation_update_data_data import OperationUpdateDataData
    from .operation_update_data_data_target_type import OperationUpdateDataDataTargetType
    from .operation_update_data_type import OperationUpdateDataType
    from .operation_update_tag_data import OperationUpdateTagData
    from .operation_update_tag_data_data import OperationUpdateTagDataData
    from .operation_update_tag_data_data_action import OperationUpdateTagDataDataAction
    from .operation_update_tag_data_data_target_type import OperationUpdateTagDataDataTargetType
    from .operation_update_tag_data_type import OperationUpdateTagDataType
    from .operation_write_attributes import OperationWriteAttributes
    from .operation_write_data import OperationWriteData
    from .operation_write_request import OperationWriteRequest
    from .order import Order
    from .order_attributes import OrderAttributes
    from .order_delivery_rate import OrderDeliveryRate
    from .order_delivery_rate_attributes import OrderDeliveryRateAttributes
    from .order_delivery_rate_filter import OrderDeliveryRateFilter
    from .order_delivery_rate_include import OrderDeliveryRateInclude
    from .order_delivery_rate_list_response import OrderDeliveryRateListResponse
    from .order_delivery_rate_recalculation import OrderDeliveryRateRecalculation
    from .order_delivery_rate_recalculation_attributes import OrderDeliveryRateRecalculationAttributes
    from .order_delivery_rate_recalculation_include import OrderDeliveryRateRecalculationInclude
    from .order_delivery_rate_recalculation_relationships import OrderDeliveryRateRecalculationRelationships
    from .order_delivery_rate_recalculation_resource_type import OrderDeliveryRateRecalculationResourceType
    from .order_delivery_rate_recalculation_response import OrderDeliveryRateRecalculationResponse
    from .order_delivery_rate_recalculation_write_attributes import OrderDeliveryRateRecalculationWriteAttributes
    from .order_delivery_rate_recalculation_write_data import OrderDeliveryRateRecalculationWriteData
    from .order_delivery_rate_recalculation_write_request import OrderDeliveryRateRecalculationWriteRequest
    from .order_delivery_rate_relationships import OrderDeliveryRateRelationships
    from .order_delivery_rate_resource_type import OrderDeliveryRateResourceType
    from .order_delivery_rate_response import OrderDeliveryRateResponse
    from .order_delivery_rate_stats_request import OrderDeliveryRateStatsRequest
    from .order_delivery_rate_write_attributes import OrderDeliveryRateWriteAttributes
    from .order_delivery_rate_write_data import OrderDeliveryRateWriteData
    from .order_delivery_rate_write_request import OrderDeliveryRateWriteRequest
    from .order_duplication import OrderDuplication
    from .order_duplication_attributes import OrderDuplicationAttributes
    from .order_duplication_deposit import OrderDuplicationDeposit
    from .order_duplication_include import OrderDuplicationInclude
    from .order_duplication_relationships import OrderDuplicationRelationships
    from .order_duplication_resource_type import OrderDuplicationResourceType
    from .order_duplication_response import OrderDuplicationResponse
    from .order_duplication_write_attributes import OrderDuplicationWriteAttributes
    from .order_duplication_write_data import OrderDuplicationWriteData
    from .order_duplication_write_request import OrderDuplicationWriteRequest
    from .order_filter import OrderFilter
    from .order_fulfillment import OrderFulfillment
    from .order_fulfillment_attributes import OrderFulfillmentAttributes
    from .order_fulfillment_include import OrderFulfillmentInclude
    from .order_fulfillment_relationships import OrderFulfillmentRelationships
    from .order_fulfillment_resource_type import OrderFulfillmentResourceType
    from .order_fulfillment_response import OrderFulfillmentResponse
    from .order_fulfillment_write_attributes import OrderFulfillmentWriteAttributes
    from .order_fulfillment_write_data import OrderFulfillmentWriteData
    from .order_fulfillment_write_request import OrderFulfillmentWriteRequest
    from .order_include import OrderInclude
    from .order_list_include import OrderListInclude
    from .order_list_response import OrderListResponse
    from .order_planning_availability import OrderPlanningAvailability
    from .order_planning_availability_attributes import OrderPlanningAvailabilityAttributes
    from .order_planning_availability_filter import OrderPlanningAvailabilityFilter
    from .order_planning_availability_relationships import OrderPlanningAvailabilityRelationships
    from .order_planning_availability_resource_type import OrderPlanningAvailabilityResourceType
    from .order_planning_availability_response import OrderPlanningAvailabilityResponse
    from .order_planning_availability_stats_request import OrderPlanningAvailabilityStatsRequest
    from .order_price_recalculation import OrderPriceRecalculation
    from .order_price_recalculation_attributes import OrderPriceRecalculationAttributes
    from .order_price_recalculation_include import OrderPriceRecalculationInclude
    from .order_price_recalculation_relationships import OrderPriceRecalculationRelationships
    from .order_price_recalculation_resource_type import OrderPriceRecalculationResourceType
    from .order_price_recalculation_response import OrderPriceRecalculationResponse
    from .order_price_recalculation_write_attributes import OrderPriceRecalculationWriteAttributes
    from .order_price_recalculation_write_data import OrderPriceRecalculationWriteData
    from .order_price_recalculation_write_request import OrderPriceRecalculationWriteRequest
    from .order_relationships import OrderRelationships
    from .order_resource_type import OrderResourceType
    from .order_response import OrderResponse
    from .order_search_filter import OrderSearchFilter
    from .order_search_group import OrderSearchGroup
    from .order_search_request import OrderSearchRequest
    from .order_stats_request import OrderStatsRequest
    from .order_status_transition import OrderStatusTransition
    from .order_status_transition_attributes import OrderStatusTransitionAttributes
    from .order_status_transition_from import OrderStatusTransitionFrom
    from .order_status_transition_include import OrderStatusTransitionInclude
    from .order_status_transition_relationships import OrderStatusTransitionRelationships
    from .order_status_transition_resource_type import OrderStatusTransitionResourceType
    from .order_status_transition_response import OrderStatusTransitionResponse
    from .order_status_transition_to import OrderStatusTransitionTo
    from .order_status_transition_write_attributes import OrderStatusTransitionWriteAttributes
    from .order_status_transition_write_data import OrderStatusTransitionWriteData
    from .order_status_transition_write_request import OrderStatusTransitionWriteRequest
    from .order_write_attributes import OrderWriteAttributes
    from .order_write_data import OrderWriteData
    from .order_write_request import OrderWriteRequest
    from .pagination_links import PaginationLinks
    from .payment_authorization import PaymentAuthorization
    from .payment_authorization_attributes import PaymentAuthorizationAttributes
    from .payment_authorization_include import PaymentAuthorizationInclude
    from .payment_authorization_mode import PaymentAuthorizationMode
    from .payment_authorization_provider import PaymentAuthorizationProvider
    from .payment_authorization_relationships import PaymentAuthorizationRelationships
    from .payment_authorization_resource_type import PaymentAuthorizationResourceType
    from .payment_authorization_response import PaymentAuthorizationResponse
    from .payment_authorization_status import PaymentAuthorizationStatus
    from .payment_authorization_write_attributes import PaymentAuthorizationWriteAttributes
    from .payment_authorization_write_data import PaymentAuthorizationWriteData
    from .payment_authorization_write_request import PaymentAuthorizationWriteRequest
    from .payment_charge import PaymentCharge
    from .payment_charge_attributes import PaymentChargeAttributes
    from .payment_charge_include import PaymentChargeInclude
    from .payment_charge_mode import PaymentChargeMode
    from .payment_charge_provider import PaymentChargeProvider
    from .payment_charge_relationships import PaymentChargeRelationships
    from .payment_charge_resource_type import PaymentChargeResourceType
    from .payment_charge_response import PaymentChargeResponse
    from .payment_charge_status import PaymentChargeStatus
    from .payment_charge_write_attributes import PaymentChargeWriteAttributes
    from .payment_charge_write_data import PaymentChargeWriteData
    from .payment_charge_write_request import PaymentChargeWriteRequest
    from .payment_filter import PaymentFilter
    from .payment_include import PaymentInclude
    from .payment_list_response import PaymentListResponse
    from .payment_method import PaymentMethod
    from .payment_method_attributes import PaymentMethodAttributes
    from .payment_method_filter import PaymentMethodFilter
    from .payment_method_list_response import PaymentMethodListResponse
    from .payment_method_provider import PaymentMethodProvider
    from .payment_method_provider_equal_operators import PaymentMethodProviderEqualOperators
    from .payment_method_relationships import PaymentMethodRelationships
    from .payment_method_resource_type import PaymentMethodResourceType
    from .payment_method_response import PaymentMethodResponse
    from .payment_method_stats_request import PaymentMethodStatsRequest
    from .payment_method_status import PaymentMethodStatus
    from .payment_method_status_equal_operators import PaymentMethodStatusEqualOperators
    from .payment_method_write_attributes import PaymentMethodWriteAttributes
    from .payment_method_write_data import PaymentMethodWriteData
    from .payment_method_write_request import PaymentMethodWriteRequest
    from .payment_profile import PaymentProfile
    from .payment_profile_attributes import PaymentProfileAttributes
    from .payment_profile_filter import PaymentProfileFilter
    from .payment_profile_list_response import PaymentProfileListResponse
    from .payment_profile_relationships import PaymentProfileRelationships
    from .payment_profile_resource_type import PaymentProfileResourceType
    from .payment_profile_response import PaymentProfileResponse
    from .payment_profile_stats_request import PaymentProfileStatsRequest
    from .payment_refund import PaymentRefund
    from .payment_refund_attributes import PaymentRefundAttributes
    from .payment_refund_include import PaymentRefundInclude
    from .payment_refund_provider import PaymentRefundProvider
    from .payment_refund_relationships import PaymentRefundRelationships
    from .payment_refund_resource_type import PaymentRefundResourceType
    from .payment_refund_response import PaymentRefundResponse
    from .payment_refund_status import PaymentRefundStatus
    from .payment_refund_write_attributes import PaymentRefundWriteAttributes
    from .payment_refund_write_data import PaymentRefundWriteData
    from .payment_refund_write_request import PaymentRefundWriteRequest
    from .payment_response import PaymentResponse
    from .payment_stats_request import PaymentStatsRequest
    from .payment_status import PaymentStatus
    from .payment_status_equal_operators import PaymentStatusEqualOperators
    from .photo import Photo
    from .photo_attributes import PhotoAttributes
    from .photo_filter import PhotoFilter
    from .photo_include import PhotoInclude
    from .photo_list_response import PhotoListResponse
    from .photo_owner_type import PhotoOwnerType
    from .photo_owner_type_operators import PhotoOwnerTypeOperators
    from .photo_relationships import PhotoRelationships
    from .photo_resource_type import PhotoResourceType
    from .photo_response import PhotoResponse
    from .photo_stats_request import PhotoStatsRequest
    from .photo_write_attributes import PhotoWriteAttributes
    from .photo_write_data import PhotoWriteData
    from .photo_write_request import PhotoWriteRequest
    from .planning import Planning
    from .planning_attributes import PlanningAttributes
    from .planning_filter import PlanningFilter
    from .planning_get_include import PlanningGetInclude
    from .planning_include import PlanningInclude
    from .planning_kind import PlanningKind
    from .planning_kind_equal_operators import PlanningKindEqualOperators
    from .planning_kind_operators import PlanningKindOperators
    from .planning_list_response import PlanningListResponse
    from .planning_relationships import PlanningRelationships
    from .planning_resource_type import PlanningResourceType
    from .planning_response import PlanningResponse
    from .planning_search_filter import PlanningSearchFilter
    from .planning_search_group import PlanningSearchGroup
    from .planning_search_request import PlanningSearchRequest
    from .planning_stats_request import PlanningStatsRequest
    from .price_period import PricePeriod
    from .price_period_equal_operators import PricePeriodEqualOperators
    from .price_rule import PriceRule
    from .price_rule_adjustment_strategy import PriceRuleAdjustmentStrategy
    from .price_rule_attributes import PriceRuleAttributes
    from .price_rule_include import PriceRuleInclude
    from .price_rule_match_strategy import PriceRuleMatchStrategy
    from .price_rule_relationships import PriceRuleRelationships
    from .price_rule_resource_type import PriceRuleResourceType
    from .price_rule_response import PriceRuleResponse
    from .price_rule_type import PriceRuleType
    from .price_rule_write_attributes import PriceRuleWriteAttributes
    from .price_rule_write_data import PriceRuleWriteData
    from .price_rule_write_request import PriceRuleWriteRequest
    from .price_ruleset import PriceRuleset
    from .price_ruleset_attributes import PriceRulesetAttributes
    from .price_ruleset_filter import PriceRulesetFilter
    from .price_ruleset_include import PriceRulesetInclude
    from .price_ruleset_list_response import PriceRulesetListResponse
    from .price_ruleset_relationships import PriceRulesetRelationships
    from .price_ruleset_resource_type import PriceRulesetResourceType
    from .price_ruleset_response import PriceRulesetResponse
    from .price_ruleset_stats_request import PriceRulesetStatsRequest
    from .price_ruleset_write_attributes import PriceRulesetWriteAttributes
    from .price_ruleset_write_data import PriceRulesetWriteData
    from .price_ruleset_write_request import PriceRulesetWriteRequest
    from .price_structure import PriceStructure
    from .price_structure_attributes import PriceStructureAttributes
    from .price_structure_filter import PriceStructureFilter
    from .price_structure_include import PriceStructureInclude
    from .price_structure_list_response import PriceStructureListResponse
    from .price_structure_relationships import PriceStructureRelationships
    from .price_structure_resource_type import PriceStructureResourceType
    from .price_structure_response import PriceStructureResponse
    from .price_structure_stats_request import PriceStructureStatsRequest
    from .price_structure_type import PriceStructureType
    from .price_structure_type_operators import PriceStructureTypeOperators
    from .price_structure_write_attributes import PriceStructureWriteAttributes
    from .price_structure_write_data import PriceStructureWriteData
    from .price_structure_write_request import PriceStructureWriteRequest
    from .price_tile import PriceTile
    from .price_tile_attributes import PriceTileAttributes
    from .price_tile_filter import PriceTileFilter
    from .price_tile_include import PriceTileInclude
    from .price_tile_list_response import PriceTileListResponse
    from .price_tile_period import PriceTilePeriod
    from .price_tile_relationships import PriceTileRelationships
    from .price_tile_resource_type import PriceTileResourceType
    from .price_tile_response import PriceTileResponse
    from .price_tile_stats_request import PriceTileStatsRequest
    from .price_tile_write_attributes import PriceTileWriteAttributes
    from .price_tile_write_data import PriceTileWriteData
    from .price_tile_write_request import PriceTileWriteRequest
    from .price_type import PriceType
    from .price_type_equal_operators import PriceTypeEqualOperators
    from .product import Product
    from .product_attributes import ProductAttributes
    from .product_filter import ProductFilter
    from .product_group import ProductGroup
    from .product_group_attributes import ProductGroupAttributes
    from .product_group_create_include import ProductGroupCreateInclude
    from .product_group_duplication import ProductGroupDuplication
    from .product_group_duplication_attributes import ProductGroupDuplicationAttributes
    from .product_group_duplication_include import ProductGroupDuplicationInclude
    from .product_group_duplication_relationships import ProductGroupDuplicationRelationships
    from .product_group_duplication_resource_type import ProductGroupDuplicationResourceType
    from .product_group_duplication_response import ProductGroupDuplicationResponse
    from .product_group_duplication_write_attributes import ProductGroupDuplicationWriteAttributes
    from .product_group_duplication_write_data import ProductGroupDuplicationWriteData
    from .product_group_duplication_write_request import ProductGroupDuplicationWriteRequest
    from .product_group_filter import ProductGroupFilter
    from .product_group_get_include import ProductGroupGetInclude
    from .product_group_include import ProductGroupInclude
    from .product_group_list_response import ProductGroupListResponse
    from .product_group_relationships import ProductGroupRelationships
    from .product_group_resource_type import ProductGroupResourceType
    from .product_group_response import ProductGroupResponse
    from .product_group_search_filter import ProductGroupSearchFilter
    from .product_group_search_group import ProductGroupSearchGroup
    from .product_group_search_request import ProductGroupSearchRequest
    from .product_group_stats_request import ProductGroupStatsRequest
    from .product_group_write_attributes import ProductGroupWriteAttributes
    from .product_group_write_data import ProductGroupWriteData
    from .product_group_write_request import ProductGroupWriteRequest
    from .product_include import ProductInclude
    from .product_list_response import ProductListResponse
    from .product_relationships import ProductRelationships
    from .product_resource_type import ProductResourceType
    from .product_response import ProductResponse
    from .product_search_filter import ProductSearchFilter
    from .product_search_group import ProductSearchGroup
    from .product_search_request import ProductSearchRequest
    from .product_stats_request import ProductStatsRequest
    from .product_tracker import ProductTracker
    from .product_tracker_attributes import ProductTrackerAttributes
    from .product_tracker_filter import ProductTrackerFilter
    from .product_tracker_include import ProductTrackerInclude
    from .product_tracker_list_response import ProductTrackerListResponse
    from .product_tracker_relationships import ProductTrackerRelationships
    from .product_tracker_resource_type import ProductTrackerResourceType
    from .product_tracker_stats_request import ProductTrackerStatsRequest
    from .product_type import ProductType
    from .product_type_equal_operators import ProductTypeEqualOperators
    from .product_variation import ProductVariation
    from .product_write_attributes import ProductWriteAttributes
    from .product_write_data import ProductWriteData
    from .product_write_request import ProductWriteRequest
    from .property_ import Property
    from .property_attributes import PropertyAttributes
    from .property_filter import PropertyFilter
    from .property_include import PropertyInclude
    from .property_list_response import PropertyListResponse
    from .property_owner_type import PropertyOwnerType
    from .property_owner_type_operators import PropertyOwnerTypeOperators
    from .property_relationships import PropertyRelationships
    from .property_resource_type import PropertyResourceType
    from .property_response import PropertyResponse
    from .property_stats_request import PropertyStatsRequest
    from .property_type import PropertyType
    from .property_write_attributes import PropertyWriteAttributes
    from .property_write_data import PropertyWriteData
    from .property_write_request import PropertyWriteRequest
    from .province import Province
    from .province_attributes import ProvinceAttributes
    from .province_filter import ProvinceFilter
    from .province_list_response import ProvinceListResponse
    from .province_relationships import ProvinceRelationships
    from .province_resource_type import ProvinceResourceType
    from .province_stats_request import ProvinceStatsRequest
    from .publication import Publication
    from .publication_attributes import PublicationAttributes
    from .publication_filter import PublicationFilter
    from .publication_include import PublicationInclude
    from .publication_list_include import PublicationListInclude
    from .publication_list_response import PublicationListResponse
    from .publication_relationships import PublicationRelationships
    from .publication_resource_type import PublicationResourceType
    from .publication_response import PublicationResponse
    from .publication_stats_request import PublicationStatsRequest
    from .publication_write_attributes import PublicationWriteAttributes
    from .publication_write_data import PublicationWriteData
    from .publication_write_request import PublicationWriteRequest
    from .range_aggregation import RangeAggregation
    from .recommendation import Recommendation
    from .recommendation_attributes import RecommendationAttributes
    from .recommendation_create_include import RecommendationCreateInclude
    from .recommendation_filter import RecommendationFilter
    from .recommendation_include import RecommendationInclude
    from .recommendation_list_response import RecommendationListResponse
    from .recommendation_relationships import RecommendationRelationships
    from .recommendation_resource_type import RecommendationResourceType
    from .recommendation_response import RecommendationResponse
    from .recommendation_stats_request import RecommendationStatsRequest
    from .recommendation_write_attributes import RecommendationWriteAttributes
    from .recommendation_write_data import RecommendationWriteData
    from .recommendation_write_request import RecommendationWriteRequest
    from .refundable_payment_charge import RefundablePaymentCharge
    from .refundable_payment_charge_attributes import RefundablePaymentChargeAttributes
    from .refundable_payment_charge_filter import RefundablePaymentChargeFilter
    from .refundable_payment_charge_include import RefundablePaymentChargeInclude
    from .refundable_payment_charge_list_response import RefundablePaymentChargeListResponse
    from .refundable_payment_charge_relationships import RefundablePaymentChargeRelationships
    from .refundable_payment_charge_resource_type import RefundablePaymentChargeResourceType
    from .refundable_payment_charge_stats_request import RefundablePaymentChargeStatsRequest
    from .relationship import Relationship
    from .relationship_links import RelationshipLinks
    from .relationship_map import RelationshipMap
    from .rendered_email import RenderedEmail
    from .rendered_email_attributes import RenderedEmailAttributes
    from .rendered_email_relationships import RenderedEmailRelationships
    from .rendered_email_resource_type import RenderedEmailResourceType
    from .rendered_email_response import RenderedEmailResponse
    from .rendered_email_write_attributes import RenderedEmailWriteAttributes
    from .rendered_email_write_data import RenderedEmailWriteData
    from .rendered_email_write_request import RenderedEmailWriteRequest
    from .rental_status import RentalStatus
    from .rental_status_equal_operators import RentalStatusEqualOperators
    from .rental_status_operators import RentalStatusOperators
    from .report_company_performance import ReportCompanyPerformance
    from .report_company_performance_attributes import ReportCompanyPerformanceAttributes
    from .report_company_performance_filter import ReportCompanyPerformanceFilter
    from .report_company_performance_list_response import ReportCompanyPerformanceListResponse
    from .report_company_performance_relationships import ReportCompanyPerformanceRelationships
    from .report_company_performance_resource_type import ReportCompanyPerformanceResourceType
    from .report_company_performance_stats_request import ReportCompanyPerformanceStatsRequest
    from .report_coupon import ReportCoupon
    from .report_coupon_attributes import ReportCouponAttributes
    from .report_coupon_filter import ReportCouponFilter
    from .report_coupon_list_response import ReportCouponListResponse
    from .report_coupon_relationships import ReportCouponRelationships
    from .report_coupon_resource_type import ReportCouponResourceType
    from .report_coupon_stats_request import ReportCouponStatsRequest
    from .report_rental import ReportRental
    from .report_rental_attributes import ReportRentalAttributes
    from .report_rental_filter import ReportRentalFilter
    from .report_rental_include import ReportRentalInclude
    from .report_rental_interval import ReportRentalInterval
    from .report_rental_interval_attributes import ReportRentalIntervalAttributes
    from .report_rental_interval_filter import ReportRentalIntervalFilter
    from .report_rental_interval_include import ReportRentalIntervalInclude
    from .report_rental_interval_list_response import ReportRentalIntervalListResponse
    from .report_rental_interval_relationships import ReportRentalIntervalRelationships
    from .report_rental_interval_resource_type import ReportRentalIntervalResourceType
    from .report_rental_interval_stats_request import ReportRentalIntervalStatsRequest
    from .report_rental_list_response import ReportRentalListResponse
    from .report_rental_relationships import ReportRentalRelationships
    from .report_rental_resource_type import ReportRentalResourceType
    from .report_rental_stats_request import ReportRentalStatsRequest
    from .report_sales_item import ReportSalesItem
    from .report_sales_item_attributes import ReportSalesItemAttributes
    from .report_sales_item_filter import ReportSalesItemFilter
    from .report_sales_item_include import ReportSalesItemInclude
    from .report_sales_item_list_response import ReportSalesItemListResponse
    from .report_sales_item_relationships import ReportSalesItemRelationships
    from .report_sales_item_resource_type import ReportSalesItemResourceType
    from .report_sales_item_stats_request import ReportSalesItemStatsRequest
    from .report_stock_item import ReportStockItem
    from .report_stock_item_attributes import ReportStockItemAttributes
    from .report_stock_item_filter import ReportStockItemFilter
    from .report_stock_item_include import ReportStockItemInclude
    from .report_stock_item_list_response import ReportStockItemListResponse
    from .report_stock_item_relationships import ReportStockItemRelationships
    from .report_stock_item_resource_type import ReportStockItemResourceType
    from .report_stock_item_stats_request import ReportStockItemStatsRequest
    from .resource_base import ResourceBase
    from .resource_identifier import ResourceIdentifier
    from .resource_object import ResourceObject
    from .session import Session
    from .session_attributes import SessionAttributes
    from .session_include import SessionInclude
    from .session_relationships import SessionRelationships
    from .session_resource_type import SessionResourceType
    from .session_response import SessionResponse
    from .setting import Setting
    from .setting_attributes import SettingAttributes
    from .setting_relationships import SettingRelationships
    from .setting_resource_type import SettingResourceType
    from .setting_response import SettingResponse
    from .signature import Signature
    from .signature_attributes import SignatureAttributes
    from .signature_include import SignatureInclude
    from .signature_relationships import SignatureRelationships
    from .signature_resource_type import SignatureResourceType
    from .signature_response import SignatureResponse
    from .signature_write_attributes import SignatureWriteAttributes
    from .signature_write_data import SignatureWriteData
    from .signature_write_request import SignatureWriteRequest
    from .sorting import Sorting
    from .sorting_attributes import SortingAttributes
    from .sorting_relationships import SortingRelationships
    from .sorting_resource_type import SortingResourceType
    from .sorting_response import SortingResponse
    from .sorting_type import SortingType
    from .sorting_write_attributes import SortingWriteAttributes
    from .sorting_write_data import SortingWriteData
    from .sorting_write_request import SortingWriteRequest
    from .sparse_fieldsets import SparseFieldsets
    from .specify_stock_items_action import SpecifyStockItemsAction
    from .specify_stock_items_action_action import SpecifyStockItemsActionAction
    from .start_product_action import StartProductAction
    from .start_product_action_action import StartProductActionAction
    from .start_stock_items_action import StartStockItemsAction
    from .start_stock_items_action_action import StartStockItemsActionAction
    from .stat_counts import StatCounts
    from .stat_sums import StatSums
    from .stat_values import StatValues
    from .stats import Stats
    from .status_counts import StatusCounts
    from .stock_adjustment import StockAdjustment
    from .stock_adjustment_attributes import StockAdjustmentAttributes
    from .stock_adjustment_include import StockAdjustmentInclude
    from .stock_adjustment_relationships import StockAdjustmentRelationships
    from .stock_adjustment_resource_type import StockAdjustmentResourceType
    from .stock_adjustment_response import StockAdjustmentResponse
    from .stock_adjustment_write_attributes import StockAdjustmentWriteAttributes
    from .stock_adjustment_write_data import StockAdjustmentWriteData
    from .stock_adjustment_write_request import StockAdjustmentWriteRequest
    from .stock_count import StockCount
    from .stock_count_attributes import StockCountAttributes
    from .stock_count_filter import StockCountFilter
    from .stock_count_include import StockCountInclude
    from .stock_count_list_response import StockCountListResponse
    from .stock_count_relationships import StockCountRelationships
    from .stock_count_resource_type import StockCountResourceType
    from .stock_count_response import StockCountResponse
    from .stock_count_stats_request import StockCountStatsRequest
    from .stock_count_write_attributes import StockCountWriteAttributes
    from .stock_count_write_data import StockCountWriteData
    from .stock_count_write_request import StockCountWriteRequest
    from .stock_item import StockItem
    from .stock_item_archivation import StockItemArchivation
    from .stock_item_archivation_attributes import StockItemArchivationAttributes
    from .stock_item_archivation_include import StockItemArchivationInclude
    from .stock_item_archivation_relationships import StockItemArchivationRelationships
    from .stock_item_archivation_resource_type import StockItemArchivationResourceType
    from .stock_item_archivation_response import StockItemArchivationResponse
    from .stock_item_archivation_write_attributes import StockItemArchivationWriteAttributes
    from .stock_item_archivation_write_data import StockItemArchivationWriteData
    from .stock_item_archivation_write_request import StockItemArchivationWriteRequest
    from .stock_item_attributes import StockItemAttributes
    from .stock_item_filter import StockItemFilter
    from .stock_item_get_include import StockItemGetInclude
    from .stock_item_include import StockItemInclude
    from .stock_item_list_include import StockItemListInclude
    from .stock_item_list_response import StockItemListResponse
    from .stock_item_planning import StockItemPlanning
    from .stock_item_planning_attributes import StockItemPlanningAttributes
    from .stock_item_planning_filter import StockItemPlanningFilter
    from .stock_item_planning_include import StockItemPlanningInclude
    from .stock_item_planning_list_response import StockItemPlanningListResponse
    from .stock_item_planning_relationships import StockItemPlanningRelationships
    from .stock_item_planning_resource_type import StockItemPlanningResourceType
    from .stock_item_planning_stats_request import StockItemPlanningStatsRequest
    from .stock_item_relationships import StockItemRelationships
    from .stock_item_resource_type import StockItemResourceType
    from .stock_item_response import StockItemResponse
    from .stock_item_stats_request import StockItemStatsRequest
    from .stock_item_status import StockItemStatus
    from .stock_item_status_equal_operators import StockItemStatusEqualOperators
    from .stock_item_suggestion import StockItemSuggestion
    from .stock_item_suggestion_attributes import StockItemSuggestionAttributes
    from .stock_item_suggestion_filter import StockItemSuggestionFilter
    from .stock_item_suggestion_include import StockItemSuggestionInclude
    from .stock_item_suggestion_list_response import StockItemSuggestionListResponse
    from .stock_item_suggestion_relationships import StockItemSuggestionRelationships
    from .stock_item_suggestion_resource_type import StockItemSuggestionResourceType
    from .stock_item_suggestion_stats_request import StockItemSuggestionStatsRequest
    from .stock_item_suggestion_status import StockItemSuggestionStatus
    from .stock_item_suggestion_status_equal_operators import StockItemSuggestionStatusEqualOperators
    from .stock_item_tracker import StockItemTracker
    from .stock_item_tracker_attributes import StockItemTrackerAttributes
    from .stock_item_tracker_filter import StockItemTrackerFilter
    from .stock_item_tracker_include import StockItemTrackerInclude
    from .stock_item_tracker_list_response import StockItemTrackerListResponse
    from .stock_item_tracker_relationships import StockItemTrackerRelationships
    from .stock_item_tracker_resource_type import StockItemTrackerResourceType
    from .stock_item_tracker_stats_request import StockItemTrackerStatsRequest
    from .stock_item_type import StockItemType
    from .stock_item_type_equal_operators import StockItemTypeEqualOperators
    from .stock_item_write_attributes import StockItemWriteAttributes
    from .stock_item_write_data import StockItemWriteData
    from .stock_item_write_request import StockItemWriteRequest
    from .stop_product_action import StopProductAction
    from .stop_product_action_action import StopProductActionAction
    from .stop_stock_items_action import StopStockItemsAction
    from .stop_stock_items_action_action import StopStockItemsActionAction
    from .string_equal_operators import StringEqualOperators
    from .string_operators import StringOperators
    from .stripe_account import StripeAccount
    from .stripe_account_attributes import StripeAccountAttributes
    from .stripe_account_filter import StripeAccountFilter
    from .stripe_account_list_response import StripeAccountListResponse
    from .stripe_account_relationships import StripeAccountRelationships
    from .stripe_account_resource_type import StripeAccountResourceType
    from .stripe_account_response import StripeAccountResponse
    from .stripe_account_stats_request import StripeAccountStatsRequest
    from .sum_aggregation import SumAggregation
    from .sum_or_count_aggregation import SumOrCountAggregation
    from .tag import Tag
    from .tag_attributes import TagAttributes
    from .tag_filter import TagFilter
    from .tag_for import TagFor
    from .tag_for_equal_operators import TagForEqualOperators
    from .tag_list_response import TagListResponse
    from .tag_relationships import TagRelationships
    from .tag_resource_type import TagResourceType
    from .tag_stats_request import TagStatsRequest
    from .tax_category import TaxCategory
    from .tax_category_attributes import TaxCategoryAttributes
    from .tax_category_filter import TaxCategoryFilter
    from .tax_category_include import TaxCategoryInclude
    from .tax_category_list_response import TaxCategoryListResponse
    from .tax_category_relationships import TaxCategoryRelationships
    from .tax_category_resource_type import TaxCategoryResourceType
    from .tax_category_response import TaxCategoryResponse
    from .tax_category_stats_request import TaxCategoryStatsRequest
    from .tax_category_write_attributes import TaxCategoryWriteAttributes
    from .tax_category_write_data import TaxCategoryWriteData
    from .tax_category_write_request import TaxCategoryWriteRequest
    from .tax_rate import TaxRate
    from .tax_rate_attributes import TaxRateAttributes
    from .tax_rate_filter import TaxRateFilter
    from .tax_rate_include import TaxRateInclude
    from .tax_rate_list_response import TaxRateListResponse
    from .tax_rate_owner_type import TaxRateOwnerType
    from .tax_rate_owner_type_operators import TaxRateOwnerTypeOperators
    from .tax_rate_relationships import TaxRateRelationships
    from .tax_rate_resource_type import TaxRateResourceType
    from .tax_rate_response import TaxRateResponse
    from .tax_rate_stats_request import TaxRateStatsRequest
    from .tax_rate_write_attributes import TaxRateWriteAttributes
    from .tax_rate_write_data import TaxRateWriteData
    from .tax_rate_write_request import TaxRateWriteRequest
    from .tax_region import TaxRegion
    from .tax_region_attributes import TaxRegionAttributes
    from .tax_region_filter import TaxRegionFilter
    from .tax_region_include import TaxRegionInclude
    from .tax_region_list_response import TaxRegionListResponse
    from .tax_region_relationships import TaxRegionRelationships
    from .tax_region_resource_type import TaxRegionResourceType
    from .tax_region_response import TaxRegionResponse
    from .tax_region_stats_request import TaxRegionStatsRequest
    from .tax_region_strategy import TaxRegionStrategy
    from .tax_region_strategy_equal_operators import TaxRegionStrategyEqualOperators
    from .tax_region_write_attributes import TaxRegionWriteAttributes
    from .tax_region_write_data import TaxRegionWriteData
    from .tax_region_write_request import TaxRegionWriteRequest
    from .tax_value import TaxValue
    from .tax_value_attributes import TaxValueAttributes
    from .tax_value_filter import TaxValueFilter
    from .tax_value_include import TaxValueInclude
    from .tax_value_list_response import TaxValueListResponse
    from .tax_value_owner_type import TaxValueOwnerType
    from .tax_value_owner_type_operators import TaxValueOwnerTypeOperators
    from .tax_value_relationships import TaxValueRelationships
    from .tax_value_resource_type import TaxValueResourceType
    from .tax_value_response import TaxValueResponse
    from .tax_value_stats_request import TaxValueStatsRequest
    from .text_id_resource_base import TextIdResourceBase
    from .text_id_write_resource_base import TextIdWriteResourceBase
    from .text_operators import TextOperators
    from .theme import Theme
    from .theme_attributes import ThemeAttributes
    from .theme_filter import ThemeFilter
    from .theme_include import ThemeInclude
    from .theme_list_response import ThemeListResponse
    from .theme_relationships import ThemeRelationships
    from .theme_resource_type import ThemeResourceType
    from .theme_response import ThemeResponse
    from .theme_stats_request import ThemeStatsRequest
    from .theme_type import ThemeType
    from .theme_type_equal_operators import ThemeTypeEqualOperators
    from .theme_write_attributes import ThemeWriteAttributes
    from .theme_write_data import ThemeWriteData
    from .theme_write_request import ThemeWriteRequest
    from .tracking_type import TrackingType
    from .tracking_type_equal_operators import TrackingTypeEqualOperators
    from .uploaded_file import UploadedFile
    from .url_redirect import UrlRedirect
    from .url_redirect_attributes import UrlRedirectAttributes
    from .url_redirect_filter import UrlRedirectFilter
    from .url_redirect_list_response import UrlRedirectListResponse
    from .url_redirect_relationships import UrlRedirectRelationships
    from .url_redirect_resource_type import UrlRedirectResourceType
    from .url_redirect_response import UrlRedirectResponse
    from .url_redirect_stats_request import UrlRedirectStatsRequest
    from .url_redirect_write_attributes import UrlRedirectWriteAttributes
    from .url_redirect_write_data import UrlRedirectWriteData
    from .url_redirect_write_request import UrlRedirectWriteRequest
    from .user import User
    from .user_attributes import UserAttributes
    from .user_filter import UserFilter
    from .user_include import UserInclude
    from .user_invitation import UserInvitation
    from .user_invitation_attributes import UserInvitationAttributes
    from .user_invitation_relationships import UserInvitationRelationships
    from .user_invitation_resource_type import UserInvitationResourceType
    from .user_invitation_response import UserInvitationResponse
    from .user_invitation_write_attributes import UserInvitationWriteAttributes
    from .user_invitation_write_data import UserInvitationWriteData
    from .user_invitation_write_request import UserInvitationWriteRequest
    from .user_list_response import UserListResponse
    from .user_relationships import UserRelationships
    from .user_resource_type import UserResourceType
    from .user_response import UserResponse
    from .user_stats_request import UserStatsRequest
    from .user_status import UserStatus
    from .user_status_equal_operators import UserStatusEqualOperators
    from .user_write_attributes import UserWriteAttributes
    from .user_write_data import UserWriteData
    from .user_write_request import UserWriteRequest
    from .uuid_equal_operators import UuidEqualOperators
    from .uuid_operators import UuidOperators
    from .webhook import Webhook
    from .webhook_attributes import WebhookAttributes
    from .webhook_endpoint import WebhookEndpoint
    from .webhook_endpoint_attributes import WebhookEndpointAttributes
    from .webhook_endpoint_filter import WebhookEndpointFilter
    from .webhook_endpoint_list_response import WebhookEndpointListResponse
    from .webhook_endpoint_relationships import WebhookEndpointRelationships
    from .webhook_endpoint_resource_type import WebhookEndpointResourceType
    from .webhook_endpoint_response import WebhookEndpointResponse
    from .webhook_endpoint_stats_request import WebhookEndpointStatsRequest
    from .webhook_endpoint_version import WebhookEndpointVersion
    from .webhook_endpoint_version_equal_operators import WebhookEndpointVersionEqualOperators
    from .webhook_endpoint_write_attributes import WebhookEndpointWriteAttributes
    from .webhook_endpoint_write_data import WebhookEndpointWriteData
    from .webhook_endpoint_write_request import WebhookEndpointWriteRequest
    from .webhook_event import WebhookEvent
    from .webhook_relationships import WebhookRelationships
    from .webhook_resource_type import WebhookResourceType
    from .webhook_response import WebhookResponse
    from .weight import Weight
    from .weight_unit import WeightUnit
    from .write_request_base import WriteRequestBase
    from .write_resource_base import WriteResourceBase

__all__ = [
    "ActivityLog",
    "ActivityLogAttributes",
    "ActivityLogFilter",
    "ActivityLogInclude",
    "ActivityLogListResponse",
    "ActivityLogRelationships",
    "ActivityLogResourceType",
    "ActivityLogResponse",
    "ActivityLogStatsRequest",
    "Address",
    "AnyOfOperators",
    "AppCarrier",
    "AppCarrierAttributes",
    "AppCarrierFilter",
    "AppCarrierListResponse",
    "AppCarrierRelationships",
    "AppCarrierResourceType",
    "AppCarrierResponse",
    "AppCarrierStatsRequest",
    "AppCarrierWriteAttributes",
    "AppCarrierWriteData",
    "AppCarrierWriteRequest",
    "AppPaymentOption",
    "AppPaymentOptionAttributes",
    "AppPaymentOptionFilter",
    "AppPaymentOptionInclude",
    "AppPaymentOptionListResponse",
    "AppPaymentOptionRelationships",
    "AppPaymentOptionResourceType",
    "AppPaymentOptionResponse",
    "AppPaymentOptionStatsRequest",
    "AppPaymentOptionWriteAttributes",
    "AppPaymentOptionWriteData",
    "AppPaymentOptionWriteRequest",
    "Asset",
    "AssetAttributes",
    "AssetFilter",
    "AssetInclude",
    "AssetListResponse",
    "AssetRelationships",
    "AssetResourceType",
    "AssetResponse",
    "AssetStatsRequest",
    "AssetWriteAttributes",
    "AssetWriteData",
    "AssetWriteRequest",
    "AuthenticationMethod",
    "AuthenticationMethodAlgorithm",
    "AuthenticationMethodAttributes",
    "AuthenticationMethodFilter",
    "AuthenticationMethodInclude",
    "AuthenticationMethodKind",
    "AuthenticationMethodKindEqualOperators",
    "AuthenticationMethodListResponse",
    "AuthenticationMethodRelationships",
    "AuthenticationMethodResourceType",
    "AuthenticationMethodResponse",
    "AuthenticationMethodStatsRequest",
    "AuthenticationMethodWriteAttributes",
    "AuthenticationMethodWriteData",
    "AuthenticationMethodWriteRequest",
    "Availability",
    "AvailabilityAttributes",
    "AvailabilityFilter",
    "AvailabilityListResponse",
    "AvailabilityRelationships",
    "AvailabilityResourceType",
    "AvailabilityStatsRequest",
    "AvailabilityStatus",
    "AvailabilitySubjectType",
    "AvailabilitySubjectTypeEqualOperators",
    "AvailabilityType",
    "Barcode",
    "BarcodeAttributes",
    "BarcodeFilter",
    "BarcodeInclude",
    "BarcodeListResponse",
    "BarcodeOwnerType",
    "BarcodeOwnerTypeOperators",
    "BarcodeRelationships",
    "BarcodeResourceType",
    "BarcodeResponse",
    "BarcodeStatsRequest",
    "BarcodeType",
    "BarcodeTypeEqualOperators",
    "BarcodeWriteAttributes",
    "BarcodeWriteData",
    "BarcodeWriteRequest",
    "BillingInvoice",
    "BillingInvoiceAttributes",
    "BillingInvoiceBillingReason",
    "BillingInvoiceBillingReasonEqualOperators",
    "BillingInvoiceFilter",
    "BillingInvoiceListResponse",
    "BillingInvoiceRelationships",
    "BillingInvoiceResourceType",
    "BillingInvoiceResponse",
    "BillingInvoiceStatsRequest",
    "BillingInvoiceStatus",
    "BillingInvoiceStatusEqualOperators",
    "BillingInvoiceStrategy",
    "BillingInvoiceStrategyEqualOperators",
    "BillingPlan",
    "BillingPlanAttributes",
    "BillingPlanFilter",
    "BillingPlanListResponse",
    "BillingPlanRelationships",
    "BillingPlanResourceType",
    "BillingPlanStatsRequest",
    "BookBundleAction",
    "BookBundleActionAction",
    "BookingMode",
    "BookProductAction",
    "BookProductActionAction",
    "BookStockItemsAction",
    "BookStockItemsActionAction",
    "BooleanOperators",
    "BulkUpsert",
    "BulkUpsertAttributes",
    "BulkUpsertInclude",
    "BulkUpsertRelationships",
    "BulkUpsertResourceType",
    "BulkUpsertResponse",
    "BulkUpsertType",
    "BulkUpsertWriteAttributes",
    "BulkUpsertWriteData",
    "BulkUpsertWriteRequest",
    "Bundle",
    "BundleAttributes",
    "BundleFilter",
    "BundleGetInclude",
    "BundleInclude",
    "BundleItem",
    "BundleItemAttributes",
    "BundleItemFilter",
    "BundleItemInclude",
    "BundleItemListResponse",
    "BundleItemRelationships",
    "BundleItemResourceType",
    "BundleItemResponse",
    "BundleItemStatsRequest",
    "BundleItemWriteAttributes",
    "BundleItemWriteData",
    "BundleItemWriteRequest",
    "BundleListInclude",
    "BundleListResponse",
    "BundlePrice",
    "BundlePriceAttributes",
    "BundlePriceFilter",
    "BundlePriceListResponse",
    "BundlePriceRelationships",
    "BundlePriceResourceType",
    "BundlePriceStatsRequest",
    "BundleProductType",
    "BundleProductTypeEqualOperators",
    "BundleRelationships",
    "BundleResourceType",
    "BundleResponse",
    "BundleSearchFilter",
    "BundleSearchGroup",
    "BundleSearchRequest",
    "BundleStatsRequest",
    "BundleWriteAttributes",
    "BundleWriteData",
    "BundleWriteRequest",
    "CheckoutItem",
    "CheckoutItemAttributes",
    "CheckoutItemFilter",
    "CheckoutItemListResponse",
    "CheckoutItemRelationships",
    "CheckoutItemResourceType",
    "CheckoutItemResponse",
    "CheckoutItemStatsRequest",
    "CheckoutItemWriteAttributes",
    "CheckoutItemWriteData",
    "CheckoutItemWriteRequest",
    "Collection",
    "CollectionAttributes",
    "CollectionFilter",
    "CollectionInclude",
    "CollectionItem",
    "CollectionItemAttributes",
    "CollectionItemFilter",
    "CollectionItemInclude",
    "CollectionItemListResponse",
    "CollectionItemRelationships",
    "CollectionItemResourceType",
    "CollectionItemResponse",
    "CollectionItemStatsRequest",
    "CollectionItemWriteAttributes",
    "CollectionItemWriteData",
    "CollectionItemWriteRequest",
    "CollectionListResponse",
    "CollectionRelationships",
    "CollectionResourceType",
    "CollectionResponse",
    "CollectionStatsRequest",
    "CollectionTree",
    "CollectionTreeAttributes",
    "CollectionTreeRelationships",
    "CollectionTreeResourceType",
    "CollectionTreeResponse",
    "CollectionTreeWriteAttributes",
    "CollectionTreeWriteData",
    "CollectionTreeWriteRequest",
    "CollectionType",
    "CollectionWriteAttributes",
    "CollectionWriteData",
    "CollectionWriteRequest",
    "Company",
    "CompanyAttributes",
    "CompanyRelationships",
    "CompanyResourceType",
    "CompanyResponse",
    "CompanyWriteAttributes",
    "CompanyWriteData",
    "CompanyWriteRequest",
    "Count",
    "CountAggregation",
    "CountAttributes",
    "CountRelationships",
    "CountResourceType",
    "CountResponse",
    "Country",
    "CountryAttributes",
    "CountryFilter",
    "CountryInclude",
    "CountryListResponse",
    "CountryRelationships",
    "CountryResourceType",
    "CountryStatsRequest",
    "Coupon",
    "CouponAttributes",
    "CouponEligibleItemType",
    "CouponEligibleItemTypeEqualOperators",
    "CouponFilter",
    "CouponInclude",
    "CouponListResponse",
    "CouponRelationships",
    "CouponResourceType",
    "CouponResponse",
    "CouponStatsRequest",
    "CouponWriteAttributes",
    "CouponWriteData",
    "CouponWriteRequest",
    "Currency",
    "CurrencyAttributes",
    "CurrencyRelationships",
    "CurrencyResourceType",
    "CurrencyResponse",
    "Customer",
    "CustomerAttributes",
    "CustomerFilter",
    "CustomerInclude",
    "CustomerListResponse",
    "CustomerRelationships",
    "CustomerResourceType",
    "CustomerResponse",
    "CustomerSearchFilter",
    "CustomerSearchGroup",
    "CustomerSearchRequest",
    "CustomerStatsRequest",
    "CustomerWriteAttributes",
    "CustomerWriteData",
    "CustomerWriteRequest",
    "DateOperators",
    "DatetimeBetweenOperators",
    "DatetimeCompareOperators",
    "DatetimeEqualOperators",
    "DatetimeOperators",
    "DatetimeRangeOperators",
    "DefaultProperty",
    "DefaultPropertyAttributes",
    "DefaultPropertyFilter",
    "DefaultPropertyListResponse",
    "DefaultPropertyRelationships",
    "DefaultPropertyResourceType",
    "DefaultPropertyResponse",
    "DefaultPropertyStatsRequest",
    "DefaultPropertyType",
    "DefaultPropertyWriteAttributes",
    "DefaultPropertyWriteData",
    "DefaultPropertyWriteRequest",
    "DeliveryDistanceCalculation",
    "DeliveryDistanceCalculationAttributes",
    "DeliveryDistanceCalculationDistanceUnit",
    "DeliveryDistanceCalculationFilter",
    "DeliveryDistanceCalculationListResponse",
    "DeliveryDistanceCalculationRelationships",
    "DeliveryDistanceCalculationResourceType",
    "DeliveryDistanceCalculationStatsRequest",
    "DepositHold",
    "DepositHoldAttributes",
    "DepositHoldInclude",
    "DepositHoldRelationships",
    "DepositHoldResourceType",
    "DepositHoldResponse",
    "DepositHoldWriteAttributes",
    "DepositHoldWriteData",
    "DepositHoldWriteRequest",
    "DepositType",
    "DeviceToken",
    "DeviceTokenAttributes",
    "DeviceTokenEnvironment",
    "DeviceTokenKind",
    "DeviceTokenRelationships",
    "DeviceTokenResourceType",
    "DeviceTokenResponse",
    "DeviceTokenWriteAttributes",
    "DeviceTokenWriteData",
    "DeviceTokenWriteRequest",
    "DiscountType",
    "DiscountTypeEqualOperators",
    "Document",
    "DocumentAttributes",
    "DocumentBase",
    "DocumentFilter",
    "DocumentInclude",
    "DocumentListInclude",
    "DocumentListResponse",
    "DocumentMeta",
    "DocumentRelationships",
    "DocumentResourceType",
    "DocumentResponse",
    "DocumentSearchFilter",
    "DocumentSearchGroup",
    "DocumentSearchRequest",
    "DocumentStatsRequest",
    "DocumentStatus",
    "DocumentStatusEqualOperators",
    "DocumentType",
    "DocumentTypeOperators",
    "DocumentWriteAttributes",
    "DocumentWriteData",
    "DocumentWriteRequest",
    "Downtime",
    "DowntimeAttributes",
    "DowntimeFilter",
    "DowntimeInclude",
    "DowntimeListResponse",
    "DowntimeReason",
    "DowntimeReasonOperators",
    "DowntimeRelationships",
    "DowntimeResourceType",
    "DowntimeResponse",
    "DowntimeStatsRequest",
    "DowntimeStatus",
    "DowntimeStatusOperators",
    "DowntimeWriteAttributes",
    "DowntimeWriteData",
    "DowntimeWriteRequest",
    "Email",
    "EmailAttributes",
    "EmailFilter",
    "EmailInclude",
    "EmailListInclude",
    "EmailListResponse",
    "EmailRelationships",
    "EmailResourceType",
    "EmailResponse",
    "EmailStatsRequest",
    "EmailTemplate",
    "EmailTemplateAttributes",
    "EmailTemplateContext",
    "EmailTemplateContextEqualOperators",
    "EmailTemplateFilter",
    "EmailTemplateInclude",
    "EmailTemplateListResponse",
    "EmailTemplateRelationships",
    "EmailTemplateResourceType",
    "EmailTemplateResponse",
    "EmailTemplateStatsRequest",
    "EmailTemplateWriteAttributes",
    "EmailTemplateWriteData",
    "EmailTemplateWriteRequest",
    "EmailWriteAttributes",
    "EmailWriteData",
    "EmailWriteRequest",
    "Employee",
    "EmployeeAttributes",
    "EmployeeFilter",
    "EmployeeInvitation",
    "EmployeeInvitationAttributes",
    "EmployeeInvitationInclude",
    "EmployeeInvitationRelationships",
    "EmployeeInvitationResourceType",
    "EmployeeInvitationResponse",
    "EmployeeInvitationWriteAttributes",
    "EmployeeInvitationWriteData",
    "EmployeeInvitationWriteRequest",
    "EmployeeListResponse",
    "EmployeeRelationships",
    "EmployeeResourceType",
    "EmployeeResponse",
    "EmployeeStatsRequest",
    "EmployeeWriteAttributes",
    "EmployeeWriteData",
    "EmployeeWriteRequest",
    "Error",
    "ErrorDocument",
    "ErrorSource",
    "FulfillmentType",
    "FulfillmentTypeEqualOperators",
    "HashOperators",
    "IdOperators",
    "IntegerEqualOperators",
    "IntegerOperators",
    "Integration",
    "IntegrationAttributes",
    "IntegrationFilter",
    "IntegrationListResponse",
    "IntegrationRelationships",
    "IntegrationResourceType",
    "IntegrationResponse",
    "IntegrationStatsRequest",
    "IntegrationWriteAttributes",
    "IntegrationWriteData",
    "IntegrationWriteRequest",
    "InventoryAvailability",
    "InventoryAvailabilityAttributes",
    "InventoryAvailabilityFilter",
    "InventoryAvailabilityListResponse",
    "InventoryAvailabilityRelationships",
    "InventoryAvailabilityResourceType",
    "InventoryAvailabilityStatsRequest",
    "InventoryBreakdown",
    "InventoryBreakdownAttributes",
    "InventoryBreakdownFilter",
    "InventoryBreakdownInclude",
    "InventoryBreakdownListResponse",
    "InventoryBreakdownRelationships",
    "InventoryBreakdownResourceType",
    "InventoryBreakdownStatsRequest",
    "InventoryLevel",
    "InventoryLevelAttributes",
    "InventoryLevelFilter",
    "InventoryLevelInclude",
    "InventoryLevelInterval",
    "InventoryLevelIntervalAttributes",
    "InventoryLevelIntervalFilter",
    "InventoryLevelIntervalInclude",
    "InventoryLevelIntervalListResponse",
    "InventoryLevelIntervalRelationships",
    "InventoryLevelIntervalResourceType",
    "InventoryLevelIntervalStatsRequest",
    "InventoryLevelListResponse",
    "InventoryLevelRelationships",
    "InventoryLevelResourceType",
    "InventoryLevelStatsRequest",
    "InvoiceFinalization",
    "InvoiceFinalizationAttributes",
    "InvoiceFinalizationInclude",
    "InvoiceFinalizationRelationships",
    "InvoiceFinalizationResourceType",
    "InvoiceFinalizationResponse",
    "InvoiceFinalizationWriteAttributes",
    "InvoiceFinalizationWriteData",
    "InvoiceFinalizationWriteRequest",
    "InvoiceRevision",
    "InvoiceRevisionAttributes",
    "InvoiceRevisionInclude",
    "InvoiceRevisionRelationships",
    "InvoiceRevisionResourceType",
    "InvoiceRevisionResponse",
    "InvoiceRevisionWriteAttributes",
    "InvoiceRevisionWriteData",
    "InvoiceRevisionWriteRequest",
    "IpAddress",
    "IpAddressAttributes",
    "IpAddressFilter",
    "IpAddressListResponse",
    "IpAddressRelationships",
    "IpAddressResourceType",
    "IpAddressResponse",
    "IpAddressStatsRequest",
    "IpAddressWriteAttributes",
    "IpAddressWriteData",
    "IpAddressWriteRequest",
    "ItemFilter",
    "ItemInclude",
    "ItemListResponse",
    "ItemPrice",
    "ItemPriceAttributes",
    "ItemPriceFilter",
    "ItemPriceInclude",
    "ItemPriceListResponse",
    "ItemPriceRelationships",
    "ItemPriceResourceType",
    "ItemPriceStatsRequest",
    "ItemResponse",
    "ItemSearchFilter",
    "ItemSearchGroup",
    "ItemSearchRequest",
    "ItemStatsRequest",
    "JsonObject",
    "Language",
    "LanguageAttributes",
    "LanguageInclude",
    "LanguageRelationships",
    "LanguageResourceType",
    "LanguageResponse",
    "LanguageWriteAttributes",
    "LanguageWriteData",
    "LanguageWriteRequest",
    "Line",
    "LineArchiveInclude",
    "LineAttributes",
    "LineChargeSuggestion",
    "LineChargeSuggestionAttributes",
    "LineChargeSuggestionFilter",
    "LineChargeSuggestionInclude",
    "LineChargeSuggestionListResponse",
    "LineChargeSuggestionRelationships",
    "LineChargeSuggestionResourceType",
    "LineChargeSuggestionStatsRequest",
    "LineFilter",
    "LineInclude",
    "LineListInclude",
    "LineListResponse",
    "LineOwnerType",
    "LineOwnerTypeOperators",
    "LineRelationships",
    "LineResourceType",
    "LineResponse",
    "LineStatsRequest",
    "LineType",
    "LineTypeEqualOperators",
    "LineWriteAttributes",
    "LineWriteData",
    "LineWriteRequest",
    "Location",
    "LocationAttributes",
    "LocationFilter",
    "LocationInclude",
    "LocationListResponse",
    "LocationRelationships",
    "LocationResourceType",
    "LocationResponse",
    "LocationStatsRequest",
    "LocationType",
    "LocationTypeEqualOperators",
    "LocationWriteAttributes",
    "LocationWriteData",
    "LocationWriteRequest",
    "LogicalOperator",
    "LoginActivity",
    "LoginActivityAttributes",
    "LoginActivityFailureReason",
    "LoginActivityFilter",
    "LoginActivityListResponse",
    "LoginActivityRelationships",
    "LoginActivityResourceType",
    "LoginActivityStatsRequest",
    "LoginActivityStrategy",
    "LoginActivityStrategyEqualOperators",
    "Menu",
    "MenuAttributes",
    "MenuFilter",
    "MenuGetInclude",
    "MenuInclude",
    "MenuListResponse",
    "MenuRelationships",
    "MenuResourceType",
    "MenuResponse",
    "MenuStatsRequest",
    "MenuWriteAttributes",
    "MenuWriteData",
    "MenuWriteRequest",
    "Merge",
    "MergeAttributes",
    "MergeInclude",
    "MergeRelationships",
    "MergeResourceType",
    "MergeResponse",
    "MergeType",
    "MergeWriteAttributes",
    "MergeWriteData",
    "MergeWriteRequest",
    "Note",
    "NoteAttributes",
    "NoteFilter",
    "NoteInclude",
    "NoteListResponse",
    "NoteOwnerType",
    "NoteOwnerTypeOperators",
    "NoteRelationships",
    "NoteResourceType",
    "NoteResponse",
    "NoteStatsRequest",
    "NoteWriteAttributes",
    "NoteWriteData",
    "NoteWriteRequest",
    "NotificationSubscription",
    "NotificationSubscriptionAttributes",
    "NotificationSubscriptionCategory",
    "NotificationSubscriptionCategoryEqualOperators",
    "NotificationSubscriptionFilter",
    "NotificationSubscriptionListResponse",
    "NotificationSubscriptionOwnerType",
    "NotificationSubscriptionOwnerTypeOperators",
    "NotificationSubscriptionRelationships",
    "NotificationSubscriptionResourceType",
    "NotificationSubscriptionResponse",
    "NotificationSubscriptionStatsRequest",
    "NotificationSubscriptionWriteAttributes",
    "NotificationSubscriptionWriteData",
    "NotificationSubscriptionWriteRequest",
    "NumberOperators",
    "NumericAggregation",
    "OperatingRule",
    "OperatingRuleAttributes",
    "OperatingRuleDataType",
    "OperatingRuleDataTypeEqualOperators",
    "OperatingRuleFilter",
    "OperatingRuleListResponse",
    "OperatingRuleRelationships",
    "OperatingRuleResourceType",
    "OperatingRuleResponse",
    "OperatingRuleStatsRequest",
    "OperatingRuleWriteAttributes",
    "OperatingRuleWriteData",
    "OperatingRuleWriteRequest",
    "Operation",
    "OperationArchiveData",
    "OperationArchiveDataData",
    "OperationArchiveDataDataTargetType",
    "OperationArchiveDataType",
    "OperationAttributes",
    "OperationExportData",
    "OperationExportDataData",
    "OperationExportDataDataTargetType",
    "OperationExportDataType",
    "OperationFilter",
    "OperationGenerateBarcodeData",
    "OperationGenerateBarcodeDataData",
    "OperationGenerateBarcodeDataDataBarcodeType",
    "OperationGenerateBarcodeDataDataFor",
    "OperationGenerateBarcodeDataDataTargetType",
    "OperationGenerateBarcodeDataType",
    "OperationGenerateDocumentData",
    "OperationGenerateDocumentDataData",
    "OperationGenerateDocumentDataDataDocumentExtension",
    "OperationGenerateDocumentDataDataDocumentType",
    "OperationGenerateDocumentDataDataTargetType",
    "OperationGenerateDocumentDataType",
    "OperationInclude",
    "OperationListResponse",
    "OperationRelationships",
    "OperationResourceType",
    "OperationResponse",
    "OperationStatsRequest",
    "OperationStatus",
    "OperationStatusEqualOperators",
    "OperationUpdateCollectionsData",
    "OperationUpdateCollectionsDataData",
    "OperationUpdateCollectionsDataDataAction",
    "OperationUpdateCollectionsDataDataTargetType",
    "OperationUpdateCollectionsDataType",
    "OperationUpdateData",
    "OperationUpdateDataData",
    "OperationUpdateDataDataTargetType",
    "OperationUpdateDataType",
    "OperationUpdateTagData",
    "OperationUpdateTagDataData",
    "OperationUpdateTagDataDataAction",
    "OperationUpdateTagDataDataTargetType",
    "OperationUpdateTagDataType",
    "OperationWriteAttributes",
    "OperationWriteData",
    "OperationWriteRequest",
    "Order",
    "OrderAttributes",
    "OrderDeliveryRate",
    "OrderDeliveryRateAttributes",
    "OrderDeliveryRateFilter",
    "OrderDeliveryRateInclude",
    "OrderDeliveryRateListResponse",
    "OrderDeliveryRateRecalculation",
    "OrderDeliveryRateRecalculationAttributes",
    "OrderDeliveryRateRecalculationInclude",
    "OrderDeliveryRateRecalculationRelationships",
    "OrderDeliveryRateRecalculationResourceType",
    "OrderDeliveryRateRecalculationResponse",
    "OrderDeliveryRateRecalculationWriteAttributes",
    "OrderDeliveryRateRecalculationWriteData",
    "OrderDeliveryRateRecalculationWriteRequest",
    "OrderDeliveryRateRelationships",
    "OrderDeliveryRateResourceType",
    "OrderDeliveryRateResponse",
    "OrderDeliveryRateStatsRequest",
    "OrderDeliveryRateWriteAttributes",
    "OrderDeliveryRateWriteData",
    "OrderDeliveryRateWriteRequest",
    "OrderDuplication",
    "OrderDuplicationAttributes",
    "OrderDuplicationDeposit",
    "OrderDuplicationInclude",
    "OrderDuplicationRelationships",
    "OrderDuplicationResourceType",
    "OrderDuplicationResponse",
    "OrderDuplicationWriteAttributes",
    "OrderDuplicationWriteData",
    "OrderDuplicationWriteRequest",
    "OrderFilter",
    "OrderFulfillment",
    "OrderFulfillmentAttributes",
    "OrderFulfillmentInclude",
    "OrderFulfillmentRelationships",
    "OrderFulfillmentResourceType",
    "OrderFulfillmentResponse",
    "OrderFulfillmentWriteAttributes",
    "OrderFulfillmentWriteData",
    "OrderFulfillmentWriteRequest",
    "OrderInclude",
    "OrderListInclude",
    "OrderListResponse",
    "OrderPlanningAvailability",
    "OrderPlanningAvailabilityAttributes",
    "OrderPlanningAvailabilityFilter",
    "OrderPlanningAvailabilityRelationships",
    "OrderPlanningAvailabilityResourceType",
    "OrderPlanningAvailabilityResponse",
    "OrderPlanningAvailabilityStatsRequest",
    "OrderPriceRecalculation",
    "OrderPriceRecalculationAttributes",
    "OrderPriceRecalculationInclude",
    "OrderPriceRecalculationRelationships",
    "OrderPriceRecalculationResourceType",
    "OrderPriceRecalculationResponse",
    "OrderPriceRecalculationWriteAttributes",
    "OrderPriceRecalculationWriteData",
    "OrderPriceRecalculationWriteRequest",
    "OrderRelationships",
    "OrderResourceType",
    "OrderResponse",
    "OrderSearchFilter",
    "OrderSearchGroup",
    "OrderSearchRequest",
    "OrderStatsRequest",
    "OrderStatusTransition",
    "OrderStatusTransitionAttributes",
    "OrderStatusTransitionFrom",
    "OrderStatusTransitionInclude",
    "OrderStatusTransitionRelationships",
    "OrderStatusTransitionResourceType",
    "OrderStatusTransitionResponse",
    "OrderStatusTransitionTo",
    "OrderStatusTransitionWriteAttributes",
    "OrderStatusTransitionWriteData",
    "OrderStatusTransitionWriteRequest",
    "OrderWriteAttributes",
    "OrderWriteData",
    "OrderWriteRequest",
    "PaginationLinks",
    "PaymentAuthorization",
    "PaymentAuthorizationAttributes",
    "PaymentAuthorizationInclude",
    "PaymentAuthorizationMode",
    "PaymentAuthorizationProvider",
    "PaymentAuthorizationRelationships",
    "PaymentAuthorizationResourceType",
    "PaymentAuthorizationResponse",
    "PaymentAuthorizationStatus",
    "PaymentAuthorizationWriteAttributes",
    "PaymentAuthorizationWriteData",
    "PaymentAuthorizationWriteRequest",
    "PaymentCharge",
    "PaymentChargeAttributes",
    "PaymentChargeInclude",
    "PaymentChargeMode",
    "PaymentChargeProvider",
    "PaymentChargeRelationships",
    "PaymentChargeResourceType",
    "PaymentChargeResponse",
    "PaymentChargeStatus",
    "PaymentChargeWriteAttributes",
    "PaymentChargeWriteData",
    "PaymentChargeWriteRequest",
    "PaymentFilter",
    "PaymentInclude",
    "PaymentListResponse",
    "PaymentMethod",
    "PaymentMethodAttributes",
    "PaymentMethodFilter",
    "PaymentMethodListResponse",
    "PaymentMethodProvider",
    "PaymentMethodProviderEqualOperators",
    "PaymentMethodRelationships",
    "PaymentMethodResourceType",
    "PaymentMethodResponse",
    "PaymentMethodStatsRequest",
    "PaymentMethodStatus",
    "PaymentMethodStatusEqualOperators",
    "PaymentMethodWriteAttributes",
    "PaymentMethodWriteData",
    "PaymentMethodWriteRequest",
    "PaymentProfile",
    "PaymentProfileAttributes",
    "PaymentProfileFilter",
    "PaymentProfileListResponse",
    "PaymentProfileRelationships",
    "PaymentProfileResourceType",
    "PaymentProfileResponse",
    "PaymentProfileStatsRequest",
    "PaymentRefund",
    "PaymentRefundAttributes",
    "PaymentRefundInclude",
    "PaymentRefundProvider",
    "PaymentRefundRelationships",
    "PaymentRefundResourceType",
    "PaymentRefundResponse",
    "PaymentRefundStatus",
    "PaymentRefundWriteAttributes",
    "PaymentRefundWriteData",
    "PaymentRefundWriteRequest",
    "PaymentResponse",
    "PaymentStatsRequest",
    "PaymentStatus",
    "PaymentStatusEqualOperators",
    "Photo",
    "PhotoAttributes",
    "PhotoFilter",
    "PhotoInclude",
    "PhotoListResponse",
    "PhotoOwnerType",
    "PhotoOwnerTypeOperators",
    "PhotoRelationships",
    "PhotoResourceType",
    "PhotoResponse",
    "PhotoStatsRequest",
    "PhotoWriteAttributes",
    "PhotoWriteData",
    "PhotoWriteRequest",
    "Planning",
    "PlanningAttributes",
    "PlanningFilter",
    "PlanningGetInclude",
    "PlanningInclude",
    "PlanningKind",
    "PlanningKindEqualOperators",
    "PlanningKindOperators",
    "PlanningListResponse",
    "PlanningRelationships",
    "PlanningResourceType",
    "PlanningResponse",
    "PlanningSearchFilter",
    "PlanningSearchGroup",
    "PlanningSearchRequest",
    "PlanningStatsRequest",
    "PricePeriod",
    "PricePeriodEqualOperators",
    "PriceRule",
    "PriceRuleAdjustmentStrategy",
    "PriceRuleAttributes",
    "PriceRuleInclude",
    "PriceRuleMatchStrategy",
    "PriceRuleRelationships",
    "PriceRuleResourceType",
    "PriceRuleResponse",
    "PriceRuleset",
    "PriceRulesetAttributes",
    "PriceRulesetFilter",
    "PriceRulesetInclude",
    "PriceRulesetListResponse",
    "PriceRulesetRelationships",
    "PriceRulesetResourceType",
    "PriceRulesetResponse",
    "PriceRulesetStatsRequest",
    "PriceRulesetWriteAttributes",
    "PriceRulesetWriteData",
    "PriceRulesetWriteRequest",
    "PriceRuleType",
    "PriceRuleWriteAttributes",
    "PriceRuleWriteData",
    "PriceRuleWriteRequest",
    "PriceStructure",
    "PriceStructureAttributes",
    "PriceStructureFilter",
    "PriceStructureInclude",
    "PriceStructureListResponse",
    "PriceStructureRelationships",
    "PriceStructureResourceType",
    "PriceStructureResponse",
    "PriceStructureStatsRequest",
    "PriceStructureType",
    "PriceStructureTypeOperators",
    "PriceStructureWriteAttributes",
    "PriceStructureWriteData",
    "PriceStructureWriteRequest",
    "PriceTile",
    "PriceTileAttributes",
    "PriceTileFilter",
    "PriceTileInclude",
    "PriceTileListResponse",
    "PriceTilePeriod",
    "PriceTileRelationships",
    "PriceTileResourceType",
    "PriceTileResponse",
    "PriceTileStatsRequest",
    "PriceTileWriteAttributes",
    "PriceTileWriteData",
    "PriceTileWriteRequest",
    "PriceType",
    "PriceTypeEqualOperators",
    "Product",
    "ProductAttributes",
    "ProductFilter",
    "ProductGroup",
    "ProductGroupAttributes",
    "ProductGroupCreateInclude",
    "ProductGroupDuplication",
    "ProductGroupDuplicationAttributes",
    "ProductGroupDuplicationInclude",
    "ProductGroupDuplicationRelationships",
    "ProductGroupDuplicationResourceType",
    "ProductGroupDuplicationResponse",
    "ProductGroupDuplicationWriteAttributes",
    "ProductGroupDuplicationWriteData",
    "ProductGroupDuplicationWriteRequest",
    "ProductGroupFilter",
    "ProductGroupGetInclude",
    "ProductGroupInclude",
    "ProductGroupListResponse",
    "ProductGroupRelationships",
    "ProductGroupResourceType",
    "ProductGroupResponse",
    "ProductGroupSearchFilter",
    "ProductGroupSearchGroup",
    "ProductGroupSearchRequest",
    "ProductGroupStatsRequest",
    "ProductGroupWriteAttributes",
    "ProductGroupWriteData",
    "ProductGroupWriteRequest",
    "ProductInclude",
    "ProductListResponse",
    "ProductRelationships",
    "ProductResourceType",
    "ProductResponse",
    "ProductSearchFilter",
    "ProductSearchGroup",
    "ProductSearchRequest",
    "ProductStatsRequest",
    "ProductTracker",
    "ProductTrackerAttributes",
    "ProductTrackerFilter",
    "ProductTrackerInclude",
    "ProductTrackerListResponse",
    "ProductTrackerRelationships",
    "ProductTrackerResourceType",
    "ProductTrackerStatsRequest",
    "ProductType",
    "ProductTypeEqualOperators",
    "ProductVariation",
    "ProductWriteAttributes",
    "ProductWriteData",
    "ProductWriteRequest",
    "Property",
    "PropertyAttributes",
    "PropertyFilter",
    "PropertyInclude",
    "PropertyListResponse",
    "PropertyOwnerType",
    "PropertyOwnerTypeOperators",
    "PropertyRelationships",
    "PropertyResourceType",
    "PropertyResponse",
    "PropertyStatsRequest",
    "PropertyType",
    "PropertyWriteAttributes",
    "PropertyWriteData",
    "PropertyWriteRequest",
    "Province",
    "ProvinceAttributes",
    "ProvinceFilter",
    "ProvinceListResponse",
    "ProvinceRelationships",
    "ProvinceResourceType",
    "ProvinceStatsRequest",
    "Publication",
    "PublicationAttributes",
    "PublicationFilter",
    "PublicationInclude",
    "PublicationListInclude",
    "PublicationListResponse",
    "PublicationRelationships",
    "PublicationResourceType",
    "PublicationResponse",
    "PublicationStatsRequest",
    "PublicationWriteAttributes",
    "PublicationWriteData",
    "PublicationWriteRequest",
    "RangeAggregation",
    "Recommendation",
    "RecommendationAttributes",
    "RecommendationCreateInclude",
    "RecommendationFilter",
    "RecommendationInclude",
    "RecommendationListResponse",
    "RecommendationRelationships",
    "RecommendationResourceType",
    "RecommendationResponse",
    "RecommendationStatsRequest",
    "RecommendationWriteAttributes",
    "RecommendationWriteData",
    "RecommendationWriteRequest",
    "RefundablePaymentCharge",
    "RefundablePaymentChargeAttributes",
    "RefundablePaymentChargeFilter",
    "RefundablePaymentChargeInclude",
    "RefundablePaymentChargeListResponse",
    "RefundablePaymentChargeRelationships",
    "RefundablePaymentChargeResourceType",
    "RefundablePaymentChargeStatsRequest",
    "Relationship",
    "RelationshipLinks",
    "RelationshipMap",
    "RenderedEmail",
    "RenderedEmailAttributes",
    "RenderedEmailRelationships",
    "RenderedEmailResourceType",
    "RenderedEmailResponse",
    "RenderedEmailWriteAttributes",
    "RenderedEmailWriteData",
    "RenderedEmailWriteRequest",
    "RentalStatus",
    "RentalStatusEqualOperators",
    "RentalStatusOperators",
    "ReportCompanyPerformance",
    "ReportCompanyPerformanceAttributes",
    "ReportCompanyPerformanceFilter",
    "ReportCompanyPerformanceListResponse",
    "ReportCompanyPerformanceRelationships",
    "ReportCompanyPerformanceResourceType",
    "ReportCompanyPerformanceStatsRequest",
    "ReportCoupon",
    "ReportCouponAttributes",
    "ReportCouponFilter",
    "ReportCouponListResponse",
    "ReportCouponRelationships",
    "ReportCouponResourceType",
    "ReportCouponStatsRequest",
    "ReportRental",
    "ReportRentalAttributes",
    "ReportRentalFilter",
    "ReportRentalInclude",
    "ReportRentalInterval",
    "ReportRentalIntervalAttributes",
    "ReportRentalIntervalFilter",
    "ReportRentalIntervalInclude",
    "ReportRentalIntervalListResponse",
    "ReportRentalIntervalRelationships",
    "ReportRentalIntervalResourceType",
    "ReportRentalIntervalStatsRequest",
    "ReportRentalListResponse",
    "ReportRentalRelationships",
    "ReportRentalResourceType",
    "ReportRentalStatsRequest",
    "ReportSalesItem",
    "ReportSalesItemAttributes",
    "ReportSalesItemFilter",
    "ReportSalesItemInclude",
    "ReportSalesItemListResponse",
    "ReportSalesItemRelationships",
    "ReportSalesItemResourceType",
    "ReportSalesItemStatsRequest",
    "ReportStockItem",
    "ReportStockItemAttributes",
    "ReportStockItemFilter",
    "ReportStockItemInclude",
    "ReportStockItemListResponse",
    "ReportStockItemRelationships",
    "ReportStockItemResourceType",
    "ReportStockItemStatsRequest",
    "ResourceBase",
    "ResourceIdentifier",
    "ResourceObject",
    "Session",
    "SessionAttributes",
    "SessionInclude",
    "SessionRelationships",
    "SessionResourceType",
    "SessionResponse",
    "Setting",
    "SettingAttributes",
    "SettingRelationships",
    "SettingResourceType",
    "SettingResponse",
    "Signature",
    "SignatureAttributes",
    "SignatureInclude",
    "SignatureRelationships",
    "SignatureResourceType",
    "SignatureResponse",
    "SignatureWriteAttributes",
    "SignatureWriteData",
    "SignatureWriteRequest",
    "Sorting",
    "SortingAttributes",
    "SortingRelationships",
    "SortingResourceType",
    "SortingResponse",
    "SortingType",
    "SortingWriteAttributes",
    "SortingWriteData",
    "SortingWriteRequest",
    "SparseFieldsets",
    "SpecifyStockItemsAction",
    "SpecifyStockItemsActionAction",
    "StartProductAction",
    "StartProductActionAction",
    "StartStockItemsAction",
    "StartStockItemsActionAction",
    "StatCounts",
    "Stats",
    "StatSums",
    "StatusCounts",
    "StatValues",
    "StockAdjustment",
    "StockAdjustmentAttributes",
    "StockAdjustmentInclude",
    "StockAdjustmentRelationships",
    "StockAdjustmentResourceType",
    "StockAdjustmentResponse",
    "StockAdjustmentWriteAttributes",
    "StockAdjustmentWriteData",
    "StockAdjustmentWriteRequest",
    "StockCount",
    "StockCountAttributes",
    "StockCountFilter",
    "StockCountInclude",
    "StockCountListResponse",
    "StockCountRelationships",
    "StockCountResourceType",
    "StockCountResponse",
    "StockCountStatsRequest",
    "StockCountWriteAttributes",
    "StockCountWriteData",
    "StockCountWriteRequest",
    "StockItem",
    "StockItemArchivation",
    "StockItemArchivationAttributes",
    "StockItemArchivationInclude",
    "StockItemArchivationRelationships",
    "StockItemArchivationResourceType",
    "StockItemArchivationResponse",
    "StockItemArchivationWriteAttributes",
    "StockItemArchivationWriteData",
    "StockItemArchivationWriteRequest",
    "StockItemAttributes",
    "StockItemFilter",
    "StockItemGetInclude",
    "StockItemInclude",
    "StockItemListInclude",
    "StockItemListResponse",
    "StockItemPlanning",
    "StockItemPlanningAttributes",
    "StockItemPlanningFilter",
    "StockItemPlanningInclude",
    "StockItemPlanningListResponse",
    "StockItemPlanningRelationships",
    "StockItemPlanningResourceType",
    "StockItemPlanningStatsRequest",
    "StockItemRelationships",
    "StockItemResourceType",
    "StockItemResponse",
    "StockItemStatsRequest",
    "StockItemStatus",
    "StockItemStatusEqualOperators",
    "StockItemSuggestion",
    "StockItemSuggestionAttributes",
    "StockItemSuggestionFilter",
    "StockItemSuggestionInclude",
    "StockItemSuggestionListResponse",
    "StockItemSuggestionRelationships",
    "StockItemSuggestionResourceType",
    "StockItemSuggestionStatsRequest",
    "StockItemSuggestionStatus",
    "StockItemSuggestionStatusEqualOperators",
    "StockItemTracker",
    "StockItemTrackerAttributes",
    "StockItemTrackerFilter",
    "StockItemTrackerInclude",
    "StockItemTrackerListResponse",
    "StockItemTrackerRelationships",
    "StockItemTrackerResourceType",
    "StockItemTrackerStatsRequest",
    "StockItemType",
    "StockItemTypeEqualOperators",
    "StockItemWriteAttributes",
    "StockItemWriteData",
    "StockItemWriteRequest",
    "StopProductAction",
    "StopProductActionAction",
    "StopStockItemsAction",
    "StopStockItemsActionAction",
    "StringEqualOperators",
    "StringOperators",
    "StripeAccount",
    "StripeAccountAttributes",
    "StripeAccountFilter",
    "StripeAccountListResponse",
    "StripeAccountRelationships",
    "StripeAccountResourceType",
    "StripeAccountResponse",
    "StripeAccountStatsRequest",
    "SumAggregation",
    "SumOrCountAggregation",
    "Tag",
    "TagAttributes",
    "TagFilter",
    "TagFor",
    "TagForEqualOperators",
    "TagListResponse",
    "TagRelationships",
    "TagResourceType",
    "TagStatsRequest",
    "TaxCategory",
    "TaxCategoryAttributes",
    "TaxCategoryFilter",
    "TaxCategoryInclude",
    "TaxCategoryListResponse",
    "TaxCategoryRelationships",
    "TaxCategoryResourceType",
    "TaxCategoryResponse",
    "TaxCategoryStatsRequest",
    "TaxCategoryWriteAttributes",
    "TaxCategoryWriteData",
    "TaxCategoryWriteRequest",
    "TaxRate",
    "TaxRateAttributes",
    "TaxRateFilter",
    "TaxRateInclude",
    "TaxRateListResponse",
    "TaxRateOwnerType",
    "TaxRateOwnerTypeOperators",
    "TaxRateRelationships",
    "TaxRateResourceType",
    "TaxRateResponse",
    "TaxRateStatsRequest",
    "TaxRateWriteAttributes",
    "TaxRateWriteData",
    "TaxRateWriteRequest",
    "TaxRegion",
    "TaxRegionAttributes",
    "TaxRegionFilter",
    "TaxRegionInclude",
    "TaxRegionListResponse",
    "TaxRegionRelationships",
    "TaxRegionResourceType",
    "TaxRegionResponse",
    "TaxRegionStatsRequest",
    "TaxRegionStrategy",
    "TaxRegionStrategyEqualOperators",
    "TaxRegionWriteAttributes",
    "TaxRegionWriteData",
    "TaxRegionWriteRequest",
    "TaxValue",
    "TaxValueAttributes",
    "TaxValueFilter",
    "TaxValueInclude",
    "TaxValueListResponse",
    "TaxValueOwnerType",
    "TaxValueOwnerTypeOperators",
    "TaxValueRelationships",
    "TaxValueResourceType",
    "TaxValueResponse",
    "TaxValueStatsRequest",
    "TextIdResourceBase",
    "TextIdWriteResourceBase",
    "TextOperators",
    "Theme",
    "ThemeAttributes",
    "ThemeFilter",
    "ThemeInclude",
    "ThemeListResponse",
    "ThemeRelationships",
    "ThemeResourceType",
    "ThemeResponse",
    "ThemeStatsRequest",
    "ThemeType",
    "ThemeTypeEqualOperators",
    "ThemeWriteAttributes",
    "ThemeWriteData",
    "ThemeWriteRequest",
    "TrackingType",
    "TrackingTypeEqualOperators",
    "UploadedFile",
    "UrlRedirect",
    "UrlRedirectAttributes",
    "UrlRedirectFilter",
    "UrlRedirectListResponse",
    "UrlRedirectRelationships",
    "UrlRedirectResourceType",
    "UrlRedirectResponse",
    "UrlRedirectStatsRequest",
    "UrlRedirectWriteAttributes",
    "UrlRedirectWriteData",
    "UrlRedirectWriteRequest",
    "User",
    "UserAttributes",
    "UserFilter",
    "UserInclude",
    "UserInvitation",
    "UserInvitationAttributes",
    "UserInvitationRelationships",
    "UserInvitationResourceType",
    "UserInvitationResponse",
    "UserInvitationWriteAttributes",
    "UserInvitationWriteData",
    "UserInvitationWriteRequest",
    "UserListResponse",
    "UserRelationships",
    "UserResourceType",
    "UserResponse",
    "UserStatsRequest",
    "UserStatus",
    "UserStatusEqualOperators",
    "UserWriteAttributes",
    "UserWriteData",
    "UserWriteRequest",
    "UuidEqualOperators",
    "UuidOperators",
    "Webhook",
    "WebhookAttributes",
    "WebhookEndpoint",
    "WebhookEndpointAttributes",
    "WebhookEndpointFilter",
    "WebhookEndpointListResponse",
    "WebhookEndpointRelationships",
    "WebhookEndpointResourceType",
    "WebhookEndpointResponse",
    "WebhookEndpointStatsRequest",
    "WebhookEndpointVersion",
    "WebhookEndpointVersionEqualOperators",
    "WebhookEndpointWriteAttributes",
    "WebhookEndpointWriteData",
    "WebhookEndpointWriteRequest",
    "WebhookEvent",
    "WebhookRelationships",
    "WebhookResourceType",
    "WebhookResponse",
    "Weight",
    "WeightUnit",
    "WriteRequestBase",
    "WriteResourceBase",
]

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "ActivityLog": ".activity_log",
        "ActivityLogAttributes": ".activity_log_attributes",
        "ActivityLogFilter": ".activity_log_filter",
        "ActivityLogInclude": ".activity_log_include",
        "ActivityLogListResponse": ".activity_log_list_response",
        "ActivityLogRelationships": ".activity_log_relationships",
        "ActivityLogResourceType": ".activity_log_resource_type",
        "ActivityLogResponse": ".activity_log_response",
        "ActivityLogStatsRequest": ".activity_log_stats_request",
        "Address": ".address",
        "AnyOfOperators": ".any_of_operators",
        "AppCarrier": ".app_carrier",
        "AppCarrierAttributes": ".app_carrier_attributes",
        "AppCarrierFilter": ".app_carrier_filter",
        "AppCarrierListResponse": ".app_carrier_list_response",
        "AppCarrierRelationships": ".app_carrier_relationships",
        "AppCarrierResourceType": ".app_carrier_resource_type",
        "AppCarrierResponse": ".app_carrier_response",
        "AppCarrierStatsRequest": ".app_carrier_stats_request",
        "AppCarrierWriteAttributes": ".app_carrier_write_attributes",
        "AppCarrierWriteData": ".app_carrier_write_data",
        "AppCarrierWriteRequest": ".app_carrier_write_request",
        "AppPaymentOption": ".app_payment_option",
        "AppPaymentOptionAttributes": ".app_payment_option_attributes",
        "AppPaymentOptionFilter": ".app_payment_option_filter",
        "AppPaymentOptionInclude": ".app_payment_option_include",
        "AppPaymentOptionListResponse": ".app_payment_option_list_response",
        "AppPaymentOptionRelationships": ".app_payment_option_relationships",
        "AppPaymentOptionResourceType": ".app_payment_option_resource_type",
        "AppPaymentOptionResponse": ".app_payment_option_response",
        "AppPaymentOptionStatsRequest": ".app_payment_option_stats_request",
        "AppPaymentOptionWriteAttributes": ".app_payment_option_write_attributes",
        "AppPaymentOptionWriteData": ".app_payment_option_write_data",
        "AppPaymentOptionWriteRequest": ".app_payment_option_write_request",
        "Asset": ".asset",
        "AssetAttributes": ".asset_attributes",
        "AssetFilter": ".asset_filter",
        "AssetInclude": ".asset_include",
        "AssetListResponse": ".asset_list_response",
        "AssetRelationships": ".asset_relationships",
        "AssetResourceType": ".asset_resource_type",
        "AssetResponse": ".asset_response",
        "AssetStatsRequest": ".asset_stats_request",
        "AssetWriteAttributes": ".asset_write_attributes",
        "AssetWriteData": ".asset_write_data",
        "AssetWriteRequest": ".asset_write_request",
        "AuthenticationMethod": ".authentication_method",
        "AuthenticationMethodAlgorithm": ".authentication_method_algorithm",
        "AuthenticationMethodAttributes": ".authentication_method_attributes",
        "AuthenticationMethodFilter": ".authentication_method_filter",
        "AuthenticationMethodInclude": ".authentication_method_include",
        "AuthenticationMethodKind": ".authentication_method_kind",
        "AuthenticationMethodKindEqualOperators": ".authentication_method_kind_equal_operators",
        "AuthenticationMethodListResponse": ".authentication_method_list_response",
        "AuthenticationMethodRelationships": ".authentication_method_relationships",
        "AuthenticationMethodResourceType": ".authentication_method_resource_type",
        "AuthenticationMethodResponse": ".authentication_method_response",
        "AuthenticationMethodStatsRequest": ".authentication_method_stats_request",
        "AuthenticationMethodWriteAttributes": ".authentication_method_write_attributes",
        "AuthenticationMethodWriteData": ".authentication_method_write_data",
        "AuthenticationMethodWriteRequest": ".authentication_method_write_request",
        "Availability": ".availability",
        "AvailabilityAttributes": ".availability_attributes",
        "AvailabilityFilter": ".availability_filter",
        "AvailabilityListResponse": ".availability_list_response",
        "AvailabilityRelationships": ".availability_relationships",
        "AvailabilityResourceType": ".availability_resource_type",
        "AvailabilityStatsRequest": ".availability_stats_request",
        "AvailabilityStatus": ".availability_status",
        "AvailabilitySubjectType": ".availability_subject_type",
        "AvailabilitySubjectTypeEqualOperators": ".availability_subject_type_equal_operators",
        "AvailabilityType": ".availability_type",
        "Barcode": ".barcode",
        "BarcodeAttributes": ".barcode_attributes",
        "BarcodeFilter": ".barcode_filter",
        "BarcodeInclude": ".barcode_include",
        "BarcodeListResponse": ".barcode_list_response",
        "BarcodeOwnerType": ".barcode_owner_type",
        "BarcodeOwnerTypeOperators": ".barcode_owner_type_operators",
        "BarcodeRelationships": ".barcode_relationships",
        "BarcodeResourceType": ".barcode_resource_type",
        "BarcodeResponse": ".barcode_response",
        "BarcodeStatsRequest": ".barcode_stats_request",
        "BarcodeType": ".barcode_type",
        "BarcodeTypeEqualOperators": ".barcode_type_equal_operators",
        "BarcodeWriteAttributes": ".barcode_write_attributes",
        "BarcodeWriteData": ".barcode_write_data",
        "BarcodeWriteRequest": ".barcode_write_request",
        "BillingInvoice": ".billing_invoice",
        "BillingInvoiceAttributes": ".billing_invoice_attributes",
        "BillingInvoiceBillingReason": ".billing_invoice_billing_reason",
        "BillingInvoiceBillingReasonEqualOperators": ".billing_invoice_billing_reason_equal_operators",
        "BillingInvoiceFilter": ".billing_invoice_filter",
        "BillingInvoiceListResponse": ".billing_invoice_list_response",
        "BillingInvoiceRelationships": ".billing_invoice_relationships",
        "BillingInvoiceResourceType": ".billing_invoice_resource_type",
        "BillingInvoiceResponse": ".billing_invoice_response",
        "BillingInvoiceStatsRequest": ".billing_invoice_stats_request",
        "BillingInvoiceStatus": ".billing_invoice_status",
        "BillingInvoiceStatusEqualOperators": ".billing_invoice_status_equal_operators",
        "BillingInvoiceStrategy": ".billing_invoice_strategy",
        "BillingInvoiceStrategyEqualOperators": ".billing_invoice_strategy_equal_operators",
        "BillingPlan": ".billing_plan",
        "BillingPlanAttributes": ".billing_plan_attributes",
        "BillingPlanFilter": ".billing_plan_filter",
        "BillingPlanListResponse": ".billing_plan_list_response",
        "BillingPlanRelationships": ".billing_plan_relationships",
        "BillingPlanResourceType": ".billing_plan_resource_type",
        "BillingPlanStatsRequest": ".billing_plan_stats_request",
        "BookBundleAction": ".book_bundle_action",
        "BookBundleActionAction": ".book_bundle_action_action",
        "BookProductAction": ".book_product_action",
        "BookProductActionAction": ".book_product_action_action",
        "BookStockItemsAction": ".book_stock_items_action",
        "BookStockItemsActionAction": ".book_stock_items_action_action",
        "BookingMode": ".booking_mode",
        "BooleanOperators": ".boolean_operators",
        "BulkUpsert": ".bulk_upsert",
        "BulkUpsertAttributes": ".bulk_upsert_attributes",
        "BulkUpsertInclude": ".bulk_upsert_include",
        "BulkUpsertRelationships": ".bulk_upsert_relationships",
        "BulkUpsertResourceType": ".bulk_upsert_resource_type",
        "BulkUpsertResponse": ".bulk_upsert_response",
        "BulkUpsertType": ".bulk_upsert_type",
        "BulkUpsertWriteAttributes": ".bulk_upsert_write_attributes",
        "BulkUpsertWriteData": ".bulk_upsert_write_data",
        "BulkUpsertWriteRequest": ".bulk_upsert_write_request",
        "Bundle": ".bundle",
        "BundleAttributes": ".bundle_attributes",
        "BundleFilter": ".bundle_filter",
        "BundleGetInclude": ".bundle_get_include",
        "BundleInclude": ".bundle_include",
        "BundleItem": ".bundle_item",
        "BundleItemAttributes": ".bundle_item_attributes",
        "BundleItemFilter": ".bundle_item_filter",
        "BundleItemInclude": ".bundle_item_include",
        "BundleItemListResponse": ".bundle_item_list_response",
        "BundleItemRelationships": ".bundle_item_relationships",
        "BundleItemResourceType": ".bundle_item_resource_type",
        "BundleItemResponse": ".bundle_item_response",
        "BundleItemStatsRequest": ".bundle_item_stats_request",
        "BundleItemWriteAttributes": ".bundle_item_write_attributes",
        "BundleItemWriteData": ".bundle_item_write_data",
        "BundleItemWriteRequest": ".bundle_item_write_request",
        "BundleListInclude": ".bundle_list_include",
        "BundleListResponse": ".bundle_list_response",
        "BundlePrice": ".bundle_price",
        "BundlePriceAttributes": ".bundle_price_attributes",
        "BundlePriceFilter": ".bundle_price_filter",
        "BundlePriceListResponse": ".bundle_price_list_response",
        "BundlePriceRelationships": ".bundle_price_relationships",
        "BundlePriceResourceType": ".bundle_price_resource_type",
        "BundlePriceStatsRequest": ".bundle_price_stats_request",
        "BundleProductType": ".bundle_product_type",
        "BundleProductTypeEqualOperators": ".bundle_product_type_equal_operators",
        "BundleRelationships": ".bundle_relationships",
        "BundleResourceType": ".bundle_resource_type",
        "BundleResponse": ".bundle_response",
        "BundleSearchFilter": ".bundle_search_filter",
        "BundleSearchGroup": ".bundle_search_group",
        "BundleSearchRequest": ".bundle_search_request",
        "BundleStatsRequest": ".bundle_stats_request",
        "BundleWriteAttributes": ".bundle_write_attributes",
        "BundleWriteData": ".bundle_write_data",
        "BundleWriteRequest": ".bundle_write_request",
        "CheckoutItem": ".checkout_item",
        "CheckoutItemAttributes": ".checkout_item_attributes",
        "CheckoutItemFilter": ".checkout_item_filter",
        "CheckoutItemListResponse": ".checkout_item_list_response",
        "CheckoutItemRelationships": ".checkout_item_relationships",
        "CheckoutItemResourceType": ".checkout_item_resource_type",
        "CheckoutItemResponse": ".checkout_item_response",
        "CheckoutItemStatsRequest": ".checkout_item_stats_request",
        "CheckoutItemWriteAttributes": ".checkout_item_write_attributes",
        "CheckoutItemWriteData": ".checkout_item_write_data",
        "CheckoutItemWriteRequest": ".checkout_item_write_request",
        "Collection": ".collection",
        "CollectionAttributes": ".collection_attributes",
        "CollectionFilter": ".collection_filter",
        "CollectionInclude": ".collection_include",
        "CollectionItem": ".collection_item",
        "CollectionItemAttributes": ".collection_item_attributes",
        "CollectionItemFilter": ".collection_item_filter",
        "CollectionItemInclude": ".collection_item_include",
        "CollectionItemListResponse": ".collection_item_list_response",
        "CollectionItemRelationships": ".collection_item_relationships",
        "CollectionItemResourceType": ".collection_item_resource_type",
        "CollectionItemResponse": ".collection_item_response",
        "CollectionItemStatsRequest": ".collection_item_stats_request",
        "CollectionItemWriteAttributes": ".collection_item_write_attributes",
        "CollectionItemWriteData": ".collection_item_write_data",
        "CollectionItemWriteRequest": ".collection_item_write_request",
        "CollectionListResponse": ".collection_list_response",
        "CollectionRelationships": ".collection_relationships",
        "CollectionResourceType": ".collection_resource_type",
        "CollectionResponse": ".collection_response",
        "CollectionStatsRequest": ".collection_stats_request",
        "CollectionTree": ".collection_tree",
        "CollectionTreeAttributes": ".collection_tree_attributes",
        "CollectionTreeRelationships": ".collection_tree_relationships",
        "CollectionTreeResourceType": ".collection_tree_resource_type",
        "CollectionTreeResponse": ".collection_tree_response",
        "CollectionTreeWriteAttributes": ".collection_tree_write_attributes",
        "CollectionTreeWriteData": ".collection_tree_write_data",
        "CollectionTreeWriteRequest": ".collection_tree_write_request",
        "CollectionType": ".collection_type",
        "CollectionWriteAttributes": ".collection_write_attributes",
        "CollectionWriteData": ".collection_write_data",
        "CollectionWriteRequest": ".collection_write_request",
        "Company": ".company",
        "CompanyAttributes": ".company_attributes",
        "CompanyRelationships": ".company_relationships",
        "CompanyResourceType": ".company_resource_type",
        "CompanyResponse": ".company_response",
        "CompanyWriteAttributes": ".company_write_attributes",
        "CompanyWriteData": ".company_write_data",
        "CompanyWriteRequest": ".company_write_request",
        "Count": ".count",
        "CountAggregation": ".count_aggregation",
        "CountAttributes": ".count_attributes",
        "CountRelationships": ".count_relationships",
        "CountResourceType": ".count_resource_type",
        "CountResponse": ".count_response",
        "Country": ".country",
        "CountryAttributes": ".country_attributes",
        "CountryFilter": ".country_filter",
        "CountryInclude": ".country_include",
        "CountryListResponse": ".country_list_response",
        "CountryRelationships": ".country_relationships",
        "CountryResourceType": ".country_resource_type",
        "CountryStatsRequest": ".country_stats_request",
        "Coupon": ".coupon",
        "CouponAttributes": ".coupon_attributes",
        "CouponEligibleItemType": ".coupon_eligible_item_type",
        "CouponEligibleItemTypeEqualOperators": ".coupon_eligible_item_type_equal_operators",
        "CouponFilter": ".coupon_filter",
        "CouponInclude": ".coupon_include",
        "CouponListResponse": ".coupon_list_response",
        "CouponRelationships": ".coupon_relationships",
        "CouponResourceType": ".coupon_resource_type",
        "CouponResponse": ".coupon_response",
        "CouponStatsRequest": ".coupon_stats_request",
        "CouponWriteAttributes": ".coupon_write_attributes",
        "CouponWriteData": ".coupon_write_data",
        "CouponWriteRequest": ".coupon_write_request",
        "Currency": ".currency",
        "CurrencyAttributes": ".currency_attributes",
        "CurrencyRelationships": ".currency_relationships",
        "CurrencyResourceType": ".currency_resource_type",
        "CurrencyResponse": ".currency_response",
        "Customer": ".customer",
        "CustomerAttributes": ".customer_attributes",
        "CustomerFilter": ".customer_filter",
        "CustomerInclude": ".customer_include",
        "CustomerListResponse": ".customer_list_response",
        "CustomerRelationships": ".customer_relationships",
        "CustomerResourceType": ".customer_resource_type",
        "CustomerResponse": ".customer_response",
        "CustomerSearchFilter": ".customer_search_filter",
        "CustomerSearchGroup": ".customer_search_group",
        "CustomerSearchRequest": ".customer_search_request",
        "CustomerStatsRequest": ".customer_stats_request",
        "CustomerWriteAttributes": ".customer_write_attributes",
        "CustomerWriteData": ".customer_write_data",
        "CustomerWriteRequest": ".customer_write_request",
        "DateOperators": ".date_operators",
        "DatetimeBetweenOperators": ".datetime_between_operators",
        "DatetimeCompareOperators": ".datetime_compare_operators",
        "DatetimeEqualOperators": ".datetime_equal_operators",
        "DatetimeOperators": ".datetime_operators",
        "DatetimeRangeOperators": ".datetime_range_operators",
        "DefaultProperty": ".default_property",
        "DefaultPropertyAttributes": ".default_property_attributes",
        "DefaultPropertyFilter": ".default_property_filter",
        "DefaultPropertyListResponse": ".default_property_list_response",
        "DefaultPropertyRelationships": ".default_property_relationships",
        "DefaultPropertyResourceType": ".default_property_resource_type",
        "DefaultPropertyResponse": ".default_property_response",
        "DefaultPropertyStatsRequest": ".default_property_stats_request",
        "DefaultPropertyType": ".default_property_type",
        "DefaultPropertyWriteAttributes": ".default_property_write_attributes",
        "DefaultPropertyWriteData": ".default_property_write_data",
        "DefaultPropertyWriteRequest": ".default_property_write_request",
        "DeliveryDistanceCalculation": ".delivery_distance_calculation",
        "DeliveryDistanceCalculationAttributes": ".delivery_distance_calculation_attributes",
        "DeliveryDistanceCalculationDistanceUnit": ".delivery_distance_calculation_distance_unit",
        "DeliveryDistanceCalculationFilter": ".delivery_distance_calculation_filter",
        "DeliveryDistanceCalculationListResponse": ".delivery_distance_calculation_list_response",
        "DeliveryDistanceCalculationRelationships": ".delivery_distance_calculation_relationships",
        "DeliveryDistanceCalculationResourceType": ".delivery_distance_calculation_resource_type",
        "DeliveryDistanceCalculationStatsRequest": ".delivery_distance_calculation_stats_request",
        "DepositHold": ".deposit_hold",
        "DepositHoldAttributes": ".deposit_hold_attributes",
        "DepositHoldInclude": ".deposit_hold_include",
        "DepositHoldRelationships": ".deposit_hold_relationships",
        "DepositHoldResourceType": ".deposit_hold_resource_type",
        "DepositHoldResponse": ".deposit_hold_response",
        "DepositHoldWriteAttributes": ".deposit_hold_write_attributes",
        "DepositHoldWriteData": ".deposit_hold_write_data",
        "DepositHoldWriteRequest": ".deposit_hold_write_request",
        "DepositType": ".deposit_type",
        "DeviceToken": ".device_token",
        "DeviceTokenAttributes": ".device_token_attributes",
        "DeviceTokenEnvironment": ".device_token_environment",
        "DeviceTokenKind": ".device_token_kind",
        "DeviceTokenRelationships": ".device_token_relationships",
        "DeviceTokenResourceType": ".device_token_resource_type",
        "DeviceTokenResponse": ".device_token_response",
        "DeviceTokenWriteAttributes": ".device_token_write_attributes",
        "DeviceTokenWriteData": ".device_token_write_data",
        "DeviceTokenWriteRequest": ".device_token_write_request",
        "DiscountType": ".discount_type",
        "DiscountTypeEqualOperators": ".discount_type_equal_operators",
        "Document": ".document",
        "DocumentAttributes": ".document_attributes",
        "DocumentBase": ".document_base",
        "DocumentFilter": ".document_filter",
        "DocumentInclude": ".document_include",
        "DocumentListInclude": ".document_list_include",
        "DocumentListResponse": ".document_list_response",
        "DocumentMeta": ".document_meta",
        "DocumentRelationships": ".document_relationships",
        "DocumentResourceType": ".document_resource_type",
        "DocumentResponse": ".document_response",
        "DocumentSearchFilter": ".document_search_filter",
        "DocumentSearchGroup": ".document_search_group",
        "DocumentSearchRequest": ".document_search_request",
        "DocumentStatsRequest": ".document_stats_request",
        "DocumentStatus": ".document_status",
        "DocumentStatusEqualOperators": ".document_status_equal_operators",
        "DocumentType": ".document_type",
        "DocumentTypeOperators": ".document_type_operators",
        "DocumentWriteAttributes": ".document_write_attributes",
        "DocumentWriteData": ".document_write_data",
        "DocumentWriteRequest": ".document_write_request",
        "Downtime": ".downtime",
        "DowntimeAttributes": ".downtime_attributes",
        "DowntimeFilter": ".downtime_filter",
        "DowntimeInclude": ".downtime_include",
        "DowntimeListResponse": ".downtime_list_response",
        "DowntimeReason": ".downtime_reason",
        "DowntimeReasonOperators": ".downtime_reason_operators",
        "DowntimeRelationships": ".downtime_relationships",
        "DowntimeResourceType": ".downtime_resource_type",
        "DowntimeResponse": ".downtime_response",
        "DowntimeStatsRequest": ".downtime_stats_request",
        "DowntimeStatus": ".downtime_status",
        "DowntimeStatusOperators": ".downtime_status_operators",
        "DowntimeWriteAttributes": ".downtime_write_attributes",
        "DowntimeWriteData": ".downtime_write_data",
        "DowntimeWriteRequest": ".downtime_write_request",
        "Email": ".email",
        "EmailAttributes": ".email_attributes",
        "EmailFilter": ".email_filter",
        "EmailInclude": ".email_include",
        "EmailListInclude": ".email_list_include",
        "EmailListResponse": ".email_list_response",
        "EmailRelationships": ".email_relationships",
        "EmailResourceType": ".email_resource_type",
        "EmailResponse": ".email_response",
        "EmailStatsRequest": ".email_stats_request",
        "EmailTemplate": ".email_template",
        "EmailTemplateAttributes": ".email_template_attributes",
        "EmailTemplateContext": ".email_template_context",
        "EmailTemplateContextEqualOperators": ".email_template_context_equal_operators",
        "EmailTemplateFilter": ".email_template_filter",
        "EmailTemplateInclude": ".email_template_include",
        "EmailTemplateListResponse": ".email_template_list_response",
        "EmailTemplateRelationships": ".email_template_relationships",
        "EmailTemplateResourceType": ".email_template_resource_type",
        "EmailTemplateResponse": ".email_template_response",
        "EmailTemplateStatsRequest": ".email_template_stats_request",
        "EmailTemplateWriteAttributes": ".email_template_write_attributes",
        "EmailTemplateWriteData": ".email_template_write_data",
        "EmailTemplateWriteRequest": ".email_template_write_request",
        "EmailWriteAttributes": ".email_write_attributes",
        "EmailWriteData": ".email_write_data",
        "EmailWriteRequest": ".email_write_request",
        "Employee": ".employee",
        "EmployeeAttributes": ".employee_attributes",
        "EmployeeFilter": ".employee_filter",
        "EmployeeInvitation": ".employee_invitation",
        "EmployeeInvitationAttributes": ".employee_invitation_attributes",
        "EmployeeInvitationInclude": ".employee_invitation_include",
        "EmployeeInvitationRelationships": ".employee_invitation_relationships",
        "EmployeeInvitationResourceType": ".employee_invitation_resource_type",
        "EmployeeInvitationResponse": ".employee_invitation_response",
        "EmployeeInvitationWriteAttributes": ".employee_invitation_write_attributes",
        "EmployeeInvitationWriteData": ".employee_invitation_write_data",
        "EmployeeInvitationWriteRequest": ".employee_invitation_write_request",
        "EmployeeListResponse": ".employee_list_response",
        "EmployeeRelationships": ".employee_relationships",
        "EmployeeResourceType": ".employee_resource_type",
        "EmployeeResponse": ".employee_response",
        "EmployeeStatsRequest": ".employee_stats_request",
        "EmployeeWriteAttributes": ".employee_write_attributes",
        "EmployeeWriteData": ".employee_write_data",
        "EmployeeWriteRequest": ".employee_write_request",
        "Error": ".error",
        "ErrorDocument": ".error_document",
        "ErrorSource": ".error_source",
        "FulfillmentType": ".fulfillment_type",
        "FulfillmentTypeEqualOperators": ".fulfillment_type_equal_operators",
        "HashOperators": ".hash_operators",
        "IdOperators": ".id_operators",
        "IntegerEqualOperators": ".integer_equal_operators",
        "IntegerOperators": ".integer_operators",
        "Integration": ".integration",
        "IntegrationAttributes": ".integration_attributes",
        "IntegrationFilter": ".integration_filter",
        "IntegrationListResponse": ".integration_list_response",
        "IntegrationRelationships": ".integration_relationships",
        "IntegrationResourceType": ".integration_resource_type",
        "IntegrationResponse": ".integration_response",
        "IntegrationStatsRequest": ".integration_stats_request",
        "IntegrationWriteAttributes": ".integration_write_attributes",
        "IntegrationWriteData": ".integration_write_data",
        "IntegrationWriteRequest": ".integration_write_request",
        "InventoryAvailability": ".inventory_availability",
        "InventoryAvailabilityAttributes": ".inventory_availability_attributes",
        "InventoryAvailabilityFilter": ".inventory_availability_filter",
        "InventoryAvailabilityListResponse": ".inventory_availability_list_response",
        "InventoryAvailabilityRelationships": ".inventory_availability_relationships",
        "InventoryAvailabilityResourceType": ".inventory_availability_resource_type",
        "InventoryAvailabilityStatsRequest": ".inventory_availability_stats_request",
        "InventoryBreakdown": ".inventory_breakdown",
        "InventoryBreakdownAttributes": ".inventory_breakdown_attributes",
        "InventoryBreakdownFilter": ".inventory_breakdown_filter",
        "InventoryBreakdownInclude": ".inventory_breakdown_include",
        "InventoryBreakdownListResponse": ".inventory_breakdown_list_response",
        "InventoryBreakdownRelationships": ".inventory_breakdown_relationships",
        "InventoryBreakdownResourceType": ".inventory_breakdown_resource_type",
        "InventoryBreakdownStatsRequest": ".inventory_breakdown_stats_request",
        "InventoryLevel": ".inventory_level",
        "InventoryLevelAttributes": ".inventory_level_attributes",
        "InventoryLevelFilter": ".inventory_level_filter",
        "InventoryLevelInclude": ".inventory_level_include",
        "InventoryLevelInterval": ".inventory_level_interval",
        "InventoryLevelIntervalAttributes": ".inventory_level_interval_attributes",
        "InventoryLevelIntervalFilter": ".inventory_level_interval_filter",
        "InventoryLevelIntervalInclude": ".inventory_level_interval_include",
        "InventoryLevelIntervalListResponse": ".inventory_level_interval_list_response",
        "InventoryLevelIntervalRelationships": ".inventory_level_interval_relationships",
        "InventoryLevelIntervalResourceType": ".inventory_level_interval_resource_type",
        "InventoryLevelIntervalStatsRequest": ".inventory_level_interval_stats_request",
        "InventoryLevelListResponse": ".inventory_level_list_response",
        "InventoryLevelRelationships": ".inventory_level_relationships",
        "InventoryLevelResourceType": ".inventory_level_resource_type",
        "InventoryLevelStatsRequest": ".inventory_level_stats_request",
        "InvoiceFinalization": ".invoice_finalization",
        "InvoiceFinalizationAttributes": ".invoice_finalization_attributes",
        "InvoiceFinalizationInclude": ".invoice_finalization_include",
        "InvoiceFinalizationRelationships": ".invoice_finalization_relationships",
        "InvoiceFinalizationResourceType": ".invoice_finalization_resource_type",
        "InvoiceFinalizationResponse": ".invoice_finalization_response",
        "InvoiceFinalizationWriteAttributes": ".invoice_finalization_write_attributes",
        "InvoiceFinalizationWriteData": ".invoice_finalization_write_data",
        "InvoiceFinalizationWriteRequest": ".invoice_finalization_write_request",
        "InvoiceRevision": ".invoice_revision",
        "InvoiceRevisionAttributes": ".invoice_revision_attributes",
        "InvoiceRevisionInclude": ".invoice_revision_include",
        "InvoiceRevisionRelationships": ".invoice_revision_relationships",
        "InvoiceRevisionResourceType": ".invoice_revision_resource_type",
        "InvoiceRevisionResponse": ".invoice_revision_response",
        "InvoiceRevisionWriteAttributes": ".invoice_revision_write_attributes",
        "InvoiceRevisionWriteData": ".invoice_revision_write_data",
        "InvoiceRevisionWriteRequest": ".invoice_revision_write_request",
        "IpAddress": ".ip_address",
        "IpAddressAttributes": ".ip_address_attributes",
        "IpAddressFilter": ".ip_address_filter",
        "IpAddressListResponse": ".ip_address_list_response",
        "IpAddressRelationships": ".ip_address_relationships",
        "IpAddressResourceType": ".ip_address_resource_type",
        "IpAddressResponse": ".ip_address_response",
        "IpAddressStatsRequest": ".ip_address_stats_request",
        "IpAddressWriteAttributes": ".ip_address_write_attributes",
        "IpAddressWriteData": ".ip_address_write_data",
        "IpAddressWriteRequest": ".ip_address_write_request",
        "ItemFilter": ".item_filter",
        "ItemInclude": ".item_include",
        "ItemListResponse": ".item_list_response",
        "ItemPrice": ".item_price",
        "ItemPriceAttributes": ".item_price_attributes",
        "ItemPriceFilter": ".item_price_filter",
        "ItemPriceInclude": ".item_price_include",
        "ItemPriceListResponse": ".item_price_list_response",
        "ItemPriceRelationships": ".item_price_relationships",
        "ItemPriceResourceType": ".item_price_resource_type",
        "ItemPriceStatsRequest": ".item_price_stats_request",
        "ItemResponse": ".item_response",
        "ItemSearchFilter": ".item_search_filter",
        "ItemSearchGroup": ".item_search_group",
        "ItemSearchRequest": ".item_search_request",
        "ItemStatsRequest": ".item_stats_request",
        "JsonObject": ".json_object",
        "Language": ".language",
        "LanguageAttributes": ".language_attributes",
        "LanguageInclude": ".language_include",
        "LanguageRelationships": ".language_relationships",
        "LanguageResourceType": ".language_resource_type",
        "LanguageResponse": ".language_response",
        "LanguageWriteAttributes": ".language_write_attributes",
        "LanguageWriteData": ".language_write_data",
        "LanguageWriteRequest": ".language_write_request",
        "Line": ".line",
        "LineArchiveInclude": ".line_archive_include",
        "LineAttributes": ".line_attributes",
        "LineChargeSuggestion": ".line_charge_suggestion",
        "LineChargeSuggestionAttributes": ".line_charge_suggestion_attributes",
        "LineChargeSuggestionFilter": ".line_charge_suggestion_filter",
        "LineChargeSuggestionInclude": ".line_charge_suggestion_include",
        "LineChargeSuggestionListResponse": ".line_charge_suggestion_list_response",
        "LineChargeSuggestionRelationships": ".line_charge_suggestion_relationships",
        "LineChargeSuggestionResourceType": ".line_charge_suggestion_resource_type",
        "LineChargeSuggestionStatsRequest": ".line_charge_suggestion_stats_request",
        "LineFilter": ".line_filter",
        "LineInclude": ".line_include",
        "LineListInclude": ".line_list_include",
        "LineListResponse": ".line_list_response",
        "LineOwnerType": ".line_owner_type",
        "LineOwnerTypeOperators": ".line_owner_type_operators",
        "LineRelationships": ".line_relationships",
        "LineResourceType": ".line_resource_type",
        "LineResponse": ".line_response",
        "LineStatsRequest": ".line_stats_request",
        "LineType": ".line_type",
        "LineTypeEqualOperators": ".line_type_equal_operators",
        "LineWriteAttributes": ".line_write_attributes",
        "LineWriteData": ".line_write_data",
        "LineWriteRequest": ".line_write_request",
        "Location": ".location",
        "LocationAttributes": ".location_attributes",
        "LocationFilter": ".location_filter",
        "LocationInclude": ".location_include",
        "LocationListResponse": ".location_list_response",
        "LocationRelationships": ".location_relationships",
        "LocationResourceType": ".location_resource_type",
        "LocationResponse": ".location_response",
        "LocationStatsRequest": ".location_stats_request",
        "LocationType": ".location_type",
        "LocationTypeEqualOperators": ".location_type_equal_operators",
        "LocationWriteAttributes": ".location_write_attributes",
        "LocationWriteData": ".location_write_data",
        "LocationWriteRequest": ".location_write_request",
        "LogicalOperator": ".logical_operator",
        "LoginActivity": ".login_activity",
        "LoginActivityAttributes": ".login_activity_attributes",
        "LoginActivityFailureReason": ".login_activity_failure_reason",
        "LoginActivityFilter": ".login_activity_filter",
        "LoginActivityListResponse": ".login_activity_list_response",
        "LoginActivityRelationships": ".login_activity_relationships",
        "LoginActivityResourceType": ".login_activity_resource_type",
        "LoginActivityStatsRequest": ".login_activity_stats_request",
        "LoginActivityStrategy": ".login_activity_strategy",
        "LoginActivityStrategyEqualOperators": ".login_activity_strategy_equal_operators",
        "Menu": ".menu",
        "MenuAttributes": ".menu_attributes",
        "MenuFilter": ".menu_filter",
        "MenuGetInclude": ".menu_get_include",
        "MenuInclude": ".menu_include",
        "MenuListResponse": ".menu_list_response",
        "MenuRelationships": ".menu_relationships",
        "MenuResourceType": ".menu_resource_type",
        "MenuResponse": ".menu_response",
        "MenuStatsRequest": ".menu_stats_request",
        "MenuWriteAttributes": ".menu_write_attributes",
        "MenuWriteData": ".menu_write_data",
        "MenuWriteRequest": ".menu_write_request",
        "Merge": ".merge",
        "MergeAttributes": ".merge_attributes",
        "MergeInclude": ".merge_include",
        "MergeRelationships": ".merge_relationships",
        "MergeResourceType": ".merge_resource_type",
        "MergeResponse": ".merge_response",
        "MergeType": ".merge_type",
        "MergeWriteAttributes": ".merge_write_attributes",
        "MergeWriteData": ".merge_write_data",
        "MergeWriteRequest": ".merge_write_request",
        "Note": ".note",
        "NoteAttributes": ".note_attributes",
        "NoteFilter": ".note_filter",
        "NoteInclude": ".note_include",
        "NoteListResponse": ".note_list_response",
        "NoteOwnerType": ".note_owner_type",
        "NoteOwnerTypeOperators": ".note_owner_type_operators",
        "NoteRelationships": ".note_relationships",
        "NoteResourceType": ".note_resource_type",
        "NoteResponse": ".note_response",
        "NoteStatsRequest": ".note_stats_request",
        "NoteWriteAttributes": ".note_write_attributes",
        "NoteWriteData": ".note_write_data",
        "NoteWriteRequest": ".note_write_request",
        "NotificationSubscription": ".notification_subscription",
        "NotificationSubscriptionAttributes": ".notification_subscription_attributes",
        "NotificationSubscriptionCategory": ".notification_subscription_category",
        "NotificationSubscriptionCategoryEqualOperators": ".notification_subscription_category_equal_operators",
        "NotificationSubscriptionFilter": ".notification_subscription_filter",
        "NotificationSubscriptionListResponse": ".notification_subscription_list_response",
        "NotificationSubscriptionOwnerType": ".notification_subscription_owner_type",
        "NotificationSubscriptionOwnerTypeOperators": ".notification_subscription_owner_type_operators",
        "NotificationSubscriptionRelationships": ".notification_subscription_relationships",
        "NotificationSubscriptionResourceType": ".notification_subscription_resource_type",
        "NotificationSubscriptionResponse": ".notification_subscription_response",
        "NotificationSubscriptionStatsRequest": ".notification_subscription_stats_request",
        "NotificationSubscriptionWriteAttributes": ".notification_subscription_write_attributes",
        "NotificationSubscriptionWriteData": ".notification_subscription_write_data",
        "NotificationSubscriptionWriteRequest": ".notification_subscription_write_request",
        "NumberOperators": ".number_operators",
        "NumericAggregation": ".numeric_aggregation",
        "OperatingRule": ".operating_rule",
        "OperatingRuleAttributes": ".operating_rule_attributes",
        "OperatingRuleDataType": ".operating_rule_data_type",
        "OperatingRuleDataTypeEqualOperators": ".operating_rule_data_type_equal_operators",
        "OperatingRuleFilter": ".operating_rule_filter",
        "OperatingRuleListResponse": ".operating_rule_list_response",
        "OperatingRuleRelationships": ".operating_rule_relationships",
        "OperatingRuleResourceType": ".operating_rule_resource_type",
        "OperatingRuleResponse": ".operating_rule_response",
        "OperatingRuleStatsRequest": ".operating_rule_stats_request",
        "OperatingRuleWriteAttributes": ".operating_rule_write_attributes",
        "OperatingRuleWriteData": ".operating_rule_write_data",
        "OperatingRuleWriteRequest": ".operating_rule_write_request",
        "Operation": ".operation",
        "OperationArchiveData": ".operation_archive_data",
        "OperationArchiveDataData": ".operation_archive_data_data",
        "OperationArchiveDataDataTargetType": ".operation_archive_data_data_target_type",
        "OperationArchiveDataType": ".operation_archive_data_type",
        "OperationAttributes": ".operation_attributes",
        "OperationExportData": ".operation_export_data",
        "OperationExportDataData": ".operation_export_data_data",
        "OperationExportDataDataTargetType": ".operation_export_data_data_target_type",
        "OperationExportDataType": ".operation_export_data_type",
        "OperationFilter": ".operation_filter",
        "OperationGenerateBarcodeData": ".operation_generate_barcode_data",
        "OperationGenerateBarcodeDataData": ".operation_generate_barcode_data_data",
        "OperationGenerateBarcodeDataDataBarcodeType": ".operation_generate_barcode_data_data_barcode_type",
        "OperationGenerateBarcodeDataDataFor": ".operation_generate_barcode_data_data_for",
        "OperationGenerateBarcodeDataDataTargetType": ".operation_generate_barcode_data_data_target_type",
        "OperationGenerateBarcodeDataType": ".operation_generate_barcode_data_type",
        "OperationGenerateDocumentData": ".operation_generate_document_data",
        "OperationGenerateDocumentDataData": ".operation_generate_document_data_data",
        "OperationGenerateDocumentDataDataDocumentExtension": ".operation_generate_document_data_data_document_extension",
        "OperationGenerateDocumentDataDataDocumentType": ".operation_generate_document_data_data_document_type",
        "OperationGenerateDocumentDataDataTargetType": ".operation_generate_document_data_data_target_type",
        "OperationGenerateDocumentDataType": ".operation_generate_document_data_type",
        "OperationInclude": ".operation_include",
        "OperationListResponse": ".operation_list_response",
        "OperationRelationships": ".operation_relationships",
        "OperationResourceType": ".operation_resource_type",
        "OperationResponse": ".operation_response",
        "OperationStatsRequest": ".operation_stats_request",
        "OperationStatus": ".operation_status",
        "OperationStatusEqualOperators": ".operation_status_equal_operators",
        "OperationUpdateCollectionsData": ".operation_update_collections_data",
        "OperationUpdateCollectionsDataData": ".operation_update_collections_data_data",
        "OperationUpdateCollectionsDataDataAction": ".operation_update_collections_data_data_action",
        "OperationUpdateCollectionsDataDataTargetType": ".operation_update_collections_data_data_target_type",
        "OperationUpdateCollectionsDataType": ".operation_update_collections_data_type",
        "OperationUpdateData": ".operation_update_data",
        "OperationUpdateDataData": ".operation_update_data_data",
        "OperationUpdateDataDataTargetType": ".operation_update_data_data_target_type",
        "OperationUpdateDataType": ".operation_update_data_type",
        "OperationUpdateTagData": ".operation_update_tag_data",
        "OperationUpdateTagDataData": ".operation_update_tag_data_data",
        "OperationUpdateTagDataDataAction": ".operation_update_tag_data_data_action",
        "OperationUpdateTagDataDataTargetType": ".operation_update_tag_data_data_target_type",
        "OperationUpdateTagDataType": ".operation_update_tag_data_type",
        "OperationWriteAttributes": ".operation_write_attributes",
        "OperationWriteData": ".operation_write_data",
        "OperationWriteRequest": ".operation_write_request",
        "Order": ".order",
        "OrderAttributes": ".order_attributes",
        "OrderDeliveryRate": ".order_delivery_rate",
        "OrderDeliveryRateAttributes": ".order_delivery_rate_attributes",
        "OrderDeliveryRateFilter": ".order_delivery_rate_filter",
        "OrderDeliveryRateInclude": ".order_delivery_rate_include",
        "OrderDeliveryRateListResponse": ".order_delivery_rate_list_response",
        "OrderDeliveryRateRecalculation": ".order_delivery_rate_recalculation",
        "OrderDeliveryRateRecalculationAttributes": ".order_delivery_rate_recalculation_attributes",
        "OrderDeliveryRateRecalculationInclude": ".order_delivery_rate_recalculation_include",
        "OrderDeliveryRateRecalculationRelationships": ".order_delivery_rate_recalculation_relationships",
        "OrderDeliveryRateRecalculationResourceType": ".order_delivery_rate_recalculation_resource_type",
        "OrderDeliveryRateRecalculationResponse": ".order_delivery_rate_recalculation_response",
        "OrderDeliveryRateRecalculationWriteAttributes": ".order_delivery_rate_recalculation_write_attributes",
        "OrderDeliveryRateRecalculationWriteData": ".order_delivery_rate_recalculation_write_data",
        "OrderDeliveryRateRecalculationWriteRequest": ".order_delivery_rate_recalculation_write_request",
        "OrderDeliveryRateRelationships": ".order_delivery_rate_relationships",
        "OrderDeliveryRateResourceType": ".order_delivery_rate_resource_type",
        "OrderDeliveryRateResponse": ".order_delivery_rate_response",
        "OrderDeliveryRateStatsRequest": ".order_delivery_rate_stats_request",
        "OrderDeliveryRateWriteAttributes": ".order_delivery_rate_write_attributes",
        "OrderDeliveryRateWriteData": ".order_delivery_rate_write_data",
        "OrderDeliveryRateWriteRequest": ".order_delivery_rate_write_request",
        "OrderDuplication": ".order_duplication",
        "OrderDuplicationAttributes": ".order_duplication_attributes",
        "OrderDuplicationDeposit": ".order_duplication_deposit",
        "OrderDuplicationInclude": ".order_duplication_include",
        "OrderDuplicationRelationships": ".order_duplication_relationships",
        "OrderDuplicationResourceType": ".order_duplication_resource_type",
        "OrderDuplicationResponse": ".order_duplication_response",
        "OrderDuplicationWriteAttributes": ".order_duplication_write_attributes",
        "OrderDuplicationWriteData": ".order_duplication_write_data",
        "OrderDuplicationWriteRequest": ".order_duplication_write_request",
        "OrderFilter": ".order_filter",
        "OrderFulfillment": ".order_fulfillment",
        "OrderFulfillmentAttributes": ".order_fulfillment_attributes",
        "OrderFulfillmentInclude": ".order_fulfillment_include",
        "OrderFulfillmentRelationships": ".order_fulfillment_relationships",
        "OrderFulfillmentResourceType": ".order_fulfillment_resource_type",
        "OrderFulfillmentResponse": ".order_fulfillment_response",
        "OrderFulfillmentWriteAttributes": ".order_fulfillment_write_attributes",
        "OrderFulfillmentWriteData": ".order_fulfillment_write_data",
        "OrderFulfillmentWriteRequest": ".order_fulfillment_write_request",
        "OrderInclude": ".order_include",
        "OrderListInclude": ".order_list_include",
        "OrderListResponse": ".order_list_response",
        "OrderPlanningAvailability": ".order_planning_availability",
        "OrderPlanningAvailabilityAttributes": ".order_planning_availability_attributes",
        "OrderPlanningAvailabilityFilter": ".order_planning_availability_filter",
        "OrderPlanningAvailabilityRelationships": ".order_planning_availability_relationships",
        "OrderPlanningAvailabilityResourceType": ".order_planning_availability_resource_type",
        "OrderPlanningAvailabilityResponse": ".order_planning_availability_response",
        "OrderPlanningAvailabilityStatsRequest": ".order_planning_availability_stats_request",
        "OrderPriceRecalculation": ".order_price_recalculation",
        "OrderPriceRecalculationAttributes": ".order_price_recalculation_attributes",
        "OrderPriceRecalculationInclude": ".order_price_recalculation_include",
        "OrderPriceRecalculationRelationships": ".order_price_recalculation_relationships",
        "OrderPriceRecalculationResourceType": ".order_price_recalculation_resource_type",
        "OrderPriceRecalculationResponse": ".order_price_recalculation_response",
        "OrderPriceRecalculationWriteAttributes": ".order_price_recalculation_write_attributes",
        "OrderPriceRecalculationWriteData": ".order_price_recalculation_write_data",
        "OrderPriceRecalculationWriteRequest": ".order_price_recalculation_write_request",
        "OrderRelationships": ".order_relationships",
        "OrderResourceType": ".order_resource_type",
        "OrderResponse": ".order_response",
        "OrderSearchFilter": ".order_search_filter",
        "OrderSearchGroup": ".order_search_group",
        "OrderSearchRequest": ".order_search_request",
        "OrderStatsRequest": ".order_stats_request",
        "OrderStatusTransition": ".order_status_transition",
        "OrderStatusTransitionAttributes": ".order_status_transition_attributes",
        "OrderStatusTransitionFrom": ".order_status_transition_from",
        "OrderStatusTransitionInclude": ".order_status_transition_include",
        "OrderStatusTransitionRelationships": ".order_status_transition_relationships",
        "OrderStatusTransitionResourceType": ".order_status_transition_resource_type",
        "OrderStatusTransitionResponse": ".order_status_transition_response",
        "OrderStatusTransitionTo": ".order_status_transition_to",
        "OrderStatusTransitionWriteAttributes": ".order_status_transition_write_attributes",
        "OrderStatusTransitionWriteData": ".order_status_transition_write_data",
        "OrderStatusTransitionWriteRequest": ".order_status_transition_write_request",
        "OrderWriteAttributes": ".order_write_attributes",
        "OrderWriteData": ".order_write_data",
        "OrderWriteRequest": ".order_write_request",
        "PaginationLinks": ".pagination_links",
        "PaymentAuthorization": ".payment_authorization",
        "PaymentAuthorizationAttributes": ".payment_authorization_attributes",
        "PaymentAuthorizationInclude": ".payment_authorization_include",
        "PaymentAuthorizationMode": ".payment_authorization_mode",
        "PaymentAuthorizationProvider": ".payment_authorization_provider",
        "PaymentAuthorizationRelationships": ".payment_authorization_relationships",
        "PaymentAuthorizationResourceType": ".payment_authorization_resource_type",
        "PaymentAuthorizationResponse": ".payment_authorization_response",
        "PaymentAuthorizationStatus": ".payment_authorization_status",
        "PaymentAuthorizationWriteAttributes": ".payment_authorization_write_attributes",
        "PaymentAuthorizationWriteData": ".payment_authorization_write_data",
        "PaymentAuthorizationWriteRequest": ".payment_authorization_write_request",
        "PaymentCharge": ".payment_charge",
        "PaymentChargeAttributes": ".payment_charge_attributes",
        "PaymentChargeInclude": ".payment_charge_include",
        "PaymentChargeMode": ".payment_charge_mode",
        "PaymentChargeProvider": ".payment_charge_provider",
        "PaymentChargeRelationships": ".payment_charge_relationships",
        "PaymentChargeResourceType": ".payment_charge_resource_type",
        "PaymentChargeResponse": ".payment_charge_response",
        "PaymentChargeStatus": ".payment_charge_status",
        "PaymentChargeWriteAttributes": ".payment_charge_write_attributes",
        "PaymentChargeWriteData": ".payment_charge_write_data",
        "PaymentChargeWriteRequest": ".payment_charge_write_request",
        "PaymentFilter": ".payment_filter",
        "PaymentInclude": ".payment_include",
        "PaymentListResponse": ".payment_list_response",
        "PaymentMethod": ".payment_method",
        "PaymentMethodAttributes": ".payment_method_attributes",
        "PaymentMethodFilter": ".payment_method_filter",
        "PaymentMethodListResponse": ".payment_method_list_response",
        "PaymentMethodProvider": ".payment_method_provider",
        "PaymentMethodProviderEqualOperators": ".payment_method_provider_equal_operators",
        "PaymentMethodRelationships": ".payment_method_relationships",
        "PaymentMethodResourceType": ".payment_method_resource_type",
        "PaymentMethodResponse": ".payment_method_response",
        "PaymentMethodStatsRequest": ".payment_method_stats_request",
        "PaymentMethodStatus": ".payment_method_status",
        "PaymentMethodStatusEqualOperators": ".payment_method_status_equal_operators",
        "PaymentMethodWriteAttributes": ".payment_method_write_attributes",
        "PaymentMethodWriteData": ".payment_method_write_data",
        "PaymentMethodWriteRequest": ".payment_method_write_request",
        "PaymentProfile": ".payment_profile",
        "PaymentProfileAttributes": ".payment_profile_attributes",
        "PaymentProfileFilter": ".payment_profile_filter",
        "PaymentProfileListResponse": ".payment_profile_list_response",
        "PaymentProfileRelationships": ".payment_profile_relationships",
        "PaymentProfileResourceType": ".payment_profile_resource_type",
        "PaymentProfileResponse": ".payment_profile_response",
        "PaymentProfileStatsRequest": ".payment_profile_stats_request",
        "PaymentRefund": ".payment_refund",
        "PaymentRefundAttributes": ".payment_refund_attributes",
        "PaymentRefundInclude": ".payment_refund_include",
        "PaymentRefundProvider": ".payment_refund_provider",
        "PaymentRefundRelationships": ".payment_refund_relationships",
        "PaymentRefundResourceType": ".payment_refund_resource_type",
        "PaymentRefundResponse": ".payment_refund_response",
        "PaymentRefundStatus": ".payment_refund_status",
        "PaymentRefundWriteAttributes": ".payment_refund_write_attributes",
        "PaymentRefundWriteData": ".payment_refund_write_data",
        "PaymentRefundWriteRequest": ".payment_refund_write_request",
        "PaymentResponse": ".payment_response",
        "PaymentStatsRequest": ".payment_stats_request",
        "PaymentStatus": ".payment_status",
        "PaymentStatusEqualOperators": ".payment_status_equal_operators",
        "Photo": ".photo",
        "PhotoAttributes": ".photo_attributes",
        "PhotoFilter": ".photo_filter",
        "PhotoInclude": ".photo_include",
        "PhotoListResponse": ".photo_list_response",
        "PhotoOwnerType": ".photo_owner_type",
        "PhotoOwnerTypeOperators": ".photo_owner_type_operators",
        "PhotoRelationships": ".photo_relationships",
        "PhotoResourceType": ".photo_resource_type",
        "PhotoResponse": ".photo_response",
        "PhotoStatsRequest": ".photo_stats_request",
        "PhotoWriteAttributes": ".photo_write_attributes",
        "PhotoWriteData": ".photo_write_data",
        "PhotoWriteRequest": ".photo_write_request",
        "Planning": ".planning",
        "PlanningAttributes": ".planning_attributes",
        "PlanningFilter": ".planning_filter",
        "PlanningGetInclude": ".planning_get_include",
        "PlanningInclude": ".planning_include",
        "PlanningKind": ".planning_kind",
        "PlanningKindEqualOperators": ".planning_kind_equal_operators",
        "PlanningKindOperators": ".planning_kind_operators",
        "PlanningListResponse": ".planning_list_response",
        "PlanningRelationships": ".planning_relationships",
        "PlanningResourceType": ".planning_resource_type",
        "PlanningResponse": ".planning_response",
        "PlanningSearchFilter": ".planning_search_filter",
        "PlanningSearchGroup": ".planning_search_group",
        "PlanningSearchRequest": ".planning_search_request",
        "PlanningStatsRequest": ".planning_stats_request",
        "PricePeriod": ".price_period",
        "PricePeriodEqualOperators": ".price_period_equal_operators",
        "PriceRule": ".price_rule",
        "PriceRuleAdjustmentStrategy": ".price_rule_adjustment_strategy",
        "PriceRuleAttributes": ".price_rule_attributes",
        "PriceRuleInclude": ".price_rule_include",
        "PriceRuleMatchStrategy": ".price_rule_match_strategy",
        "PriceRuleRelationships": ".price_rule_relationships",
        "PriceRuleResourceType": ".price_rule_resource_type",
        "PriceRuleResponse": ".price_rule_response",
        "PriceRuleType": ".price_rule_type",
        "PriceRuleWriteAttributes": ".price_rule_write_attributes",
        "PriceRuleWriteData": ".price_rule_write_data",
        "PriceRuleWriteRequest": ".price_rule_write_request",
        "PriceRuleset": ".price_ruleset",
        "PriceRulesetAttributes": ".price_ruleset_attributes",
        "PriceRulesetFilter": ".price_ruleset_filter",
        "PriceRulesetInclude": ".price_ruleset_include",
        "PriceRulesetListResponse": ".price_ruleset_list_response",
        "PriceRulesetRelationships": ".price_ruleset_relationships",
        "PriceRulesetResourceType": ".price_ruleset_resource_type",
        "PriceRulesetResponse": ".price_ruleset_response",
        "PriceRulesetStatsRequest": ".price_ruleset_stats_request",
        "PriceRulesetWriteAttributes": ".price_ruleset_write_attributes",
        "PriceRulesetWriteData": ".price_ruleset_write_data",
        "PriceRulesetWriteRequest": ".price_ruleset_write_request",
        "PriceStructure": ".price_structure",
        "PriceStructureAttributes": ".price_structure_attributes",
        "PriceStructureFilter": ".price_structure_filter",
        "PriceStructureInclude": ".price_structure_include",
        "PriceStructureListResponse": ".price_structure_list_response",
        "PriceStructureRelationships": ".price_structure_relationships",
        "PriceStructureResourceType": ".price_structure_resource_type",
        "PriceStructureResponse": ".price_structure_response",
        "PriceStructureStatsRequest": ".price_structure_stats_request",
        "PriceStructureType": ".price_structure_type",
        "PriceStructureTypeOperators": ".price_structure_type_operators",
        "PriceStructureWriteAttributes": ".price_structure_write_attributes",
        "PriceStructureWriteData": ".price_structure_write_data",
        "PriceStructureWriteRequest": ".price_structure_write_request",
        "PriceTile": ".price_tile",
        "PriceTileAttributes": ".price_tile_attributes",
        "PriceTileFilter": ".price_tile_filter",
        "PriceTileInclude": ".price_tile_include",
        "PriceTileListResponse": ".price_tile_list_response",
        "PriceTilePeriod": ".price_tile_period",
        "PriceTileRelationships": ".price_tile_relationships",
        "PriceTileResourceType": ".price_tile_resource_type",
        "PriceTileResponse": ".price_tile_response",
        "PriceTileStatsRequest": ".price_tile_stats_request",
        "PriceTileWriteAttributes": ".price_tile_write_attributes",
        "PriceTileWriteData": ".price_tile_write_data",
        "PriceTileWriteRequest": ".price_tile_write_request",
        "PriceType": ".price_type",
        "PriceTypeEqualOperators": ".price_type_equal_operators",
        "Product": ".product",
        "ProductAttributes": ".product_attributes",
        "ProductFilter": ".product_filter",
        "ProductGroup": ".product_group",
        "ProductGroupAttributes": ".product_group_attributes",
        "ProductGroupCreateInclude": ".product_group_create_include",
        "ProductGroupDuplication": ".product_group_duplication",
        "ProductGroupDuplicationAttributes": ".product_group_duplication_attributes",
        "ProductGroupDuplicationInclude": ".product_group_duplication_include",
        "ProductGroupDuplicationRelationships": ".product_group_duplication_relationships",
        "ProductGroupDuplicationResourceType": ".product_group_duplication_resource_type",
        "ProductGroupDuplicationResponse": ".product_group_duplication_response",
        "ProductGroupDuplicationWriteAttributes": ".product_group_duplication_write_attributes",
        "ProductGroupDuplicationWriteData": ".product_group_duplication_write_data",
        "ProductGroupDuplicationWriteRequest": ".product_group_duplication_write_request",
        "ProductGroupFilter": ".product_group_filter",
        "ProductGroupGetInclude": ".product_group_get_include",
        "ProductGroupInclude": ".product_group_include",
        "ProductGroupListResponse": ".product_group_list_response",
        "ProductGroupRelationships": ".product_group_relationships",
        "ProductGroupResourceType": ".product_group_resource_type",
        "ProductGroupResponse": ".product_group_response",
        "ProductGroupSearchFilter": ".product_group_search_filter",
        "ProductGroupSearchGroup": ".product_group_search_group",
        "ProductGroupSearchRequest": ".product_group_search_request",
        "ProductGroupStatsRequest": ".product_group_stats_request",
        "ProductGroupWriteAttributes": ".product_group_write_attributes",
        "ProductGroupWriteData": ".product_group_write_data",
        "ProductGroupWriteRequest": ".product_group_write_request",
        "ProductInclude": ".product_include",
        "ProductListResponse": ".product_list_response",
        "ProductRelationships": ".product_relationships",
        "ProductResourceType": ".product_resource_type",
        "ProductResponse": ".product_response",
        "ProductSearchFilter": ".product_search_filter",
        "ProductSearchGroup": ".product_search_group",
        "ProductSearchRequest": ".product_search_request",
        "ProductStatsRequest": ".product_stats_request",
        "ProductTracker": ".product_tracker",
        "ProductTrackerAttributes": ".product_tracker_attributes",
        "ProductTrackerFilter": ".product_tracker_filter",
        "ProductTrackerInclude": ".product_tracker_include",
        "ProductTrackerListResponse": ".product_tracker_list_response",
        "ProductTrackerRelationships": ".product_tracker_relationships",
        "ProductTrackerResourceType": ".product_tracker_resource_type",
        "ProductTrackerStatsRequest": ".product_tracker_stats_request",
        "ProductType": ".product_type",
        "ProductTypeEqualOperators": ".product_type_equal_operators",
        "ProductVariation": ".product_variation",
        "ProductWriteAttributes": ".product_write_attributes",
        "ProductWriteData": ".product_write_data",
        "ProductWriteRequest": ".product_write_request",
        "Property": ".property_",
        "PropertyAttributes": ".property_attributes",
        "PropertyFilter": ".property_filter",
        "PropertyInclude": ".property_include",
        "PropertyListResponse": ".property_list_response",
        "PropertyOwnerType": ".property_owner_type",
        "PropertyOwnerTypeOperators": ".property_owner_type_operators",
        "PropertyRelationships": ".property_relationships",
        "PropertyResourceType": ".property_resource_type",
        "PropertyResponse": ".property_response",
        "PropertyStatsRequest": ".property_stats_request",
        "PropertyType": ".property_type",
        "PropertyWriteAttributes": ".property_write_attributes",
        "PropertyWriteData": ".property_write_data",
        "PropertyWriteRequest": ".property_write_request",
        "Province": ".province",
        "ProvinceAttributes": ".province_attributes",
        "ProvinceFilter": ".province_filter",
        "ProvinceListResponse": ".province_list_response",
        "ProvinceRelationships": ".province_relationships",
        "ProvinceResourceType": ".province_resource_type",
        "ProvinceStatsRequest": ".province_stats_request",
        "Publication": ".publication",
        "PublicationAttributes": ".publication_attributes",
        "PublicationFilter": ".publication_filter",
        "PublicationInclude": ".publication_include",
        "PublicationListInclude": ".publication_list_include",
        "PublicationListResponse": ".publication_list_response",
        "PublicationRelationships": ".publication_relationships",
        "PublicationResourceType": ".publication_resource_type",
        "PublicationResponse": ".publication_response",
        "PublicationStatsRequest": ".publication_stats_request",
        "PublicationWriteAttributes": ".publication_write_attributes",
        "PublicationWriteData": ".publication_write_data",
        "PublicationWriteRequest": ".publication_write_request",
        "RangeAggregation": ".range_aggregation",
        "Recommendation": ".recommendation",
        "RecommendationAttributes": ".recommendation_attributes",
        "RecommendationCreateInclude": ".recommendation_create_include",
        "RecommendationFilter": ".recommendation_filter",
        "RecommendationInclude": ".recommendation_include",
        "RecommendationListResponse": ".recommendation_list_response",
        "RecommendationRelationships": ".recommendation_relationships",
        "RecommendationResourceType": ".recommendation_resource_type",
        "RecommendationResponse": ".recommendation_response",
        "RecommendationStatsRequest": ".recommendation_stats_request",
        "RecommendationWriteAttributes": ".recommendation_write_attributes",
        "RecommendationWriteData": ".recommendation_write_data",
        "RecommendationWriteRequest": ".recommendation_write_request",
        "RefundablePaymentCharge": ".refundable_payment_charge",
        "RefundablePaymentChargeAttributes": ".refundable_payment_charge_attributes",
        "RefundablePaymentChargeFilter": ".refundable_payment_charge_filter",
        "RefundablePaymentChargeInclude": ".refundable_payment_charge_include",
        "RefundablePaymentChargeListResponse": ".refundable_payment_charge_list_response",
        "RefundablePaymentChargeRelationships": ".refundable_payment_charge_relationships",
        "RefundablePaymentChargeResourceType": ".refundable_payment_charge_resource_type",
        "RefundablePaymentChargeStatsRequest": ".refundable_payment_charge_stats_request",
        "Relationship": ".relationship",
        "RelationshipLinks": ".relationship_links",
        "RelationshipMap": ".relationship_map",
        "RenderedEmail": ".rendered_email",
        "RenderedEmailAttributes": ".rendered_email_attributes",
        "RenderedEmailRelationships": ".rendered_email_relationships",
        "RenderedEmailResourceType": ".rendered_email_resource_type",
        "RenderedEmailResponse": ".rendered_email_response",
        "RenderedEmailWriteAttributes": ".rendered_email_write_attributes",
        "RenderedEmailWriteData": ".rendered_email_write_data",
        "RenderedEmailWriteRequest": ".rendered_email_write_request",
        "RentalStatus": ".rental_status",
        "RentalStatusEqualOperators": ".rental_status_equal_operators",
        "RentalStatusOperators": ".rental_status_operators",
        "ReportCompanyPerformance": ".report_company_performance",
        "ReportCompanyPerformanceAttributes": ".report_company_performance_attributes",
        "ReportCompanyPerformanceFilter": ".report_company_performance_filter",
        "ReportCompanyPerformanceListResponse": ".report_company_performance_list_response",
        "ReportCompanyPerformanceRelationships": ".report_company_performance_relationships",
        "ReportCompanyPerformanceResourceType": ".report_company_performance_resource_type",
        "ReportCompanyPerformanceStatsRequest": ".report_company_performance_stats_request",
        "ReportCoupon": ".report_coupon",
        "ReportCouponAttributes": ".report_coupon_attributes",
        "ReportCouponFilter": ".report_coupon_filter",
        "ReportCouponListResponse": ".report_coupon_list_response",
        "ReportCouponRelationships": ".report_coupon_relationships",
        "ReportCouponResourceType": ".report_coupon_resource_type",
        "ReportCouponStatsRequest": ".report_coupon_stats_request",
        "ReportRental": ".report_rental",
        "ReportRentalAttributes": ".report_rental_attributes",
        "ReportRentalFilter": ".report_rental_filter",
        "ReportRentalInclude": ".report_rental_include",
        "ReportRentalInterval": ".report_rental_interval",
        "ReportRentalIntervalAttributes": ".report_rental_interval_attributes",
        "ReportRentalIntervalFilter": ".report_rental_interval_filter",
        "ReportRentalIntervalInclude": ".report_rental_interval_include",
        "ReportRentalIntervalListResponse": ".report_rental_interval_list_response",
        "ReportRentalIntervalRelationships": ".report_rental_interval_relationships",
        "ReportRentalIntervalResourceType": ".report_rental_interval_resource_type",
        "ReportRentalIntervalStatsRequest": ".report_rental_interval_stats_request",
        "ReportRentalListResponse": ".report_rental_list_response",
        "ReportRentalRelationships": ".report_rental_relationships",
        "ReportRentalResourceType": ".report_rental_resource_type",
        "ReportRentalStatsRequest": ".report_rental_stats_request",
        "ReportSalesItem": ".report_sales_item",
        "ReportSalesItemAttributes": ".report_sales_item_attributes",
        "ReportSalesItemFilter": ".report_sales_item_filter",
        "ReportSalesItemInclude": ".report_sales_item_include",
        "ReportSalesItemListResponse": ".report_sales_item_list_response",
        "ReportSalesItemRelationships": ".report_sales_item_relationships",
        "ReportSalesItemResourceType": ".report_sales_item_resource_type",
        "ReportSalesItemStatsRequest": ".report_sales_item_stats_request",
        "ReportStockItem": ".report_stock_item",
        "ReportStockItemAttributes": ".report_stock_item_attributes",
        "ReportStockItemFilter": ".report_stock_item_filter",
        "ReportStockItemInclude": ".report_stock_item_include",
        "ReportStockItemListResponse": ".report_stock_item_list_response",
        "ReportStockItemRelationships": ".report_stock_item_relationships",
        "ReportStockItemResourceType": ".report_stock_item_resource_type",
        "ReportStockItemStatsRequest": ".report_stock_item_stats_request",
        "ResourceBase": ".resource_base",
        "ResourceIdentifier": ".resource_identifier",
        "ResourceObject": ".resource_object",
        "Session": ".session",
        "SessionAttributes": ".session_attributes",
        "SessionInclude": ".session_include",
        "SessionRelationships": ".session_relationships",
        "SessionResourceType": ".session_resource_type",
        "SessionResponse": ".session_response",
        "Setting": ".setting",
        "SettingAttributes": ".setting_attributes",
        "SettingRelationships": ".setting_relationships",
        "SettingResourceType": ".setting_resource_type",
        "SettingResponse": ".setting_response",
        "Signature": ".signature",
        "SignatureAttributes": ".signature_attributes",
        "SignatureInclude": ".signature_include",
        "SignatureRelationships": ".signature_relationships",
        "SignatureResourceType": ".signature_resource_type",
        "SignatureResponse": ".signature_response",
        "SignatureWriteAttributes": ".signature_write_attributes",
        "SignatureWriteData": ".signature_write_data",
        "SignatureWriteRequest": ".signature_write_request",
        "Sorting": ".sorting",
        "SortingAttributes": ".sorting_attributes",
        "SortingRelationships": ".sorting_relationships",
        "SortingResourceType": ".sorting_resource_type",
        "SortingResponse": ".sorting_response",
        "SortingType": ".sorting_type",
        "SortingWriteAttributes": ".sorting_write_attributes",
        "SortingWriteData": ".sorting_write_data",
        "SortingWriteRequest": ".sorting_write_request",
        "SparseFieldsets": ".sparse_fieldsets",
        "SpecifyStockItemsAction": ".specify_stock_items_action",
        "SpecifyStockItemsActionAction": ".specify_stock_items_action_action",
        "StartProductAction": ".start_product_action",
        "StartProductActionAction": ".start_product_action_action",
        "StartStockItemsAction": ".start_stock_items_action",
        "StartStockItemsActionAction": ".start_stock_items_action_action",
        "StatCounts": ".stat_counts",
        "StatSums": ".stat_sums",
        "StatValues": ".stat_values",
        "Stats": ".stats",
        "StatusCounts": ".status_counts",
        "StockAdjustment": ".stock_adjustment",
        "StockAdjustmentAttributes": ".stock_adjustment_attributes",
        "StockAdjustmentInclude": ".stock_adjustment_include",
        "StockAdjustmentRelationships": ".stock_adjustment_relationships",
        "StockAdjustmentResourceType": ".stock_adjustment_resource_type",
        "StockAdjustmentResponse": ".stock_adjustment_response",
        "StockAdjustmentWriteAttributes": ".stock_adjustment_write_attributes",
        "StockAdjustmentWriteData": ".stock_adjustment_write_data",
        "StockAdjustmentWriteRequest": ".stock_adjustment_write_request",
        "StockCount": ".stock_count",
        "StockCountAttributes": ".stock_count_attributes",
        "StockCountFilter": ".stock_count_filter",
        "StockCountInclude": ".stock_count_include",
        "StockCountListResponse": ".stock_count_list_response",
        "StockCountRelationships": ".stock_count_relationships",
        "StockCountResourceType": ".stock_count_resource_type",
        "StockCountResponse": ".stock_count_response",
        "StockCountStatsRequest": ".stock_count_stats_request",
        "StockCountWriteAttributes": ".stock_count_write_attributes",
        "StockCountWriteData": ".stock_count_write_data",
        "StockCountWriteRequest": ".stock_count_write_request",
        "StockItem": ".stock_item",
        "StockItemArchivation": ".stock_item_archivation",
        "StockItemArchivationAttributes": ".stock_item_archivation_attributes",
        "StockItemArchivationInclude": ".stock_item_archivation_include",
        "StockItemArchivationRelationships": ".stock_item_archivation_relationships",
        "StockItemArchivationResourceType": ".stock_item_archivation_resource_type",
        "StockItemArchivationResponse": ".stock_item_archivation_response",
        "StockItemArchivationWriteAttributes": ".stock_item_archivation_write_attributes",
        "StockItemArchivationWriteData": ".stock_item_archivation_write_data",
        "StockItemArchivationWriteRequest": ".stock_item_archivation_write_request",
        "StockItemAttributes": ".stock_item_attributes",
        "StockItemFilter": ".stock_item_filter",
        "StockItemGetInclude": ".stock_item_get_include",
        "StockItemInclude": ".stock_item_include",
        "StockItemListInclude": ".stock_item_list_include",
        "StockItemListResponse": ".stock_item_list_response",
        "StockItemPlanning": ".stock_item_planning",
        "StockItemPlanningAttributes": ".stock_item_planning_attributes",
        "StockItemPlanningFilter": ".stock_item_planning_filter",
        "StockItemPlanningInclude": ".stock_item_planning_include",
        "StockItemPlanningListResponse": ".stock_item_planning_list_response",
        "StockItemPlanningRelationships": ".stock_item_planning_relationships",
        "StockItemPlanningResourceType": ".stock_item_planning_resource_type",
        "StockItemPlanningStatsRequest": ".stock_item_planning_stats_request",
        "StockItemRelationships": ".stock_item_relationships",
        "StockItemResourceType": ".stock_item_resource_type",
        "StockItemResponse": ".stock_item_response",
        "StockItemStatsRequest": ".stock_item_stats_request",
        "StockItemStatus": ".stock_item_status",
        "StockItemStatusEqualOperators": ".stock_item_status_equal_operators",
        "StockItemSuggestion": ".stock_item_suggestion",
        "StockItemSuggestionAttributes": ".stock_item_suggestion_attributes",
        "StockItemSuggestionFilter": ".stock_item_suggestion_filter",
        "StockItemSuggestionInclude": ".stock_item_suggestion_include",
        "StockItemSuggestionListResponse": ".stock_item_suggestion_list_response",
        "StockItemSuggestionRelationships": ".stock_item_suggestion_relationships",
        "StockItemSuggestionResourceType": ".stock_item_suggestion_resource_type",
        "StockItemSuggestionStatsRequest": ".stock_item_suggestion_stats_request",
        "StockItemSuggestionStatus": ".stock_item_suggestion_status",
        "StockItemSuggestionStatusEqualOperators": ".stock_item_suggestion_status_equal_operators",
        "StockItemTracker": ".stock_item_tracker",
        "StockItemTrackerAttributes": ".stock_item_tracker_attributes",
        "StockItemTrackerFilter": ".stock_item_tracker_filter",
        "StockItemTrackerInclude": ".stock_item_tracker_include",
        "StockItemTrackerListResponse": ".stock_item_tracker_list_response",
        "StockItemTrackerRelationships": ".stock_item_tracker_relationships",
        "StockItemTrackerResourceType": ".stock_item_tracker_resource_type",
        "StockItemTrackerStatsRequest": ".stock_item_tracker_stats_request",
        "StockItemType": ".stock_item_type",
        "StockItemTypeEqualOperators": ".stock_item_type_equal_operators",
        "StockItemWriteAttributes": ".stock_item_write_attributes",
        "StockItemWriteData": ".stock_item_write_data",
        "StockItemWriteRequest": ".stock_item_write_request",
        "StopProductAction": ".stop_product_action",
        "StopProductActionAction": ".stop_product_action_action",
        "StopStockItemsAction": ".stop_stock_items_action",
        "StopStockItemsActionAction": ".stop_stock_items_action_action",
        "StringEqualOperators": ".string_equal_operators",
        "StringOperators": ".string_operators",
        "StripeAccount": ".stripe_account",
        "StripeAccountAttributes": ".stripe_account_attributes",
        "StripeAccountFilter": ".stripe_account_filter",
        "StripeAccountListResponse": ".stripe_account_list_response",
        "StripeAccountRelationships": ".stripe_account_relationships",
        "StripeAccountResourceType": ".stripe_account_resource_type",
        "StripeAccountResponse": ".stripe_account_response",
        "StripeAccountStatsRequest": ".stripe_account_stats_request",
        "SumAggregation": ".sum_aggregation",
        "SumOrCountAggregation": ".sum_or_count_aggregation",
        "Tag": ".tag",
        "TagAttributes": ".tag_attributes",
        "TagFilter": ".tag_filter",
        "TagFor": ".tag_for",
        "TagForEqualOperators": ".tag_for_equal_operators",
        "TagListResponse": ".tag_list_response",
        "TagRelationships": ".tag_relationships",
        "TagResourceType": ".tag_resource_type",
        "TagStatsRequest": ".tag_stats_request",
        "TaxCategory": ".tax_category",
        "TaxCategoryAttributes": ".tax_category_attributes",
        "TaxCategoryFilter": ".tax_category_filter",
        "TaxCategoryInclude": ".tax_category_include",
        "TaxCategoryListResponse": ".tax_category_list_response",
        "TaxCategoryRelationships": ".tax_category_relationships",
        "TaxCategoryResourceType": ".tax_category_resource_type",
        "TaxCategoryResponse": ".tax_category_response",
        "TaxCategoryStatsRequest": ".tax_category_stats_request",
        "TaxCategoryWriteAttributes": ".tax_category_write_attributes",
        "TaxCategoryWriteData": ".tax_category_write_data",
        "TaxCategoryWriteRequest": ".tax_category_write_request",
        "TaxRate": ".tax_rate",
        "TaxRateAttributes": ".tax_rate_attributes",
        "TaxRateFilter": ".tax_rate_filter",
        "TaxRateInclude": ".tax_rate_include",
        "TaxRateListResponse": ".tax_rate_list_response",
        "TaxRateOwnerType": ".tax_rate_owner_type",
        "TaxRateOwnerTypeOperators": ".tax_rate_owner_type_operators",
        "TaxRateRelationships": ".tax_rate_relationships",
        "TaxRateResourceType": ".tax_rate_resource_type",
        "TaxRateResponse": ".tax_rate_response",
        "TaxRateStatsRequest": ".tax_rate_stats_request",
        "TaxRateWriteAttributes": ".tax_rate_write_attributes",
        "TaxRateWriteData": ".tax_rate_write_data",
        "TaxRateWriteRequest": ".tax_rate_write_request",
        "TaxRegion": ".tax_region",
        "TaxRegionAttributes": ".tax_region_attributes",
        "TaxRegionFilter": ".tax_region_filter",
        "TaxRegionInclude": ".tax_region_include",
        "TaxRegionListResponse": ".tax_region_list_response",
        "TaxRegionRelationships": ".tax_region_relationships",
        "TaxRegionResourceType": ".tax_region_resource_type",
        "TaxRegionResponse": ".tax_region_response",
        "TaxRegionStatsRequest": ".tax_region_stats_request",
        "TaxRegionStrategy": ".tax_region_strategy",
        "TaxRegionStrategyEqualOperators": ".tax_region_strategy_equal_operators",
        "TaxRegionWriteAttributes": ".tax_region_write_attributes",
        "TaxRegionWriteData": ".tax_region_write_data",
        "TaxRegionWriteRequest": ".tax_region_write_request",
        "TaxValue": ".tax_value",
        "TaxValueAttributes": ".tax_value_attributes",
        "TaxValueFilter": ".tax_value_filter",
        "TaxValueInclude": ".tax_value_include",
        "TaxValueListResponse": ".tax_value_list_response",
        "TaxValueOwnerType": ".tax_value_owner_type",
        "TaxValueOwnerTypeOperators": ".tax_value_owner_type_operators",
        "TaxValueRelationships": ".tax_value_relationships",
        "TaxValueResourceType": ".tax_value_resource_type",
        "TaxValueResponse": ".tax_value_response",
        "TaxValueStatsRequest": ".tax_value_stats_request",
        "TextIdResourceBase": ".text_id_resource_base",
        "TextIdWriteResourceBase": ".text_id_write_resource_base",
        "TextOperators": ".text_operators",
        "Theme": ".theme",
        "ThemeAttributes": ".theme_attributes",
        "ThemeFilter": ".theme_filter",
        "ThemeInclude": ".theme_include",
        "ThemeListResponse": ".theme_list_response",
        "ThemeRelationships": ".theme_relationships",
        "ThemeResourceType": ".theme_resource_type",
        "ThemeResponse": ".theme_response",
        "ThemeStatsRequest": ".theme_stats_request",
        "ThemeType": ".theme_type",
        "ThemeTypeEqualOperators": ".theme_type_equal_operators",
        "ThemeWriteAttributes": ".theme_write_attributes",
        "ThemeWriteData": ".theme_write_data",
        "ThemeWriteRequest": ".theme_write_request",
        "TrackingType": ".tracking_type",
        "TrackingTypeEqualOperators": ".tracking_type_equal_operators",
        "UploadedFile": ".uploaded_file",
        "UrlRedirect": ".url_redirect",
        "UrlRedirectAttributes": ".url_redirect_attributes",
        "UrlRedirectFilter": ".url_redirect_filter",
        "UrlRedirectListResponse": ".url_redirect_list_response",
        "UrlRedirectRelationships": ".url_redirect_relationships",
        "UrlRedirectResourceType": ".url_redirect_resource_type",
        "UrlRedirectResponse": ".url_redirect_response",
        "UrlRedirectStatsRequest": ".url_redirect_stats_request",
        "UrlRedirectWriteAttributes": ".url_redirect_write_attributes",
        "UrlRedirectWriteData": ".url_redirect_write_data",
        "UrlRedirectWriteRequest": ".url_redirect_write_request",
        "User": ".user",
        "UserAttributes": ".user_attributes",
        "UserFilter": ".user_filter",
        "UserInclude": ".user_include",
        "UserInvitation": ".user_invitation",
        "UserInvitationAttributes": ".user_invitation_attributes",
        "UserInvitationRelationships": ".user_invitation_relationships",
        "UserInvitationResourceType": ".user_invitation_resource_type",
        "UserInvitationResponse": ".user_invitation_response",
        "UserInvitationWriteAttributes": ".user_invitation_write_attributes",
        "UserInvitationWriteData": ".user_invitation_write_data",
        "UserInvitationWriteRequest": ".user_invitation_write_request",
        "UserListResponse": ".user_list_response",
        "UserRelationships": ".user_relationships",
        "UserResourceType": ".user_resource_type",
        "UserResponse": ".user_response",
        "UserStatsRequest": ".user_stats_request",
        "UserStatus": ".user_status",
        "UserStatusEqualOperators": ".user_status_equal_operators",
        "UserWriteAttributes": ".user_write_attributes",
        "UserWriteData": ".user_write_data",
        "UserWriteRequest": ".user_write_request",
        "UuidEqualOperators": ".uuid_equal_operators",
        "UuidOperators": ".uuid_operators",
        "Webhook": ".webhook",
        "WebhookAttributes": ".webhook_attributes",
        "WebhookEndpoint": ".webhook_endpoint",
        "WebhookEndpointAttributes": ".webhook_endpoint_attributes",
        "WebhookEndpointFilter": ".webhook_endpoint_filter",
        "WebhookEndpointListResponse": ".webhook_endpoint_list_response",
        "WebhookEndpointRelationships": ".webhook_endpoint_relationships",
        "WebhookEndpointResourceType": ".webhook_endpoint_resource_type",
        "WebhookEndpointResponse": ".webhook_endpoint_response",
        "WebhookEndpointStatsRequest": ".webhook_endpoint_stats_request",
        "WebhookEndpointVersion": ".webhook_endpoint_version",
        "WebhookEndpointVersionEqualOperators": ".webhook_endpoint_version_equal_operators",
        "WebhookEndpointWriteAttributes": ".webhook_endpoint_write_attributes",
        "WebhookEndpointWriteData": ".webhook_endpoint_write_data",
        "WebhookEndpointWriteRequest": ".webhook_endpoint_write_request",
        "WebhookEvent": ".webhook_event",
        "WebhookRelationships": ".webhook_relationships",
        "WebhookResourceType": ".webhook_resource_type",
        "WebhookResponse": ".webhook_response",
        "Weight": ".weight",
        "WeightUnit": ".weight_unit",
        "WriteRequestBase": ".write_request_base",
        "WriteResourceBase": ".write_resource_base",
    },
)
