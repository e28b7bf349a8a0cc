"""Contains all the data models used in inputs/outputs.

Models are imported on first attribute access (``lib/_lazy.py``, PEP 562), so importing one operation or one
model does not import every model of the spec: import time stays flat as the spec grows.
"""

from typing import TYPE_CHECKING

from ..lib._lazy import lazy_exports

if TYPE_CHECKING:
    from .address import Address
    from .any_of_operators import AnyOfOperators
    from .boolean_operators import BooleanOperators
    from .bundle import Bundle
    from .bundle_attributes import BundleAttributes
    from .bundle_filter import BundleFilter
    from .bundle_list_response import BundleListResponse
    from .bundle_product_type import BundleProductType
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
    from .count_aggregation import CountAggregation
    from .customer import Customer
    from .customer_attributes import CustomerAttributes
    from .customer_filter import CustomerFilter
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
    from .datetime_between_operators import DatetimeBetweenOperators
    from .datetime_operators import DatetimeOperators
    from .datetime_range_operators import DatetimeRangeOperators
    from .deposit_type import DepositType
    from .discount_type import DiscountType
    from .document_base import DocumentBase
    from .document_meta import DocumentMeta
    from .error import Error
    from .error_document import ErrorDocument
    from .error_source import ErrorSource
    from .fulfillment_type import FulfillmentType
    from .hash_operators import HashOperators
    from .id_operators import IdOperators
    from .integer_operators import IntegerOperators
    from .item_filter import ItemFilter
    from .item_list_response import ItemListResponse
    from .item_response import ItemResponse
    from .item_search_filter import ItemSearchFilter
    from .item_search_group import ItemSearchGroup
    from .item_search_request import ItemSearchRequest
    from .item_stats_request import ItemStatsRequest
    from .json_object import JsonObject
    from .line import Line
    from .line_attributes import LineAttributes
    from .line_filter import LineFilter
    from .line_list_response import LineListResponse
    from .line_owner_type import LineOwnerType
    from .line_relationships import LineRelationships
    from .line_resource_type import LineResourceType
    from .line_response import LineResponse
    from .line_stats_request import LineStatsRequest
    from .line_type import LineType
    from .line_write_attributes import LineWriteAttributes
    from .line_write_data import LineWriteData
    from .line_write_request import LineWriteRequest
    from .location import Location
    from .location_attributes import LocationAttributes
    from .location_filter import LocationFilter
    from .location_list_response import LocationListResponse
    from .location_relationships import LocationRelationships
    from .location_resource_type import LocationResourceType
    from .location_response import LocationResponse
    from .location_stats_request import LocationStatsRequest
    from .location_type import LocationType
    from .location_write_attributes import LocationWriteAttributes
    from .location_write_data import LocationWriteData
    from .location_write_request import LocationWriteRequest
    from .logical_operator import LogicalOperator
    from .number_operators import NumberOperators
    from .numeric_aggregation import NumericAggregation
    from .order import Order
    from .order_attributes import OrderAttributes
    from .order_filter import OrderFilter
    from .order_list_response import OrderListResponse
    from .order_relationships import OrderRelationships
    from .order_resource_type import OrderResourceType
    from .order_response import OrderResponse
    from .order_search_filter import OrderSearchFilter
    from .order_search_group import OrderSearchGroup
    from .order_search_request import OrderSearchRequest
    from .order_stats_request import OrderStatsRequest
    from .order_write_attributes import OrderWriteAttributes
    from .order_write_data import OrderWriteData
    from .order_write_request import OrderWriteRequest
    from .pagination_links import PaginationLinks
    from .payment_status import PaymentStatus
    from .planning import Planning
    from .planning_attributes import PlanningAttributes
    from .planning_filter import PlanningFilter
    from .planning_kind import PlanningKind
    from .planning_list_response import PlanningListResponse
    from .planning_relationships import PlanningRelationships
    from .planning_resource_type import PlanningResourceType
    from .planning_response import PlanningResponse
    from .planning_search_filter import PlanningSearchFilter
    from .planning_search_group import PlanningSearchGroup
    from .planning_search_request import PlanningSearchRequest
    from .planning_stats_request import PlanningStatsRequest
    from .price_period import PricePeriod
    from .price_tile import PriceTile
    from .price_tile_attributes import PriceTileAttributes
    from .price_tile_filter import PriceTileFilter
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
    from .product import Product
    from .product_attributes import ProductAttributes
    from .product_filter import ProductFilter
    from .product_group import ProductGroup
    from .product_group_attributes import ProductGroupAttributes
    from .product_group_resource_type import ProductGroupResourceType
    from .product_list_response import ProductListResponse
    from .product_relationships import ProductRelationships
    from .product_resource_type import ProductResourceType
    from .product_response import ProductResponse
    from .product_search_filter import ProductSearchFilter
    from .product_search_group import ProductSearchGroup
    from .product_search_request import ProductSearchRequest
    from .product_stats_request import ProductStatsRequest
    from .product_type import ProductType
    from .product_write_attributes import ProductWriteAttributes
    from .product_write_data import ProductWriteData
    from .product_write_request import ProductWriteRequest
    from .range_aggregation import RangeAggregation
    from .relationship import Relationship
    from .relationship_links import RelationshipLinks
    from .relationship_map import RelationshipMap
    from .rental_status import RentalStatus
    from .resource_base import ResourceBase
    from .resource_identifier import ResourceIdentifier
    from .resource_object import ResourceObject
    from .sparse_fieldsets import SparseFieldsets
    from .stat_counts import StatCounts
    from .stat_values import StatValues
    from .stats import Stats
    from .status_counts import StatusCounts
    from .stock_item import StockItem
    from .stock_item_attributes import StockItemAttributes
    from .stock_item_filter import StockItemFilter
    from .stock_item_list_response import StockItemListResponse
    from .stock_item_planning import StockItemPlanning
    from .stock_item_planning_attributes import StockItemPlanningAttributes
    from .stock_item_planning_filter import StockItemPlanningFilter
    from .stock_item_planning_list_response import StockItemPlanningListResponse
    from .stock_item_planning_relationships import StockItemPlanningRelationships
    from .stock_item_planning_resource_type import StockItemPlanningResourceType
    from .stock_item_planning_stats_request import StockItemPlanningStatsRequest
    from .stock_item_relationships import StockItemRelationships
    from .stock_item_resource_type import StockItemResourceType
    from .stock_item_response import StockItemResponse
    from .stock_item_stats_request import StockItemStatsRequest
    from .stock_item_status import StockItemStatus
    from .stock_item_type import StockItemType
    from .stock_item_write_attributes import StockItemWriteAttributes
    from .stock_item_write_data import StockItemWriteData
    from .stock_item_write_request import StockItemWriteRequest
    from .string_equal_operators import StringEqualOperators
    from .string_operators import StringOperators
    from .text_operators import TextOperators
    from .tracking_type import TrackingType
    from .uuid_equal_operators import UuidEqualOperators
    from .uuid_operators import UuidOperators
    from .weight import Weight
    from .weight_unit import WeightUnit
    from .write_request_base import WriteRequestBase
    from .write_resource_base import WriteResourceBase

__all__ = [
    "Address",
    "AnyOfOperators",
    "BooleanOperators",
    "Bundle",
    "BundleAttributes",
    "BundleFilter",
    "BundleListResponse",
    "BundleProductType",
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
    "CountAggregation",
    "Customer",
    "CustomerAttributes",
    "CustomerFilter",
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
    "DatetimeBetweenOperators",
    "DatetimeOperators",
    "DatetimeRangeOperators",
    "DepositType",
    "DiscountType",
    "DocumentBase",
    "DocumentMeta",
    "Error",
    "ErrorDocument",
    "ErrorSource",
    "FulfillmentType",
    "HashOperators",
    "IdOperators",
    "IntegerOperators",
    "ItemFilter",
    "ItemListResponse",
    "ItemResponse",
    "ItemSearchFilter",
    "ItemSearchGroup",
    "ItemSearchRequest",
    "ItemStatsRequest",
    "JsonObject",
    "Line",
    "LineAttributes",
    "LineFilter",
    "LineListResponse",
    "LineOwnerType",
    "LineRelationships",
    "LineResourceType",
    "LineResponse",
    "LineStatsRequest",
    "LineType",
    "LineWriteAttributes",
    "LineWriteData",
    "LineWriteRequest",
    "Location",
    "LocationAttributes",
    "LocationFilter",
    "LocationListResponse",
    "LocationRelationships",
    "LocationResourceType",
    "LocationResponse",
    "LocationStatsRequest",
    "LocationType",
    "LocationWriteAttributes",
    "LocationWriteData",
    "LocationWriteRequest",
    "LogicalOperator",
    "NumberOperators",
    "NumericAggregation",
    "Order",
    "OrderAttributes",
    "OrderFilter",
    "OrderListResponse",
    "OrderRelationships",
    "OrderResourceType",
    "OrderResponse",
    "OrderSearchFilter",
    "OrderSearchGroup",
    "OrderSearchRequest",
    "OrderStatsRequest",
    "OrderWriteAttributes",
    "OrderWriteData",
    "OrderWriteRequest",
    "PaginationLinks",
    "PaymentStatus",
    "Planning",
    "PlanningAttributes",
    "PlanningFilter",
    "PlanningKind",
    "PlanningListResponse",
    "PlanningRelationships",
    "PlanningResourceType",
    "PlanningResponse",
    "PlanningSearchFilter",
    "PlanningSearchGroup",
    "PlanningSearchRequest",
    "PlanningStatsRequest",
    "PricePeriod",
    "PriceTile",
    "PriceTileAttributes",
    "PriceTileFilter",
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
    "Product",
    "ProductAttributes",
    "ProductFilter",
    "ProductGroup",
    "ProductGroupAttributes",
    "ProductGroupResourceType",
    "ProductListResponse",
    "ProductRelationships",
    "ProductResourceType",
    "ProductResponse",
    "ProductSearchFilter",
    "ProductSearchGroup",
    "ProductSearchRequest",
    "ProductStatsRequest",
    "ProductType",
    "ProductWriteAttributes",
    "ProductWriteData",
    "ProductWriteRequest",
    "RangeAggregation",
    "Relationship",
    "RelationshipLinks",
    "RelationshipMap",
    "RentalStatus",
    "ResourceBase",
    "ResourceIdentifier",
    "ResourceObject",
    "SparseFieldsets",
    "StatCounts",
    "Stats",
    "StatusCounts",
    "StatValues",
    "StockItem",
    "StockItemAttributes",
    "StockItemFilter",
    "StockItemListResponse",
    "StockItemPlanning",
    "StockItemPlanningAttributes",
    "StockItemPlanningFilter",
    "StockItemPlanningListResponse",
    "StockItemPlanningRelationships",
    "StockItemPlanningResourceType",
    "StockItemPlanningStatsRequest",
    "StockItemRelationships",
    "StockItemResourceType",
    "StockItemResponse",
    "StockItemStatsRequest",
    "StockItemStatus",
    "StockItemType",
    "StockItemWriteAttributes",
    "StockItemWriteData",
    "StockItemWriteRequest",
    "StringEqualOperators",
    "StringOperators",
    "TextOperators",
    "TrackingType",
    "UuidEqualOperators",
    "UuidOperators",
    "Weight",
    "WeightUnit",
    "WriteRequestBase",
    "WriteResourceBase",
]

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "Address": ".address",
        "AnyOfOperators": ".any_of_operators",
        "BooleanOperators": ".boolean_operators",
        "Bundle": ".bundle",
        "BundleAttributes": ".bundle_attributes",
        "BundleFilter": ".bundle_filter",
        "BundleListResponse": ".bundle_list_response",
        "BundleProductType": ".bundle_product_type",
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
        "CountAggregation": ".count_aggregation",
        "Customer": ".customer",
        "CustomerAttributes": ".customer_attributes",
        "CustomerFilter": ".customer_filter",
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
        "DatetimeBetweenOperators": ".datetime_between_operators",
        "DatetimeOperators": ".datetime_operators",
        "DatetimeRangeOperators": ".datetime_range_operators",
        "DepositType": ".deposit_type",
        "DiscountType": ".discount_type",
        "DocumentBase": ".document_base",
        "DocumentMeta": ".document_meta",
        "Error": ".error",
        "ErrorDocument": ".error_document",
        "ErrorSource": ".error_source",
        "FulfillmentType": ".fulfillment_type",
        "HashOperators": ".hash_operators",
        "IdOperators": ".id_operators",
        "IntegerOperators": ".integer_operators",
        "ItemFilter": ".item_filter",
        "ItemListResponse": ".item_list_response",
        "ItemResponse": ".item_response",
        "ItemSearchFilter": ".item_search_filter",
        "ItemSearchGroup": ".item_search_group",
        "ItemSearchRequest": ".item_search_request",
        "ItemStatsRequest": ".item_stats_request",
        "JsonObject": ".json_object",
        "Line": ".line",
        "LineAttributes": ".line_attributes",
        "LineFilter": ".line_filter",
        "LineListResponse": ".line_list_response",
        "LineOwnerType": ".line_owner_type",
        "LineRelationships": ".line_relationships",
        "LineResourceType": ".line_resource_type",
        "LineResponse": ".line_response",
        "LineStatsRequest": ".line_stats_request",
        "LineType": ".line_type",
        "LineWriteAttributes": ".line_write_attributes",
        "LineWriteData": ".line_write_data",
        "LineWriteRequest": ".line_write_request",
        "Location": ".location",
        "LocationAttributes": ".location_attributes",
        "LocationFilter": ".location_filter",
        "LocationListResponse": ".location_list_response",
        "LocationRelationships": ".location_relationships",
        "LocationResourceType": ".location_resource_type",
        "LocationResponse": ".location_response",
        "LocationStatsRequest": ".location_stats_request",
        "LocationType": ".location_type",
        "LocationWriteAttributes": ".location_write_attributes",
        "LocationWriteData": ".location_write_data",
        "LocationWriteRequest": ".location_write_request",
        "LogicalOperator": ".logical_operator",
        "NumberOperators": ".number_operators",
        "NumericAggregation": ".numeric_aggregation",
        "Order": ".order",
        "OrderAttributes": ".order_attributes",
        "OrderFilter": ".order_filter",
        "OrderListResponse": ".order_list_response",
        "OrderRelationships": ".order_relationships",
        "OrderResourceType": ".order_resource_type",
        "OrderResponse": ".order_response",
        "OrderSearchFilter": ".order_search_filter",
        "OrderSearchGroup": ".order_search_group",
        "OrderSearchRequest": ".order_search_request",
        "OrderStatsRequest": ".order_stats_request",
        "OrderWriteAttributes": ".order_write_attributes",
        "OrderWriteData": ".order_write_data",
        "OrderWriteRequest": ".order_write_request",
        "PaginationLinks": ".pagination_links",
        "PaymentStatus": ".payment_status",
        "Planning": ".planning",
        "PlanningAttributes": ".planning_attributes",
        "PlanningFilter": ".planning_filter",
        "PlanningKind": ".planning_kind",
        "PlanningListResponse": ".planning_list_response",
        "PlanningRelationships": ".planning_relationships",
        "PlanningResourceType": ".planning_resource_type",
        "PlanningResponse": ".planning_response",
        "PlanningSearchFilter": ".planning_search_filter",
        "PlanningSearchGroup": ".planning_search_group",
        "PlanningSearchRequest": ".planning_search_request",
        "PlanningStatsRequest": ".planning_stats_request",
        "PricePeriod": ".price_period",
        "PriceTile": ".price_tile",
        "PriceTileAttributes": ".price_tile_attributes",
        "PriceTileFilter": ".price_tile_filter",
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
        "Product": ".product",
        "ProductAttributes": ".product_attributes",
        "ProductFilter": ".product_filter",
        "ProductGroup": ".product_group",
        "ProductGroupAttributes": ".product_group_attributes",
        "ProductGroupResourceType": ".product_group_resource_type",
        "ProductListResponse": ".product_list_response",
        "ProductRelationships": ".product_relationships",
        "ProductResourceType": ".product_resource_type",
        "ProductResponse": ".product_response",
        "ProductSearchFilter": ".product_search_filter",
        "ProductSearchGroup": ".product_search_group",
        "ProductSearchRequest": ".product_search_request",
        "ProductStatsRequest": ".product_stats_request",
        "ProductType": ".product_type",
        "ProductWriteAttributes": ".product_write_attributes",
        "ProductWriteData": ".product_write_data",
        "ProductWriteRequest": ".product_write_request",
        "RangeAggregation": ".range_aggregation",
        "Relationship": ".relationship",
        "RelationshipLinks": ".relationship_links",
        "RelationshipMap": ".relationship_map",
        "RentalStatus": ".rental_status",
        "ResourceBase": ".resource_base",
        "ResourceIdentifier": ".resource_identifier",
        "ResourceObject": ".resource_object",
        "SparseFieldsets": ".sparse_fieldsets",
        "StatCounts": ".stat_counts",
        "StatValues": ".stat_values",
        "Stats": ".stats",
        "StatusCounts": ".status_counts",
        "StockItem": ".stock_item",
        "StockItemAttributes": ".stock_item_attributes",
        "StockItemFilter": ".stock_item_filter",
        "StockItemListResponse": ".stock_item_list_response",
        "StockItemPlanning": ".stock_item_planning",
        "StockItemPlanningAttributes": ".stock_item_planning_attributes",
        "StockItemPlanningFilter": ".stock_item_planning_filter",
        "StockItemPlanningListResponse": ".stock_item_planning_list_response",
        "StockItemPlanningRelationships": ".stock_item_planning_relationships",
        "StockItemPlanningResourceType": ".stock_item_planning_resource_type",
        "StockItemPlanningStatsRequest": ".stock_item_planning_stats_request",
        "StockItemRelationships": ".stock_item_relationships",
        "StockItemResourceType": ".stock_item_resource_type",
        "StockItemResponse": ".stock_item_response",
        "StockItemStatsRequest": ".stock_item_stats_request",
        "StockItemStatus": ".stock_item_status",
        "StockItemType": ".stock_item_type",
        "StockItemWriteAttributes": ".stock_item_write_attributes",
        "StockItemWriteData": ".stock_item_write_data",
        "StockItemWriteRequest": ".stock_item_write_request",
        "StringEqualOperators": ".string_equal_operators",
        "StringOperators": ".string_operators",
        "TextOperators": ".text_operators",
        "TrackingType": ".tracking_type",
        "UuidEqualOperators": ".uuid_equal_operators",
        "UuidOperators": ".uuid_operators",
        "Weight": ".weight",
        "WeightUnit": ".weight_unit",
        "WriteRequestBase": ".write_request_base",
        "WriteResourceBase": ".write_resource_base",
    },
)
